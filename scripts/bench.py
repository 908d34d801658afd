"""Benchmark: build times (cold, warm, incremental) and page transfer weights; prints and saves a Markdown table."""

from __future__ import annotations

import gzip
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urljoin

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench-results.md"


def build(project: Path, site: Path) -> float:
    """Seconds for one strict `mkdocs build` of project into site."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)], cwd=project, check=True,
                   env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, capture_output=True)
    return time.perf_counter() - started


def gz(path: Path) -> int:
    """Size of a file after gzip -9, as a static host would serve it."""
    return len(gzip.compress(path.read_bytes(), 9))


def page_weight(site: Path, html_path: Path) -> tuple[int, int, int, int]:
    """(bytes, requests) at first paint in light mode, then (bytes, requests) once its charts are live."""
    html = html_path.read_text(encoding="utf-8")
    base = "/" + str(html_path.parent.relative_to(site)).strip(".") + "/"
    refs = re.findall(r'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"', html) + re.findall(r'<script[^>]+src="([^"]+)"', html)
    refs += re.findall(r'<img[^>]+class="ctg-chart__static ctg-chart__static--light"[^>]+src="([^"]+)"', html)
    refs += re.findall(r'<img(?![^>]*ctg-chart__static)[^>]+src="([^"]+)"', html)
    first = [html_path] + [site / urljoin(base, r).split("?")[0].lstrip("/") for r in refs]
    live = []
    if "ctg-chart" in html:
        live = [site / "assets/vendor/vega/vega.min.js"] + [site / urljoin(base, r).lstrip("/") for r in re.findall(r'data-spec-light="([^"]+)"', html)]
    first_bytes = sum(gz(p) for p in first)
    return first_bytes, len(first), first_bytes + sum(gz(p) for p in live), len(first) + len(live)


def main() -> int:
    """Run every measurement in a scratch copy of the project."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "project"
        for name in ("charts", "docs", "scripts"):
            shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__", ".cache"))
        shutil.copy(ROOT / "mkdocs.yml", project)
        site = Path(tmp) / "site"
        rows.append(("Cold build (no chart cache)", build(project, site)))
        rows.append(("Warm build (nothing changed)", build(project, site)))
        page = project / "docs/chips-and-export-controls.md"
        page.write_text(page.read_text() + "\nEdited for the benchmark.\n")
        rows.append(("Build after editing one page", build(project, site)))
        data = project / "charts/china_ic_imports/data.csv"
        data.write_text(data.read_text().replace(",312.1,", ",312.2,"))
        rows.append(("Build after editing one dataset (1 chart re-rendered)", build(project, site)))
        weights = [(p.parent.relative_to(site).as_posix().replace(".", "home"), *page_weight(site, p)) for p in sorted(site.glob("**/index.html"))
                   if p.parent == site or p.parent.name in ("chips-and-export-controls", "sources")]
    lines = ["| Build | Seconds |", "|---|---:|", *[f"| {name} | {secs:.2f} |" for name, secs in rows], "",
             "| Page | First paint (gzip KB) | Requests | With live charts (gzip KB) | Requests |", "|---|---:|---:|---:|---:|",
             *[f"| {name} | {a / 1024:.1f} | {b} | {c / 1024:.1f} | {d} |" for name, a, b, c, d in weights]]
    table = "\n".join(lines)
    print(table)
    OUT.write_text(f"# Benchmark ({time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores)\n\n{table}\n")
    print(f"\nwritten to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
