"""What the pipeline writes into pages (templates/*.j2): source footnotes, the source registry, the dataset index."""

from __future__ import annotations

import re
from collections import Counter

from .errors import InputError
from .schema import did_you_mean
from .sources import REGISTRY_GROUPS, Source
from .templates import render

FOOTNOTE_REF = re.compile(r"\[\^([^\]\s]+)\](?!:)")
FOOTNOTE_DEF = re.compile(r"^\[\^([^\]\s]+)\]:", re.MULTILINE)
CODE = re.compile(r"^(```|~~~).*?^\1|`[^`\n]+`", re.MULTILINE | re.DOTALL)  # fenced blocks, then inline code


def cited_ids(markdown: str) -> list[str]:
    """Source ids a page cites as footnotes, in order of first use; ids shown inside code are examples, not citations."""
    prose = CODE.sub("", markdown)
    defined = set(FOOTNOTE_DEF.findall(prose))
    return [ref for ref in dict.fromkeys(FOOTNOTE_REF.findall(prose)) if ref not in defined]


def footnote_definitions(markdown: str, sources: dict[str, Source], registry_link: str) -> str:
    """Footnote definitions for every [^source-id] the page cites; registry_link is the page-relative path of the
    folder of registry pages (docs/sources/), and an unknown id is an error naming its line."""
    cited = cited_ids(markdown)
    unknown = [ref for ref in cited if ref not in sources]
    if unknown:
        line = markdown[: markdown.index(f"[^{unknown[0]}]")].count("\n") + 1
        raise InputError(
            "page", f"cites source id(s) {unknown} that are not in the registry (charts/sources/<id>.yml){did_you_mean(unknown[0], sources)}", line=line
        )
    notes = [render("footnote.md.j2", s=sources[ref], registry_link=registry_link) for ref in cited]
    return "\n\n" + "\n\n".join(notes) + "\n" if notes else ""


def source_registry(site, group: str) -> str:
    """The source records of one registry page (publishers by initial), each with an anchor (#src-<id>) that figures
    and footnotes link to."""
    users: dict[str, list[str]] = {sid: [] for sid in site.sources}
    for chart in site.charts.values():
        for source in chart.definition.sources:
            users[source.id].append(chart.definition.id)
    records = sorted((s for s in site.sources.values() if s.registry_group == group), key=lambda s: (s.publisher.lower(), s.date_published or "", s.id))
    return "\n" + render("registry.html.j2", records=records, users=users) + "\n"


def registry_index(site) -> str:
    """The sources page: one line per registry page, with its publishers' initials and how many records it holds."""
    groups = []
    for slug, label, _ in REGISTRY_GROUPS:
        records = [s for s in site.sources.values() if s.registry_group == slug]
        tiers = Counter(s.tier for s in records)
        groups.append((slug, label, len(records), len({s.publisher for s in records}), tiers))
    return "\n" + render("registry-index.md.j2", groups=groups, total=len(site.sources)) + "\n"


def registry_page_markdown(slug: str, label: str) -> str:
    """Markdown for docs/sources/<slug>.md, generated: the records of publishers from one part of the alphabet."""
    return f"""---
title: "Sources: {label}"
description: "Source records of Closing the Gap, publishers {label}: publisher, title, link, dates, licence, notes and excerpts."
---

# Sources: publishers {label}

Part of the [source registry](../sources.md): every figure on the site traces to one of its records.

<!-- source-registry: {slug} -->
"""


def dataset_index(site, asset_url, shown_on: dict[str, list[tuple[str, str]]], page_order: list[str] = (), chart_url=None) -> str:
    """Every dataset, grouped by the theme page that first shows it (in nav order) and sorted by title, with its as-of
    date, size, sources, the pages that show it (title, href), downloads named after the chart, and a link to the
    chart's own page when chart_url (chart id -> relative link) is given."""
    groups: dict[str, list] = {}
    for cid, chart in site.charts.items():
        pages = shown_on.get(cid, [])
        groups.setdefault(pages[0][0] if pages else "", []).append((cid, chart.definition, asset_url(cid).rstrip("/") + "/", pages))
    order = list(page_order)
    themes = sorted(groups, key=lambda title: (title == "", order.index(title) if title in order else len(order), title))
    return "\n" + "\n".join(
        render(
            "dataset-index.html.j2",
            chart_url=chart_url,
            theme=title or "Not yet on a page",
            datasets=sorted(groups[title], key=lambda row: row[1].meta.dataset.title.lower()),
        )
        for title in themes
    )
