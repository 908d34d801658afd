"""Thin MkDocs hook: runs the chart pipeline and swaps page markers for figures, citations and registries."""

from __future__ import annotations

import logging
import re
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

sys.path.insert(0, str(Path(__file__).parent))

from pipeline.build import ROOT, Site, build_all  # noqa: E402
from pipeline.errors import InputError  # noqa: E402
from pipeline.figure import figure_html  # noqa: E402
from pipeline.pages import dataset_index, footnote_definitions, source_registry  # noqa: E402

ASSETS = "assets/charts"
SOURCES_PAGE = "sources.md"
MARKER = re.compile(r"<!--\s*(chart|source-registry|dataset-index)(?::\s*([\w-]+))?\s*-->")
_site: Site | None = None
log = logging.getLogger("mkdocs.hooks.charts")


def on_files(files, config):
    """Generate (or reuse) every chart and publish its files under assets/charts/<id>/."""
    global _site
    try:
        _site = build_all(ROOT)
    except InputError as error:
        raise PluginError(str(error)) from None
    rendered = sum(not chart.cached for chart in _site.charts.values())
    log.info(f"Charts: {rendered} rendered, {len(_site.charts) - rendered} from cache")
    for chart_id, chart in _site.charts.items():
        for path in chart.published_files():
            files.append(File.generated(config, f"{ASSETS}/{chart_id}/{path.name}", abs_src_path=str(path)))
    return files


def chart_placements(files, from_src: str) -> dict[str, list[str]]:
    """For each chart id, Markdown links (relative to from_src) to the pages that place it."""
    placements: dict[str, list[str]] = {}
    for doc in files.documentation_pages():
        for found in MARKER.finditer(doc.content_string):
            if found.group(1) == "chart":
                title = doc.page.title if doc.page and doc.page.title else doc.src_uri  # nav titles are known by now
                link = f"[{title}]({get_relative_url(doc.src_uri, from_src)}#chart-{found.group(2)})"
                placements.setdefault(found.group(2), []).append(link)
    return placements


def on_page_markdown(markdown, page, config, files):
    """Replace <!-- chart:ID -->, <!-- source-registry --> and <!-- dataset-index -->; add source footnotes."""
    src = page.file.src_uri
    sources_url = get_relative_url(files.get_file_from_path(SOURCES_PAGE).url, page.url)

    def replace(match: re.Match) -> str:
        kind, arg = match.group(1), match.group(2)
        if kind == "source-registry":
            return source_registry(_site)
        if kind == "dataset-index":
            shown_on = chart_placements(files, src)
            return dataset_index(_site, lambda cid: get_relative_url(f"{ASSETS}/{cid}/", src), shown_on)
        if arg not in _site.charts:
            raise PluginError(f"docs/{src}: unknown chart id {arg!r} in <!-- chart:{arg} -->; known charts: {', '.join(sorted(_site.charts))}")
        chart = _site.charts[arg]
        asset_url = get_relative_url(f"{ASSETS}/{arg}/", page.url).rstrip("/") + "/"
        page_url = config["site_url"].rstrip("/") + "/" + page.url if config["site_url"] else page.url
        return "\n" + figure_html(chart.definition, asset_url, sources_url, chart.size, page_url) + "\n"

    markdown = MARKER.sub(replace, markdown)
    try:
        return markdown + footnote_definitions(markdown, _site.sources, get_relative_url(SOURCES_PAGE, src))
    except InputError as error:
        raise PluginError(f"docs/{src}: {error.message}") from None
