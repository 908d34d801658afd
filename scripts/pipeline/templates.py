"""Jinja2 templates (templates/*.j2) with autoescaping: every hole in the site's generated HTML is escaped by default."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from urllib.parse import urlsplit

import jinja2

TEMPLATE_DIR = Path(__file__).parent / "templates"
TIER_LABELS = {"official": "Official source", "research": "Research source", "press": "Press report", "secondary": "Secondary source"}


def long_date(iso: str) -> str:
    """'2026-11-29' -> '29 November 2026'."""
    day = dt.date.fromisoformat(iso)
    return f"{day.day} {day:%B %Y}"


def format_cell(value, kind: str = "") -> str:
    """Plain text for a table cell: whole floats without '.0', thousands separated; years as written."""
    if value is None or value != value:  # None or NaN
        return "–"
    if kind == "year":  # a year column with gaps loads as float: 2024.0 must read 2024, not 2,024
        return str(int(value))
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,}"
    if isinstance(value, int):
        return str(value) if 1900 <= value <= 2100 else f"{value:,}"
    return str(value)


def markdown_text(value) -> jinja2.utils.markupsafe.Markup:
    """HTML-escape text on one line, then backslash-escape what Markdown would read as markup (for text inside Markdown)."""
    escaped = str(jinja2.utils.markupsafe.escape(" ".join(str(value).split())))
    for char in "\\`*_[]":
        escaped = escaped.replace(char, "\\" + char)
    return jinja2.utils.markupsafe.Markup(escaped)


@functools.cache
def environment() -> jinja2.Environment:
    """The one template environment: autoescape on, undefined names fail loudly."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATE_DIR), autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=False)
    env.filters.update(long_date=long_date, cell=format_cell, md=markdown_text, host=lambda url: urlsplit(url).hostname or url)
    env.globals["tier_label"] = TIER_LABELS
    return env


def render(template: str, **context) -> str:
    """Render templates/<template> with context."""
    return environment().get_template(template).render(**context)
