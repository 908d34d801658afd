"""Dot chart of state-backed fund sizes, one row per fund; committed capital filled, targets hollow."""

import textwrap

import altair as alt

from theme import CHINA, country_color

MEASURE_ORDER = ["registered capital", "total raised", "central government capital", "target fund size", "target capital to mobilise"]
SHAPES = ["circle", "square", "triangle-up", "circle", "diamond"]


def chart(data):
    """Log-scale dots in China's colour; shape says what is measured, a hollow mark says it is only a target."""
    data = data.assign(country=CHINA, label=(data["fund"] + " (" + data["established"].str[:7] + ")").map(lambda t: "|".join(textwrap.wrap(t, 30))))
    order = data.sort_values(["established", "value"])["label"].drop_duplicates().tolist()
    base = alt.Chart(data).encode(
        x=alt.X("value:Q", title="RMB billion (log scale)", scale=alt.Scale(type="log", domain=[5, 3000]), axis=alt.Axis(values=[10, 30, 100, 300, 1000])),
        y=alt.Y("label:N", sort=order, title=None, axis=alt.Axis(labelLimit=330, labelExpr="split(datum.value, '|')")),
        color=country_color("country").legend(None),
        shape=alt.Shape(
            "measure:N",
            scale=alt.Scale(domain=MEASURE_ORDER, range=SHAPES),
            title="Measure (hollow = target)",
            legend=alt.Legend(orient="bottom", columns=2, symbolFillColor="transparent"),
        ),
        tooltip=[
            alt.Tooltip("fund:N", title="Fund"),
            alt.Tooltip("established:N", title="Registered or announced"),
            alt.Tooltip("measure:N", title="Measure"),
            alt.Tooltip("kind:N", title="Committed or target"),
            alt.Tooltip("value:Q", title="RMB billion", format=",.2f"),
            alt.Tooltip("note:N", title="Note"),
            alt.Tooltip("source_id:N", title="Source"),
        ],
    )
    committed = base.transform_filter(alt.datum.kind == "committed").mark_point(size=130, filled=True, opacity=0.95)
    targets = base.transform_filter(alt.datum.kind == "target").mark_point(size=130, filled=False, strokeWidth=2)
    # Where a fund has two marks close together (Big Fund I), the smaller value is labelled on its left.
    left = (alt.datum.fund == "Big Fund I") & (alt.datum.measure == "registered capital")
    labels_right = base.transform_filter(~left).mark_text(align="left", dx=10, fontSize=11).encode(text=alt.Text("value:Q", format=",.4~g"))
    labels_left = base.transform_filter(left).mark_text(align="right", dx=-10, fontSize=11).encode(text=alt.Text("value:Q", format=",.4~g"))
    return (committed + targets + labels_right + labels_left).properties(height=440)
