"""Generate every chart: validate all inputs, render what changed, report what was cached."""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .captions import check_caption_figures
from .changelog import Change, load_changelog
from .charts import ChartDefinition, chart_folders, load_definition, load_theme
from .errors import InputError
from .evidence import check_excerpts
from .render import cached_target, rendered_in_this_process, specs_for, svg_size, write
from .sources import Source, load_sources

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class BuiltChart:
    """A validated chart and the folder holding its rendered files."""

    definition: ChartDefinition
    output_dir: Path
    cached: bool

    @property
    def size(self) -> tuple[int, int]:
        """Pixel size of the static SVG."""
        return svg_size((self.output_dir / "light.svg").read_text(encoding="utf-8"))

    def published_files(self) -> list[Path]:
        """Rendered files the site may publish: not the CSV when a source's licence forbids republishing derived data."""
        return [path for path in sorted(self.output_dir.iterdir()) if self.definition.redistributable or path.name != "data.csv"]


@dataclass
class Site:
    """Everything the pipeline produced for one build."""

    sources: dict[str, Source]
    charts: dict[str, BuiltChart]
    changes: list[Change] = field(default_factory=list)


def _specs(definition: ChartDefinition) -> dict:
    return specs_for(definition)


def _write(job: tuple[ChartDefinition, Path, dict]) -> None:
    write(*job)


def _map(function, items: list, theme_file: Path, workers: int, fork: bool) -> list:
    """function over items, in worker processes when there are several items and workers."""
    if workers <= 1 or len(items) <= 1:
        return [function(item) for item in items]
    with ProcessPoolExecutor(min(workers, len(items)), mp_context=_context(fork), initializer=_load_theme_once, initargs=(theme_file,)) as pool:
        return list(pool.map(function, items))


def _context(fork: bool):
    """fork when the caller knows its process is fresh (a one-off build: fast), spawn otherwise.

    Forking a process that runs other threads (mkdocs serve, a pytest-xdist worker, vl-convert's runtime once it has
    rendered) deadlocks the child. A spawned worker re-imports the pipeline from the parent's sys.path, which MkDocs
    resets after loading the hook, so the scripts folder is put back first."""
    if fork and threading.active_count() == 1 and not rendered_in_this_process():
        return multiprocessing.get_context("fork")
    scripts_dir = str(Path(__file__).resolve().parents[1])
    if scripts_dir not in sys.path:
        sys.path.insert(0, scripts_dir)
    return multiprocessing.get_context("spawn")


def _load_theme_once(theme_file: Path) -> None:
    """Worker set-up: import the site theme, so chart functions can `import theme`."""
    load_theme(theme_file)


def build_all(root: Path = ROOT, cache_root: Path | None = None, workers: int | None = None, fork: bool = False) -> Site:
    """Validate the registry and every chart folder, then render the charts whose inputs changed, in parallel."""
    charts_dir = root / "charts"
    theme_file = charts_dir / "theme.py"
    load_theme(theme_file)
    sources = load_sources(charts_dir / "sources")
    check_excerpts(sources)
    changes = load_changelog(charts_dir / "changelog.yml", sorted(p.relative_to(root / "docs").as_posix() for p in (root / "docs").rglob("*.md")))
    # Validate everything before rendering anything, so one bad file stops the build before any output changes.
    definitions = [load_definition(folder, sources) for folder in chart_folders(charts_dir)]
    for definition in definitions:
        check_caption_figures(definition)
    cache_root = cache_root or root / ".cache" / "charts"
    targets = {d.id: cached_target(d, cache_root, theme_file) for d in definitions}
    stale = [d for d in definitions if not targets[d.id][1]]
    workers = workers if workers is not None else int(os.environ.get("CTG_WORKERS", os.cpu_count() or 1))
    # Call every changed chart's function before writing anything: a chart that raises leaves no output behind.
    specs = _map(_specs, stale, theme_file, workers, fork)
    _map(_write, [(d, targets[d.id][0], s) for d, s in zip(stale, specs, strict=True)], theme_file, workers, fork)
    built = {d.id: BuiltChart(d, targets[d.id][0], cached=targets[d.id][1]) for d in definitions}
    return Site(sources, built, changes)


def main(argv: list[str] | None = None) -> int:
    """Command line: generate all charts and print one line per chart."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--root", type=Path, default=ROOT, help="project root (holds charts/)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        site = build_all(args.root, fork=True)  # a one-off command: nothing else runs in this process
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    for chart in site.charts.values():
        print(f"{'cached ' if chart.cached else 'rendered'} {chart.definition.id} -> {chart.output_dir.relative_to(args.root)}")
    print(f"{len(site.charts)} charts, {len(site.sources)} sources in {time.perf_counter() - started:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
