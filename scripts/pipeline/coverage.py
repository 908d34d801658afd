"""Generated tables for the methodology page: per explainer, the records it cites by tier and how many carry excerpts."""

from __future__ import annotations

from pathlib import Path

from .claims import chart_row_claims, page_claims
from .pages import cited_ids
from .sources import TIERS
from .templates import render


def page_records(md_path: Path, site) -> list:
    """The records a page cites, in footnotes or through the rows of the charts it places."""
    ids = set(cited_ids(md_path.read_text(encoding="utf-8"))) | {s for c in chart_row_claims(md_path, site) for s in c.source_ids}
    return [site.sources[i] for i in sorted(ids) if i in site.sources]


def trust_rows(docs_dir: Path, titles: dict[str, str], site) -> list[dict]:
    """One row per explainer (a page with key takeaways): counts by tier, share official or research, excerpt coverage."""
    rows = []
    for md_path in sorted(docs_dir.glob("*.md")):
        if not any(c.kind == "takeaway" for c in page_claims(md_path, site)):
            continue
        records = page_records(md_path, site)
        counts = {tier: sum(r.tier == tier for r in records) for tier in TIERS}
        rows.append(
            {
                "page": md_path.name,
                "title": titles.get(md_path.name, md_path.stem),
                "records": len(records),
                **counts,
                "strong": (counts["official"] + counts["research"]) / len(records) if records else 0.0,
                "excerpts": sum(bool(r.excerpts) for r in records),
                "reasons": sum(bool(r.no_excerpt) for r in records),
            }
        )
    return rows


def trust_table(docs_dir: Path, titles: dict[str, str], site) -> str:
    """The Markdown table of trust_rows, with a total row."""
    rows = trust_rows(docs_dir, titles, site)
    everything = {r.id: r for md in docs_dir.glob("*.md") for r in page_records(md, site)}.values()
    total = {
        "records": len(everything),
        **{t: sum(r.tier == t for r in everything) for t in TIERS},
        "excerpts": sum(bool(r.excerpts) for r in everything),
        "reasons": sum(bool(r.no_excerpt) for r in everything),
    }
    total["strong"] = (total["official"] + total["research"]) / total["records"] if total["records"] else 0.0
    return render("trust-table.md.j2", rows=rows, total=total)
