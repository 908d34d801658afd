"""Slope chart: share of top-tier AI researchers by country of employer, 2019 and 2022."""

import altair as alt
from theme import CHINA, US

OTHER = "All other countries"
ORDER = [US, CHINA, OTHER]  # theme's category range: US blue, China vermilion, then grey
GAP = 4.5  # minimum vertical distance between labels, in percentage points


def _label_positions(data):
    """Nudge label heights apart where two values in the same year are close, so the labels never overlap."""
    label_y = data["share"].astype(float).copy()
    for _, group in data.groupby("year"):
        previous = None
        for index in group.sort_values("share").index:
            if previous is not None and label_y[index] - label_y[previous] < GAP:
                label_y[index] = label_y[previous] + GAP
            previous = index
    return label_y


def chart(data):
    """One line per group from 2019 to 2022; derived remainders dashed with hollow points; values labelled."""
    data = data.assign(
        label=data["share"].map(lambda v: f"{v:.0f}%"),
        name=data["country"].where(data["kind"] == "reported", "All others (derived)"),
        label_y=_label_positions(data),
    )
    data = data.assign(rightlabel=data["label"] + "  " + data["name"])
    color = alt.Color("country:N", scale=alt.Scale(domain=ORDER), legend=None)
    x = alt.X("year:Q", title=None, scale=alt.Scale(domain=[2017.6, 2024.8]),
              axis=alt.Axis(values=[2019, 2022], format="d", labelFontSize=13, grid=False))
    y = alt.Y("share:Q", title="Percent of sampled researchers", scale=alt.Scale(domain=[0, 60]))
    tooltip = [alt.Tooltip("country:N", title="Country"), alt.Tooltip("year:Q", title="NeurIPS sample", format="d"),
               alt.Tooltip("share:Q", title="Share (%)"), alt.Tooltip("kind:N", title="Figure"),
               alt.Tooltip("note:N", title="Note"), alt.Tooltip("source_id:N", title="Source")]
    base = alt.Chart(data).encode(x=x, y=y, color=color)
    dash = alt.StrokeDash("kind:N", scale=alt.Scale(domain=["reported", "derived"], range=[[1, 0], [4, 3]]), legend=None)
    lines = base.mark_line(strokeWidth=2.5).encode(detail="country:N", strokeDash=dash)
    filled = base.transform_filter(alt.datum.kind == "reported").mark_point(size=90, filled=True, opacity=1).encode(tooltip=tooltip)
    hollow = base.transform_filter(alt.datum.kind == "derived").mark_point(size=90, filled=False, strokeWidth=2).encode(tooltip=tooltip)
    text = alt.Chart(data).encode(x=x, y=alt.Y("label_y:Q"), color=color)
    left = text.transform_filter(alt.datum.year == 2019).mark_text(align="right", dx=-10, fontSize=12).encode(text="label:N")
    right = (text.transform_filter(alt.datum.year == 2022)
             .mark_text(align="left", dx=10, fontSize=12, fontWeight="bold").encode(text="rightlabel:N"))
    return (lines + filled + hollow + left + right).properties(height=300)
