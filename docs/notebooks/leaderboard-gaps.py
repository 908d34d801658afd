# ---
# jupyter:
#   jupytext:
#     formats: py:percent
# ---

# %% [markdown]
# # Leaderboard gaps, win rates and training hours
#
# The arithmetic behind the figures on [The performance gap](../../performance-gap/): the Arena lead as a percentage
# and as rating points with the win rate it implies, the range of the benchmark gaps, and the GPU hours behind
# DeepSeek-V3's much-quoted training cost. Every figure comes from the project's own datasets, read and checked by the
# same loader that builds the charts; each printed line names the page and the sentence it supports, and the notebook
# stops if that sentence no longer states it.
#
# To rerun it, put it anywhere inside a checkout of the project (it finds the project root itself), run `make setup`,
# then `.venv/bin/jupyter execute leaderboard-gaps.ipynb`, or open it in any Jupyter client whose kernel is the
# project's Python.

# %%
import sys
from pathlib import Path

ROOT = next(p for p in [Path.cwd(), *Path.cwd().parents] if (p / "mkdocs.yml").exists())
sys.path.insert(0, str(ROOT / "scripts"))

import altair as alt  # noqa: E402
import pandas as pd  # noqa: E402
from pipeline.notebook_kit import claim, fmt, load, show  # noqa: E402

PAGE = "performance-gap.md"

# %% [markdown]
# ## The Arena lead, as a percentage
#
# The AI Index reports how far the best US model's Arena score sits above the best Chinese model's, in percent
# (`charts/frontier_gap_arena/data.csv`). The page quotes the three readings; the February 2025 reading keeps the two
# decimals the AI Index gives it.

# %%
arena = load("frontier_gap_arena").sort_values("date")
percent = arena[arena["unit"] == "percent"]  # the dataset also holds rating-point rows (checked below)
lead = dict(zip(percent["date"], percent["us_lead_pct"], strict=True))
sentence = "the best US model's lead over the best Chinese one fell from"
claim(f"{fmt(lead['2024-01-15'])}% in January 2024", PAGE, sentence)
claim(f"{lead['2025-02-15']:.2f}% in February 2025", PAGE, sentence)
claim(f"{fmt(lead['2026-03-15'])}% in March 2026", PAGE, sentence)

# %% [markdown]
# ## From percentage to rating points and win rates
#
# Arena scores are Elo-style (Bradley-Terry) ratings: a model rated `d` points above another is expected to win a
# head-to-head vote with probability `P(win) = 1 / (1 + 10^(-d/400))`.
#
# A percentage lead becomes points only once the level of the scores is known, and our dataset holds the percentage,
# not the scores. Write-ups of the AI Index 2026 give the March 2026 lead as 39 points; with the 2.7% lead that puts the
# best Chinese model near 1,440 points. The page reports that conversion as the write-ups'; the notebook only checks
# that the two figures fit together, that is, that the score they imply lies in a plausible range (1,300 to 1,600).

# %%
points_2026 = 39
base = points_2026 / (lead["2026-03-15"] / 100)
assert 1300 < base < 1600, f"39 points and a {lead['2026-03-15']}% lead imply a base score of {base:.0f}, outside the Arena's range"
print(f"39 points / {fmt(lead['2026-03-15'])}% = a best Chinese score of about {base:,.0f}")
claim(f"{points_2026} points", PAGE, sentence)


def win_rate(points: float) -> float:
    """Expected share of head-to-head votes won by the model rated `points` higher (Elo, base 10, scale 400)."""
    return 1 / (1 + 10 ** (-points / 400))


print(f"A {points_2026}-point lead wins about {win_rate(points_2026):.1%} of head-to-head votes (not stated on the page).")

# The dataset's rating-point rows carry an implied win rate, our arithmetic: check it against the formula.
for row in arena[arena["unit"] == "points"].itertuples():
    assert round(100 * win_rate(row.us_lead_points), 1) == row.implied_us_win_pct, row
    print(f"{row.date}: {row.us_lead_points:.0f} points -> the US model wins {row.implied_us_win_pct}% of votes")

# %% [markdown]
# Win rates rise slowly with the gap: by the formula, a 100-point lead wins about two votes in three and a 200-point
# lead about three in four, not every vote. The chart draws the curve and marks the 39-point gap.

# %%
curve = pd.DataFrame({"points": range(0, 201, 5)})
curve["win"] = curve["points"].map(win_rate)
marked = pd.DataFrame({"points": [points_2026], "win": [win_rate(points_2026)], "label": [f"{points_2026} points: {win_rate(points_2026):.0%}"]})
x = alt.X("points:Q", title="Rating lead (points)")
y = alt.Y("win:Q", title="Expected share of votes won", axis=alt.Axis(format="%"), scale=alt.Scale(domain=[0.5, 0.8]))
chart = (
    alt.Chart(curve).mark_line(strokeWidth=2.5).encode(x=x, y=y)
    + alt.Chart(marked).mark_point(size=80, filled=True).encode(x=x, y=y)
    + alt.Chart(marked).mark_text(align="left", dx=8, dy=-8).encode(x=x, y=y, text="label:N")
).properties(width=560, height=260, title="A rating lead wins more votes only slowly")
show(chart, f"Line chart: the expected share of votes won rises from 50% at no lead to about 76% at 200 points; a {points_2026}-point lead wins about {win_rate(points_2026):.0%}.")

# %% [markdown]
# ## The benchmark gaps, as a range
#
# The page gives the US lead on four benchmarks (`charts/benchmark_gap_us_china/data.csv`) as a range at each date:
# the smallest and the largest of the four gaps, in percentage points.

# %%
gaps = load("benchmark_gap_us_china")
ranges = gaps.groupby("period")["us_lead_pp"].agg(["min", "max"])
start, end = ranges.loc["End of 2023"], ranges.loc["End of 2024"]
claim(f"between {fmt(start['min'])} and {fmt(start['max'])} percentage points", PAGE, "the US lead on four widely used benchmarks shrank")
claim(f"to between {fmt(end['min'])} and {fmt(end['max'])}", PAGE, "the US lead on four widely used benchmarks shrank")

# %% [markdown]
# ## Training hours and the USD 5.576 million
#
# DeepSeek priced the final training run of DeepSeek-V3 at a rental rate of USD 2 per H800 GPU hour. The hours come from
# `charts/training_compute_claims/data.csv`; the Llama 3.1 hours are the comparison the page draws.

# %%
compute = load("training_compute_claims").set_index("model")["gpu_hours_million"]
rate_usd = 2
claim(f"USD {fmt(round(compute['DeepSeek-V3'] * rate_usd, 3))} million", PAGE, "widely quoted USD")
llama = compute[[m for m in compute.index if m.startswith("Llama 3.1")]]
claim(f"{fmt(compute['Llama 3.1 405B'])} million H100", PAGE, "Meta's model card for Llama 3.1 405B")
claim(f"{fmt(round(llama.sum(), 2))} million for the three Llama 3.1 sizes", PAGE, "Meta's model card for Llama 3.1 405B")
