"""SenseTime revenue (filled bars) and net loss (hollow bars) by year, RMB million."""

import altair as alt

from theme import CHINA, country_color


def chart(data):
    """Two horizontal bars per year, labelled with their values; the loss drawn hollow so the two read apart."""
    data = data.assign(country=CHINA, label=data["year"].astype(str) + " · " + data["measure"])
    order = data.sort_values(["year", "measure"], ascending=[True, False])["label"].tolist()
    base = alt.Chart(data).encode(
        y=alt.Y("label:N", sort=order, title=None, axis=alt.Axis(labelLimit=200)),
        # Room to the right of the longest bar for its value label, which is otherwise cut off on a phone.
        x=alt.X("value:Q", title="RMB million", axis=alt.Axis(format=",d", tickCount=4), scale=alt.Scale(domain=[0, data["value"].max() * 1.3], nice=False)),
        color=country_color("country").legend(None),
        tooltip=[
            alt.Tooltip("year:O", title="Year"),
            alt.Tooltip("measure:N", title="Measure"),
            alt.Tooltip("value:Q", title="RMB million", format=",.1f"),
            alt.Tooltip("note:N", title="Note"),
            alt.Tooltip("source_id:N", title="Source"),
        ],
    )
    revenue = base.transform_filter(alt.datum.measure == "revenue").mark_bar(height=16)
    loss = (
        base.transform_filter(alt.datum.measure == "net loss")
        .mark_bar(height=16, fillOpacity=0, strokeWidth=2, strokeDash=[4, 2])
        .encode(stroke=country_color("country").legend(None))
    )
    labels = base.mark_text(align="left", dx=4, fontSize=11).encode(text=alt.Text("value:Q", format=",.0f"))
    return alt.layer(revenue, loss, labels).properties(height=300)
