"""Three bar panels comparing AI accelerators on throughput, memory and bandwidth."""

import altair as alt
from theme import country_color

MEASURES = {"dense_bf16_tflops": "Dense BF16 (TFLOPS)", "memory_gb": "Memory (GB)", "memory_bandwidth_tbps": "Bandwidth (TB/s)"}


def chart(data):
    """One horizontal bar per chip in each panel; estimates are hatched-free but lighter, so they read as less certain."""
    order = data.sort_values(["country", "year", "dense_bf16_tflops"], ascending=[False, True, True])["chip"].tolist()
    base = alt.Chart(data).encode(
        y=alt.Y("chip:N", sort=order, title=None),
        color=country_color("country", title="Vendor country"),
        opacity=alt.Opacity("figure_type:N", scale=alt.Scale(domain=["vendor claim", "third-party estimate"], range=[1.0, 0.55]), title="Figure"),
        tooltip=["chip:N", "vendor:N", "year:O", alt.Tooltip("dense_bf16_tflops:Q", title="Dense BF16 TFLOPS"), "precision_note:N",
                 alt.Tooltip("memory_gb:Q", title="Memory GB"), alt.Tooltip("memory_bandwidth_tbps:Q", title="Bandwidth TB/s"), "figure_type:N"],
    )
    panels = [
        base.mark_bar().encode(x=alt.X(f"{field}:Q", title=label), y=alt.Y("chip:N", sort=order, title=None, axis=None if i else alt.Axis()))
        .properties(width=150 if i else 150, height=220)
        for i, (field, label) in enumerate(MEASURES.items())
    ]
    return alt.hconcat(*panels, spacing=12)
