"""Generate every chart: validate all inputs, render what changed, report what was cached."""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from .charts import ChartDefinition, chart_folders, load_definition, load_theme
from .errors import InputError
from .render import plan, svg_size, write
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
        return [path for path in sorted(self.output_dir.iterdir())
                if self.definition.redistributable or path.name != "data.csv"]


@dataclass
class Site:
    """Everything the pipeline produced for one build."""

    sources: dict[str, Source]
    charts: dict[str, BuiltChart]


def build_all(root: Path = ROOT, cache_root: Path | None = None) -> Site:
    """Validate the registry and every chart folder, then render each chart (or reuse its cached files)."""
    charts_dir = root / "charts"
    load_theme(charts_dir / "theme.py")
    sources = load_sources(charts_dir / "sources")
    # Validate everything before rendering anything, so one bad file stops the build before any output changes.
    definitions = [load_definition(folder, sources) for folder in chart_folders(charts_dir)]
    cache_root = cache_root or root / ".cache" / "charts"
    theme_file = charts_dir / "theme.py"
    # Call every changed chart's function before writing anything: a chart that raises leaves no output behind.
    plans = [(definition, *plan(definition, cache_root, theme_file)) for definition in definitions]
    built = {}
    for definition, target, specs in plans:
        if specs is not None:
            write(definition, target, specs)
        built[definition.id] = BuiltChart(definition, target, cached=specs is None)
    return Site(sources, built)


def main(argv: list[str] | None = None) -> int:
    """Command line: generate all charts and print one line per chart."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--root", type=Path, default=ROOT, help="project root (holds charts/)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        site = build_all(args.root)
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    for chart in site.charts.values():
        print(f"{'cached ' if chart.cached else 'rendered'} {chart.definition.id} -> {chart.output_dir.relative_to(args.root)}")
    print(f"{len(site.charts)} charts, {len(site.sources)} sources in {time.perf_counter() - started:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
