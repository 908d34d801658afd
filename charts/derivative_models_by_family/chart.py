"""Derivative models on Hugging Face by family or developer: one small panel per dated count; claims drawn as outlines."""

import altair as alt

from theme import country_color


def chart(data):
    """Horizontal bars per family in each snapshot; filled = Hugging Face count, outline = company claim."""
    data = data.assign(label=data["qualifier"].map({"more than": "> ", "about": "~", "as reported": ""}) + data["derivatives"].map("{:,}".format))
    x = alt.X("derivatives:Q", title="Derivative models", scale=alt.Scale(domain=[0, 210000]), axis=alt.Axis(format="~s"))
    panels = []
    for _, subset in data.sort_values("snapshot_order").groupby("snapshot_order", sort=True):
        first = subset.iloc[0]
        base = alt.Chart(subset).encode(
            x=x,
            y=alt.Y("family:N", title=None, sort=alt.EncodingSortField("derivatives", order="descending"), axis=alt.Axis(minExtent=110, labelLimit=110)),
        )
        bars = base.mark_bar(height=14, strokeWidth=1.5).encode(
            color=country_color("developer_country", title="Developer based in"),
            stroke=country_color("developer_country").legend(None),
            fillOpacity=alt.FillOpacity("kind:N", scale=alt.Scale(domain=["third-party count", "company claim"], range=[1, 0.08]), title="Figure"),
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
        labels = base.mark_text(align="left", dx=4, fontSize=11).encode(text="label:N")
        title = alt.Title(f"{first['snapshot']}: {first['counted_by']}", anchor="start", fontSize=12, fontWeight="normal")
        panels.append((bars + labels).properties(width=380, height=22 * len(subset), title=title))
    return alt.vconcat(*panels, spacing=10).resolve_scale(color="shared", fillOpacity="shared")
