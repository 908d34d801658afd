"""Load a chart's dataset: check the CSV against the column types its metadata declares."""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .errors import InputError
from .schema import did_you_mean
from .sources import Source, unknown_source

ACRONYMS = {"ai", "us", "usd", "rmb", "gdp", "eu", "uk", "gpu", "tpu", "ic", "api", "phd", "stem", "bf16", "tflops"}
SPELLED = {"params": "parameters", "pct": "%", "pp": "(points)", "b": "billion"}
UNIT_WORDS = {"pct", "pp", "pb", "tbps", "gb", "b", "billion", "million", "tflops"}  # said again by the unit, when there is one


def humanise(name: str, unit: str | None = None) -> str:
    """A column name as a heading: 'price_per_million_tokens' -> 'Price per million tokens', acronyms in capitals;
    a trailing unit word ('_pct', '_b') is left to the unit when the column declares one."""
    parts = name.split("_")
    while unit and len(parts) > 1 and parts[-1] in UNIT_WORDS:
        parts.pop()
    words = [w.upper() if w in ACRONYMS else SPELLED.get(w, w) for w in parts]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class Column:
    """A declared dataset column."""

    name: str
    type: str
    description: str
    unit: str | None = None
    values: tuple[str, ...] = ()
    required: bool = True
    label: str | None = None
    cites: str | None = None

    @property
    def heading(self) -> str:
        """Header text for tables: the label readers see (or the name in words), with the unit."""
        text = self.label or ("Source" if self.type == "source" else humanise(self.name, self.unit))
        return f"{text} ({self.unit})" if self.unit else text


def parse_columns(raw: list[dict], meta_path: Path, document=None) -> tuple[Column, ...]:
    """Column objects from a schema-checked `dataset.columns` list; at least one column holds source ids."""
    columns = tuple(
        Column(c["name"], c["type"], c["description"], c.get("unit"), tuple(c.get("values", ())), c.get("required", True), c.get("label"), c.get("cites"))
        for c in raw
    )
    names = [c.name for c in columns]
    for index, name in enumerate(names):
        if name in names[:index]:
            raise InputError(
                meta_path, f"column {name!r} is declared twice", line=document and document.line_of("dataset", "columns", index), column="dataset.columns"
            )
    for index, column in enumerate(columns):
        if column.cites and (column.type != "source" or column.cites not in names):
            raise InputError(
                meta_path,
                f"column {column.name!r}: `cites` is for a source column and must name a declared column, got {column.cites!r}{did_you_mean(column.cites, names)}",
                line=document and document.line_of("dataset", "columns", index),
                column="dataset.columns",
            )
    if not any(c.type == "source" for c in columns):
        raise InputError(
            meta_path,
            "a dataset needs a column of type 'source' (the source id of each row, or one per value column)",
            line=document and document.line_of("dataset", "columns"),
            column="dataset.columns",
        )
    return columns


def row_source_ids(row: dict, columns) -> list[str]:
    """The source ids a data row cites: one per source column (a table of paired values may cite one per value)."""
    ids = (row[c.name] for c in columns if c.type == "source")
    return list(dict.fromkeys(i for i in ids if isinstance(i, str) and i))


def _check_cell(value: str, column: Column, sources: dict[str, Source], pages: list[str]):
    """Convert one cell to its declared type; return (value, None) or (None, what was expected)."""
    kind = column.type
    if kind == "page":  # a page of the site, so a row can say where it is explained; a missing page is a broken link
        if value not in pages:
            return None, f"a page in docs/ (e.g. 'talent.md'), got {value!r}{did_you_mean(value, pages)}"
        return value, None
    if kind in ("string", "source", "category"):
        if kind == "category" and value not in column.values:
            return None, f"one of {list(column.values)}, got {value!r}{did_you_mean(value, column.values)}"
        if kind == "source" and value not in sources:
            return None, unknown_source(value, sources)
        return value, None
    if kind == "integer" or kind == "year":
        try:
            number = int(value)
        except ValueError:
            return None, f"{'a year' if kind == 'year' else 'a whole number'}, got {value!r}"
        if kind == "year" and not 1900 <= number <= 2100:
            return None, f"a four-digit year, got {value!r}"
        return number, None
    if kind == "number":
        try:
            number = float(value)
        except ValueError:
            return None, f"a number (use . for decimals, no thousands separators or units), got {value!r}"
        if not math.isfinite(number):
            return None, f"a finite number, got {value!r}"
        return number, None
    try:  # date
        if len(value) != 10:
            raise ValueError
        return dt.date.fromisoformat(value).isoformat(), None
    except ValueError:
        return None, f"an ISO date (YYYY-MM-DD), got {value!r}"


def load_dataset(csv_path: Path, columns: list[Column], sources: dict[str, Source]) -> pd.DataFrame:
    """Read and validate a CSV; any problem names the file, row and column."""
    try:
        text = csv_path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(csv_path, "file is missing") from None
    except UnicodeDecodeError as exc:
        raise InputError(csv_path, f"expected UTF-8 text ({exc.reason} at byte {exc.start})") from None
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows, lines = [], []
    try:
        for fields in reader:
            rows.append(fields)
            lines.append(reader.line_num)  # last line of this record, so quoted multi-line fields stay right
    except csv.Error as exc:
        raise InputError(csv_path, f"is not well-formed CSV ({exc})", line=reader.line_num) from None
    if not rows:
        raise InputError(csv_path, "is empty; expected a header row and data rows")
    header, body = [h.strip() for h in rows[0]], rows[1:]
    declared = [c.name for c in columns]
    for name in declared:
        if name not in header:
            raise InputError(csv_path, f"required column is missing (header has {header})", column=name, line=1)
    for name in header:
        if name not in declared:
            raise InputError(csv_path, "column is not declared in meta.yml", column=name, line=1)
    if not body:
        raise InputError(csv_path, "has a header but no data rows")
    by_name = {c.name: c for c in columns}
    docs = csv_path.parent.parent.parent / "docs"  # charts/<id>/data.csv -> docs/
    pages = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md")) if any(c.type == "page" for c in columns) else []
    records = []
    for index, fields in enumerate(body, start=1):
        line = lines[index]
        if len(fields) != len(header):
            raise InputError(csv_path, f"expected {len(header)} fields, found {len(fields)}", row=index, line=line)
        record = {}
        for name, raw in zip(header, fields, strict=True):
            column, value = by_name[name], raw.strip()
            if value == "":
                if column.required:
                    raise InputError(csv_path, f"is empty; expected {column.type}", row=index, column=name, line=line)
                record[name] = None
                continue
            converted, expected = _check_cell(value, column, sources, pages)
            if expected:
                raise InputError(csv_path, f"expected {expected}", row=index, column=name, line=line)
            record[name] = converted
        for column in columns:  # every value in a table of paired values names its own record
            if column.cites and record[column.cites] is not None and record[column.name] is None:
                raise InputError(
                    csv_path, f"is empty; expected the source id of the {column.cites} value in this row", row=index, column=column.name, line=line
                )
        records.append(record)
    return pd.DataFrame.from_records(records, columns=declared)
