"""Trust rules on every published explainer: each headline (key-takeaway bullet, figure in the opening, chart data row)
rests on an official, research or press record, and each number it states is quoted in one of its records' excerpts."""

from __future__ import annotations

import dataclasses

import pytest

from helpers import EXPLAINERS
from pipeline.build import build_all
from pipeline.claims import Claim, chart_row_claims, excerpt_problems, page_claims, tier_problem
from pipeline.datasets import row_source_ids
from pipeline.evidence import unstated_supports
from pipeline.pages import cited_ids
from pipeline.sources import Excerpt
from sitecheck import ROOT

REPORTS = ROOT / ".cache/reports"
EXCERPT_COVERAGE = 0.9  # share of the records a page cites that must carry an excerpt


@pytest.fixture(scope="module")
def site():
    return build_all(ROOT)


def claims(site, explainer: str) -> list[Claim]:
    md = ROOT / "docs" / f"{explainer}.md"
    return page_claims(md, site) + chart_row_claims(md, site)


@pytest.mark.parametrize("explainer", EXPLAINERS)
def test_every_headline_rests_on_an_official_research_or_press_record(site, explainer):
    found = claims(site, explainer)
    assert any(c.kind == "takeaway" for c in found), f"{explainer}: no key takeaways found"
    problems = [p for c in found if (p := tier_problem(c, site.sources))]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("explainer", EXPLAINERS)
def test_every_headline_number_is_quoted_in_an_excerpt(site, explainer):
    problems = [p for c in claims(site, explainer) for p in excerpt_problems(c, site.sources)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("explainer", EXPLAINERS)
def test_cited_records_carry_excerpts_or_say_why(site, explainer):
    md = ROOT / "docs" / f"{explainer}.md"
    ids = set(cited_ids(md.read_text(encoding="utf-8"))) | {s for c in chart_row_claims(md, site) for s in c.source_ids}
    records = [site.sources[i] for i in sorted(ids)]
    silent = [r.id for r in records if not r.excerpts and not r.no_excerpt]
    assert not silent, f"docs/{explainer}.md cites records with neither an excerpt nor a no_excerpt reason: {silent}"
    covered = sum(bool(r.excerpts) for r in records) / len(records)
    assert covered >= EXCERPT_COVERAGE, f"docs/{explainer}.md: only {covered:.0%} of its {len(records)} records carry an excerpt"


def test_excerpts_claim_only_figures_that_the_citing_pages_or_rows_state(site):
    citing = {sid: "" for sid in site.sources}
    for md in (ROOT / "docs").glob("*.md"):
        text = md.read_text(encoding="utf-8")
        for sid in cited_ids(text):
            citing[sid] += text
    for chart in site.charts.values():
        for claim in chart_row_claims_for_every_row(chart):
            citing[claim[0]] += claim[1]
    problems = [
        f"{site.sources[sid].path}: supports {u}, which no page or chart row citing it states"
        for sid in site.sources
        if (u := unstated_supports(site.sources[sid], citing[sid]))
    ]
    assert not problems, "\n".join(problems)


def chart_row_claims_for_every_row(chart):
    """(source id, row text) for every row of a chart, placed on a page or not."""
    definition = chart.definition
    for row in definition.data.to_dict("records"):
        cells = [f"{v:.0f}" if isinstance(v, float) and v.is_integer() else str(v) for v in row.values()]
        for source in row_source_ids(row, definition.columns):
            yield source, " ".join(cells)


def test_the_rules_catch_a_secondary_only_headline_and_an_unquoted_number(site):
    record = next(s for s in site.sources.values() if s.tier == "official" and s.excerpts)
    weak = dataclasses.replace(record, tier="secondary", excerpts=(Excerpt("It rose to 12 units.", ("12",)),))
    sources = {record.id: weak}
    claim = Claim("page.md", 3, "takeaway", f"It rose to 12 units and then 15 units in May 2025.[^{record.id}]", [record.id])
    assert "rests only on secondary records" in tier_problem(claim, sources)
    assert excerpt_problems(claim, sources) == [f"docs/page.md, line 3 (takeaway): 15 is in no excerpt of ['{record.id}']"]
    assert claim.figures == ["12", "15"], "years and days are dates, not figures"


@pytest.mark.parametrize("explainer", EXPLAINERS)
def test_headlines_read_dataset_values_from_the_data_not_typed_by_hand(site, explainer):
    """A takeaway that restates a value of a chart on its page uses a <!-- value:... --> marker, so corrections reach it."""
    from pipeline.claims import typed_dataset_figures

    typed = typed_dataset_figures(ROOT / "docs" / f"{explainer}.md", site)
    assert not typed, "\n".join(typed)
    # Body prose still types many figures by hand; list them for the next conversion rather than fail on them.
    body = typed_dataset_figures(ROOT / "docs" / f"{explainer}.md", site, headlines_only=False)
    REPORTS.mkdir(parents=True, exist_ok=True)
    (REPORTS / f"typed-figures-{explainer}.txt").write_text("\n".join(body) + "\n", encoding="utf-8")


def test_each_figure_has_one_home_unless_a_repeat_was_decided(site):
    """A figure stated with the same source on two pages is either consolidated or listed in quality.toml with why."""
    import tomllib

    from pipeline.claims import repeated_figures

    decided = {(r["figure"], r["source"]): r["reason"] for r in tomllib.loads((ROOT / "tests/quality.toml").read_text())["repeat"]}
    repeats = repeated_figures(ROOT / "docs", site)
    undecided = [f"{figure} ({sid}) on {', '.join(pages)}" for (figure, sid), pages in repeats.items() if (figure, sid) not in decided]
    assert not undecided, "figures stated in full on more than one page (state it on one and link, or list the repeat):\n" + "\n".join(undecided)
    stale = [pair for pair in decided if pair not in repeats]
    assert not stale, f"tests/quality.toml lists repeats that no longer occur (remove them): {stale}"
    assert all(len(reason) > 30 for reason in decided.values())
