"""China's official computing-power figures: total (with its target) above, FP16 intelligent computing below."""

import altair as alt

from theme import CHINA, country_color

TOTAL_MEASURES = ["Total computing power", "Intelligent computing within the total"]
X_DOMAIN = ["2021-07-01", "2026-03-31"]


def _tooltip():
    return [
        alt.Tooltip("date:T", title="Period end", format="%b %Y"),
        alt.Tooltip("measure:N", title="Measure"),
        alt.Tooltip("qualifier:N", title="Qualifier"),
        alt.Tooltip("value:Q", title="EFLOPS", format=",.0f"),
        alt.Tooltip("kind:N", title="Kind"),
        alt.Tooltip("note:N", title="Note"),
        alt.Tooltip("source_id:N", title="Source"),
    ]


def chart(data):
    """Two stacked panels with their own scales, so the FP16 figures are never read as a continuation of the total."""
    data = data.assign(country=CHINA, label=data["value"].map("{:,.0f}".format))
    x = alt.X("date:T", title=None, scale=alt.Scale(domain=X_DOMAIN), axis=alt.Axis(tickCount="year", labelExpr="'end ' + (year(datum.value) - 1)"))
    colour = country_color("country").legend(None)

    top = alt.Chart(data).transform_filter(alt.FieldOneOfPredicate(field="measure", oneOf=TOTAL_MEASURES))
    total = top.transform_filter("datum.measure == 'Total computing power'")
    line = total.transform_filter("datum.kind == 'reported'").mark_line(strokeWidth=2).encode(x=x, y="value:Q", color=colour)
    # The target is joined to the last reported figure by a dashed segment and drawn as a hollow point.
    bridge = (
        total.transform_filter("year(datum.date) >= 2024 && month(datum.date) == 11")
        .mark_line(strokeDash=[5, 4], strokeWidth=2)
        .encode(x=x, y="value:Q", color=colour)
    )
    points = total.mark_point(size=70, filled=False, opacity=1).encode(
        x=x,
        y=alt.Y("value:Q", title="EFLOPS", scale=alt.Scale(domain=[0, 320])),
        color=colour,
        fill=alt.condition("datum.kind == 'target'", alt.value("transparent"), colour),
        fillOpacity=alt.value(1),
        strokeWidth=alt.value(2),
        tooltip=_tooltip(),
    )
    labels = total.mark_text(dy=-12, fontSize=11).encode(x=x, y="value:Q", text=alt.Text("label:N"))
    target_label = (
        total.transform_filter("datum.kind == 'target'")
        .mark_text(dy=16, fontSize=11, align="right", dx=4)
        .encode(x=x, y="value:Q", text=alt.value("2025 target"))
    )
    intel = top.transform_filter("datum.measure == 'Intelligent computing within the total'")
    intel_pt = intel.mark_point(shape="triangle-up", size=90, filled=True, opacity=0.8).encode(x=x, y="value:Q", color=colour, tooltip=_tooltip())
    intel_lbl = intel.mark_text(dx=-8, align="right", fontSize=11).encode(x=x, y="value:Q", text=alt.value("of which intelligent: 90"))
    upper = (line + bridge + points + labels + target_label + intel_pt + intel_lbl).properties(
        height=230, title=alt.TitleParams("Total computing power (算力总规模), basis not stated", fontSize=13, anchor="start")
    )

    bottom = alt.Chart(data).transform_filter("datum.measure == 'Intelligent computing (FP16)'")
    lower_pts = bottom.mark_point(size=70, filled=True, opacity=1).encode(
        x=x,
        y=alt.Y("value:Q", title="EFLOPS (FP16)", scale=alt.Scale(domain=[0, 1800])),
        color=colour,
        shape=alt.Shape("source_id:N", legend=None, scale=alt.Scale(range=["circle", "diamond", "square"])),
        tooltip=_tooltip(),
    )
    first = bottom.transform_filter("month(datum.date) == 5").mark_text(dx=-8, align="right", fontSize=11)
    second = bottom.transform_filter("month(datum.date) == 7").mark_text(dx=8, align="left", fontSize=11)
    # The end-2025 figure is a floor ("more than"), so its label says so.
    third = bottom.transform_filter("month(datum.date) == 11").mark_text(dx=-8, align="right", fontSize=11)
    lower_lbl = (
        first.encode(x=x, y="value:Q", text=alt.Text("label:N"))
        + second.encode(x=x, y="value:Q", text=alt.Text("label:N"))
        + third.encode(x=x, y="value:Q", text=alt.value("more than 1,590"))
    )
    lower = (lower_pts + lower_lbl).properties(
        height=110, title=alt.TitleParams("Intelligent computing (智能算力), half precision (FP16)", fontSize=13, anchor="start")
    )
    return alt.vconcat(upper, lower, spacing=18).resolve_scale(y="independent")
