"""The single Policy Engine (ROADMAP §6): every "may this happen?" is answered here."""

from core.policy.engine import PolicyEngine, load_policy_engine
from core.policy.models import Action, PolicyDecision, PolicyManifest, PolicyRequest

__all__ = ["Action", "PolicyDecision", "PolicyEngine", "PolicyManifest", "PolicyRequest", "load_policy_engine"]
