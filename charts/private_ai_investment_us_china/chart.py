"""US and China private AI investment by year on a linear scale, with figures revised in a later edition drawn hollow."""

import altair as alt

from theme import CHINA, US

DOMAIN = [US, CHINA, "World"]
HOLLOW = ["revised in a later edition"]


def chart(data):
    """Dots per year on a linear scale (a log scale would shrink the US-China gap to a short hop); solid line through the
    principal US and China values, hollow marks for figures a later edition revised."""
    color = alt.Color("country:N", scale=alt.Scale(domain=DOMAIN), title=None, legend=alt.Legend(orient="top"))
    base = alt.Chart(data).encode(
        x=alt.X("year:O", title=None, axis=alt.Axis(labelAngle=0)),
        y=alt.Y("value:Q", title="USD billion", scale=alt.Scale(domain=[0, 350]), axis=alt.Axis(values=[0, 50, 100, 150, 200, 250, 300, 350])),
        color=color,
        tooltip=[
            alt.Tooltip("year:O", title="Year"),
            alt.Tooltip("country:N", title="Location"),
            alt.Tooltip("value:Q", title="USD billion", format=",.2f"),
            alt.Tooltip("edition:N", title="Edition"),
            alt.Tooltip("figure_type:N", title="Status"),
            alt.Tooltip("note:N", title="Note"),
            alt.Tooltip("source_id:N", title="Source"),
        ],
    )
    main_line = alt.datum.main_series == "yes"
    lines = base.transform_filter(main_line & (alt.datum.country != "World")).mark_line(strokeWidth=2)
    solid = base.transform_filter(alt.FieldOneOfPredicate(field="figure_type", oneOf=["as first published", "secondary summary"])).mark_point(
        filled=True, size=90, opacity=1
    )
    hollow = base.transform_filter(alt.FieldOneOfPredicate(field="figure_type", oneOf=HOLLOW)).mark_point(filled=False, size=90, strokeWidth=2)
    labels = (
        base.transform_filter(main_line & (alt.datum.country != "World"))
        .mark_text(align="left", dx=7, dy=-9, fontSize=12)
        .encode(text=alt.Text("value:Q", format=",.4~g"))
    )
    return (lines + solid + hollow + labels).properties(height=320)
