"""Counts of Chinese large models launched and of generative-AI services approved by the CAC, as separate, unjoined points."""

import altair as alt

from theme import CHINA, country_color

LAUNCHED = "models launched (Robin Li's count)"


def chart(data):
    """Hollow points for Robin Li's launch counts, filled points for CAC approvals; each labelled, no connecting lines.

    The two series count different things, so they are never joined.
    """
    data = data.assign(country=CHINA)
    x = alt.X("date:T", title=None, axis=alt.Axis(format="%Y", tickCount="year"), scale=alt.Scale(domain=["2023-03-01", "2025-12-31"]))
    y = alt.Y("count:Q", title="Cumulative number", scale=alt.Scale(domain=[0, 560]))
    tooltip = [
        alt.Tooltip("date:T", title="As of", format="%d %b %Y"),
        alt.Tooltip("measure:N", title="Measure"),
        alt.Tooltip("qualifier:N", title="Qualifier"),
        alt.Tooltip("count:Q", title="Number"),
        alt.Tooltip("source_id:N", title="Source"),
    ]
    base = alt.Chart(data).encode(x=x, y=y, tooltip=tooltip)
    launched = (
        base.transform_filter(alt.datum.measure == LAUNCHED)
        .mark_point(filled=False, size=110, strokeWidth=2)
        .encode(color=country_color("country").legend(None))
    )
    filed = (
        base.transform_filter(alt.datum.measure != LAUNCHED).mark_point(filled=True, size=110, opacity=1).encode(color=country_color("country").legend(None))
    )
    labels = base.mark_text(align="center", dy=-14, fontSize=11).encode(text="label:N")
    return alt.layer(launched, filed, labels).properties(height=320)
