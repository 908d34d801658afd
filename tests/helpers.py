"""Helpers shared by the test modules (no test module imports another): the project's pages, builds and browser steps."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.utils.yaml import yaml_load

from sitecheck import ROOT

CHART_IDS = sorted(p.parent.name for p in (ROOT / "charts").glob("*/chart.py"))
EXPLAINER = "chips-and-export-controls"  # the exemplar, used where one page stands for all
LIVE_TIMEOUT = 15_000  # ms; generous for a loaded 2-core CI machine, never a speed assertion


def mkdocs_build(project_dir: Path, site_dir: Path, site_url: str | None = None) -> subprocess.CompletedProcess:
    """Run a real strict `mkdocs build` of project_dir into site_dir."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if site_url:
        env["SITE_URL"] = site_url
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project_dir,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def nav_sections() -> dict[str, list[str]]:
    """Markdown files named in mkdocs.yml's nav, by top-level section."""
    with open(ROOT / "mkdocs.yml", encoding="utf-8") as file:
        config = yaml_load(file)  # MkDocs' own loader understands the !ENV tag
    sections: dict[str, list[str]] = {}

    def walk(items, found):
        for item in items:
            value = next(iter(item.values())) if isinstance(item, dict) else item
            walk(value, found) if isinstance(value, list) else found.append(value)

    for item in config["nav"]:
        name, value = next(iter(item.items()))
        sections[name] = []
        walk(value if isinstance(value, list) else [value], sections[name])
    return sections


def nav_pages() -> list[str]:
    """Every page named in mkdocs.yml's nav: Markdown files, and notebooks (.ipynb, executed from a .py at build time)."""
    return [md for pages in nav_sections().values() for md in pages]


# Published explainers: every theme page that is no longer a placeholder.
EXPLAINERS = [md[:-3] for md in nav_pages() if md.endswith(".md") and "Key takeaways" in (ROOT / "docs" / md).read_text(encoding="utf-8")]
# Notebook pages, as named in the nav (docs/notebooks/<name>.ipynb, built from the reviewed docs/notebooks/<name>.py).
NOTEBOOKS = [md for md in nav_pages() if md.endswith(".ipynb")]


def stem(md: str) -> str:
    """The page's folder in the built site: its nav entry without the .md or .ipynb suffix, a section's index.md its
    section's folder ("" for the home page)."""
    path = md.rsplit(".", 1)[0]
    return "" if path == "index" else path.removesuffix("/index")


def source_of(md: str) -> str:
    """The file under docs/ that a contributor edits for a nav page (a notebook's is its jupytext .py)."""
    return f"{stem(md)}.py" if md.endswith(".ipynb") else md


def page_html(site: Path, md: str) -> str:
    """Built HTML of a docs page."""
    return (site / stem(md) / "index.html").read_text(encoding="utf-8")


def registry_html(site: Path) -> str:
    """Built HTML of every registry page (sources/<group>/), joined."""
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted((site / "sources").glob("*/index.html")))


def page_url(site_url: str, md: str) -> str:
    """Served URL of a docs page."""
    return f"{site_url}{stem(md)}/" if stem(md) else site_url


def watch(page):
    """Record console errors, page errors and requests to other hosts."""
    seen = {"errors": [], "remote": []}
    page.on("console", lambda m: seen["errors"].append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.on(
        "request",
        lambda r: seen["remote"].append(r.url) if urlsplit(r.url).hostname not in ("127.0.0.1", "localhost", None) and not r.url.startswith("data:") else None,
    )
    return seen


def wait_until_live(page, count: int | None = None):
    """Scroll each chart into view in turn (charts upgrade as they near the viewport) until all are live.

    The scrolling runs inside the polled function, so it survives Material swapping the page's DOM mid-way. Charts go
    live only once the reader has done something: a key press stands for that (a pointer move would leave a mouse
    pointer behind that moves Vega's hover state in the touch tests)."""
    page.keyboard.press("Shift")
    page.wait_for_function(
        """n => {
        const figures = [...document.querySelectorAll('figure.ctg-chart')];
        if (figures.length < n) return false;
        const pending = figures.filter(f => !(f.classList.contains('ctg-chart--live') && f.querySelector('.ctg-chart__live svg')));
        if (pending.length) pending[0].scrollIntoView({block: 'center'});
        return pending.length === 0;
    }""",
        arg=count or 1,
        timeout=LIVE_TIMEOUT,
        polling=100,
    )


def visit_every_page(page, site_url: str):
    """Open each nav page in turn, with its charts live, and yield the page's Markdown name."""
    for md in nav_pages():
        page.goto(page_url(site_url, md))
        if page.locator("figure.ctg-chart").count():
            wait_until_live(page)
        yield md


def relative_luminance(colour: str) -> float:
    """WCAG luminance of a colour given as #rrggbb or rgb(r, g, b)."""
    if colour.startswith("#"):
        values = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    else:
        values = [int(float(v)) for v in colour[colour.index("(") + 1 : colour.index(")")].split(",")[:3]]
    linear = [(c / 255) / 12.92 if c / 255 <= 0.03928 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in values]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours."""
    hi, lo = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def replace_in(path: Path, old: str, new: str) -> None:
    """Edit a file in the scratch project, failing loudly if the text to replace is not there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def csv_line(path: Path, prefix: str) -> int:
    """1-based line number of the first line starting with prefix."""
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if line.startswith(prefix))
