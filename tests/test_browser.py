"""The built site in Debian's Chromium: clean loads, static-first charts, live upgrade, instant navigation, dark mode."""

from __future__ import annotations

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from helpers import EXPLAINER, EXPLAINERS, LIVE_TIMEOUT, contrast, page_url, visit_every_page, wait_until_live, watch

pytestmark = pytest.mark.browser


def test_charts_wait_until_they_near_the_viewport(browser, site_url):
    page = browser.new_page(viewport={"width": 390, "height": 700})
    page.goto(page_url(site_url, f"{EXPLAINER}.md"))
    page.wait_for_timeout(1500)
    last = page.locator("figure.ctg-chart").last
    assert "ctg-chart--live" not in (last.get_attribute("class") or ""), "a chart far below the fold went live at load"
    last.scroll_into_view_if_needed()
    page.wait_for_function("f => f.classList.contains('ctg-chart--live')", arg=last.element_handle(), timeout=LIVE_TIMEOUT)
    page.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_page_loads_cleanly(browser, site_url, scheme):
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    seen = watch(page)
    for md in visit_every_page(page, site_url):
        page.wait_for_timeout(100)
        assert not seen["errors"], f"{md} ({scheme}): console errors {seen['errors']}"
        assert not seen["remote"], f"{md} ({scheme}): requests to other hosts {seen['remote']}"
    context.close()


def test_charts_show_their_svg_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(page_url(site_url, f"{EXPLAINER}.md"), wait_until="load")
    figures = page.locator("figure.ctg-chart")
    assert figures.count() >= 3
    for i in range(figures.count()):
        figure = figures.nth(i)
        figure.scroll_into_view_if_needed()
        image = figure.locator("img.ctg-chart__static--light")
        image.wait_for(state="visible")
        page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=image.element_handle())
        assert figure.locator("img.ctg-chart__static--dark").is_hidden()
        assert figure.locator("table tbody tr").count() >= 3
    context.close()


@pytest.mark.parametrize("explainer", EXPLAINERS)
def test_charts_become_interactive_with_tooltips(browser, site_url, explainer):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    seen = watch(page)
    page.goto(page_url(site_url, f"{explainer}.md"))
    figures = page.locator("figure.ctg-chart")
    wait_until_live(page, figures.count())
    tooltip = page.locator(".ctg-tooltip")
    for i in range(figures.count()):
        figure = figures.nth(i)
        assert figure.locator("img.ctg-chart__static--light").is_hidden(), "the static SVG gives way to the live view"
        # Not every layer carries a tooltip (labels, rules), so try the first few marks until one answers.
        marks = figure.locator(".ctg-chart__live svg g.role-mark path")
        shown = False
        for j in range(min(marks.count(), 12)):
            mark = marks.nth(j)
            mark.scroll_into_view_if_needed()
            box = mark.bounding_box()
            if not box or box["width"] * box["height"] == 0:
                continue
            page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
            try:
                tooltip.wait_for(state="visible", timeout=1_500)
            except PlaywrightTimeout:
                continue
            shown = bool(tooltip.inner_text().strip())
            page.mouse.move(0, 0)
            break
        assert shown, f"{explainer}: chart {figure.get_attribute('id')} shows no tooltip"
    assert not seen["errors"] and not seen["remote"]
    page.close()


def test_instant_navigation_to_a_chart_page_and_back(browser, site_url):
    page = browser.new_page()
    seen = watch(page)
    page.goto(site_url)
    # Material intercepts links only once it has fetched the sitemap that says which URLs are the site's own; on a
    # loaded machine a click can come first and load the page in full.
    page.wait_for_load_state("networkidle")
    page.evaluate("window.__sameDocument = true")
    page.locator(f"article a[href$='{EXPLAINER}/']").first.click()
    page.wait_for_url(f"**/{EXPLAINER}/")
    page.wait_for_function("document.title.startsWith('Chips and export controls')")
    assert page.evaluate("window.__sameDocument === true"), "navigation reloaded the page: instant navigation is off"
    wait_until_live(page, 3)
    page.go_back()
    page.wait_for_url(site_url)
    page.go_forward()
    page.wait_for_url(f"**/{EXPLAINER}/")
    wait_until_live(page, 3)
    assert page.evaluate("window.__sameDocument === true")
    assert not seen["errors"] and not seen["remote"]
    page.close()


def test_switching_to_dark_mode_redraws_charts_legibly(browser, site_url):
    page = browser.new_page(color_scheme="light")
    seen = watch(page)
    page.goto(page_url(site_url, f"{EXPLAINER}.md"))
    wait_until_live(page, 3)
    page.locator("form[data-md-component=palette] label:visible").first.click()
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'")
    page.wait_for_function("[...document.querySelectorAll('figure.ctg-chart')].every(f => f.dataset.liveScheme === 'dark')", timeout=LIVE_TIMEOUT)
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    fills = page.evaluate("[...document.querySelectorAll('.ctg-chart__live svg g.role-axis-label text')].map(t => t.getAttribute('fill'))")
    assert fills, "no axis labels found in the live charts"
    for fill in set(fills):
        ratio = contrast(fill, background)
        assert ratio >= 4.5, f"axis label {fill} on {background}: contrast {ratio:.2f}"
    assert not seen["errors"] and not seen["remote"]
    page.close()


def test_switching_scheme_during_a_charts_first_render_ends_in_the_new_scheme(browser, site_url):
    """Vega is held back while the reader switches to dark mode; once it loads, the chart must redraw dark."""
    page = browser.new_page(color_scheme="light")
    held = []
    page.route("**/vendor/vega/vega.min.js", lambda route: held.append(route))  # the request waits until the test lets it go
    page.goto(page_url(site_url, f"{EXPLAINER}.md"))
    page.locator("figure.ctg-chart").first.scroll_into_view_if_needed()  # charts start rendering as they near the viewport
    page.wait_for_function("document.querySelector('figure.ctg-chart[data-render-ticket]') !== null", timeout=LIVE_TIMEOUT)
    for _ in range(100):
        if held:
            break
        page.wait_for_timeout(50)
    assert held, "the chart never asked for Vega"
    page.locator("form[data-md-component=palette] label:visible").first.click()
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'")
    held[0].continue_()
    page.wait_for_function("document.querySelector('figure.ctg-chart[data-render-ticket]').dataset.liveScheme === 'dark'", timeout=LIVE_TIMEOUT)
    assert page.evaluate("document.querySelector('figure.ctg-chart[data-render-ticket]').dataset.renderTicket") != "1", "the chart was redrawn"
    page.close()


def test_tapping_a_chart_mark_shows_its_tooltip_on_a_phone(browser, site_url):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(page_url(site_url, f"{EXPLAINER}.md"))
    figure = page.locator("figure.ctg-chart").first
    figure.scroll_into_view_if_needed()
    wait_until_live(page)
    marks = figure.locator(".ctg-chart__live svg g.role-mark path")
    shown = ""
    for j in range(min(marks.count(), 12)):
        marks.nth(j).scroll_into_view_if_needed()  # waiting for the charts scrolled the page further down
        box = marks.nth(j).bounding_box()
        if not box or box["width"] * box["height"] == 0:
            continue
        page.touchscreen.tap(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.wait_for_timeout(300)
        shown = page.evaluate("(() => { const t = document.querySelector('.ctg-tooltip'); return t && !t.hidden ? t.innerText : '' })()")
        if shown:
            break
    assert shown.strip(), "no tap on the chart's marks showed a tooltip"
    context.close()


def test_search_index_loads_when_the_reader_reaches_for_search(browser, site_url):
    """Pages do not download the search index up front (it competed with first paint on phones); search still works,
    including Chinese terms, once the reader opens it."""
    page = browser.new_page(viewport={"width": 390, "height": 800}, has_touch=True)
    asked = []
    page.on("request", lambda request: asked.append(request.url) if request.url.endswith("/search/search_index.json") else None)
    page.goto(page_url(site_url, f"{EXPLAINER}.md"))
    page.wait_for_load_state("networkidle")
    assert not asked, "the search index was requested before the reader reached for search"
    page.locator('label.md-header__button[for="__search"]').click()
    page.keyboard.type("export")
    page.wait_for_selector(".md-search-result__item", timeout=LIVE_TIMEOUT)
    assert asked, "search answered without the index"
    page.keyboard.press("Control+A")
    page.keyboard.type("商务部")
    page.wait_for_function("[...document.querySelectorAll('.md-search-result__item')].some(i => i.textContent.includes('商务部'))", timeout=LIVE_TIMEOUT)
    page.close()
