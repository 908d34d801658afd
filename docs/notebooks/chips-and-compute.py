# ---
# jupyter:
#   jupytext:
#     formats: py:percent
# ---

# %% [markdown]
# # Chips and compute in one unit
#
# The comparisons on [Chips and export controls](../../chips-and-export-controls/) and
# [Compute and data centres](../../compute-and-data-centres/), worked out from the project's datasets: one chip's
# dense BF16 throughput against another's, national computing power over time, shares of AI-cluster performance and
# electricity. Each printed line names the page and the sentence it supports; the notebook stops if that sentence no
# longer states the figure.
#
# To rerun it, open it from a checkout of the project with the project's environment (`make setup`).

# %%
import sys
from pathlib import Path

ROOT = next(p for p in [Path.cwd(), *Path.cwd().parents] if (p / "mkdocs.yml").exists())
sys.path.insert(0, str(ROOT / "scripts"))

import altair as alt  # noqa: E402
from pipeline.notebook_kit import claim, fmt, fraction_words, load, show  # noqa: E402

CHIPS, COMPUTE = "chips-and-export-controls.md", "compute-and-data-centres.md"

# %% [markdown]
# ## One unit: dense BF16 TFLOPS
#
# Vendors quote chips at different precisions and often with 2:4 sparsity, which doubles the headline. The dataset
# (`charts/ai_accelerators_compared/data.csv`) holds every chip at dense BF16 (the H20 at dense FP16, the same rate on
# that chip), in TFLOPS: 10^12 operations a second. National totals come in EFLOPS, 10^18 a second, so
# 1 EFLOPS = 1,000,000 TFLOPS.

# %%
chips = load("ai_accelerators_compared").set_index("chip")
tflops = chips["dense_bf16_tflops"]
ascend, h100, b200 = tflops["Ascend 910C"], tflops["H100 SXM5"], tflops["B200 (HGX B200)"]
print(f"Ascend 910C / H100 = {fmt(ascend)} / {fmt(h100)} = {ascend / h100:.2f}")
print(f"Ascend 910C / B200 = {fmt(ascend)} / {fmt(b200)} = {ascend / b200:.2f}")
takeaway = "is estimated by SemiAnalysis at about"
claim(f"about {fmt(ascend)} TFLOPS", CHIPS, takeaway)
claim(f"roughly {fraction_words(ascend / h100)} of", CHIPS, takeaway)
claim(f"about {fraction_words(ascend / b200)} of a B200", CHIPS, takeaway)

# %%
relative = chips.reset_index()[["chip", "country", "dense_bf16_tflops"]].assign(h100s=lambda d: d["dense_bf16_tflops"] / h100)
x = alt.X("h100s:Q", title="Dense BF16 throughput, in H100s (H100 = 1)")
bars = alt.Chart(relative).mark_bar().encode(
    x=x, y=alt.Y("chip:N", sort="-x", title=None), color=alt.Color("country:N", scale=alt.Scale(domain=["United States", "China"]), title=None)
)
labels = alt.Chart(relative).mark_text(align="left", dx=4).encode(x=x, y=alt.Y("chip:N", sort="-x"), text=alt.Text("h100s:Q", format=".2f"))
show(
    (bars + labels).properties(width=480, title="Each chip's dense BF16 rate, in H100s"),
    f"Bar chart of each chip's dense BF16 throughput relative to Nvidia's H100: the Ascend 910C at {ascend / h100:.2f}, the B200 in an HGX board at {b200 / h100:.2f}.",
)

# %% [markdown]
# ## National computing power
#
# China's official totals (`charts/china_computing_power/data.csv`) are in EFLOPS. The ratios below are the words the
# compute page uses: "doubled" for a ratio within 10% of two, "nearly N times" for a ratio in the half below N.

# %%
power = load("china_computing_power")
total = power[power["measure"] == "Total computing power"].set_index("date")["value"]
doubling = total["2024-12-31"] / total["2021-12-31"]
print(f"Total computing power: {fmt(total['2024-12-31'])} / {fmt(total['2021-12-31'])} EFLOPS = {doubling:.2f}")
assert abs(doubling - 2) < 0.2, f"the total grew {doubling:.2f}-fold, which the page should not call doubling"
claim(f"doubled from more than {fmt(total['2021-12-31'])} EFLOPS", COMPUTE, "officially reported total computing power")

ai = power.set_index(["measure", "date"])["value"]
june_2025, within_2024 = ai["Intelligent computing (FP16)", "2025-06-30"], ai["Intelligent computing within the total", "2024-12-31"]
jump = june_2025 / within_2024
print(f"Intelligent computing: {fmt(june_2025)} / {fmt(within_2024)} EFLOPS = {jump:.2f}")
words = f"nearly {['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'][round(jump) - 2]} times"
assert round(jump) - 0.5 <= jump < round(jump), f"a ratio of {jump:.2f} is not 'nearly' a whole number of times"
claim(words, COMPUTE, "stated at half precision (FP16), reached")
print(f"At dense BF16-equivalent rates, {fmt(june_2025)} EFLOPS would be {june_2025 * 1e6 / h100:,.0f} H100s (a unit conversion, not a page figure).")

# %% [markdown]
# ## Shares of AI-cluster performance and electricity

# %%
shares = load("ai_compute_share_by_country")
epoch = shares[shares["estimate"] == "Epoch AI: AI clusters"].set_index("country")["share"]
remainder = 100 - epoch["United States"] - epoch["China"]
assert remainder == epoch["Rest of world"], f"the derived remainder {epoch['Rest of world']} should be 100 - US - China = {remainder}"
claim(f"about {fraction_words(epoch['United States'] / 100)} of their 16-bit performance", COMPUTE, "As of May 2025 it")
claim(f"{fmt(epoch['China'])}% in China", COMPUTE, "As of May 2025 it")

power_use = load("electricity_us_china").set_index(["measure", "year", "country"])["value"]
china, us = power_use["Electricity generation", 2024, "China"], power_use["Electricity generation", 2024, "United States"]
print(f"Electricity generation 2024: {fmt(china)} / {fmt(us)} TWh = {china / us:.2f}")
assert 2 < china / us < 3, "the page says 'more than twice'"
claim("more than twice the US total", COMPUTE, "yet the IEA estimates US data")
