"""The gap at a glance: every scoreboard value is the same number, from the same record, as on the page it links to."""

from __future__ import annotations

import csv

import pytest

from pipeline.build import build_all
from pipeline.callouts import replace_values
from pipeline.claims import CHART
from pipeline.evidence import normal_number, numbers_in
from pipeline.pages import cited_ids
from pipeline.scoreboard import SCOREBOARD, scoreboard_rows
from sitecheck import ROOT

# Collected from the CSV itself so each dimension is its own test (one failure does not hide the others).
DIMENSIONS = [row["dimension"] for row in csv.DictReader((ROOT / "charts" / SCOREBOARD / "data.csv").open(encoding="utf-8"))]
VALUES = [(p, c) for p in ("then", "now") for c in ("us", "china")]


@pytest.fixture(scope="module")
def site():
    """The pipeline's result for the real project."""
    return build_all(ROOT)


def page_evidence(site, page: str) -> tuple[set[str], set[str]]:
    """(numbers the page states in prose or in the data of the charts it places, records it cites)."""
    markdown = (ROOT / "docs" / page).read_text(encoding="utf-8")
    numbers, records = numbers_in(replace_values(markdown, site)), set(cited_ids(markdown))
    for chart_id in CHART.findall(markdown):
        definition = site.charts[chart_id].definition
        for column in definition.columns:
            if column.type in ("number", "integer"):
                numbers |= {normal_number(f"{v:f}") for v in definition.data[column.name].dropna()}
        records |= {s.id for s in definition.sources}
    return numbers, records


def test_the_scoreboard_covers_at_least_ten_dimensions(site):
    rows = scoreboard_rows(site)
    assert len(rows) >= 10 and len({r["dimension"] for r in rows}) == len(rows)


@pytest.mark.parametrize("dimension", DIMENSIONS)
def test_each_value_is_stated_on_its_page_and_cites_the_pages_record(site, dimension):
    row = next(r for r in scoreboard_rows(site) if r["dimension"] == dimension)
    numbers, records = page_evidence(site, row["page"])
    for period, country in VALUES:
        value, source = row[f"{country}_{period}"], row[f"source_{country}_{period}"]
        if value is None:
            continue
        assert normal_number(f"{value:f}") in numbers, f"{row['dimension']}: {country}_{period} = {value} is stated nowhere on docs/{row['page']}"
        assert source in records, f"{row['dimension']}: {country}_{period} cites {source}, which docs/{row['page']} does not cite"


def test_the_home_page_places_the_scoreboard_table_and_chart():
    home = (ROOT / "docs/index.md").read_text(encoding="utf-8")
    assert "<!-- scoreboard -->" in home and f"<!-- chart:{SCOREBOARD} -->" in home
    assert home.index("<!-- scoreboard -->") < home.index("## Themes"), "the scoreboard comes before the themes"
