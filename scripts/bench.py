"""Benchmark (make bench): build times, scaling with chart count, page weights and Lighthouse, against a naive baseline."""

from __future__ import annotations

import functools
import gzip
import http.server
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from sitecheck import ROOT, copy_project, first_paint_files, gzip_size, live_chart_files

sys.path.insert(0, str(ROOT / "scripts"))
from pipeline.build import build_all  # noqa: E402
from pipeline.charts import draw, load_theme  # noqa: E402

OUT = ROOT / "bench-results.md"
REPORTS = ROOT / ".cache/reports"  # not committed: the per-page Lighthouse table and each page's last JSON report
TOOLS = ROOT / "scripts/bench-tools"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")  # Debian's package; override for other systems
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
CHART_PAGE = "chips-and-export-controls"
NAIVE_PAGE = f"{CHART_PAGE}-naive"
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".csv", ".txt")


def build(project: Path, site: Path) -> tuple[float, str]:
    """Seconds for one strict `mkdocs build`, and the hook's 'Charts: N rendered, M from cache' line."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)],
        cwd=project,
        check=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - started
    charts = re.search(r"Charts: (\d+) rendered, (\d+) from cache", result.stderr + result.stdout)
    return seconds, f"{charts.group(1)} / {charts.group(2)}" if charts else "?"


def build_rows(tmp: Path) -> tuple[list[tuple[str, float, str]], Path]:
    """Cold, warm and incremental builds of a scratch copy; returns the rows and the built site."""
    project, site = copy_project(tmp / "project"), tmp / "site"
    rows = [("Cold (no chart cache)", *build(project, site)), ("Warm (nothing changed)", *build(project, site))]
    page = project / f"docs/{CHART_PAGE}.md"
    page.write_text(page.read_text() + "\nEdited for the benchmark.\n")
    rows.append(("Incremental: one page edited", *build(project, site)))
    data = project / "charts/china_ic_imports/data.csv"
    data.write_text(data.read_text().replace(",312.1,", ",312.2,"))
    rows.append(("Incremental: one dataset edited", *build(project, site)))
    return rows, site


def serve_rebuild_rows(tmp: Path) -> list[tuple[str, float, str]]:
    """Rebuild times inside a running `mkdocs serve` (what a contributor waits for), as MkDocs reports them."""
    project = copy_project(tmp / "serve-project")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines: list[str] = []
    threading.Thread(target=lambda: lines.extend(iter(server.stdout.readline, "")), daemon=True).start()

    def wait_for(pattern: str, after: int) -> re.Match:
        deadline = time.time() + 120
        while time.time() < deadline:
            for line in lines[after:]:
                if match := re.search(pattern, line):
                    return match
            time.sleep(0.1)
        raise TimeoutError(pattern)

    rows = []
    try:
        wait_for(r"Serving on", 0)
        for label, path, old, new in [
            ("Serve: one page edited", f"docs/{CHART_PAGE}.md", "## Related", "Edited for the benchmark.\n\n## Related"),
            ("Serve: one dataset edited", "charts/china_ic_imports/data.csv", ",312.1,", ",312.2,"),
        ]:
            mark = len(lines)
            file = project / path
            file.write_text(file.read_text().replace(old, new))
            seconds = float(wait_for(r"Documentation built in ([\d.]+) seconds", mark).group(1))
            charts = re.search(r"Charts: (\d+) rendered, (\d+) from cache", "".join(lines[mark:]))
            rows.append((label, seconds, f"{charts.group(1)} / {charts.group(2)}" if charts else "?"))
    finally:
        server.terminate()
        server.wait(timeout=30)
    return rows


def scaling_rows(tmp: Path) -> list[tuple[int, float, str]]:
    """Cold build time with 1x, 4x and 16x copies of every real chart."""
    rows = []
    for factor in (1, 4, 16):
        project = copy_project(tmp / f"scale{factor}")
        originals = [p.parent for p in (project / "charts").glob("*/chart.py")]
        for folder in originals:
            for i in range(1, factor):
                shutil.copytree(folder, folder.with_name(f"{folder.name}_copy{i}"))
        seconds, charts = build(project, tmp / f"scale{factor}-site")
        rows.append((len(originals) * factor, seconds, charts))
    return rows


def add_naive_baseline(site: Path) -> None:
    """Copy the chart page with each figure swapped for Altair's default embed: chart.to_html() with scripts inlined."""
    pipeline = build_all(ROOT)
    load_theme(ROOT / "charts/theme.py")
    html = (site / CHART_PAGE / "index.html").read_text(encoding="utf-8")

    def naive(match: re.Match) -> str:
        definition = pipeline.charts[match.group(1)].definition
        chart = draw(definition)
        return chart.properties(title=definition.meta.title).to_html(inline=True, fullhtml=False, output_div=f"vis-{definition.id}")

    html = re.sub(r'<figure class="ctg-chart" id="chart-([a-z_]+)".*?</figure>', naive, html, flags=re.DOTALL)
    (site / NAIVE_PAGE).mkdir(exist_ok=True)
    (site / NAIVE_PAGE / "index.html").write_text(html, encoding="utf-8")


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, gzip-encoded for text types, the way GitHub Pages serves them."""

    def log_message(self, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if path.suffix not in COMPRESSIBLE or "gzip" not in self.headers.get("Accept-Encoding", "") or not path.is_file():
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return _Body(body)


class _Body:
    """File-like wrapper so SimpleHTTPRequestHandler can copy a bytes body."""

    def __init__(self, data: bytes):
        self.data = data

    def read(self, *_):
        data, self.data = self.data, b""
        return data

    def close(self):
        pass


def serve(site: Path) -> tuple[str, http.server.ThreadingHTTPServer]:
    """Serve site with gzip on a free loopback port."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(GzipHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{port}/", server


def transfer_rows(base: str, pages: list[str]) -> list[tuple[str, int, int, int, int]]:
    """Per page, measured in Chromium: (bytes, requests) before the load event, then once charts are live and idle."""
    from playwright.sync_api import sync_playwright

    rows = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        for path in pages:
            context = browser.new_context()
            page = context.new_page()
            requests, loaded = [], []
            page.on("requestfinished", requests.append)
            page.on("load", lambda _page, requests=requests, loaded=loaded: loaded.append(len(requests)))
            page.goto(base + path, wait_until="load")
            at_load = list(requests[: loaded[0] if loaded else len(requests)])
            figures = page.locator("figure.ctg-chart")
            for i in range(figures.count()):  # charts go live as they near the viewport: scroll through them all
                figures.nth(i).scroll_into_view_if_needed()
            if figures.count():
                page.wait_for_function("[...document.querySelectorAll('figure.ctg-chart')].every(f => f.classList.contains('ctg-chart--live'))", timeout=30_000)
            page.wait_for_load_state("networkidle")
            size = lambda reqs: sum(r.sizes()["responseBodySize"] + r.sizes()["responseHeadersSize"] for r in reqs)  # noqa: E731
            rows.append((path or "home", size(at_load), len(at_load), size(requests), len(requests)))
            context.close()
        browser.close()
    return rows


def lighthouse(url: str, preset: str, keep: Path | None = None) -> dict | None:
    """Median Lighthouse scores and metrics over RUNS runs, or None when Lighthouse is not installed; keep saves the last JSON."""
    binary = TOOLS / "node_modules/.bin/lighthouse"
    if not binary.exists():
        return None
    runs = []
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory() as profile:
            args = [
                str(binary),
                url,
                "--quiet",
                "--output=json",
                "--only-categories=performance,accessibility,best-practices,seo",
                f"--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --no-first-run --user-data-dir={profile}",
            ]
            if preset == "desktop":
                args.append("--preset=desktop")
            result = subprocess.run(args, capture_output=True, text=True, env={**os.environ, "CHROME_PATH": CHROMIUM}, timeout=180)
        if result.returncode != 0:
            print(f"lighthouse failed on {url}: {result.stderr[-400:]}", file=sys.stderr)
            continue
        report = json.loads(result.stdout)
        if keep:
            keep.parent.mkdir(parents=True, exist_ok=True)
            keep.write_text(result.stdout)
        runs.append(
            {
                **{k: round(v["score"] * 100) for k, v in report["categories"].items()},
                "LCP s": report["audits"]["largest-contentful-paint"]["numericValue"] / 1000,
                "TBT ms": report["audits"]["total-blocking-time"]["numericValue"],
                "CLS": report["audits"]["cumulative-layout-shift"]["numericValue"],
                # Lighthouse's own measure of how fast this machine ran at the time (higher is faster): it multiplies the
                # main-thread time it observes by a fixed 4, so the same page scores lower when the index is low
                "Bench index": report["environment"]["benchmarkIndex"],
            }
        )
    return {k: statistics.median(r[k] for r in runs) for k in runs[0]} if runs else None


def site_pages(site: Path) -> list[str]:
    """Every page of a built site as a URL path ('' for home), in site order; not the 404 page or the naive baseline."""
    paths = sorted(p.parent.relative_to(site).as_posix() for p in site.rglob("index.html"))
    return ["" if p == "." else p + "/" for p in paths if not p.startswith(NAIVE_PAGE)]


def every_page_rows(base: str, pages: list[str]) -> list[str]:
    """Markdown table: Lighthouse mobile, median of RUNS runs, for each page; the last JSON of each is kept in REPORTS."""
    out = [
        f"## Lighthouse 12.2.3 mobile, every page (median of {RUNS} runs, Debian Chromium; targets: Perf >= 98, TBT < 150 ms, others 100)",
        "",
        # Lighthouse scales the main-thread time it sees: on a shared, busy machine the same page scores lower.
        "Load average at start (1, 5, 15 min): " + ", ".join(f"{x:.1f}" for x in os.getloadavg()) + f" on {os.cpu_count()} cores.",
        "",
        "Bench index is Lighthouse's measure of the machine's speed during the page's runs (median; higher is faster).",
        "",
        "| Page | Perf | A11y | Best pr. | SEO | TBT ms | LCP s | CLS | Bench index |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    reports = REPORTS / f"lighthouse-{time.strftime('%Y%m%d-%H%M')}"  # one folder per run, so runs can be compared
    for path in pages:
        r = lighthouse(base + path, "mobile", reports / f"{path.strip('/').replace('/', '--') or 'home'}.json")
        cells = (
            [
                *(f"{r[k]:.0f}" for k in ("performance", "accessibility", "best-practices", "seo")),
                f"{r['TBT ms']:.0f}",
                f"{r['LCP s']:.2f}",
                f"{r['CLS']:.3f}",
                f"{r['Bench index']:.0f}",
            ]
            if r
            else ["not run"] + [""] * 7
        )
        out.append(f"| {path or 'home'} | " + " | ".join(cells) + " |")
        print(out[-1], file=sys.stderr, flush=True)  # progress: a full run takes many minutes
    return out


def pages_only() -> int:
    """BENCH_ONLY=pages: build once and run only the every-page Lighthouse table (BENCH_PAGES='a/,b/' to pick pages,
    BENCH_SCOPE=nav for the written pages without the generated chart pages, BENCH_SITE=dir to measure a built site)."""
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        site = Path(os.environ["BENCH_SITE"]) if os.environ.get("BENCH_SITE") else tmp / "site"
        if not os.environ.get("BENCH_SITE"):
            build(copy_project(tmp / "project"), site)
        chosen = os.environ.get("BENCH_PAGES")
        pages = [p if p in ("", "home") else p.strip("/") + "/" for p in chosen.split(",")] if chosen else site_pages(site)
        if os.environ.get("BENCH_SCOPE") == "nav":  # the written pages only: not the generated chart and embed pages
            pages = [p for p in pages if not p.startswith("charts/")]
        pages = ["" if p == "home" else p for p in pages]
        base, server = serve(site)
        try:
            out = [f"# Lighthouse, every page, {time.strftime('%Y-%m-%d %H:%M')} UTC, {os.cpu_count()} cores\n", *every_page_rows(base, pages)]
        finally:
            server.shutdown()
    report = "\n".join(out)
    print(report)
    target = REPORTS / f"lighthouse-pages-{time.strftime('%Y%m%d-%H%M')}.md"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(report + "\n")
    print(f"\nwritten to {target.relative_to(ROOT)}")
    return 0


def main() -> int:
    """Run every measurement and print one Markdown report."""
    if not (TOOLS / "node_modules/.bin/lighthouse").exists() and shutil.which("npm"):
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"], cwd=TOOLS, check=True)
    if os.environ.get("BENCH_ONLY") == "pages":
        return pages_only()
    out = [f"# Benchmark, {time.strftime('%Y-%m-%d %H:%M')} UTC, {os.cpu_count()} cores\n"]
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        rows, site = build_rows(tmp)
        rows += serve_rebuild_rows(tmp)
        out += [
            "## Build time (a fresh `mkdocs build` process each; 'Serve' rows are rebuilds inside `mkdocs serve`)",
            "",
            "| Build | Seconds | Charts rendered / cached |",
            "|---|---:|---|",
            *[f"| {n} | {s:.2f} | {c} |" for n, s, c in rows],
            "",
        ]
        out += [
            "## Scaling with the number of charts (cold builds)",
            "",
            "| Charts | Seconds | Rendered / cached |",
            "|---:|---:|---|",
            *[f"| {n} | {s:.2f} | {c} |" for n, s, c in scaling_rows(tmp)],
            "",
        ]
        add_naive_baseline(site)
        pages = ["", f"{CHART_PAGE}/", "sources/", f"{NAIVE_PAGE}/"]
        out += [
            "## Page weight by file (gzip -9; first paint = HTML + CSS + JS + light-mode images)",
            "",
            "| Page | First paint KB | Files | With live charts KB | Files |",
            "|---|---:|---:|---:|---:|",
        ]
        for path in pages:
            page = site / path / "index.html"
            first, live = first_paint_files(site, page), live_chart_files(site, page)
            a, b = sum(map(gzip_size, first)) / 1024, sum(map(gzip_size, live)) / 1024
            out.append(f"| {path or 'home'} | {a:.1f} | {len(first)} | {a + b:.1f} | {len(first) + len(live)} |")
        base, server = serve(site)
        try:
            out += [
                "",
                "## Transfer measured in Chromium (gzip served like GitHub Pages)",
                "",
                "| Page | Until load KB | Requests | Charts live, network idle KB | Requests |",
                "|---|---:|---:|---:|---:|",
                *[f"| {p} | {a / 1024:.1f} | {b} | {c / 1024:.1f} | {d} |" for p, a, b, c, d in transfer_rows(base, pages)],
                "",
            ]
            out += [
                f"## Lighthouse 12.2.3 (median of {RUNS} runs, Debian Chromium)",
                "",
                "| Page | Form factor | Perf | A11y | Best pr. | SEO | LCP s | TBT ms | CLS |",
                "|---|---|---:|---:|---:|---:|---:|---:|---:|",
            ]
            for path in ["", f"{CHART_PAGE}/", f"{NAIVE_PAGE}/"]:
                for preset in ("mobile", "desktop"):
                    r = lighthouse(base + path, preset)
                    out.append(
                        f"| {path or 'home'} | {preset} | "
                        + (
                            " | ".join(
                                [
                                    *(f"{r[k]:.0f}" for k in ("performance", "accessibility", "best-practices", "seo")),
                                    f"{r['LCP s']:.2f}",
                                    f"{r['TBT ms']:.0f}",
                                    f"{r['CLS']:.3f}",
                                ]
                            )
                            if r
                            else "not run (npm ci in scripts/bench-tools) | | | | | | |"
                        )
                        + " |"
                    )
            out += ["", *every_page_rows(base, site_pages(site))]
        finally:
            server.shutdown()
    out.append(f"\n`{NAIVE_PAGE}` is the naive baseline: the same page with each chart embedded by Altair's `chart.to_html(inline=True)`.")
    report = "\n".join(out)
    print(report)
    OUT.write_text(report + "\n")
    REPORTS.mkdir(parents=True, exist_ok=True)
    (REPORTS / f"bench-{time.strftime('%Y%m%d-%H%M')}.md").write_text(report + "\n")
    print(f"\nwritten to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
