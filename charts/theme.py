"""The site's one Altair theme: fixed US and China colours, legible in light and dark mode."""

import altair as alt

US, CHINA = "United States", "China"
# Order matters: chart functions pass this as the colour scale's domain, so the theme's category range
# below gives the US its blue and China its vermilion on every chart (Okabe-Ito hues, colour-blind safe).
COUNTRY_DOMAIN = [US, CHINA]
# Latin faces first, then CJK faces for Chinese names and source lines (macOS, Windows, then Noto CJK, which the
# renderer uses: `make setup` installs it), so no character falls back to an empty box.
FONT = '-apple-system, BlinkMacSystemFont, "Segoe UI", Helvetica, Arial, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif'

PALETTES = {
    # Foreground colours meet WCAG contrast on Material's light (#ffffff) and slate (#1e2129) backgrounds.
    "light": {
        "us": "#1f5fa8",
        "china": "#c2401c",
        "others": ["#6b6b6b", "#8a5a00", "#3d7a3d"],
        "text": "#1f1f1f",
        "muted": "#545454",
        "grid": "#e3e3e3",
        "domain": "#8c8c8c",
    },
    "dark": {
        "us": "#7db4f0",
        "china": "#f3906b",
        "others": ["#b5b5b5", "#e0b45a", "#8fcf8f"],
        "text": "#e8e8ec",
        "muted": "#b9bcc6",
        "grid": "#3a3e4a",
        "domain": "#8d919c",
    },
}


def site_config(mode: str) -> dict:
    """Vega-Lite config for one colour mode ('light' or 'dark')."""
    p = PALETTES[mode]
    axis = {
        "labelColor": p["muted"],
        "titleColor": p["text"],
        "gridColor": p["grid"],
        "domainColor": p["domain"],
        "tickColor": p["domain"],
        "labelFont": FONT,
        "titleFont": FONT,
        "labelFontSize": 12,
        "titleFontSize": 12,
        "titleFontWeight": "normal",
    }
    return {
        "background": None,  # the page's own background shows through, in either mode
        "font": FONT,
        "view": {"stroke": None},
        "axis": axis,
        "legend": {
            "labelColor": p["text"],
            "titleColor": p["text"],
            "labelFont": FONT,
            "titleFont": FONT,
            "labelFontSize": 12,
            "titleFontSize": 12,
            "orient": "top",
            # Vega-Lite draws the symbols of a legend that is not about colour (a shape legend) in black unless told:
            # invisible on the dark background.
            "symbolBaseFillColor": p["muted"],
            "symbolBaseStrokeColor": p["muted"],
        },
        "header": {"labelColor": p["text"], "titleColor": p["text"], "labelFont": FONT, "titleFont": FONT},
        "title": {
            "color": p["text"],
            "subtitleColor": p["muted"],
            "font": FONT,
            "subtitleFont": FONT,
            "anchor": "start",
            "fontSize": 16,
            "subtitleFontSize": 13,
        },
        "text": {"color": p["text"], "font": FONT},
        # Secondary text marks (e.g. the dates of an event list) take `style="muted"`, so they follow the colour mode.
        "style": {"muted": {"color": p["muted"]}},
        "range": {"category": [p["us"], p["china"], *p["others"]]},
        "mark": {"color": p["us"]},
        # Rules connect or mark (dumbbells, targets); they carry no data of their own, so screen readers skip them
        # rather than meet an unnamed graphic. Their default colour is black, lost on the dark background.
        "rule": {"aria": False, "color": p["domain"]},
        # Vega-Lite fades points to 70% by default, which takes hollow grey points below 3:1 contrast.
        "point": {"opacity": 1},
        "circle": {"opacity": 1},
        "square": {"opacity": 1},
    }


def country_color(field: str = "country", title: str | None = None) -> alt.Color:
    """Colour encoding that gives the US and China their fixed site colours."""
    return alt.Color(f"{field}:N", scale=alt.Scale(domain=COUNTRY_DOMAIN), title=title)


for _mode in PALETTES:
    alt.theme.register(f"closing-the-gap-{_mode}", enable=False)(lambda mode=_mode: alt.theme.ThemeConfig(config=site_config(mode)))


# ---- Shared chart shapes: used by more than one chart, so they live beside the theme they draw with ----

SLOPE_OTHER = "All other countries"
SLOPE_ORDER = [US, CHINA, SLOPE_OTHER]  # theme's category range: US blue, China vermilion, then grey
SLOPE_LABEL_GAP = 4.5  # minimum vertical distance between labels, in percentage points


def _slope_label_positions(data):
    """Nudge label heights apart where two values in the same year are close, so the labels never overlap."""
    label_y = data["share"].astype(float).copy()
    for _, group in data.groupby("year"):
        previous = None
        for index in group.sort_values("share").index:
            if previous is not None and label_y[index] - label_y[previous] < SLOPE_LABEL_GAP:
                label_y[index] = label_y[previous] + SLOPE_LABEL_GAP
            previous = index
    return label_y


def slope_chart(data):
    """Shares of US, China and the rest in two samples (2019, 2022): one line each, derived remainders dashed with
    hollow points, values labelled at both ends. Used by the two MacroPolo talent charts."""
    data = data.assign(
        label=data["share"].map(lambda v: f"{v:.0f}%"),
        name=data["country"].where(data["kind"] == "reported", "All others (derived)"),
        label_y=_slope_label_positions(data),
    )
    data = data.assign(rightlabel=data["label"] + "  " + data["name"])
    color = alt.Color("country:N", scale=alt.Scale(domain=SLOPE_ORDER), legend=None)
    x = alt.X("year:Q", title=None, scale=alt.Scale(domain=[2017.6, 2024.8]), axis=alt.Axis(values=[2019, 2022], format="d", labelFontSize=13, grid=False))
    y = alt.Y("share:Q", title="Percent of sampled researchers", scale=alt.Scale(domain=[0, 60]))
    tooltip = [
        alt.Tooltip("country:N", title="Country"),
        alt.Tooltip("year:Q", title="NeurIPS sample", format="d"),
        alt.Tooltip("share:Q", title="Share (%)"),
        alt.Tooltip("kind:N", title="Figure"),
        alt.Tooltip("note:N", title="Note"),
        alt.Tooltip("source_id:N", title="Source"),
    ]
    base = alt.Chart(data).encode(x=x, y=y, color=color)
    dash = alt.StrokeDash("kind:N", scale=alt.Scale(domain=["reported", "derived"], range=[[1, 0], [4, 3]]), legend=None)
    lines = base.mark_line(strokeWidth=2.5).encode(detail="country:N", strokeDash=dash)
    filled = base.transform_filter(alt.datum.kind == "reported").mark_point(size=90, filled=True, opacity=1).encode(tooltip=tooltip)
    hollow = base.transform_filter(alt.datum.kind == "derived").mark_point(size=90, filled=False, strokeWidth=2).encode(tooltip=tooltip)
    text = alt.Chart(data).encode(x=x, y=alt.Y("label_y:Q"), color=color)
    left = text.transform_filter(alt.datum.year == 2019).mark_text(align="right", dx=-10, fontSize=12).encode(text="label:N")
    right = text.transform_filter(alt.datum.year == 2022).mark_text(align="left", dx=10, fontSize=12, fontWeight="bold").encode(text="rightlabel:N")
    return (lines + filled + hollow + left + right).properties(height=300)


# ---- Event timelines: views of charts/timeline_events (one event per row, readable without hovering) ----

EVENT_COUNTRIES = [US, CHINA, "International"]  # theme's category range: US blue, China vermilion, then grey
EVENT_WIDTH = 360  # px, fixed: the static image is not scaled down on a 390 px phone, so its 12 px labels stay 12 px
EVENT_WRAP = 36  # characters per label line at 12 px in the space right of the date


def event_list(data, step: int = 36):
    """One row per event, oldest at the top: its date, a dot in the acting country's colour, and its label wrapped on two
    lines. Used by the timeline's charts, one per theme."""
    import textwrap

    data = data.sort_values(["date", "event"]).reset_index(drop=True)
    data = data.assign(
        order=range(len(data)),
        day=[f"{int(d[8:])} {MONTHS_SHORT[int(d[5:7]) - 1]} {d[:4]}" for d in data["date"]],
        label=["\n".join(textwrap.wrap(e, EVENT_WRAP)[:2]) for e in data["event"]],
    )
    base = alt.Chart(data).encode(y=alt.Y("order:O", axis=None))
    tooltip = [
        alt.Tooltip("day:N", title="Date"),
        alt.Tooltip("country:N", title="Who"),
        alt.Tooltip("event:N", title="Event"),
        alt.Tooltip("source_id:N", title="Source"),
    ]
    date = base.mark_text(align="left", baseline="middle", fontSize=12, fontWeight="bold", x=0, style="muted").encode(text="day:N", tooltip=tooltip)
    dot = base.mark_circle(size=90, opacity=1, x=86).encode(color=alt.Color("country:N", scale=alt.Scale(domain=EVENT_COUNTRIES), title=None), tooltip=tooltip)
    label = base.mark_text(align="left", baseline="middle", fontSize=12, lineBreak="\n", lineHeight=14, x=98).encode(text="label:N", tooltip=tooltip)
    return alt.vconcat((date + dot + label).properties(width=EVENT_WIDTH - 10, height=alt.Step(step)))


MONTHS_SHORT = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def revenue_and_loss_bars(data, height: int):
    """Revenue (filled) and net loss (hollow) as two labelled horizontal bars per year, RMB million."""
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
            *([alt.Tooltip("note:N", title="Note")] if "note" in data.columns else []),
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
    return alt.layer(revenue, loss, labels).properties(height=height)
