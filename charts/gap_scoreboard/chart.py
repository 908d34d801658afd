"""The gap at a glance: China as a share of the US, then and now, one row per dimension (ratio dimensions only)."""

import altair as alt
import pandas as pd

from theme import CHINA, country_color


def china_share_of_us(data):
    """Long table of China's figure as % of the US figure, one row per dimension and period with both figures."""
    rows = []
    for record in data[data["comparison"] == "China as % of US"].to_dict("records"):
        for period, year, us, china in (
            ("earlier", record["year_then"], record["us_then"], record["china_then"]),
            ("latest", record["year_now"], record["us_now"], record["china_now"]),
        ):
            if pd.notna(us) and pd.notna(china):
                # Keep the row's own columns too, so the chart's spec carries the whole dataset it was drawn from.
                rows.append({**record, "period": period, "year": int(year), "share": 100 * china / us, "country": CHINA})
    return pd.DataFrame(rows)


def chart(data):
    """Hollow point earlier, filled point latest, a line between them, and the latest share written beside it."""
    shares = china_share_of_us(data)
    shares["label"] = shares["share"].map(lambda v: f"{v:.0f}%") + " (" + shares["year"].astype(str) + ")"
    order = list(data.loc[data["comparison"] == "China as % of US", "short_name"])
    y = alt.Y("short_name:N", title=None, sort=order, axis=alt.Axis(labelLimit=140))
    x = alt.X(
        "share:Q", title="China as % of US (log scale)", scale=alt.Scale(type="log", domain=[5, 500]), axis=alt.Axis(values=[5, 10, 25, 50, 100, 200, 500])
    )
    color = country_color("country").legend(None)  # one country only: the subtitle says what the points are
    tooltip = [
        alt.Tooltip("short_name:N", title="Dimension"),
        alt.Tooltip("year:Q", title="Year", format="d"),
        alt.Tooltip("share:Q", title="China as % of US", format=".0f"),
    ]
    base = alt.Chart(shares)
    parity = alt.Chart(pd.DataFrame({"share": [100]})).mark_rule(strokeDash=[4, 3]).encode(x="share:Q")
    path = base.mark_line(strokeWidth=2).encode(x=x, y=y, detail="short_name:N", color=color)
    earlier = (
        base.transform_filter(alt.datum.period == "earlier").mark_point(filled=False, size=90, strokeWidth=2).encode(x=x, y=y, color=color, tooltip=tooltip)
    )
    latest = base.transform_filter(alt.datum.period == "latest").mark_point(filled=True, size=110, opacity=1).encode(x=x, y=y, color=color, tooltip=tooltip)
    labels = base.transform_filter(alt.datum.period == "latest").mark_text(dy=-11, fontSize=11).encode(x=x, y=y, text="label:N", color=color)
    return (parity + path + earlier + latest + labels).properties(height=alt.Step(38))
