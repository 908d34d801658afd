"""Release timeline of Chinese open-weight models: total parameters (filled) and active parameters (hollow), log scale."""

import altair as alt

from theme import CHINA, country_color

# Label nudges (dx, dy) where neighbouring releases would otherwise overlap.
NUDGE = {
    "Yi-34B": (7, 0),
    "DeepSeek LLM 67B": (7, -2),
    "Kimi K2": (-7, -10),
    "Kimi K2 Thinking": (-7, -10),
    "Kimi K2.5": (7, -10),
    "GLM-4.5": (7, 6),
    "GLM-4.6": (7, -8),
    "DeepSeek-V3.1": (-7, -9),
    "DeepSeek-V3": (7, -8),
    "DeepSeek-R1": (7, 8),
    "MiniMax-M1": (7, -9),
    "ERNIE-4.5-VL-424B-A47B": (-7, 12),
    "GLM-5": (-7, -9),
    "Qwen3.5 (397B-A17B)": (7, -8),
    "DeepSeek-V3.2": (7, 0),
    "MiniMax-M2": (7, 2),
    "DeepSeek-V4-Pro": (-7, 0),
    "DeepSeek-V4-Flash": (-7, 0),
    "DeepSeek-V2": (7, 0),
    "Qwen2.5-72B": (7, 0),
    "Qwen3-235B-A22B": (-7, -9),
}
SHORT = {"ERNIE-4.5-VL-424B-A47B": "ERNIE 4.5", "Kimi K2 Thinking": "K2 Thinking", "Qwen3.5 (397B-A17B)": "Qwen3.5"}
# Below NARROW pixels (a phone) the labels of 2025-26 collide, so only these milestones keep theirs; tooltips name the rest.
NARROW = 520
MILESTONES = {"Yi-34B", "DeepSeek-V2", "Qwen2.5-72B", "DeepSeek-V3", "Kimi K2", "DeepSeek-V4-Pro"}


def chart(data):
    """Rules join active to total for MoE models; filled dots mark totals, hollow dots active parameters."""
    data = data.assign(country=CHINA)
    data["dx"] = data["model"].map(lambda m: NUDGE.get(m, (7, 0))[0])
    data["label"] = data["model"].map(lambda m: SHORT.get(m, m))
    data["dy"] = data["model"].map(lambda m: NUDGE.get(m, (7, 0))[1])
    data["milestone"] = data["model"].isin(MILESTONES)
    x = alt.X("date:T", title=None, axis=alt.Axis(format="%Y", tickCount="year"))
    y_scale = alt.Scale(type="log", domain=[8, 2500])
    y_axis = alt.Axis(values=[10, 20, 50, 100, 200, 500, 1000, 2000], format=",")
    tooltip = [
        alt.Tooltip("model:N", title="Model"),
        alt.Tooltip("developer:N", title="Developer"),
        alt.Tooltip("date:T", title="Released", format="%d %b %Y"),
        alt.Tooltip("architecture:N", title="Architecture"),
        alt.Tooltip("total_params_b:Q", title="Total parameters (billion)", format=",.0f"),
        alt.Tooltip("active_params_b:Q", title="Active parameters (billion)", format=",.1f"),
        alt.Tooltip("licence:N", title="Licence"),
        alt.Tooltip("note:N", title="Note"),
        alt.Tooltip("source_id:N", title="Source"),
    ]
    base = alt.Chart(data).encode(x=x, tooltip=tooltip)
    moe = base.transform_filter(alt.datum.architecture == "MoE")
    rules = moe.mark_rule(strokeWidth=1.2).encode(
        y=alt.Y("active_params_b:Q", scale=y_scale, title="Parameters (billions, log scale)", axis=y_axis),
        y2="total_params_b:Q",
        color=country_color("country").legend(None),
    )
    active = moe.mark_point(size=45, filled=False, strokeWidth=1.5).encode(
        y=alt.Y("active_params_b:Q", scale=y_scale),
        color=country_color("country").legend(None),
    )
    total = base.mark_circle(size=70, opacity=1).encode(
        y=alt.Y("total_params_b:Q", scale=y_scale),
        color=country_color("country").legend(None),
    )
    labels = []
    for (dx, dy), group in data.groupby(["dx", "dy"]):
        labels.append(
            alt.Chart(group)
            .mark_text(fontSize=11, dx=int(dx), dy=int(dy), align="left" if dx > 0 else "right")
            .encode(
                x=x,
                y=alt.Y("total_params_b:Q", scale=y_scale),
                text="label:N",
                opacity=alt.condition(f"width >= {NARROW} || datum.milestone", alt.value(1), alt.value(0)),
            )
        )
    return alt.layer(rules, active, total, *labels).properties(height=380)
