"""Fonts for the rendered images: vl-convert draws text with the fonts it can find, so Chinese text (a source line such
as "Science and Technology Daily (科技日报)") needs a font with CJK glyphs, or every character becomes an empty box.

The font comes from the system, installed by `make setup` and `.ci/run` (Debian's fonts-noto-cjk; macOS and Windows
ship PingFang SC and Microsoft YaHei, which the theme's font stack also names). Nothing is downloaded at build time.
Before a chart whose spec holds CJK text is rendered, a probe checks that vl-convert draws real glyphs for it, and the
build stops with a clear message if it would draw boxes."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import vl_convert as vlc

from .errors import InputError

# Folders where Linux distributions put Noto CJK (Debian/Ubuntu fonts-noto-cjk, Fedora, Arch). vl-convert also loads
# the system's fonts on its own; registering these folders makes the choice explicit and independent of fontconfig.
CJK_FONT_DIRS = [
    Path("/usr/share/fonts/opentype/noto"),
    Path("/usr/share/fonts/noto-cjk"),
    Path("/usr/share/fonts/google-noto-cjk"),
    Path("/usr/share/fonts/noto-cjk-fonts"),
]
CJK_FONT_FILES = ("NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc", "NotoSansCJKsc-Regular.otf", "NotoSansCJKsc-Bold.otf")
CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
PROBE_VL_VERSION = "6.1"
INSTALL_HINT = "install a CJK font: `apt-get install fonts-noto-cjk` on Debian/Ubuntu (make setup does this as root)"


def font_files() -> list[Path]:
    """The CJK font files found in the known folders."""
    return [d / name for d in CJK_FONT_DIRS for name in CJK_FONT_FILES if (d / name).is_file()]


def fingerprint() -> str:
    """Which CJK font files the renderer uses (name and size): part of each chart's cache key, so installing or
    upgrading the font re-renders the images."""
    return ";".join(f"{p.name}:{p.stat().st_size}" for p in font_files()) or "no-cjk-font-file"


@cache
def register() -> None:
    """Register the CJK font folders with vl-convert (once a process)."""
    for directory in dict.fromkeys(p.parent for p in font_files()):
        vlc.register_font_directory(str(directory))


def has_cjk(spec) -> bool:
    """Whether a spec (or any text) holds Chinese, Japanese or Korean characters."""
    return bool(CJK.search(spec if isinstance(spec, str) else json.dumps(spec, ensure_ascii=False)))


def probe_png(text: str, font: str, size: int = 24) -> bytes:
    """A small PNG of one line of text in the given font stack, drawn by vl-convert."""
    register()
    spec = {
        "data": {"values": [{}]},
        "mark": {"type": "text", "font": font, "fontSize": size, "align": "left", "baseline": "middle", "color": "black"},
        "encoding": {"text": {"value": text}, "x": {"value": 4}, "y": {"value": 20}},
        "width": 40 + size * len(text),
        "height": 40,
        "background": "white",
        "config": {"view": {"stroke": None}},
    }
    return vlc.vegalite_to_png(spec, vl_version=PROBE_VL_VERSION)


@cache
def draws_glyphs(text: str, font: str) -> bool:
    """True when vl-convert draws each CJK character of text with a real glyph in this font stack.

    A missing glyph is drawn as the font's .notdef box, which is the same for every character, so two characters without
    glyphs render to identical images while two real glyphs do not. Each character is compared with its neighbour in the
    text and with a private-use character, which no font gives a glyph."""
    chars = list(dict.fromkeys(CJK.findall(text)))
    if not chars:
        return True
    tofu = probe_png("\ue000", font)
    return all(probe_png(c, font) != tofu for c in chars) and (len(chars) < 2 or probe_png(chars[0], font) != probe_png(chars[1], font))


def check_spec_glyphs(spec: dict, font: str, where: Path) -> None:
    """Stop the build if a spec holds CJK text that the renderer would draw as empty boxes."""
    if not has_cjk(spec):
        return
    text = "".join(dict.fromkeys(CJK.findall(json.dumps(spec, ensure_ascii=False))))
    if not draws_glyphs(text[:40], font):
        raise InputError(where, f"has Chinese text ({text[:12]}…) but the renderer has no font with those glyphs: {INSTALL_HINT}")
