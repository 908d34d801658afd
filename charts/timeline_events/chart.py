"""The gap at a glance: every event of the shared timeline, one lane per theme, coloured by who acted."""

import altair as alt

from theme import EVENT_COUNTRIES

THEMES = ["plans-and-funds", "chips", "export-controls", "models", "regulation", "governance-and-standards", "talent"]
# Short lane names, so the lanes leave room for the years on a 390 px phone.
LANE_NAMES = {"plans-and-funds": "Plans, funds", "export-controls": "Controls", "governance-and-standards": "Governance"}
LABEL_EXPR = " : ".join(f"datum.value == '{k}' ? '{v}'" for k, v in LANE_NAMES.items()) + " : upper(slice(datum.value, 0, 1)) + slice(datum.value, 1)"


def chart(data):
    """Dots on a date axis, one lane per theme (labels are in the per-theme charts and the list below)."""
    return (
        alt.Chart(data)
        .mark_circle(size=70, opacity=0.85, stroke="white", strokeWidth=0.5)
        .encode(
            x=alt.X("date:T", title=None, axis=alt.Axis(format="%Y", tickCount="year")),
            y=alt.Y("theme:N", sort=THEMES, title=None, axis=alt.Axis(labelExpr=LABEL_EXPR)),
            color=alt.Color("country:N", scale=alt.Scale(domain=EVENT_COUNTRIES), title=None),
            tooltip=[alt.Tooltip("date:T", title="Date", format="%d %b %Y"), alt.Tooltip("country:N", title="Who"), alt.Tooltip("event:N", title="Event")],
        )
        .properties(height=280)
    )
