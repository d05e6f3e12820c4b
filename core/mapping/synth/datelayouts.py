"""A date column mixing layouts (``2024-03-07``, ``15.11.2023``, ``1 Feb 2024``; ``15 de março de 2024``;
``2023년 11월 28일``, ``24.07.19``; ``Mar-24``, ``2024M07``; ``Jan  8 2019 10:26PM``, ``20201006``) into the one
layout of the outputs (``2024-03-07``).

Dates in mixed layouts recur in every golden set since dev_b4, by every author; the search writes one branch per
layout from one example each, and a one-example branch guesses (a constant year, the wrong digits of a compact
date). Here each example's input is read as **tokens** (digit runs, letter runs, separators) and each digit run of
its output is found among them: a number of the same value (``3`` is ``03``), a month name of the lexicon (any of
its languages), a two-digit year (``24`` is ``2024``), or a part of a compact digit run (``YYYYMMDD``, ``DDMMYYYY``,
``YYMMDD``). The example's **layout** is a full-match pattern written from its tokens: the digit runs read become
groups (``[0-9]{1,2}``, a four-digit year ``[0-9]{4}``), the month name a group of letters, other letter runs
letters of any kind (``AM`` / ``PM``), other digit runs ``[0-9]+``, spaces ``" +"``, other separators as written.
Examples of one layout must read the same tokens. The program: per layout and output run one ``regex_extract``
(month names through a ``map_dict`` of every spelling in three casings, two-digit years through the century map of
:mod:`.datecheck`), per run a ``coalesce`` over the layouts and a ``pad`` to the run's width, the calendar check of
:mod:`.datecheck` (an impossible date is null), then the outputs' ``template``. A value of no layout shown is null.
An example that reads two ways (``05.05.2024``: day and month of equal value) does not decide its layout: the
reading of its layout another example fixes, else the one whose order of runs (``D M Y``) an example read one way
only shows, else no program. Proposed only when the examples show at least two layouts and every output has a
year (1900..2099)
among at most six digit runs; an example whose input writes more than four other digit runs, or one longer than six
digits, or a digit run or a key (``=``, ``:``) before the date, is no date value (a date field among other fields is
the keyed search's).
"""

from __future__ import annotations

import re
import time
from typing import Any

from core.mapping.synth import datecheck
from core.mapping.synth import transforms as tfm
from core.mapping.synth.atoms import LETTER
from core.mapping.synth.conversions import candidate, confirmed
from core.mapping.synth.emit import OUT
from core.mapping.synth.models import Candidate

_TOKEN = re.compile(f"[0-9]+|[{LETTER}]+|[^0-9{LETTER}]+")
_RUN = re.compile("[0-9]+")
#: splits of a compact digit run into parts
COMPACT: dict[int, tuple[tuple[int, ...], ...]] = {8: ((4, 2, 2), (2, 2, 4)), 6: ((2, 2, 2),)}
#: digit runs a date value may write besides its date (a time ``10:26:00`` and its fraction)
MAX_UNREAD = 4
Read = tuple[int, int, str]  # token index, part of a compact token (-1: whole), how (num / month / yy)


def _months() -> dict[str, str]:
    out: dict[str, str] = {}
    for k, v in tfm.lookup("month_num").items():
        for form in (k, k.title(), k.upper()):
            out.setdefault(form, str(int(v)))
    return out


def _dated(out: str) -> bool:
    """An output that reads as a date: a year 1900..2099 among at most six runs of digits."""
    runs = _RUN.findall(out)
    return len(runs) <= 6 and any(len(r) == 4 and 1900 <= int(r) <= 2099 for r in runs)


def _parts(tok: str, split: tuple[int, ...]) -> list[str]:
    at, out = 0, []
    for w in split:
        out.append(tok[at:at + w])
        at += w
    return out


def _reads(tokens: list[str], run: str, months: dict[str, str], used: set[tuple[int, int]],
           splits: dict[int, tuple[int, ...]]) -> list[Read]:
    """Ways token(s) give the output run ``run`` (unused tokens, leftmost first)."""
    out: list[Read] = []
    for i, tok in enumerate(tokens):
        if tok.isdigit():
            pieces = _parts(tok, splits[i]) if i in splits else [tok]
            for p, piece in enumerate(pieces):
                key = (i, p if i in splits else -1)
                if key in used:
                    continue
                if int(piece) == int(run) and len(piece) <= len(run):
                    out.append((i, key[1], "num"))
                elif len(piece) == 2 and len(run) == 4 and run[2:] == piece and run[:2] in ("19", "20"):
                    out.append((i, key[1], "yy"))
        elif tok in months and int(months[tok]) == int(run) and (i, -1) not in used:
            out.append((i, -1, "month"))
    return out


Reading = list[Read]
#: readings of one example kept at most (equal values read either way: ``05.05.24``)
MAX_READINGS = 16


def _enumerate(tokens: list[str], runs: list[str], months: dict[str, str], compact: dict[int, tuple[int, ...]],
               reads: Reading, found: list[Reading]) -> None:
    """Every reading of ``runs`` from ``tokens``: per run each token of the best kind (a month name, then a
    number of the same value, then a two-digit year) that no earlier run read."""
    if len(found) >= MAX_READINGS:
        return
    if len(reads) == len(runs):
        found.append(list(reads))
        return
    used = {r[:2] for r in reads}
    options = _reads(tokens, runs[len(reads)], months, used, compact)
    rank = [(r[2] != "month", r[2] == "yy") for r in options]
    for opt, rk in zip(options, rank, strict=True):
        if rk == min(rank):
            _enumerate(tokens, runs, months, compact, [*reads, opt], found)


def _plain(tokens: list[str], reads: Reading) -> bool:
    """No other field around the date (``(01)04012345678901(17)250630``, ``LOT=A1;EXP=``)."""
    read = {i for i, _, _ in reads}
    unread = [t for i, t in enumerate(tokens) if t.isdigit() and i not in read]
    first = min(read)
    keyed = any(re.search("[=:]", t) for t in tokens[:first] if not t.isdigit())
    return not (len(unread) > MAX_UNREAD or any(len(t) > 6 for t in unread) or
                any(t.isdigit() for t in tokens[:first]) or keyed)


Layout = tuple[str, tuple[tuple[int, str], ...], tuple[int, ...]]  # pattern, (group, how) per run, run order


def _layouts(v: str, out: str, months: dict[str, str], deadline: float | None = None) -> list[Layout]:
    """The readings of one example as (full-match pattern, per output run (group number, how), the output runs in
    input order); several when equal values can be read either way (``05.05.2024``), none when it is no date."""
    tokens = _TOKEN.findall(v)
    if sum(t.isdigit() for t in tokens) > MAX_UNREAD + 6:
        return []  # a long value of many numbers is no date (and bounds the work below)
    runs = _RUN.findall(out)
    splits: list[dict[int, tuple[int, ...]]] = [{}]
    splits += [{i: s} for i, t in enumerate(tokens) if t.isdigit() for s in COMPACT.get(len(t), ())]
    for compact in splits:
        if deadline is not None and time.perf_counter() > deadline:
            return []
        found: list[Reading] = []
        _enumerate(tokens, runs, months, compact, [], found)
        good = [r for r in found if _plain(tokens, r)]
        if good:
            out_: dict[Layout, None] = {}
            for r in good:
                pattern, groups = _pattern(tokens, r, compact)
                order = tuple(sorted(range(len(r)), key=lambda j, r=r: r[j][:2]))  # type: ignore[misc]
                out_[(pattern, tuple(groups), order)] = None
            return list(out_)
    return []


def _resolve(per: list[list[Layout]]) -> dict[str, list[tuple[int, str]]] | None:
    """One reading per layout: those of examples read one way only, then of each ambiguous example the reading
    of its layout already fixed, else the one whose order of runs an unambiguous example shows; None when the
    examples disagree or nothing decides (no guess)."""
    fixed: dict[str, tuple[tuple[int, str], ...]] = {}
    orders = {alts[0][2] for alts in per if len(alts) == 1}
    for alts in per:
        if len(alts) == 1 and fixed.setdefault(alts[0][0], alts[0][1]) != alts[0][1]:
            return None
    for alts in per:
        if len(alts) == 1:
            continue
        known = [a for a in alts if a[0] in fixed]
        if known:
            if not any(fixed[a[0]] == a[1] for a in known):
                return None
            continue
        shown = {(a[0], a[1]) for a in alts if a[2] in orders}
        if len(shown) != 1:
            return None  # nothing decides between the readings
        pattern, groups = next(iter(shown))
        fixed[pattern] = groups
    return {p: list(g) for p, g in fixed.items()}


def _pattern(tokens: list[str], reads: list[Read], compact: dict[int, tuple[int, ...]]
             ) -> tuple[str, list[tuple[int, str]]]:
    group: dict[tuple[int, int], int] = {}
    parts: list[str] = []
    read_at = {(i, p): how for i, p, how in reads}
    for i, tok in enumerate(tokens):
        if tok.isdigit() and i in compact:
            for p, w in enumerate(compact[i]):
                group[(i, p)] = len(group) + 1
                parts.append(f"([0-9]{{{w}}})")
        elif tok.isdigit() and (i, -1) in read_at:
            group[(i, -1)] = len(group) + 1
            how = read_at[(i, -1)]
            parts.append("([0-9]{4})" if len(tok) == 4 and how == "num" else
                         "([0-9]{2})" if how == "yy" else "([0-9]{1,2})")
        elif tok.isdigit():
            parts.append("[0-9]+")
        elif (i, -1) in read_at:  # the month name
            group[(i, -1)] = len(group) + 1
            parts.append(f"([{LETTER}]+)")
        elif re.fullmatch(f"[{LETTER}]+", tok):
            parts.append(f"[{LETTER}]+")
        elif tok:
            parts.append("".join(" +" if ch == " " else re.escape(ch) for ch in re.sub(" +", " ", tok)))
    return "^" + "".join(parts) + "$", [(group[(i, p)], how) for i, p, how in reads]


def candidates(rows: list[list[str | None]], outs: list[str | None], names: list[str],
               types: dict[str, str], deadline: float | None = None) -> list[Candidate]:
    """The mixed-layout date program of one string input, engine-confirmed, when the examples show two layouts
    (``deadline``: a ``time.perf_counter()`` after which no more work starts)."""
    if len(rows) < 2 or any(not o for o in outs):
        return []
    texts = [o or "" for o in outs]
    lits = [_RUN.split(o) for o in texts]
    if any(lit != lits[0] for lit in lits) or len(lits[0]) < 3 or \
            any(len(r) > 4 for o in texts for r in _RUN.findall(o)) or not all(_dated(o) for o in texts):
        return []
    months = _months()
    found: list[Candidate] = []
    runs = [_RUN.findall(o) for o in texts]
    for idx, name in enumerate(names):
        vals = [r[idx] for r in rows]
        if types.get(name) != "string" or any(v is None for v in vals):
            continue
        per = [_layouts((v or "").strip(), o, months, deadline) for v, o in zip(vals, texts, strict=True)]
        layouts = _resolve(per) if all(per) else None
        if layouts is None or len(layouts) < 2:
            continue
        yy = [(r[j][2:], r[j]) for alts, r in zip(per, runs, strict=True) for a in alts[:1]
              for j, (_, how) in enumerate(a[1]) if how == "yy"]
        piv = datecheck.pivot(yy)
        month_runs = {j for reads in layouts.values() for j, (_, how) in enumerate(reads) if how == "month"}
        who = datecheck.roles(texts, runs, month_runs)
        if piv is None or who is None:
            continue
        steps = _steps(name, layouts, lits[0], [len(r) for r in runs[0]], months, piv, who)
        pipe = confirmed(steps, rows, outs, names, types, "1.2.0")
        if pipe is not None:
            found.append(candidate(pipe, 3.0 + 0.5 * len(layouts), len(rows), "date_layouts"))
    return found


def _steps(col: str, layouts: dict[str, list[tuple[int, str]]], lits: list[str], widths: list[int],
           months: dict[str, str], piv: int, who: tuple[int, int, int | None]) -> list[dict[str, Any]]:
    steps: list[dict[str, Any]] = [{"op": "trim", "input": col, "output": "_dl_v", "side": "both"}]
    cols: list[str] = []
    for j, width in enumerate(widths):
        parts = []
        for n, (pattern, reads) in enumerate(layouts.items()):
            g, how = reads[j]
            c = f"_dl_{j}_{n}"
            steps.append({"op": "regex_extract", "input": "_dl_v", "output": c, "pattern": pattern, "group": g})
            if how == "month":
                steps.append({"op": "map_dict", "input": c, "output": c, "mapping": months})
            elif how == "yy":
                steps.append({"op": "map_dict", "input": c, "output": c, "mapping": datecheck.century_map(piv)})
            parts.append(c)
        c = f"_dl_{j}"
        steps.append({"op": "coalesce", "inputs": parts, "output": c} if len(parts) > 1 else
                     {"op": "template", "inputs": parts, "template": "{0}", "output": c})
        steps.append({"op": "pad", "input": c, "output": c, "width": width, "fill": "0", "side": "left"})
        cols.append(c)
    steps += datecheck.checked(cols, widths, who)
    tpl = "".join(lit.replace("{", "{{").replace("}", "}}") + (f"{{{j}}}" if j < len(cols) else "")
                  for j, lit in enumerate(lits))
    steps.append({"op": "template", "inputs": cols, "template": tpl, "output": OUT})
    return steps
