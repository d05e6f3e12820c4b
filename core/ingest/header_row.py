"""Is a delimited file's first record its header? (issue 11: a file exported without one.)

Decided from evidence on the sniffed sample (the head's first records), the way csv tools do it (Python's
``csv.Sniffer.has_header`` votes per column on the type of the first cell against the column's; DuckDB casts the
first row to the types of the others), with shapes and header words on top. For each column, the first-row cell
``h`` is compared with the column's other values:

* **a value of its column** (evidence "absent"): the column is typed (>= 80% of its values are numbers, dates,
  booleans, e-mail addresses or phone numbers) and ``h`` is of that type (a number also with the same fraction
  form: ``2500.00`` in a column of amounts, not ``2023`` over amounts); or the column has a distinctive shape
  (>= 80% of values share one format-preserving shape holding a digit or ``@``: ``9999-9999-999999``) and ``h``
  has it; or ``h`` is itself one of the column's values (``M`` in a column of ``M``/``F``; a later record equal to
  the first one, a header repeated mid-file, is left out of this comparison; a column holding only ``h`` and
  blanks is a one-hot option column of a survey export, no evidence). Non-empty cells of the first row
  that repeat each other count too (headers are unique).
* **a label** (evidence "present"): ``h`` holds letters and the column is typed or shaped and ``h`` is not; or
  ``h`` is a header word of the domain catalog (``email``, ``fecha_nacimiento``:
  :func:`core.pii.headers.header_signal`) and does not look like a street address or a sentence
  (:func:`core.ingest.header_cells.value_looking`: ``Calle Toledo 91, 1ºA`` holds a street word, no label); or
  ``h`` is part of a run of three or more adjacent cells numbered in
  sequence (``2023,2024,2025``, ``1..12``, the outline ``1,2,3.1,3.2,4``) or a year over a column that holds no
  years.

With ``v`` columns of value evidence (plus repeated cells) and ``l`` of label evidence, the first record is data
when at least one column says so, ``v >= min(2, columns with evidence)`` and ``v > 2 l``; otherwise it is the
header (a first row of labels, or no evidence at all, keeps the usual reading). Confidence is
``(l + 1) / (v + l + 2)`` for "present" and its complement for "absent" (0.5: no evidence either way). The
decision carries counts only, never a cell.

Column names never hold personal values (:func:`header_names`, :mod:`core.ingest.header_cells`): a header cell
that looks like an e-mail address (an OData ``@odata.etag`` annotation aside), a letter+digit identifier (>= 6
digits with 1-3 letters: a DNI, NIE, NINO; an IBAN), or is a phone number or a run of seven or more digits, or
holds one among words (``DNI 12345678Z``, ``Tel: 612 345 678``, ``Juan <juan@correo.es>``; a date or years are
no phone), is never stored as a name. When the header's presence was not established with confidence (auto, below
:data:`LOW_CONFIDENCE`: a headerless file of free-text columns gives no evidence either way) neither is a date, nor
a cell that looks like a value -- several capitalised words or upper-case words that are no header words
(a person's name: ``MARIA GARCIA``, not ``CUSTOMER NAME``), a street address (digits with
words, a comma), a sentence (>= 4 words, or a comma) -- unless it is a label: a catalog header word, part of a
numbered run, or (given the sampled rows) a label by its column's type or shape.
Such a cell becomes ``column_N`` (the name a blank header gets), its shape (``99/99/9999``) is kept as the
original name, and the position is listed in :attr:`core.catalog.HeaderRow.masked_names`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, Literal

from core.catalog import HeaderRow
from core.ingest.header_cells import DOUBT_GIVEN, MAX_CELL, personal_looking, value_looking
from core.ingest.standardize import standardize_headers
from core.pii.detect import EMAIL, NUMBER, parse_date
from core.pii.headers import header_signal
from core.pii.shape import shape

HeaderSetting = Literal["auto", "present", "absent"]

#: records of the sample compared with the first one, and the cells compared at most (a wide file compares fewer
#: records, at least ``MIN_ROWS``: the decision stays a few tens of milliseconds whatever the width)
SAMPLE_ROWS = 200
CELL_BUDGET = 20_000
MIN_ROWS = 20
#: columns whose first-row cell is looked up among the header words (the first ones: enough evidence, bounded time)
WORD_COLUMNS = 300
#: share of a column's values that makes it typed / shaped
TYPED_SHARE = 0.8
#: below this confidence a detected "present" does not vouch for its cells (dates are masked too)
LOW_CONFIDENCE = 0.75
_BOOL = frozenset({"true", "false", "yes", "no", "si", "sí", "oui", "non", "ja", "nein", "t", "f", "y", "n"})
_PERCENT = re.compile(r"^[+-]?\d+(?:[.,]\d+)?\s?%$")
_PHONE = re.compile(r"^\+?[\d\s().\-/]{7,24}$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
#: what :func:`core.ingest.header_cells.value_looking` finds in a cell that header words inside it do not make a label
_VALUE_KINDS = frozenset({"address", "sentence", "long_text"})
_shape = lru_cache(maxsize=1 << 16)(shape)  # values repeat within and across columns


def _number(t: str) -> bool:
    return bool(NUMBER.match(t) or _PERCENT.match(t))


@lru_cache(maxsize=1 << 16)
def cell_class(text: str) -> str | None:
    """The coarse type of one cell: ``bool``, ``email``, ``date``, ``number``, ``phone``, ``text`` (None: blank)."""
    t = text.strip()
    if not t:
        return None
    if t.casefold() in _BOOL and len(t) > 1:
        return "bool"
    if EMAIL.match(t):
        return "email"
    if parse_date(t) is not None:
        return "date"
    if _number(t):
        return "number"
    if _PHONE.match(t) and sum(c.isdecimal() for c in t) >= 7:
        return "phone"
    return "text"


def _fraction(t: str) -> bool:
    """Whether a number is written with a fraction part (``2500.00``, ``19,83%``)."""
    return bool(re.search(r"[.,]\d{1,2}\s?%?$", t.strip())) and not re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", t.strip())


def _outline(cell: str) -> tuple[int, ...] | None:
    t = cell.strip()
    return tuple(int(p) for p in t.split(".")) if re.fullmatch(r"\d{1,4}(?:\.\d{1,3})*", t) else None


def _follows(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    """Whether ``b`` is the next number of an outline after ``a`` (``4 -> 5``, ``3.6 -> 4.1``, ``2 -> 3.1``)."""
    return any(b[:k] == a[:k] and b[k] == a[k] + 1 and all(x in (0, 1) for x in b[k + 1:])
               for k in range(min(len(a), len(b))))


def _sequence_cells(first: Sequence[str]) -> set[int]:
    """Positions of cells in runs of >= 3 adjacent cells numbered in sequence (``2023,2024,2025``, ``1..12``,
    the outline ``1,2,3.1,3.2,4``): column labels, rarely a record's values."""
    out: set[int] = set()
    run: list[int] = []
    prev: tuple[int, ...] | None = None
    for i, cell in enumerate([*first, ""]):
        cur = _outline(cell)
        if cur is not None and prev is not None and run and _follows(prev, cur):
            run.append(i)
        else:
            if len(run) >= 3:
                out.update(run)
            run = [i] if cur is not None else []
        prev = cur
    return out


def _dominant(items: Sequence[str]) -> tuple[str | None, float]:
    if not items:
        return None, 0.0
    top, count = Counter(items).most_common(1)[0]
    return top, count / len(items)


def _column_vote(h: str, values: Sequence[str], in_sequence: bool, words: bool = True) -> str | None:
    """``value_<why>`` / ``label_<why>`` for one column, or None (no evidence); ``words``: look ``h`` up among the
    header words."""
    h = h.strip()
    vals = [v.strip() for v in values if v.strip()]
    if not h or not vals:
        return None
    if in_sequence:
        return "label_sequence"
    kind, share = _dominant([c for v in vals if (c := cell_class(v)) is not None])
    typed = kind not in (None, "text") and share >= TYPED_SHARE
    hk = cell_class(h)
    if typed and hk == kind:
        if kind == "number":
            if _YEAR.match(h) and not all(_YEAR.match(v) for v in vals[:50]):
                return "label_sequence"
            fractions = sum(_fraction(v) for v in vals) / len(vals)
            if _fraction(h) != (fractions >= 0.5):
                return None
        return "value_type"
    distinct = set(vals)
    if distinct == {h} and len(vals) < len(values):
        return None  # a one-hot option column (its own label or blank: survey multi-select exports) says nothing
    if h in distinct:
        return "value_repeat"
    top, sshare = _dominant([_shape(v) for v in vals])
    shaped = top is not None and sshare >= TYPED_SHARE and any(c.isdecimal() or c == "@" for c in top)
    if shaped and _shape(h) == top:
        return "value_shape"
    if not any(c.isalpha() for c in h):
        return None
    if typed:
        return "label_type"
    if shaped:
        return "label_shape"
    if words and value_looking(h) not in _VALUE_KINDS:  # a street word inside an address is no label
        sig = header_signal(h)  # ~1 ms: asked of text columns only, and of a few hundred at most
        if sig.pii or sig.safe or sig.domain is not None:
            return "label_word"
    return None


def detect_header(first: Sequence[str], rows: Sequence[Sequence[str]], setting: HeaderSetting = "auto") -> HeaderRow:
    """The header-row decision for a file whose first record is ``first`` and next records ``rows``
    (see the module docstring); an explicit ``setting`` wins, with the evidence still counted."""
    keep = max(MIN_ROWS, min(SAMPLE_ROWS, CELL_BUDGET // max(len(first), 1)))
    rows = [r for r in rows[:keep] if any(c.strip() for c in r)]
    seq = _sequence_cells(first)
    others = [r for r in rows if list(r) != list(first)]  # a header repeated mid-file is no value of its columns
    reasons: Counter[str] = Counter()
    for i, h in enumerate(first):
        vote = _column_vote(h, [r[i] for r in others if i < len(r)], i in seq, words=i < WORD_COLUMNS)
        if vote is not None:
            reasons[vote] += 1
    cells = [c.strip() for c in first if c.strip()]
    dups = len(cells) - len(set(cells))
    if dups:
        reasons["duplicate_cells"] = dups
    v = sum(n for k, n in reasons.items() if k.startswith("value_")) + dups
    labels = sum(n for k, n in reasons.items() if k.startswith("label_"))
    voted = sum(n for k, n in reasons.items() if k != "duplicate_cells")
    p_present = (labels + 1) / (v + labels + 2)
    # repeated first-row cells only support column evidence (a header may repeat a name: the standardizer numbers it)
    absent = v - dups >= 1 and v >= min(2, max(voted, 1)) and v > 2 * labels
    if setting != "auto":
        absent = setting == "absent"
    confidence = 1.0 if setting != "auto" else round(1 - p_present if absent else p_present, 3)
    return HeaderRow(present=not absent, setting=setting, confidence=confidence,
                     reasons={**dict(sorted(reasons.items())), "columns": len(first), "rows_compared": len(rows)})


def _has_label_evidence(i: int, first: Sequence[str], rows: Sequence[Sequence[str]] | None, seq: set[int]) -> bool:
    """Whether the header cell at ``i`` is a label: in a numbered sequence, a header word of the domain catalog, or
    (``rows`` given) a label by its column's type or shape (:func:`_column_vote`)."""
    h = first[i]
    if i in seq:
        return True
    if len(h.strip()) > MAX_CELL:  # no label (and the header words are not looked up in 100 KB of text)
        return False
    if rows is not None:
        vote = _column_vote(h, [r[i] for r in rows if i < len(r) and list(r) != list(first)], False,
                            words=False)
        if vote is not None and vote.startswith("label_"):
            return True
    # a catalog alias only: the token reading of header_signal (``pii``/``safe``) also fires on values holding a
    # street word or a common word (``Calle Toledo 12``, ``Diabetes tipo 2``)
    return header_signal(h).domain is not None


def header_names(first: Sequence[str], decision: HeaderRow, rows: Sequence[Sequence[str]] | None = None
                 ) -> tuple[list[str], list[str], list[dict[str, Any]], HeaderRow]:
    """(stored original names, standardized names, standardization steps, the decision with ``masked_names``).

    No header row: every original name is blank and the names are ``column_1..column_N``. A header row: its
    cells, except those that look like personal values (module docstring), which are stored as their shape under
    ``column_N``. ``rows``: the sampled records after ``first`` (as given to :func:`detect_header`), which let a
    cell of a low-confidence header count as a label by its column's type or shape.
    """
    n = len(first)
    if not decision.present:
        names, _ = standardize_headers([""] * n)
        step = {"op": "no_header_row", "columns": n, "to": f"column_1..column_{n}", "setting": decision.setting}
        return [""] * n, names, [step], decision
    low = decision.setting == "auto" and decision.confidence < LOW_CONFIDENCE
    kinds = {i: k for i, c in enumerate(first) if (k := personal_looking(c, dates=low)) is not None}
    if low:
        seq = _sequence_cells(first)
        for i, c in enumerate(first):
            if i not in kinds and (k := value_looking(c, given_min=DOUBT_GIVEN)) is not None and \
                    not _has_label_evidence(i, first, rows, seq):
                kinds[i] = k
    raw = ["" if i in kinds else c for i, c in enumerate(first)]
    names, steps = standardize_headers(raw)
    for st in steps:
        if st["op"] == "empty_header" and st["column"] - 1 in kinds:
            pos = st["column"] - 1
            st.update({"op": "masked_header", "from": shape(first[pos].strip()), "looks_like": kinds[pos]})
    stored = [shape(first[i].strip()) if i in kinds else c for i, c in enumerate(first)]
    masked = decision.model_copy(update={"masked_names": sorted(i + 1 for i in kinds)})
    return stored, names, steps, masked
