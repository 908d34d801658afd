"""Discover chart folders under charts/ and turn each into a validated, themed Vega-Lite spec."""

from __future__ import annotations

import importlib.util
import re
import sys
import textwrap
from dataclasses import dataclass, field, replace
from pathlib import Path

import altair as alt
import pandas as pd

from .datasets import Column, load_dataset, parse_columns, row_source_ids
from .errors import InputError
from .schema import did_you_mean, is_iso_date, validate
from .sources import Source
from .yamlfile import YamlDocument

CHART_ID = re.compile(r"^[a-z][a-z0-9_]*$")
STATIC_WIDTH = 640  # px; the build-time SVG scales down on narrow screens, the live view re-lays out to fit


@dataclass(frozen=True)
class DatasetMeta:
    """The dataset part of meta.yml: what the data is, its licence, caveats and column contract."""

    title: str
    description: str
    license: str
    caveats: tuple[str, ...]
    entity_policy: str
    columns: tuple[Column, ...]


@dataclass(frozen=True)
class DataFrom:
    """`data_from` in meta.yml: the chart draws the rows of another chart's dataset that match `where`."""

    chart: str
    where: tuple[tuple[str, tuple[str, ...]], ...] = ()


EVENTS_CHART = "timeline_events"  # the one events dataset that any chart may mark its key events from


@dataclass(frozen=True)
class ChartMeta:
    """A chart's reader-facing metadata (schemas/chart-meta.schema.json)."""

    title: str
    subtitle: str
    description: str
    as_of: str
    next_update: str
    dataset: DatasetMeta
    data_from: DataFrom | None = None
    events: DataFrom | None = None  # `events` in meta.yml: rows of the events dataset marked on the chart


@dataclass
class ChartDefinition:
    """Everything one chart folder declares: data, metadata and the function that draws it."""

    id: str
    folder: Path
    meta: ChartMeta
    data: pd.DataFrame
    sources: list[Source] = field(default_factory=list)
    data_folder: Path | None = None  # the folder whose data.csv the chart reads: its own, or its data_from chart's
    events: pd.DataFrame | None = None  # events marked on the chart (meta.yml `events`), passed to chart() second

    @property
    def columns(self) -> tuple[Column, ...]:
        """The dataset's declared columns."""
        return self.meta.dataset.columns

    @property
    def data_path(self) -> Path:
        """The data.csv the chart's rows come from."""
        return (self.data_folder or self.folder) / "data.csv"

    @property
    def files(self) -> list[Path]:
        """The files whose content decides the chart's output (with data_from, the shared dataset and its columns too)."""
        shared = [self.data_folder / "meta.yml"] if self.data_folder not in (None, self.folder) else []
        if self.meta.events:  # editing the events dataset re-renders every chart that marks its events
            events = self.folder.parent / EVENTS_CHART
            shared += [events / "data.csv", events / "meta.yml"]
        return [self.data_path, *shared, self.folder / "meta.yml", self.folder / "chart.py"]

    @property
    def redistributable(self) -> bool:
        """False when any row comes from a source whose licence forbids republishing derived data."""
        return all(s.allows_redistribution for s in self.sources)


def chart_folders(charts_dir: Path) -> list[Path]:
    """Chart folders, sorted: every subfolder holding a chart.py."""
    return sorted(p.parent for p in charts_dir.glob("*/chart.py"))


def load_meta(meta_path: Path) -> ChartMeta:
    """Read meta.yml and check it against the chart-metadata schema."""
    document = YamlDocument(meta_path)
    if not isinstance(document.data, dict):
        raise InputError(meta_path, "expected a mapping of chart metadata", line=1)
    validate(document, "chart-meta")
    meta, dataset = document.data, document.data["dataset"]
    if not is_iso_date(meta["as_of"]):
        raise InputError(meta_path, f"expected a real ISO date (YYYY-MM-DD), got {meta['as_of']!r}", line=document.line_of("as_of"), column="as_of")
    data_from = None
    if "data_from" in meta:
        if "columns" in dataset:
            raise InputError(
                meta_path,
                f"a chart with data_from takes its columns from charts/{meta['data_from']['chart']}/meta.yml: remove dataset.columns",
                line=document.line_of("dataset", "columns"),
                column="dataset.columns",
            )
        where = tuple((name, tuple(values)) for name, values in meta["data_from"].get("where", {}).items())
        data_from, columns = DataFrom(meta["data_from"]["chart"], where), ()
    else:
        columns = parse_columns(dataset["columns"], meta_path, document)
    events = None
    if "events" in meta:
        events = DataFrom(EVENTS_CHART, tuple((name, tuple(values)) for name, values in meta["events"]["where"].items()))
    return ChartMeta(
        meta["title"],
        meta["subtitle"],
        meta["description"],
        meta["as_of"],
        meta["next_update"],
        DatasetMeta(dataset["title"], dataset["description"], dataset["license"], tuple(dataset["caveats"]), dataset["entity_policy"], columns),
        data_from,
        events,
    )


def _shared_dataset(folder: Path, meta: ChartMeta) -> tuple[Path, ChartMeta]:
    """For a chart with data_from: the folder of the chart it draws from, and its own meta with that chart's columns."""
    meta_path, chart = folder / "meta.yml", meta.data_from.chart
    line = YamlDocument(meta_path).line_of("data_from", "chart")
    source = folder.parent / chart
    if not (source / "meta.yml").is_file() or source == folder:
        known = [p.name for p in chart_folders(folder.parent) if p != folder]
        raise InputError(meta_path, f"data_from names no other chart folder: {chart!r}{did_you_mean(chart, known)}", line=line, column="data_from.chart")
    shared = load_meta(source / "meta.yml")
    if shared.data_from:
        raise InputError(
            meta_path, f"charts/{chart} itself draws from charts/{shared.data_from.chart}: name that chart instead", line=line, column="data_from.chart"
        )
    return source, replace(meta, dataset=replace(meta.dataset, columns=shared.dataset.columns))


def _select(data: pd.DataFrame, columns, selection: DataFrom, meta_path: Path, key: str = "data_from") -> pd.DataFrame:
    """The rows of a shared dataset that a selection's `where` keeps; a column or value the dataset lacks is an error."""
    by_name = {c.name: c for c in columns}
    for name, values in selection.where:
        line = YamlDocument(meta_path).line_of(key, "where", name)
        if name not in by_name:
            raise InputError(
                meta_path,
                f"{key}.where names a column the dataset lacks{did_you_mean(name, by_name)}; it has {list(by_name)}",
                line=line,
                column=f"{key}.where.{name}",
            )
        allowed = by_name[name].values
        for value in values:
            if allowed and value not in allowed:
                raise InputError(
                    meta_path, f"expected one of {list(allowed)}, got {value!r}{did_you_mean(value, allowed)}", line=line, column=f"{key}.where.{name}"
                )
        data = data[data[name].isin(values)]
    if data.empty:
        raise InputError(meta_path, f"{key}.where keeps no rows of the dataset", line=YamlDocument(meta_path).line_of(key), column=f"{key}.where")
    return data.reset_index(drop=True)


def _events(folder: Path, meta: ChartMeta, sources: dict[str, Source]) -> pd.DataFrame:
    """The rows of the events dataset that a chart's `events.where` keeps, validated like any dataset."""
    events_folder = folder.parent / EVENTS_CHART
    events_meta = load_meta(events_folder / "meta.yml")
    columns = events_meta.dataset.columns
    return _select(load_dataset(events_folder / "data.csv", list(columns), sources), columns, meta.events, folder / "meta.yml", "events")


def load_definition(folder: Path, sources: dict[str, Source]) -> ChartDefinition:
    """Read and validate one chart folder's metadata and data."""
    chart_id = folder.name
    if not CHART_ID.match(chart_id):
        raise InputError(folder, f"expected a chart folder name in snake_case (it becomes the chart id), got {chart_id!r}")
    meta = load_meta(folder / "meta.yml")
    data_folder = folder
    if meta.data_from:
        data_folder, meta = _shared_dataset(folder, meta)
    data = load_dataset(data_folder / "data.csv", list(meta.dataset.columns), sources)
    if meta.data_from:
        data = _select(data, meta.dataset.columns, meta.data_from, folder / "meta.yml")
    cited = [sid for row in data.to_dict("records") for sid in row_source_ids(row, meta.dataset.columns)]
    events = None
    if meta.events:  # the events it marks are sourced too: their records join the chart's source list
        events = _events(folder, meta, sources)
        cited += list(events["source_id"])
    used = [sources[s] for s in dict.fromkeys(cited)]
    return ChartDefinition(chart_id, folder, meta, data, used, data_folder, events)


def load_theme(theme_file: Path):
    """(Re)load charts/theme.py as module `theme`, so chart functions can import it and edits take effect."""
    spec = importlib.util.spec_from_file_location("theme", theme_file)
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception as exc:
        raise InputError(theme_file, f"could not be imported: {type(exc).__name__}: {exc}") from exc
    sys.modules["theme"] = module
    return module


def _load_function(path: Path):
    """Import chart.py from its path (fresh each time, so edits show up under `mkdocs serve`)."""
    spec = importlib.util.spec_from_file_location(f"chart_{path.parent.name}", path)
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception as exc:
        raise InputError(path, f"could not be imported: {type(exc).__name__}: {exc}") from exc
    if not callable(getattr(module, "chart", None)):
        raise InputError(path, "expected a function chart(data) that returns an Altair chart")
    return module.chart


def fields_used(spec) -> set[str]:
    """Every data field that a Vega-Lite spec's encodings read."""
    found = set()
    if isinstance(spec, dict):
        for channel in (spec.get("encoding") or {}).values():
            for item in channel if isinstance(channel, list) else [channel]:
                if isinstance(item, dict) and isinstance(item.get("field"), str):
                    found.add(item["field"].split(".")[0].replace("\\", ""))
        for key, value in spec.items():
            if key not in ("encoding", "datasets", "data", "config"):
                found |= fields_used(value)
    elif isinstance(spec, list):
        for value in spec:
            found |= fields_used(value)
    return found


def fields_derived(spec) -> set[str]:
    """Fields that a spec's transforms create (calculate, aggregate, fold, ...), so they are not dataset columns."""
    found = set()
    if isinstance(spec, dict):
        for transform in spec.get("transform", []):
            for key, value in transform.items():
                if key == "as":
                    found |= set(value if isinstance(value, list) else [value])
                elif key == "fold":
                    found |= set(transform.get("as", ["key", "value"]))
                elif isinstance(value, list):
                    found |= {v["as"] for v in value if isinstance(v, dict) and isinstance(v.get("as"), str)}
        for value in spec.values():
            found |= fields_derived(value)
    elif isinstance(spec, list):
        for value in spec:
            found |= fields_derived(value)
    return found


def draw(definition: ChartDefinition) -> alt.TopLevelMixin:
    """Call the chart's function on a copy of its data; any failure names chart.py."""
    chart_file = definition.folder / "chart.py"
    function = _load_function(chart_file)
    try:
        chart = function(definition.data.copy()) if definition.events is None else function(definition.data.copy(), definition.events.copy())
    except Exception as exc:
        raise InputError(chart_file, f"chart() raised {type(exc).__name__}: {exc}") from exc
    if not isinstance(chart, alt.TopLevelMixin):
        raise InputError(chart_file, f"chart() must return an Altair chart, got {type(chart).__name__}")
    return chart


def to_spec(definition: ChartDefinition, chart: alt.TopLevelMixin, mode: str, *, width="container", with_title=False, validate=True) -> dict:
    """The chart's themed Vega-Lite spec, checked against the columns of the data it embeds (and, with validate, against
    the Vega-Lite schema, which is most of the cost of a render)."""
    chart_file, meta = definition.folder / "chart.py", definition.meta
    props = {"description": meta.description}
    if with_title:
        credit = textwrap.wrap(f"Source: {source_line(definition)}. As of {meta.as_of}. Closing the Gap, CC BY 4.0.", 110)
        if len(credit) > 3:  # long source lists live in metadata.json; the image keeps a readable footer
            credit = [*credit[:2], textwrap.shorten(credit[2], 80) + " Full list: metadata.json."]
        props["title"] = alt.Title(textwrap.wrap(meta.title, 80), subtitle=[*textwrap.wrap(meta.subtitle, 110), *credit])
    if isinstance(chart, (alt.Chart, alt.LayerChart)):  # compound charts size their own panels
        props["width"] = width
    try:
        with alt.theme.enable(f"closing-the-gap-{mode}"):
            spec = chart.properties(**props).to_dict(validate=validate)
    except Exception as exc:
        raise InputError(chart_file, f"chart() returned an invalid Vega-Lite spec: {type(exc).__name__}: {str(exc)[:400]}") from exc
    # Compare with the columns of the data the chart actually embeds (a function may add derived columns).
    embedded = {key for rows in spec.get("datasets", {}).values() for row in rows[:1] for key in row}
    missing = fields_used(spec) - fields_derived(spec) - (embedded or {c.name for c in definition.columns})
    if missing:
        raise InputError(
            chart_file,
            f"chart encodes column(s) {sorted(missing)} that {definition.data_path} does not have (it has {[c.name for c in definition.columns]})",
        )
    return spec


def source_line(definition: ChartDefinition) -> str:
    """Short plain-text credit line: the distinct publishers, in order of first use."""
    return "; ".join(dict.fromkeys(s.publisher for s in definition.sources))
