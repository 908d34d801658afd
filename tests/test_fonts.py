"""Chinese text in every rendered file: the renderer has a CJK font, draws real glyphs (not empty boxes) with the site's
font stack, and a missing font stops the build instead of publishing boxes."""

from __future__ import annotations

import json
import re

import pytest

import theme
from helpers import CHART_IDS
from pipeline import fonts
from pipeline.charts import load_definition
from pipeline.errors import InputError
from pipeline.render import content_hash, specs_for
from pipeline.sources import load_sources
from sitecheck import ROOT

LABEL = "Science and Technology Daily (科技日报)"


def test_a_cjk_font_is_installed_and_named_in_the_font_stack():
    assert fonts.font_files(), f"no CJK font found in {[str(d) for d in fonts.CJK_FONT_DIRS]}: {fonts.INSTALL_HINT}"
    assert '"Noto Sans CJK SC"' in theme.FONT and theme.FONT.endswith("sans-serif")


def test_missing_glyphs_are_detectable():
    """The probe's premise: characters without a glyph all draw the same box, characters with one differ."""
    assert fonts.probe_png("\ue001", theme.FONT) == fonts.probe_png("\ue002", theme.FONT)
    assert fonts.probe_png("科", theme.FONT) != fonts.probe_png("技", theme.FONT)


def test_renderer_draws_chinese_glyphs_with_the_site_font_stack():
    for mode in ("light", "dark"):
        assert fonts.draws_glyphs(LABEL, theme.site_config(mode)["font"]), f"{LABEL!r} renders as empty boxes: {fonts.INSTALL_HINT}"


def test_a_font_stack_without_cjk_glyphs_stops_the_build(tmp_path):
    spec = {"title": {"text": LABEL}, "config": {"font": "NoSuchFontAnywhere"}}
    with pytest.raises(InputError, match="no font with those glyphs"):
        fonts.check_spec_glyphs(spec, "NoSuchFontAnywhere", tmp_path / "meta.yml")


def test_the_font_is_part_of_the_cache_key(monkeypatch, sources):
    definition = load_definition(ROOT / "charts" / CHART_IDS[0], sources)
    before = content_hash(definition, ROOT / "charts" / "theme.py")
    monkeypatch.setattr(fonts, "fingerprint", lambda: "another-font.ttc:1")
    assert content_hash(definition, ROOT / "charts" / "theme.py") != before


def _has_chinese_text(chart_id: str) -> bool:
    """Chinese in the chart's metadata, data or the publisher names of its sources (the image's source line)."""
    folder = ROOT / "charts" / chart_id
    meta = (folder / "meta.yml").read_text(encoding="utf-8")
    shared = re.search(r"^data_from:\n\s+chart: (\w+)", meta, re.M)  # a view's rows live in another chart's folder
    own = meta + ((ROOT / "charts" / shared[1]) if shared else folder).joinpath("data.csv").read_text(encoding="utf-8")
    publishers = "".join(
        line
        for path in (ROOT / "charts" / "sources").glob("*.yml")
        if path.stem in own
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("publisher:")
    )
    return fonts.has_cjk(own + publishers)


@pytest.fixture(scope="module")
def sources():
    return load_sources(ROOT / "charts" / "sources")


@pytest.mark.parametrize("chart_id", [c for c in CHART_IDS if _has_chinese_text(c)])
def test_charts_with_chinese_text_render_it_in_a_cjk_font(chart_id, sources):
    """Charts that show Chinese: their download spec names a CJK face and vl-convert draws every Chinese character."""
    definition = load_definition(ROOT / "charts" / chart_id, sources)
    spec = specs_for(definition)["download"]
    text = json.dumps(spec, ensure_ascii=False)
    assert "Noto Sans CJK SC" in spec["config"]["font"]
    chinese = "".join(dict.fromkeys(fonts.CJK.findall(text)))
    assert fonts.draws_glyphs(chinese[:40], spec["config"]["font"])
