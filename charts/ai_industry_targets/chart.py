"""The 2017 plan's industry-size targets in one panel; the 2025 official claim in a panel of its own below, because it
may measure a different scope and must not read as a point on the target path."""

import altair as alt

from theme import CHINA, country_color

TOOLTIP = [
    alt.Tooltip("year:O", title="Year"),
    alt.Tooltip("scope:N", title="Scope"),
    alt.Tooltip("kind:N", title="Kind"),
    alt.Tooltip("value:Q", title="RMB billion (more than)", format=","),
    alt.Tooltip("stated_in:N", title="Stated in"),
    alt.Tooltip("note:N", title="Note"),
    alt.Tooltip("source_id:N", title="Source"),
]
SCOPES = ["core AI industry", "AI-related industries"]


def chart(data):
    """Top: hollow target marks per year (circle = core, square = related), on a log scale. Bottom: the minister's
    claim as a single labelled bar on its own axis, titled as a different measure."""
    data = data.assign(country=CHINA, label="over " + data["value"].map("{:,.0f}".format))
    targets = data[data["kind"] == "target"]
    claim = data[data["kind"] == "official claim"]
    colour = country_color("country").legend(None)
    base = alt.Chart(targets).encode(
        x=alt.X("year:O", title="Target year", axis=alt.Axis(labelAngle=0)),
        y=alt.Y(
            "value:Q", title="RMB billion (log scale)", scale=alt.Scale(type="log", domain=[100, 20000]), axis=alt.Axis(values=[100, 300, 1000, 3000, 10000])
        ),
        color=colour,
        shape=alt.Shape(
            "scope:N", scale=alt.Scale(domain=SCOPES, range=["circle", "square"]), title=None, legend=alt.Legend(orient="top", symbolFillColor="transparent")
        ),
        tooltip=TOOLTIP,
    )
    marks = base.mark_point(filled=False, size=140, strokeWidth=2)
    labels = (
        base.transform_filter(alt.datum.stated_in == "2017 plan").mark_text(align="right", dx=-12, fontSize=12).encode(text=alt.Text("value:Q", format=","))
    )
    top = (marks + labels).properties(width=250, height=250, title=alt.Title("Targets: 2017 plan (2030 restated in 2026)", anchor="start", fontSize=13))
    bottom_base = alt.Chart(claim).encode(
        y=alt.Y("scope:N", title=None, axis=alt.Axis(labelLimit=160)),
        x=alt.X("value:Q", title="RMB billion, as the minister stated it", scale=alt.Scale(domain=[0, 1500]), axis=alt.Axis(tickCount=3)),
        tooltip=TOOLTIP,
    )
    bar = bottom_base.mark_bar(height=18, fill="transparent", strokeWidth=2, strokeDash=[5, 3]).encode(stroke=colour)
    bar_label = bottom_base.mark_text(align="right", dx=-6, fontSize=12).encode(text="label:N", color=colour)
    bottom = (bar + bar_label).properties(
        width=190,
        height=34,
        title=alt.Title(
            "A different measure: a 2025 claim",
            subtitle=["Core AI industry, said by the MIIT minister,", "March 2026; definition not published"],
            anchor="start",
            fontSize=13,
            subtitlePadding=4,
        ),
    )
    return alt.vconcat(top, bottom, spacing=26)
