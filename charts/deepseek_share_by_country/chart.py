"""DeepSeek's estimated share of the AI market by country, from Microsoft's telemetry-based estimates (one study)."""

import altair as alt

from theme import CHINA


def chart(data):
    """Horizontal bars, largest first, China in its site colour and the rest in grey, each labelled with its value."""
    data = data.assign(group=data["country"].map(lambda c: CHINA if c == CHINA else "Outside China"))
    order = list(data.sort_values("share_pct", ascending=False)["country"])
    base = alt.Chart(data).encode(
        y=alt.Y("country:N", sort=order, title=None, axis=alt.Axis(labelLimit=120)),
        x=alt.X("share_pct:Q", title="DeepSeek share of AI market (%)", scale=alt.Scale(domain=[0, 100]), axis=alt.Axis(tickCount=5)),
    )
    bars = base.mark_bar(height=20).encode(
        color=alt.Color("group:N", scale=alt.Scale(domain=["United States", CHINA, "Outside China"]), legend=None),
        tooltip=[
            alt.Tooltip("country:N", title="Country"),
            alt.Tooltip("share_pct:Q", title="Estimated DeepSeek share (%)"),
            alt.Tooltip("source_id:N", title="Source"),
        ],
    )
    labels = base.mark_text(align="left", dx=4, fontSize=12).encode(text=alt.Text("share_pct:Q", format=".0f"))
    return (bars + labels).properties(height=36 * len(data))
