"""Columns of the NDA's claimed volume of high-quality datasets; any figure seen only second-hand would be drawn hollow."""

import altair as alt

from theme import CHINA, country_color

REPORTING = ["state media report of official briefing", "secondary report only"]


def chart(data):
    """One column per claim, labelled as a lower bound, filled only where a government briefing was reported."""
    data = data.assign(
        country=CHINA,
        label=">" + data["volume_pb"].map("{:,.0f}".format) + " PB",
        period=data["as_of"].str[:7].map({"2025-06": "Jun 2025", "2025-09": "Sep 2025", "2026-03": "Q1 2026"}),
    )
    base = alt.Chart(data).encode(x=alt.X("period:N", sort=None, title=None, axis=alt.Axis(labelAngle=0)))
    bars = base.mark_bar(strokeWidth=2, size=60).encode(
        y=alt.Y("volume_pb:Q", title="Petabytes (lower bound)", scale=alt.Scale(domain=[0, 500])),
        color=country_color("country").legend(None),
        stroke=country_color("country").legend(None),
        fillOpacity=alt.FillOpacity("reporting:N", scale=alt.Scale(domain=REPORTING, range=[1.0, 0.12]), legend=None),
        tooltip=[
            alt.Tooltip("as_of:T", title="As of", format="%b %Y"),
            alt.Tooltip("label:N", title="Volume"),
            alt.Tooltip("datasets:Q", title="Datasets (more than)", format=","),
            alt.Tooltip("reporting:N", title="Found in"),
            alt.Tooltip("note:N", title="Note"),
            alt.Tooltip("source_id:N", title="Source"),
        ],
    )
    labels = base.mark_text(dy=-8).encode(y="volume_pb:Q", text="label:N")
    return (bars + labels).properties(height=280)
