"""HTML for a chart figure (templates/figure.html.j2): static SVG first, live view later, table, sources, downloads."""

from __future__ import annotations

from .charts import ChartDefinition
from .templates import long_date, render

DOWNLOADS = [("metadata.json", "Metadata (JSON)"), ("chart.svg", "SVG"), ("chart.png", "PNG"), ("chart.vl.json", "Vega-Lite spec")]


def citation_text(definition: ChartDefinition, permalink: str) -> str:
    """How to cite one chart and its data."""
    meta = definition.meta
    return (
        f"Closing the Gap ({meta.as_of[:4]}). “{meta.title}” Chart and dataset “{definition.id}”, "
        f"as of {long_date(meta.as_of)}. {permalink}. Licence: {meta.dataset.license}."
    )


def figure_html(definition: ChartDefinition, asset_url: str, sources_url: str, size: tuple[int, int], page_url: str = "") -> str:
    """One <figure> for a page; asset_url is the page-relative folder of the chart's files (ending in '/')."""
    publishers = {}
    for source in definition.sources:
        publishers.setdefault(source.publisher, source)
    downloads = ([("data.csv", "Data (CSV)")] if definition.redistributable else []) + DOWNLOADS
    rows = [list(zip(definition.columns, record, strict=True)) for record in definition.data.itertuples(index=False)]
    return render(
        "figure.html.j2",
        d=definition,
        asset_url=asset_url,
        sources_url=sources_url,
        width=size[0],
        height=size[1],
        publishers=list(publishers.items()),
        downloads=downloads,
        rows=rows,
        citation=citation_text(definition, f"{page_url}#chart-{definition.id}"),
    )
