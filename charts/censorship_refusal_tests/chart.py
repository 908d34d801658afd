"""Refusal rates on politically sensitive prompts, one row per study and model, each study's own measure in its label."""

import altair as alt

SKIP_COUNTRY_COLOURS = ["_us", "_china"]  # the theme's category range starts with the two country colours

STUDIES = ["PromptFoo (reported by Ars Technica)", "Pan & Xu (PNAS Nexus)"]


def chart(data):
    """A dot per row on a 0-100% axis, with the study, model and measure written above the dot.

    The studies used different prompt sets, so the rows are not a ranking: each label names its own measure. An
    upper bound ("lower than 3%") is drawn hollow.
    """
    data = data.assign(
        heading=data["model"] + " — " + data["study"],
        detail=data["measure"] + ": " + data.apply(lambda r: ("<" if r["bound"] == "upper bound" else "") + f"{r['value']:.0f}%", axis=1),
    )
    x = alt.X(
        "value:Q", title="Percent of prompts", scale=alt.Scale(domain=[0, 100]), axis=alt.Axis(labelFontSize=11, titleFontSize=11, values=[0, 25, 50, 75, 100])
    )
    y = alt.Y("row:O", title=None, axis=None)
    color = alt.Color("study:N", sort=STUDIES, scale=alt.Scale(domain=[*SKIP_COUNTRY_COLOURS, *STUDIES]), legend=None)
    tooltip = [
        alt.Tooltip("study:N", title="Study"),
        alt.Tooltip("model:N", title="Model"),
        alt.Tooltip("measure:N", title="Measure"),
        alt.Tooltip("value:Q", title="Percent"),
        alt.Tooltip("prompts:N", title="Prompts"),
        alt.Tooltip("note:N", title="Note"),
        alt.Tooltip("source_id:N", title="Source"),
    ]
    base = alt.Chart(data)
    solid = base.transform_filter(alt.datum.bound == "point").mark_point(filled=True, size=110, opacity=1).encode(x=x, y=y, color=color, tooltip=tooltip)
    hollow = base.transform_filter(alt.datum.bound != "point").mark_point(filled=False, size=110, strokeWidth=2).encode(x=x, y=y, color=color, tooltip=tooltip)
    heading = base.mark_text(align="left", baseline="bottom", dy=-22, fontSize=12, fontWeight="bold").encode(x=alt.datum(0), y=y, text="heading:N")
    detail = base.mark_text(align="left", baseline="bottom", dy=-9, fontSize=11).encode(x=alt.datum(0), y=y, text="detail:N")
    return (solid + hollow + heading + detail).properties(height=4 * 70)
