"""Industry-size targets (hollow) and an official claim (filled) on a log scale, one column per year."""

import altair as alt

from theme import CHINA, country_color


def chart(data):
    """Shape separates the core industry from related industries; only the official claim is filled."""
    data = data.assign(country=CHINA)
    base = alt.Chart(data).encode(
        x=alt.X("year:O", title=None, axis=alt.Axis(labelAngle=0)),
        y=alt.Y(
            "value:Q", title="RMB billion (log scale)", scale=alt.Scale(type="log", domain=[100, 20000]), axis=alt.Axis(values=[100, 300, 1000, 3000, 10000])
        ),
        color=country_color("country").legend(None),
        shape=alt.Shape(
            "scope:N",
            scale=alt.Scale(domain=["core AI industry", "AI-related industries"], range=["circle", "square"]),
            title=None,
            legend=alt.Legend(orient="top", symbolFillColor="transparent"),
        ),
        tooltip=[
            alt.Tooltip("year:O", title="Year"),
            alt.Tooltip("scope:N", title="Scope"),
            alt.Tooltip("kind:N", title="Kind"),
            alt.Tooltip("value:Q", title="RMB billion (more than)", format=","),
            alt.Tooltip("stated_in:N", title="Stated in"),
            alt.Tooltip("note:N", title="Note"),
            alt.Tooltip("source_id:N", title="Source"),
        ],
    )
    targets = base.transform_filter(alt.datum.kind == "target").mark_point(filled=False, size=140, strokeWidth=2)
    claims = base.transform_filter(alt.datum.kind == "official claim").mark_point(filled=True, size=140)
    labels = (
        base.transform_filter(alt.datum.stated_in == "2017 plan").mark_text(align="right", dx=-12, fontSize=11).encode(text=alt.Text("value:Q", format=","))
    )
    claim_label = base.transform_filter(alt.datum.kind == "official claim").mark_text(align="left", dx=12, fontSize=11).encode(text=alt.value("1,200 claimed"))
    return (targets + claims + labels + claim_label).properties(height=300)
