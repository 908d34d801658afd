"""Electricity generation, 2014-2025 (upper panel), and data-centre electricity use (lower panel), US and China."""

import altair as alt

from theme import country_color


def _panel(data, measure, title, years, height, point_size=90, first_above=False):
    """Lines per country with the first and last values labelled; projections hollow and dashed.

    With many years the axis labels every other year and the first values sit above their points, clear of the axis."""
    base = alt.Chart(data).transform_filter(alt.FieldEqualPredicate(field="measure", equal=measure))
    # Every other year, or every fourth once the panel is narrowed to a phone's width, so years never collide.
    label_expr = f"(datum.value - {years[0]}) % (width < 260 ? 4 : 2) == 0 ? datum.value : ''" if len(years) > 6 else "datum.value"
    x = alt.X("year:O", title=None, scale=alt.Scale(domain=years, padding=0.6), axis=alt.Axis(labelAngle=0, labelExpr=label_expr))
    y = alt.Y("value:Q", title="TWh", scale=alt.Scale(zero=True))
    colour = country_color("country").legend(None)
    dashed = alt.condition("datum.measure == 'Data-centre electricity use'", alt.value([5, 4]), alt.value([1, 0]))
    lines = base.mark_line(strokeWidth=2.5).encode(x=x, y=y, color=colour, strokeDash=dashed, detail="country:N")
    points = base.mark_point(size=point_size, filled=False, strokeWidth=2.5, opacity=1).encode(
        x=x,
        y=y,
        color=colour,
        fill=alt.condition("datum.kind == 'projection'", alt.value("transparent"), colour),
        fillOpacity=alt.value(1),
        tooltip=[
            alt.Tooltip("country:N", title="Country"),
            alt.Tooltip("year:O", title="Year"),
            alt.Tooltip("value:Q", title="TWh", format=","),
            alt.Tooltip("kind:N", title="Kind"),
            alt.Tooltip("note:N", title="Note"),
            alt.Tooltip("source_id:N", title="Source"),
        ],
    )
    labelled = base
    first_mark = dict(align="left", dx=-4, dy=-12) if first_above else dict(align="right", dx=-12)
    first = (
        labelled.transform_filter(f"datum.year == {years[0]}")
        .mark_text(fontSize=11, **first_mark)
        .encode(x=x, y=y, text=alt.Text("value:Q", format=","), color=colour)
    )
    last = (
        labelled.transform_filter(f"datum.year == {years[-1]}")
        .mark_text(align="left", dx=12, fontSize=12, fontWeight="bold")
        .encode(x=x, y=y, text="label:N", color=colour)
    )
    return (lines + points + first + last).properties(width=320, height=height, title=alt.TitleParams(title, fontSize=13, anchor="start"))


def chart(data):
    data = data.assign(label=data["value"].map("{:,.0f}".format) + " " + data["country"])
    upper = _panel(data, "Electricity generation", "Electricity generation, all uses", list(range(2014, 2026)), 200, point_size=40, first_above=True)
    lower = _panel(data, "Data-centre electricity use", ["Electricity used by data centres", "(IEA; 2030 = base-case projection)"], [2024, 2030], 170)
    return alt.vconcat(upper, lower, spacing=22).resolve_scale(y="independent")
