"""Read YAML with line numbers, so errors can point at the entry that is wrong; dates stay the strings they were written as."""

from __future__ import annotations

from pathlib import Path

import yaml

from .errors import InputError

# libyaml's C parser when PyYAML has it (about 10x faster over hundreds of records), else the pure-Python one.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _PlainDatesLoader(_BaseLoader):
    """A safe loader without the timestamp rule: `2026-1-5` and `2026-01-05` stay strings, so one ISO check sees
    every date."""


_PlainDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class YamlDocument:
    """A parsed YAML file and the line on which each of its nodes starts."""

    def __init__(self, path: Path):
        self.path = path
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise InputError(path, "file is missing") from None
        loader = _PlainDatesLoader(text)
        try:
            # Compose once, then construct from the same nodes: the data and the line of every node from one parse.
            self._root = loader.get_single_node()
            self.data = loader.construct_document(self._root) if self._root is not None else None
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            raise InputError(path, f"is not valid YAML ({getattr(exc, 'problem', exc)})", line=None if mark is None else mark.line + 1) from None
        finally:
            loader.dispose()

    def line_of(self, *keys) -> int | None:
        """1-based line of the node at keys (mapping keys and list indexes), or of its nearest existing parent."""
        node, line = self._root, (self._root.start_mark.line + 1 if self._root else None)
        for key in keys:
            if isinstance(node, yaml.MappingNode):
                match = next(((k, v) for k, v in node.value if k.value == str(key)), None)
                if match is None:
                    return line
                line, node = match[0].start_mark.line + 1, match[1]
            elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
                node = node.value[key]
                line = node.start_mark.line + 1
            else:
                return line
        return line
