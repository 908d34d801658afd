"""The US lead over China on the Arena leaderboard at the published dates, as rating points and the head-to-head
win rate they imply; separate snapshots, so no line joins them."""

import altair as alt

from theme import US, country_color

ORDER = ["Jan 2024", "Feb 2025"]


def chart(data):
    """One bar per snapshot (rating points of the US lead), labelled with the win rate the gap implies; a bar whose
    points come only from write-ups would be drawn as an outline."""
    # One bar per date from the points rows, with the AI Index percentage of the same date alongside for the tooltip.
    pct = data[data["unit"] == "percent"].set_index("date")["us_lead_pct"]
    data = data[data["unit"] == "points"].drop(columns="us_lead_pct").join(pct, on="date")
    data = data.assign(
        country=US,
        snapshot=data["date"].map(lambda d: {"2024-01": "Jan 2024", "2025-02": "Feb 2025", "2026-03": "Mar 2026"}[d[:7]]),
        label=[
            f"{p:.0f} pts, US wins {w:.0f}%" + (" (write-ups)" if s == "write-ups only" else "")
            for p, w, s in zip(data["us_lead_points"], data["implied_us_win_pct"], data["points_status"], strict=True)
        ],
    )
    y = alt.Y("snapshot:N", sort=ORDER, title=None, axis=alt.Axis(labelFontSize=12))
    x = alt.X("us_lead_points:Q", title="US lead, Arena rating points", scale=alt.Scale(domain=[0, 200]), axis=alt.Axis(values=[0, 50, 100, 150, 200]))
    tooltip = [
        alt.Tooltip("date:T", title="Month", format="%B %Y"),
        alt.Tooltip("us_lead_points:Q", title="US lead, rating points"),
        alt.Tooltip("implied_us_win_pct:Q", title="Implied US win rate, % (our arithmetic)", format=".1f"),
        alt.Tooltip("us_lead_pct:Q", title="US lead, % of score (AI Index)", format=".2f"),
        alt.Tooltip("points_status:N", title="Points from"),
        alt.Tooltip("note:N", title="Note"),
        alt.Tooltip("source_id:N", title="Source"),
    ]
    base = alt.Chart(data).encode(y=y, x=x)
    bars = base.mark_bar(height=22, strokeWidth=2).encode(
        color=country_color("country").legend(None),
        stroke=country_color("country").legend(None),
        fillOpacity=alt.condition("datum.points_status == 'write-ups only'", alt.value(0.1), alt.value(1)),
        tooltip=tooltip,
    )
    labels = base.mark_text(align="left", dx=5, fontSize=12).encode(text="label:N")
    return (bars + labels).properties(height=110)
