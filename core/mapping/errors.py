"""Typed failures of the Mapping stage (taxonomy subclasses; each message names the fix)."""

from __future__ import annotations

from typing import Any

from core.errors import DeterministicFailure, DSLReject, PolicyBlock


class MalformedTargetSchema(DeterministicFailure):
    """The target schema file cannot be read as a table schema."""

    def __init__(self, path: str, problem: str, **kw: Any) -> None:
        super().__init__(f"target schema {path} is malformed: {problem}; fix the file (see "
                         "examples/target/customers_target.yaml for the format)", stage="MAPPING",
                         path=path, problem=problem, **kw)


class TargetUnreachable(DeterministicFailure):
    """A side (the target, or the source of ``mapwright match``) cannot be opened; ``side`` names which."""

    def __init__(self, location: str, problem: str, *, side: str = "target",
                 fix: str = "check the path or URL and that the database is running and readable", **kw: Any) -> None:
        super().__init__(f"{side} {location} is unreachable: {problem}; {fix}", stage="MAPPING", location=location,
                         problem=problem, side=side, fix=fix, **kw)


class UnknownTargetType(DeterministicFailure):
    """A target column declares a type mapwright does not know."""

    def __init__(self, column: str, type_name: str, known: list[str], **kw: Any) -> None:
        super().__init__(f"target column {column!r} has unknown type {type_name!r}; use one of {known}",
                         stage="MAPPING", column=column, type_name=type_name, **kw)


class UnknownTargetDomain(DeterministicFailure):
    """A target column declares a domain the domain catalog does not have (a typo such as ``contact.emial``)."""

    def __init__(self, column: str, domain: str, closest: list[str], *, path: str, catalog_version: str,
                 side: str = "target", **kw: Any) -> None:
        hint = f"did you mean {' or '.join(repr(c) for c in closest)}?" if closest else "no known domain is close"
        super().__init__(f"{side} column {column!r} in {path} declares unknown domain {domain!r} ({hint}); use an "
                         f"`id` of the domain catalog (assets_config/domains/*.yaml), or leave `domain` out "
                         f"and mapwright assigns one", stage="MAPPING", column=column, domain=domain, closest=closest,
                         path=path, catalog_version=catalog_version, side=side, **kw)


class EmptyTarget(DeterministicFailure):
    """The target has no columns."""

    def __init__(self, location: str, **kw: Any) -> None:
        super().__init__(f"target {location} has no columns; declare at least one column", stage="MAPPING",
                         location=location, **kw)


class UnknownOverrideColumn(DeterministicFailure):
    """An override or answer names a column that does not exist."""

    def __init__(self, column: str, side: str, known: list[str], **kw: Any) -> None:
        super().__init__(f"{side} column {column!r} does not exist; use one of {known[:20]}", stage="MAPPING",
                         column=column, side=side, **kw)


class ContradictoryExamples(DeterministicFailure):
    """Example pairs give different outputs for the same inputs."""

    def __init__(self, target: str, inputs: list[str | None], **kw: Any) -> None:
        super().__init__(f"example pairs for {target!r} contradict each other for one input (masked); "
                         "remove one of them", stage="MAPPING", target=target, inputs_count=len(inputs), **kw)


class ProposalRejected(DSLReject):
    """A proposed pipeline is out of policy (not whitelisted, invalid or not compilable)."""


class AnswerCarriesPersonalValues(PolicyBlock):
    """A person's ``map:``/``pipeline:`` answer holds literal values of a column the PII policy masks: it would be
    stored in clear in the Mapping Plan and the ledger, so it is refused (not recorded)."""

    def __init__(self, target: str, sources: list[str], **kw: Any) -> None:
        super().__init__(
            f"the answer for column {target!r} was not recorded: it holds literal values of a column the PII policy "
            f"masks ({', '.join(sources) or 'its source'} -> {target}), which would be stored in clear in the plan "
            "and the ledger; reference a lexicon (a domain's value list) or answer with a pipeline without literal "
            "personal values (trim, case, regex parts, ...), or choose another source", stage="MAPPING",
            target=target, sources=sources, **kw)
