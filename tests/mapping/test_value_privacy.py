"""The privacy gate of proposals that carry values into the plan (core.mapping.value_privacy; review of h14-valmap
F1-F3 and P1): no raw personal value in the plan, its compiled SQL, the ledger or any artifact; a map of
non-personal columns is still stored."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from core.artifacts import ArtifactKind
from core.mapping import strategies as st
from core.mapping.plan import MappingPlan
from core.mapping.ports import MappingPorts
from core.mapping.side import MatchColumn
from core.mapping.stage import run_mapping
from core.mapping.target import ColumnConstraints, TargetColumn
from core.mapping.value_map_strategy import learned_value_map
from core.mapping.value_privacy import ClearColumns, carries_values, gate
from core.vocab.models import DomainCatalog

STAFF = ["Juan Dela Cruz", "Maria Santos Reyes", "Pedro Penduko"]
COUNTRIES = {"Philippines": "PH", "Japan": "JP", "Viet Nam": "VN"}


def _stored(ports: MappingPorts) -> str:
    """Everything the run stored: every artifact's payload and every ledger event."""
    arts = [a.payload for a in ports.artifacts.items]  # type: ignore[attr-defined]
    events = [e.model_dump(mode="json") for e in ports.ledger.items]  # type: ignore[attr-defined]
    return json.dumps([arts, events], ensure_ascii=False, default=str).casefold()


def _plan(ports: MappingPorts, run_id: str) -> MappingPlan:
    art = ports.artifacts.latest(run_id, ArtifactKind.MAPPING_PLAN)
    assert art is not None
    return MappingPlan.model_validate(art.payload)


def _t(name: str, domain: str | None = None, **cons: object) -> TargetColumn:
    return TargetColumn(name=name, original_name=name, position=1, logical_type="string", physical_type="string",
                        domain=domain, constraints=ColumnConstraints(**cons))  # type: ignore[arg-type]


def _c(name: str, values: list[str], domain: str | None = None, table: str = "s") -> MatchColumn:
    return MatchColumn(table=table, name=name, original_name=name, logical_type="string", values=values,
                       domain=domain)


def test_staff_names_onto_initials_codes_store_no_name(tmp_path: Path, make_run: Callable[..., object],
                                                        ports: MappingPorts) -> None:
    """F1: the letters rule reads JDC/MSR off staff names; the names never reach the plan; the country map does."""
    countries = list(COUNTRIES)
    rows = [f"T-{700 + i},{STAFF[i % 3]},{countries[(i // 3) % 3]}" for i in range(40)]
    (tmp_path / "tickets.csv").write_text("ticket_no,handled_by,country\n" + "\n".join(rows) + "\n")
    (tmp_path / "t.yaml").write_text(
        "table: ticket\ncolumns:\n  - {name: ticket_no, type: string, key: true, nullable: false}\n"
        "  - {name: handler_code, type: string, allowed_values: [JDC, MSR, PPK]}\n"
        "  - {name: country, type: string, allowed_values: [PH, JP, VN]}\n")
    c = make_run(tmp_path / "tickets.csv", str(tmp_path / "t.yaml"), key="privacy-staff")
    run_mapping(c, ports)  # type: ignore[arg-type]
    plan = _plan(ports, c.run_id)  # type: ignore[attr-defined]
    stored = _stored(ports)
    for name in STAFF:
        assert name.casefold() not in stored
    handler = plan.column("handler_code")
    assert handler.sources == ["handled_by"] and handler.strategy != "value_map"
    assert any("not stored" in r for r in [*handler.rationale, *handler.reasons])
    country = plan.column("country")  # control: a non-personal map is still stored
    assert country.strategy == "value_map" and country.decision == "accept"
    assert "viet nam" in json.dumps(country.pipeline).casefold()


def test_customer_name_by_example_stores_no_name(tmp_path: Path, make_run: Callable[..., object],
                                                 ports: MappingPorts) -> None:
    """P1: a repeated customer id with a personal target: by-example synthesis would store the names."""
    names = {"C-101": "Maria Santos", "C-102": "Jose Rizal Cruz", "C-103": "Ana Dela Paz", "C-104": "Pedro Reyes"}
    refs = ["C-102", "C-101", "C-104", "C-104", "C-103", "C-101", "C-102", "C-103"] * 5
    (tmp_path / "orders.csv").write_text("order_no,cust_ref,amount\n" + "\n".join(
        f"ORD-{5000 + i},{r},{100 + 7 * i}" for i, r in enumerate(refs)) + "\n")
    examples = "\n".join(f"  - {{order_no: 'ORD-{5000 + i}', customer_name: '{names[r]}', amount: {100 + 7 * i}}}"
                         for i, r in enumerate(refs[:16]))
    (tmp_path / "t.yaml").write_text(
        "table: sales\ncolumns:\n  - {name: order_no, type: string, key: true, nullable: false}\n"
        "  - {name: customer_name, type: string, domain: person.full_name}\n  - {name: amount, type: int}\n"
        f"examples:\n{examples}\n")
    c = make_run(tmp_path / "orders.csv", str(tmp_path / "t.yaml"), key="privacy-orders")
    run_mapping(c, ports)  # type: ignore[arg-type]
    plan = _plan(ports, c.run_id)  # type: ignore[attr-defined]
    stored = _stored(ports)
    for name in names.values():
        assert name.casefold() not in stored
    col = plan.column("customer_name")
    assert col.strategy not in ("synth", "value_map")
    assert name.casefold() not in (col.compiled_sql or "").casefold()


def test_personal_column_with_a_non_personal_domain_is_refused(masker, domain_catalog: DomainCatalog) -> None:  # type: ignore[no-untyped-def]
    """F2: a names column given a non-personal domain (or none): the masker's decision refuses the learned map."""
    names = ["Maria Santos", "Jose Rizal Cruz", "Ana Dela Paz"] * 4
    wards = ["A", "B", "C"] * 4
    pairs: list[tuple[list[str | None], str | None]] = [([n], s) for n, s in zip(names, wards, strict=True)]
    for domain in ("text.category", None):
        src = _c("nurse_name", names, domain)
        props = learned_value_map(_t("ward"), src, pairs, domain_catalog)
        assert props and carries_values(props[0].pipeline, names)  # type: ignore[arg-type]
        kept, notes = gate(_t("ward"), [src], props, ClearColumns(masker, {src.name: src}, domain_catalog), pairs)
        assert kept == [] and notes and not any(n.casefold() in " ".join(notes).casefold() for n in names)


def test_personal_target_values_are_refused(masker, domain_catalog: DomainCatalog) -> None:  # type: ignore[no-untyped-def]
    """F2 B: a non-personal key onto a target whose example values are names (declared personal or not)."""
    ids = ["C-100", "C-200", "C-100", "C-200"] * 3
    pairs: list[tuple[list[str | None], str | None]] = [
        ([i], {"C-100": "Maria Santos", "C-200": "Jose Cruz"}[i]) for i in ids]
    src = _c("cust", ids, "id.customer_id")
    for tgt in (_t("customer_name", "person.full_name"), _t("customer_name")):
        props = learned_value_map(tgt, src, pairs, domain_catalog)
        assert props
        kept, _ = gate(tgt, [src], props, ClearColumns(masker, {src.name: src}, domain_catalog), pairs)
        assert kept == []


def test_a_country_map_passes_the_gate(masker, domain_catalog: DomainCatalog) -> None:  # type: ignore[no-untyped-def]
    """Control: country names onto allowed codes is a category map, stored in clear."""
    src = _c("country", list(COUNTRIES) * 10)
    tgt = _t("country_code", allowed_values=list(COUNTRIES.values()))
    props = [p for p in st.atomic(tgt, src, domain_catalog) if p.strategy == "value_map"]
    assert props
    kept, notes = gate(tgt, [src], props, ClearColumns(masker, {src.name: src}, domain_catalog))
    assert kept == props and notes == []


def test_carries_values_reads_constants() -> None:
    """A program without a map stores values only through a constant equal to (or holding) a value."""
    pipe = st._p(["a"], {"a": "string"}, "t", [{"op": "concat", "inputs": ["a"], "output": "t"}])
    assert not carries_values(pipe, ["Maria Santos"])
    lit = st._p(["a"], {"a": "string"}, "t", [{"op": "replace", "input": "a", "output": "t",
                                                 "pattern": "^x", "replacement": "Maria Santos"}])
    assert carries_values(lit, ["maria  santos"])


def test_a_models_constant_from_a_column_it_was_not_offered_is_refused(  # type: ignore[no-untyped-def]
        masker, domain_catalog: DomainCatalog) -> None:
    """A model's proposal is checked against every source column of the table, not only the columns offered to it:
    a nurse's name written as a constant into a country map is refused; the rules' gate (offered columns only) is
    unchanged, and the same map without the name passes."""
    countries = list(COUNTRIES) * 4
    src = _c("country", countries)
    other = _c("nurse_name", [STAFF[i % 3] for i in range(len(countries))], "person.full_name")
    tgt = _t("country_code", allowed_values=list(COUNTRIES.values()))
    clear = ClearColumns(masker, {src.name: src, other.name: other}, domain_catalog)

    def prop(mapping: dict[str, str]) -> st.Proposal:
        pipe = st._p(["country"], {"country": "string"}, "country_code", [
            {"op": "map_dict", "input": "country", "output": "country_code", "mapping": mapping, "default": "keep"}])
        return st.Proposal(strategy="provider", pipeline=pipe, rationale="m")

    leaky = prop({**COUNTRIES, STAFF[0]: "PH"})
    kept, notes = gate(tgt, [src], [leaky], clear, every_column=True)
    assert kept == [] and notes and STAFF[0].casefold() not in " ".join(notes).casefold()
    assert gate(tgt, [src], [leaky], clear)[0] == [leaky]  # offered columns only: the name is no value of `country`
    clean = prop(dict(COUNTRIES))
    assert gate(tgt, [src], [clean], clear, every_column=True) == ([clean], [])
