"""Two leak classes of session 9's blind PII set, fixed as classes (issue 11): a header naming a unit finer than a
province (``county``, ``cantón``, ``district``) never makes a column safe, since the catalog's state/province aliases
include ``county`` and HIPAA counts every subdivision smaller than a state; and a legacy field name glued to a table
prefix (JD Edwards ``ABUSER``) is also read without its prefix when the rest names personal data. Each test can
fail both ways. The towns are public place names; the people and logins are made up."""

from __future__ import annotations

import random

import pytest

from core.pii.decide import decide_table
from core.pii.headers import header_signal
from tests.pii.made_up_people import people

RNG = random.Random(9_2026_12)
N = 150
#: Towns that are also second-level units somewhere (cantons, counties), several named like their province.
TOWNS = ["Alajuela", "Heredia", "Escazú", "Desamparados", "Cartago", "Grecia", "Liberia", "Nicoya", "Limón"]
PROVINCES = ["Bayern", "Sachsen", "Hessen", "Thüringen", "Niedersachsen"]
LOGINS = ["MSANTOS", "BATCHSYS", "KOWALSKA1", "ITZELP", "ACHEN01", "JDEMGR", "RMOLINA"]


def _decide(column: str, cells: list[str]) -> bool:
    rows = [dict(r, **{column: RNG.choice(cells)}) for r in people(RNG, N)]
    return {d.column: d.clear for d in decide_table(list(rows[0]), rows)}[column]


@pytest.mark.parametrize("header", ["county", "PerAddressDEFLT.county", "Cantón", "district_name", "Landkreis"])
def test_towns_under_a_header_naming_a_unit_finer_than_a_province_stay_masked(header: str) -> None:
    assert not header_signal(header).safe
    assert _decide(header, TOWNS) is False


def test_provinces_under_a_province_header_still_clear() -> None:
    assert header_signal("province").safe
    assert _decide("province", PROVINCES) is True


@pytest.mark.parametrize("header", ["ABUSER", "CUNAME", "WPPHONE"])
def test_a_prefixed_legacy_field_naming_personal_data_masks(header: str) -> None:
    assert header_signal(header).pii
    assert _decide(header, LOGINS) is False


@pytest.mark.parametrize("header", ["ABALPH", "ABMCU", "ITEMNO", "ORDATE", "STATUS"])
def test_a_prefixed_field_whose_rest_names_nothing_personal_is_read_as_before(header: str) -> None:
    assert not header_signal(header).pii


def _coded(cells: dict[str, list[str]], *, visits: int = 1) -> dict[str, bool]:
    """Decisions under headers f1..fN; ``visits``: each person on that many rows (a log of their records)."""
    base = [p for p in people(RNG, N // visits) for _ in range(visits)]
    rows = [dict(r, **{c: v[i] for c, v in cells.items()}) for i, r in enumerate(base)]
    names = list(rows[0])
    renamed = {c: f"f{i + 1}" for i, c in enumerate(names)}
    coded = [{renamed[c]: r[c] for c in names} for r in rows]
    return {c: next(d.clear for d in decide_table(list(renamed.values()), coded) if d.column == renamed[c])
            for c in cells}


def test_dates_written_as_midnight_timestamps_are_no_system_stamps() -> None:
    from core.pii.evidence import machine_stamped

    days = [f"2024-{RNG.randrange(1, 13):02d}-{RNG.randrange(1, 29):02d}" for _ in range(N)]
    assert not machine_stamped([f"{d}T00:00:00.000" for d in days])
    assert machine_stamped([f"{d}T{RNG.randrange(24):02d}:{RNG.randrange(60):02d}:{RNG.randrange(60):02d}.123"
                            for d in days])
    assert _coded({"visit": [f"{d}T00:00:00.000" for d in days]})["visit"] is False


def test_system_user_ids_are_never_cleared_as_attributes_of_the_rows() -> None:
    from core.pii.table_rules import user_ids

    assert user_ids(LOGINS) and not user_ids(["FULL_KYC", "PENDING_VKYC", "REJECTED"])
    assert not user_ids(["A1", "B2", "C3"]) and not user_ids(["retail", "online"])
    # each person's records were touched by several clerks: without the rule the logins read as a vocabulary that
    # describes the rows and were cleared (JD Edwards ``ABUSER`` under f11)
    clerks = ["TKAMBWILI", "BATCHSYS", "OPSADMIN", "ZUTHRAKE", "LNDOVUBE", "JDEMGR", "WFEGHALI2"]  # no known name
    assert _coded({"editor": [clerks[(i * 3) % len(clerks)] for i in range(N)]}, visits=5)["editor"] is False
