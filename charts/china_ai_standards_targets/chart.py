"""China's 2026 AI standards targets (hollow) against reported progress (filled); most figures are lower bounds."""

import altair as alt
import pandas as pd

from theme import CHINA, US


def chart(data):
    """Four horizontal bars, each under a text line naming it: hollow for targets, filled for progress, each labelled
    with its value, so the chart fits a phone without long axis labels."""
    when = pd.to_datetime(data["date"]).dt.strftime("%B %Y")
    data = data.assign(
        row=data["measure"].str.replace(" standards$", "", regex=True)
        + ": "
        + data["kind"].map({"target": "2026 target", "reported": "reported "}).where(data["kind"] == "target", "reported " + when)
        + data["measure"].map(lambda m: " (SAMR)" if m == "National standards only" else ""),
        # A stated floor reads "more than N"; an exact count reads "N".
        label=data["qualifier"].map(lambda q: "more than " if q == "more than" else "") + data["count"].astype(str),
        group=CHINA,
    )
    y = alt.Y("row:N", sort=list(data["row"]), title=None, axis=None, scale=alt.Scale(paddingInner=0.62, paddingOuter=0.5))
    x = alt.X("count:Q", title="Number of standards", scale=alt.Scale(domain=[0, 70]))
    tooltip = [
        alt.Tooltip("measure:N", title="Measure"),
        alt.Tooltip("kind:N", title="Figure"),
        alt.Tooltip("label:N", title="Number"),
        alt.Tooltip("note:N", title="Wording"),
        alt.Tooltip("source_id:N", title="Source"),
    ]
    scale = alt.Scale(domain=[US, CHINA])  # the theme's category range: China's vermilion
    target = (
        alt.Chart(data)
        .transform_filter(alt.datum.kind == "target")
        .mark_bar(filled=False, strokeWidth=2)
        .encode(x=x, y=y, stroke=alt.Stroke("group:N", scale=scale, legend=None), tooltip=tooltip)
    )
    reported = (
        alt.Chart(data)
        .transform_filter(alt.datum.kind == "reported")
        .mark_bar()
        .encode(x=x, y=y, color=alt.Color("group:N", scale=scale, legend=None), tooltip=tooltip)
    )
    names = alt.Chart(data).mark_text(align="left", baseline="bottom", dy=-13, fontSize=11).encode(x=alt.value(0), y=y, text="row:N")
    values = alt.Chart(data).mark_text(align="left", dx=5, fontSize=11).encode(x=x, y=y, text="label:N")
    return (target + reported + names + values).properties(height=285)
