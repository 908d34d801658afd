"""Generate all charts without MkDocs: `python scripts/build_charts.py` (the MkDocs hook calls the same code)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from pipeline.build import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
