"""Headline claims and the records behind them: key-takeaway bullets, a page's opening, and chart data rows.

The trust rules run on these: each claim rests on at least one official, research or press record, and each number it
states appears in an excerpt of one of its records."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .callouts import replace_values
from .datasets import row_source_ids
from .evidence import normal_number, numbers_in
from .pages import CODE, FOOTNOTE_REF

STRONG_TIERS = ("official", "research", "press")
TAKEAWAYS = re.compile(r'<div class="takeaways" markdown>(.*?)</div>', re.DOTALL)
CHART = re.compile(r"<!--\s*chart:\s*(\w+)\s*-->")
# A number glued to letters names a thing (H100, GPT-5, DeepSeek-V3.2, BF16), not a figure; years and days of the
# month date a claim rather than quantify it, so the excerpt rule leaves them out.
FIGURE = re.compile(r"(?<![\w.\-])\d+(?:[,，]\d{3})*(?:\.\d+)?(?![\w\-])(?!\.[A-Za-z])")
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
DATE = re.compile(
    rf"\b\d{{1,2}}(?:(?: and |[–-])\d{{1,2}})? {MONTH}(?: \d{{4}})?\b|\b{MONTH} \d{{4}}\b|\b(?:19|20)\d\d(?:[–-](?:19|20)?\d\d)?\b|\b(?:19|20)\d0s\b"
)


@dataclass
class Claim:
    """One headline statement and the source ids it cites."""

    page: str
    line: int
    kind: str  # "takeaway", "opening" or "chart row"
    text: str
    source_ids: list[str]

    @property
    def figures(self) -> list[str]:
        """The numbers the claim states (not names, years or days), thousands separators removed."""
        text = FOOTNOTE_REF.sub(" ", DATE.sub(" ", re.sub(r"<!--.*?-->|`[^`]*`|\]\([^)]*\)", " ", self.text)))
        return list(dict.fromkeys(normal_number(n) for n in FIGURE.findall(text)))

    @property
    def where(self) -> str:
        return f"docs/{self.page}, line {self.line} ({self.kind})"


def _blocks(text: str, offset_line: int) -> list[tuple[int, str]]:
    """(line, text) of each list item or paragraph in a chunk of Markdown."""
    blocks, current, start = [], [], 0
    for number, line in enumerate(text.splitlines(), start=offset_line):
        starts_item = re.match(r"^\s*[-*] ", line)
        if (starts_item or not line.strip()) and current:
            blocks.append((start, " ".join(current)))
            current = []
        if line.strip() and not line.lstrip().startswith(("<", "**Key")):
            if not current:
                start = number
            current.append(line.strip())
    if current:
        blocks.append((start, " ".join(current)))
    return blocks


def page_claims(md_path: Path, site=None) -> list[Claim]:
    """Key-takeaway bullets and the opening paragraphs (between the title and the takeaways) of one page.

    With a site, data-value markers are first replaced by the values they show, so the claims hold what readers read."""
    text = md_path.read_text(encoding="utf-8")
    if site is not None:
        text = replace_values(text, site)
    prose = CODE.sub(lambda m: " " * len(m.group(0)), text)
    found = TAKEAWAYS.search(prose)
    if not found:
        return []
    claims = []
    title = re.search(r"^# .*$", prose, re.MULTILINE)
    if title:
        opening = prose[title.end() : found.start()]
        line = prose[: title.end()].count("\n") + 1
        claims += [Claim(md_path.name, n, "opening", b, FOOTNOTE_REF.findall(b)) for n, b in _blocks(opening, line)]
    line = prose[: found.start(1)].count("\n") + 1
    claims += [Claim(md_path.name, n, "takeaway", b, FOOTNOTE_REF.findall(b)) for n, b in _blocks(found.group(1), line)]
    return claims


def chart_row_claims(md_path: Path, site) -> list[Claim]:
    """One claim per data row of every chart the page places: its numeric cells and its one source id."""
    claims = []
    for chart_id in CHART.findall(md_path.read_text(encoding="utf-8")):
        definition = site.charts[chart_id].definition
        numeric = [c.name for c in definition.columns if c.type in ("number", "integer")]
        for index, row in enumerate(definition.data.to_dict("records"), start=1):
            values = " ".join(_plain(row[c]) for c in numeric if row[c] is not None and row[c] == row[c])
            claims.append(Claim(md_path.name, index + 1, f"chart row: charts/{chart_id}/data.csv row {index}", values, row_source_ids(row, definition.columns)))
    return claims


def _plain(value) -> str:
    """A cell as the data table writes it, without thousands separators: 1234.0 -> '1234'."""
    return f"{value:.0f}" if isinstance(value, float) and value.is_integer() else str(value)


def tier_problem(claim: Claim, sources) -> str | None:
    """Why a claim fails the tier rule, or None."""
    tiers = {sid: sources[sid].tier for sid in claim.source_ids if sid in sources}
    if claim.kind == "opening" and not claim.figures:
        return None  # an opening sentence without a figure frames the page; it is not a headline figure
    if not tiers:
        return f"{claim.where}: cites no source record: {claim.text[:120]}"
    if not any(t in STRONG_TIERS for t in tiers.values()):
        return f"{claim.where}: rests only on secondary records {sorted(tiers)}: {claim.text[:120]}"
    return None


def excerpt_problems(claim: Claim, sources) -> list[str]:
    """Each number of a claim that none of its records' excerpts state."""
    if any(sid in sources and sources[sid].no_excerpt for sid in claim.source_ids):
        return []  # the record says why the passage cannot be quoted (a chart image, a data table)
    stated = set()
    for sid in claim.source_ids:
        for excerpt in sources[sid].excerpts if sid in sources else ():
            stated |= numbers_in(excerpt.text) | numbers_in(excerpt.conversion or "")
    return [f"{claim.where}: {figure} is in no excerpt of {claim.source_ids}" for figure in claim.figures if figure not in stated]


def repeated_figures(docs_dir: Path, site) -> dict[tuple[str, str], list[str]]:
    """(figure, source id) pairs stated on more than one page: the same figure, backed by the same record's excerpt.

    One home per fact: a figure is stated in full on one page and linked from the others, so each repeat is a decision."""
    seen: dict[tuple[str, str], set[str]] = {}
    for md_path in sorted(docs_dir.glob("*.md")):
        sources = site.sources
        prose = CODE.sub(" ", replace_values(md_path.read_text(encoding="utf-8"), site))
        for _, block in _blocks(prose, 1):
            figures = set(Claim(md_path.name, 0, "", block, []).figures)
            for sid in FOOTNOTE_REF.findall(block):
                quoted = {n for e in sources[sid].excerpts for n in numbers_in(e.text)} if sid in sources else set()
                for figure in figures & quoted:
                    seen.setdefault((figure, sid), set()).add(md_path.name)
    return {pair: sorted(pages) for pair, pages in sorted(seen.items()) if len(pages) > 1}


def typed_dataset_figures(md_path: Path, site, headlines_only: bool = True) -> list[str]:
    """Figures typed by hand that restate a value of a chart on the same page, from the same record: they should read
    from the dataset through a <!-- value:... --> marker, so a correction reaches them. Headlines (takeaways and the
    opening) by default; all prose with headlines_only=False."""
    rows = {}
    for claim in chart_row_claims(md_path, site):
        for figure in claim.figures:
            rows.setdefault((figure, claim.source_ids[0]), claim.kind.split(": ", 1)[1])
    if headlines_only:
        claims = page_claims(md_path)
    else:
        prose = CODE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), md_path.read_text(encoding="utf-8"))
        claims = [Claim(md_path.name, line, "prose", block, FOOTNOTE_REF.findall(block)) for line, block in _blocks(prose, 1)]
    return [
        f"{claim.where}: {figure} restates {rows[figure, sid]} ({sid}); use <!-- value:... -->"
        for claim in claims
        for figure in claim.figures
        for sid in claim.source_ids
        if (figure, sid) in rows
    ]
