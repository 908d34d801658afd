"""The site's one Altair theme: fixed US and China colours, legible in light and dark mode."""

import altair as alt

US, CHINA = "United States", "China"
# Order matters: chart functions pass this as the colour scale's domain, so the theme's category range
# below gives the US its blue and China its vermilion on every chart (Okabe-Ito hues, colour-blind safe).
COUNTRY_DOMAIN = [US, CHINA]
FONT = '-apple-system, BlinkMacSystemFont, "Segoe UI", Helvetica, Arial, sans-serif'

PALETTES = {
    # Foreground colours meet WCAG contrast on Material's light (#ffffff) and slate (#1e2129) backgrounds.
    "light": {"us": "#1f5fa8", "china": "#c2401c", "others": ["#6b6b6b", "#8a5a00", "#3d7a3d"], "text": "#1f1f1f", "muted": "#545454", "grid": "#e3e3e3", "domain": "#8c8c8c"},
    "dark": {"us": "#7db4f0", "china": "#f3906b", "others": ["#b5b5b5", "#e0b45a", "#8fcf8f"], "text": "#e8e8ec", "muted": "#b9bcc6", "grid": "#3a3e4a", "domain": "#8d919c"},
}


def site_config(mode: str) -> dict:
    """Vega-Lite config for one colour mode ('light' or 'dark')."""
    p = PALETTES[mode]
    axis = {"labelColor": p["muted"], "titleColor": p["text"], "gridColor": p["grid"], "domainColor": p["domain"], "tickColor": p["domain"],
            "labelFont": FONT, "titleFont": FONT, "labelFontSize": 12, "titleFontSize": 12, "titleFontWeight": "normal"}
    return {
        "background": None,  # the page's own background shows through, in either mode
        "font": FONT,
        "view": {"stroke": None},
        "axis": axis,
        "legend": {"labelColor": p["text"], "titleColor": p["text"], "labelFont": FONT, "titleFont": FONT, "labelFontSize": 12, "titleFontSize": 12, "orient": "top"},
        "header": {"labelColor": p["text"], "titleColor": p["text"], "labelFont": FONT, "titleFont": FONT},
        "title": {"color": p["text"], "subtitleColor": p["muted"], "font": FONT, "subtitleFont": FONT, "anchor": "start", "fontSize": 16, "subtitleFontSize": 13},
        "text": {"color": p["text"], "font": FONT},
        "range": {"category": [p["us"], p["china"], *p["others"]]},
        "mark": {"color": p["us"]},
        # Rules connect or mark (dumbbells, targets); they carry no data of their own, so screen readers skip them
        # rather than meet an unnamed graphic.
        "rule": {"aria": False},
    }


def country_color(field: str = "country", title: str | None = None) -> alt.Color:
    """Colour encoding that gives the US and China their fixed site colours."""
    return alt.Color(f"{field}:N", scale=alt.Scale(domain=COUNTRY_DOMAIN), title=title)


for _mode in PALETTES:
    alt.theme.register(f"closing-the-gap-{_mode}", enable=False)(lambda mode=_mode: alt.theme.ThemeConfig(config=site_config(mode)))
