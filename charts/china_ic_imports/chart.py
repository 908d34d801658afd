"""Columns of China's annual integrated-circuit imports in US dollars."""

import altair as alt

from theme import CHINA, country_color


def chart(data):
    """One column per year, in China's site colour, labelled with its value."""
    data = data.assign(country=CHINA)
    base = alt.Chart(data).encode(x=alt.X("year:O", title=None, axis=alt.Axis(labelAngle=0)))
    bars = base.mark_bar().encode(
        y=alt.Y("value:Q", title="USD billion"),
        color=country_color("country").legend(None),
        tooltip=[alt.Tooltip("year:O", title="Year"), alt.Tooltip("value:Q", title="USD billion", format=",.1f"), alt.Tooltip("note:N", title="Note")],
    )
    labels = base.mark_text(dy=-7).encode(y="value:Q", text=alt.Text("value:Q", format=",.0f"))
    return (bars + labels).properties(height=280)
