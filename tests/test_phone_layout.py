"""Every live chart is readable on a phone (390 CSS px) and on a desktop (1280 px): once drawn on the page, no chart
text is smaller than 11 CSS px and no two labels overlap. Failures name the chart and the offending text."""

from __future__ import annotations

import pytest

from helpers import ROOT, page_url, wait_until_live

pytestmark = pytest.mark.browser

MIN_TEXT_PX = 11  # drawn size: the font size Vega set times the scale at which the SVG is shown
OVERLAP_PX = 2.5  # two labels overlap when their boxes share more than this in both directions
CHART_PAGES = sorted(p.name for p in (ROOT / "docs").glob("*.md") if "<!-- chart:" in p.read_text(encoding="utf-8") and p.name != "contributing.md")

# Runs in the page: for each live chart, every visible text element's drawn font size and box, then the overlaps.
MEASURE = """([minPx, overlapPx]) => {
  const problems = [];
  for (const figure of document.querySelectorAll('figure.ctg-chart')) {
    const svg = figure.querySelector('.ctg-chart__live svg');
    if (!svg) { problems.push(`${figure.dataset.chart}: no live chart`); continue; }
    const drawn = svg.getBoundingClientRect();
    const scale = drawn.width / (svg.width.baseVal.value || drawn.width);
    const labels = [];
    for (const text of svg.querySelectorAll('text')) {
      const content = text.textContent.trim();
      const style = getComputedStyle(text);
      if (!content || style.display === 'none' || style.visibility === 'hidden') continue;
      if (parseFloat(text.getAttribute('opacity') ?? style.opacity) === 0 || parseFloat(style.fillOpacity) === 0) continue;
      const box = text.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const size = parseFloat(style.fontSize) * scale;
      if (size < minPx - 0.05) problems.push(`${figure.dataset.chart}: "${content.slice(0, 60)}" drawn at ${size.toFixed(1)} px (< ${minPx})`);
      labels.push({content, box});
    }
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const a = labels[i].box, b = labels[j].box;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > overlapPx && h > overlapPx)
          problems.push(`${figure.dataset.chart}: "${labels[i].content.slice(0, 40)}" overlaps "${labels[j].content.slice(0, 40)}"`);
      }
    }
    if (drawn.right > document.documentElement.clientWidth + 1) problems.push(`${figure.dataset.chart}: wider than the screen`);
  }
  return problems;
}"""


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("md", CHART_PAGES)
def test_chart_text_is_legible_and_labels_do_not_overlap(browser, site_url, md, width):
    context = browser.new_context(viewport={"width": width, "height": 844}, device_scale_factor=1)
    page = context.new_page()
    page.goto(page_url(site_url, md))
    wait_until_live(page)
    page.wait_for_timeout(300)  # let Vega finish its last layout pass
    problems = page.evaluate(MEASURE, [MIN_TEXT_PX, OVERLAP_PX])
    context.close()
    assert not problems, f"{md} at {width} px:\n  " + "\n  ".join(problems)
