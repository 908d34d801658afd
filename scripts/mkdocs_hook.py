"""Thin MkDocs hook: runs the chart pipeline and swaps page markers for figures, data values, citations and registries."""

from __future__ import annotations

import html
import json
import logging
import posixpath
import re
import struct
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, InclusionLevel
from mkdocs.utils import get_relative_url
from mkdocs.utils.meta import get_data

sys.path.insert(0, str(Path(__file__).parent))

from pipeline.build import ROOT, Site, build_all  # noqa: E402
from pipeline.callouts import replace_values  # noqa: E402
from pipeline.changelog import atom_feed, changes_page  # noqa: E402
from pipeline.chartpage import PLACEMENTS, chart_page_markdown, embed_html  # noqa: E402
from pipeline.cite import cite_html, page_citation  # noqa: E402
from pipeline.coverage import trust_table  # noqa: E402
from pipeline.errors import InputError  # noqa: E402
from pipeline.events import event_list  # noqa: E402
from pipeline.figure import figure_html  # noqa: E402
from pipeline.notebook_html import description, lean  # noqa: E402
from pipeline.notebooks import NOTEBOOKS, build_notebooks  # noqa: E402
from pipeline.pages import cited_ids, dataset_index, footnote_definitions, registry_index, registry_page_markdown, source_registry  # noqa: E402
from pipeline.reference import schema_reference  # noqa: E402
from pipeline.schema import did_you_mean  # noqa: E402
from pipeline.scoreboard import scoreboard_table  # noqa: E402
from pipeline.sources import REGISTRY_GROUPS  # noqa: E402
from pipeline.templates import long_date  # noqa: E402

ASSETS = "assets/charts"
CHART_PAGES = "charts"
SOURCES_PAGE = "sources.md"
REGISTRY_PAGES = "sources"  # sources/<group>.md, generated: the records, by publisher initial
MARKER = re.compile(r"<!--\s*(chart|events|source-registry|dataset-index|schema-reference|trust-table|changelog|scoreboard)(?::\s*([\w-]+))?\s*-->")
# Python-Markdown puts a footnote's extra blocks in <p>; a <details> may not sit in a <p>, so lift it out.
EXCERPT_IN_P = re.compile(r'<p>(<details class="ctg-excerpt"[^>]*>.*?</details>)(?:&#160;)?(<a class="footnote-backref".*?</a>)?</p>', re.DOTALL)
PLAIN_TABLE = re.compile(r"<table>(.*?)</table>", re.DOTALL)  # a Markdown table: no attributes, never nested
log = logging.getLogger("mkdocs.hooks.charts")
_state: dict = {"site": None, "error": None, "serving": False}


def on_startup(command, dirty):
    """Remember whether this is `mkdocs serve`: there a bad input shows in the browser instead of stopping the server."""
    _state["serving"] = command == "serve"


@event_priority(50)  # before mkdocs-jupyter's on_files, so that it turns the executed notebooks into pages
def on_files(files, config):
    """Generate (or reuse) every chart and publish its files under assets/charts/<id>/; execute (or reuse) every
    notebook and add it as docs/notebooks/<name>.ipynb."""
    try:
        # Forked render workers are fast but only safe in a one-off `mkdocs build`; the server runs threads.
        _state["site"], _state["error"] = build_all(ROOT, fork=not _state["serving"]), None
        notebooks = build_notebooks(ROOT)
    except InputError as error:
        if not _state["serving"]:
            raise PluginError(str(error)) from None
        # Keep serving: every page shows the error until the next good save rebuilds the site.
        _state["site"], _state["error"] = None, str(error)
        # Not log.warning: under strict mode MkDocs would abort the rebuild and leave the browser waiting.
        log.info(f"BUILD ERROR, shown on every page until fixed: {error}")
        # The nav lists the notebooks: keep the last good ones, or strict mode aborts on the missing pages.
        return _add_notebooks(files, config, _state.get("notebooks", []))
    _state["notebooks"] = notebooks
    site: Site = _state["site"]
    rendered = sum(not chart.cached for chart in site.charts.values())
    log.info(f"Charts: {rendered} rendered, {len(site.charts) - rendered} from cache")
    for chart_id, chart in site.charts.items():
        for path in chart.published_files():
            files.append(File.generated(config, f"{ASSETS}/{chart_id}/{path.name}", abs_src_path=str(path)))
        # A page per chart to link to, cite and embed; reached from each figure, so not in the nav.
        width, height = chart.size
        page = File.generated(
            config,
            f"{CHART_PAGES}/{chart_id}/index.md",
            content=chart_page_markdown(chart.definition, config["site_url"] or "/", height, f"../../{ASSETS}/{chart_id}/"),
        )
        page.inclusion = InclusionLevel.NOT_IN_NAV
        files.append(page)
        publishers = list(dict.fromkeys(source.publisher for source in chart.definition.sources))
        canonical = (config["site_url"] or "/").rstrip("/") + f"/{CHART_PAGES}/{chart_id}/"
        embed = embed_html(chart.definition, f"../../../{ASSETS}/{chart_id}/", "../", chart.size, publishers, canonical)
        files.append(File.generated(config, f"{CHART_PAGES}/{chart_id}/embed/index.html", content=embed))
    for slug, label, _ in REGISTRY_GROUPS:
        # Reached from the sources page, footnotes and figures, so not in the nav (nine more links on every page).
        registry = File.generated(config, f"{REGISTRY_PAGES}/{slug}.md", content=registry_page_markdown(slug, label))
        registry.inclusion = InclusionLevel.NOT_IN_NAV
        files.append(registry)
    return _add_notebooks(files, config, notebooks)


def _add_notebooks(files, config, notebooks):
    """Add each executed notebook as docs/notebooks/<name>.ipynb."""
    for notebook in notebooks:
        # A plain File rooted in the cache, not File.generated: mkdocs-jupyter's wrapper loses a generated file's path.
        src_dir = notebook.ipynb.parents[1]
        files.append(File(f"{NOTEBOOKS}/{notebook.name}.ipynb", str(src_dir), config["site_dir"], config["use_directory_urls"]))
    return files


def on_nav(nav, config, files):
    """Remember each page's title (from the nav) for the changelog, the feed and the trust table."""
    _state["titles"] = {page.file.src_uri: page.title or _title_before_read(page.file) for page in nav.pages}
    return nav


def _title_before_read(file) -> str:
    """A page's title as MkDocs will set it once it reads the page (front matter title, else the first # heading).

    A nav entry without a title of its own (a section's index page, e.g. timeline/index.md) has none yet in on_nav,
    and the changelog and feed are written before every page is read."""
    markdown, meta = get_data(file.content_string)
    heading = re.search(r"^# (.+)$", markdown, re.MULTILINE)
    return str(meta.get("title") or (heading.group(1).strip() if heading else file.src_uri))


# Search ranking (Material's `search: boost`): explainers first for topical queries, then the glossary; the registries,
# which mention every topic in passing, last. A page's own front matter wins.
SEARCH_BOOST = {"glossary.md": 0.8, "sources.md": 0.2, "data.md": 0.5, "reference.md": 0.3, "changes.md": 0.3, "contributing.md": 0.5}
EXPLAINER_BOOST = 2.5


def _set_search_boost(page) -> None:
    """Set the page's search boost from SEARCH_BOOST (explainers: the pages with a review date)."""
    registry = page.file.src_uri.startswith(f"{REGISTRY_PAGES}/")
    boost = EXPLAINER_BOOST if "reviewed" in page.meta else SEARCH_BOOST.get(SOURCES_PAGE if registry else page.file.src_uri)
    if boost is not None:
        page.meta.setdefault("search", {}).setdefault("boost", boost)


def chart_placements(files, from_page) -> dict[str, list[tuple[str, str]]]:
    """For each chart id, (page title, link relative to from_page) of the pages that place it."""
    placements: dict[str, list[tuple[str, str]]] = {}
    for doc in files.documentation_pages():
        if not doc.src_uri.endswith(".md"):
            continue  # notebooks place no charts
        if doc.src_uri.startswith(f"{CHART_PAGES}/"):
            continue  # a chart's own page is not a use of it
        for found in MARKER.finditer(doc.content_string):
            if found.group(1) == "chart":
                title = doc.page.title if doc.page and doc.page.title else doc.src_uri  # nav titles are known by now
                placements.setdefault(found.group(2), []).append((title, f"{get_relative_url(doc.url, from_page.url)}#chart-{found.group(2)}"))
    return placements


def chart_sources(files) -> dict[str, list[tuple[str, str]]]:
    """For each chart id, (page title, Markdown file) of the pages that place it, for links that MkDocs checks."""
    found: dict[str, list[tuple[str, str]]] = {}
    for doc in files.documentation_pages():
        if doc.src_uri.startswith(f"{CHART_PAGES}/"):
            continue
        for match in MARKER.finditer(doc.content_string):
            if match.group(1) == "chart":
                found.setdefault(match.group(2), []).append((doc.page.title if doc.page and doc.page.title else doc.src_uri, doc.src_uri))
    return found


def _line(markdown: str, match: re.Match) -> int:
    """1-based line of a match in the page's Markdown (after the front matter MkDocs strips)."""
    return markdown[: match.start()].count("\n") + 1


def on_page_markdown(markdown, page, config, files):
    """Replace <!-- chart:ID -->, <!-- value:... -->, <!-- source-registry --> and <!-- dataset-index -->; add footnotes."""
    src = page.file.src_uri
    _set_search_boost(page)
    if _state["error"]:
        banner = f'!!! failure "The site could not be built"\n\n    `{_state["error"]}`\n\n    Fix the file and save: the page reloads.\n\n'
        return banner + MARKER.sub("", re.sub(r"<!--\s*value:.*?-->", "…", markdown))
    site: Site = _state["site"]
    sources_url = get_relative_url(files.get_file_from_path(SOURCES_PAGE).url, page.url)
    footnoted: frozenset[str] = frozenset()  # records the page's own footnotes quote: its figures point to them

    def replace(match: re.Match) -> str:
        kind, arg = match.group(1), match.group(2)
        if kind == "source-registry":
            if arg and arg not in {slug for slug, _, _ in REGISTRY_GROUPS}:
                raise PluginError(
                    f"docs/{src}, line {_line(markdown, match)}: unknown registry page {arg!r}; known: {', '.join(s for s, _, _ in REGISTRY_GROUPS)}"
                )
            return source_registry(site, arg) if arg else registry_index(site)
        if kind == "schema-reference":
            return schema_reference()
        if kind == "changelog":
            return changes_page(_state["site"].changes, _state["titles"])
        if kind == "scoreboard":
            return scoreboard_table(site, lambda md: get_relative_url(files.get_file_from_path(md).url, page.url), sources_url)
        if kind == "trust-table":
            return trust_table(Path(config["docs_dir"]), _state["titles"], site)
        if kind == "dataset-index":
            asset = lambda cid: get_relative_url(f"{ASSETS}/{cid}/", page.url)  # noqa: E731
            chart_url = lambda cid: get_relative_url(f"{CHART_PAGES}/{cid}/", page.url).rstrip("/") + "/"  # noqa: E731
            return dataset_index(site, asset, chart_placements(files, page), list(_state["titles"].values()), chart_url)
        if arg not in site.charts:
            raise PluginError(
                f"docs/{src}, line {_line(markdown, match)}: unknown chart id {arg!r} in <!-- {kind}:{arg} -->"
                f"{did_you_mean(arg, site.charts)}; known charts: {', '.join(sorted(site.charts))}"
            )
        chart = site.charts[arg]
        if kind == "events":
            try:
                return event_list(chart.definition, _state["titles"], posixpath.dirname(src))
            except ValueError as exc:
                raise PluginError(f"docs/{src}, line {_line(markdown, match)}: {exc}") from None
        asset_url = get_relative_url(f"{ASSETS}/{arg}/", page.url).rstrip("/") + "/"
        own_page = f"{CHART_PAGES}/{arg}/"
        chart_page = "" if page.url == own_page else get_relative_url(own_page, page.url).rstrip("/") + "/"
        # Cited at its own page, the one address that stays the same whichever explainers place the chart.
        permalink = (config["site_url"] or "/").rstrip("/") + "/" + own_page
        return "\n" + figure_html(chart.definition, asset_url, sources_url, chart.size, permalink, chart_page, footnoted) + "\n"

    markdown = _under_title(markdown, page, config)
    if "reviewed" in page.meta:
        # An explainer's source list repeats every publisher and title: it would match most queries and crowd out the
        # sections that explain; the sources page (the registry) is where a search for a source leads.
        markdown = re.sub(r"^## Sources[ \t]*$", "## Sources { data-search-exclude }", markdown, count=1, flags=re.MULTILINE)
    if PLACEMENTS in markdown:
        chart_id = src.split("/")[1]
        uses = chart_sources(files).get(chart_id, [])
        markdown = markdown.replace(PLACEMENTS, "\n".join(f"- [{title}](../../{md}#chart-{chart_id})" for title, md in uses) or "Not yet placed on a page.")
    try:
        markdown = replace_values(markdown, site)
        # Charts last: once event lists are in, the page's citations are known, and a figure's source list can point
        # to the page's own footnote for an excerpt instead of repeating it (the timeline repeated 216, 123 KB).
        markdown = MARKER.sub(lambda match: match.group(0) if match.group(1) == "chart" else replace(match), markdown)
        footnoted = frozenset(cited_ids(markdown))
        markdown = MARKER.sub(replace, markdown)
        registry_folder = get_relative_url(f"{REGISTRY_PAGES}/x.md", src)[: -len("x.md")]
        return markdown + footnote_definitions(markdown, site.sources, registry_folder)
    except InputError as error:
        raise PluginError(f"docs/{src}" + (f", line {error.line}" if error.line else "") + f": {error.message}") from None


def _permalink(page, config) -> str:
    """The page's address on the published site (site_url), for citations."""
    return config["site_url"].rstrip("/") + "/" + page.url if config["site_url"] else page.url


def _under_title(markdown: str, page, config) -> str:
    """Put "Reviewed … · figures as of …" and a Cite control under an explainer's title, from its front matter."""
    reviewed, as_of = page.meta.get("reviewed"), page.meta.get("figures_as_of")
    if reviewed is None and as_of is None:
        return markdown
    try:
        dates = [long_date(str(value)) for value in (reviewed, as_of)]
    except (TypeError, ValueError):
        raise PluginError(
            f"docs/{page.file.src_uri}: front matter needs reviewed and figures_as_of as YYYY-MM-DD dates, got {reviewed!r} and {as_of!r}"
        ) from None
    stamp = (
        f'<p class="ctg-reviewed">Reviewed {dates[0]} · figures as of {dates[1]} · <a href="{get_relative_url("changes/", page.url)}">What\'s changed</a></p>'
    )

    def under(match: re.Match) -> str:
        cite = cite_html(page_citation(match.group(1)[2:].strip(), _permalink(page, config), str(reviewed)), "page", "cite-page")
        return f"{match.group(1)}\n\n{stamp}\n\n{cite}\n"

    return re.sub(r"^(# .*)$", under, markdown, count=1, flags=re.MULTILINE)


def on_post_page(output, page, config):
    """Link every page to the site's Atom feed of changes, and give it a social preview (Open Graph) card."""
    href = get_relative_url("feed.xml", page.url or ".")
    head = f'<link rel="alternate" type="application/atom+xml" title="What\'s changed" href="{href}">\n' + _open_graph(page, config)
    return output.replace("</head>", head + "</head>", 1)


def _open_graph(page, config) -> str:
    """Open Graph and Twitter card tags; the image is our own PNG of the page's chart (a chart page's, or an
    explainer's first), so no third-party service draws previews."""
    site: Site | None = _state["site"]
    if not config["site_url"] or site is None:
        return ""
    src = page.file.src_uri
    charts = (
        [src.split("/")[1]] if src.startswith(f"{CHART_PAGES}/") else [m.group(2) for m in MARKER.finditer(page.file.content_string) if m.group(1) == "chart"]
    )
    title = page.title or config["site_name"]
    tags = {
        "og:type": "website",
        "og:site_name": config["site_name"],
        "og:title": title,
        "og:description": page.meta.get("description") or config["site_description"] or "",
        "og:url": _permalink(page, config),
    }
    if charts and charts[0] in site.charts:
        png = site.charts[charts[0]].output_dir / "chart.png"
        width, height = struct.unpack(">II", png.read_bytes()[16:24])  # the PNG header's IHDR size
        image = config["site_url"].rstrip("/") + f"/{ASSETS}/{charts[0]}/chart.png"
        tags |= {
            "og:image": image,
            "og:image:width": str(width),
            "og:image:height": str(height),
            "og:image:alt": site.charts[charts[0]].definition.meta.description,
        }
    meta = "".join(f'<meta property="{name}" content="{html.escape(value)}">\n' for name, value in tags.items())
    card = "summary_large_image" if "og:image" in tags else "summary"
    return meta + f'<meta name="twitter:card" content="{card}">\n'


def on_post_build(config):
    """Write the Atom feed of the changelog; ask the browser to compile Material's bundle while it downloads."""
    if _state["error"]:
        return
    feed = atom_feed(_state["site"].changes, _state["titles"], config["site_url"] or "/", config["site_name"])
    (Path(config["site_dir"]) / "feed.xml").write_text(feed, encoding="utf-8")
    for bundle in (Path(config["site_dir"]) / "assets/javascripts").glob("bundle.*.min.js"):
        _hint_eager_compile(bundle)


# V8's explicit compile hint (Chrome 136+; other browsers read a comment): compile every function of the file on a
# background thread while it streams in, instead of each one lazily on the main thread when Material's start-up first
# calls it. Lighthouse mobile, three runs each, same build: total blocking time medians 131 -> 109 ms (changes page)
# and 158 -> 120 ms (sources/d-f).
COMPILE_HINT = "//# allFunctionsCalledOnLoad\n"


def _hint_eager_compile(script: Path) -> None:
    """Put the compile hint on the script's first line, and shift its source map down that one line."""
    text = script.read_text(encoding="utf-8")
    if text.startswith(COMPILE_HINT):  # mkdocs serve keeps a theme file it has already copied
        return
    script.write_text(COMPILE_HINT + text, encoding="utf-8")
    source_map = script.with_name(script.name + ".map")
    if source_map.exists():
        data = json.loads(source_map.read_text(encoding="utf-8"))
        data["mappings"] = ";" + data["mappings"]  # an empty first line: every mapping moves down one
        source_map.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")


def on_page_content(html, page, config, files):
    """Move excerpt disclosures out of the paragraph Python-Markdown wraps them in (a <details> in a <p> is invalid);
    keep the page's source list out of the search index; trim notebook pages and give them their downloads."""
    if page.file.src_uri.endswith(".ipynb"):
        return _notebook_page(html, page)
    if depth := page.meta.get("toc_depth"):
        _trim_toc(page.toc, depth)
    html = EXCERPT_IN_P.sub(lambda m: m.group(1) + (f"<p>{m.group(2)}</p>" if m.group(2) else ""), html)
    html = PLAIN_TABLE.sub(_wrapped_table, html)
    # Every page downloads and parses the whole search index on its main thread: a page's own list of sources is
    # left out of it (each record is searchable once, on the Sources page), as excerpts are in their template.
    return html.replace('<h2 id="sources">', '<h2 id="sources" data-search-exclude>', 1)


def _wrapped_table(match: re.Match) -> str:
    """A Markdown table in the scrolling box Material's script would put it in at start-up. Moving each table there
    then restyled the page (home page: a 160 ms forced style recalculation in a 4x-throttled trace); the class keeps
    Material's script from wrapping it again, and site.css gives class="ctg-table" Material's data-table look."""
    return f'<div class="md-typeset__scrollwrap"><div class="md-typeset__table"><table class="ctg-table">{match.group(1)}</table></div></div>'


def _trim_toc(items, depth: int) -> None:
    """Drop table-of-contents entries deeper than `toc_depth` (front matter): the glossary's 120 terms made its
    contents list, drawn twice on every page (sidebar and phone drawer), 1,000 of the page's 1,800 elements."""
    for item in items:
        if item.level >= depth:
            item.children = []
        _trim_toc(item.children, depth)


def _notebook_page(html: str, page) -> str:
    """A notebook page: without what mkdocs-jupyter injects, with downloads under its title and edit links to the
    reviewed .py source (mkdocs-jupyter's include_source publishes the .ipynb beside the page)."""
    name = page.file.src_uri.rsplit("/", 1)[-1].removesuffix(".ipynb")
    if page.edit_url:
        page.edit_url = page.edit_url.removesuffix(".ipynb") + ".py"
    html = lean(html)
    if not page.meta.get("description"):
        page.meta["description"] = description(html)  # else Material falls back to the site's description
    downloads = (
        f'<p class="ctg-nb-downloads">Download: <a href="{name}.ipynb" download>the notebook with its outputs (.ipynb)</a> · '
        f'<a href="../{name}.py" download>its reviewed source (.py, jupytext percent format)</a>.</p>'
    )
    return re.sub(r"(</h1>)", lambda m: m.group(1) + downloads, html, count=1)
