"""Grouped columns of notable AI models by country, one group per year."""

import altair as alt

from theme import CHINA, US

OTHERS = ["European Union", "Europe", "South Korea"]
ORDER = [US, CHINA, *OTHERS]


def chart(data):
    """US and China in their site colours; the third region each year in a neutral grey, since it changes by year."""
    data = data.assign(group=data["country"].where(data["country"].isin([US, CHINA]), "Other region"))
    x = alt.X("year:O", title=None, axis=alt.Axis(labelAngle=0, labelFontSize=13))
    offset = alt.XOffset("country:N", sort=ORDER)
    y = alt.Y("models:Q", title="Notable AI models", scale=alt.Scale(domain=[0, 70]))
    color = alt.Color("group:N", title=None, scale=alt.Scale(domain=[US, CHINA, "Other region"]))
    tooltip = [
        alt.Tooltip("year:O", title="Year"),
        alt.Tooltip("country:N", title="Country or region"),
        alt.Tooltip("models:Q", title="Notable models"),
        alt.Tooltip("ai_index_edition:O", title="AI Index edition"),
        alt.Tooltip("source_id:N", title="Source"),
    ]
    base = alt.Chart(data).encode(x=x, xOffset=offset)
    bars = base.mark_bar().encode(y=y, color=color, tooltip=tooltip)
    values = base.mark_text(dy=-7, fontSize=12).encode(y=y, text="models:Q")
    names = (
        base.transform_filter(alt.FieldOneOfPredicate(field="country", oneOf=OTHERS))
        .mark_text(dy=-22, fontSize=11, fontStyle="italic")
        .encode(y=y, text="country:N")
    )
    return (bars + values + names).properties(height=280)
