"""The gap at a glance: the scoreboard dataset (charts/gap_scoreboard) as an accessible HTML table for the home page."""

from __future__ import annotations

from .templates import render

SCOREBOARD = "gap_scoreboard"


def gap_text(row: dict, period: str) -> str:
    """The gap for one period, as the row states it: China as % of the US (our arithmetic) or the published US lead."""
    us, china = row[f"us_{period}"], row[f"china_{period}"]
    if us is None or us != us:
        return "–"
    if row["comparison"] == "US lead":
        return f"US ahead by {us:g} {row['unit']}"
    if china is None or china != china:
        return "–"
    return f"China at {100 * china / us:.0f}% of the US"


def scoreboard_rows(site) -> list[dict]:
    """The scoreboard's rows with the gap worked out for each period."""
    definition = site.charts[SCOREBOARD].definition
    rows = []
    for row in definition.data.to_dict("records"):
        row = {k: (None if v != v else v) for k, v in row.items()}  # NaN -> None for the template
        row["year_then"] = None if row["year_then"] is None else int(row["year_then"])  # a column with gaps loads as float
        rows.append({**row, "gap_then": gap_text(row, "then"), "gap_now": gap_text(row, "now")})
    return rows


def scoreboard_table(site, page_url, sources_url: str) -> str:
    """The scoreboard as an HTML table (no JavaScript needed), each value linked to its source record."""
    return render(
        "scoreboard.html.j2",
        rows=scoreboard_rows(site),
        page_url=page_url,
        sources_url=sources_url,
        records=site.sources,
        as_of=site.charts[SCOREBOARD].definition.meta.as_of,
    )
