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
    refs = [url for tag, kind, url in LoadedResources.of(page.read_text(encoding="utf-8"))
            if (tag == "link" and "stylesheet" in kind) or tag == "script" or (tag == "img" and "ctg-chart__static--dark" not in kind)]
    return [page, *(_local(site, page, r) for r in refs if "://" not in r and not r.startswith("data:"))]


def live_chart_files(site: Path, page: Path) -> list[Path]:
    """What the page fetches to make its charts interactive: Vega and one spec per chart."""
    html = page.read_text(encoding="utf-8")
    specs = re.findall(r'data-spec-light="([^"]+)"', html)
    return [site / "assets/vendor/vega/vega.min.js", *(_local(site, page, s) for s in specs)] if specs else []
