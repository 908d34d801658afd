"""One error type for bad input, always naming the file (and row and column where there is one)."""

from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """Bad input that must stop the build: says where it is and what was expected."""

    def __init__(self, path: Path | str, message: str, *, row: int | None = None, column: str | None = None, line: int | None = None):
        self.path, self.row, self.column, self.line, self.message = str(path), row, column, line, message
        super().__init__(str(self))

    def __reduce__(self):
        """Rebuild with the same fields when sent back from a worker process."""
        return _rebuild, (self.path, self.message, self.row, self.column, self.line)

    def __str__(self) -> str:
        where = [_relative(self.path)]
        if self.row is not None:
            where.append(f"row {self.row}" + (f" (line {self.line})" if self.line is not None else ""))
        elif self.line is not None:
            where.append(f"line {self.line}")
        if self.column is not None:
            where.append(f'column "{self.column}"')
        return ", ".join(where) + f": {self.message}"


def _rebuild(path, message, row, column, line) -> InputError:
    return InputError(path, message, row=row, column=column, line=line)


def _relative(path: str) -> str:
    """Path relative to the working directory when it lies below it: shorter messages."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd()))
    except ValueError:
        return path
