"""Evidence excerpts: each figure a record is cited for must be stated in one of its short quoted passages."""

from __future__ import annotations

import re
from pathlib import Path

from .errors import InputError
from .sources import Excerpt, Source
from .yamlfile import YamlDocument

MAX_WORDS = 45  # "about 40 words": a short quotation, not a copy of the source
MAX_CJK_CHARACTERS = 120  # Chinese and Japanese are not split into words by spaces
NUMBER = re.compile(r"\d+(?:[,，]\d{3})*(?:\.\d+)?")
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


def numbers_in(text: str) -> set[str]:
    """The numbers written in text, as plain values: no thousands separators or trailing decimal zeros
    ('1,741' -> '1741', '78.0' -> '78', '1.70' -> '1.7')."""
    return {normal_number(n) for n in NUMBER.findall(text)}


def normal_number(written: str) -> str:
    """One written number as a plain value: '1,741.50' -> '1741.5'."""
    plain = re.sub(r"[,，]", "", written)
    return plain.rstrip("0").rstrip(".") if "." in plain else plain


def too_long(excerpt: Excerpt) -> str | None:
    """Why an excerpt is longer than a short quotation, or None."""
    cjk = len(CJK.findall(excerpt.text))
    if cjk > MAX_CJK_CHARACTERS:
        return f"{cjk} CJK characters (at most {MAX_CJK_CHARACTERS})"
    words = len(CJK.sub(" ", excerpt.text).split()) if cjk else len(excerpt.text.split())
    if words > MAX_WORDS:
        return f"{words} words (at most {MAX_WORDS})"
    return None


def unsupported(excerpt: Excerpt) -> list[str]:
    """Figures the excerpt claims to support whose numbers appear neither in its text nor in its stated conversion."""
    stated = numbers_in(excerpt.text) | numbers_in(excerpt.conversion or "")
    return [figure for figure in excerpt.supports if not numbers_in(figure) <= stated]


def check_excerpts(sources: dict[str, Source]) -> None:
    """Stop the build at the first excerpt that is too long or does not state a figure it claims to support."""
    for source in sources.values():
        problems = record_problems(source)
        if problems:
            index = int(problems[0].split()[1]) - 1
            line = YamlDocument(Path(source.path)).line_of("excerpts", index) if source.path else None
            raise InputError(source.path or source.id, problems[0], line=line, column=f"excerpts.{index}")


def record_problems(source: Source) -> list[str]:
    """Every excerpt problem of one record, as 'excerpt N: ...' lines."""
    problems = []
    for index, excerpt in enumerate(source.excerpts, start=1):
        if reason := too_long(excerpt):
            problems.append(f"excerpt {index} is too long: {reason}")
        for figure in unsupported(excerpt):
            problems.append(f"excerpt {index} does not state {figure!r} (numbers {sorted(numbers_in(figure))} not in its text or conversion)")
    return problems


def unstated_supports(source: Source, cited_text: str) -> list[str]:
    """'line N: figure' for each figure a record's excerpts claim to support that the text citing it (its pages and
    chart rows) never states."""
    stated = numbers_in(cited_text)
    document = YamlDocument(Path(source.path)) if source.path else None
    return [
        f"line {document.line_of('excerpts', index) if document else '?'}: {figure!r}"
        for index, excerpt in enumerate(source.excerpts)
        for figure in excerpt.supports
        if not numbers_in(figure) <= stated
    ]
