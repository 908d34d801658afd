"""Trim what mkdocs-jupyter puts into a notebook page to what the page needs: the cells, in the site's own styles.

mkdocs-jupyter inlines ~590 KB of JupyterLab CSS, a MathJax loader with an empty src (which requests the page itself),
a mermaid module that imports from a CDN, a clipboard web component with invalid markup, and a tab stop on every
cell. Our notebooks use none of them: code is styled by Material's own highlight rules, outputs and charts by site.css.
"""

from __future__ import annotations

import html as entities
import re

DROP = [
    re.compile(r"<style\b[^>]*>.*?</style>", re.DOTALL),
    re.compile(r"<script\b[^>]*>.*?</script>", re.DOTALL),
    re.compile(r"<!--.*?-->", re.DOTALL),
    re.compile(r'<div class="zeroclipboard-container">.*?</clipboard-copy>\s*</div>', re.DOTALL),
    re.compile(r'<div class="clipboard-copy-txt"[^>]*>.*?</div>', re.DOTALL),
    re.compile(r'<div class="jp-Collapser[^"]*">\s*</div>'),
]
# A code cell's source: Material colours `.highlight` code for light and dark; a scrolling <pre> needs a tab stop.
CODE = re.compile(r'<div class="highlight-ipynb hl-python"><pre><span></span>(.*?)</pre></div>', re.DOTALL)
TAB_STOP = re.compile(r'(<div class="jp-(?:Cell-inputWrapper|RenderedText jp-OutputArea-output|RenderedHTMLCommon[^"]*)"[^>]*?) tabindex="0"')


def lean(html: str) -> str:
    """A notebook page's body without the injected styles, scripts and widgets, its code in Material's markup."""
    for pattern in DROP:
        html = pattern.sub("", html)
    html = TAB_STOP.sub(r"\1", html)
    html = CODE.sub(lambda m: f'<div class="highlight"><pre tabindex="0"><code>{m.group(1)}</code></pre></div>', html)
    return html


FIRST_PARAGRAPH = re.compile(r"</h1>\s*<p>(.*?)</p>", re.DOTALL)


def description(html: str) -> str | None:
    """The page's meta description: the first sentence of the paragraph under its title, as attribute-safe text."""
    found = FIRST_PARAGRAPH.search(html)
    if not found:
        return None
    text = " ".join(entities.unescape(re.sub(r"<[^>]+>", "", found.group(1))).split())
    return entities.escape(re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0], quote=True)
