"""Markdown the pipeline writes into pages: source footnotes, the source registry, the dataset index."""

from __future__ import annotations

import re
from collections.abc import Callable

from .errors import InputError
from .schema import did_you_mean
from .figure import long_date
from .sources import Source

FOOTNOTE_REF = re.compile(r"\[\^([^\]\s]+)\](?!:)")
FOOTNOTE_DEF = re.compile(r"^\[\^([^\]\s]+)\]:", re.MULTILINE)
CODE = re.compile(r"^(```|~~~).*?^\1|`[^`\n]+`", re.MULTILINE | re.DOTALL)  # fenced blocks, then inline code


def citation(source: Source) -> str:
    """One-line Markdown citation for a source record."""
    published = f", {long_date(source.date_published)}" if source.date_published else ""
    secondary = " Secondary source." if source.tier == "secondary" else ""
    return f"{source.publisher}, [{source.title}]({source.link}){published}. Accessed {long_date(source.date_accessed)}.{secondary}"


def footnote_definitions(markdown: str, sources: dict[str, Source], registry_link: str) -> str:
    """Footnote definitions for every [^source-id] the page cites; an unknown id is an error."""
    prose = CODE.sub("", markdown)  # a [^id] shown as an example in code is not a citation
    defined = set(FOOTNOTE_DEF.findall(prose))
    cited = [ref for ref in dict.fromkeys(FOOTNOTE_REF.findall(prose)) if ref not in defined]
    unknown = [ref for ref in cited if ref not in sources]
    if unknown:
        raise InputError("page", f"cites source id(s) {unknown} that are not in the registry (charts/sources/<id>.yml){did_you_mean(unknown[0], sources)}")
    lines = [f"[^{ref}]: {citation(sources[ref])} [Record]({registry_link}#src-{ref})." for ref in cited]
    return "\n\n" + "\n".join(lines) + "\n" if lines else ""


def source_registry(site) -> str:
    """Every source record, with an anchor (#src-<id>) that figures and footnotes link to."""
    users: dict[str, list[str]] = {}
    for chart in site.charts.values():
        for source in chart.definition.sources:
            users.setdefault(source.id, []).append(chart.definition.id)
    blocks = []
    for source in sorted(site.sources.values(), key=lambda s: (s.publisher.lower(), s.date_published or "", s.id)):
        facts = [f"Published {long_date(source.date_published)}" if source.date_published else "Publication date not stated",
                 f"accessed {long_date(source.date_accessed)}", f"licence: {source.licence_name}",
                 "secondary source" if source.tier == "secondary" else "primary source"]
        used = f" Used in charts: {', '.join(f'`{c}`' for c in users[source.id])}." if source.id in users else ""
        note = f" {source.note}" if source.note else ""
        # Site search indexes who published what (and the id); the dates, licence and notes would make the registry
        # most of the search index, which every page downloads, so they stay out of it.
        details = f'<span data-search-exclude>{"; ".join(facts)}.{note}{used}</span>'
        blocks.append(f"**{source.publisher}**: [{source.title}]({source.link}). {details} "
                      f"<small>`{source.id}`</small>\n{{: #src-{source.id} .ctg-source }}")
    return "\n\n".join(blocks)


def dataset_index(site, asset_url: Callable[[str], str], shown_on: dict[str, list[str]]) -> str:
    """A table of every dataset with its as-of date, size, sources, the pages that show it, and downloads."""
    rows = ["| Dataset | As of | Rows | Sources | Shown on | Download |", "|---|---|---:|---:|---|---|"]
    for cid, chart in sorted(site.charts.items()):
        d = chart.definition
        base = asset_url(cid).rstrip("/") + "/"
        data = f"[CSV]({base}data.csv) · " if d.redistributable else "withheld (licence) · "
        pages = ", ".join(shown_on.get(cid, [])) or "not yet on a page"
        rows.append(f"| **{d.meta.dataset.title}**<br><small>`{cid}`</small> | {d.meta.as_of} | {len(d.data)} | "
                    f"{len(d.sources)} | {pages} | {data}[metadata]({base}metadata.json) |")
    return "\n".join(rows)
