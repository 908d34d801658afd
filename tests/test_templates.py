"""Generated markup escapes hostile and unusual text, stays valid, and otherwise renders it unchanged; licences decide
which datasets may be downloaded; a scaffolded chart builds."""

from __future__ import annotations

import dataclasses
import html.parser
import subprocess
import sys

import markdown
import pandas as pd
import pytest

from pipeline.build import build_all
from pipeline.charts import ChartDefinition, ChartMeta, DatasetMeta
from pipeline.cite import chart_citation, page_citation
from pipeline.datasets import Column
from pipeline.figure import figure_html
from pipeline.pages import dataset_index, footnote_definitions, source_registry
from pipeline.sources import Excerpt, Source, VerifiedIn
from sitecheck import ROOT

HOSTILE = [
    "AT&T <script>alert(1)</script>",
    "He said \"yes\" & 'no'",
    "国家集成电路产业投资基金 (大基金)",
    "מודל שפה גדול بالعربية",  # right-to-left scripts
    "Pneumonoultramicroscopicsilicovolcanoconiosis" * 4,
    "*not emphasis* and _not_ either [not a link](x)",
]


class Tags(html.parser.HTMLParser):
    """Counts open tags and records any <script> element, to show the markup stays well-formed and inert."""

    VOID = {"img", "br", "hr", "input", "meta", "link"}

    def __init__(self):
        super().__init__()
        self.stack, self.scripts, self.text = [], 0, []

    def handle_starttag(self, tag, attrs):
        self.scripts += tag == "script"
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.scripts += tag == "script"

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def parse(markup: str) -> Tags:
    tags = Tags()
    tags.feed(markup)
    tags.close()
    assert not tags.stack, f"unclosed tags: {tags.stack}"
    return tags


def source(text: str, **changes) -> Source:
    base = Source(
        id="test-record",
        publisher=text,
        title=text,
        url="https://example.org/a?x=1&y=<2>",
        date_accessed="2026-12-07",
        license="all-rights-reserved",
        tier="press",
        date_published="2026-01-02",
        note=text,
        verified_in=VerifiedIn("https://copy.example.net/a", text),
        excerpts=(Excerpt(text + " 42", ("42",), "zh", text),),
    )
    return dataclasses.replace(base, **changes)


def definition(text: str, sources: list[Source]) -> ChartDefinition:
    columns = (Column("label", "string", text), Column("value", "number", text, unit=text), Column("source_id", "source", text))
    meta = ChartMeta(text, text, text, "2026-12-07", text, DatasetMeta(text, text, "CC BY 4.0", (text,), text, columns))
    data = pd.DataFrame({"label": [text], "value": [1234.5], "source_id": ["test-record"]})
    return ChartDefinition("test_chart", ROOT / "charts" / "test_chart", meta, data, sources)


@pytest.mark.parametrize("text", HOSTILE)
def test_figure_escapes_every_hole_and_keeps_the_text(text):
    figure = figure_html(definition(text, [source(text)]), "a/", "../sources/", (640, 400), "https://example.org/p/")
    tags = parse(figure)
    assert tags.scripts == 0 and "<script>" not in figure
    assert text in "".join(tags.text), "the text reads unchanged once parsed"
    assert "1,234.5" in figure, "numbers keep their format"


@pytest.mark.parametrize("text", HOSTILE)
def test_footnotes_and_registry_escape_and_render_the_text_unchanged(text):
    record = source(text)
    notes = footnote_definitions(f"A claim.[^{record.id}]\n", {record.id: record}, "../sources/")
    rendered = markdown.markdown("A claim.[^test-record]\n" + notes, extensions=["footnotes"])
    tags = parse(rendered)
    assert tags.scripts == 0
    joined = "".join(tags.text)
    assert text in joined and "Verified in a copy at" in joined and "Press report" in joined
    assert f"](../sources/{record.registry_group}.md#src-{record.id})" in notes, "the Record link names the record's page"
    site = type("Site", (), {"sources": {record.id: record}, "charts": {}})()
    registry = parse(source_registry(site, record.registry_group))
    assert registry.scripts == 0 and text in "".join(registry.text)


def test_the_licence_decides_whether_a_dataset_may_be_downloaded():
    open_record, nd_record = source("x", license="CC-BY-4.0"), source("x", license="CC-BY-ND-4.0")
    assert definition("x", [open_record]).redistributable
    assert not definition("x", [open_record, nd_record]).redistributable
    figure = figure_html(definition("x", [nd_record]), "a/", "s/", (640, 400))
    assert "a/data.csv" not in figure and "withheld" in figure


def test_real_datasets_built_on_no_derivatives_sources_are_withheld():
    site = build_all(ROOT)
    for chart in site.charts.values():
        forbidden = [s.id for s in chart.definition.sources if s.license in ("CC-BY-ND-4.0", "CC-BY-NC-4.0")]
        assert chart.definition.redistributable == (not forbidden), chart.definition.id
        assert ("data.csv" in [p.name for p in chart.published_files()]) == (not forbidden)


def test_a_withheld_dataset_names_the_original_to_cite():
    nd_record = source("The AI Index", license="CC-BY-ND-4.0")
    figure = figure_html(definition("x", [source("x", license="CC-BY-4.0"), nd_record]), "a/", "s/", (640, 400), "https://example.org/p/")
    cite = figure[figure.index('<details class="ctg-cite"') :]
    assert "Cite the original:" in cite and "The AI Index" in cite and "CC BY-ND 4.0" in cite
    assert "https://example.org/a?x=1&amp;y=&lt;2&gt;" in cite, "the original's own address, escaped"


@pytest.mark.parametrize("text", HOSTILE)
def test_citations_come_in_three_forms_with_the_permalink_and_balanced_bibtex(text):
    for citation in (
        chart_citation(definition(text, [source(text)]), "https://example.org/p/#chart-test_chart"),
        page_citation(text, "https://example.org/p/", "2026-12-07"),
    ):
        assert all("https://example.org/p/" in form for form in (citation.short, citation.full, citation.bibtex))
        assert citation.bibtex.startswith("@misc{ctg_") and "year = {2026}" in citation.bibtex
        unescaped = citation.bibtex.replace("\\{", "").replace("\\}", "")
        assert unescaped.count("{") == unescaped.count("}"), citation.bibtex


def test_the_dataset_index_groups_by_theme_in_nav_order_and_names_downloads_after_the_chart():
    charts = {
        cid: type("Chart", (), {"definition": dataclasses.replace(definition(title, [source("x", license="CC-BY-4.0")]), id=cid)})()
        for cid, title in [("b_chart", "Beta"), ("a_chart", "Alpha"), ("c_chart", "Gamma")]
    }
    site = type("Site", (), {"charts": charts})()
    shown = {
        "a_chart": [("Second page", "../second/#chart-a_chart")],
        "b_chart": [("First page", "../first/#chart-b_chart")],
        "c_chart": [("Second page", "x")],
    }
    html = dataset_index(site, lambda cid: f"../assets/charts/{cid}/", shown, ["First page", "Second page"])
    assert html.index("## First page") < html.index("## Second page") and "Not yet" not in html
    assert html.index("Alpha") < html.index("Gamma"), "sorted by title within a theme"
    assert 'download="a_chart.csv"' in html and 'download="a_chart.metadata.json"' in html


@pytest.mark.slow
def test_a_scaffolded_chart_builds_once_it_has_a_row(project):
    result = subprocess.run([sys.executable, str(project / "scripts/new_chart.py"), "scaffold_test"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    folder = project / "charts/scaffold_test"
    assert (folder / "data.csv").read_text() == "year,country,value,source_id\n"
    with (folder / "data.csv").open("a") as data:
        data.write("2024,China,1,bis-2022-10-07-advanced-computing-rule\n")
    assert "scaffold_test" in build_all(project, cache_root=project / ".cache").charts
