"""Header styles: Hungarian type prefixes are the table's convention, not the column's meaning."""

from __future__ import annotations

from core.mapping.headers import without_type_prefixes
from core.mapping.match import match_columns
from core.mapping.side import MatchColumn


def test_prefixes_are_removed_only_where_the_table_follows_the_convention() -> None:
    heads = ["strFirstName", "dtmBirthDate", "lngCustomerID", "bIsActive", "curAmount"]
    assert without_type_prefixes(heads, ["t"] * 5) == ["FirstName", "BirthDate", "CustomerID", "IsActive", "Amount"]
    # one camelCase header in a table that does not use the notation keeps its first word
    assert without_type_prefixes(["strStreet", "city", "zip"], ["t"] * 3) == ["strStreet", "city", "zip"]
    # words that are not type prefixes stay; a table's convention does not reach another table
    assert without_type_prefixes(["lastLoginAt", "isActive", "strName", "intAge"], ["a", "a", "b", "b"]) == [
        "lastLoginAt", "isActive", "Name", "Age"]
    assert without_type_prefixes(["sID", "nQty", "first_name"], ["t"] * 3) == ["ID", "Qty", "first_name"]


def _c(table: str, name: str, t: str = "string") -> MatchColumn:
    return MatchColumn(table=table, name=name.lower(), original_name=name, logical_type=t)


def test_hungarian_headers_match_their_meaning_not_their_type() -> None:
    # "str" reads as street, "lng" as longitude, "cur" as currency when the prefix is kept
    src = [_c("s", "strStreetName"), _c("s", "strFirstName"), _c("s", "lngLongitude", "float"),
           _c("s", "curAmount", "decimal"), _c("s", "strCurrency")]
    dst = [_c("t", "street"), _c("t", "first_name"), _c("t", "longitude", "float"), _c("t", "amount", "decimal"),
           _c("t", "currency")]
    r = match_columns(src, dst, None)
    got = {a.target: a.sources[0] for a in r.assignment}
    assert got == {"street": "strstreetname", "first_name": "strfirstname", "longitude": "lnglongitude",
                   "amount": "curamount", "currency": "strcurrency"}
    assert r.ranking("first_name").candidates[0].evidence.header == 1.0
    # the street target's runner-up is not every other str* column
    street = r.ranking("street").candidates
    assert street[0].sources == ["strstreetname"] and (street[1].evidence.header or 0.0) < 0.5
