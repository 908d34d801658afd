"""The US lead over China on the Arena leaderboard at three published dates."""

import altair as alt


def chart(data):
    """A thin line through three labelled points, with a zero line for parity."""
    x = alt.X("date:T", title=None, axis=alt.Axis(format="%b %Y", tickCount=5, labelAngle=0))
    y = alt.Y("us_lead_pct:Q", title="US lead (% of the Chinese score)", scale=alt.Scale(domain=[0, 10]))
    tooltip = [alt.Tooltip("date:T", title="Month", format="%B %Y"), alt.Tooltip("us_lead_pct:Q", title="US lead, %", format=".2f"),
               alt.Tooltip("us_lead_points:Q", title="US lead, Arena points"), alt.Tooltip("note:N", title="Note"),
               alt.Tooltip("source_id:N", title="Source")]
    base = alt.Chart(data)
    line = base.mark_line(strokeDash=[4, 3], opacity=0.6).encode(x=x, y=y)
    points = base.mark_point(size=120, filled=True, opacity=1).encode(x=x, y=y, tooltip=tooltip)
    labels = base.mark_text(dy=-14, fontSize=12).encode(x=x, y=y, text=alt.Text("us_lead_pct:Q", format=".2~f"))
    parity = alt.Chart(data.head(1)).mark_rule(opacity=0.5).encode(y=alt.datum(0))
    parity_label = alt.Chart(data.head(1)).mark_text(align="left", dy=-7, fontSize=11, fontStyle="italic").encode(
        x=alt.X("date:T"), y=alt.datum(0), text=alt.value("parity"))
    return (parity + parity_label + line + points + labels).properties(height=260)
