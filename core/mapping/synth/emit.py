"""Turn programs (parts of atoms and constants, optionally one per input shape) into DSL pipelines.

Views and atoms become named steps (shared when two atoms read the same view); the parts are
joined with ``concat`` when the constants are one repeated separator (a DSL 1.0 program) and
with ``template`` otherwise. A switch over input shapes guards each branch's inputs with an
anchored shape regex (``regex_extract`` group 0 is null on other shapes) and joins the
branches with ``coalesce``. The pipeline declares the oldest ``dsl_version`` whose ops it uses
(1.0.0, 1.2.0, or 1.3.0 with ``floor``).
"""

from __future__ import annotations

import re
import zlib
from typing import Any

from core.mapping.synth import transforms as tfm
from core.mapping.synth.atoms import Atom, view_steps
from core.mapping.synth.numterms import NEAREST_DIGITS, NumExpr
from core.mapping.synth.search import Part
from dsl.models import DSL_VERSION, OP_SINCE, Pipeline

OUT = "out"
Step = dict[str, Any]


class Emitter:
    """Accumulates steps with unique column names."""

    def __init__(self, sources: list[str], prefix: str = "") -> None:
        self.sources = sources
        self.prefix = prefix
        self.steps: list[Step] = []
        self.views: dict[tuple[int, str], str] = {}
        self.atoms: dict[Atom | NumExpr, str] = {}

    def view(self, idx: int, kind: str) -> str:
        """Column holding view ``kind`` of input ``idx``."""
        if kind == "raw":
            return self.sources[idx]
        key = (idx, kind)
        if key not in self.views:
            name = f"sub{zlib.crc32(kind.encode()):08x}" if kind.startswith("sub:") else kind
            col = f"{self.prefix}v{idx}_{name}"
            self.steps += view_steps(kind, self.sources[idx], col)
            self.views[key] = col
        return self.views[key]

    def atom(self, atom: Atom | NumExpr, name: str | None = None) -> str:
        """Column holding ``atom`` (named ``name`` when given)."""
        if atom in self.atoms and name is None:
            return self.atoms[atom]
        if isinstance(atom, NumExpr):
            col = name or f"{self.prefix}a{len(self.atoms)}"
            self.steps += self._numexpr(atom, col)
            self.atoms[atom] = col
            return col
        src = self.view(atom.view.idx, atom.view.kind)
        if atom.selector.pattern is None and not atom.transforms:
            return src
        col = name or f"{self.prefix}a{len(self.atoms)}"
        new: list[Step] = []
        if atom.selector.pattern is not None:
            new.append({"op": "regex_extract", "input": src, "output": col, "pattern": atom.selector.pattern,
                        "group": 1})
        for tf in atom.transforms:
            if tf[0] == "dflt":  # absent: the default, for a non-null input (map_dict of the source, coalesce)
                new += [{"op": "map_dict", "input": src, "output": f"{col}_d", "mapping": {"": tf[1]},
                         "default": tf[1]},
                        {"op": "coalesce", "inputs": [col, f"{col}_d"], "output": col}]
                continue
            new += tfm.steps(tf, col)
        if atom.selector.pattern is None:
            new[0] = {**new[0], "input": src}
        self.steps += new
        self.atoms[atom] = col
        return col

    def _numexpr(self, ex: NumExpr, col: str) -> list[Step]:
        """Steps of an arithmetic atom: each source extracted and cast, the terms, format_number."""
        steps: list[Step] = []
        xs: list[str] = []
        keyed: list[str] = []  # raw reads of keyed numbers: none found means no value at all
        for k, src in enumerate(ex.sources):
            view = self.view(src.view.idx, src.view.kind)
            x = f"{col}_x{k}"
            if src.selector.pattern is not None:
                raw = f"{x}_r" if src.default is not None else x
                steps.append({"op": "regex_extract", "input": view, "output": raw, "pattern": src.selector.pattern,
                              "group": 1})
                if src.default is not None:  # absent: the default (a non-null input of the family's shape only)
                    dflt = f"{src.default:g}"
                    shaped = view
                    if src.shape is not None:
                        shaped = f"{x}_s"
                        steps.append({"op": "regex_extract", "input": view, "output": shaped,
                                      "pattern": f"^({src.shape})$", "group": 1})
                    steps += [{"op": "map_dict", "input": shaped, "output": f"{x}_d", "mapping": {"": dflt},
                               "default": dflt},
                              {"op": "coalesce", "inputs": [raw, f"{x}_d"], "output": x}]
                    keyed.append(raw)
                view = x
            steps.append({"op": "type_cast", "input": view, "output": x, "to": "float"})
            xs.append(x)
        if ex.kind == "bucket":
            i, _, c = ex.terms[0]
            steps += [{"op": "safe_math", "fn": "div", "args": [xs[i], c], "output": col},
                      {"op": "floor", "input": col, "output": col},
                      {"op": "safe_math", "fn": "mul", "args": [col, c], "output": col}]
            if ex.offset:
                steps.append({"op": "safe_math", "fn": "add", "args": [col, ex.offset], "output": col})
        elif ex.kind == "nearest":
            i, _, c = ex.terms[0]
            steps += [{"op": "safe_math", "fn": "div", "args": [xs[i], c], "output": col},
                      {"op": "safe_math", "fn": "round", "args": [col], "digits": NEAREST_DIGITS, "output": col},
                      {"op": "safe_math", "fn": "add", "args": [col, 0.5], "output": col},
                      {"op": "floor", "input": col, "output": col},
                      {"op": "safe_math", "fn": "mul", "args": [col, c], "output": col}]
        elif ex.kind == "ceil":
            i, _, c = ex.terms[0]
            steps += [{"op": "safe_math", "fn": "div", "args": [xs[i], -c], "output": col},
                      {"op": "floor", "input": col, "output": col},
                      {"op": "safe_math", "fn": "mul", "args": [col, -1.0], "output": col}]
        elif ex.kind == "radix":
            i, op, c = ex.terms[0]
            if not (op == "mul" and c == 1.0):
                steps.append({"op": "safe_math", "fn": op, "args": [xs[i], c], "output": col})
            steps.append({"op": "floor", "input": col if steps[-1]["output"] == col else xs[i], "output": col})
            if ex.offset:
                steps += [{"op": "safe_math", "fn": "div", "args": [col, ex.offset], "output": f"{col}_q"},
                          {"op": "floor", "input": f"{col}_q", "output": f"{col}_q"},
                          {"op": "safe_math", "fn": "mul", "args": [f"{col}_q", ex.offset], "output": f"{col}_q"},
                          {"op": "safe_math", "fn": "sub", "args": [col, f"{col}_q"], "output": col}]
        elif ex.kind == "century":
            (i, _, c) = ex.terms[0]
            steps += [{"op": "safe_math", "fn": "add", "args": [xs[i], 100.0 - c], "output": f"{col}_c"},
                      {"op": "safe_math", "fn": "div", "args": [f"{col}_c", 100.0], "output": f"{col}_c"},
                      {"op": "floor", "input": f"{col}_c", "output": f"{col}_c"},
                      {"op": "safe_math", "fn": "mul", "args": [f"{col}_c", 100.0], "output": f"{col}_c"},
                      {"op": "safe_math", "fn": "add", "args": [xs[i], 2000.0], "output": col},
                      {"op": "safe_math", "fn": "sub", "args": [col, f"{col}_c"], "output": col}]
        elif ex.kind in ("dbucket", "dmod"):
            (i, _, c), (j, _, _) = ex.terms
            steps += [{"op": "safe_math", "fn": "sub", "args": [xs[j], xs[i]], "output": f"{col}_d"},
                      {"op": "safe_math", "fn": "div", "args": [f"{col}_d", c], "output": col},
                      {"op": "floor", "input": col, "output": col},
                      {"op": "safe_math", "fn": "mul", "args": [col, c], "output": col}]
            if ex.kind == "dmod":
                steps.append({"op": "safe_math", "fn": "sub", "args": [f"{col}_d", col], "output": col})
            elif ex.offset:
                steps.append({"op": "safe_math", "fn": "add", "args": [col, ex.offset], "output": col})
        elif ex.kind in ("net", "gross"):
            (i, _, _), (j, _, _) = ex.terms
            steps += [{"op": "safe_math", "fn": "div", "args": [xs[j], 100.0], "output": f"{col}_f"},
                      {"op": "safe_math", "fn": "add", "args": [f"{col}_f", 1.0], "output": f"{col}_f"},
                      {"op": "safe_math", "fn": "div" if ex.kind == "net" else "mul", "args": [xs[i], f"{col}_f"],
                       "output": col}]
        elif ex.kind == "change":
            (i, op, c), (j, _, _) = ex.terms
            steps += [{"op": "safe_math", "fn": "sub", "args": [xs[i], xs[j]], "output": f"{col}_d"},
                      {"op": "safe_math", "fn": "div", "args": [f"{col}_d", xs[j]], "output": col},
                      {"op": "safe_math", "fn": op, "args": [col, c], "output": col}]
        elif ex.kind == "prod3":
            (i, op, c), (j, _, _), (k, _, _) = ex.terms
            steps += [{"op": "safe_math", "fn": "mul", "args": [xs[i], xs[j]], "output": col},
                      {"op": "safe_math", "fn": "mul", "args": [col, xs[k]], "output": col}]
            if c != 1.0:
                steps.append({"op": "safe_math", "fn": op, "args": [col, c], "output": col})
        elif ex.kind in ("prod", "quot", "quot2"):
            (i, op, c), (j, _, _) = ex.terms
            if ex.kind == "quot2":
                steps.append({"op": "safe_math", "fn": "mul", "args": [xs[j], xs[j]], "output": f"{col}_s"})
                steps.append({"op": "safe_math", "fn": "div", "args": [xs[i], f"{col}_s"], "output": col})
            else:
                steps.append({"op": "safe_math", "fn": "mul" if ex.kind == "prod" else "div",
                              "args": [xs[i], xs[j]], "output": col})
            if c != 1.0:
                steps.append({"op": "safe_math", "fn": op, "args": [col, c], "output": col})
        else:
            acc: str | None = None
            for t, (i, op, c) in enumerate(ex.terms):
                term = xs[i]
                if not (op == "mul" and c == 1.0):
                    term = f"{col}_t{t}"
                    steps.append({"op": "safe_math", "fn": op, "args": [xs[i], c], "output": term})
                if acc is None:
                    acc = term
                else:
                    steps.append({"op": "safe_math", "fn": "add", "args": [acc, term], "output": col})
                    acc = col
            assert acc is not None
            if ex.offset:
                steps.append({"op": "safe_math", "fn": "add", "args": [acc, ex.offset], "output": col})
                acc = col
            if acc != col:
                steps.append({"op": "safe_math", "fn": "mul", "args": [acc, 1.0], "output": col})
        d, th, mark = ex.fmt
        steps.append({"op": "format_number", "input": col, "output": col, "decimals": abs(d), "thousands": th,
                      "decimal_mark": mark})
        if d < 0:  # the shortest form: fractional trailing zeros, then a bare mark, dropped
            steps.append({"op": "replace", "input": col, "output": col, "pattern": "0+$", "replacement": ""})
            steps.append({"op": "replace", "input": col, "output": col, "pattern": re.escape(mark) + "$",
                          "replacement": ""})
        if ex.pad:
            steps.append({"op": "pad", "input": col, "output": col, "width": ex.pad, "fill": "0"})
        if keyed and len(ex.sources) > 1:  # null unless some key was found (``3 lb`` when the keys are kg and g);
            # one keyed number alone (a field of ``PT1H30M``) is 0 when absent, as the search reads it
            anyk = keyed[0]
            if len(keyed) > 1:
                anyk = f"{col}_any"
                steps.append({"op": "coalesce", "inputs": keyed, "output": anyk})
            steps += [{"op": "map_dict", "input": anyk, "output": f"{col}_ok", "mapping": {"": ""}, "default": ""},
                      {"op": "concat", "inputs": [col, f"{col}_ok"], "output": col}]
        return steps

    def join(self, parts: tuple[Part, ...], out: str) -> str:
        """Steps producing ``out`` from ``parts``; returns ``out``."""
        atoms = [p for p in parts if not isinstance(p, str)]
        if len(parts) == 1 and atoms:
            col = self.atom(atoms[0], name=out)
            if col != out:
                self.steps.append({"op": "concat", "inputs": [col], "output": out})
            return out
        cols = [self.atom(a) for a in atoms]
        seps = [p for p in parts if isinstance(p, str)]
        alternating = all(isinstance(p, str) == (i % 2 == 1) for i, p in enumerate(parts)) and \
            not isinstance(parts[-1], str)
        if alternating and len(set(seps)) <= 1:
            self.steps.append({"op": "concat", "inputs": cols, "output": out, "separator": seps[0] if seps else ""})
            return out
        uniq: list[str] = []
        tpl = ""
        for p in parts:
            if isinstance(p, str):
                tpl += p.replace("{", "{{").replace("}", "}}")
            else:
                col = self.atoms.get(p) or self.atom(p)
                if col not in uniq:
                    uniq.append(col)
                tpl += "{" + str(uniq.index(col)) + "}"
        self.steps.append({"op": "template", "inputs": uniq, "template": tpl, "output": out})
        return out


def scratch_prefix(names: list[str]) -> str:
    """A prefix for generated column names that no input name starts with."""
    p = "_"
    while any(n.startswith(p) for n in names):
        p += "_"
    return p


def _prepare(names: list[str], types: dict[str, str]) -> tuple[list[Step], list[str]]:
    """Steps giving a string column per input (non-string inputs are rendered as text)."""
    px = scratch_prefix(names)
    steps: list[Step] = []
    cols: list[str] = []
    for i, n in enumerate(names):
        t = types.get(n, "string")
        if t in ("int", "bool"):
            steps.append({"op": "type_cast", "input": n, "output": f"{px}s{i}", "to": "string"})
            cols.append(f"{px}s{i}")
        elif t in ("date", "datetime"):
            fmt = "%Y-%m-%d" if t == "date" else "%Y-%m-%d %H:%M:%S"
            steps.append({"op": "date_format", "input": n, "output": f"{px}s{i}", "format": fmt})
            cols.append(f"{px}s{i}")
        else:
            cols.append(n)
    return steps, cols


def _pipeline(names: list[str], types: dict[str, str], steps: list[Step]) -> Pipeline:
    since = max((OP_SINCE[s["op"]] for s in steps if s["op"] in OP_SINCE), default=None)
    version = f"{since[0]}.{since[1]}.0" if since else DSL_VERSION  # the oldest engine that runs it
    return Pipeline.from_json({"dsl_version": version, "inputs": names, "outputs": [OUT], "steps": steps,
                               "input_types": {n: types.get(n, "string") for n in names}})


def ascii_titles(pipe: Pipeline) -> Pipeline:
    """``pipe`` with every DSL 1.8 ``title_case`` spelled as the ASCII ``case`` ``title`` (every backend, SQLite
    too, runs it; the version drops when nothing else needs 1.8). The two agree on ASCII text, so the search calls
    this when it was given sampled values and they and every example are ASCII; otherwise ``title_case`` stays
    (``CHÂLONS`` -> ``Châlons``, where ``case title`` gives ``ChÂLons``)."""
    steps: list[Step] = [s.model_dump(mode="json", exclude_none=True, by_alias=True) for s in pipe.steps]
    if not any(st["op"] == "title_case" for st in steps):
        return pipe
    steps = [{"op": "case", "input": st["input"], "output": st["output"], "mode": "title"}
             if st["op"] == "title_case" else st for st in steps]
    types: dict[str, str] = dict(pipe.input_types or {})
    return _pipeline(list(pipe.inputs), types, steps)


def emit(parts: tuple[Part, ...], names: list[str], types: dict[str, str]) -> Pipeline:
    """One program over ``names`` -> a pipeline with the single output ``out``."""
    pre, cols = _prepare(names, types)
    em = Emitter(cols, prefix=scratch_prefix(names))
    em.join(parts, OUT)
    return _pipeline(names, types, pre + em.steps)


def emit_switch(branches: list[tuple[list[str | None], tuple[Part, ...]]], names: list[str],
                types: dict[str, str], empty: bool = False, fallback: str | None = None) -> Pipeline:
    """Branches ``(shape pattern per input (None = unguarded), parts)`` joined by coalesce;
    ``empty``: a last branch giving "" (for a non-null first input) instead of null;
    ``fallback``: the output of a blank first input, a first branch (trim, then map_dict ``{"": fallback}``)."""
    pre, cols = _prepare(names, types)
    px = scratch_prefix(names)
    steps = list(pre)
    outs: list[str] = []
    if fallback is not None:
        steps += [{"op": "trim", "input": cols[0], "output": f"{px}blank"},
                  {"op": "map_dict", "input": f"{px}blank", "output": f"{px}dflt", "mapping": {"": fallback}}]
        outs.append(f"{px}dflt")
    for b, (shapes, parts) in enumerate(branches):
        guarded: list[str] = []
        for i, (col, shape) in enumerate(zip(cols, shapes, strict=True)):
            if shape is None:
                guarded.append(col)
                continue
            g = f"{px}b{b}_g{i}"
            steps.append({"op": "regex_extract", "input": col, "output": g, "pattern": shape, "group": 0})
            guarded.append(g)
        em = Emitter(guarded, prefix=f"{px}b{b}_")
        out = em.join(parts, f"{px}b{b}_out")
        steps += em.steps
        read = {p.view.idx for p in parts if isinstance(p, Atom)} | \
            {s.view.idx for p in parts if isinstance(p, NumExpr) for s in p.sources}
        unread = [i for i, shape in enumerate(shapes) if shape is not None and i not in read]
        if unread:  # a guard on an input the branch does not read still decides: null unless it matched
            flags = []
            for i in unread:
                flags.append(f"{px}b{b}_f{i}")
                steps.append({"op": "map_dict", "input": guarded[i], "output": flags[-1], "mapping": {"": ""},
                              "default": ""})
            steps.append({"op": "concat", "inputs": [out, *flags], "output": f"{px}b{b}_all"})
            out = f"{px}b{b}_all"
        outs.append(out)
    if empty:
        steps.append({"op": "map_dict", "input": cols[0], "output": f"{px}empty", "mapping": {"": ""},
                      "default": ""})
        outs.append(f"{px}empty")
    if len(outs) == 1:
        steps.append({"op": "concat", "inputs": outs, "output": OUT})
    else:
        steps.append({"op": "coalesce", "inputs": outs, "output": OUT})
    return _pipeline(names, types, steps)


def prepare_inputs(names: list[str], types: dict[str, str]) -> tuple[list[Step], list[str]]:
    """Public form of the input preparation: steps giving a string column per input, and the columns."""
    return _prepare(names, types)


def to_pipeline(names: list[str], types: dict[str, str], steps: list[Step]) -> Pipeline:
    """``steps`` as a pipeline with output ``out`` and the oldest DSL version that runs it."""
    return _pipeline(names, types, steps)
