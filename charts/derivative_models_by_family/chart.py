"""Derivative models on Hugging Face: counts by model family, counts by developer organisation, and company claims, in
three separate panels, because they are three different things."""

import altair as alt

from theme import country_color

PANELS = [
    # (which rows, panel title, subtitle)
    ("family", "Counted by Hugging Face, per model family", "Mid-2025 (Hugging Face blog of 3 Feb 2026)"),
    ("developer", "Counted by Hugging Face, per developer", "All of a developer's models (Chosun Biz, Feb 2026)"),
    ("claim", "Claims by Alibaba and its Qwen team", "Company claims, not independently checked"),
]


def _panel_of(row) -> str:
    if row.kind == "company claim":
        return "claim"
    return "developer" if "by developer" in row.counted_by else "family"


def chart(data):
    """Horizontal bars in each panel on one shared axis; claims are outlined, third-party counts filled."""
    data = data.assign(
        panel=[_panel_of(r) for r in data.itertuples()],
        label=data["qualifier"].map({"more than": "over ", "about": "about ", "as reported": ""}) + data["derivatives"].map("{:,}".format),
        row=data["family"].where(data["kind"] != "company claim", data["family"] + ", " + data["snapshot"]),
    )
    x = alt.X("derivatives:Q", title=None, scale=alt.Scale(domain=[0, 260000]), axis=alt.Axis(format="~s", values=[0, 100000, 200000]))
    panels = []
    for key, title, subtitle in PANELS:
        subset = data[data["panel"] == key]
        base = alt.Chart(subset).encode(
            x=x,
            y=alt.Y("row:N", title=None, sort=alt.EncodingSortField("derivatives", order="descending"), axis=alt.Axis(minExtent=100, labelLimit=130)),
        )
        bars = base.mark_bar(height=14, strokeWidth=1.5).encode(
            color=country_color("developer_country", title="Developer based in"),
            stroke=country_color("developer_country").legend(None),
            fillOpacity=alt.FillOpacity("kind:N", scale=alt.Scale(domain=["third-party count", "company claim"], range=[1, 0.08]), legend=None),
            tooltip=[
                alt.Tooltip("snapshot:N", title="When"),
                alt.Tooltip("counted_by:N", title="Counted by"),
                alt.Tooltip("family:N", title="Family or developer"),
                alt.Tooltip("derivatives:Q", title="Derivative models", format=","),
                alt.Tooltip("qualifier:N", title="Qualifier"),
                alt.Tooltip("kind:N", title="Figure"),
                alt.Tooltip("note:N", title="Note"),
                alt.Tooltip("source_id:N", title="Source"),
            ],
        )
        labels = base.mark_text(align="left", dx=4, fontSize=12).encode(text="label:N")
        heading = alt.Title(title, subtitle=subtitle, anchor="start", fontSize=13, subtitleFontSize=12, subtitlePadding=6)
        panels.append((bars + labels).properties(width=190, height=24 * len(subset), title=heading))
    return alt.vconcat(*panels, spacing=16).resolve_scale(color="shared")
