"""Render a chart's files (SVGs, PNG, specs, data downloads), skipping charts whose content hash is cached."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import uuid
from dataclasses import asdict
from importlib.metadata import version
from pathlib import Path

import altair as alt
import vl_convert as vlc

from . import fonts
from .charts import STATIC_WIDTH, ChartDefinition, draw, to_spec

PIPELINE_DIR = Path(__file__).parent
# Only the code that decides a chart's files is in its cache key: editing the figure HTML, footnotes or templates
# re-renders nothing.
RENDERING_CODE = [PIPELINE_DIR / name for name in ("charts.py", "datasets.py", "fonts.py", "render.py")]
VL_VERSION = ".".join(alt.SCHEMA_VERSION.lstrip("v").split(".")[:2])
LIBRARIES = ("altair", "vl-convert-python", "pandas", "pyyaml")
OUTPUTS = ("light.svg", "dark.svg", "chart.svg", "chart.png", "chart.vl.json", "light.vg.json", "dark.vg.json", "metadata.json", "data.csv")


def content_hash(definition: ChartDefinition, theme_file: Path) -> str:
    """Key of a chart's outputs: its files, the theme, its sources, the pipeline code and library versions."""
    digest = hashlib.sha256()
    for path in [*definition.files, theme_file, *RENDERING_CODE]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    digest.update(json.dumps([s.as_dict() for s in definition.sources], sort_keys=True).encode())
    digest.update(" ".join(f"{lib}={version(lib)}" for lib in LIBRARIES).encode())
    digest.update(fonts.fingerprint().encode())  # installing or upgrading the CJK font changes the images
    return digest.hexdigest()[:16]


def svg_size(svg: str) -> tuple[int, int]:
    """Width and height that vl-convert wrote on the root <svg>."""
    match = re.search(r'<svg[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"', svg)
    return (round(float(match.group(1))), round(float(match.group(2)))) if match else (STATIC_WIDTH, 400)


def metadata_document(definition: ChartDefinition) -> dict:
    """The reader-facing metadata published beside the data download."""
    meta = definition.meta
    return {
        "id": definition.id,
        "title": meta.title,
        "subtitle": meta.subtitle,
        "description": meta.description,
        "as_of": meta.as_of,
        "next_update": meta.next_update,
        "dataset": {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(meta.dataset).items() if k != "columns"},
        "columns": [{k: v for k, v in asdict(c).items() if v not in (None, ())} for c in definition.columns],
        "sources": [s.as_dict() for s in definition.sources],
    }


def _write(directory: Path, name: str, content: str | bytes) -> None:
    """Write one output file."""
    path = directory / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))


def cached_target(definition: ChartDefinition, cache_root: Path, theme_file: Path) -> tuple[Path, bool]:
    """Where the chart's outputs live, and whether the cache already holds them all."""
    target = cache_root / definition.id / content_hash(definition, theme_file)
    return target, all((target / name).exists() for name in OUTPUTS)


def specs_for(definition: ChartDefinition) -> dict:
    """Draw the chart and return its themed specs: page (static SVG), live (Vega) and download versions."""
    chart = draw(definition)
    download = to_spec(definition, chart, "light", width=STATIC_WIDTH, with_title=True)
    download["config"]["background"] = "white"  # a downloaded image must read on its own
    return {
        # The schema check runs on the download spec and on one dark spec; the other variants differ from those only
        # in width, so checking them again would only repeat the same validation.
        "page": {mode: to_spec(definition, chart, mode, width=STATIC_WIDTH, validate=mode == "dark") for mode in ("light", "dark")},
        "live": {mode: to_spec(definition, chart, mode, validate=False) for mode in ("light", "dark")},
        "download": download,
    }


_RENDERED = False  # set once this process has started vl-convert's runtime (its threads make forking unsafe)


def rendered_in_this_process() -> bool:
    """Whether vl-convert has run in this process."""
    return _RENDERED


def write(definition: ChartDefinition, target: Path, specs: dict) -> None:
    """Render every output file into a staging folder of this process, then swap it in whole.

    Several processes may render the same chart at once (parallel test workers, a build beside `mkdocs serve`): each
    stages in its own folder, the first to finish wins, and no process deletes another's staging folder."""
    global _RENDERED
    _RENDERED = True
    fonts.register()
    fonts.check_spec_glyphs(specs["download"], specs["download"]["config"]["font"], definition.folder / "meta.yml")
    staging = target.with_name(f".{target.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    staging.mkdir(parents=True)
    for mode, spec in specs["page"].items():
        _write(staging, f"{mode}.svg", vlc.vegalite_to_svg(spec, vl_version=VL_VERSION))
        _write(staging, f"{mode}.vg.json", json.dumps(vlc.vegalite_to_vega(specs["live"][mode], vl_version=VL_VERSION), separators=(",", ":"), sort_keys=True))
    _write(staging, "chart.svg", vlc.vegalite_to_svg(specs["download"], vl_version=VL_VERSION))
    _write(staging, "chart.png", vlc.vegalite_to_png(specs["download"], vl_version=VL_VERSION, scale=2))
    _write(staging, "chart.vl.json", json.dumps(specs["download"], indent=2, sort_keys=True))
    _write(staging, "metadata.json", json.dumps(metadata_document(definition), indent=2, ensure_ascii=False))
    if definition.meta.data_from:  # a view publishes the rows it shows
        _write(staging, "data.csv", definition.data.to_csv(index=False, lineterminator="\n"))
    else:
        _write(staging, "data.csv", definition.data_path.read_bytes())
    try:
        staging.rename(target)  # atomic; fails if another process already put the same version in place
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)
    # Drop older versions (never staging folders, which start with a dot), so the cache holds one folder per chart.
    for old in target.parent.iterdir():
        if old != target and not old.name.startswith("."):
            shutil.rmtree(old, ignore_errors=True) if old.is_dir() else old.unlink(missing_ok=True)
