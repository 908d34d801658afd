"""The chart pipeline on the real project: each chart (one test per id, `pytest -k <chart_id>`) validates, renders and
meets the site contract; the cache re-renders only what changed."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
import vl_convert

import theme
from helpers import CHART_IDS, contrast
from pipeline.build import build_all
from pipeline.charts import fields_used
from pipeline.datasets import row_source_ids
from pipeline.figure import figure_html
from pipeline.render import OUTPUTS
from sitecheck import ROOT

SINGLE_VIEW = ("export_controls_timeline", "china_ic_imports")  # charts that must re-lay out to the page column


@pytest.fixture(scope="module")
def site():
    """The pipeline's result for the real project (rendered into the project's own cache)."""
    return build_all(ROOT)


def test_every_chart_folder_becomes_a_chart(site):
    assert sorted(site.charts) == CHART_IDS and len(CHART_IDS) >= 3


@pytest.mark.parametrize("chart_id", CHART_IDS)
def test_chart_outputs_exist_and_parse(site, chart_id):
    chart = site.charts[chart_id]
    for name in OUTPUTS:
        path = chart.output_dir / name
        assert path.stat().st_size > 0, path
        if name.endswith(".svg"):
            assert ET.fromstring(path.read_text()).tag.endswith("svg")
        elif name.endswith(".json"):
            json.loads(path.read_text())
        elif name.endswith(".png"):
            assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("chart_id", CHART_IDS)
def test_live_specs_compile_for_the_vendored_vega_and_fit_their_container(site, chart_id):
    chart = site.charts[chart_id]
    for mode in ("light", "dark"):
        spec = json.loads((chart.output_dir / f"{mode}.vg.json").read_text())
        assert spec["$schema"].endswith("/vega/v6.json")
        assert spec["description"] == chart.definition.meta.description
        if chart_id in SINGLE_VIEW:
            assert "containerSize()" in json.dumps(spec), "a single-view chart must re-lay out to the page column"


@pytest.mark.parametrize("chart_id", CHART_IDS)
def test_vl_spec_round_trips_and_only_encodes_real_columns(site, chart_id):
    chart = site.charts[chart_id]
    spec = json.loads((chart.output_dir / "chart.vl.json").read_text())
    assert vl_convert.vegalite_to_vega(spec)  # valid enough to compile
    embedded = {key for rows in spec["datasets"].values() for key in rows[0]}
    assert {c.name for c in chart.definition.columns} <= embedded, "the chart embeds its whole dataset"
    assert fields_used(spec) <= embedded


@pytest.mark.parametrize("chart_id", CHART_IDS)
def test_every_row_cites_a_registered_source(site, chart_id):
    definition = site.charts[chart_id].definition
    cited = {sid for row in definition.data.to_dict("records") for sid in row_source_ids(row, definition.columns)}
    assert cited and cited <= set(site.sources)
    assert all(s.link.startswith("http") and s.license for s in definition.sources)


@pytest.mark.parametrize("chart_id", CHART_IDS)
def test_static_svgs_differ_by_colour_mode_and_have_no_background(site, chart_id):
    chart = site.charts[chart_id]
    light, dark = ((chart.output_dir / f"{m}.svg").read_text() for m in ("light", "dark"))
    assert light != dark
    assert theme.PALETTES["light"]["text"] in light or theme.PALETTES["light"]["muted"] in light
    assert theme.PALETTES["dark"]["muted"] in dark
    assert '<rect width="' not in light.split("<g", 1)[0], "page SVGs must be transparent to follow the page background"


@pytest.mark.parametrize("chart_id", CHART_IDS)
def test_metadata_json_publishes_the_records_without_local_paths(site, chart_id):
    document = json.loads((site.charts[chart_id].output_dir / "metadata.json").read_text())
    assert {s["id"] for s in document["sources"]} == {s.id for s in site.charts[chart_id].definition.sources}
    assert all("path" not in s and s["tier"] in ("official", "research", "press", "secondary") for s in document["sources"])


def test_second_run_is_served_from_the_cache(site):
    again = build_all(ROOT)
    assert all(chart.cached for chart in again.charts.values())
    assert {c: b.output_dir for c, b in again.charts.items()} == {c: b.output_dir for c, b in site.charts.items()}


@pytest.mark.slow
def test_editing_one_dataset_rerenders_only_that_chart_and_page_code_rerenders_none(project):
    first = build_all(project, cache_root=project / ".cache")
    assert not any(c.cached for c in first.charts.values())
    data = project / "charts/china_ic_imports/data.csv"
    data.write_text(data.read_text().replace("2018,Integrated circuit imports,312.1", "2018,Integrated circuit imports,312.2"))
    second = build_all(project, cache_root=project / ".cache")
    assert {c for c, b in second.charts.items() if not b.cached} == {"china_ic_imports"}
    assert len(list((project / ".cache/china_ic_imports").iterdir())) == 1, "old versions are pruned"
    # The figure's HTML and the templates decide no rendered file: editing them re-renders nothing.
    for page_code in (project / "scripts/pipeline/figure.py", project / "scripts/pipeline/templates/figure.html.j2"):
        page_code.write_text(page_code.read_text() + "\n")
    assert all(c.cached for c in build_all(project, cache_root=project / ".cache").charts.values())


def test_figure_html_has_every_part_of_the_contract(site):
    chart = site.charts["export_controls_timeline"]
    html = figure_html(chart.definition, "../assets/charts/export_controls_timeline/", "../sources/", chart.size, "https://example.org/page/")
    for part in [
        'id="chart-export_controls_timeline"',
        'href="#chart-export_controls_timeline"',
        "light.svg",
        "dark.svg",
        "light.vg.json",
        "dark.vg.json",
        '<table class="ctg-stack">',
        '<th scope="col">',
        "data.csv",
        "metadata.json",
        "chart.png",
        "chart.vl.json",
        "chart.svg",
        'href="../sources/u-z/#src-',  # the registry page of the record's publisher (US Department of Commerce)
        "Cite this chart",
        "@misc{ctg_export_controls_timeline_",
        'download="export_controls_timeline.csv"',
        "https://example.org/page/#chart-export_controls_timeline",
        chart.definition.meta.title.replace("'", "&#39;"),
    ]:
        assert part in html, part
    assert html.count("<tr>") == len(chart.definition.data) + 1
    assert f'alt="{chart.definition.meta.description[:40]}' in html


@pytest.mark.parametrize("mode,background", [("light", "#ffffff"), ("dark", "#1e2129")])
def test_theme_colours_are_legible_on_the_page_background(mode, background):
    palette = theme.PALETTES[mode]
    assert contrast(palette["text"], background) >= 7
    assert contrast(palette["muted"], background) >= 4.5
    for mark in (palette["us"], palette["china"], *palette["others"]):
        assert contrast(mark, background) >= 3, f"{mark} on {background}"


def test_us_and_china_colours_are_fixed_in_both_modes():
    for mode in ("light", "dark"):
        config = theme.site_config(mode)
        assert config["range"]["category"][:2] == [theme.PALETTES[mode]["us"], theme.PALETTES[mode]["china"]]
    assert theme.COUNTRY_DOMAIN == ["United States", "China"]


@pytest.mark.parametrize(
    ("page", "address", "slug"),
    [
        ("index.md", "", "index"),
        ("price-war.md", "price-war/", "price-war"),
        ("timeline/index.md", "timeline/", "timeline"),  # was timeline.md: the feed entry keeps its id
        ("reindex.md", "reindex/", "reindex"),
        ("notebooks/shares.md", "notebooks/shares/", "notebooks-shares"),
    ],
)
def test_a_changelog_entry_links_to_its_pages_address_and_keeps_its_id_when_the_page_moves_into_a_folder(page, address, slug):
    from pipeline.changelog import Change

    change = Change(date="2026-12-07", page=page, kind="update", summary="A summary.")
    assert change.url_path == address
    assert change.entry_id.startswith(f"2026-12-07-{slug}-") and len(change.entry_id) == len(f"2026-12-07-{slug}-") + 8
