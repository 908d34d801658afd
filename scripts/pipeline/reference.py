"""The metadata reference page, generated from the JSON Schemas so the guide cannot drift from what the build checks."""

from __future__ import annotations

from .schema import load_schema
from .templates import render

SCHEMAS = [("chart-meta", "charts/<chart_id>/meta.yml"), ("source", "charts/sources/<id>.yml")]


def _kind(spec: dict) -> str:
    """A field's type in words."""
    if "enum" in spec:
        return "one of " + ", ".join(f"`{v}`" for v in spec["enum"])
    if "anyOf" in spec:
        return " or ".join(_kind(s) for s in spec["anyOf"])
    ref = spec.get("$ref", "")
    if ref.endswith("/date"):
        return "date (YYYY-MM-DD)"
    if ref.endswith("/url"):
        return "http(s) URL"
    if ref.endswith("/column"):
        return "column"
    return {"string": "text", "array": "list", "object": "mapping", "boolean": "true/false", "null": "null"}.get(spec.get("type"), spec.get("type", ""))


def _fields(schema: dict, prefix: str = "") -> list[tuple[str, str, bool, str]]:
    """(dotted name, type, required, description) for every field, nested mappings and list items included."""
    rows = []
    required = set(schema.get("required", []))
    for name, spec in schema.get("properties", {}).items():
        rows.append((prefix + name, _kind(spec), name in required, spec.get("description", "")))
        if spec.get("type") == "object":
            rows += _fields(spec, f"{prefix}{name}.")
        items = spec.get("items", {})
        if items.get("type") == "object":
            rows += _fields(items, f"{prefix}{name}[].")
    return rows


def schema_reference() -> str:
    """Markdown tables of every field of every schema."""
    sections = []
    for name, where in SCHEMAS:
        schema = load_schema(name)
        rows = _fields(schema)
        for def_name, spec in schema.get("$defs", {}).items():
            if spec.get("type") == "object":
                rows += _fields(spec, f"{def_name}.")
        sections.append({"name": name, "title": schema["title"], "where": where, "description": schema["description"], "rows": rows})
    return render("reference.md.j2", sections=sections)
