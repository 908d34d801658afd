"""Helpers shared by the tests and the benchmark: scratch copies of the project and page transfer weights."""

from __future__ import annotations

import gzip
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

ROOT = Path(__file__).resolve().parents[1]
BUILD_INPUTS = ("charts", "docs", "overrides", "scripts")  # plus mkdocs.yml: everything a build reads


def copy_project(target: Path) -> Path:
    """Copy what a build needs (not the venv, cache or built site) into target."""
    for name in BUILD_INPUTS:
        shutil.copytree(ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__", ".cache"), dirs_exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    return target


def gzip_size(path: Path) -> int:
    """Bytes of a file after gzip -9, as a static host would send it."""
    return len(gzip.compress(path.read_bytes(), 9, mtime=0))


def _local(site: Path, page: Path, ref: str) -> Path:
    """File in the built site that a page-relative reference points to."""
    base = "/" + page.parent.relative_to(site).as_posix().strip(".") + "/"
    return site / urljoin(base.replace("//", "/"), ref).split("?")[0].split("#")[0].lstrip("/")


class LoadedResources(HTMLParser):
    """Every URL a page itself loads, as (tag, rel or class, url); script bodies are data, so URLs inside them are not."""

    LOADING_RELS = {"stylesheet", "preload", "modulepreload", "icon", "manifest", "prefetch", "preconnect", "dns-prefetch"}

    def __init__(self):
        super().__init__()
        self.found: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "link" and set((a.get("rel") or "").split()) & self.LOADING_RELS:
            self.found.append((tag, a.get("rel") or "", a.get("href", "")))
        elif tag in ("script", "img", "iframe", "source", "audio", "video", "embed") and a.get("src"):
            self.found.append((tag, a.get("class") or "", a["src"]))
        elif tag == "object" and a.get("data"):
            self.found.append((tag, "", a["data"]))

    @classmethod
    def of(cls, html: str) -> list[tuple[str, str, str]]:
        """Parse one page's HTML."""
        parser = cls()
        parser.feed(html)
        return parser.found


def first_paint_files(site: Path, page: Path) -> list[Path]:
    """The page's HTML, stylesheets, scripts and the images it shows in light mode before any chart goes live."""
    refs = [
        url
        for tag, kind, url in LoadedResources.of(page.read_text(encoding="utf-8"))
        if (tag == "link" and "stylesheet" in kind) or tag == "script" or (tag == "img" and "ctg-chart__static--dark" not in kind)
    ]
    return [page, *(_local(site, page, r) for r in refs if "://" not in r and not r.startswith("data:"))]


def live_chart_files(site: Path, page: Path) -> list[Path]:
    """What the page fetches to make its charts interactive: Vega and one spec per chart."""
    html = page.read_text(encoding="utf-8")
    specs = re.findall(r'data-spec-light="([^"]+)"', html)
    return [site / "assets/vendor/vega/vega.min.js", *(_local(site, page, s) for s in specs)] if specs else []


AS_OF_DATE = re.compile(r"\bas of \d{1,2} [A-Z][a-z]+ \d{4}\b")
FIGURE = re.compile(r"(?<![\w.])\d")  # digits glued to letters name things (BF16, H100, DeepSeek-V3), not figures


class ProseFigures(HTMLParser):
    """Paragraphs and list items of a page's article that state a figure, and whether each cites a source.

    Text counts towards the innermost open <p> or <li>. Charts (they carry their own sources), footnote definitions,
    code and footnote markers themselves are skipped; a bare "as of <date>" is the page's own date, not a figure."""

    SKIP_CLASSES = {"ctg-chart", "footnote", "ctg-reviewed"}  # the review line dates the page; it is not a figure
    VOID = {"br", "img", "hr", "meta", "link", "input", "wbr", "source", "col", "area", "base", "embed", "track"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[dict] = []  # {"text": str, "cited": bool}
        self._open: list[tuple[str, dict | None, bool]] = []  # (tag, block it opened, skip)
        self._in_article = False

    def _skipping(self) -> bool:
        return any(skip for _, _, skip in self._open)

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        attrs = dict(attrs)
        if tag == "article":
            self._in_article = True
        classes = set((attrs.get("class") or "").split())
        skip = bool(classes & self.SKIP_CLASSES) or tag in ("code", "pre", "script", "style") or (tag == "sup" and (attrs.get("id") or "").startswith("fnref"))
        if tag == "sup" and (attrs.get("id") or "").startswith("fnref") and not self._skipping():
            block = self._innermost()
            if block is not None:
                block["cited"] = True
        block = None
        if self._in_article and tag in ("p", "li") and not self._skipping():
            block = {"text": "", "cited": False}
            self.blocks.append(block)
        self._open.append((tag, block, skip))

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        for index in range(len(self._open) - 1, -1, -1):
            if self._open[index][0] == tag:
                del self._open[index:]
                break
        if tag == "article":
            self._in_article = False

    def _innermost(self) -> dict | None:
        return next((block for _, block, _ in reversed(self._open) if block is not None), None)

    def handle_data(self, data):
        block = self._innermost()
        if block is not None and not self._skipping():
            block["text"] += data

    @classmethod
    def uncited(cls, html: str) -> list[str]:
        """Text of each paragraph or list item that states a figure without citing a source."""
        parser = cls()
        parser.feed(html)
        return [" ".join(b["text"].split()) for b in parser.blocks if FIGURE.search(AS_OF_DATE.sub("", b["text"])) and not b["cited"]]
