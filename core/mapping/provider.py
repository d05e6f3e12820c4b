"""Model proposals for the columns the rules are unsure of (``propose_transform`` through the router).

When does Mapping ask a model (:func:`unsure`)? Only when

* the assigned candidate has **no validated pipeline** (no rules proposal passed validation), or
* the best rules proposal passes fewer sample rows than ``mapping.accept_rate_min`` (data_mode), or
* the top two candidates are a **near tie** (margin < :data:`UNSURE_MARGIN`).

And only when the router has a model other than the offline rules it may call (policy allow/deny
lists, egress, health): with the default offline set-up nothing is asked, so the default path stays
the deterministic rules path.

What leaves the process: the target and source column names, declared types and domains, and
*masked* examples only (the PII masker's placeholders, else value shapes ``Aaaa 99``); the router
masks again, applies the local-only override policy, budgets, retries and records one
``provider.propose_transform`` ledger event per call.

What comes back is considered only after (1) the task schema and the DSL type check (router), (2)
:func:`check_policy` — inputs among the offered sources, size limits, and no literal that is a
personal value (PII detector hits, or a raw sample value of a PII-domain source) — an out-of-policy
proposal is a ``DSL_REJECT`` ledger event, and (3) validation on the sample / symbolic dry run like
every rules proposal. A provider failure (garbage after the schema retry, outage, timeout, budget)
is a typed error on the ledger (``mapping.provider``, fallback ``rules``), and Mapping goes on with
its rules; after a transient failure it stops asking for the rest of the run (recorded once).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from core.errors import DSLReject, MapwrightError
from core.hashing import content_hash
from core.mapping.errors import ProposalRejected
from core.mapping.features import shape
from core.mapping.side import MatchColumn, spec_of
from core.mapping.strategies import Proposal
from core.mapping.target import TargetColumn
from core.pii.ports import PiiMasker
from core.pii.table_context import mask_in_context
from core.providers.context import CallContext
from core.providers.models import InferenceRequest, Message
from core.providers.pii_gate import PiiGate
from core.providers.router import Router
from core.providers.routing import OFFLINE_KIND
from core.providers.tasks import ColumnSpec, ExpectedExample, ProposeTransformRequest, ProposeTransformResponse
from core.vocab.models import DomainCatalog
from dsl.models import Pipeline

#: candidates closer than this are a near tie worth a model's opinion (the hold rule uses 0.02)
UNSURE_MARGIN = 0.05
MAX_EXAMPLES = 5
MAX_STEPS = 16
MAX_MAP_ENTRIES = 1000
MAX_PATTERN = 256
_NAME_KEYS = frozenset({"op", "input", "inputs", "output", "outputs"})

Recorder = Callable[[str, MapwrightError, dict[str, Any]], None]


def unsure(margin: float, best_rate: float | None, accept_rate_min: float, data: bool) -> str | None:
    """Why the rules are unsure of a column (None when they are sure). ``best_rate`` is the pass
    rate of the best validated rules proposal (None: nothing validated)."""
    if best_rate is None:
        return "no validated pipeline"
    if data and best_rate < accept_rate_min:
        return f"best pass rate {best_rate:.3f} < {accept_rate_min}"
    if margin < UNSURE_MARGIN:
        return f"near tie (margin {margin:.3f})"
    return None


def _literals(obj: Any) -> list[str]:
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [s for k, v in obj.items() for s in ([k] if isinstance(k, str) else []) + _literals(v)]
    if isinstance(obj, list):
        return [s for v in obj for s in _literals(v)]
    return []


def check_policy(pipe: Pipeline, target: str, offered: Sequence[str], gate: PiiGate,
                 personal: set[str]) -> None:
    """Raise :class:`ProposalRejected` (DSL_REJECT) when a proposal is out of policy (module doc)."""
    def reject(why: str) -> ProposalRejected:
        return ProposalRejected(f"provider proposal for {target!r} is out of policy: {why}; the rules' "
                                "proposals are used instead", column=target)

    extra = [n for n in pipe.inputs if n not in offered]
    if extra:
        raise reject(f"reads {extra}, not among the offered sources")
    data = pipe.model_dump(mode="json")
    steps = data.get("steps", [])
    if len(steps) > MAX_STEPS:
        raise reject(f"{len(steps)} steps > {MAX_STEPS}")
    for s in steps:
        mapping = s.get("mapping")
        if isinstance(mapping, dict) and len(mapping) > MAX_MAP_ENTRIES:
            raise reject(f"map_dict with {len(mapping)} entries > {MAX_MAP_ENTRIES}")
        if len(str(s.get("pattern") or "")) > MAX_PATTERN:
            raise reject(f"pattern longer than {MAX_PATTERN} characters")
    for lit in (x for s in steps for k, v in s.items() if k not in _NAME_KEYS for x in _literals(v)):
        if lit.strip() and (lit.strip() in personal or gate.find(lit)):
            raise reject("a literal in the pipeline is a personal value (it would be stored in the plan)")


@dataclass
class ProviderAdvisor:
    """Asks the router's ``propose_transform`` for unsure columns (see the module doc)."""

    router: Router
    ctx: CallContext
    masker: PiiMasker | None = None
    gate: PiiGate = field(default_factory=PiiGate)
    #: set after a transient failure: the reason Mapping no longer asks this run
    down: str | None = None
    asked: int = 0
    answered: int = 0
    _available: bool | None = None
    #: every source column by name (its table's context when masking a few of them: :mod:`core.pii.table_context`)
    context: dict[str, MatchColumn] = field(default_factory=dict)

    def available(self) -> bool:
        """Whether a model other than the offline rules may be called now (policy, health)."""
        if self.down is not None:
            return False
        if self._available is None:
            probe = InferenceRequest(messages=[Message(role="user", content="propose_transform")],
                                     task="propose_transform")
            self._available = any(self.router.registry.providers[m.provider].kind != OFFLINE_KIND
                                  for m in self.router.candidates(probe, self.ctx))
        return self._available

    def _mask(self, cols: list[str], rows: list[dict[str, str | None]],
              derived: Sequence[str] = ()) -> list[dict[str, str | None]]:
        if not rows:
            return rows
        if self.masker is not None:
            return [{k: (None if v is None else str(v)) for k, v in r.items()}
                    for r in mask_in_context(self.masker, cols, rows, self.context, derived=derived)]
        return [{k: (None if v is None else shape(v)) for k, v in r.items()} for r in rows]

    def request(self, target: TargetColumn, sources: list[MatchColumn],
                pairs: list[tuple[list[str | None], str | None]],
                target_examples: list[str]) -> ProposeTransformRequest:
        """The masked request: names, declared types, domains, masked examples only."""
        names = [s.name for s in sources]
        src_rows: list[dict[str, str | None]] = [
            {s.name: (s.values or [])[i] if i < len(s.values or []) else None for s in sources}
            for i in range(MAX_EXAMPLES)]
        src_masked = self._mask(names, src_rows)
        pair_rows = [{**dict(zip(names, ins, strict=False)), "__out": out} for ins, out in pairs[:MAX_EXAMPLES]]
        pair_masked = self._mask([*names, "__out"], pair_rows, derived=["__out"])
        tgt_masked = self._mask([target.name], [{target.name: v} for v in target_examples[:MAX_EXAMPLES]])
        return ProposeTransformRequest(
            target=ColumnSpec(name=target.name, type=target.logical_type, domain=target.domain,
                              examples=[r[target.name] for r in tgt_masked]),
            sources=[ColumnSpec(name=s.name, type=s.logical_type, domain=s.domain,
                                examples=[r[s.name] for r in src_masked if r.get(s.name) is not None])
                     for s in sources],
            expected=[ExpectedExample(inputs={n: r.get(n) for n in names}, output=r.get("__out"))
                      for r in pair_masked])

    def propose(self, target: TargetColumn, sources: list[MatchColumn],
                pairs: list[tuple[list[str | None], str | None]], target_examples: list[str], why: str,
                catalog: DomainCatalog | None, record: Recorder,
                on_reject: Callable[[Proposal, DSLReject], None]) -> list[Proposal]:
        """The model's proposals that pass the policy check (failures recorded; [] = use the rules)."""
        if not sources or not self.available():
            return []
        req = self.request(target, sources, pairs, target_examples)
        self.asked += 1
        try:
            resp, audit = self.router.run_task_result("propose_transform", req, ctx=self.ctx)
        except MapwrightError as exc:
            if exc.transient:
                self.down = f"{exc.code}: provider unavailable since column {target.name!r}"
            record(target.name, exc, {"why": why, "fallback": "rules",
                                      "asks_stopped": exc.transient})
            return []
        if audit.rules_fallback or self.router.registry.providers[audit.provider].kind == OFFLINE_KIND:
            return []  # the offline rules answered: Mapping's own rules supersede them
        assert isinstance(resp, ProposeTransformResponse)
        self.answered += 1
        personal = {str(v).strip() for s in sources if (sp := spec_of(catalog, s.domain)) is not None and sp.pii
                    for v in (s.values or []) if v and len(str(v).strip()) >= 3}
        prompt = content_hash(req.model_dump(mode="json"))[:16]
        out: list[Proposal] = []
        for i, tp in enumerate(resp.proposals):
            pipe = Pipeline.from_json(tp.pipeline)
            types = {s.name: s.logical_type for s in sources}
            if pipe.input_types is None and all(n in types for n in pipe.inputs):
                pipe = Pipeline.model_validate({**pipe.model_dump(mode="json"),
                                                "input_types": {n: types[n] for n in pipe.inputs}})
            p = Proposal(strategy="provider", pipeline=pipe,
                         provenance=f"provider:{audit.provider}/{audit.model}/prompt:{prompt}",
                         rationale=f"model proposal {i + 1} ({why}, confidence {tp.confidence:.2f}): "
                                   f"{tp.rationale[:200]}")
            try:
                check_policy(pipe, target.name, [s.name for s in sources], self.gate, personal)
            except DSLReject as exc:
                on_reject(p, exc)
                continue
            out.append(p)
        return out
