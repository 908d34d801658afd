"""The source registry: one file per record in charts/sources/, named by its id, checked against schemas/source."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from .errors import InputError
from .schema import did_you_mean, validate
from .yamlfile import YamlDocument

TIERS = ("official", "research", "press", "secondary")
# Licences under which we may cite the figures but not republish a dataset derived from them (e.g. the AI Index,
# CC BY-ND 4.0). "all-rights-reserved" pages still let us cite facts, which is all a dataset row does.
NO_DERIVED_DATA = frozenset({"CC-BY-ND-4.0", "CC-BY-NC-4.0", "CC-BY-NC-SA-4.0", "CC-BY-NC-ND-4.0"})
LICENCE_NAMES = {
    "public-domain": "Public domain",
    "CC0-1.0": "CC0 1.0",
    "CC-BY-4.0": "CC BY 4.0",
    "CC-BY-SA-4.0": "CC BY-SA 4.0",
    "CC-BY-ND-4.0": "CC BY-ND 4.0",
    "CC-BY-NC-4.0": "CC BY-NC 4.0",
    "CC-BY-NC-SA-4.0": "CC BY-NC-SA 4.0",
    "CC-BY-NC-ND-4.0": "CC BY-NC-ND 4.0",
    "all-rights-reserved": "All rights reserved (facts cited)",
    "not-stated": "Licence not stated (facts cited)",
}


@dataclass(frozen=True)
class Excerpt:
    """A short quoted passage of the page where a figure was verified, and the figures it supports."""

    text: str
    supports: tuple[str, ...]
    lang: str = "en"
    gloss: str | None = None
    conversion: str | None = None


@dataclass(frozen=True)
class VerifiedIn:
    """The stored copy where a figure was read, when it is not the original."""

    url: str
    note: str


# The registry is split by the publisher's initial into pages of roughly 40-110 records: one page of all 600+ records
# weighed about 1 MB of HTML and was the slowest page on a phone (Lighthouse mobile 47-51). Letters, not running
# numbers, so a record's address stays put as records are added.
REGISTRY_GROUPS: tuple[tuple[str, str, str], ...] = (
    ("a", "0-9 and A", "0123456789A"),
    ("b-c", "B to C", "BC"),
    ("d-f", "D to F", "DEF"),
    ("g-l", "G to L", "GHIJKL"),
    ("m-n", "M to N", "MN"),
    ("o-r", "O to R", "OPQR"),
    ("s", "S", "S"),
    ("t", "T", "T"),
    ("u-z", "U to Z and other scripts", "UVWXYZ"),  # publishers named in Chinese characters sort last, so here
)


def registry_group(publisher: str) -> str:
    """Slug of the registry page for a publisher: the group holding its initial; other scripts go to the last."""
    initial = publisher.strip()[:1].upper()
    return next((slug for slug, _, letters in REGISTRY_GROUPS if initial and initial in letters), REGISTRY_GROUPS[-1][0])


@dataclass(frozen=True)
class Source:
    """One source record: the original publication, where it was verified, and what it says."""

    id: str
    publisher: str
    title: str
    url: str | None
    date_accessed: str
    license: str
    tier: str
    date_published: str | None = None
    license_note: str | None = None
    verified_in: VerifiedIn | None = None
    excerpts: tuple[Excerpt, ...] = ()
    no_excerpt: str | None = None
    note: str = ""
    path: str = ""

    def as_dict(self) -> dict:
        """The record as published in metadata.json (without the local file path), empty fields left out."""
        return {k: v for k, v in asdict(self).items() if k != "path" and v not in (None, "", ())}

    @property
    def registry_group(self) -> str:
        """The registry page (sources/<group>/) that lists this record: by the publisher's initial."""
        return registry_group(self.publisher)

    @property
    def record_path(self) -> str:
        """This record's address relative to the sources folder: '<group>/#src-<id>'."""
        return f"{self.registry_group}/#src-{self.id}"

    @property
    def link(self) -> str:
        """Where a reader can follow the source: the original, else the copy it was verified in."""
        return self.url or self.verified_in.url

    @property
    def licence_name(self) -> str:
        """The licence in words."""
        return LICENCE_NAMES[self.license] + (f" ({self.license_note})" if self.license_note else "")

    @property
    def allows_redistribution(self) -> bool:
        """Whether rows taken from this source may be republished in a download."""
        return self.license not in NO_DERIVED_DATA


def load_source(path: Path) -> Source:
    """Read and validate one record file."""
    document = YamlDocument(path)
    if not isinstance(document.data, dict):
        raise InputError(path, "expected a mapping with id, publisher, title, url, date_accessed, license, tier", line=1)
    validate(document, "source")
    record = document.data
    if record["id"] != path.stem:
        raise InputError(
            path, f"the file name must be the record's id: rename it to {record['id']}.yml or change the id", line=document.line_of("id"), column="id"
        )
    verified = record.get("verified_in")
    if not record.get("url") and not verified:
        raise InputError(
            path,
            f"source {record['id']!r} has no url: give the original's URL, or verified_in for the copy it was read in",
            line=document.line_of("id"),
            column="url",
        )
    if verified and verified["url"] == record.get("url"):
        raise InputError(
            path,
            "verified_in.url is the record's own url: leave verified_in out when the figure was read in the original",
            line=document.line_of("verified_in", "url"),
            column="verified_in.url",
        )
    excerpts = tuple(Excerpt(e["text"], tuple(e["supports"]), e.get("lang", "en"), e.get("gloss"), e.get("conversion")) for e in record.get("excerpts", ()))
    for index, excerpt in enumerate(excerpts):
        if excerpt.lang != "en" and not excerpt.gloss:
            raise InputError(
                path, "an excerpt not in English needs an English gloss", line=document.line_of("excerpts", index), column=f"excerpts.{index}.gloss"
            )
    return Source(
        id=record["id"],
        publisher=record["publisher"],
        title=record["title"],
        url=record.get("url"),
        date_accessed=record["date_accessed"],
        license=record["license"],
        tier=record["tier"],
        date_published=record.get("date_published"),
        license_note=record.get("license_note"),
        verified_in=VerifiedIn(**verified) if verified else None,
        excerpts=excerpts,
        no_excerpt=record.get("no_excerpt"),
        note=record.get("note") or "",
        path=str(path),
    )


def load_sources(directory: Path) -> dict[str, Source]:
    """Load every record in charts/sources/; every problem names the file, line and field."""
    if not directory.is_dir():
        raise InputError(directory, "the source registry folder is missing (one <id>.yml file per record)")
    sources: dict[str, Source] = {}
    urls: dict[str, str] = {}
    for path in sorted(directory.iterdir()):
        if path.suffix != ".yml":
            raise InputError(path, "expected only <id>.yml source records in this folder")
        source = load_source(path)
        if source.url and source.url in urls:
            raise InputError(path, f"repeats the url of source {urls[source.url]!r}; cite that record instead", column="url")
        if source.url:
            urls[source.url] = source.id
        sources[source.id] = source
    return sources


def unknown_source(source_id: str, sources: dict[str, Source]) -> str:
    """Message for a source id that is not in the registry, with the closest known id."""
    return f"a source id from the registry (charts/sources/<id>.yml), got {source_id!r}{did_you_mean(source_id, sources)}"
