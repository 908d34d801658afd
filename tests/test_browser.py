"""The built site in Debian's Chromium: clean loads, static-first charts, live upgrade, instant navigation, dark mode."""

from __future__ import annotations

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from helpers import EXPLAINER, EXPLAINERS, LIVE_TIMEOUT, contrast, page_url, visit_every_page, wait_until_live, watch

pytestmark = pytest.mark.browser


def test_charts_wait_until_the_reader_engages_and_they_near_the_viewport(browser, site_url):
    page = browser.new_page(viewport={"width": 390, "height": 700})
    vega = []
    page.on("request", lambda request: vega.append(request.url) if "vega.min.js" in request.url else None)
    page.goto(page_url(site_url, "timeline/export-controls.md"))  # its chart is in view at load
    page.wait_for_timeout(1500)
    first = page.locator("figure.ctg-chart").first
    assert "ctg-chart--live" not in (first.get_attribute("class") or ""), "a chart went live before the reader did anything"
    assert not vega, "Vega was fetched before the reader did anything"
    page.mouse.move(20, 300)
    page.wait_for_function("f => f.classList.contains('ctg-chart--live')", arg=first.element_handle(), timeout=LIVE_TIMEOUT)
    page.goto(page_url(site_url, f"{EXPLAINER}.md"))
    page.mouse.move(20, 300)
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


def test_chart_images_hold_their_space_before_they_load(browser, site_url):
    """Lazy chart images below the fold must reserve their box, or the page jumps as they load (layout shift)."""
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(page_url(site_url, f"{EXPLAINER}.md"))
    boxes = page.evaluate(
        """[...document.querySelectorAll('img.ctg-chart__static--light')].filter(i => !i.complete).map(i => {
            const r = i.getBoundingClientRect();
            return [r.width, r.height, +i.getAttribute('width'), +i.getAttribute('height')];
        })"""
    )
    assert boxes, "expected lazy chart images below the fold that have not loaded yet"
    for width, height, natural_width, natural_height in boxes:
        assert width > 0 and abs(height / width - natural_height / natural_width) < 0.01, (width, height, natural_width, natural_height)
    page.close()


@pytest.mark.parametrize("width", [390, 1280])
def test_long_pages_do_not_shift_as_they_load(browser, site_url, width):
    """Nothing on a long page may move as it loads (layout shift, the CLS that Lighthouse scores): images reserve their
    box, and anything a script adds at start-up must not push the text down."""
    page = browser.new_page(viewport={"width": width, "height": 844})
    page.add_init_script(
        "window.__shifts = []; new PerformanceObserver(list => list.getEntries().forEach(e => window.__shifts.push("
        "[e.value, e.sources.map(s => s.node && s.node.nodeName + '#' + (s.node.id || ''))]))).observe({type: 'layout-shift', buffered: true});"
    )
    long_pages = [
        "index.md",
        "glossary.md",
        "contributing.md",
        "data.md",
        "timeline/index.md",
        "timeline/export-controls.md",
        f"{EXPLAINER}.md",
        "sources/s.md",
    ]
    for md in long_pages:
        page.goto(page_url(site_url, md), wait_until="load")
        page.wait_for_timeout(600)
        assert page.evaluate("document.querySelectorAll('.md-content article *').length") > 300, md  # long indeed
        shifts = page.evaluate("window.__shifts")
        # Sub-pixel settling of table cells (0.0001) is not a jump; the shifts this guards against scored 0.01-0.27.
        assert sum(value for value, _ in shifts) < 0.001, f"{md} at {width} px: content moved as the page loaded: {shifts}"
    page.close()


def test_material_starts_deferred_and_finds_tables_already_wrapped(browser, site_url):
    """Material's bundle is deferred and Markdown tables come wrapped from the build (main.html, mkdocs_hook.py):
    Material must still start (search, palette, instant navigation hang off it) and must not wrap a table again."""
    page = browser.new_page(viewport={"width": 390, "height": 844})
    seen = watch(page)
    page.goto(page_url(site_url, "methodology.md"))
    assert page.evaluate("document.querySelector('script[src*=\"assets/javascripts/bundle.\"]').defer")
    page.wait_for_function("window.component$ !== undefined")
    tables = page.evaluate(
        """[...document.querySelectorAll('.md-content table:not([class*=ctg-stack])')].map(t => {
            const th = t.querySelector('th');
            return [t.className, t.closest('.md-typeset__scrollwrap').querySelectorAll('.md-typeset__scrollwrap').length,
                    t.parentElement.className, getComputedStyle(th).fontWeight, getComputedStyle(th).paddingTop,
                    getComputedStyle(t).borderTopStyle];
        })"""
    )
    assert tables, "expected Markdown tables on the methodology page"
    for class_name, nested, parent, weight, padding, border in tables:
        assert class_name == "ctg-table" and parent == "md-typeset__table" and nested == 0, (class_name, parent, nested)
        assert (weight, padding, border) == ("700", "12px", "solid"), "a wrapped table lost Material's data-table look"
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


def test_start_up_state_written_early_still_follows_the_reader(browser, site_url):
    """partials/ctg-startup.html writes Material's start-up state before the body parses; the page must still behave."""
    page = browser.new_page(color_scheme="light")
    seen = watch(page)
    page.goto(page_url(site_url, f"{EXPLAINER}.md"))
    scheme_meta = "document.querySelector('meta[name=color-scheme]').content"  # the first one is the one browsers read
    assert page.evaluate("document.documentElement.classList.contains('js')")
    assert not page.evaluate("document.documentElement.classList.contains('no-js')")
    assert page.evaluate(scheme_meta) == "light"
    assert not page.evaluate("document.body.hasAttribute('data-md-color-switching')")
    page.locator("form[data-md-component=palette] label:visible").first.click()
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'")
    page.wait_for_function(f"{scheme_meta} === 'dark'")
    # Links inside the page container keep their relative form at start-up; instant navigation replaces that
    # container, so links on a page one level deeper must still resolve against the page they are on.
    page.wait_for_load_state("networkidle")
    page.evaluate("window.__sameDocument = true")
    page.locator("article a.ctg-chart__page").first.click()
    page.wait_for_url("**/charts/*/")
    page.wait_for_function("document.querySelector('article h1') !== null")
    assert page.evaluate("window.__sameDocument === true"), "instant navigation is off"
    page.locator(f"article a[href*='{EXPLAINER}/#chart-']").first.click()  # "where it is used"
    page.wait_for_url(lambda url: f"/{EXPLAINER}/#chart-" in url)
    page.wait_for_function("document.title.startsWith('Chips and export controls')")
    page.locator(".md-header a.md-logo").click()  # a header link, rewritten to an absolute address at start-up
    page.wait_for_url(site_url)
    assert page.evaluate("window.__sameDocument === true")
    assert page.evaluate(scheme_meta) == "dark", "the scheme meta lost the reader's choice after navigation"
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


def test_keyboard_focus_on_a_chart_steps_through_its_tooltips(browser, site_url):
    """A keyboard reader tabs to a live chart; the arrow keys show each data point's tooltip, Escape hides it."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(page_url(site_url, f"{EXPLAINER}.md"))
    figure = page.locator("figure.ctg-chart").first
    figure.scroll_into_view_if_needed()
    wait_until_live(page)
    holder = figure.locator(".ctg-chart__live")
    assert holder.get_attribute("tabindex") == "0", "a live chart is reachable with Tab"
    holder.focus()
    shown = "(() => { const t = document.querySelector('.ctg-tooltip'); return t && !t.hidden ? t.innerText : '' })()"
    page.keyboard.press("ArrowRight")
    first = page.evaluate(shown)
    assert first.strip(), "the first arrow key showed no tooltip"
    page.keyboard.press("ArrowRight")
    second = page.evaluate(shown)
    assert second.strip() and second != first, "the next arrow key did not move to the next data point"
    page.keyboard.press("Escape")
    assert not page.evaluate(shown), "Escape left the tooltip open"
    page.close()


# A reader's query -> the page whose group of results must come first, and the section that group must include.
SEARCHES = [
    ("大基金", "glossary/", "#big-fund"),
    ("英伟达", "glossary/", "#nvidia"),
    ("深度求索", "glossary/", "#deepseek"),
    ("华为", "glossary/", "#huawei"),
    ("price war", "price-war/", "#how-a-price-war-started-in-three-weeks"),
    ("export controls", "chips-and-export-controls/", "#how-the-controls-tightened-and-how-beijing-answered"),
    ("H20", "chips-and-export-controls/", "#washington-draws-the-line-then-redraws-it"),
]


def search_results(page, query: str) -> list[list[str]]:
    """Type a query into Material's search box; the result links (without the ?h= highlight), grouped by page in order."""
    box = page.locator("input.md-search__input")
    box.click()
    # The worker first fetches and indexes the whole site (Chinese segmented), slow on a loaded machine: wait until
    # Material stops saying "Initializing search" before typing.
    page.wait_for_function(
        "() => { const m = document.querySelector('.md-search-result__meta'); return m && !/Initializing/i.test(m.textContent) }",
        timeout=6 * LIVE_TIMEOUT,
    )
    box.fill("")
    box.type(query, delay=30)
    # Material reads the box on keyup; Chinese characters arrive as text input, as from an input method, which a
    # reader commits with a key: press one that leaves the text as it is.
    box.press("End")
    page.wait_for_selector(".md-search-result__item", timeout=2 * LIVE_TIMEOUT)
    page.wait_for_timeout(300)  # results render in one batch; let the last keystroke's query settle
    groups = page.eval_on_selector_all(".md-search-result__list > li", "groups => groups.map(g => [...g.querySelectorAll('a')].map(a => a.href))")
    return [[href.split("?")[0] + ("#" + href.split("#", 1)[1] if "#" in href else "") for href in links] for links in groups]


@pytest.mark.parametrize("query,page_path,anchor", SEARCHES, ids=[q for q, _, _ in SEARCHES])
def test_search_finds_the_entry_or_section_first(browser, site_url, query, page_path, anchor):
    """A Chinese name finds its own glossary entry first; a topic finds its explainer, with the section about it."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(site_url)
    groups = search_results(page, query)
    first = groups[0]
    assert first[0] == f"{site_url}{page_path}", f"{query}: first page {first[0]}, then {[g[0] for g in groups[1:4]]}"
    assert f"{site_url}{page_path}{anchor}" in first[:6], f"{query}: {anchor} not among the first sections {first[:6]}"
    if page_path == "glossary/":
        assert first[1] == f"{site_url}{page_path}{anchor}", f"{query}: the entry is not the first section: {first[:3]}"
    page.close()


def test_search_for_the_big_fund_leads_to_an_explainer_and_its_section(browser, site_url):
    """'Big Fund' is discussed on two explainers: one of them comes first, and its own section is in the first two."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(site_url)
    groups = search_results(page, "Big Fund")
    assert groups[0][0] in [f"{site_url}{md}/" for md in EXPLAINERS], f"first result {groups[0][0]}"
    assert f"{site_url}money-and-industrial-policy/#the-big-fund" in groups[0] + groups[1], [g[:3] for g in groups[:2]]
    page.close()


# Every painted mark and legend symbol of the live charts, with the colour it shows once its opacity (and its groups')
# blends it into the page background.
PAINTED_MARKS = """() => {
  const rgba = c => { const m = c && c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null; const v = m[1].split(',').map(Number); return [v.slice(0, 3), v.length > 3 ? v[3] : 1]; };
  const out = [];
  for (const el of document.querySelectorAll('.ctg-chart__live svg g.role-mark > *, .ctg-chart__live svg g.role-legend-symbol path')) {
    let opacity = 1;
    for (let n = el; n && n.tagName !== 'svg'; n = n.parentElement) opacity *= parseFloat(getComputedStyle(n).opacity);
    const style = getComputedStyle(el);
    const paints = [];
    for (const [kind, alpha] of [['fill', 'fillOpacity'], ['stroke', 'strokeOpacity']]) {
      const colour = rgba(style[kind]);
      if (!colour || colour[1] === 0 || (kind === 'stroke' && parseFloat(style.strokeWidth) === 0)) continue;
      paints.push([colour[0], colour[1] * parseFloat(style[alpha]) * opacity]);
    }
    if (paints.length) out.push({chart: el.closest('figure').id, what: el.closest('g.role-legend-symbol') ? 'legend symbol' : el.closest('g.role-mark').getAttribute('class'), paints});
  }
  return out;
}"""


def blend(rgb: list[int], alpha: float, background: list[int]) -> str:
    """The colour a paint of this opacity shows over the background, as rgb(r, g, b)."""
    r, g, b = (round(alpha * c + (1 - alpha) * under) for c, under in zip(rgb, background, strict=True))
    return f"rgb({r}, {g}, {b})"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_chart_mark_and_legend_symbol_stands_out_from_the_background(browser, site_url, scheme):
    """WCAG 3:1 for graphics: each mark, rule and legend symbol (its fill or its outline) against the page."""
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    failures, checked = set(), 0
    for md in EXPLAINERS:
        page.goto(page_url(site_url, f"{md}.md"))
        figures = page.locator("figure.ctg-chart")
        for i in range(figures.count()):
            figures.nth(i).scroll_into_view_if_needed()  # charts go live as they near the viewport
        wait_until_live(page, figures.count())
        css = page.evaluate("getComputedStyle(document.body).backgroundColor")
        background = [int(float(v)) for v in css[css.index("(") + 1 : css.index(")")].split(",")[:3]]
        for mark in page.evaluate(PAINTED_MARKS):
            checked += 1
            shown = [blend(rgb, alpha, background) for rgb, alpha in mark["paints"]]
            best = max(contrast(colour, css) for colour in shown)
            if best < 3:
                failures.add(f"{md} {mark['chart']} {mark['what']}: {shown} on {css} ({best:.2f}:1)")
    assert checked > 100, f"only {checked} marks found: are the charts live?"
    assert not failures, "\n".join(sorted(failures))
    context.close()


def test_the_cite_control_copies_each_form_of_the_citation(browser, site_url):
    """The page's and a chart's "Cite" panels: each form has a Copy button that puts exactly that text on the clipboard."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url.rstrip("/"))
    page = context.new_page()
    page.goto(page_url(site_url, f"{EXPLAINER}.md"))
    panels = page.locator("details.ctg-cite")
    assert panels.count() >= 4, "a Cite panel under the title and one per chart"
    figure = page.locator("figure.ctg-chart").first
    chart_id = figure.get_attribute("data-chart")
    targets = {f"{site_url}{EXPLAINER}/": panels.first, f"{site_url}charts/{chart_id}/": figure.locator("details.ctg-cite")}
    for permalink, panel in targets.items():
        panel.locator("summary").click()
        forms = panel.locator(".ctg-cite__form")
        assert forms.count() == 3
        for i in range(3):
            form = forms.nth(i)
            form.get_by_role("button").click()
            page.wait_for_function("b => b.textContent === 'Copied'", arg=form.get_by_role("button").element_handle())
            copied = page.evaluate("navigator.clipboard.readText()")
            assert copied == form.locator("pre").inner_text() and copied.strip()
        bibtex = forms.nth(2).locator("pre").inner_text()
        assert bibtex.startswith("@") and permalink in bibtex, bibtex
    context.close()


def test_data_tables_on_a_phone_are_cards_with_human_headings_and_no_scrolling_box(browser, site_url):
    """At 390 px every chart's data table shows each row as a card: every cell visible, labelled with its column's name,
    nothing wider than the screen and no box that scrolls inside the page."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(page_url(site_url, f"{EXPLAINER}.md"))
    tables = page.locator("figure.ctg-chart details.ctg-chart__details.abstract")
    assert tables.count() >= 3
    for i in range(tables.count()):
        details = tables.nth(i)
        details.locator("summary").click()
        layout = details.evaluate(
            """d => {
              const box = d.querySelector('.ctg-chart__scroll'), table = box.querySelector('table');
              const cells = [...table.querySelectorAll('tbody tr:first-child td')];
              return {
                boxScrolls: box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1,
                tableWidth: table.getBoundingClientRect().width, viewport: innerWidth,
                labels: cells.map(td => getComputedStyle(td, '::before').content),
                shown: cells.map(td => td.getBoundingClientRect().height > 0),
                headerShown: table.querySelector('thead').getBoundingClientRect().height > 1,
              };
            }"""
        )
        assert not layout["boxScrolls"], f"table {i}: scrolls inside the page"
        assert layout["tableWidth"] <= layout["viewport"], f"table {i}: {layout['tableWidth']} px wide on a {layout['viewport']} px screen"
        assert all(layout["shown"]) and not layout["headerShown"], f"table {i}: not every cell shown as a card line"
        for label in layout["labels"]:
            assert label.endswith(': "') and "_" not in label and len(label) > 5, f"table {i}: cell label {label}"
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_chart_page_goes_live_and_its_embed_page_shows_the_chart_in_the_readers_scheme(browser, site_url, scheme):
    """From a figure to its own page (live chart, clean load), then the embed page alone: our files only, no script,
    the SVG drawn for the reader's colour scheme."""
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    seen = watch(page)
    page.goto(page_url(site_url, f"{EXPLAINER}.md"))
    link = page.locator("figure.ctg-chart a.ctg-chart__page").first
    chart_id = link.evaluate("a => a.closest('figure').dataset.chart")
    link.click()
    page.wait_for_url(f"**/charts/{chart_id}/")
    wait_until_live(page, 1)
    assert page.locator(f"#chart-{chart_id} table tbody tr").count() >= 1
    page.locator("a", has_text="Preview the embedded chart").click()
    page.wait_for_url(f"**/charts/{chart_id}/embed/")
    image = page.locator("picture img")
    page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=image.element_handle())
    assert image.evaluate("img => img.currentSrc").endswith(f"{chart_id}/{'dark' if scheme == 'dark' else 'light'}.svg")
    assert page.locator("script").count() == 0
    assert not seen["errors"] and not seen["remote"], seen
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
