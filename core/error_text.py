"""An error message (a database driver's, a file reader's) reduced to what is safe to record (issue 11).

Drivers quote the offending value in their messages (MariaDB ``Duplicate entry '12345678Z' for key 'PRIMARY'``,
PostgreSQL ``invalid input syntax for type bigint: "Juan"`` and ``Key (email)=(a@b.c) already exists.``, DuckDB
``Duplicate key "id: 12345678Z"``), and a typed error's message and fields reach the ledger and the UI.
:func:`safe_cause` keeps the error number or SQLSTATE, the statement kind and the table, column, key and
constraint names, and replaces every value with its shape (:func:`shape`: letters ``A``/``a``, digits ``9``,
separators kept, bounded length). A quoted literal is kept only where the message names an object there (after
``table``, ``column``, ``key``, ``constraint``, ...) and it reads as an identifier; everything else quoted is a value
(a backtick literal too: Polars quotes values in backticks, MariaDB names; a Polars dtype is kept, and after the word
``file`` the basename of a path). Values readers put unquoted are shaped where they put them (Polars ``values: [..]``,
pyarrow ``got 3: a,b,c``, DuckDB and pyarrow ``value 612345678``). A line is cut to ``LINE_MAX`` before any of this.
"""

from __future__ import annotations

import os
import re

from core.pii.shape import shape as full_shape

#: longest shape of one value (a longer value ends in "…")
SHAPE_MAX = 24
#: longest safe cause
CAUSE_MAX = 400
#: longest part of a line redacted (the rest is dropped first: the work stays linear and the output is bounded)
LINE_MAX = 2000
#: words after which a quoted literal names a database object (kept when it reads as an identifier)
_OBJECT_WORDS = frozenset({"table", "column", "key", "relation", "constraint", "index", "database", "schema",
                           "sequence", "view", "function", "trigger", "type", "role", "user", "in", "of", "on",
                           "references"})
#: words after which a backtick literal names an object too (MariaDB: ``constraint fails (`db`.`t`, ...``,
#: ``CONSTRAINT `c` failed for `db`.`t```)
_BACKTICK_WORDS = _OBJECT_WORDS | {"fails", "for"}
_IDENT = re.compile(r"[\w$.#@-]{1,128}|(?:field list|where clause|on clause|order clause|group statement|"
                    r"having clause|select|insert|update|delete)", re.IGNORECASE)
#: an opening quote: at the start or after a space, bracket, colon, comma or equals sign (a backtick also after a
#: dot: MariaDB's `db`.`t`.`col`)
_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[:,=]))(['\"`])|(?<=`\.)(`)")
#: a Polars dtype in backticks (``as dtype `i64```, ``conversion from `str` to `date```): kept
_DTYPE = re.compile(r"(?:[iu](?:8|16|32|64|128)|f(?:16|32|64)|str|bool|binary|date|time|null|object|cat|"
                    r"(?:datetime|duration|decimal|list|array|enum|struct)\[[\w\s,:/+\-μ]{0,40}\])")
#: what precedes a backtick name in a chain (`db`.`t`.) or a bracket: skipped to find the object word
_CHAIN = re.compile(r"(?:(?:`[^`]{0,128}`\s*)?\()?(?:`[^`]{0,128}`\.)*$")
#: a file's path after the word "file" (DuckDB: Error when sniffing file "/data/x.csv"): its basename is kept
_FILE_WORDS = frozenset({"file"})
#: where a quoted value ends: its quote followed by the end, a space or punctuation
_END = r"(?=$|[\s,.;:)\]])"
#: values a message puts at a known place, matched greedily (a value that holds the quote character itself)
_GREEDY = (re.compile(r"(?<=Duplicate entry ')(.*)(?=' for key ')"),
           re.compile(r"(?<=value: ')(.*)(?=' for column )"),
           re.compile(r"(?<=: \")(.*)(?=\"\s*$)"), re.compile(r"(?<=: ')(.*)(?='\s*$)"),
           re.compile(r"(?<=value \")(.*)(?=\" is out of range)"),
           # Polars' CSV reader; a value spanning lines has no closing "` as dtype" on the first line
           re.compile(r"(?<=could not parse `)(.*(?=` as dtype )|.*)"),
           re.compile(r"(?<=values: \[)(.*(?=\])|.*)"),  # Polars' strict cast: values: [612345678]
           re.compile(r"(?<=columns, got )(\d+: )(.*)"))  # pyarrow CSV: Expected 2 columns, got 3: a,b,c
#: an unquoted number-like value after "value" (DuckDB: with value 612345678 can't be cast; pyarrow: Integer value
#: 612345678 not in range)
_BARE_VALUE = re.compile(r"(?<=\bvalue )(?=[^\s'\"`]*[\d@])([^\s'\"`]+)")
#: a line that can hold a PostgreSQL DETAIL value (the key and row patterns run only there)
_DETAIL_LIKE = re.compile(r"DETAIL|Key \(|Failing row contains")
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
    """``content`` kept (an object's name, a dtype, a file's basename), with DuckDB's ``"col: value"`` values
    shaped, or ``None``."""
    if content in _OS_ERRORS or (quote == "`" and _DTYPE.fullmatch(content)):
        return content
    if quote == "`":  # a backtick name in a chain or a bracket: the word before the chain
        before = _CHAIN.sub("", before, count=1)
    word = re.search(r"(\w+)\s*$", before)
    if not word:
        return None
    if word.group(1).lower() in _FILE_WORDS:
        base = re.split(r"[/\\]", content)[-1]
        return base if _IDENT.fullmatch(base) else None
    if word.group(1).lower() not in (_BACKTICK_WORDS if quote == "`" else _OBJECT_WORDS):
        return None
    if _IDENT.fullmatch(content):
        return content
    if word.group(1).lower() == "key" and _KV.match(content):  # DuckDB: Duplicate key "id: 12345678Z"
        parts = _KV.split(content)
        return "".join(p if i % 2 else shape(p) for i, p in enumerate(parts))
    return None


def _shape_last(m: re.Match[str]) -> str:
    """The match with its last group (the value) as its shape."""
    last = m.lastindex or 0
    return m.group(0)[:m.start(last) - m.start()] + shape(m.group(last))


def redact(line: str) -> str:
    """``line`` with every value replaced by its shape (object names, keywords and punctuation kept); a line longer
    than ``LINE_MAX`` is cut first (ending in ``…``)."""
    if len(line) > LINE_MAX:
        line = line[:LINE_MAX] + "…"
    for pattern in _GREEDY:
        line = pattern.sub(_shape_last, line, count=1)
    line = _BARE_VALUE.sub(_shape_last, line)
    if _DETAIL_LIKE.search(line):
        line = _KEY_VALUE.sub(lambda m: m.group(1) + shape(m.group(2)) + m.group(3), line)
        line = _ROW_VALUE.sub(lambda m: m.group(1) + shape(m.group(2)) + m.group(3), line)
    out, pos = [], 0
    for m in _OPEN.finditer(line):
        if m.start() < pos:
            continue
        quote = m.group(1) or m.group(2)
        end, content = _literal(line, m.start(), quote)
        kept = _object_name(line[max(0, m.start() - 300):m.start()], content, quote)
        out.append(line[pos:m.start()] + quote + (shape(content) if kept is None else kept)
                   + (quote if end <= len(line) and line[end - 1:end] == quote else ""))
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


#: loopback server addresses a driver writes for ``localhost``: never personal data
_LOOPBACK = ("127.0.0.1", "::1")
#: stands for a kept server address while the line is redacted (no digit, quote or ``@``: nothing shapes it)
_HOST_MARK = "MWKEPTSERVERADDRESS"


def _keep_hosts(line: str, hosts: tuple[str, ...]) -> tuple[str, list[str]]:
    """Quoted occurrences of ``hosts`` replaced by numbered marks (restored after redaction)."""
    kept: list[str] = []
    for host in hosts:
        for q in ('"', "'"):
            quoted = f"{q}{host}{q}"
            while quoted in line:
                line = line.replace(quoted, f"{_HOST_MARK}{chr(65 + len(kept) % 26)}{_HOST_MARK}", 1)
                kept.append(quoted)
    return line, kept


def safe_cause(exc: BaseException, *, hosts: tuple[str, ...] = ()) -> str:
    """The driver's message of ``exc`` (SQLAlchemy-wrapped or raw) reduced to what is safe to record: the first
    line (and a PostgreSQL key DETAIL) with every value as its shape, then the error number or SQLSTATE.

    ``hosts``: the server host of the URL the user configured (configuration, already shown in the redacted URL
    beside the cause, not personal data): a driver's quoted mention of it, or of a loopback address, is kept
    (PostgreSQL: ``connection to server at "127.0.0.1", port 5433 failed``). Any other quoted value is shaped."""
    orig = getattr(exc, "orig", None)
    code, text = _code_and_text(orig if orig is not None else exc)
    lines = [ln.strip() for ln in _QUERY.sub(r"\1", text).splitlines() if ln.strip()]
    if not lines:
        return code or type(exc).__name__
    detail = next((ln for ln in lines[1:] if _DETAIL.match(ln)), "")
    first, kept = _keep_hosts(lines[0], tuple(h for h in (*hosts, *_LOOPBACK) if h))
    safe = redact(first)
    for i, quoted in enumerate(kept):
        safe = safe.replace(f"{_HOST_MARK}{chr(65 + i % 26)}{_HOST_MARK}", quoted, 1)
    safe = safe.replace(_HOST_MARK, "")  # a mark redaction cut: never left half in the text
    safe += f" {redact(detail)}" if detail else ""
    if len(safe) > CAUSE_MAX:
        safe = safe[:CAUSE_MAX] + "…"
    return f"{safe} ({code})" if code else safe
