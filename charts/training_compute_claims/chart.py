"""Bars of developer-reported GPU hours for training selected open-weight models, on a log scale."""

import altair as alt

from theme import country_color


def chart(data):
    """One bar per model from 1 million hours (the log axis has no zero), longest at the top, labelled as reported."""
    data = data.assign(label=[f"{v:.1f}" if float(v).is_integer() else f"{v:g}" for v in data["gpu_hours_million"]])
    order = data.sort_values("gpu_hours_million", ascending=False)["model"].tolist()
    y = alt.Y("model:N", sort=order, title=None, axis=alt.Axis(labelLimit=200, labelFontSize=12))
    x = alt.X(
        "gpu_hours_million:Q",
        title="GPU hours reported (millions, log scale)",
        scale=alt.Scale(type="log", domain=[1, 60]),
        axis=alt.Axis(values=[1, 2, 5, 10, 20, 50]),
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
    bars = base.mark_bar(opacity=0.85).encode(x=x, x2=alt.datum(1), color=country_color("country", title="Developer's country"), tooltip=tooltip)
    labels = base.mark_text(align="left", dx=4, fontSize=12).encode(x=x, text="label:N")
    return (bars + labels).properties(height=230)
