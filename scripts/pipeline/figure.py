"""HTML for a chart figure: static SVG first, live view later, plus table, sources, notes and downloads."""

from __future__ import annotations

import datetime as dt
from html import escape

from .charts import ChartDefinition


def long_date(iso: str) -> str:
    """'2026-11-29' -> '29 November 2026'."""
    day = dt.date.fromisoformat(iso)
    return f"{day.day} {day:%B %Y}"


def format_cell(value) -> str:
    """Plain text for a table cell: whole floats without '.0', thousands separated."""
    if value is None or value != value:  # None or NaN
        return "–"
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,}"
    if isinstance(value, int):
        return str(value) if 1900 <= value <= 2100 else f"{value:,}"
    return str(value)


def _table(definition: ChartDefinition, sources_url: str) -> str:
    """The chart's dataset as a real HTML table, its source column linked to the registry."""
    head = "".join(f'<th scope="col">{escape(c.label)}</th>' for c in definition.columns)
    rows = []
    for record in definition.data.itertuples(index=False):
        cells = []
        for column, value in zip(definition.columns, record):
            if column.type == "source":
                cells.append(f'<td><a href="{sources_url}#src-{escape(value)}">{escape(value)}</a></td>')
            else:
                numeric = ' class="ctg-num"' if column.type in ("integer", "number") else ""
                cells.append(f"<td{numeric}>{escape(format_cell(value))}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    label = escape(f"Data table: {definition.meta.title}")
    return (f'<div class="ctg-chart__scroll" role="region" aria-label="{label}" tabindex="0"><table>'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>")


def citation_text(definition: ChartDefinition, permalink: str) -> str:
    """How to cite one chart and its data."""
    meta = definition.meta
    return (f"Closing the Gap ({meta.as_of[:4]}). “{meta.title}” Chart and dataset “{definition.id}”, "
            f"as of {long_date(meta.as_of)}. {permalink}. Licence: {meta.dataset.license}.")


def _about(definition: ChartDefinition, sources_url: str, permalink: str) -> str:
    """Description, caveats, licence and the full list of sources."""
    meta, dataset = definition.meta, definition.meta.dataset
    parts = [f"<p>{escape(meta.description)}</p>", f"<p><strong>Dataset:</strong> {escape(dataset.title)}. {escape(dataset.description)}</p>"]
    caveats = dataset.caveats
    if caveats:
        parts.append("<p><strong>Caveats</strong></p><ul>" + "".join(f"<li>{escape(c)}</li>" for c in caveats) + "</ul>")
    parts.append(f'<p id="chart-{definition.id}-sources"><strong>Sources</strong></p><ol>' + "".join(
        f'<li>{escape(s.publisher)}, <a href="{escape(s.link)}">{escape(s.title)}</a>'
        f"{', ' + escape(long_date(s.date_published)) if s.date_published else ''}"
        f' (<a href="{sources_url}#src-{escape(s.id)}">record</a>)</li>' for s in definition.sources) + "</ol>")
    licence = f"Our compilation is published under {escape(dataset.license)}; each source keeps its own licence."
    parts.append(f"<p>{licence} As of {escape(long_date(meta.as_of))}.</p>")
    parts.append(f"<p><strong>Cite as:</strong> {escape(citation_text(definition, permalink))}</p>")
    return "".join(parts)


def figure_html(definition: ChartDefinition, asset_url: str, sources_url: str, size: tuple[int, int], page_url: str = "") -> str:
    """One <figure> for a page; asset_url is the page-relative folder of the chart's files (ending in '/')."""
    meta, cid = definition.meta, definition.id
    width, height = size
    title, desc = escape(meta.title), escape(meta.description)
    first_by_publisher = {}
    for source in definition.sources:
        first_by_publisher.setdefault(source.publisher, source)
    shown = "; ".join(f'<a href="{escape(s.link)}">{escape(p)}</a>' for p, s in list(first_by_publisher.items())[:3])
    if len(first_by_publisher) > 3:
        shown += f' and <a href="#chart-{cid}-sources">{len(first_by_publisher) - 3} more</a>'

    downloads = [("metadata.json", "Metadata (JSON)"), ("chart.svg", "SVG"), ("chart.png", "PNG"), ("chart.vl.json", "Vega-Lite spec")]
    if definition.redistributable:
        downloads.insert(0, ("data.csv", "Data (CSV)"))
    links = " · ".join(f'<a href="{asset_url}{name}" download="{cid}.{name.split(".", 1)[1] if name.startswith("chart") else name}">{label}</a>' for name, label in downloads)
    withheld = "" if definition.redistributable else " The data download is withheld: a source's licence does not allow republishing derived data."
    img = f'width="{width}" height="{height}" alt="{desc}" loading="lazy" decoding="async"'
    return (
        f'<figure class="ctg-chart" id="chart-{cid}" data-chart="{cid}" data-spec-light="{asset_url}light.vg.json" data-spec-dark="{asset_url}dark.vg.json">'
        f'<figcaption class="ctg-chart__caption"><span class="ctg-chart__title">{title}</span>'
        f'<a class="ctg-chart__permalink" href="#chart-{cid}" aria-label="Permanent link to this chart">#</a>'
        f'<span class="ctg-chart__subtitle">{escape(meta.subtitle)}</span></figcaption>'
        f'<div class="ctg-chart__canvas">'
        f'<img class="ctg-chart__static ctg-chart__static--light" src="{asset_url}light.svg" {img}>'
        f'<img class="ctg-chart__static ctg-chart__static--dark" src="{asset_url}dark.svg" {img}>'
        f'<div class="ctg-chart__live" role="img" aria-label="{desc}"></div></div>'
        f'<p class="ctg-chart__source">Source: {shown}. As of {escape(long_date(meta.as_of))}.</p>'
        f'<details class="ctg-chart__details abstract" data-search-exclude><summary>Data table</summary>{_table(definition, sources_url)}</details>'
        f'<details class="ctg-chart__details info"><summary>About this data and its sources</summary>{_about(definition, sources_url, f"{page_url}#chart-{cid}")}</details>'
        f'<p class="ctg-chart__downloads">Download: {links}.{withheld}</p>'
        "</figure>"
    )
