# ---
# jupyter:
#   jupytext:
#     formats: py:percent
# ---

# %% [markdown]
# # Investment ratios, data growth and PhD counts
#
# The arithmetic behind figures on [Money and industrial policy](../../money-and-industrial-policy/),
# [Data](../../data-for-training/) and [Talent](../../talent/): how many times larger US private AI investment is than
# China's, how fast China's data production grew, and the rounded PhD counts. Each printed line names the page and the
# sentence it supports; the notebook stops if that sentence no longer states the figure.
#
# To rerun it, open it from a checkout of the project with the project's environment (`make setup`).

# %%
import sys
from pathlib import Path

ROOT = next(p for p in [Path.cwd(), *Path.cwd().parents] if (p / "mkdocs.yml").exists())
sys.path.insert(0, str(ROOT / "scripts"))

import altair as alt  # noqa: E402
from pipeline.notebook_kit import claim, fmt, load, show  # noqa: E402

MONEY, DATA, TALENT = "money-and-industrial-policy.md", "data-for-training.md", "talent.md"

# %% [markdown]
# ## US private AI investment as a multiple of China's
#
# From `charts/private_ai_investment_us_china/data.csv`, each AI Index edition's first published figures (its main
# series), in billions of US dollars.

# %%
money = load("private_ai_investment_us_china")
main = money[money["main_series"] == "yes"].pivot(index="year", columns="country", values="value").dropna(subset=["China"])
main["ratio"] = main["United States"] / main["China"]
print(main.round(2).to_string())

r2023, r2024, r2025 = main.loc[2023, "ratio"], main.loc[2024, "ratio"], main.loc[2025, "ratio"]
claim(f"USD {fmt(main.loc[2024, 'United States'])} billion", MONEY, "Its 2025 edition put the US at")
assert round(r2024) - 0.5 <= r2024 < round(r2024), f"{r2024:.2f} is not 'nearly' {round(r2024)}"
claim(f"nearly {round(r2024)} times China's USD {fmt(main.loc[2024, 'China'])} billion", MONEY, "Its 2025 edition put the US at")
claim(f"about {r2023:.1f} to 1", MONEY, "The 2024 edition had put 2023 at")
claim(f"some {r2025:.0f} to 1", MONEY, "Private AI investment remains far larger in the US")
claim(f"about {r2025:.0f} to 1", MONEY, "A news report and secondary summaries of it put 2025 at")

# %%
trend = main.reset_index()
show(
    alt.Chart(trend)
    .mark_line(point=True, strokeWidth=2.5)
    .encode(x=alt.X("year:O", title=None, axis=alt.Axis(labelAngle=0)), y=alt.Y("ratio:Q", title="US investment ÷ China's"))
    .properties(width=480, height=240, title="US private AI investment, in multiples of China's"),
    f"Line chart: US private AI investment was {r2023:.1f} times China's in 2023, {r2024:.1f} times in 2024 and {r2025:.1f} times in 2025.",
)

# %% [markdown]
# ## Data production
#
# The National Data Administration's survey (`charts/china_data_production/data.csv`, zettabytes). Only the survey's
# own years are compared: the older CAC series counts differently.

# %%
data = load("china_data_production")
survey = data[data["series"] == "NDA data resources survey"].set_index("year")["value"]
growth = survey[2024] / survey[2023] - 1
print(f"{fmt(survey[2024])} / {fmt(survey[2023])} ZB - 1 = {growth:.2%}")
claim(f"{fmt(survey[2024])} zettabytes (ZB) of data in 2024, up {growth:.0%}", DATA, "Its national survey says China produced")
claim(f"{fmt(survey[2023])} ZB of data in 2023", DATA, "Its first edition found that China produced")

# %% [markdown]
# ## STEM PhDs
#
# CSET's counts and projection (`charts/stem_phd_output/data.csv`), which the talent page gives exactly for 2019 and
# rounded for 2025: "more than" rounds down to the thousand, "about" to the nearest thousand.

# %%
phds = load("stem_phd_output").set_index(["year", "country"])["graduates"]
claim(f"awarded {fmt(phds[2019, 'China'])} against {fmt(phds[2019, 'United States'])}", TALENT, "China pulled ahead in 2007")
china_2025, us_2025 = phds[2025, "China"], phds[2025, "United States"]
claim(f"more than {fmt(china_2025 // 1000 * 1000)} Chinese STEM PhD graduates", TALENT, "Projecting from enrolment")
claim(f"about {fmt(round(us_2025, -3))}", TALENT, "Projecting from enrolment")
print(f"China / US, 2025 projection: {china_2025 / us_2025:.2f} (not stated on the page)")
