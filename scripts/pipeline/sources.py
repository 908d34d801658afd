"""The source registry: one record per publication that a figure on the site comes from."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .yamlfile import item_lines, load_yaml

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
REQUIRED = ("id", "publisher", "title", "url", "date_accessed", "license")
OPTIONAL = ("date_published", "primary", "note")
# Licences that forbid derivatives or commercial reuse: we may cite their figures but not republish a dataset built
# on them (e.g. the AI Index, CC BY-ND 4.0). "All rights reserved" pages still let us cite facts, which we do.
NO_REDISTRIBUTION = re.compile(r"\b(?:CC[ -]BY(?:-[A-Z]{2})*-(?:ND|NC)|NoDerivatives|NonCommercial)\b")


@dataclass(frozen=True)
class Source:
    """One source record."""

    id: str
    publisher: str
    title: str
    url: str
    date_accessed: str
    license: str
    date_published: str | None = None
    primary: bool = True
    note: str = ""

    @property
    def allows_redistribution(self) -> bool:
        """Whether rows taken from this source may be republished in a download."""
        return not NO_REDISTRIBUTION.search(self.license)


def _iso_date(value, path: Path, line: int, field: str) -> str:
    """Return an ISO date string or raise naming the field."""
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise InputError(path, f"expected an ISO date (YYYY-MM-DD), got {value!r}", line=line, column=field) from None


def load_sources(path: Path) -> dict[str, Source]:
    """Load and validate the registry; every problem names the file, line and field."""
    records = load_yaml(path)
    if not isinstance(records, list):
        raise InputError(path, "expected a list of source records")
    lines = item_lines(path)
    sources: dict[str, Source] = {}
    for index, record in enumerate(records):
        line = lines[index] if index < len(lines) else None
        if not isinstance(record, dict):
            raise InputError(path, "expected a mapping with id, publisher, title, url, date_accessed, license", line=line)
        label = f"source {record.get('id', index + 1)!r}"
        for field in REQUIRED:
            if record.get(field) in (None, ""):
                raise InputError(path, f"{label} has no {field}", line=line, column=field)
        unknown = set(record) - set(REQUIRED) - set(OPTIONAL)
        if unknown:
            raise InputError(path, f"{label} has unknown field(s) {sorted(unknown)}", line=line)
        sid = str(record["id"])
        if not ID_PATTERN.match(sid):
            raise InputError(path, f"expected a lowercase kebab-case id, got {sid!r}", line=line, column="id")
        if sid in sources:
            raise InputError(path, f"duplicate source id {sid!r}", line=line, column="id")
        duplicate = next((s.id for s in sources.values() if s.url == str(record["url"])), None)
        if duplicate:
            raise InputError(path, f"{label} repeats the url of source {duplicate!r}; cite that record instead", line=line, column="url")
        if not re.match(r"^https?://\S+$", str(record["url"])):
            raise InputError(path, f"{label}: expected an http(s) URL, got {record['url']!r}", line=line, column="url")
        published = record.get("date_published")
        sources[sid] = Source(
            id=sid,
            publisher=str(record["publisher"]),
            title=str(record["title"]),
            url=str(record["url"]),
            date_accessed=_iso_date(record["date_accessed"], path, line, "date_accessed"),
            license=str(record["license"]),
            date_published=None if published in (None, "") else _iso_date(published, path, line, "date_published"),
            primary=bool(record.get("primary", True)),
            note=str(record.get("note") or ""),
        )
    return sources
