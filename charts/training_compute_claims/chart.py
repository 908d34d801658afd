"""Bars of developer-reported GPU hours for training selected open-weight models; each bar names its chip, because an
hour on one GPU is not an hour on another and GPU hours are not training compute (FLOP)."""

import altair as alt

from theme import country_color


def chart(data):
    """One bar per model on a linear axis from zero, longest at the top, labelled with the hours as reported and the chip."""
    hours = [f"{v:.1f}" if float(v).is_integer() else f"{v:g}" for v in data["gpu_hours_million"]]
    chip = data["gpu"].str.replace("Nvidia ", "", regex=False).str.replace("-80GB", "", regex=False)
    data = data.assign(label=[f"{h}M {c} hours" for h, c in zip(hours, chip, strict=True)])
    order = data.sort_values("gpu_hours_million", ascending=False)["model"].tolist()
    y = alt.Y("model:N", sort=order, title=None, axis=alt.Axis(labelLimit=120, labelFontSize=12))
    x = alt.X(
        "gpu_hours_million:Q",
        title="Million GPU hours, as reported (not FLOP)",
        scale=alt.Scale(domain=[0, 45]),
        axis=alt.Axis(values=[0, 10, 20, 30, 40]),
    )
    tooltip = [
        alt.Tooltip("model:N", title="Model"),
        alt.Tooltip("developer:N", title="Developer"),
        alt.Tooltip("gpu_hours_million:Q", title="GPU hours, millions"),
        alt.Tooltip("gpu:N", title="GPU"),
        alt.Tooltip("total_parameters_billion:Q", title="Total parameters, billions"),
        alt.Tooltip("active_parameters_billion:Q", title="Active parameters, billions"),
        alt.Tooltip("scope:N", title="Covers"),
        alt.Tooltip("kind:N", title="Status"),
        alt.Tooltip("source_id:N", title="Source"),
    ]
    base = alt.Chart(data).encode(y=y)
    bars = base.mark_bar(opacity=0.85).encode(x=x, color=country_color("country", title="Developer's country"), tooltip=tooltip)
    labels = base.mark_text(align="left", dx=4, fontSize=12).encode(x=x, text="label:N")
    return (bars + labels).properties(height=230)
