"""China's 2026 AI standards targets (hollow) against the latest reported progress (filled), both lower bounds."""

import altair as alt

from theme import CHINA


def chart(data):
    """Four horizontal bars: target and reported for each measure; hollow for targets, filled for progress, each labelled."""
    data = data.assign(
        row=data["measure"].str.replace(" standards", "") + ": " + data["kind"].map({"target": "2026 target", "reported": "reported Apr 2025"}),
        label="more than " + data["count"].astype(str),
    )
    order = list(data["row"])
    y = alt.Y("row:N", sort=order, title=None, axis=alt.Axis(labelLimit=200, labelFontSize=11))
    x = alt.X("count:Q", title="Number of standards", scale=alt.Scale(domain=[0, 70]))
    tooltip = [
        alt.Tooltip("measure:N", title="Measure"),
        alt.Tooltip("kind:N", title="Figure"),
        alt.Tooltip("count:Q", title="More than"),
        alt.Tooltip("note:N", title="Wording"),
        alt.Tooltip("source_id:N", title="Source"),
    ]
    color = alt.Color("group:N", scale=alt.Scale(domain=["United States", CHINA]), legend=None)
    data = data.assign(group=CHINA)
    target = (
        alt.Chart(data)
        .transform_filter(alt.datum.kind == "target")
        .mark_bar(height=18, filled=False, strokeWidth=2)
        .encode(x=x, y=y, stroke=alt.Stroke("group:N", scale=alt.Scale(domain=["United States", CHINA]), legend=None), tooltip=tooltip)
    )
    reported = alt.Chart(data).transform_filter(alt.datum.kind == "reported").mark_bar(height=18).encode(x=x, y=y, color=color, tooltip=tooltip)
    labels = alt.Chart(data).mark_text(align="left", dx=5, fontSize=11).encode(x=x, y=y, text="label:N")
    return (target + reported + labels).properties(height=170)
