"""A page per chart (charts/<id>/): its figure, where it is used and how to embed it; and a standalone embed page."""

from __future__ import annotations

import re

from markupsafe import escape

from .charts import ChartDefinition
from .templates import long_date

PLACEMENTS = "<!-- chart-placements -->"


def chart_page_markdown(definition: ChartDefinition, site_url: str, height: int, assets: str) -> str:
    """Markdown for charts/<id>/: the full figure (table, sources, caveats, citation, downloads), uses and embed code."""
    meta = definition.meta
    embed_url = f"{site_url.rstrip('/')}/charts/{definition.id}/embed/"
    iframe = f'<iframe src="{embed_url}" title="{meta.title}" width="100%" height="{height + 90}" style="border:0" loading="lazy"></iframe>'
    # Kept out of search: the same figure is found on the explainer pages, which rank first. Material's table of
    # contents has a label for the "__toc" toggle that its nav renders only for pages in the nav: this page supplies it.
    return f"""---
title: {_yaml(meta.dataset.title)}
description: {_yaml(_curly(meta.description))}
search:
  exclude: true
---

# {meta.dataset.title}

<input class="md-toggle" type="checkbox" id="__toc" aria-hidden="true" tabindex="-1">{_preloads(assets)}

<!-- chart:{definition.id} -->

## Where this chart is used

{PLACEMENTS}

## Embed this chart

Paste this into a web page. It loads a small page from this site that shows the chart as an image, light or dark to
match the reader's setting, with its source line and a link back here. It runs no script and loads nothing from other
sites.

<pre class="ctg-cite__text"><code>{escape(iframe)}</code></pre>

<p><a href="embed/">Preview the embedded chart</a></p>
"""


def _curly(text: str) -> str:
    """Straight double quotes as typographic ones: Material writes the description into an attribute unescaped."""
    return re.sub(r'"([^"]*)"', "\u201c\\1\u201d", text).replace('"', "\u201d")


def _preloads(assets: str) -> str:
    """Preloads for the chart image in the reader's system scheme. The chart is this page's largest paint, and its image
    is lazy (so the hidden scheme's copy is never fetched), so it was requested only after the first layout (Lighthouse
    mobile LCP 1.6-2.2 s on chart pages)."""
    return "".join(f'<link rel="preload" as="image" href="{assets}{name}.svg" media="(prefers-color-scheme: {name})">' for name in ("light", "dark"))


def _yaml(text: str) -> str:
    """A YAML double-quoted scalar."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def embed_html(definition: ChartDefinition, assets: str, chart_page: str, size: tuple[int, int], sources: list[str], canonical: str = "") -> str:
    """A standalone page with only the chart: the static SVG for the reader's colour scheme, source line and link back.
    canonical is the chart page's absolute address: search engines credit that page, not this copy (it replaced a
    noindex, which Lighthouse's SEO audit counts against the page, and a relative canonical, which it rejects)."""
    meta = definition.meta
    e = escape
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(meta.title)} · Closing the Gap</title>
<meta name="description" content="{e(meta.description)}">
<meta name="color-scheme" content="light dark">
<link rel="icon" href="data:,">
<link rel="canonical" href="{e(canonical or chart_page)}">
<style>
  body {{ margin: 0; padding: 8px 12px; font: 14px/1.4 -apple-system, BlinkMacSystemFont, "Segoe UI", Helvetica, Arial, sans-serif;
    background: #ffffff; color: #1f1f1f; }}
  a {{ color: #1f5fa8; }}
  img {{ display: block; max-width: 100%; height: auto; }}
  h1 {{ font-size: 16px; margin: 0 0 4px; }}
  p {{ margin: 4px 0; }}
  @media (prefers-color-scheme: dark) {{
    body {{ background: #1e2129; color: #e8e8ec; }}
    a {{ color: #7db4f0; }}
  }}
</style>
</head>
<body>
<main>
<h1>{e(meta.title)}</h1>
<p>{e(meta.subtitle)}</p>
<picture>
<source media="(prefers-color-scheme: dark)" srcset="{assets}dark.svg">
<img src="{assets}light.svg" width="{size[0]}" height="{size[1]}" alt="{e(meta.description)}">
</picture>
<p>Source: {e("; ".join(sources))}. As of {e(long_date(meta.as_of))}. <a href="{e(chart_page)}" target="_top">Closing the Gap: data, sources and citation</a></p>
</main>
</body>
</html>
"""
