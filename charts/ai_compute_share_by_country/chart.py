"""Dot chart: the US, China and rest-of-world shares of world computing capacity, one row per estimate."""

import altair as alt

from theme import CHINA, US

ORDER = ["Epoch AI: AI clusters", "Epoch AI: chip ownership", "CAICT: all computing power"]
COUNTRIES = [US, CHINA, "Rest of world"]


def chart(data):
    """Filled dots for published estimates, hollow for remainders; the site's US and China colours."""
    # Epoch AI's ownership figures are floors ("over 60%", "just over 5%"): the label says so with a plus sign.
    floor = data["estimate"].eq("Epoch AI: chip ownership").map({True: "+", False: ""})
    data = data.assign(label=data["share"].map("{:.0f}%".format) + floor)
    colour = alt.Color("country:N", scale=alt.Scale(domain=COUNTRIES), title=None, legend=alt.Legend(orient="top"))
    y = alt.Y("estimate:N", sort=ORDER, title=None, axis=alt.Axis(labelLimit=220))
    x = alt.X("share:Q", title="Share of the measure (%)", scale=alt.Scale(domain=[0, 100]), axis=alt.Axis(tickCount=5))
    base = alt.Chart(data)
    rules = base.transform_filter("datum.country != 'Rest of world'").mark_rule(strokeWidth=1).encode(y=y, x="min(share):Q", x2="max(share):Q")
    dots = base.mark_point(size=140, filled=False, strokeWidth=2.5, opacity=1).encode(
        x=x,
        y=y,
        color=colour,
        fill=alt.condition("datum.kind == 'estimate'", colour, alt.value("transparent")),
        fillOpacity=alt.value(1),
        tooltip=[
            alt.Tooltip("estimate:N", title="Estimate"),
            alt.Tooltip("country:N", title="Country"),
            alt.Tooltip("share:Q", title="Share (%)", format=".1f"),
            alt.Tooltip("measure:N", title="Measure"),
            alt.Tooltip("as_of:T", title="As of", format="%b %Y"),
            alt.Tooltip("kind:N", title="Kind"),
            alt.Tooltip("note:N", title="Note"),
            alt.Tooltip("source_id:N", title="Source"),
        ],
    )
    above = base.transform_filter("datum.country != 'Rest of world'").mark_text(dy=-14, fontSize=11)
    below = base.transform_filter("datum.country == 'Rest of world'").mark_text(dy=17, fontSize=11)
    labels = above.encode(x=x, y=y, text="label:N", color=colour) + below.encode(x=x, y=y, text="label:N", color=colour)
    return (rules + dots + labels).properties(height=260)
