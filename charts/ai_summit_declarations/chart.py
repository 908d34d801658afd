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
    """One row per declaration: a dot per reported count (two for Paris, not joined), then the counts and who signed as text."""
    data = data.assign(who=data.apply(_who, axis=1))
    counts = data.groupby("declaration", sort=False)["countries"].apply(lambda s: " or ".join(str(v) for v in s) + " countries")
    labels = data.drop_duplicates("declaration").assign(
        count_label=lambda d: d["declaration"].map(counts), x_label=lambda d: d["declaration"].map(data.groupby("declaration")["countries"].max())
    )
    y = alt.Y("declaration:N", sort=ORDER, title=None, axis=alt.Axis(labelLimit=140, labelFontSize=11))
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
    who = alt.Chart(labels).mark_text(align="left", dy=-15, fontSize=11).encode(x=alt.value(0), y=y, text="who:N")
    count_text = (
        alt.Chart(labels).mark_text(align="left", dx=9, fontSize=11).encode(x=alt.X("x_label:Q", scale=alt.Scale(domain=[0, 100])), y=y, text="count_label:N")
    )
    return (dots + who + count_text).properties(height=320)
