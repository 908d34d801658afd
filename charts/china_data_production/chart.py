"""Columns of China's annual data production from two official series, the older one drawn hollow."""

import altair as alt
import pandas as pd

from theme import CHINA, country_color

SERIES = ["CAC Digital China report", "NDA data resources survey"]


def chart(data):
    """One column per year in China's colour; hollow for the CAC estimate, filled for the NDA survey."""
    data = data.assign(country=CHINA)
    base = alt.Chart(data).encode(x=alt.X("year:O", title=None, axis=alt.Axis(labelAngle=0)))
    bars = base.mark_bar(strokeWidth=2).encode(
        y=alt.Y("value:Q", title="Zettabytes (ZB)"),
        color=country_color("country").legend(None),
        stroke=country_color("country").legend(None),
        fillOpacity=alt.FillOpacity("series:N", scale=alt.Scale(domain=SERIES, range=[0.12, 1.0]), legend=None),
        tooltip=[
            alt.Tooltip("year:O", title="Year"),
            alt.Tooltip("value:Q", title="ZB", format=",.2f"),
            alt.Tooltip("series:N", title="Series"),
            alt.Tooltip("note:N", title="Note"),
            alt.Tooltip("source_id:N", title="Source"),
        ],
    )
    labels = base.mark_text(dy=-7).encode(y="value:Q", text=alt.Text("value:Q", format=",.4~f"))
    # Direct labels for the two series, in place of a legend.
    notes = pd.DataFrame({"year": [2021, 2023], "value": [14.0, 38.5], "text": ["Hollow: CAC estimates", "Filled: NDA survey"], "country": CHINA})
    keys = (
        alt.Chart(notes).mark_text(fontSize=12, fontWeight="bold").encode(x="year:O", y="value:Q", text="text:N", color=country_color("country").legend(None))
    )
    return (bars + labels + keys).properties(height=280)
