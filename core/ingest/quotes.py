"""Find the first quoting problem in a delimited UTF-8 file (the parser's error path only).

When Polars refuses a file with a message about its own chunking ("CSV malformed: expected N
rows ...") or an unparsable quoted value, the cause is almost always a stray or unbalanced ``"``.
:func:`first_quote_problem` walks the file by RFC 4180 rules and returns the 1-based line and the
kind of the first problem, so the error can name the line and the fix. It reads at most
``MAX_BYTES`` (then gives up: None), line by line, so it is bounded in time and memory.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TextIO

MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class QuoteProblem:
    """Where quoting breaks and how."""

    line: int
    kind: str  # "quote_in_unquoted_field" | "text_after_closing_quote" | "unclosed_quote"

    def describe(self) -> str:
        """A phrase for an error message."""
        return {
            "quote_in_unquoted_field": f'a " inside an unquoted value on line {self.line}',
            "text_after_closing_quote": f'text after a closing " on line {self.line}',
            "unclosed_quote": f'a quoted value opened on line {self.line} is never closed',
        }[self.kind]


def first_quote_problem(path: Path | BinaryIO, delimiter: str) -> QuoteProblem | None:
    """The first quoting problem of ``path`` (UTF-8, ``\\n`` line ends; the file or a stream of its bytes), or None
    (see module docstring)."""
    start, unquoted, quoted, after = 0, 1, 2, 3
    state, opened, read = start, 0, 0
    f: TextIO
    if isinstance(path, Path):
        f = path.open(encoding="utf-8", errors="replace", newline="")
    else:
        f = io.TextIOWrapper(path, encoding="utf-8", errors="replace", newline="")  # type: ignore[arg-type]
    with f:
        for lineno, line in enumerate(f, start=1):
            read += len(line)
            if read > MAX_BYTES:
                return None
            if state != quoted and '"' not in line:
                state = start
                continue
            for ch in line:
                if state == quoted:
                    if ch == '"':
                        state = after
                elif state == after:
                    if ch == '"':
                        state = quoted
                    elif ch in (delimiter, "\n"):
                        state = start
                    elif ch != "\r":
                        return QuoteProblem(lineno, "text_after_closing_quote")
                elif ch == '"':
                    if state == unquoted:
                        return QuoteProblem(lineno, "quote_in_unquoted_field")
                    state, opened = quoted, lineno
                elif ch in (delimiter, "\n"):
                    state = start
                else:
                    state = unquoted
            if state != quoted and state != after:
                state = start
    return QuoteProblem(opened, "unclosed_quote") if state == quoted else None
