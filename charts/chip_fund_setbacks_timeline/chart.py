"""Timeline of setbacks in China's state-backed chip and AI drive: one row per event, in date order."""

import altair as alt

LANES = ["chip projects", "officials", "warnings"]
WIDTH = 34  # characters per label line, so labels wrap instead of being cut off on a phone


def _wrap(text):
    """Break a label into lines of at most WIDTH characters, joined by '|' for the axis labelExpr to split."""
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > WIDTH:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "|".join([*lines, line])


def chart(data):
    """One labelled row per event (the label is the y axis), with a dot at its date coloured by kind of event.

    Event text sits on the axis rather than beside the dots, so it stays readable on a 390 px screen.
    """
    data = data.sort_values("date").assign(row=lambda d: (d["date"].astype(str).str[:7] + " · " + d["event"]).map(_wrap))
    return (
        alt.Chart(data)
        .mark_circle(size=110, opacity=0.9)
        .encode(
            x=alt.X("date:T", title=None, axis=alt.Axis(format="%Y", tickCount="year")),
            y=alt.Y("row:N", sort=None, title=None, axis=alt.Axis(labelLimit=240, labelFontSize=11, labelExpr="split(datum.label, '|')")),
            # Legend entries stacked: a row of three runs off the right edge at 390 px.
            color=alt.Color(
                "lane:N",
                scale=alt.Scale(domain=["_", *LANES]),
                title=None,
                legend=alt.Legend(values=LANES, orient="top", columns=1, rowPadding=6, labelFontSize=11),
            ),
            tooltip=[
                alt.Tooltip("date:T", title="Date", format="%d %b %Y"),
                alt.Tooltip("lane:N", title="Kind"),
                alt.Tooltip("event:N", title="Event"),
                alt.Tooltip("source_id:N", title="Source"),
            ],
        )
        .properties(height=520)
    )
