"""The US lead over China on the Arena leaderboard at three published dates."""

import altair as alt


def chart(data):
    """A dashed line through three labelled points (the line between dates is not data), with a zero line for parity."""

    def label(row):
        text = f"{row.us_lead_pct:.2f}".rstrip("0").rstrip(".") if row.us_lead_pct != 1.70 else "1.70"
        return f"{text}%"

    data = data.assign(label=[label(r) for r in data.itertuples()])
    x = alt.X("date:T", title=None, scale=alt.Scale(padding=24), axis=alt.Axis(format="%b %Y", tickCount=5, labelAngle=0))
    y = alt.Y("us_lead_pct:Q", title="US lead over China (%)", scale=alt.Scale(domain=[0, 11]))
    tooltip = [
        alt.Tooltip("date:T", title="Month", format="%B %Y"),
        alt.Tooltip("us_lead_pct:Q", title="US lead, %", format=".2f"),
        alt.Tooltip("note:N", title="Note"),
        alt.Tooltip("source_id:N", title="Source"),
    ]
    base = alt.Chart(data)
    line = base.mark_line(strokeDash=[4, 3]).encode(x=x, y=y)
    points = base.mark_point(size=120, filled=True, opacity=1).encode(x=x, y=y, tooltip=tooltip)
    labels = base.mark_text(dy=-16, fontSize=12).encode(x=x, y=y, text="label:N")
    parity = alt.Chart(data.head(1)).mark_rule().encode(y=alt.datum(0))
    return (parity + line + points + labels).properties(height=260)
