"""Every figure a theme page states in its prose cites a source record (chart captions and datasets: test_pipeline)."""

from __future__ import annotations

import pytest

from helpers import nav_sections, page_html
from pipeline.charts import chart_folders, load_definition
from pipeline.pages import CODE, FOOTNOTE_REF
from pipeline.sources import load_sources
from sitecheck import ROOT, ProseFigures

# Notebooks are left out: their figures are computed from the cited datasets and checked against the cited sentences.
THEME_PAGES = [md for section, pages in nav_sections().items() if section not in ("Home", "Data", "About", "Notebooks") for md in pages]


def test_the_prose_checker_catches_an_uncited_figure():
    html = """<article><p>Spending reached 12 billion.</p><p>It rose by 5%.<sup id="fnref:a"><a href="#fn:a">1</a></sup></p>
    <ul><li>Counted as of 29 November 2026.</li><li>Three <strong>new</strong> funds, 2025</li></ul>
    <figure class="ctg-chart"><p>Chart caption 42</p></figure></article>"""
    assert ProseFigures.uncited(html) == ["Spending reached 12 billion.", "Three new funds, 2025"]


@pytest.mark.parametrize("md", THEME_PAGES)
def test_every_figure_in_prose_cites_a_source(built_site, md):
    uncited = ProseFigures.uncited(page_html(built_site, md))
    assert not uncited, f"docs/{md}: these paragraphs state a figure with no footnote to a source record:\n- " + "\n- ".join(uncited)


def test_every_source_record_is_cited_somewhere():
    """The registry holds what the site cites: a record nothing points to is a figure that was dropped, or a typo."""
    sources = load_sources(ROOT / "charts/sources")
    cited = set()
    for md in (ROOT / "docs").glob("*.md"):
        cited |= set(FOOTNOTE_REF.findall(CODE.sub("", md.read_text(encoding="utf-8"))))
    for folder in chart_folders(ROOT / "charts"):
        cited |= {source.id for source in load_definition(folder, sources).sources}
    uncited = sorted(set(sources) - cited)
    assert not uncited, f"charts/sources/: records no page or dataset cites: {uncited}"
