"""Columns of China's annual integrated-circuit imports in US dollars, with the US chip-control rules marked."""

import altair as alt
import pandas as pd

from theme import CHINA, MONTHS_SHORT, country_color

TOP = 560  # USD billion: the y axis ends here, leaving a band above the tallest column for the event labels


def event_marks(data, events):
    """One mark per year with a US rule: a dashed stem from above the column to a two-line label ('US rules', 'Oct')."""
    events = events.assign(year=pd.to_datetime(events["date"]).dt.year, month=pd.to_datetime(events["date"]).dt.month)
    events = events[events["year"].isin(data["year"])]
    rows = []
    for year, group in events.groupby("year"):
        value = float(data.loc[data["year"] == year, "value"].iloc[0])
        months = ", ".join(dict.fromkeys(MONTHS_SHORT[m - 1] for m in sorted(group["month"])))
        rows.append({"year": year, "y": value + 45, "y2": TOP - 55, "label": ["US rules", months], "country": group["country"].iloc[0]})
    return pd.DataFrame(rows)


def chart(data, events):
    """One column per year, in China's site colour, labelled with its value; US chip-control rules marked above."""
    data = data.assign(country=CHINA)
    x = alt.X("year:O", title=None, axis=alt.Axis(labelAngle=0))
    base = alt.Chart(data).encode(x=x)
    bars = base.mark_bar().encode(
        y=alt.Y("value:Q", title="USD billion", scale=alt.Scale(domain=[0, TOP]), axis=alt.Axis(values=[0, 100, 200, 300, 400])),
        color=country_color("country").legend(None),
        tooltip=[alt.Tooltip("year:O", title="Year"), alt.Tooltip("value:Q", title="USD billion", format=",.1f"), alt.Tooltip("note:N", title="Note")],
    )
    labels = base.mark_text(dy=-7).encode(y="value:Q", text=alt.Text("value:Q", format=",.0f"))
    marks = alt.Chart(event_marks(data, events)).encode(x=x)
    stems = marks.mark_rule(strokeDash=[3, 3]).encode(y="y:Q", y2="y2:Q", color=country_color("country").legend(None))
    event_labels = marks.mark_text(baseline="bottom", fontSize=11, lineHeight=13).encode(
        y=alt.datum(TOP), text="label", color=country_color("country").legend(None)
    )
    return (bars + labels + stems + event_labels).properties(height=300)
