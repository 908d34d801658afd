"""Turn docs/notebooks/<name>.py (jupytext percent format, the reviewed source) into an executed <name>.ipynb:
run from a clean kernel, cached by the hash of everything it reads, written byte-for-byte the same every time."""

from __future__ import annotations

import hashlib
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = "notebooks"  # under docs/
ANSI = re.compile(r"\x1b\[[0-9;]*m")
TIMEOUT = 120  # s per cell; a loaded 2-core CI machine, never a speed assertion


@dataclass(frozen=True)
class Notebook:
    """One notebook: its reviewed source and the executed .ipynb built from it."""

    name: str
    source: Path
    ipynb: Path


def sources(root: Path = ROOT) -> list[Path]:
    """The notebooks' percent-format sources, sorted."""
    return sorted((root / "docs" / NOTEBOOKS).glob("*.py"))


def inputs_hash(source: Path, root: Path = ROOT) -> str:
    """Hash of what a notebook's output depends on: its source, every dataset, record and the theme, the pipeline
    code and pages it checks against (cheap to read, and a stale output would hide a broken figure)."""
    import altair
    import pandas
    import vl_convert

    digest = hashlib.sha256(f"{sys.version_info[:2]} {altair.__version__} {pandas.__version__} {vl_convert.__version__}".encode())
    files = [source, *sorted((root / "charts").rglob("*.*")), *sorted((root / "scripts" / "pipeline").glob("*.py")), *sorted((root / "docs").glob("*.md"))]
    for path in files:
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def execute(source: Path, root: Path = ROOT) -> str:
    """The notebook's JSON after running every cell in a fresh kernel (working directory: the project root).

    Deterministic: cell ids come from cell positions, no timing metadata is recorded and keys are sorted."""
    import jupytext
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    notebook = jupytext.read(source)
    notebook.metadata = {
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
    }
    for index, cell in enumerate(notebook.cells):
        cell.id = f"cell-{index}"
        cell.metadata = {}
    client = NotebookClient(notebook, timeout=TIMEOUT, kernel_name="python3", resources={"metadata": {"path": str(root)}}, record_timing=False)
    try:
        client.execute()
    except CellExecutionError as error:
        # The last line of the traceback names the failure (claim() says which page and sentence); drop the colours.
        reason = ANSI.sub("", str(error)).strip().splitlines()[-1]
        raise InputError(source, f"a cell failed when run from a clean kernel: {reason}") from None
    notebook.metadata = {
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python", "file_extension": ".py", "mimetype": "text/x-python"},
    }
    for cell in notebook.cells:
        cell.metadata = {}
    nbformat.validate(notebook)
    return nbformat.writes(notebook) + "\n"


def build_notebooks(root: Path = ROOT, cache_root: Path | None = None) -> list[Notebook]:
    """Every notebook executed, or reused from .cache/notebooks/<hash>/ when nothing it reads has changed."""
    cache_root = cache_root or root / ".cache" / "notebooks"
    built = []
    for source in sources(root):
        target = cache_root / inputs_hash(source, root) / NOTEBOOKS / f"{source.stem}.ipynb"
        if not target.exists():
            text = execute(source, root)
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_suffix(".partial")
            partial.write_text(text, encoding="utf-8")
            partial.replace(target)
        built.append(Notebook(source.stem, source, target))
    return built
