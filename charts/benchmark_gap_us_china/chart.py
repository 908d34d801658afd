"""Dumbbell chart of the US lead over China on four benchmarks, end of 2023 against end of 2024."""

import altair as alt

ORDER = ["HumanEval", "MATH", "MMLU", "MMMU"]


def chart(data):
    """One row per benchmark: a hollow dot for end-2023, a filled dot for end-2024, joined by a line.

    The two dates are labelled directly on the top row instead of in a legend.
    """
    data = data.assign(label=data["benchmark"] + " (" + data["skill"].str.lower() + ")")
    order = [data.loc[data["benchmark"] == b, "label"].iloc[0] for b in ORDER]
    y = alt.Y("label:N", sort=order, title=None, axis=alt.Axis(labelLimit=260, labelFontSize=12))
    x = alt.X("us_lead_pp:Q", title="US lead over China (percentage points)", scale=alt.Scale(domain=[0, 35]))
    tooltip = [
        alt.Tooltip("benchmark:N", title="Benchmark"),
        alt.Tooltip("period:N", title="Date"),
        alt.Tooltip("us_lead_pp:Q", title="US lead, percentage points", format=".1f"),
        alt.Tooltip("source_id:N", title="Source"),
    ]
    base = alt.Chart(data)
    line = base.mark_rule(strokeWidth=2).encode(y=y, x="min(us_lead_pp):Q", x2="max(us_lead_pp):Q")
    early = base.transform_filter(alt.datum.period == "End of 2023")
    late = base.transform_filter(alt.datum.period == "End of 2024")
    hollow = early.mark_point(size=150, strokeWidth=2, filled=False, opacity=1).encode(y=y, x=x, tooltip=tooltip)
    filled = late.mark_point(size=150, filled=True, opacity=1).encode(y=y, x=x, tooltip=tooltip)
    values = base.mark_text(dy=-14, fontSize=12).encode(y=y, x=x, text=alt.Text("us_lead_pp:Q", format=".1f"))
    keys = base.transform_filter(alt.datum.benchmark == ORDER[0]).mark_text(dy=17, fontSize=11, fontStyle="italic").encode(y=y, x=x, text="period:N")
    return (line + hollow + filled + values + keys).properties(height=240)
