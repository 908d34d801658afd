"""What a notebook in docs/notebooks/ imports: the project's datasets, the site theme, and `claim`, which prints a
figure next to the page sentence it supports and fails when the page no longer states it."""

from __future__ import annotations

import base64
import functools
import re
from pathlib import Path
from types import SimpleNamespace

import altair as alt
import pandas as pd
import vl_convert

from .callouts import replace_values
from .charts import chart_folders, load_definition, load_theme
from .render import VL_VERSION
from .sources import load_sources
from .templates import format_cell

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
FOOTNOTE = re.compile(r"\[\^[^\]]+\]")
LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
# A sentence ends at . ; ? or ! followed by a space and a capital, digit or quote; "USD 2.19" and "e.g. x" stay whole.
SENTENCE_END = re.compile(r"(?<=[.?!;])\s+(?=[A-Z0-9“\"(])")


@functools.cache
def _data() -> SimpleNamespace:
    """Every chart's validated dataset, shaped like the pipeline's Site for the value markers (no rendering)."""
    sources = load_sources(ROOT / "charts" / "sources")
    charts = {folder.name: SimpleNamespace(definition=load_definition(folder, sources)) for folder in chart_folders(ROOT / "charts")}
    return SimpleNamespace(charts=charts, sources=sources)


def load(chart_id: str) -> pd.DataFrame:
    """A chart's dataset (charts/<chart_id>/data.csv), read and type-checked by the pipeline's own loader."""
    return _data().charts[chart_id].definition.data.copy()


def fmt(value) -> str:
    """A number written the way the site's value markers write it (thousands separated, no trailing .0)."""
    return format_cell(value.item() if hasattr(value, "item") else value)


@functools.cache
def page_sentences(page: str) -> tuple[str, ...]:
    """The sentences of docs/<page> as a reader sees them: front matter dropped, value markers filled in from the
    data, footnote references, links and emphasis reduced to their text."""
    text = (DOCS / page).read_text(encoding="utf-8")
    if text.startswith("---"):
        text = text.split("---", 2)[2]
    text = replace_values(text, _data())
    text = LINK.sub(r"\1", FOOTNOTE.sub("", text)).replace("**", "")
    sentences = []
    for block in re.split(r"\n\s*\n|\n\s*[-*] |\n\s*\d+\. ", text):
        block = " ".join(block.split()).lstrip("-* ")
        sentences += [s for s in SENTENCE_END.split(block) if s]
    return tuple(sentences)


def sentence(page: str, anchor: str) -> str:
    """The one sentence of docs/<page> that contains anchor (words quoted from it)."""
    found = [s for s in page_sentences(page) if anchor in s]
    if len(found) != 1:
        raise LookupError(f"docs/{page}: {len(found)} sentences contain {anchor!r}; quote words from exactly one")
    return found[0]


def claim(figure: str, page: str, anchor: str) -> None:
    """Print a computed figure with the sentence of docs/<page> it supports; fail if that sentence does not state it."""
    text = sentence(page, anchor)
    if figure not in text:
        raise AssertionError(f"docs/{page} no longer states {figure!r} in the sentence {text!r}: correct the page or the data")
    print(f"{figure} — {page}, “{text}”")


@functools.cache
def _themes() -> None:
    load_theme(ROOT / "charts" / "theme.py")  # registers closing-the-gap-light and -dark


class Figure:
    """A chart drawn in the site theme, light and dark, as two static SVG images (the page shows the one that
    matches its colour scheme); nothing to load from anywhere, no JavaScript."""

    def __init__(self, chart: alt.TopLevelMixin, description: str):
        _themes()
        self.description = description
        self.svgs = {}
        for mode in ("light", "dark"):
            with alt.theme.enable(f"closing-the-gap-{mode}"):
                self.svgs[mode] = vl_convert.vegalite_to_svg(chart.to_dict(), vl_version=VL_VERSION)

    def __repr__(self) -> str:
        return f"Chart: {self.description}"  # the plain-text output: stable, and what a terminal reader gets

    def _repr_html_(self) -> str:
        alt_text = self.description.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
        images = "".join(
            f'<img class="ctg-nbchart__{mode}" alt="{alt_text}" src="data:image/svg+xml;base64,{base64.b64encode(svg.encode()).decode()}">'
            for mode, svg in self.svgs.items()
        )
        return f'<figure class="ctg-nbchart">{images}</figure>'


def show(chart: alt.TopLevelMixin, description: str) -> Figure:
    """Display chart in the site theme; description is its alt text (what the chart shows, in words)."""
    return Figure(chart, description)


FRACTIONS = {1 / 4: "a quarter", 1 / 3: "a third", 1 / 2: "half", 3 / 5: "three-fifths", 2 / 3: "two-thirds", 3 / 4: "three-quarters", 4 / 5: "four-fifths"}


def fraction_words(ratio: float) -> str:
    """The simple fraction a page would write for ratio ("four-fifths" for 0.79), the nearest of FRACTIONS."""
    return FRACTIONS[min(FRACTIONS, key=lambda f: abs(f - ratio))]
