"""Read YAML with line numbers, so errors can point at the entry that is wrong."""

from __future__ import annotations

from pathlib import Path

import yaml

from .errors import InputError


def load_yaml(path: Path):
    """Parse a YAML file; a syntax error names the file and line."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(path, "file is missing") from None
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        raise InputError(path, f"is not valid YAML ({getattr(exc, 'problem', exc)})", line=None if line is None else line + 1) from None


def item_lines(path: Path) -> list[int]:
    """Line number (1-based) where each item of a top-level YAML list starts."""
    node = yaml.compose(path.read_text(encoding="utf-8"))
    if not isinstance(node, yaml.SequenceNode):
        return []
    return [item.start_mark.line + 1 for item in node.value]
