"""Three stacked bar panels comparing AI accelerators on throughput, memory and bandwidth."""

import altair as alt

from theme import country_color

MEASURES = {"dense_bf16_tflops": "Dense BF16 (TFLOPS)", "memory_gb": "Memory (GB)", "memory_bandwidth_tbps": "Bandwidth (TB/s)"}


def chart(data):
    """One horizontal bar per chip in each panel; estimates say so in their label rather than by a faint colour."""
    data = data.assign(label=data["chip"] + data["figure_type"].map({"vendor claim": "", "third-party estimate": " (estimate)"}))
    order = data.sort_values(["country", "year", "dense_bf16_tflops"], ascending=[False, True, True])["label"].tolist()
    base = (
        alt.Chart(data)
        .mark_bar()
        .encode(
            color=country_color("country", title="Vendor country"),
            tooltip=[
                "chip:N",
                "vendor:N",
                "year:O",
                alt.Tooltip("dense_bf16_tflops:Q", title="Dense BF16 TFLOPS"),
                "precision_note:N",
                alt.Tooltip("memory_gb:Q", title="Memory GB"),
                alt.Tooltip("memory_bandwidth_tbps:Q", title="Bandwidth TB/s"),
                "figure_type:N",
            ],
        )
    )
    panels = [
        base.encode(x=alt.X(f"{field}:Q", title=label), y=alt.Y("label:N", sort=order, title=None)).properties(width=300, height=150)
        for field, label in MEASURES.items()
    ]
    # Stacked, not side by side: each panel keeps readable labels when the figure shrinks to a phone's width.
    return alt.vconcat(*panels, spacing=14)
