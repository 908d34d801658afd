"""The one events dataset (charts/timeline_events), the charts drawn from it (data_from) and the text lists of events."""

from __future__ import annotations

import csv
import io
import re
import textwrap

import pytest

from helpers import replace_in
from pipeline.build import build_all
from pipeline.charts import load_definition, load_theme
from pipeline.claims import STRONG_TIERS
from pipeline.events import event_list
from pipeline.render import content_hash
from pipeline.sources import load_sources
from sitecheck import ROOT

EVENTS = "timeline_events"
THEME_VIEWS = {
    "plans-and-funds": "timeline_plans_and_funds",
    "chips": "timeline_chips",
    "export-controls": "timeline_export_controls",
    "models": "timeline_models",
    "regulation": "timeline_regulation",
    "governance-and-standards": "timeline_governance",
    "talent": "timeline_talent",
}


@pytest.fixture(scope="module")
def site():
    return build_all(ROOT)


def rows(frame) -> list[tuple]:
    """A dataset's rows as comparable tuples (missing cells as None)."""
    return sorted(tuple(None if v != v else v for v in r) for r in frame.itertuples(index=False))


def test_the_events_dataset_holds_at_least_100_events_in_every_theme(site):
    data = site.charts[EVENTS].definition.data
    assert len(data) >= 100
    assert set(data["theme"]) == set(THEME_VIEWS)
    assert not data.duplicated(["date", "event"]).any(), "an event is listed twice"


def test_every_event_rests_on_an_official_research_or_press_record(site):
    """Each event is a headline a reader may quote, so the tier rule for chart rows applies to every one."""
    definition = site.charts[EVENTS].definition
    weak = [f"{r['date']} {r['event']}: {r['source_id']}" for r in definition.data.to_dict("records") if site.sources[r["source_id"]].tier not in STRONG_TIERS]
    assert not weak, "events resting only on secondary records:\n" + "\n".join(weak)


def test_every_event_label_fits_the_two_lines_its_chart_draws(site):
    """The per-theme charts draw a label on at most two lines; a longer label would lose words only the list shows."""
    wrap = load_theme(ROOT / "charts/theme.py").EVENT_WRAP
    long = [e for e in site.charts[EVENTS].definition.data["event"] if len(textwrap.wrap(e, wrap)) > 2]
    assert not long, f"shorten these labels (at most two lines of {wrap} characters): {long}"


def test_each_theme_chart_is_exactly_its_themes_rows_and_together_they_are_the_dataset(site):
    everything = site.charts[EVENTS].definition.data
    seen = []
    for theme_name, chart_id in THEME_VIEWS.items():
        view = site.charts[chart_id].definition
        assert view.data_path == ROOT / "charts" / EVENTS / "data.csv"
        assert view.columns == site.charts[EVENTS].definition.columns
        assert rows(view.data) == rows(everything[everything["theme"] == theme_name])
        seen += rows(view.data)
    assert sorted(seen) == rows(everything)


def test_the_chips_page_export_control_chart_is_a_view_of_the_events_dataset(site):
    view = site.charts["export_controls_timeline"].definition
    everything = site.charts[EVENTS].definition.data
    assert not (view.folder / "data.csv").exists(), "a view must not keep a data.csv of its own that could drift"
    assert rows(view.data) == rows(everything[everything["theme"] == "export-controls"])
    assert view.data["action_type"].notna().all(), "every export-control event needs its kind of action (its lane on the chart)"
    assert {s.id for s in view.sources} == set(view.data["source_id"])


def test_a_view_publishes_only_the_rows_it_shows(site):
    chart = site.charts["timeline_talent"]
    published = list(csv.DictReader(io.StringIO((chart.output_dir / "data.csv").read_text(encoding="utf-8"))))
    assert {r["theme"] for r in published} == {"talent"}
    assert len(published) == len(chart.definition.data)


def test_editing_the_shared_dataset_changes_every_view_and_its_cache_key(project):
    """A corrected event reaches every chart drawn from the dataset, and none of them is served stale from the cache."""
    sources = load_sources(project / "charts/sources")
    theme_file = project / "charts/theme.py"
    load_theme(theme_file)
    views = [project / "charts/export_controls_timeline", project / "charts/timeline_talent"]
    keys = [content_hash(load_definition(folder, sources), theme_file) for folder in views]
    replace_in(project / "charts" / EVENTS / "data.csv", "2022-10-07,United States", "2022-10-08,United States")
    after = load_definition(views[0], sources)
    assert "2022-10-08" in set(after.data["date"]) and "2022-10-07" not in set(after.data["date"])
    # Even a view whose rows did not change re-renders: its cache key covers the whole shared file.
    assert all(a != b for a, b in zip(keys, [content_hash(load_definition(folder, sources), theme_file) for folder in views], strict=True))


def test_the_events_marker_lists_every_event_with_its_date_page_and_source(site):
    definition = site.charts["timeline_talent"].definition
    text = event_list(definition, {"talent.md": "Talent"})
    items = [line for line in text.splitlines() if line.startswith("- ")]
    assert len(items) == len(definition.data)
    first = definition.data.sort_values(["date", "event"]).iloc[0]
    day, month, year = int(first["date"][8:]), int(first["date"][5:7]), first["date"][:4]
    month_name = "January February March April May June July August September October November December".split()[month - 1]
    assert items[0].startswith(f"- **{day} {month_name} {year}** · {first['country']}: {first['event']}.")
    assert f"[Talent]({first['page']})" in items[0] and items[0].endswith(f"[^{first['source_id']}]")
    dates = [re.search(r"\*\*(.*?)\*\*", i).group(1) for i in items]
    assert len(dates) == len(items)


def test_the_events_marker_refuses_a_dataset_without_events(site):
    with pytest.raises(ValueError, match="is not an events dataset"):
        event_list(site.charts["china_ic_imports"].definition, {})


def test_the_timeline_has_an_overview_and_a_page_per_theme_with_its_chart_and_list():
    """The overview draws every event and links to each theme's page (its old section anchors still lead there); each
    theme's page draws and lists that theme's events. One long page was too slow on a phone."""
    overview = (ROOT / "docs/timeline/index.md").read_text(encoding="utf-8")
    assert f"<!-- chart:{EVENTS} -->" in overview
    assert "<!-- events:" not in overview, "the overview lists no events: the table under its chart does"
    for theme_name, chart_id in THEME_VIEWS.items():
        page = (ROOT / f"docs/timeline/{theme_name}.md").read_text(encoding="utf-8")
        assert f"<!-- chart:{chart_id} -->" in page and f"<!-- events:{chart_id} -->" in page, theme_name
        assert f"({theme_name}.md)" in overview, f"the overview does not link to the {theme_name} page"
        heading = next(line for line in page.splitlines() if line.startswith("# "))
        assert f"\n## {heading.removeprefix('# Timeline: ').capitalize()}\n" in overview, f"no {theme_name} section kept for old links"


def test_an_event_list_links_relative_to_the_page_that_holds_it(site):
    text = event_list(site.charts["timeline_talent"].definition, {"talent.md": "Talent"}, "timeline")
    assert "See [Talent](../talent.md)." in text and "(talent.md)" not in text


def test_a_time_series_chart_marks_its_key_events_from_the_events_dataset(site):
    """China's chip imports mark the US chip-control rules: drawn from the events dataset, their records in its sources."""
    chart = site.charts["china_ic_imports"].definition
    assert chart.events is not None and set(chart.events["action_type"]) <= {"chip controls", "equipment controls"}
    assert "2022-10-07" in set(chart.events["date"])
    assert set(chart.events["source_id"]) <= {s.id for s in chart.sources}, "the events' records are listed with the chart's sources"
    spec = (site.charts["china_ic_imports"].output_dir / "chart.vl.json").read_text(encoding="utf-8")
    assert "US rules" in spec and spec.count('"Oct"') >= 1, "the marks are drawn, labelled without hovering"
    published = (site.charts["china_ic_imports"].output_dir / "data.csv").read_text(encoding="utf-8")
    assert "US curbs China" not in published, "the chart's download stays its own dataset"


def test_editing_an_event_re_renders_the_charts_that_mark_it(project):
    """An event marked on a time-series chart is in that chart's cache key."""
    sources = load_sources(project / "charts/sources")
    theme_file = project / "charts/theme.py"
    load_theme(theme_file)
    folder = project / "charts/china_ic_imports"
    before = content_hash(load_definition(folder, sources), theme_file)
    replace_in(project / "charts" / EVENTS / "data.csv", "2023-10-17,United States", "2023-10-18,United States")
    after = load_definition(folder, sources)
    assert "2023-10-18" in set(after.events["date"])
    assert content_hash(after, theme_file) != before
