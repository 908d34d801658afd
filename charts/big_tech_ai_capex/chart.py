"""Horizontal bars of Chinese tech companies' capital expenditure; reported filled, partial pale, press reports hollow."""

import textwrap

import altair as alt

from theme import CHINA, country_color

COMPANIES = ["Alibaba", "Tencent", "ByteDance"]


def chart(data):
    """One bar per company and period, grouped by company, in China's colour; fill shows how firm the figure is."""
    # Labels broken into short lines ('|' marks a break) so on a phone they leave the bars room.
    data = data.assign(country=CHINA, label=(data["company"] + " · " + data["period"]).map(lambda t: "|".join(textwrap.wrap(t, 26))))
    order = data.sort_values(["company", "year"], key=lambda s: s.map(COMPANIES.index) if s.name == "company" else s)["label"].tolist()
    base = alt.Chart(data).encode(
        y=alt.Y("label:N", sort=order, title=None, axis=alt.Axis(labelLimit=320, labelExpr="split(datum.value, '|')")),
        x=alt.X("value:Q", title="RMB billion", axis=alt.Axis(tickCount=8)),
        color=country_color("country").legend(None),
        tooltip=[
            alt.Tooltip("company:N", title="Company"),
            alt.Tooltip("period:N", title="Period"),
            alt.Tooltip("value:Q", title="RMB billion", format=",.2f"),
            alt.Tooltip("figure_type:N", title="Status"),
            alt.Tooltip("scope:N", title="Scope"),
            alt.Tooltip("note:N", title="Note"),
            alt.Tooltip("source_id:N", title="Source"),
        ],
    )
    reported = base.transform_filter(alt.datum.figure_type == "reported").mark_bar(height=18)
    partial = base.transform_filter(alt.datum.figure_type == "reported (partial year)").mark_bar(height=18, opacity=0.45)
    press = (
        base.transform_filter(alt.FieldOneOfPredicate(field="figure_type", oneOf=["press report", "plan (press report)"]))
        .mark_bar(height=18, fillOpacity=0, strokeWidth=2, strokeDash=[4, 2])
        .encode(stroke=country_color("country").legend(None))
    )
    labels = base.mark_text(align="left", dx=5, fontSize=11).encode(text=alt.Text("value:Q", format=",.4~g"))
    # Only the kinds of figure the data holds: an empty layer leaves an unlabelled mark group that screen readers meet.
    kinds = set(data["figure_type"])
    layers = [
        layer
        for layer, present in [
            (reported, "reported" in kinds),
            (partial, "reported (partial year)" in kinds),
            (press, bool(kinds & {"press report", "plan (press report)"})),
        ]
        if present
    ]
    return alt.layer(*layers, labels).properties(height=300)
