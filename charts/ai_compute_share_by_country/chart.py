"""Dot chart: the US, China and rest-of-world shares of world computing capacity, one row per estimate."""

import altair as alt

from theme import CHINA, US

ORDER = ["Epoch AI: AI clusters", "Epoch AI: chip ownership", "CAICT: all computing power"]
ROW_NAMES = {
    "Epoch AI: AI clusters": "Epoch AI: AI clusters, by location (May 2025)",
    "Epoch AI: chip ownership": "Epoch AI: AI chips, by owner (Apr 2026); floors",
    "CAICT: all computing power": "CAICT: all computing power (end of 2023)",
}
COUNTRIES = [US, CHINA, "Rest of world"]
FLOOR_ESTIMATE = "Epoch AI: chip ownership"  # Epoch AI gave floors ("over 60%", "just over 5%"), not values
ARROW = 9  # percentage points: length of the arrow that says "at least this much, perhaps more"


def chart(data):
    """Filled dots for published values, hollow for remainders we computed; floors are an open tick with an arrow
    pointing right and an "over" label, so they do not read as values. Row names sit above each row so the dots get
    the full width on a phone."""
    floor = data["estimate"].eq(FLOOR_ESTIMATE)
    data = data.assign(
        label=floor.map({True: "over ", False: ""}) + data["share"].map("{:.0f}%".format),
        arrow_end=data["share"] + ARROW,
        row_name=data["estimate"].map(ROW_NAMES),
        floor=floor.map({True: "yes", False: "no"}),
    )
    colour = alt.Color("country:N", scale=alt.Scale(domain=COUNTRIES), title=None, legend=alt.Legend(orient="top"))
    y = alt.Y("estimate:N", sort=ORDER, title=None, axis=None, scale=alt.Scale(paddingOuter=0.6))
    x = alt.X("share:Q", title="Share of the measure (%)", scale=alt.Scale(domain=[0, 100]), axis=alt.Axis(tickCount=5))
    tooltip = [
        alt.Tooltip("estimate:N", title="Estimate"),
        alt.Tooltip("country:N", title="Country"),
        alt.Tooltip("label:N", title="Share"),
        alt.Tooltip("measure:N", title="Measure"),
        alt.Tooltip("as_of:T", title="As of", format="%b %Y"),
        alt.Tooltip("kind:N", title="Kind"),
        alt.Tooltip("note:N", title="Note"),
        alt.Tooltip("source_id:N", title="Source"),
    ]
    base = alt.Chart(data)
    values = base.transform_filter("datum.floor == 'no'")
    floors = base.transform_filter("datum.floor == 'yes'")
    names = (
        base.transform_filter("datum.country == 'United States'")
        .mark_text(align="left", baseline="bottom", dy=-28, fontSize=12, fontWeight="bold")
        .encode(x=alt.datum(0), y=y, text="row_name:N")
    )
    dots = values.mark_point(size=140, filled=False, strokeWidth=2.5, opacity=1).encode(
        x=x,
        y=y,
        color=colour,
        fill=alt.condition("datum.kind == 'estimate'", colour, alt.value("transparent")),
        fillOpacity=alt.value(1),
        tooltip=tooltip,
    )
    shafts = floors.mark_rule(strokeWidth=2.5, aria=False).encode(x=x, x2="arrow_end:Q", y=y, color=colour)
    ticks = floors.mark_tick(thickness=3, size=18, opacity=1).encode(x=x, y=y, color=colour, tooltip=tooltip)
    heads = floors.mark_point(shape="triangle-right", size=110, filled=True, opacity=1).encode(x="arrow_end:Q", y=y, color=colour, tooltip=tooltip)
    # US and rest-of-world labels above the dots, China's below, so close values never share a line.
    above = base.transform_filter("datum.country != 'China'").mark_text(dy=-14, fontSize=12).encode(x=x, y=y, text="label:N", color=colour)
    below = base.transform_filter("datum.country == 'China'").mark_text(dy=19, fontSize=12).encode(x=x, y=y, text="label:N", color=colour)
    return (names + dots + shafts + ticks + heads + above + below).properties(height=360)
