# ---
# jupyter:
#   jupytext:
#     formats: py:percent
# ---

# %% [markdown]
# # API prices, like for like
#
# The price comparisons on [The price war](../../price-war/), from the project's price dataset
# (`charts/api_prices_per_million_tokens/data.csv`). Prices are only compared like for like: the same currency (list
# prices in RMB and in US dollars are separate lists, not conversions), the same kind of token (input or output) and
# the same basis (cache-miss list prices). Each printed line names the page and the sentence it supports; the notebook
# stops if that sentence no longer states the figure.
#
# To rerun it, open it from a checkout of the project with the project's environment (`make setup`).

# %%
import sys
from pathlib import Path

ROOT = next(p for p in [Path.cwd(), *Path.cwd().parents] if (p / "mkdocs.yml").exists())
sys.path.insert(0, str(ROOT / "scripts"))

import altair as alt  # noqa: E402
from pipeline.notebook_kit import claim, fmt, load, show  # noqa: E402

PAGE = "price-war.md"
prices = load("api_prices_per_million_tokens")


def price(model: str, measure: str, currency: str = "USD", date: str | None = None) -> float:
    """The one list price of model for measure in currency (on date, when the model has several)."""
    rows = prices[(prices["model"] == model) & (prices["measure"] == measure) & (prices["currency"] == currency)]
    if date:
        rows = rows[rows["date"] == date]
    assert len(rows) == 1, f"{len(rows)} {currency} {measure} prices for {model}; name a date"
    return rows["price_per_million_tokens"].iloc[0]


# %% [markdown]
# ## Where the war began
#
# DeepSeek-V2's launch prices, in RMB per million tokens, as the page states them.

# %%
began = "The price war began with DeepSeek-V2"
claim(f"RMB {fmt(price('DeepSeek-V2', 'input', 'RMB'))} per million input tokens", PAGE, began)
claim(f"RMB {fmt(price('DeepSeek-V2', 'output', 'RMB'))} per million output", PAGE, began)

# %% [markdown]
# ## DeepSeek's own cuts, in US dollars per million output tokens

# %%
r1, v32 = price("DeepSeek-R1", "output"), price("DeepSeek-V3.2", "output")
print(f"DeepSeek-R1 -> DeepSeek-V3.2, output: USD {fmt(r1)} -> USD {fmt(v32)}, {1 - v32 / r1:.0%} lower (not stated on the page)")
kept_cutting = "DeepSeek kept cutting"
claim(f"fell from USD {fmt(r1)} per million tokens", PAGE, kept_cutting)
claim(f"to USD {fmt(v32)}", PAGE, kept_cutting)
pro_launch, pro_cut = price("DeepSeek-V4-Pro", "output", date="2026-04-24"), price("DeepSeek-V4-Pro", "output", date="2026-05-31")
print(f"DeepSeek-V4-Pro output: USD {fmt(pro_launch)} at launch, USD {fmt(pro_cut)} from 31 May 2026 ({1 - pro_cut / pro_launch:.0%} lower)")
claim(f"V4-Pro at USD {fmt(pro_cut)} from 31 May 2026", PAGE, "Their replacement, DeepSeek-V4-Flash")

# %% [markdown]
# ## OpenAI's GPT-5.5 against GPT-5's launch prices
#
# The page says GPT-5.5's prices were "four and three times" GPT-5's launch prices, input and output.

# %%
NUMBER_WORDS = {2: "twice", 3: "three", 4: "four", 5: "five", 6: "six"}
ratios = {}
for measure in ("input", "output"):
    new, old = price("GPT-5.5", measure), price("GPT-5", measure)
    ratios[measure] = new / old
    print(f"{measure}: USD {fmt(new)} / USD {fmt(old)} = {new / old:g}")
    assert ratios[measure] == round(ratios[measure]), f"GPT-5.5's {measure} price is not a whole multiple of GPT-5's"
claim(
    f"{NUMBER_WORDS[round(ratios['input'])]} and {NUMBER_WORDS[round(ratios['output'])]} times GPT-5's launch",
    PAGE,
    "OpenAI's GPT-5.5, launched on 23 April 2026",
)

# %% [markdown]
# ## Like for like over time
#
# US-dollar list prices per million output tokens of every model the dataset holds in dollars, on a logarithmic scale
# (each gridline a tenfold step), so that a cut from USD 2.19 to USD 0.42 looks as large as one from USD 21.9 to
# USD 4.2.

# %%
usd = prices[(prices["currency"] == "USD") & (prices["measure"] == "output")].sort_values("date")
gpt5, flash = price("GPT-5", "output"), price("DeepSeek-V4-Flash", "output")
print(f"GPT-5 / DeepSeek-V4-Flash, output: USD {fmt(gpt5)} / USD {fmt(flash)} = {gpt5 / flash:.0f} times (not stated on the page)")
chart = (
    alt.Chart(usd)
    .mark_point(size=70, filled=True, opacity=1)
    .encode(
        x=alt.X("date:T", title=None),
        y=alt.Y("price_per_million_tokens:Q", title="USD per million output tokens (log scale)", scale=alt.Scale(type="log")),
        color=alt.Color("country:N", scale=alt.Scale(domain=["United States", "China"]), title=None),
        shape=alt.Shape("country:N", legend=None),
    )
    .properties(width=560, height=300, title="Output list prices, in US dollars")
)
show(chart, f"Dot chart of US-dollar output list prices per million tokens over time; DeepSeek's fall from USD {fmt(r1)} to USD {fmt(flash)} against GPT-5 at USD {fmt(gpt5)}.")
