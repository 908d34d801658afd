"""AI governance events as a vertical list: one dot per event, coloured by who led it, with its date and label as text."""

import altair as alt
import pandas as pd

from theme import CHINA, US

ACTORS = [US, CHINA, "Multilateral"]


def chart(data):
    """Events in date order from the top; dates are the axis labels and each event's label is drawn beside its dot, so nothing hides in tooltips."""
    dates = pd.to_datetime(data["date"])
    data = data.assign(when=dates.dt.day.astype(str) + dates.dt.strftime(" %b %Y")).sort_values("date")
    y = alt.Y("when:N", sort=list(data["when"]), title=None, axis=alt.Axis(labelFontSize=11, ticks=False, domain=False, labelPadding=2))
    color = alt.Color("actor:N", scale=alt.Scale(domain=ACTORS), title=None)
    tooltip = [
        alt.Tooltip("when:N", title="Date"),
        alt.Tooltip("actor:N", title="Led by"),
        alt.Tooltip("event:N", title="Event"),
        alt.Tooltip("source_id:N", title="Source"),
    ]
    dots = alt.Chart(data).mark_circle(size=110, opacity=1).encode(x=alt.value(7), y=y, color=color, tooltip=tooltip)
    text = alt.Chart(data).mark_text(align="left", dx=9, fontSize=11).encode(x=alt.value(7), y=y, text="label:N")
    return (dots + text).properties(height=28 * len(data))
