"""The JSON Schemas in schemas/: validate a parsed YAML file against its contract, naming the file, line and field."""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import json
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError, best_match

from .errors import InputError
from .yamlfile import YamlDocument

SCHEMA_DIR = Path(__file__).parent / "schemas"


@functools.cache
def load_schema(name: str) -> dict:
    """The schema schemas/<name>.schema.json."""
    return json.loads((SCHEMA_DIR / f"{name}.schema.json").read_text(encoding="utf-8"))


@functools.cache
def _validator(name: str) -> Draft202012Validator:
    schema = load_schema(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FormatChecker())


def did_you_mean(word: str, known) -> str:
    """' (did you mean 'x'?)' when a known name is close to word, else ''."""
    close = difflib.get_close_matches(str(word), [str(k) for k in known], n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _message(error: ValidationError) -> tuple[str, list]:
    """Plain words for one schema error, and the path of the field it concerns."""
    path, schema, value = list(error.absolute_path), error.schema, error.instance
    if error.validator == "additionalProperties":
        allowed = list(schema.get("properties", {}))
        unknown = sorted(set(value) - set(allowed))
        return f"unknown key {unknown[0]!r}{did_you_mean(unknown[0], allowed)}; allowed keys: {', '.join(allowed)}", [*path, unknown[0]]
    if error.validator == "required":
        missing = next(key for key in error.validator_value if key not in value)
        return f"has no {missing}: required field is missing", [*path, missing]
    if error.validator == "enum":
        return f"expected one of {error.validator_value}, got {value!r}{did_you_mean(value, error.validator_value)}", path
    if schema.get("format") == "date":
        return f"expected an ISO date (YYYY-MM-DD), got {value!r}", path
    if error.validator == "pattern":
        return f"expected text matching {error.validator_value}, got {value!r}", path
    if error.validator == "type":
        return f"expected {error.validator_value}, got {type(value).__name__} {value!r}", path
    return error.message, path


def validate(document: YamlDocument, name: str) -> None:
    """Raise InputError for the first problem (in file order) of document against schema `name`."""
    errors = list(_validator(name).iter_errors(document.data))
    if not errors:
        return
    first = min(errors, key=lambda e: document.line_of(*e.absolute_path) or 0)
    error = best_match([first]) if first.context else first
    message, path = _message(error)
    field = ".".join(str(p) for p in path) or None
    raise InputError(document.path, message, line=document.line_of(*path), column=field)


def is_iso_date(value: str) -> bool:
    """True for a real calendar date written YYYY-MM-DD."""
    try:
        return len(value) == 10 and dt.date.fromisoformat(value).isoformat() == value
    except (TypeError, ValueError):
        return False
