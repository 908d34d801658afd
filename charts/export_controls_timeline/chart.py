"""Timeline of US export-control actions and Chinese responses, one lane per kind of action (a view of timeline_events)."""

import altair as alt

from theme import country_color

LANES = [
    "chip controls",
    "equipment controls",
    "entity listing",
    "licensing",
    "enforcement",
    "legislation",
    "suspension",
    "minerals controls",
    "regulatory pressure",
    "procurement policy",
]


def chart(data):
    """Dots on a date axis, one lane per action type, coloured by the acting government."""
    return (
        alt.Chart(data)
        .mark_circle(size=110, opacity=0.9, stroke="white", strokeWidth=0.5)
        .encode(
            x=alt.X("date:T", title=None, axis=alt.Axis(format="%Y", tickCount="year")),
            y=alt.Y("action_type:N", sort=LANES, title=None),
            color=country_color("country", title="Government"),
            tooltip=[
                alt.Tooltip("date:T", title="Date", format="%d %b %Y"),
                alt.Tooltip("country:N", title="Government"),
                alt.Tooltip("event:N", title="Action"),
            ],
        )
        .properties(height=340)
    )
