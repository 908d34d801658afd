"""Scaffold a chart folder: `make new-chart ID=my_chart` writes charts/<ID>/ with a commented meta.yml, a header-only
data.csv and a chart.py that builds once the data has rows."""

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

META = """# Chart metadata: what readers see about the chart and the contract data.csv must meet.
# Every key is described in docs/reference.md (generated from scripts/pipeline/schemas/chart-meta.schema.json).
title: The finding in one sentence; every number and date here must be in data.csv
subtitle: The measure and its unit, the places and the years
description: >-
  What the chart shows, for a reader who cannot see it: the main values and the trend, in plain words.
as_of: {today}
next_update: When or on what event the data is expected to change
dataset:
  title: Name of the dataset behind the chart
  description: How the dataset was compiled and from which sources.
  license: CC BY 4.0
  caveats:
    - Limitations a reader should know (definitions, estimates, disagreements between sources).
  entity_policy: >-
    How China, Taiwan, Hong Kong and Macau are treated in this dataset.
  columns:
    - {{name: year, type: year, description: Calendar year.}}
    - {{name: country, type: category, values: [United States, China], description: Country.}}
    - {{name: value, type: number, unit: the unit, description: "What the number measures, with its unit."}}
    - {{name: source_id, type: source, description: Id of the source record (charts/sources/<id>.yml).}}
"""

CHART = '''"""{title}."""

import altair as alt
from theme import country_color


def chart(data):
    """One line per country over the years."""
    return alt.Chart(data).mark_line(point=True).encode(
        x=alt.X("year:O", title=None),
        y=alt.Y("value:Q", title="the unit"),
        color=country_color("country"),
        tooltip=["country:N", "year:O", "value:Q", "source_id:N"],
    )
'''


def main(chart_id: str) -> int:
    """Write the three files, refusing a bad id or an existing folder."""
    if not re.fullmatch(r"[a-z][a-z0-9_]*", chart_id):
        print(f"error: chart id must be snake_case (it becomes the folder name and the anchor), got {chart_id!r}", file=sys.stderr)
        return 2
    folder = ROOT / "charts" / chart_id
    if folder.exists():
        print(f"error: {folder.relative_to(ROOT)} already exists", file=sys.stderr)
        return 2
    import datetime as dt

    folder.mkdir()
    (folder / "meta.yml").write_text(META.format(today=dt.date.today().isoformat()), encoding="utf-8")
    (folder / "data.csv").write_text("year,country,value,source_id\n", encoding="utf-8")
    (folder / "chart.py").write_text(CHART.format(title=chart_id.replace("_", " ").capitalize()), encoding="utf-8")
    print(f"wrote {folder.relative_to(ROOT)}/meta.yml, data.csv (header only: add rows) and chart.py")
    print(f"next: add rows with source ids, edit meta.yml, put <!-- chart:{chart_id} --> in a page, run make check")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]) if len(sys.argv) == 2 else 2)
