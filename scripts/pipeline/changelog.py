"""The dated changelog (charts/changelog.yml): the "What's changed" page and the site's Atom feed."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .schema import did_you_mean, is_iso_date, validate
from .templates import render
from .yamlfile import YamlDocument


@dataclass(frozen=True)
class Change:
    """One substantive update or correction to a page."""

    date: str
    page: str
    kind: str
    summary: str

    @property
    def url_path(self) -> str:
        """The page's address below the site root, as MkDocs writes it (price-war/, timeline/, or empty for home)."""
        stem = self.page.removesuffix(".md")
        stem = "" if stem == "index" else stem.removesuffix("/index")
        return f"{stem}/" if stem else ""

    @property
    def entry_id(self) -> str:
        """A stable id for the feed: date, page and a hash of the summary (adding entries never renumbers old ones)."""
        # From the address, so a page moved into a folder as its index keeps its id (timeline.md -> timeline/index.md).
        slug = self.url_path.rstrip("/").replace("/", "-") or "index"
        return f"{self.date}-{slug}-{hashlib.sha1(self.summary.encode()).hexdigest()[:8]}"


def load_changelog(path: Path, pages: list[str]) -> list[Change]:
    """Entries, newest first; an entry for a page that does not exist names its line."""
    document = YamlDocument(path)
    validate(document, "changelog")
    changes = []
    for index, entry in enumerate(document.data or []):
        if not is_iso_date(entry["date"]):
            raise InputError(path, f"expected a real date, got {entry['date']!r}", line=document.line_of(index, "date"), column="date")
        if entry["page"] not in pages:
            raise InputError(
                path,
                f"entry for a page that does not exist: docs/{entry['page']}{did_you_mean(entry['page'], pages)}",
                line=document.line_of(index, "page"),
                column="page",
            )
        changes.append(Change(**entry))
    return sorted(changes, key=lambda c: c.date, reverse=True)


def changes_page(changes: list[Change], titles: dict[str, str]) -> str:
    """Markdown for the What's changed page: entries grouped by date, newest first."""
    return render("changes.md.j2", changes=changes, titles=titles)


def atom_feed(changes: list[Change], titles: dict[str, str], site_url: str, site_name: str) -> str:
    """An Atom 1.0 feed of the latest entries."""
    return render("feed.xml.j2", changes=changes[:50], titles=titles, site_url=site_url.rstrip("/") + "/", site_name=site_name)
