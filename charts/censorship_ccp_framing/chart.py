"""Share of answers in which Chinese models switched to Chinese Communist Party messaging, in CEIAS's 2026 experiment."""

import altair as alt

from theme import CHINA, country_color


def chart(data):
    """A dot per group with its label drawn above it; approximate shares ("about one in three") are hollow."""
    data = data.assign(
        detail=data.apply(lambda r: f"{r['value']:.0f}%" + ("" if r["approx"] == "reported" else f" ({r['approx']})"), axis=1),
        exact=data["approx"].eq("reported"),
        country=CHINA,  # every group is answers from Chinese models: China's colour, which follows the colour mode
    )
    x = alt.X(
        "value:Q", title="Percent of answers", scale=alt.Scale(domain=[0, 100]), axis=alt.Axis(labelFontSize=11, titleFontSize=11, values=[0, 25, 50, 75, 100])
    )
    y = alt.Y("row:O", title=None, axis=None)
    tooltip = [
        alt.Tooltip("group:N", title="Group"),
        alt.Tooltip("value:Q", title="Percent"),
        alt.Tooltip("note:N", title="Note"),
        alt.Tooltip("source_id:N", title="Source"),
    ]
    color = country_color("country").legend(None)
    base = alt.Chart(data)
    solid = base.transform_filter(alt.datum.exact).mark_point(filled=True, size=110, opacity=1).encode(x=x, y=y, color=color, tooltip=tooltip)
    hollow = base.transform_filter(~alt.datum.exact).mark_point(filled=False, size=110, strokeWidth=2).encode(x=x, y=y, color=color, tooltip=tooltip)
    heading = base.mark_text(align="left", baseline="bottom", dy=-22, fontSize=12, fontWeight="bold").encode(x=alt.datum(0), y=y, text="group:N")
    detail = base.mark_text(align="left", baseline="bottom", dy=-9, fontSize=11).encode(x=alt.datum(0), y=y, text="detail:N")
    return (solid + hollow + heading + detail).properties(height=4 * 70)
