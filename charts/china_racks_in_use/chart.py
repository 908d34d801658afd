"""Columns of standard racks in use in China; the 2025 counts of computing-centre racks are shaded apart."""

import altair as alt

from theme import CHINA, country_color


def chart(data):
    """One column per reported period, China's colour, lighter where the statistic changed to computing centres."""
    period = data["date"].str[:4] + data["date"].str[5:7].map({"06": " mid", "12": " end"})
    prefix = data["qualifier"].fillna("").map({"more than": ">", "": ""})
    data = data.assign(country=CHINA, period=period, label=prefix + data["racks_million"].map("{:g}".format))
    base = alt.Chart(data).encode(x=alt.X("period:O", title=None, sort=None, axis=alt.Axis(labelAngle=0)))
    # The paler bars count something else; a full-colour outline keeps them at 3:1 contrast in both schemes.
    bars = base.mark_bar(strokeWidth=1.5).encode(
        y=alt.Y("racks_million:Q", title="Million standard racks"),
        color=country_color("country").legend(None),
        stroke=country_color("country").legend(None),
        fillOpacity=alt.condition("datum.counted_as == 'data-centre racks in use'", alt.value(1), alt.value(0.45)),
        tooltip=[
            alt.Tooltip("date:T", title="Period end", format="%b %Y"),
            alt.Tooltip("qualifier:N", title="Qualifier"),
            alt.Tooltip("racks_million:Q", title="Million racks", format=".2f"),
            alt.Tooltip("counted_as:N", title="Counted as"),
            alt.Tooltip("note:N", title="Note"),
            alt.Tooltip("source_id:N", title="Source"),
        ],
    )
    labels = base.mark_text(dy=-7).encode(y="racks_million:Q", text="label:N")
    return (bars + labels).properties(height=260)
