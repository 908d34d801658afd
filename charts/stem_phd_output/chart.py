"""STEM PhD graduates per year, US and China: counted years as filled points, CSET's 2025 projection as hollow points."""

import altair as alt

from theme import country_color


def chart(data):
    """Filled points for the few counted years and hollow points for the projection, all labelled.

    No connecting lines: the counts are for selected years only, and a straight line between 2000 and 2010 would
    place the crossover (2007 per CSET) in the wrong year.
    """
    data = data.assign(label=data["graduates"].map(lambda v: f"{v:,.0f}") + data["kind"].map({"reported": "", "projection": " (projection)"}))
    x = alt.X("year:Q", title=None, axis=alt.Axis(format="d", values=[2000, 2005, 2010, 2015, 2019, 2025], labelAngle=0), scale=alt.Scale(domain=[1999, 2027]))
    y = alt.Y("graduates:Q", title="STEM PhD graduates per year", axis=alt.Axis(format=",d"))
    color = country_color("country", title=None)
    tooltip = [
        alt.Tooltip("country:N", title="Country"),
        alt.Tooltip("year:Q", title="Year", format="d"),
        alt.Tooltip("graduates:Q", title="Graduates", format=","),
        alt.Tooltip("kind:N", title="Figure"),
        alt.Tooltip("note:N", title="Definition"),
        alt.Tooltip("source_id:N", title="Source"),
    ]
    counted = alt.Chart(data).transform_filter(alt.datum.kind == "reported")
    projected = alt.Chart(data).transform_filter(alt.datum.kind == "projection")
    dots = counted.mark_point(filled=True, size=110, opacity=1).encode(x=x, y=y, color=color, tooltip=tooltip)
    hollow = projected.mark_point(filled=False, size=110, strokeWidth=2).encode(x=x, y=y, color=color, tooltip=tooltip)
    labels = alt.Chart(data).mark_text(dy=-12, fontSize=11).encode(x=x, y=y, text="label:N", color=color)
    return (dots + hollow + labels).properties(height=320)
