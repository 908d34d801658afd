"""Citation forms (short, full, BibTeX) for a chart and for an explainer page, shown by templates/cite.html.j2."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .charts import ChartDefinition
from .templates import long_date, render

SITE = "Closing the Gap"
SITE_LONG = "Closing the Gap: China's state-backed push to close the AI gap with the United States"


@dataclass(frozen=True)
class Citation:
    """One thing to cite, in three forms, plus the originals to cite when our download is withheld."""

    short: str
    full: str
    bibtex: str
    originals: tuple[str, ...] = ()


def _bib(text: str) -> str:
    """Text safe inside a BibTeX {...} field: braces balanced, specials escaped."""
    return re.sub(r"([&%$#_{}])", r"\\\1", text)


def _bibtex(key: str, title: str, year: str, url: str, note: str, urldate: str) -> str:
    fields = {
        "author": "{" + SITE + " contributors}",
        "title": "{" + _bib(title) + "}",
        "year": year,
        "publisher": SITE,
        "note": _bib(note),
        "url": url,
        "urldate": urldate,
    }
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields.items())
    return f"@misc{{{key},\n{body}\n}}"


def chart_citation(definition: ChartDefinition, permalink: str) -> Citation:
    """How to cite one chart and its dataset; names the originals when a licence keeps the data download back."""
    meta = definition.meta
    year, title = meta.as_of[:4], meta.dataset.title
    as_of = long_date(meta.as_of)
    originals = tuple(
        f"{s.publisher}, “{s.title}”"
        + (f", {long_date(s.date_published)}" if s.date_published else "")
        + (f". {s.url}" if s.url else f" (we read it in a copy at {s.link})")
        + f". Licence: {s.licence_name}."
        for s in dict.fromkeys(s for s in definition.sources if not s.allows_redistribution)
    )
    return Citation(
        short=f"{SITE} ({year}), “{title}”, {permalink}",
        full=f"{SITE} contributors ({year}). “{title}” [chart and dataset {definition.id}], as of {as_of}. {SITE_LONG}. {permalink}. Licence: {meta.dataset.license}.",
        bibtex=_bibtex(f"ctg_{definition.id}_{year}", title, year, permalink, f"Chart and dataset {definition.id}, as of {as_of}", meta.as_of),
        originals=originals,
    )


def page_citation(title: str, permalink: str, reviewed: str) -> Citation:
    """How to cite one explainer page, dated by its last review (YYYY-MM-DD)."""
    year = reviewed[:4]
    slug = re.sub(r"[^a-z0-9]+", "_", title.lower()).strip("_")
    return Citation(
        short=f"{SITE} ({year}), “{title}”, {permalink}",
        full=f"{SITE} contributors ({year}). “{title}”. {SITE_LONG}. Reviewed {long_date(reviewed)}. {permalink}. Licence: CC BY 4.0.",
        bibtex=_bibtex(f"ctg_{slug}_{year}", title, year, permalink, f"Explainer, reviewed {long_date(reviewed)}", reviewed),
    )


def cite_html(citation: Citation, what: str, anchor: str) -> str:
    """The Cite disclosure: plain text without JavaScript, a copy button per form with it."""
    return render("cite.html.j2", c=citation, what=what, anchor=anchor)
