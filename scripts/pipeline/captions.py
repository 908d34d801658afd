"""Every number and date in a chart's title, subtitle and description must be in its data: a corrected CSV cannot
leave a stale figure in the words around the chart."""

from __future__ import annotations

import re

from .charts import ChartDefinition
from .errors import InputError
from .yamlfile import YamlDocument

MONTHS = "January February March April May June July August September October November December".split()
DATE_IN_TEXT = re.compile(rf"\b(\d{{1,2}}) ({'|'.join(MONTHS)}) (\d{{4}})\b")
NUMBER_IN_TEXT = re.compile(r"(?<![\w.+])\d[\d,]*(?:\.\d+)?(?![\w])(?!-bit)")


def stale_caption_figures(definition: ChartDefinition) -> list[str]:
    """'field: what' for each number or date in the chart's words that matches no value in its data."""
    numbers, dates = set(), set()
    for column in definition.columns:
        for value in definition.data[column.name].dropna():
            if column.type in ("number", "integer", "year"):
                numbers.add(float(value))
            elif column.type == "date":
                dates.add(value)
                numbers.add(float(value[:4]))
    stale = []
    for field in ("title", "subtitle", "description"):
        text = getattr(definition.meta, field)
        for day, month, year in DATE_IN_TEXT.findall(text):
            if f"{year}-{MONTHS.index(month) + 1:02d}-{int(day):02d}" not in dates:
                stale.append(f"{field}: date {day} {month} {year} is not in the data")
        for match in NUMBER_IN_TEXT.finditer(DATE_IN_TEXT.sub(lambda m: m.group(3), text)):
            written = match.group(0).replace(",", "")
            decimals = len(written.split(".")[1]) if "." in written else 0
            if not any(round(value, decimals) == float(written) for value in numbers):
                stale.append(f"{field}: {match.group(0)} matches no value in the data")
    return stale


def check_caption_figures(definition: ChartDefinition) -> None:
    """Stop the build when the chart's words state a figure its data does not hold."""
    stale = stale_caption_figures(definition)
    if stale:
        meta_path, field = definition.folder / "meta.yml", stale[0].split(":")[0]
        line = YamlDocument(meta_path).line_of(field)
        raise InputError(meta_path, "states figures its data.csv does not hold (correct the words with the data): " + "; ".join(stale), line=line, column=field)
