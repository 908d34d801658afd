"""Two lines of CNNIC user counts in China's colour, told apart by dash and a direct label."""

import altair as alt
import pandas as pd

from theme import CHINA, country_color

ORDER = ["Internet users", "Generative-AI users"]


def chart(data):
    """Lines with points per survey; the last point of each line carries its name instead of a legend."""
    data = data.assign(country=CHINA)
    base = alt.Chart(data).encode(
        x=alt.X("survey_date:T", title=None, scale=alt.Scale(padding=28), axis=alt.Axis(format="%b %Y", tickCount=5, labelAngle=0)),
        y=alt.Y("value:Q", title="Million people", scale=alt.Scale(domain=[0, 1200])),
        color=country_color("country").legend(None),
        strokeDash=alt.StrokeDash("measure:N", scale=alt.Scale(domain=ORDER, range=[[1, 0], [5, 3]]), legend=None),
        detail="measure:N",
    )
    tooltip = [
        alt.Tooltip("survey_date:T", title="Survey date", format="%b %Y"),
        alt.Tooltip("measure:N", title="Measure"),
        alt.Tooltip("value:Q", title="Million people", format=",.0f"),
        alt.Tooltip("penetration_pct:Q", title="Share of population (%)"),
        alt.Tooltip("report:N", title="Report"),
        alt.Tooltip("source_id:N", title="Source"),
    ]
    lines = base.mark_line(strokeWidth=2.5)
    points = base.mark_point(filled=True, size=55).encode(tooltip=tooltip)
    values = base.mark_text(dy=-10, fontSize=11).encode(text=alt.Text("value:Q", format=",.0f"))
    spots = pd.DataFrame({"survey_date": ["2024-09-30", "2025-06-01"], "value": [1030, 170], "measure": ORDER, "country": CHINA})
    names = (
        alt.Chart(spots)
        .mark_text(fontSize=12, fontWeight="bold")
        .encode(x="survey_date:T", y="value:Q", text="measure:N", color=country_color("country").legend(None))
    )
    return (lines + points + values + names).properties(height=300)
