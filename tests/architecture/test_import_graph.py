"""The import graph of mapwright's packages: no cycle between modules, and the layer rule holds.

import-linter (``lint-imports``, contracts in pyproject.toml) checks the layers and cycles between
sub-packages; it cannot see a cycle between two modules of one package, so this test builds the
module graph with grimp (import-linter's engine) and looks for strongly connected components.
Every import counts, including imports inside functions and under ``TYPE_CHECKING``: a helper
that needs its owner receives a narrow Protocol instead (e.g. ``core.providers.router_view``).
"""

from __future__ import annotations

import grimp
import pytest

PACKAGES = ("dsl", "core", "adapters", "orchestration")


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph(*PACKAGES, cache_dir=None)


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []
    counter = 0
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                comp = []
                while True:
                    m = stack.pop()
                    on_stack.discard(m)
                    comp.append(m)
                    if m == node:
                        break
                if len(comp) > 1:
                    out.append(sorted(comp))
    return out


def test_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle_between_modules(graph: grimp.ImportGraph) -> None:
    modules = graph.modules
    edges = {m: {i for i in graph.find_modules_directly_imported_by(m) if i in modules} for m in modules}
    cycles = _cycles(edges)
    assert not cycles, ("modules import each other (pass the helper a narrow Protocol instead of importing its "
                        f"owner): {cycles}")


def test_dsl_imports_nothing_of_ours(graph: grimp.ImportGraph) -> None:
    bad = sorted((m, i) for m in graph.find_descendants("dsl") | {"dsl"}
                 for i in graph.find_modules_directly_imported_by(m) if i.split(".")[0] in PACKAGES[1:])
    assert not bad, f"dsl/ is the bottom layer and must not import core/adapters/orchestration: {bad}"
