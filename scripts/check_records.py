"""Validate source records and their excerpts: `python scripts/check_records.py [record ids]` (all when none given)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from pipeline.build import ROOT  # noqa: E402
from pipeline.errors import InputError  # noqa: E402
from pipeline.evidence import record_problems  # noqa: E402
from pipeline.sources import load_sources  # noqa: E402

if __name__ == "__main__":
    try:
        sources = load_sources(ROOT / "charts" / "sources")
    except InputError as error:
        sys.exit(f"error: {error}")
    wanted = sys.argv[1:] or sorted(sources)
    failures = [f"{sources[sid].path}: {p}" for sid in wanted for p in record_problems(sources[sid])]
    print("\n".join(failures) or f"{len(wanted)} records: schema and excerpts OK")
    tiers = {t: sum(sources[s].tier == t for s in wanted) for t in ("official", "research", "press", "secondary")}
    print(f"tiers: {tiers}; with excerpts: {sum(bool(sources[s].excerpts) for s in wanted)}/{len(wanted)}")
    sys.exit(1 if failures else 0)
