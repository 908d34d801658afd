"""Horizontal bars: generative-AI patent families by inventor location, 2014-2023 (WIPO)."""

import altair as alt

from theme import CHINA, US


def chart(data):
    """Bars sorted by count; the US and China in their site colours, other locations in grey; every bar labelled."""
    data = data.assign(group=data["location"].where(data["location"].isin([US, CHINA]), "Other location"))
    order = list(data.sort_values("families", ascending=False)["location"])
    y = alt.Y("location:N", sort=order, title=None, axis=alt.Axis(labelFontSize=12, labelLimit=160))
    x = alt.X("families:Q", title="Patent families, 2014-2023", axis=alt.Axis(format=",d"), scale=alt.Scale(domain=[0, 46000]))
    color = alt.Color("group:N", scale=alt.Scale(domain=[US, CHINA, "Other location"]), legend=None)
    tooltip = [
        alt.Tooltip("location:N", title="Inventor location"),
        alt.Tooltip("families:Q", title="Patent families", format=","),
        alt.Tooltip("source_id:N", title="Source"),
    ]
    base = alt.Chart(data).encode(y=y, x=x)
    bars = base.mark_bar().encode(color=color, tooltip=tooltip)
    values = base.mark_text(align="left", dx=4, fontSize=12).encode(text=alt.Text("families:Q", format=","))
    return (bars + values).properties(height=260)
