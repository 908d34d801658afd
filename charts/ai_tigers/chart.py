"""Timeline of the six AI tigers: one row per company, one labelled mark per funding, listing or pivot event."""

import altair as alt

from theme import CHINA, country_color

NARROW = 520
COMPANIES = ["Zhipu AI", "MiniMax", "Moonshot AI", "StepFun", "Baichuan", "01.AI"]
SHAPES = {
    "funding round": "circle",
    "valuation": "diamond",
    "listing": "triangle-up",
    "share price": "square",
    "results": "cross",
    "pivot": "triangle-down",
    "status": "stroke",
}


def chart(data):
    """Marks on a date axis, shaped by event type; targets drawn hollow, labels above each mark."""
    data = data.assign(country=CHINA, filled=data["kind"] != "target")
    base = alt.Chart(data).encode(
        x=alt.X("date:T", title=None, scale=alt.Scale(domain=["2023-10-01", "2026-07-15"]), axis=alt.Axis(format="%Y", tickCount="year")),
        y=alt.Y("company:N", sort=COMPANIES, title=None, axis=alt.Axis(labelFontSize=12, labelFontWeight="bold")),
    )
    marks = base.mark_point(size=110, strokeWidth=2).encode(
        shape=alt.Shape("event_type:N", title="Event", scale=alt.Scale(domain=list(SHAPES), range=list(SHAPES.values()))),
        color=country_color("country").legend(None),
        fill=alt.condition("datum.filled", country_color("country").legend(None), alt.value("transparent")),
        tooltip=[
            alt.Tooltip("company:N", title="Company"),
            alt.Tooltip("date:T", title="Date", format="%d %b %Y"),
            alt.Tooltip("date_precision:N", title="Date precision"),
            alt.Tooltip("event:N", title="Event"),
            alt.Tooltip("value:Q", title="Value"),
            alt.Tooltip("unit:N", title="Unit"),
            alt.Tooltip("kind:N", title="Kind"),
            alt.Tooltip("source_id:N", title="Source"),
        ],
    )
    # Crowded marks get their label below or to the right; the rest sit above.
    below = ["RMB 24.4bn", "HK$970", "HK IPO +13%", "$10bn target"]
    right = ["HK$725", "Rev. $79m"]
    placed = below + right
    # Below NARROW pixels of plot width (a phone) these labels would collide with a neighbour, so only the wide layout
    # shows them; a tap on the mark still gives the figure.
    wide_only = ["RMB 3bn", "RMB 1bn+", "RMB 24.4bn", "Rev. $79m"]
    shown = alt.condition(f"width >= {NARROW} || indexof({wide_only!r}, datum.label) < 0", alt.value(1), alt.value(0))
    labels = [
        base.transform_filter(alt.FieldOneOfPredicate(field="label", oneOf=below)).mark_text(dy=16, fontSize=11).encode(text="label:N", opacity=shown),
        base.transform_filter(alt.FieldOneOfPredicate(field="label", oneOf=right))
        .mark_text(dx=10, align="left", fontSize=11)
        .encode(text="label:N", opacity=shown),
        base.transform_filter("isValid(datum.label) && datum.label != ''")
        .transform_filter({"not": alt.FieldOneOfPredicate(field="label", oneOf=placed)})
        .mark_text(dy=-13, fontSize=11)
        .encode(text="label:N", opacity=shown),
    ]
    return alt.layer(marks, *labels).properties(height=300)
