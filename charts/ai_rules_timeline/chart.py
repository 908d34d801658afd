"""Timeline of China's AI rules: one row per rule, a dot when it was issued and a dot when it took effect."""

import altair as alt
import pandas as pd

SKIP_COUNTRY_COLOURS = ["_us", "_china"]  # the theme's category range starts with the two country colours
EVENTS = ["issued", "in force", "draft"]


def _labels(data):
    """One label per rule: its name and month(s), so the dates can be read without hovering."""
    rows = []
    for (order, rule), group in data.groupby(["order", "rule"], sort=True):
        months = [pd.Timestamp(d).strftime("%b %Y") for d in sorted(group["date"].unique())]
        # The label starts just left of the first tick, so every row reads from the same edge.
        rows.append({"order": order, "label": f"{rule} · {' → '.join(months)}", "anchor": "2021-11-01"})
    return pd.DataFrame(rows)


def chart(data):
    """One row per rule, labelled on the chart itself so that no information sits only in tooltips.

    The rule's name and month(s) are drawn as text just above its row, left-aligned at the start of the axis; a thin line joins the
    two dates of the same rule (issued, in force), never two different rules.
    """
    x = alt.X(
        "date:T",
        title=None,
        axis=alt.Axis(format="%Y", tickCount="year", labelFontSize=11, grid=True),
        scale=alt.Scale(domain=["2021-12-01", "2026-09-01"]),
    )
    y = alt.Y("order:O", title=None, axis=None)
    base = alt.Chart(data)
    tooltip = [
        alt.Tooltip("rule:N", title="Rule"),
        alt.Tooltip("event:N", title="Event"),
        alt.Tooltip("date:T", title="Date", format="%d %b %Y"),
        alt.Tooltip("issuer:N", title="Issued by"),
        alt.Tooltip("source_id:N", title="Source"),
    ]
    span = base.mark_rule(strokeWidth=2).encode(x="min(date):T", x2="max(date):T", y=y)
    dots = base.mark_point(filled=True, size=90, opacity=1).encode(
        x=x,
        y=y,
        shape=alt.Shape(
            "event:N",
            sort=EVENTS,
            scale=alt.Scale(domain=[*SKIP_COUNTRY_COLOURS, *EVENTS], range=["circle", "circle", "circle", "circle", "diamond"]),
            title=None,
            legend=alt.Legend(orient="top", values=EVENTS),
        ),
        color=alt.Color(
            "event:N", sort=EVENTS, scale=alt.Scale(domain=[*SKIP_COUNTRY_COLOURS, *EVENTS]), title=None, legend=alt.Legend(orient="top", values=EVENTS)
        ),
        tooltip=tooltip,
    )
    names = alt.Chart(_labels(data)).mark_text(align="left", baseline="bottom", dy=-7, fontSize=11).encode(x=alt.X("anchor:T"), y=y, text="label:N")
    return (span + dots + names).properties(height=11 * 40)
