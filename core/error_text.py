"""An error message (a database driver's, a file reader's) reduced to what is safe to record (issue 11).

Drivers quote the offending value in their messages (MariaDB ``Duplicate entry '12345678Z' for key 'PRIMARY'``,
PostgreSQL ``invalid input syntax for type bigint: "Juan"`` and ``Key (email)=(a@b.c) already exists.``, DuckDB
``Duplicate key "id: 12345678Z"``), and a typed error's message and fields reach the ledger and the UI.
:func:`safe_cause` keeps the error number or SQLSTATE, the statement kind and the table, column, key and
constraint names, and replaces every value with its shape (:func:`shape`: letters ``A``/``a``, digits ``9``,
separators kept, bounded length). A quoted literal is kept only where the message names an object there (after
``table``, ``column``, ``key``, ``constraint``, ...) and it reads as an identifier; everything else quoted is a value.
"""

from __future__ import annotations

import os
import re

from core.pii.shape import shape as full_shape

#: longest shape of one value (a longer value ends in "…")
SHAPE_MAX = 24
#: longest safe cause
CAUSE_MAX = 400
#: words after which a quoted literal names a database object (kept when it reads as an identifier)
_OBJECT_WORDS = frozenset({"table", "column", "key", "relation", "constraint", "index", "database", "schema",
                           "sequence", "view", "function", "trigger", "type", "role", "user", "in", "of", "on"})
_IDENT = re.compile(r"[\w$.#@-]{1,128}|(?:field list|where clause|on clause|order clause|group statement|"
                    r"having clause|select|insert|update|delete)", re.IGNORECASE)
#: an opening quote: at the start or after a space, bracket, colon, comma or equals sign
_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[:,=]))(['\"])")
#: where a quoted value ends: its quote followed by the end, a space or punctuation
_END = r"(?=$|[\s,.;:)\]])"
#: values a message puts at a known place, matched greedily (a value that holds the quote character itself)
_GREEDY = (re.compile(r"(?<=Duplicate entry ')(.*)(?=' for key ')"),
           re.compile(r"(?<=value: ')(.*)(?=' for column )"),
           re.compile(r"(?<=: \")(.*)(?=\"\s*$)"), re.compile(r"(?<=: ')(.*)(?='\s*$)"),
           re.compile(r"(?<=value \")(.*)(?=\" is out of range)"),
           re.compile(r"(?<=could not parse `)(.*)(?=` as dtype )"))  # Polars' CSV reader
#: PostgreSQL DETAIL values: ``Key (email)=(a@b.c) already exists.``, ``Failing row contains (...)``
_KEY_VALUE = re.compile(r"(\([^()]*\)=\()(.*?)(\)(?=\s+(?:already|is|conflicts)\b|\.?\s*$))")
_ROW_VALUE = re.compile(r"(Failing row contains \()(.*)(\)\.?\s*$)")
#: the C library's error texts ("No space left on device"): quoted by MariaDB, never a personal value
_OS_ERRORS = frozenset(os.strerror(n) for n in range(1, 134))
_KV = re.compile(r"(\b\w+: )")
#: ADBC quotes the statement: ``Failed to execute query 'INSERT ...': ERROR: ...``
_QUERY = re.compile(r"(Failed to \w+ query) '.*'(?=: )", re.DOTALL)
_DETAIL = re.compile(r"^DETAIL:\s+(Key \(|Failing row contains)")


def shape(value: str) -> str:
    """The shape of a value (:func:`core.pii.shape.shape`: letters ``A``/``a``, digits ``9``, anything else kept),
    at most ``SHAPE_MAX`` characters (a longer one ends in ``…``)."""
    return full_shape(value[:SHAPE_MAX]) + ("…" if len(value) > SHAPE_MAX else "")


def _literal(text: str, start: int, quote: str) -> tuple[int, str]:
    """End (index after the closing quote) and content of the literal opened at ``start``."""
    m = re.compile(re.escape(quote) + _END).search(text, start + 1)
    end = m.start() if m else len(text)
    return (end + 1 if m else end), text[start + 1:end]


def _object_name(before: str, content: str, quote: str) -> str | None:
    """``content`` kept (an object's name), with DuckDB's ``"col: value"`` values shaped, or ``None``."""
    if content in _OS_ERRORS:
        return content
    word = re.search(r"(\w+)\s*$", before)
    if quote == "`" or not word or word.group(1).lower() not in _OBJECT_WORDS:
        return None
    if _IDENT.fullmatch(content):
        return content
    if word.group(1).lower() == "key" and _KV.match(content):  # DuckDB: Duplicate key "id: 12345678Z"
        parts = _KV.split(content)
        return "".join(p if i % 2 else shape(p) for i, p in enumerate(parts))
    return None


def redact(line: str) -> str:
    """``line`` with every value replaced by its shape (object names, keywords and punctuation kept)."""
    for pattern in _GREEDY:
        line = pattern.sub(lambda m: shape(m.group(1)), line, count=1)
    line = _KEY_VALUE.sub(lambda m: m.group(1) + shape(m.group(2)) + m.group(3), line)
    line = _ROW_VALUE.sub(lambda m: m.group(1) + shape(m.group(2)) + m.group(3), line)
    out, pos = [], 0
    for m in _OPEN.finditer(line):
        if m.start() < pos:
            continue
        end, content = _literal(line, m.start(), m.group(1))
        kept = _object_name(line[:m.start()], content, m.group(1))
        out.append(line[pos:m.start()] + m.group(1) + (shape(content) if kept is None else kept)
                   + (m.group(1) if end <= len(line) and line[end - 1:end] == m.group(1) else ""))
        pos = end
    return "".join(out) + line[pos:]


def _code_and_text(orig: BaseException) -> tuple[str, str]:
    """The error number or SQLSTATE (``""`` if none) and the driver's message."""
    args: tuple[object, ...] = tuple(getattr(orig, "args", ()))
    if len(args) >= 2 and isinstance(args[0], int) and isinstance(args[1], str):  # PyMySQL: (1062, "...")
        return f"error {args[0]}", args[1]
    state = getattr(orig, "sqlstate", None)
    text = str(orig)
    if state:
        text = re.sub(r"\.?\s*SQLSTATE: \w+\s*$", "", text)  # ADBC appends it
    return (f"SQLSTATE {state}" if state else ""), text


def safe_cause(exc: BaseException) -> str:
    """The driver's message of ``exc`` (SQLAlchemy-wrapped or raw) reduced to what is safe to record: the first
    line (and a PostgreSQL key DETAIL) with every value as its shape, then the error number or SQLSTATE."""
    orig = getattr(exc, "orig", None)
    code, text = _code_and_text(orig if orig is not None else exc)
    lines = [ln.strip() for ln in _QUERY.sub(r"\1", text).splitlines() if ln.strip()]
    if not lines:
        return code or type(exc).__name__
    detail = next((ln for ln in lines[1:] if _DETAIL.match(ln)), "")
    safe = redact(lines[0]) + (f" {redact(detail)}" if detail else "")
    if len(safe) > CAUSE_MAX:
        safe = safe[:CAUSE_MAX] + "…"
    return f"{safe} ({code})" if code else safe
