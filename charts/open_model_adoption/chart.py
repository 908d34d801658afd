"""Country shares of open-model downloads and usage, one panel per study so different measures are never merged."""

import textwrap

import altair as alt

from theme import CHINA, US

STUDIES = ["Longpre et al. (MIT and Hugging Face)", "Hugging Face, State of Open Source (Spring 2026)", "ATOM Report (Lambert and Brand)"]
COUNTRIES = [US, CHINA, "International/online"]


def chart(data):
    """Horizontal bars per country group and period, labelled with the share; one titled panel per study."""
    data = data.assign(label=data["country"] + ", " + data["period"])
    panels = []
    for study in STUDIES:
        subset = data[data["study"] == study]
        measure = subset["measure"].iloc[0]
        base = alt.Chart(subset).encode(
            y=alt.Y("label:N", title=None, sort=list(subset["label"]), axis=alt.Axis(labelLimit=230, minExtent=230)),
            x=alt.X("share_pct:Q", title="Percent", scale=alt.Scale(domain=[0, 100])),
        )
        bars = base.mark_bar(height=16).encode(
            color=alt.Color("country:N", scale=alt.Scale(domain=COUNTRIES), legend=None),
            tooltip=[
                alt.Tooltip("study:N", title="Study"),
                alt.Tooltip("measure:N", title="Measure"),
                alt.Tooltip("period:N", title="Period"),
                alt.Tooltip("country:N", title="Developers"),
                alt.Tooltip("share_pct:Q", title="Share (%)", format=".1f"),
                alt.Tooltip("note:N", title="Note"),
                alt.Tooltip("source_id:N", title="Source"),
            ],
        )
        labels = base.mark_text(align="left", dx=4).encode(text=alt.Text("share_pct:Q", format=".1f"))
        panels.append(
            (bars + labels).properties(
                width=360,
                height=30 * len(subset),
                title=alt.Title(study, subtitle=textwrap.wrap(measure, 46), anchor="start", fontSize=13, subtitleFontSize=12, subtitlePadding=6),
            )
        )
    return alt.vconcat(*panels, spacing=18)
