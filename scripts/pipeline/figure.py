"""HTML for a chart figure (templates/figure.html.j2): static SVG first, live view later, table, sources, downloads."""

from __future__ import annotations

from markupsafe import Markup

from .charts import ChartDefinition
from .cite import chart_citation, cite_html
from .templates import render

# (published file, link text, the name a reader's download is saved as after "<chart id>"): never a bare "data.csv".
DOWNLOADS = [
    ("metadata.json", "Metadata (JSON)", ".metadata.json"),
    ("chart.svg", "SVG", ".svg"),
    ("chart.png", "PNG", ".png"),
    ("chart.vl.json", "Vega-Lite spec", ".vl.json"),
]
CSV_DOWNLOAD = ("data.csv", "Data (CSV)", ".csv")


def figure_html(
    definition: ChartDefinition, asset_url: str, sources_url: str, size: tuple[int, int], page_url: str = "", chart_page: str = "", footnoted=frozenset()
) -> str:
    """One <figure> for a page; asset_url is the page-relative folder of the chart's files (ending in '/'), sources_url
    the page-relative folder of the registry pages, chart_page the relative link to the chart's own page ('' on that
    page), footnoted the records whose excerpts the page's own footnotes show (the figure links there instead)."""
    publishers = {}
    for source in definition.sources:
        publishers.setdefault(source.publisher, source)
    downloads = ([CSV_DOWNLOAD] if definition.redistributable else []) + DOWNLOADS
    rows = [list(zip(definition.columns, record, strict=True)) for record in definition.data.itertuples(index=False)]
    return render(
        "figure.html.j2",
        d=definition,
        asset_url=asset_url,
        sources_url=sources_url,
        record_paths={source.id: source.record_path for source in definition.sources},  # ids in a 'source' column
        footnoted=footnoted,
        width=size[0],
        height=size[1],
        publishers=list(publishers.items()),
        downloads=downloads,
        rows=rows,
        chart_page=chart_page,
        cite=Markup(cite_html(chart_citation(definition, f"{page_url}#chart-{definition.id}"), "chart", f"cite-{definition.id}")),
    )
