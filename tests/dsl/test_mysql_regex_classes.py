r"""MariaDB's regex forms (dsl/mysql_more.py ``pcre`` / ``uncaptured``) read character classes by their input:
after an escaped ``\[`` the class still closes at the next ``]``, a ``]`` right after ``[`` or ``[^`` is a member,
so a ``$`` after a class becomes ``\z`` and a group after a class stops capturing in the skipped copies. Every op
that hands a pattern to MariaDB gives Polars' result on the real server for such patterns."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from dsl.models import Pipeline
from dsl.mysql_more import pcre, uncaptured
from tests.dsl.mysql_harness import connect, run_mysql, run_polars_features


@pytest.mark.parametrize(("pattern", "want"), [
    (r"[0-9\[]$", r"(?-i)[0-9\[]\z"),
    (r"[\]a]$", r"(?-i)[\]a]\z"),
    (r"[]a]$", r"(?-i)[]a]\z"),
    (r"[^]a]$", r"(?-i)[^]a]\z"),
    (r"[^\]]+$", r"(?-i)[^\]]+\z"),
    (r"[$]$", r"(?-i)[$]\z"),
    (r"\[$", r"(?-i)\[\z"),
    (r"[\\]$", r"(?-i)[\\]\z"),
])
def test_pcre_ends_the_class_at_its_closing_bracket(pattern: str, want: str) -> None:
    assert pcre(pattern) == want


@pytest.mark.parametrize(("pattern", "want"), [
    (r"[\[](a)", r"[\[](?:a)"),
    (r"[]a](b)", r"[]a](?:b)"),
    (r"[^]a](b)(?:c)", r"[^]a](?:b)(?:c)"),
    (r"[(](x)", r"[(](?:x)"),
    (r"\((y)", r"\((?:y)"),
])
def test_uncaptured_makes_groups_after_a_class_non_capturing(pattern: str, want: str) -> None:
    assert uncaptured(pattern) == want


TEXTS = ["1\n", "1", "[", "[\n", "a[b", "]", "]\n", "a]", "x]y", "ab", "b\n", "[12", "]34", "[5]6", "a[1,b]2,c",
         "[a]b[c]d", "q]r]s", "", None, "[x][y][z]", "1[2]3\n", "1,2,b", "[,x", "9a7[b,c", "x[ab\n"]
PATTERNS = [r"[0-9\[]$", r"[\]a]$", r"[]a]$", r"[^]a]$", r"[\[\]]+$", r"[,\[]([0-9]+)"]


def _pipe(step: dict[str, Any], version: str = "1.6.0") -> tuple[Pipeline, dict[str, str], list[dict[str, Any]]]:
    outputs = step.get("outputs") or [step["output"]]
    inputs = ["a", "b"] if step["op"] == "select_when" else ["a"]
    pipe = Pipeline.model_validate({"dsl_version": version, "inputs": inputs, "outputs": outputs,
                                    "input_types": {c: "string" for c in inputs}, "steps": [step]})
    return pipe, {c: "string" for c in inputs}, [{"a": t, "b": f"then:{i}"} for i, t in enumerate(TEXTS)]


CASES: dict[str, tuple[Any, ...]] = {
    **{f"when_{i}": _pipe({"op": "select_when", "input": "a", "pattern": p, "then": "b", "output": "o"})
       for i, p in enumerate(PATTERNS)},
    **{f"extract_{i}": _pipe({"op": "regex_extract", "input": "a", "output": "o", "pattern": p})
       for i, p in enumerate(PATTERNS)},
    **{f"replace_{i}": _pipe({"op": "replace", "input": "a", "output": "o", "pattern": p, "replacement": "#"})
       for i, p in enumerate(PATTERNS)},
    "extract_group_after_class": _pipe({"op": "regex_extract", "input": "a", "output": "o",
                                        "pattern": r"[,\[](ab?)(\]?)$", "group": 1}),
    "extract_group_after_bracket_member": _pipe({"op": "regex_extract", "input": "a", "output": "o",
                                                 "pattern": r"[]x]([0-9a-z])", "group": 1}),
    "split_group_after_class": _pipe({"op": "regex_split", "input": "a", "outputs": ["o", "p", "q"],
                                      "pattern": r"[0-9\[](,)"}),
    "split_dollar_after_class": _pipe({"op": "regex_split", "input": "a", "outputs": ["o", "p"],
                                       "pattern": r"[\]]$"}),
    "extract_all_group_after_comma_class": _pipe({"op": "regex_extract_all", "input": "a", "output": "o",
                                            "pattern": r"[,\[]([0-9a-z])", "group": 1, "separator": ","}),
    "extract_all_groups_after_class": _pipe({"op": "regex_extract_all", "input": "a", "output": "o",
                                              "pattern": r"[0-9\[]([a-z])([0-9]?)", "group": 2, "separator": "|"}),
    "extract_all_dollar_after_class": _pipe({"op": "regex_extract_all", "input": "a", "output": "o",
                                             "pattern": r"[0-9\[]$"}),
    "replace_groups_after_class": _pipe({"op": "replace", "input": "a", "output": "o", "pattern": r"[,\[]([a-z])",
                                         "replacement": "<$1>", "groups": True}),
}


@pytest.fixture(scope="module")
def maria() -> Iterator[Any]:
    yield from connect()


@pytest.mark.mariadb
@pytest.mark.parametrize("name", sorted(CASES))
def test_patterns_with_brackets_in_classes_agree_with_polars_on_mariadb(maria: Any, name: str) -> None:
    pipe, types, rows = CASES[name]
    features = frozenset({"select_when"})
    want = run_polars_features(pipe, rows, types, features)
    got = run_mysql(maria, pipe, rows, types, features)
    assert got == want, [(r["a"], g, w) for r, g, w in zip(rows, got, want, strict=True) if g != w]
