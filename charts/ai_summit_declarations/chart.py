"""Signatory countries of each global AI summit declaration, with who of the US, China and the UK signed."""

import altair as alt

ORDER = ["Bletchley (UK) 2023", "Seoul (S. Korea) 2024", "Paris (France) 2025", "New Delhi (India) 2026"]
NAMES = {"us_signed": "US", "china_signed": "China", "uk_signed": "UK"}


def _who(row):
    """Plain words, not symbols: who signed and who did not."""
    signed = [n for c, n in NAMES.items() if row[c] == "yes"]
    not_signed = [n for c, n in NAMES.items() if row[c] == "no"]
    text = ", ".join(signed) + " signed"
    return text + ("; " + ", ".join(not_signed) + " did not" if not_signed else "")


def chart(data):
    """One row per declaration: a dot per reported count (two for Paris, not joined) under two lines of text naming
    the summit, its count(s) and who signed, so the chart fits a phone without long axis labels."""
    data = data.assign(who=data.apply(_who, axis=1))
    counts = data.groupby("declaration", sort=False)["countries"].apply(lambda s: " or ".join(str(v) for v in s) + " countries")
    labels = data.drop_duplicates("declaration").assign(heading=lambda d: d["declaration"] + ": " + d["declaration"].map(counts))
    y = alt.Y("declaration:N", sort=ORDER, title=None, axis=None, scale=alt.Scale(range=[44, 290], padding=0))
    x = alt.X("countries:Q", title="Signatory countries", scale=alt.Scale(domain=[0, 100]), axis=alt.Axis(tickCount=5))
    tooltip = [
        alt.Tooltip("declaration:N", title="Declaration"),
        alt.Tooltip("date:T", title="Date", format="%d %b %Y"),
        alt.Tooltip("countries:Q", title="Signatory countries"),
        alt.Tooltip("count_source:N", title="Count reported by"),
        alt.Tooltip("who:N", title="Signed"),
        alt.Tooltip("source_id:N", title="Source"),
    ]
    dots = alt.Chart(data).mark_circle(size=140, opacity=1).encode(x=x, y=y, tooltip=tooltip)
    heading = alt.Chart(labels).mark_text(align="left", dy=-32, fontSize=12, fontWeight="bold").encode(x=alt.value(0), y=y, text="heading:N")
    who = alt.Chart(labels).mark_text(align="left", dy=-16, fontSize=11).encode(x=alt.value(0), y=y, text="who:N")
    return (dots + heading + who).properties(height=310)
