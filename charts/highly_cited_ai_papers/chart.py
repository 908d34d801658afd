"""Dot chart: Shares of the most-cited AI papers, one row per study and year."""

import altair as alt

from theme import country_color


def chart(data):
    """One row per study and year, never joined: each study has its own cut-off."""
    order = list(dict.fromkeys(data["label"]))
    row_max = data.groupby("label")["share"].transform("max")
    data = data.assign(text=data["share"].map(lambda v: f"{v:g}%"), side=(data["share"] < row_max).map({True: "left", False: "right"}))
    # Row labels are drawn above each row instead of as axis labels, so the plot keeps the full width on a phone.
    y = alt.Y("label:N", sort=order, title=None, axis=alt.Axis(labels=False, ticks=False, domain=False), scale=alt.Scale(padding=0.9))
    x = alt.X("share:Q", title="Percent of highly cited papers", scale=alt.Scale(domain=[0, 80]))
    color = country_color("country", title=None)
    tooltip = [
        alt.Tooltip("study:N", title="Study"),
        alt.Tooltip("study_year:O", title="Published"),
        alt.Tooltip("note:N", title="Note"),
        alt.Tooltip("year:O", title="Papers from"),
        alt.Tooltip("country:N", title="Country"),
        alt.Tooltip("share:Q", title="Share (%)"),
        alt.Tooltip("source_id:N", title="Source"),
    ]
    base = alt.Chart(data).encode(x=x, y=y, color=color)
    dots = base.mark_point(filled=True, size=120, opacity=1).encode(tooltip=tooltip)
    # Label each dot on its outer side: the lower value of a row to the left, the higher (or only) one to the right.
    right = base.transform_filter(alt.datum.side == "right").mark_text(align="left", dx=9, fontSize=12).encode(text="text:N")
    left = base.transform_filter(alt.datum.side == "left").mark_text(align="right", dx=-9, fontSize=12).encode(text="text:N")
    rows = alt.Chart(data.drop_duplicates("label")).mark_text(align="left", baseline="bottom", dy=-11, fontSize=12, fontWeight="bold")
    row_labels = rows.encode(x=alt.datum(0), y=y, text="label:N")
    return (dots + right + left + row_labels).properties(height=300)
