"""Data callouts: `<!-- value:chart_id column key=value ... -->` in prose becomes that dataset cell, so a corrected CSV
corrects the sentence too. Options: `format=,.1f` (a Python format spec), `scale=0.001` (multiply before formatting)."""

from __future__ import annotations

import re
import shlex

from .errors import InputError
from .schema import did_you_mean
from .templates import format_cell

VALUE = re.compile(r"<!--\s*value:\s*(\w+)\s+(.*?)\s*-->", re.DOTALL)
OPTIONS = ("format", "scale")


def _error(markdown: str, match: re.Match, message: str) -> InputError:
    return InputError("page", f"{match.group(0)}: {message}", line=markdown[: match.start()].count("\n") + 1)


def lookup(site, chart_id: str, words: list[str]):
    """The single dataset cell that a callout's words select; raises ValueError with the reason otherwise."""
    if chart_id not in site.charts:
        raise ValueError(f"unknown chart id {chart_id!r}{did_you_mean(chart_id, site.charts)}")
    data = site.charts[chart_id].definition.data
    column, *conditions = words
    if column not in data.columns:
        raise ValueError(f"{chart_id} has no column {column!r}{did_you_mean(column, data.columns)}; it has {list(data.columns)}")
    rows, options = data, {}
    for condition in conditions:
        key, sep, wanted = condition.partition("=")
        if not sep:
            raise ValueError(f"expected key=value, got {condition!r}")
        if key in OPTIONS:
            options[key] = wanted
            continue
        if key not in data.columns:
            raise ValueError(f"{chart_id} has no column {key!r}{did_you_mean(key, data.columns)}")
        rows = rows[rows[key].astype(str).str.removesuffix(".0") == wanted]
    if len(rows) != 1:
        raise ValueError(f"selects {len(rows)} rows of {chart_id}; add conditions until exactly one row matches")
    value = rows.iloc[0][column]
    if "scale" in options:
        value = float(value) * float(options["scale"])
    return format(value, options["format"]) if "format" in options else format_cell(value.item() if hasattr(value, "item") else value)


def replace_values(markdown: str, site) -> str:
    """Every value marker in a page replaced by its formatted dataset cell; a bad marker names its line."""

    def replace(match: re.Match) -> str:
        try:
            return lookup(site, match.group(1), shlex.split(match.group(2)))
        except ValueError as exc:
            raise _error(markdown, match, str(exc)) from None

    return VALUE.sub(replace, markdown)
