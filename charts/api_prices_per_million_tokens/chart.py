"""API list prices per million tokens: one panel per currency and measure, stacked, output first, log scale."""

import altair as alt

from theme import country_color

TICKS = [0.1, 0.3, 1, 3, 10, 30, 100]
# Label placement (dx, dy, align) where dots crowd; everything else sits up and to the right of its dot.
# A key may add the price as a fourth element to place one of several dots of the same model, and a placement may add a
# short label to use instead of the model name.
PLACE = {
    ("DeepSeek-V4-Pro", "USD", "input", 0.435): (6, 0, "left", "V4-Pro"),
    ("DeepSeek-V4-Pro", "USD", "output", 0.87): (6, 0, "left", "V4-Pro"),
    ("DeepSeek-R1", "USD", "input"): (-6, -2, "right"),
    ("DeepSeek-V3", "USD", "input"): (-6, 4, "right"),
    ("MiniMax M2", "USD", "input"): (5, 10, "left"),
    ("MiniMax M2.5", "USD", "input"): (-6, -8, "right"),
    ("Claude Opus 4.5", "USD", "input"): (-6, -4, "right"),
    ("DeepSeek-V3.2", "USD", "input"): (-6, -6, "right"),
    ("DeepSeek-V4-Flash", "USD", "input"): (-6, 9, "right"),
    ("DeepSeek-V4-Pro", "USD", "input"): (-6, -12, "right"),
    ("GPT-5.5", "USD", "input"): (-6, -7, "right"),
    ("Gemini 2.5 Pro", "USD", "input"): (5, 8, "left"),
    ("GPT-4o", "USD", "output"): (5, -9, "left"),
    ("Claude 3.5 Sonnet", "USD", "output"): (5, 10, "left"),
    ("DeepSeek-V3", "USD", "output"): (-6, 0, "right"),
    ("DeepSeek-R1", "USD", "output"): (-6, -3, "right"),
    ("MiniMax M2", "USD", "output"): (-6, 14, "right"),
    ("MiniMax M2.5", "USD", "output"): (-6, 8, "right"),
    ("Claude Opus 4.5", "USD", "output"): (-6, -4, "right"),
    ("DeepSeek-V3.2", "USD", "output"): (-6, -6, "right"),
    ("DeepSeek-V4-Flash", "USD", "output"): (-6, 9, "right"),
    ("DeepSeek-V4-Pro", "USD", "output"): (-6, -6, "right"),
    ("GPT-5.5", "USD", "output"): (-6, -7, "right"),
    ("DeepSeek-V2", "RMB", "input"): (5, -9, "left"),
    ("GLM-3 Turbo", "RMB", "input"): (5, -21, "left"),
    ("Doubao Pro-32k", "RMB", "input"): (7, 2, "left"),
    ("Qwen-Long", "RMB", "input"): (7, 4, "left"),
    ("GLM-3 Turbo", "RMB", "output"): (7, 2, "left"),
    ("DeepSeek-V2", "RMB", "output"): (7, -2, "left"),
    ("Hunyuan Hy3 (preview)", "RMB", "input"): (-6, -8, "right"),
    ("DeepSeek-V4-Flash", "RMB", "input"): (-6, 9, "right"),
    ("DeepSeek-V4-Flash", "RMB", "output"): (-6, -6, "right"),
    ("DeepSeek-V4-Pro", "RMB", "input"): (-6, -10, "right"),
    ("DeepSeek-V4-Pro", "RMB", "output"): (-6, -10, "right"),
}


def chart(data):
    """Dots labelled with model names; one panel per currency and measure so no currency or measure is mixed."""
    base = alt.Chart(data).encode(
        x=alt.X("date:T", title=None, axis=alt.Axis(format="%Y", tickCount="year", grid=False)),
        y=alt.Y("price_per_million_tokens:Q", scale=alt.Scale(type="log", domain=[0.1, 100]), title=None, axis=alt.Axis(values=TICKS, format="~g")),
    )
    dots = base.mark_point(size=70, filled=True, opacity=0.9).encode(
        color=country_color("country", title="Developer based in"),
        # The two legends in one row would be wider than a phone; the second goes under the panels.
        shape=alt.Shape(
            "date_basis:N",
            title="Date is",
            scale=alt.Scale(domain=["introduced", "in force on"], range=["circle", "diamond"]),
            legend=alt.Legend(orient="bottom"),
        ),
        tooltip=[
            alt.Tooltip("model:N", title="Model"),
            alt.Tooltip("developer:N", title="Developer"),
            alt.Tooltip("date:T", title="Date", format="%d %b %Y"),
            alt.Tooltip("date_basis:N", title="Date is"),
            alt.Tooltip("measure:N", title="Measure"),
            alt.Tooltip("price_as_listed:N", title="Price as listed"),
            alt.Tooltip("note:N", title="Note"),
            alt.Tooltip("source_id:N", title="Source"),
        ],
    )
    # Vega-Lite cannot set dx, dy or align per datum, so each placement gets its own filtered text layer.
    key = "datum.model + '|' + datum.currency + '|' + datum.measure"
    key_priced = f"{key} + '|' + datum.price_per_million_tokens"
    priced = ["|".join(map(str, k)) for k in PLACE if len(k) == 4]
    groups = {}
    for k, place in PLACE.items():
        groups.setdefault(place, []).append("|".join(map(str, k)))
    layers, placed = [dots], []
    for (dx, dy, align, *label), keys in groups.items():
        placed += keys
        plain, exact = [k for k in keys if k not in priced], [k for k in keys if k in priced]
        test = f"(indexof({plain!r}, {key}) >= 0 && indexof({priced!r}, {key_priced}) < 0) || indexof({exact!r}, {key_priced}) >= 0"
        layers.append(
            base.transform_filter(test)
            .mark_text(align=align, baseline="middle", dx=dx, dy=dy, fontSize=11)
            .encode(text=alt.value(label[0]) if label else "model:N", color=country_color("country"))
        )
    layers.append(
        base.transform_filter(f"indexof({placed!r}, {key}) < 0 && indexof({placed!r}, {key_priced}) < 0")
        .mark_text(align="left", baseline="middle", dx=5, dy=-5, fontSize=11)
        .encode(text="model:N", color=country_color("country"))
    )
    # One column of four panels, output prices first (what the title compares): side by side they would shrink to
    # unreadable text on a phone.
    panel = "datum.currency == 'USD' ? (datum.measure == 'output' ? 1 : 2) : (datum.measure == 'output' ? 3 : 4)"
    names = {
        1: "Listed in US dollars: output tokens",
        2: "Listed in US dollars: input tokens",
        3: "Listed in yuan (RMB): output tokens",
        4: "Listed in yuan (RMB): input tokens",
    }
    header = " : ".join(f"datum.value == {k} ? {v!r}" for k, v in names.items()) + " : ''"
    return (
        alt.layer(*layers)
        .properties(width=440, height=230)
        .facet(
            facet=alt.Facet("panel:O", title=None, header=alt.Header(labelExpr=header, labelFontSize=12, labelAnchor="start", labelFontWeight="bold")),
            columns=1,
        )
        .transform_calculate(panel=panel)
    )
