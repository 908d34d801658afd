"""Every kind of bad input stops the build with one message naming the file (row, column) and what was expected."""

from __future__ import annotations

import re
import shutil
import time

import pytest

from helpers import mkdocs_build, replace_in
from pipeline.build import build_all
from pipeline.errors import InputError
from sitecheck import ROOT

# Each case: how to break the project, then the pieces the error message must contain.
CASES = {
    "malformed CSV": (
        lambda p: (p / "charts/china_ic_imports/data.csv").open("a").write('2025,Integrated circuit imports,"400,USD billion,,x\n'),
        ["charts/china_ic_imports/data.csv", "not well-formed CSV"],
    ),
    "row with too many fields": (
        lambda p: replace_in(p / "charts/china_ic_imports/data.csv", "2019,Integrated circuit imports,304,", "2019,Integrated circuit imports,304,extra,"),
        ["charts/china_ic_imports/data.csv", "row 2 (line 3)", "expected 6 fields, found 7"],
    ),
    "missing required column": (
        lambda p: (p / "charts/china_ic_imports/data.csv").write_text(
            "\n".join(
                ",".join(f for i, f in enumerate(line.split(",")) if i != 2) for line in (p / "charts/china_ic_imports/data.csv").read_text().splitlines()[:2]
            )
        ),
        ["charts/china_ic_imports/data.csv", 'column "value"', "required column is missing"],
    ),
    "non-numeric value in a numeric column": (
        lambda p: replace_in(p / "charts/china_ic_imports/data.csv", "2019,Integrated circuit imports,304,", "2019,Integrated circuit imports,304bn,"),
        ["charts/china_ic_imports/data.csv", "row 2", 'column "value"', "expected a number", "'304bn'"],
    ),
    "date that is not ISO": (
        lambda p: replace_in(p / "charts/timeline_events/data.csv", "2022-10-07,United States", "07/10/2022,United States"),
        ["charts/timeline_events/data.csv", "row 5 (line 6)", 'column "date"', "expected an ISO date (YYYY-MM-DD)", "'07/10/2022'"],
    ),
    "event linking to a page that does not exist": (
        lambda p: replace_in(p / "charts/timeline_events/data.csv", ",talent.md,chinausc-", ",talents.md,chinausc-"),
        ["charts/timeline_events/data.csv", "row 3 (line 4)", 'column "page"', "a page in docs/", "'talents.md'", "did you mean 'talent.md'?"],
    ),
    "theme outside the events vocabulary": (
        lambda p: replace_in(p / "charts/timeline_events/data.csv", "2019-11-18,United States,talent,", "2019-11-18,United States,talents,"),
        ["charts/timeline_events/data.csv", "row 3 (line 4)", 'column "theme"', "'talents'", "did you mean 'talent'?"],
    ),
    "view filtering on a value its dataset lacks": (
        lambda p: replace_in(p / "charts/export_controls_timeline/meta.yml", "where: {theme: [export-controls]}", "where: {theme: [export-control]}"),
        ["charts/export_controls_timeline/meta.yml", "line", 'column "data_from.where.theme"', "'export-control'", "did you mean 'export-controls'?"],
    ),
    "view drawing from a chart that does not exist": (
        lambda p: replace_in(p / "charts/export_controls_timeline/meta.yml", "chart: timeline_events", "chart: timeline_event"),
        ["charts/export_controls_timeline/meta.yml", "line 4", 'column "data_from.chart"', "'timeline_event'", "did you mean 'timeline_events'?"],
    ),
    "events marked on a chart filtered on a value the events dataset lacks": (
        lambda p: replace_in(p / "charts/china_ic_imports/meta.yml", "action_type: [chip controls,", "action_type: [chip control,"),
        ["charts/china_ic_imports/meta.yml", "line 2", 'column "events.where.action_type"', "'chip control'", "did you mean 'chip controls'?"],
    ),
    "source id not in the registry": (
        lambda p: replace_in(p / "charts/china_ic_imports/data.csv", "c114-2019-09-04-ic-trade-deficit-2018", "no-such-source"),
        ["charts/china_ic_imports/data.csv", "row 1", 'column "source_id"', "a source id from the registry", "'no-such-source'"],
    ),
    "source record without URL": (
        lambda p: replace_in(
            p / "charts/sources/bis-2022-10-07-advanced-computing-rule.yml",
            "url: https://bis.gov/press-release/commerce-implements-new-export-controls-advanced-computing-and-semiconductor\n",
            "",
        ),
        ["charts/sources/bis-2022-10-07-advanced-computing-rule.yml", "line", 'column "url"', "has no url"],
    ),
    "source record without licence": (
        lambda p: replace_in(p / "charts/sources/bis-2022-10-07-advanced-computing-rule.yml", "license: public-domain\n", ""),
        ["charts/sources/bis-2022-10-07-advanced-computing-rule.yml", "line", 'column "license"', "has no license"],
    ),
    "dataset metadata missing a required field": (
        lambda p: replace_in(p / "charts/china_ic_imports/meta.yml", "as_of: 2026-11-29\n", ""),
        ["charts/china_ic_imports/meta.yml", 'column "as_of"', "required field is missing"],
    ),
    "unknown key in chart metadata": (
        lambda p: replace_in(p / "charts/china_ic_imports/meta.yml", "next_update:", "next_updte:"),
        ["charts/china_ic_imports/meta.yml", "line", 'column "next_updte"', "unknown key 'next_updte'", "did you mean 'next_update'?"],
    ),
    "unknown key in a source record": (
        lambda p: replace_in(p / "charts/sources/bis-2022-10-07-advanced-computing-rule.yml", "license_note:", "licence_note:"),
        ["charts/sources/bis-2022-10-07-advanced-computing-rule.yml", "line 9", "unknown key 'licence_note'", "did you mean 'license_note'?"],
    ),
    "tier outside its vocabulary": (
        lambda p: replace_in(p / "charts/sources/bis-2022-10-07-advanced-computing-rule.yml", "tier: official", "tier: oficial"),
        [
            "charts/sources/bis-2022-10-07-advanced-computing-rule.yml",
            "line",
            'column "tier"',
            "expected one of ['official', 'research', 'press', 'secondary']",
            "did you mean 'official'?",
        ],
    ),
    "record without tier": (
        lambda p: replace_in(p / "charts/sources/bis-2022-10-07-advanced-computing-rule.yml", "tier: official\n", ""),
        ["charts/sources/bis-2022-10-07-advanced-computing-rule.yml", 'column "tier"', "has no tier"],
    ),
    "date in a record that is not YYYY-MM-DD": (
        lambda p: replace_in(p / "charts/sources/bis-2022-10-07-advanced-computing-rule.yml", "date_accessed: 2026-", "date_accessed: 20261129\n# was: 2026-"),
        ["charts/sources/bis-2022-10-07-advanced-computing-rule.yml", "line", 'column "date_accessed"', "expected an ISO date (YYYY-MM-DD), got 20261129"],
    ),
    "week date as chart as_of": (
        lambda p: replace_in(p / "charts/china_ic_imports/meta.yml", "as_of: 2026-11-29", "as_of: 2026-W48-1"),
        ["charts/china_ic_imports/meta.yml", 'column "as_of"', "expected an ISO date (YYYY-MM-DD), got '2026-W48-1'"],
    ),
    "record file named differently from its id": (
        lambda p: (p / "charts/sources/bis-2022-10-07-advanced-computing-rule.yml").rename(p / "charts/sources/bis-2022-10-07-renamed.yml"),
        ["charts/sources/bis-2022-10-07-renamed.yml", 'column "id"', "the file name must be the record's id"],
    ),
    "two records with one id": (
        lambda p: (p / "charts/sources/bis-2022-10-07-copy.yml").write_text((p / "charts/sources/bis-2022-10-07-advanced-computing-rule.yml").read_text()),
        ["charts/sources/bis-2022-10-07-copy.yml", 'column "id"', "the file name must be the record's id"],
    ),
    "verified_in equal to the record's url": (
        lambda p: (
            (p / "charts/sources/bis-2022-10-07-advanced-computing-rule.yml")
            .open("a")
            .write(
                "verified_in:\n  url: https://bis.gov/press-release/commerce-implements-new-export-controls-advanced-computing-and-semiconductor\n  note: Same page.\n"
            )
        ),
        ["charts/sources/bis-2022-10-07-advanced-computing-rule.yml", 'column "verified_in.url"', "verified_in.url is the record's own url"],
    ),
    "chart title stating a figure its data lacks": (
        lambda p: replace_in(
            p / "charts/electricity_us_china/data.csv",
            "Data-centre electricity use,2024,United States,183,",
            "Data-centre electricity use,2024,United States,185,",
        ),
        ["charts/electricity_us_china/meta.yml", "line 2", 'column "title"', "183 matches no value in the data"],
    ),
    "changelog entry for a page that does not exist": (
        lambda p: replace_in(p / "charts/changelog.yml", "  page: talent.md", "  page: talents.md"),
        ["charts/changelog.yml", "line", 'column "page"', "entry for a page that does not exist: docs/talents.md", "did you mean 'talent.md'?"],
    ),
    "chart function that raises": (
        lambda p: replace_in(
            p / "charts/china_ic_imports/chart.py", "    data = data.assign(country=CHINA)\n", '    raise ValueError("deliberately broken")\n'
        ),
        ["charts/china_ic_imports/chart.py", "chart() raised ValueError: deliberately broken"],
    ),
    "scoreboard value without its source": (
        lambda p: replace_in(
            p / "charts/gap_scoreboard/data.csv",
            "2025,285.9,12.4,neodatagroup-2026-ai-index-2026,neodatagroup-2026-ai-index-2026,",
            "2025,285.9,12.4,neodatagroup-2026-ai-index-2026,,",
        ),
        ["charts/gap_scoreboard/data.csv", "row 9", 'column "source_china_now"', "expected the source id of the china_now value"],
    ),
    "scoreboard confidence outside the allowed values": (
        lambda p: replace_in(p / "charts/gap_scoreboard/data.csv", "China gaining,high,", "China gaining,very high,"),
        ["charts/gap_scoreboard/data.csv", 'column "confidence"', "one of ['high', 'medium', 'low'], got 'very high'"],
    ),
    "scoreboard row that links to a missing page": (
        lambda p: replace_in(p / "charts/gap_scoreboard/data.csv", ",talent.md\nSTEM", ",talents.md\nSTEM"),
        ["charts/gap_scoreboard/data.csv", "row 10", 'column "page"', "a page in docs/", "did you mean 'talent.md'?"],
    ),
    "chart that encodes a column the dataset lacks": (
        lambda p: replace_in(p / "charts/china_ic_imports/chart.py", 'y=alt.Y("value:Q"', 'y=alt.Y("valeu:Q"'),
        ["charts/china_ic_imports/chart.py", "encodes column(s) ['valeu']", "charts/china_ic_imports/data.csv"],
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_pipeline_names_the_culprit(project, case):
    """The pipeline alone (no MkDocs) raises one InputError naming file, row and column."""
    break_project, expected = CASES[case]
    break_project(project)
    with pytest.raises(InputError) as caught:
        build_all(project, cache_root=project / ".cache")
    message = str(caught.value)
    for piece in expected:
        assert piece in message, f"{piece!r} missing from: {message}"
    assert not list((project / ".cache").glob("*/*/chart.svg")), "charts were rendered although the input was bad"


PAGE_CASES = ["unknown chart id in a page", "unknown source id in a footnote", "bad data-value marker in a page"]
QUICK = {"malformed CSV", "unknown key in a source record", "event linking to a page that does not exist", *PAGE_CASES}  # the rest run with the slow tests


@pytest.mark.parametrize("case", [pytest.param(c, marks=() if c in QUICK else pytest.mark.slow) for c in [*CASES, *PAGE_CASES]])
def test_mkdocs_build_stops_and_leaves_no_site(project, tmp_path, case):
    """A real `mkdocs build --strict` fails with the message, and a stale site from before is cleaned away."""
    if case == "unknown chart id in a page":
        replace_in(project / "docs/index.md", "## Themes", "<!-- chart:export_controls_timelin -->\n\n## Themes")
        expected = ["docs/index.md", "line", "unknown chart id 'export_controls_timelin'", "did you mean 'export_controls_timeline'?"]
    elif case == "unknown source id in a footnote":
        replace_in(project / "docs/index.md", "## Themes", "A claim.[^no-such-source]\n\n## Themes")
        expected = ["docs/index.md", "line", "no-such-source", "not in the registry"]
    elif case == "bad data-value marker in a page":
        replace_in(project / "docs/index.md", "## Themes", "US use: <!-- value:electricity_us_china value year=2024 -->.\n\n## Themes")
        expected = ["docs/index.md", "line", "selects 4 rows of electricity_us_china"]
    else:
        break_project, expected = CASES[case]
        break_project(project)
    if (ROOT / ".cache/charts").is_dir():
        # Reuse the rendered charts (same content hash): only a chart the case breaks would render, and none may.
        shutil.copytree(ROOT / ".cache/charts", project / ".cache/charts")
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("stale site from an earlier, good build")
    started = time.time()
    result = mkdocs_build(project, site)
    output = result.stdout + result.stderr
    assert result.returncode != 0, f"build succeeded despite {case}:\n{output}"
    # MkDocs adds its own "Error reading page 'x.md':" line before a page's error; ours is the one that explains.
    errors = [line for line in output.splitlines() if re.match(r"^(Error|ERROR)\b", line) and "Error reading page" not in line]
    assert len(errors) == 1, f"expected one error message, got {errors}\n{output}"
    for piece in expected:
        assert piece in errors[0], f"{piece!r} missing from: {errors[0]}"
    assert not (site / "index.html").exists(), "a site is left in place as if the build had succeeded"
    if case not in PAGE_CASES:
        # Chart input is checked before any chart renders. (A page's error comes later, after its good charts rendered,
        # and on a cold machine the repository cache may still be empty, so page cases may render.)
        # Judged by time, not by comparing with the repository's cache, which other test workers update meanwhile.
        fresh = {p.parent.name for p in (project / ".cache/charts").glob("*/*/chart.svg") if p.stat().st_mtime >= started}
        assert not fresh, f"charts were rendered although the input was bad: {fresh}"


@pytest.mark.slow
def test_mkdocs_serve_shows_a_build_error_in_the_page_and_recovers(project):
    """A broken CSV saved during `mkdocs serve` shows file and line on the page; the next good save brings the site back."""
    import subprocess
    import sys
    import time
    import urllib.request

    from conftest import free_port

    for cache in ("charts", "notebooks"):  # reuse what the suite already rendered and ran: the first build is then quick
        if (ROOT / ".cache" / cache).is_dir():
            shutil.copytree(ROOT / ".cache" / cache, project / ".cache" / cache, dirs_exist_ok=True)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**__import__("os").environ, "NO_MKDOCS_2_WARNING": "1"},
    )

    def page_until(predicate, seconds=120):
        deadline, text = time.monotonic() + seconds, ""
        while time.monotonic() < deadline:
            try:
                text = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5).read().decode()
                if predicate(text):
                    return text
            except OSError:
                pass
            time.sleep(0.5)
        raise AssertionError(f"page never matched; last seen:\n{text[:2000]}")

    try:
        page_until(lambda html: "<h1" in html and "could not be built" not in html, seconds=300)  # a cold start runs notebooks
        data = project / "charts/china_ic_imports/data.csv"
        good = data.read_text()
        data.write_text(good.replace("2019,Integrated circuit imports,304,", "2019,Integrated circuit imports,304bn,"))
        broken = page_until(lambda html: "could not be built" in html)
        assert "charts/china_ic_imports/data.csv" in broken and "row 2" in broken and "expected a number" in broken
        data.write_text(good)
        page_until(lambda html: "could not be built" not in html and "<h1" in html)
    finally:
        server.terminate()
        server.wait(timeout=30)


EXCERPT_CASES = {
    "excerpt longer than a short quotation": ("word " * 60, "12", "too long: 60 words"),
    "excerpt that states none of its figures": ("Exports rose sharply in the year.", "12", "does not state '12'"),
}


@pytest.mark.parametrize("case", EXCERPT_CASES)
def test_bad_excerpts_stop_the_build_with_file_and_line(project, case):
    text, figure, expected = EXCERPT_CASES[case]
    record = project / "charts/sources/bis-2022-10-07-advanced-computing-rule.yml"
    record.write_text(record.read_text().split("excerpts:")[0].rstrip("\n") + f'\nexcerpts:\n  - text: "{text.strip()}"\n    supports: ["{figure}"]\n')
    with pytest.raises(InputError) as caught:
        build_all(project, cache_root=project / ".cache")
    message = str(caught.value)
    assert "bis-2022-10-07-advanced-computing-rule.yml" in message and "line" in message and expected in message, message
