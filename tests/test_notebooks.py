"""Notebooks: run from a clean kernel, each printed figure checked against the page sentence that states it; their
pages lean (nothing mkdocs-jupyter injects, no third-party requests), themed, and offering the .ipynb for download.

The generic gates (axe, Nu checker, links, phone layout, weight, clean loads) cover notebook pages through the nav."""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pytest

from helpers import NOTEBOOKS, page_html, page_url, replace_in, stem, watch
from pipeline.errors import InputError
from pipeline.notebooks import execute, sources
from sitecheck import ROOT, LoadedResources

NAMES = [Path(md).stem for md in NOTEBOOKS]
# What mkdocs-jupyter puts into a page that ours must not carry (pipeline/notebook_html.py strips it).
INJECTED = ["<style", "jp-RenderedHTMLCommon {", "MathJax", "mathjax", "mermaid", "require.js", "requirejs", "clipboard-copy", "cdnjs", "jsdelivr", "unpkg"]


def test_there_are_at_least_four_notebooks_and_each_is_in_the_nav():
    assert len(NAMES) >= 4
    assert sorted(NAMES) == [p.stem for p in sources()], "every docs/notebooks/*.py needs a nav entry notebooks/<name>.ipynb, and back"


def test_every_notebook_checks_its_figures_against_a_page():
    for source in sources():
        text = source.read_text(encoding="utf-8")
        assert "# %% [markdown]" in text, f"{source.name}: not in jupytext's percent format"
        pages = set(re.findall(r'"([a-z0-9-]+\.md)"', text))
        assert pages and all((ROOT / "docs" / page).is_file() for page in pages), f"{source.name}: names no existing page"
        assert len(re.findall(r"\bclaim\(", text)) >= 3, f"{source.name}: checks fewer than three figures against their pages"


BREAKS = {
    # A page sentence edited by hand: the notebook's figure is no longer what the page says.
    "page": (
        "docs/talent.md",
        "CSET expected more than 77,000 Chinese",
        "CSET expected more than 78,000 Chinese",
        "docs/talent.md",
        "more than 77,000 Chinese STEM PhD graduates",
    ),
    # A data correction that changes a ratio the page writes out in words ("nearly 12 times").
    "data": (
        "charts/private_ai_investment_us_china/data.csv",
        "2024,China,9.3,",
        "2024,China,8.5,",
        "docs/money-and-industrial-policy.md",
        "nearly 13 times China's USD 8.5 billion",
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", BREAKS)
def test_a_figure_its_page_no_longer_states_stops_the_notebook(project, case):
    path, old, new, page, figure = BREAKS[case]
    replace_in(project / path, old, new)
    with pytest.raises(InputError) as error:
        execute(project / "docs/notebooks/shares-and-ratios.py", project)
    message = str(error.value)
    assert "docs/notebooks/shares-and-ratios.py" in message and "clean kernel" in message
    assert f"{page} no longer states" in message and figure in message, message


# ---- The built pages --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("md", NOTEBOOKS)
def test_notebook_page_offers_its_executed_ipynb_and_source(built_site, md):
    html, name = page_html(built_site, md), Path(md).stem
    assert f'<a href="{name}.ipynb" download>' in html and f'<a href="../{name}.py" download>' in html
    assert (built_site / "notebooks" / f"{name}.py").read_bytes() == (ROOT / "docs" / "notebooks" / f"{name}.py").read_bytes()
    notebook = nbformat.reads((built_site / stem(md) / f"{name}.ipynb").read_text(encoding="utf-8"), as_version=4)
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code and all(cell.execution_count for cell in code), "the download is the executed notebook"
    assert not [o for cell in code for o in cell.outputs if o.output_type == "error"]
    printed = "".join(o.get("text", "") for cell in code for o in cell.outputs if o.output_type == "stream")
    checked = re.findall(r"^.+ — ([a-z0-9-]+\.md), “", printed, re.MULTILINE)
    assert len(checked) >= 3, f"{name}: the executed notebook prints fewer than three checked figures"


@pytest.mark.parametrize("md", NOTEBOOKS)
def test_notebook_page_carries_nothing_mkdocs_jupyter_injects(built_site, md):
    html = page_html(built_site, md)
    article = html[html.index("<article") : html.index("</article>")]
    assert not [marker for marker in INJECTED if marker in article], f"{md}: {[m for m in INJECTED if m in article]}"
    assert not [url for _, _, url in LoadedResources.of(html) if "://" in url and "127.0.0.1" not in url]
    assert 'tabindex="0"' not in re.sub(r'<pre tabindex="0">', "", article), "only scrolling code blocks take a tab stop"
    assert "<code>" in article and 'class="highlight"' in article, "code cells use Material's highlight markup"


def test_notebook_charts_are_static_svg_in_both_schemes(built_site):
    charts = 0
    for md in NOTEBOOKS:
        for figure in re.findall(r'<figure class="ctg-nbchart">(.*?)</figure>', page_html(built_site, md), re.DOTALL):
            images = [dict(re.findall(r'(\w+)="([^"]*)"', img)) for img in re.findall(r"<img\b[^>]*>", figure)]
            assert [i.get("class") for i in images] == ["ctg-nbchart__light", "ctg-nbchart__dark"], f"{md}: a chart without both static SVGs"
            assert all(i["src"].startswith("data:image/svg+xml;base64,") and len(i.get("alt", "")) >= 20 for i in images), f"{md}: {images[0].get('alt')}"
            charts += 1
    assert charts >= len(NOTEBOOKS), "each notebook draws at least one chart"


def test_index_links_every_notebook(built_site):
    html = page_html(built_site, "notebooks/index.md")
    for name in NAMES:
        assert f'href="{name}/"' in html, f"the Notebooks index does not link {name}"


# ---- In the browser -----------------------------------------------------------------------------------------------


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_notebook_pages_load_cleanly_and_follow_the_colour_scheme(browser, site_url, scheme):
    context = browser.new_context(color_scheme=scheme, viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    seen = watch(page)
    for md in NOTEBOOKS:
        page.goto(page_url(site_url, md), wait_until="load")
        page.wait_for_timeout(100)
        assert not seen["remote"], f"{md}: requests to other hosts {seen['remote']}"
        assert not seen["errors"], f"{md}: console errors {seen['errors']}"
        shown = page.evaluate("""[...document.querySelectorAll('figure.ctg-nbchart img')]
            .filter(img => img.getBoundingClientRect().width > 0).map(img => img.className)""")
        assert shown and set(shown) == {f"ctg-nbchart__{scheme}"}, f"{md} ({scheme}): charts shown {shown}"
        assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
        link = page.locator("a[download][href$='.ipynb']")
        assert json.loads(page.evaluate("href => fetch(href).then(r => r.text())", link.get_attribute("href")))["cells"]
    context.close()
