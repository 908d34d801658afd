"""Benchmark: build times (cold, warm, incremental) and page transfer weights; prints and saves a Markdown table."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sitecheck import ROOT, copy_project, first_paint_files, gzip_size, live_chart_files

OUT = ROOT / "bench-results.md"


def build(project: Path, site: Path) -> float:
    """Seconds for one strict `mkdocs build` of project into site."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)], cwd=project, check=True,
                   env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, capture_output=True)
    return time.perf_counter() - started


def main() -> int:
    """Run every measurement in a scratch copy of the project."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        project, site = copy_project(Path(tmp) / "project"), Path(tmp) / "site"
        rows.append(("Cold build (no chart cache)", build(project, site)))
        rows.append(("Warm build (nothing changed)", build(project, site)))
        page = project / "docs/chips-and-export-controls.md"
        page.write_text(page.read_text() + "\nEdited for the benchmark.\n")
        rows.append(("Build after editing one page", build(project, site)))
        data = project / "charts/china_ic_imports/data.csv"
        data.write_text(data.read_text().replace(",312.1,", ",312.2,"))
        rows.append(("Build after editing one dataset (1 chart re-rendered)", build(project, site)))
        weights = []
        for html in sorted(site.glob("**/index.html")):
            first, live = first_paint_files(site, html), live_chart_files(site, html)
            name = html.parent.relative_to(site).as_posix().replace(".", "home")
            first_kb = sum(map(gzip_size, first)) / 1024
            weights.append((name, first_kb, len(first), first_kb + sum(map(gzip_size, live)) / 1024, len(first) + len(live)))
    lines = ["| Build | Seconds |", "|---|---:|", *[f"| {name} | {secs:.2f} |" for name, secs in rows], "",
             "| Page | First paint (gzip KB) | Requests | With live charts (gzip KB) | Requests |", "|---|---:|---:|---:|---:|",
             *[f"| {n} | {a:.1f} | {b} | {c:.1f} | {d} |" for n, a, b, c, d in weights]]
    table = "\n".join(lines)
    print(table)
    OUT.write_text(f"# Benchmark ({time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores)\n\n{table}\n")
    print(f"\nwritten to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
