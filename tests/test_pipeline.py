"""The chart pipeline on the real project: every chart validates, renders, caches and meets the site contract."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest
import theme
import vl_convert
from sitecheck import ROOT
from pipeline.build import build_all
from pipeline.charts import fields_used
from pipeline.figure import figure_html
from pipeline.sources import load_sources
from pipeline.render import OUTPUTS


@pytest.fixture(scope="module")
def site():
    """The pipeline's result for the real project (rendered into the project's own cache)."""
    return build_all(ROOT)


def test_every_chart_folder_becomes_a_chart(site):
    folders = sorted(p.parent.name for p in (ROOT / "charts").glob("*/chart.py"))
    assert sorted(site.charts) == folders and len(folders) >= 3


@pytest.mark.parametrize("name", OUTPUTS)
def test_every_output_exists_and_parses(site, name):
    for chart in site.charts.values():
        path = chart.output_dir / name
        assert path.stat().st_size > 0, path
        if name.endswith(".svg"):
            assert ET.fromstring(path.read_text()).tag.endswith("svg")
        elif name.endswith(".json"):
            json.loads(path.read_text())
        elif name.endswith(".png"):
            assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_live_specs_compile_for_the_vendored_vega_and_fit_their_container(site):
    for chart in site.charts.values():
        for mode in ("light", "dark"):
            spec = json.loads((chart.output_dir / f"{mode}.vg.json").read_text())
            assert spec["$schema"].endswith("/vega/v6.json")
            assert spec["description"] == chart.definition.meta["description"]
            if chart.definition.id in ("export_controls_timeline", "china_ic_imports"):  # single-view charts
                assert "containerSize()" in json.dumps(spec), "a single-view chart must re-lay out to the page column"


def test_vl_spec_round_trips_and_only_encodes_real_columns(site):
    for chart in site.charts.values():
        spec = json.loads((chart.output_dir / "chart.vl.json").read_text())
        assert vl_convert.vegalite_to_vega(spec)  # valid enough to compile
        embedded = {key for rows in spec["datasets"].values() for key in rows[0]}
        assert {c.name for c in chart.definition.columns} <= embedded, "the chart embeds its whole dataset"
        assert fields_used(spec) <= embedded, chart.definition.id


def test_every_row_cites_a_registered_source(site):
    for chart in site.charts.values():
        column = next(c.name for c in chart.definition.columns if c.type == "source")
        assert set(chart.definition.data[column]) <= set(site.sources)
        assert all(s.url.startswith("http") and s.license for s in chart.definition.sources)


def test_static_svgs_differ_by_colour_mode_and_have_no_background(site):
    for chart in site.charts.values():
        light, dark = ((chart.output_dir / f"{m}.svg").read_text() for m in ("light", "dark"))
        assert light != dark
        assert theme.PALETTES["light"]["text"] in light or theme.PALETTES["light"]["muted"] in light
        assert theme.PALETTES["dark"]["muted"] in dark
        assert '<rect width="' not in light.split("<g", 1)[0], "page SVGs must be transparent to follow the page background"


def test_second_run_is_served_from_the_cache(site):
    again = build_all(ROOT)
    assert all(chart.cached for chart in again.charts.values())
    assert {c: b.output_dir for c, b in again.charts.items()} == {c: b.output_dir for c, b in site.charts.items()}


def test_editing_one_dataset_rerenders_only_that_chart(project):
    first = build_all(project, cache_root=project / ".cache")
    assert not any(c.cached for c in first.charts.values())
    data = project / "charts/china_ic_imports/data.csv"
    data.write_text(data.read_text().replace("2018,Integrated circuit imports,312.1", "2018,Integrated circuit imports,312.2"))
    second = build_all(project, cache_root=project / ".cache")
    assert {c for c, b in second.charts.items() if not b.cached} == {"china_ic_imports"}
    assert len(list((project / ".cache/china_ic_imports").iterdir())) == 1, "old versions are pruned"


def test_figure_html_has_every_part_of_the_contract(site):
    chart = site.charts["export_controls_timeline"]
    html = figure_html(chart.definition, "../assets/charts/export_controls_timeline/", "../sources/", chart.size, "https://example.org/page/")
    for part in ['id="chart-export_controls_timeline"', 'href="#chart-export_controls_timeline"', "light.svg", "dark.svg",
                 "light.vg.json", "dark.vg.json", "<table>", "<th scope=\"col\">", "data.csv", "metadata.json", "chart.png",
                 "chart.vl.json", "chart.svg", 'href="../sources/#src-', "Cite as:", "https://example.org/page/#chart-export_controls_timeline", chart.definition.meta["title"].replace("'", "&#x27;")]:
        assert part in html, part
    assert html.count("<tr>") == len(chart.definition.data) + 1
    assert f'alt="{chart.definition.meta["description"][:40]}' in html


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two #rrggbb colours."""
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


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


def test_registry_ids_are_unique_and_urls_are_not_repeated():
    sources = load_sources(ROOT / "charts/sources")
    urls = [s.url for s in sources.values()]
    assert len(urls) == len(set(urls))
    assert all(re.match(r"^[a-z0-9-]+$", sid) for sid in sources)


MONTHS = "January February March April May June July August September October November December".split()
DATE_IN_TEXT = re.compile(rf"\b(\d{{1,2}}) ({'|'.join(MONTHS)}) (\d{{4}})\b")
NUMBER_IN_TEXT = re.compile(r"(?<![\w.+])\d[\d,]*(?:\.\d+)?(?![\w])(?!-bit)")


def test_numbers_in_chart_titles_and_descriptions_match_the_data(site):
    """A corrected dataset cannot leave a stale figure in its chart's title, subtitle or description."""
    stale = []
    for chart_id, chart in site.charts.items():
        definition = chart.definition
        numbers, dates = set(), set()
        for column in definition.columns:
            for value in definition.data[column.name].dropna():
                if column.type in ("number", "integer", "year"):
                    numbers.add(float(value))
                elif column.type == "date":
                    dates.add(value)
                    numbers.add(float(value[:4]))
        for field in ("title", "subtitle", "description"):
            text = definition.meta[field]
            for day, month, year in DATE_IN_TEXT.findall(text):
                iso = f"{year}-{MONTHS.index(month) + 1:02d}-{int(day):02d}"
                if iso not in dates:
                    stale.append(f"{chart_id} {field}: date {day} {month} {year} is not in the data")
            for match in NUMBER_IN_TEXT.finditer(DATE_IN_TEXT.sub(lambda m: m.group(3), text)):
                written = match.group(0).replace(",", "")
                decimals = len(written.split(".")[1]) if "." in written else 0
                if not any(round(value, decimals) == float(written) for value in numbers):
                    stale.append(f"{chart_id} {field}: {match.group(0)} matches no value in the data")
    assert not stale, "\n".join(stale)
