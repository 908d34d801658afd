"""The real site, built with `mkdocs build --strict`: pages, figures, citations, search and no third-party loads."""

from __future__ import annotations

import html as html_module
import json
import re
from urllib.parse import urlsplit

import pytest

from helpers import CHART_IDS, EXPLAINER, EXPLAINERS, nav_pages, page_html, registry_html, source_of, stem
from pipeline.pages import CODE, FOOTNOTE_REF
from sitecheck import ROOT, LoadedResources


def test_every_nav_page_is_built(built_site):
    for md in nav_pages():
        assert "<h1" in page_html(built_site, md), md


def test_no_page_loads_anything_from_another_host(built_site):
    for html_file in built_site.rglob("*.html"):
        urls = [url for _, _, url in LoadedResources.of(html_file.read_text(encoding="utf-8"))]
        remote = [u for u in urls if urlsplit(u).netloc and urlsplit(u).hostname not in ("127.0.0.1", "localhost")]
        assert not remote, f"{html_file.relative_to(built_site)} loads {remote}"
    for css in built_site.rglob("*.css"):
        assert not re.search(r"@import\s+url\(\s*['\"]?https?:|url\(\s*['\"]?(https?:)?//", css.read_text()), css
    assert "fonts.googleapis" not in "".join(p.read_text(errors="ignore") for p in built_site.rglob("*.html"))


def test_there_are_published_explainers():
    assert EXPLAINER in EXPLAINERS and len(EXPLAINERS) >= 1


@pytest.mark.parametrize("explainer", EXPLAINERS)
def test_explainer_charts_are_complete(built_site, explainer):
    html = page_html(built_site, f"{explainer}.md")
    figures = re.findall(r'<figure class="ctg-chart" id="chart-([a-z0-9_]+)"', html)
    assert len(figures) >= 2, f"{explainer}: an explainer shows at least two charts"
    page_dir = built_site / explainer
    for chart_id in figures:
        block = html[html.index(f'id="chart-{chart_id}"') :]
        block = block[: block.index("</figure>")]
        for name in ("light.svg", "dark.svg", "light.vg.json", "dark.vg.json", "data.csv", "metadata.json", "chart.svg", "chart.png", "chart.vl.json"):
            href = f"../assets/charts/{chart_id}/{name}"
            if name == "data.csv" and "download is withheld" in block:
                # A source's licence forbids republishing derived data (e.g. CC BY-ND): no link, no file.
                assert href not in block and not (page_dir / href).resolve().exists(), f"{chart_id}: withheld CSV still published"
                continue
            assert href in block, f"{chart_id}: no {name}"
            assert (page_dir / href).resolve().is_file(), f"{chart_id}: {name} not published"
        assert "<table" in block and "Data table" in block and "Source:" in block and "As of" in block


@pytest.mark.parametrize("explainer", EXPLAINERS)
def test_explainer_has_1200_words_of_prose_and_the_required_sections(explainer):
    text = (ROOT / "docs" / f"{explainer}.md").read_text(encoding="utf-8")
    body = text.split("---", 2)[2]
    prose = re.sub(r"<!--.*?-->|<[^>]+>|\[\^[^\]]+\]|\]\([^)]*\)", " ", CODE.sub(" ", body))
    words = re.findall(r"[A-Za-z0-9][\w'’.,%-]*", prose)
    assert len(words) >= 1200, f"{explainer}: {len(words)} words"
    for heading in ("Key takeaways", "## What's contested", "## What to watch", "## Sources"):
        assert heading in text, f"{explainer}: no {heading}"
    assert text.rstrip().endswith("## Sources"), f"{explainer}: Sources must be the last heading (the build appends them)"


def test_every_citation_resolves_to_a_registry_anchor(built_site):
    anchors = set(re.findall(r'id="(src-[a-z0-9-]+)"', registry_html(built_site)))
    for md in nav_pages():
        if not md.endswith(".md"):
            continue  # a notebook cites no records itself: it checks figures against sentences that do
        cited = set(FOOTNOTE_REF.findall(CODE.sub("", (ROOT / "docs" / md).read_text(encoding="utf-8"))))
        assert {f"src-{c}" for c in cited} <= anchors, md
        html = page_html(built_site, md)
        for ref in cited:
            assert f'id="fn:{ref}"' in html, f"{md}: footnote {ref} not rendered"


@pytest.mark.parametrize("explainer", EXPLAINERS)
def test_chart_source_links_point_at_registry_anchors(built_site, explainer):
    linked = re.findall(r'href="\.\./sources/([a-z0-9-]+)/#(src-[a-z0-9-]+)"', page_html(built_site, f"{explainer}.md"))
    assert linked, explainer
    for group, anchor in linked:  # each link names the registry page that holds the record
        assert f'id="{anchor}"' in page_html(built_site, f"sources/{group}.md"), f"{explainer}: {group}/#{anchor}"


def test_chinese_terms_are_searchable(built_site):
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == ["en", "zh"]
    text = json.dumps(index, ensure_ascii=False)
    assert "商务部" in text and "\u200b" in text, "jieba segmentation (zero-width spaces) missing from the index"


def test_explainers_source_lists_are_left_out_of_search_and_the_registry_is_in(built_site):
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"] for doc in index["docs"]}
    assert not [f"{md}/#sources" for md in EXPLAINERS if f"{md}/#sources" in locations], "an explainer's Sources section is indexed"
    assert all(f"{md}/" in locations for md in EXPLAINERS) and any(loc.startswith("sources/") for loc in locations)


def test_search_index_holds_each_source_once_without_excerpts(built_site):
    """Every page parses the whole index on its main thread: page source lists and quoted excerpts stay out of it."""
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [d["location"] for d in index["docs"] if d["location"].endswith("#sources")], "a page's source list is indexed"
    assert "Quoted from " not in json.dumps(index), "quoted excerpts (their credit line) are indexed"
    registry = next(d["text"] for d in index["docs"] if d["location"] == "sources/o-r/")  # Reuters
    assert "<code>reuters-2025-03-13-zhipu-huafa-techgeekwire</code>" in registry, "source records must stay searchable"


def test_pages_have_descriptions_and_edit_links(built_site):
    for md in nav_pages():
        html = page_html(built_site, md)
        assert re.search(r'<meta name="description" content="[^"]{40,}', html), md
        assert f"edit/main/docs/{source_of(md)}" in html, md


PLACEHOLDERS = sorted(p.name for p in (ROOT / "docs").glob("*.md") if '!!! note "In preparation"' in p.read_text(encoding="utf-8"))


@pytest.mark.parametrize("placeholder", PLACEHOLDERS)
def test_placeholder_pages_are_marked_and_hold_no_figures(placeholder):
    text = (ROOT / "docs" / placeholder).read_text(encoding="utf-8")
    assert "(In preparation.)" in text.split("---", 2)[1], "a placeholder says so in its description"
    assert not re.search(r"\d", text.split("---", 2)[2]), "a placeholder must not state figures"


def test_dataset_index_lists_every_dataset_with_its_page_and_downloads(built_site):
    html = page_html(built_site, "data.md")
    for chart_dir in sorted((ROOT / "charts").glob("*/chart.py")):
        chart_id = chart_dir.parent.name
        pages = [md for md in nav_pages() if md.endswith(".md") and f"<!-- chart:{chart_id} -->" in (ROOT / "docs" / md).read_text(encoding="utf-8")]
        for md in pages:
            page_dir = f"{stem(md)}/" if stem(md) else ""  # the home page is the site root; timeline/index.md is timeline/
            assert f'href="../{page_dir}#chart-{chart_id}"' in html, f"{chart_id}: no link to {md}"
        assert f"../assets/charts/{chart_id}/metadata.json" in html
        assert f'<a href="../charts/{chart_id}/"><strong>' in html, f"{chart_id}: no link to the chart's own page"


@pytest.mark.parametrize("explainer", EXPLAINERS)
def test_explainers_show_their_review_date_and_figures_as_of_under_the_title(built_site, explainer):
    html = page_html(built_site, f"{explainer}.md")
    stamp = re.search(r'<p class="ctg-reviewed">Reviewed (\d+ \w+ \d{4}) · figures as of (\d+ \w+ \d{4}) · <a href="\.\./changes/">', html)
    assert stamp, f"{explainer}: no review line under the title"
    assert html.index("ctg-reviewed") < html.index("Key takeaways"), "the review line sits under the title, before the takeaways"


def test_the_atom_feed_parses_and_lists_the_latest_changes(built_site):
    import xml.etree.ElementTree as ET

    from pipeline.changelog import load_changelog

    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.parse(built_site / "feed.xml").getroot()
    entries = feed.findall(f"{atom}entry")
    docs = ROOT / "docs"
    changes = load_changelog(ROOT / "charts/changelog.yml", [p.relative_to(docs).as_posix() for p in docs.rglob("*.md")])
    assert len(entries) == min(len(changes), 50) and entries
    base = feed.find(f"{atom}link[@rel='alternate']").get("href").removesuffix("changes/")
    for entry in entries:  # each entry links to a page that was built (a folder's index page too: timeline/)
        title = entry.find(f"{atom}title").text
        assert re.fullmatch(r"(Update|Correction): \S.*", title) and not title.endswith((": None", ".md")), f"entry titled {title!r}"
        href = entry.find(f"{atom}link").get("href")
        path = href.removeprefix(base)
        assert href.startswith(base) and (built_site / path / "index.html").exists(), f"feed entry links to {href}, which was not built"
    assert feed.find(f"{atom}updated").text.startswith(changes[0].date)
    assert entries[0].find(f"{atom}summary").text == changes[0].summary
    assert len({e.find(f"{atom}id").text for e in entries}) == len(entries), "entry ids are unique"
    for md in nav_pages():
        assert 'type="application/atom+xml"' in page_html(built_site, md), f"{md} does not link the feed"
    changes_html = page_html(built_site, "changes.md")
    named = re.findall(r"<strong>(?:Update|Correction)</strong>, <a [^>]*>([^<]*)</a>", changes_html)
    assert len(named) == len(changes), "every change names its page"
    assert not [n for n in named if n in ("", "None") or n.endswith(".md")], f"changes named by no title: {sorted(set(named))}"
    assert all(c.summary.split(";")[0][:40].replace("'", "&#39;") in changes_html or c.summary[:40] in changes_html for c in changes[:5])


def test_the_registry_lists_every_record_once_on_its_publishers_page_and_the_sources_page_counts_them(built_site):
    from pipeline.sources import REGISTRY_GROUPS, load_sources

    sources = load_sources(ROOT / "charts/sources")
    listed = re.findall(r'class="ctg-source" id="src-([a-z0-9-]+)"', registry_html(built_site))
    assert sorted(listed) == sorted(sources), "each record exactly once across the registry pages"
    for sid, source in sources.items():
        assert f'id="src-{sid}"' in page_html(built_site, f"sources/{source.registry_group}.md"), sid
    index = page_html(built_site, "sources.md")
    counts = {slug: int(n) for slug, n in re.findall(r'href="([a-z0-9-]+)/">[^<]+</a></td>\s*<td[^>]*>(\d+)</td>', index)}
    assert set(counts) == {slug for slug, _, _ in REGISTRY_GROUPS} and sum(counts.values()) == len(sources), counts
    assert 'class="ctg-source"' not in index, "the sources page lists the registry pages, not the records"


def test_a_figure_points_to_the_pages_own_footnote_for_an_excerpt_instead_of_repeating_it(built_site):
    html = page_html(built_site, "timeline/export-controls.md")
    figures = re.findall(r'<figure class="ctg-chart".*?</figure>', html, re.DOTALL)
    pointers = [p for f in figures for p in re.findall(r'<a href="#fn:([a-z0-9-]+)">what the source says</a>', f)]
    assert pointers, "the timeline's figures cite records its event lists footnote: they should point to those notes"
    for sid in set(pointers):
        note = html[html.index(f'<li id="fn:{sid}">') :]
        assert '<details class="ctg-excerpt"' in note[: note.index("</li>")], f"footnote {sid} has no excerpt to point to"
    assert not any('<details class="ctg-excerpt"' in f for f in figures), "an excerpt repeated inside a timeline figure"
    chart_page = page_html(built_site, "charts/timeline_events/index.md")  # no footnotes there: the figure quotes
    assert '<details class="ctg-excerpt"' in chart_page and "what the source says</a> is quoted" not in chart_page


def test_sources_page_shows_every_records_tier_copy_and_excerpts(built_site):
    from pipeline.sources import load_sources

    html = registry_html(built_site)
    sources = load_sources(ROOT / "charts/sources")
    for sid, source in sources.items():
        block = html[html.index(f'id="src-{sid}"') :]
        block = block[: block.index('<div class="ctg-source"', 10) if '<div class="ctg-source"' in block[10:] else len(block)]
        assert f'class="ctg-tier ctg-tier--{source.tier}"' in block, sid
        assert ("Verified in a copy at" in block) == bool(source.verified_in), sid
        assert ('class="ctg-excerpt"' in block) == bool(source.excerpts), sid


@pytest.mark.parametrize("explainer", EXPLAINERS)
def test_footnotes_and_chart_source_lists_offer_tier_copy_and_excerpt(built_site, explainer):
    from pipeline.sources import load_sources

    sources = load_sources(ROOT / "charts/sources")
    html = page_html(built_site, f"{explainer}.md")
    for sid in set(FOOTNOTE_REF.findall(CODE.sub("", (ROOT / "docs" / f"{explainer}.md").read_text(encoding="utf-8")))):
        note = html[html.index(f'<li id="fn:{sid}">') :]
        note = note[: note.index("</li>")]
        assert any(label in note for label in ("Official source", "Research source", "Press report", "Secondary source")), sid
        assert ("Verified in a copy at" in note) == bool(sources[sid].verified_in), sid
        assert ('<details class="ctg-excerpt"' in note) == bool(sources[sid].excerpts), sid
        assert "<p><details" not in note, "a disclosure may not sit inside a paragraph"
    for figure in re.findall(r'<p id="chart-[a-z0-9_]+-sources">.*?</ol>', html, re.DOTALL):
        assert figure.count("<li>") >= 1 and ("Official source" in figure or "Press report" in figure or "Research source" in figure)


@pytest.mark.parametrize("explainer", EXPLAINERS)
def test_explainers_and_their_charts_offer_short_full_and_bibtex_citations_with_published_permalinks(built_site, explainer):
    html = page_html(built_site, f"{explainer}.md")
    site_url = re.search(r'<link rel="canonical" href="([^"]+)"', html).group(1)
    cites = re.findall(r'<details class="ctg-cite" id="(cite-[\w-]+)" data-search-exclude>(.*?)</details>', html, re.DOTALL)
    figures = re.findall(r'<figure class="ctg-chart" id="chart-(\w+)"', html)
    assert [anchor for anchor, _ in cites] == ["cite-page"] + [f"cite-{cid}" for cid in figures]
    assert html.index('id="cite-page"') < html.index("Key takeaways"), "the page's Cite control sits under the title"
    for anchor, body in cites:
        forms = re.findall(r'<pre class="ctg-cite__text">(.*?)</pre>', body, re.DOTALL)
        assert len(forms) == 3 and forms[2].startswith("@misc{"), anchor
        root = site_url.removesuffix(f"{explainer}/")
        expected = site_url if anchor == "cite-page" else f"{root}charts/{anchor[5:]}/#chart-{anchor[5:]}"
        assert all(expected in form for form in forms), f"{anchor}: permalink {expected} missing"


def test_reader_facing_data_names_no_internal_files():
    internal = re.compile(r"facts\.md|notes\.md|meta\.yml|chart\.py|charts/|scripts/|\.cache|TODO|FIXME")
    for path in sorted((ROOT / "charts").glob("*/data.csv")) + sorted((ROOT / "charts").glob("*/meta.yml")):
        lines = path.read_text(encoding="utf-8").splitlines()
        found = [(n, line) for n, line in enumerate(lines, 1) if internal.search(line) and not line.lstrip().startswith("#")]
        assert not found, f"{path.relative_to(ROOT)}: reader-facing text names internal files: {found}"


def test_every_chart_has_its_own_page_with_uses_and_embed_code(built_site):
    """charts/<id>/: the full figure (table, sources, citation, downloads), the pages that use it, and embed code that
    loads charts/<id>/embed/ from the published site; each figure on an explainer links to it."""
    site_url = re.search(r'<link rel="canonical" href="([^"]+)"', page_html(built_site, "index.md")).group(1)
    placed = {cid: md for md in EXPLAINERS for cid in re.findall(r"<!--\s*chart:\s*(\w+)\s*-->", (ROOT / "docs" / md).with_suffix(".md").read_text())}
    assert placed, "no explainer places a chart"
    for chart_id in CHART_IDS:
        html = (built_site / "charts" / chart_id / "index.html").read_text(encoding="utf-8")
        assert f'<figure class="ctg-chart" id="chart-{chart_id}"' in html
        for part in ("<table", 'id="cite-' + chart_id, "Next update", f'download="{chart_id}.svg"'):
            assert part in html, f"{chart_id}: chart page lacks {part}"
        assert f'src="{site_url}charts/{chart_id}/embed/"' in html_module.unescape(html), f"{chart_id}: no embed code"
        if chart_id in placed:
            assert f'href="../../{placed[chart_id]}/#chart-{chart_id}"' in html, f"{chart_id}: the page that uses it is not listed"
            explainer = page_html(built_site, f"{placed[chart_id]}.md")
            assert f'class="ctg-chart__page" href="../charts/{chart_id}/"' in explainer, f"{chart_id}: no link to its page"
        embed = (built_site / "charts" / chart_id / "embed" / "index.html").read_text(encoding="utf-8")
        assert "<script" not in embed and "dark.svg" in embed and "light.svg" in embed
        canonical = re.search(r'<link rel="canonical" href="([^"]+)">', embed)
        assert canonical and canonical.group(1) == f"{site_url}charts/{chart_id}/", f"{chart_id}: embed must credit its chart page"
        assert '<meta name="description" content="' in embed and "noindex" not in embed
        loads = embed.replace(canonical.group(0), "")  # the canonical address names a page, it loads nothing
        assert not re.search(r'(?:src|srcset|href)="https?://(?!127\.0\.0\.1)', loads), f"{chart_id}: embed loads from another host"


def test_pages_with_charts_have_a_social_preview_from_our_own_chart_image(built_site):
    """Open Graph card on every explainer and chart page: its own URL, and as image our rendered PNG of its chart."""
    pages = [f"{md}.md" for md in EXPLAINERS] + [f"charts/{cid}/index.md" for cid in CHART_IDS]
    for md in pages:
        html = (built_site / ("charts/" + md.split("/")[1] if md.startswith("charts/") else md[:-3]) / "index.html").read_text(encoding="utf-8")
        canonical = re.search(r'<link rel="canonical" href="([^"]+)"', html).group(1)
        assert f'<meta property="og:url" content="{canonical}">' in html, md
        image = re.search(r'<meta property="og:image" content="([^"]+)">', html)
        assert image, f"{md}: no og:image"
        path = urlsplit(image.group(1)).path.lstrip("/")
        assert image.group(1).startswith(canonical.split("/", 3)[0] + "//") and path.endswith("/chart.png"), image.group(1)
        assert (built_site / path).stat().st_size > 1000, f"{md}: {path} missing"
        if md.startswith("charts/"):
            assert path == f"assets/charts/{md.split('/')[1]}/chart.png", f"{md}: previews another chart"


def test_the_glossary_contents_list_shows_its_letters_and_every_term_keeps_its_anchor(built_site):
    """toc_depth: 2 in the glossary's front matter: its 120 terms made the contents list (drawn twice on every page
    load, sidebar and phone drawer) most of the page; each term keeps its heading anchor and its search entry."""
    html = page_html(built_site, "glossary.md")
    nav = html.split('<nav class="md-nav md-nav--secondary"', 1)[1].split("</nav>", 1)[0]
    assert 'href="#a"' in nav and 'href="#01-ai"' not in nav, "the contents list should name letters, not terms"
    assert '<h3 id="01-ai">' in html
    assert '"location":"glossary/#01-ai"' in (built_site / "search/search_index.json").read_text(encoding="utf-8").replace(" ", "")


def test_chart_pages_preload_the_chart_image_of_the_readers_scheme(built_site):
    """The chart is a chart page's largest paint and its images are lazy; a preload per scheme fetches the one shown."""
    for chart_id in CHART_IDS:
        html = (built_site / "charts" / chart_id / "index.html").read_text(encoding="utf-8")
        for name in ("light", "dark"):
            src = re.search(rf'<img class="ctg-chart__static ctg-chart__static--{name}" src="([^"]+)"', html).group(1)
            assert f'<link rel="preload" as="image" href="{src}" media="(prefers-color-scheme: {name})">' in html, (chart_id, name)


def test_materials_bundle_asks_to_be_compiled_while_it_downloads_and_its_source_map_still_lines_up(built_site):
    """The hook puts V8's compile hint on the first line of Material's bundle (a measured cut in blocking time); the
    bundle is otherwise Material's own, byte for byte, and its source map is shifted by exactly that line."""
    from pathlib import Path

    import material
    from mkdocs_hook import COMPILE_HINT

    theme_scripts = Path(material.__file__).parent / "templates/assets/javascripts"
    bundles = sorted((built_site / "assets/javascripts").glob("bundle.*.min.js"))
    assert bundles, "no Material bundle in the built site"
    for built in bundles:
        original = theme_scripts / built.name
        assert COMPILE_HINT == "//# allFunctionsCalledOnLoad\n"
        assert built.read_text(encoding="utf-8") == COMPILE_HINT + original.read_text(encoding="utf-8")
        built_map = json.loads(built.with_name(built.name + ".map").read_text(encoding="utf-8"))
        original_map = json.loads(original.with_name(original.name + ".map").read_text(encoding="utf-8"))
        assert built_map["mappings"] == ";" + original_map["mappings"] and built_map["sources"] == original_map["sources"]
