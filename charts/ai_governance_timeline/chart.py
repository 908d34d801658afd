"""AI governance events as a vertical list: one dot per event, coloured by who led it, with its date and label as text."""

import altair as alt

from theme import CHINA, US

ACTORS = [US, CHINA, "Multilateral"]


def chart(data):
    """Events in date order from the top; the date and a short label are drawn beside each dot, so nothing hides in tooltips."""
    data = data.sort_values("date").reset_index(drop=True)
    data = data.assign(
        order=range(len(data)), text=data["date"].map(lambda d: d.strftime("%-d %b %Y") if hasattr(d, "strftime") else str(d)) + " · " + data["label"]
    )
    y = alt.Y("order:O", axis=None)
    color = alt.Color("actor:N", scale=alt.Scale(domain=ACTORS), title=None)
    tooltip = [
        alt.Tooltip("date:T", title="Date", format="%d %b %Y"),
        alt.Tooltip("actor:N", title="Led by"),
        alt.Tooltip("event:N", title="Event"),
        alt.Tooltip("source_id:N", title="Source"),
    ]
    dots = alt.Chart(data).mark_circle(size=120, opacity=1).encode(x=alt.value(8), y=y, color=color, tooltip=tooltip)
    text = alt.Chart(data).mark_text(align="left", dx=10, fontSize=11).encode(x=alt.value(8), y=y, text="text:N")
    return (dots + text).properties(height=30 * len(data))
