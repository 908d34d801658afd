"""Cumulative generative-AI services filed with the CAC (备案) and apps registered locally (登记), as officially counted."""

import altair as alt

SKIP_COUNTRY_COLOURS = ["_us", "_china"]  # the theme's category range starts with the two country colours

SERIES = ["filed (备案)", "registered (登记)"]


def chart(data):
    """Two series of dots with their counts written beside them.

    The two series are different things (a model service filed with the CAC; an app that calls a filed model,
    registered with a provincial office), so they get separate colours. Dots of one series are joined by a thin line
    only to guide the eye along one official count; rounded lower bounds ("more than") and derived values are hollow.
    """
    data = data.assign(
        label=data.apply(lambda r: ("≥" if r["kind"] == "lower bound" else "") + f"{r['count']:,.0f}", axis=1),
        exact=data["kind"].eq("reported"),
    )
    x = alt.X(
        "as_of:T", title=None, axis=alt.Axis(format="%b %Y", labelAngle=0, tickCount=5, labelFontSize=11), scale=alt.Scale(domain=["2024-11-01", "2026-06-30"])
    )
    y = alt.Y("count:Q", title="Cumulative count", axis=alt.Axis(format=",d", labelFontSize=11, titleFontSize=11), scale=alt.Scale(domain=[0, 950]))
    color = alt.Color(
        "series:N",
        sort=SERIES,
        scale=alt.Scale(domain=[*SKIP_COUNTRY_COLOURS, *SERIES]),
        title=None,
        legend=alt.Legend(orient="top", labelFontSize=12, values=SERIES),
    )
    tooltip = [
        alt.Tooltip("series:N", title="Series"),
        alt.Tooltip("as_of:T", title="As of", format="%d %b %Y"),
        alt.Tooltip("count:Q", title="Count", format=","),
        alt.Tooltip("kind:N", title="Figure"),
        alt.Tooltip("note:N", title="Note"),
        alt.Tooltip("source_id:N", title="Source"),
    ]
    base = alt.Chart(data)
    guide = base.transform_filter(alt.datum.kind != "lower bound").mark_line(strokeWidth=1, strokeDash=[2, 3]).encode(x=x, y=y, color=color)
    solid = base.transform_filter(alt.datum.exact).mark_point(filled=True, size=80, opacity=1).encode(x=x, y=y, color=color, tooltip=tooltip)
    hollow = base.transform_filter(~alt.datum.exact).mark_point(filled=False, size=80, strokeWidth=2).encode(x=x, y=y, color=color, tooltip=tooltip)
    # Lower bounds sit a month before the next count of their series: writing them below the dot keeps the two apart.
    above = base.transform_filter(alt.datum.kind != "lower bound").mark_text(dy=-11, fontSize=11).encode(x=x, y=y, text="label:N", color=color)
    below = base.transform_filter(alt.datum.kind == "lower bound").mark_text(dy=13, fontSize=11).encode(x=x, y=y, text="label:N", color=color)
    return (guide + solid + hollow + above + below).properties(height=320)
