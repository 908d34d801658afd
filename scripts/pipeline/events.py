"""<!-- events:<chart_id> -->: a chart's events as a Markdown list (date, who, what, a link to the page that explains it
and a footnote to its source), so a timeline reads in full without the chart and without JavaScript."""

from __future__ import annotations

import datetime as dt
import posixpath

from .charts import ChartDefinition

NEEDED = ("date", "event", "page")


def event_list(definition: ChartDefinition, titles: dict[str, str], folder: str = "") -> str:
    """One list item per row, oldest first; `titles` maps a page (talent.md) to the title its link shows, and links are
    written relative to `folder`, the docs folder of the page that holds the list (e.g. timeline)."""
    columns = {c.name: c for c in definition.columns}
    missing = [name for name in NEEDED if name not in columns]
    if missing or columns["page"].type != "page":
        raise ValueError(f"{definition.id} is not an events dataset: it needs columns {list(NEEDED)}, with page of type 'page'")
    source = next(c.name for c in definition.columns if c.type == "source")
    items = []
    for row in definition.data.sort_values(["date", "event"]).to_dict("records"):
        day = dt.date.fromisoformat(row["date"])
        who = f" · {row['country']}" if row.get("country") else ""
        page = row["page"]
        link = posixpath.relpath(page, folder or ".")
        items.append(f"- **{day.day} {day:%B %Y}**{who}: {row['event']}. See [{titles.get(page, page)}]({link}).[^{row[source]}]")
    return "\n" + "\n".join(items) + "\n"
