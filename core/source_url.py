"""Secrets in SQL source URLs: where an environment reference may stand, and nothing else.

A contract is hashed, echoed on the append-only ledger and shown in the UI, so a secret never
enters it. A SQL URL may name a secret only as an environment reference ``${VAR}``, and only in
a slot that holds a secret: the password (``postgresql+psycopg://app:${PGPASSWORD}@db/prod``)
or the value of a secret query parameter (:data:`SECRET_PARAMS`, e.g. ``?sslpassword=${KEYPW}``).

* A reference anywhere else (user, host, port, database, another query parameter) is refused,
  naming the slot: expanding it would write that variable's value into the ledger and the UI.
* A literal secret is refused in every slot a driver reads one from: the password, any secret
  query parameter (``?password=``, ``?passwd=``, ``?pwd=``, ... whatever the other parameters,
  ``host=`` included), and a ``key=value`` connection string carried inside the database name or a
  parameter value (``password=...`` there).

The URL is parsed by SQLAlchemy's own parser, so the slots checked are the slots the driver gets.
:func:`resolve_source_url` expands the references at connect time; :func:`redact_source_url`
is the form of a URL that may be shown or stored.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from urllib.parse import quote

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from core.errors import DeterministicFailure, PolicyBlock

#: An environment-variable reference, the only allowed form of a secret in a contract URL.
ENV_REF = re.compile(r"\$\{[A-Za-z_][A-Za-z0-9_]*\}")
#: Query parameters whose value is a secret (compared case-insensitively).
SECRET_PARAMS = frozenset({
    "password", "passwd", "pwd", "pass", "sslpassword", "token", "access_token", "auth_token",
    "secret", "client_secret", "api_key", "apikey", "key", "private_key", "private_key_passphrase",
    "passphrase", "sas_token", "credentials",
})
_EMBEDDED = re.compile(r"(?i)(?:^|[\s;&])(" + "|".join(sorted(SECRET_PARAMS)) + r")\s*=")
REDACTED = "***"


class SourceUrlError(ValueError):
    """A SQL source URL holds a secret or a reference where it must not; ``slot`` names where."""

    def __init__(self, message: str, slot: str) -> None:
        super().__init__(message)
        self.slot = slot


def _parse(location: str) -> URL | None:
    try:
        return make_url(location)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        return None


def _values(v: str | tuple[str, ...]) -> tuple[str, ...]:
    return (v,) if isinstance(v, str) else tuple(v)


def _slots(url: URL) -> list[tuple[str, str, bool]]:
    """(slot name, value, holds a secret) for every part of the URL a driver reads."""
    out: list[tuple[str, str, bool]] = [("driver name", url.drivername, False), ("user", url.username or "", False),
                                        ("password", url.password or "", True), ("host", url.host or "", False),
                                        ("database", url.database or "", False)]
    for key, value in url.query.items():
        out.append((f"query parameter name {key!r}", key, False))
        out += [(f"query parameter {key!r}", v, key.lower() in SECRET_PARAMS) for v in _values(value)]
    return out


def check_source_url(location: str) -> None:
    """Raise :class:`SourceUrlError` (naming the slot, never the value) if ``location`` holds a
    literal secret or an environment reference outside a secret slot."""
    url = _parse(location)
    if url is None:
        if "${" in location:
            raise SourceUrlError("the SQL URL does not parse with its ${...} reference (one in the port?); "
                                 "references stand only for the password or a secret query parameter: "
                                 "driver://user:${VAR}@host:port/database", slot="url")
        return  # not a URL at all: the source refuses it when it connects
    expandable = 0
    for slot, value, secret in _slots(url):
        if secret and value and not ENV_REF.fullmatch(value):
            raise SourceUrlError(
                f"the SQL URL carries a literal password or secret (in its {slot}); contracts are hashed and recorded "
                f"on the append-only ledger, so pass it as an environment reference, e.g. "
                f"postgresql+psycopg://user:${{PGPASSWORD}}@host/db or ?sslpassword=${{KEY_PASSWORD}}", slot=slot)
        if not secret and _EMBEDDED.search(value):
            raise SourceUrlError(
                f"the SQL URL's {slot} embeds a 'key=value' secret; put it in the password slot as an "
                f"environment reference instead", slot=slot)
        if "${" in value and not (secret and ENV_REF.fullmatch(value)):
            raise SourceUrlError(
                f"the SQL URL has an environment reference in its {slot}; references are expanded only "
                f"in the password and in secret query parameters ({', '.join(sorted(SECRET_PARAMS))}), so "
                f"write the {slot} literally", slot=slot)
        expandable += int(secret and bool(ENV_REF.fullmatch(value)))
    if location.count("${") != expandable:  # e.g. in the port, or where the parser does not look
        raise SourceUrlError("the SQL URL has an environment reference outside the password and the secret "
                             "query parameters; write that part literally", slot="url")


def resolve_source_url(location: str, environ: Mapping[str, str] | None = None) -> str:
    """``location`` with its ``${VAR}`` references expanded (URL-encoded) from ``environ``
    (default: the process environment), at connect time only.

    A reference outside a secret slot is a POLICY_BLOCK naming the slot (this also guards URLs
    that never went through a contract); a missing variable is a DETERMINISTIC_FAILURE naming it."""
    env = os.environ if environ is None else environ
    try:
        check_source_url(location)
    except SourceUrlError as exc:
        raise PolicyBlock(str(exc), stage="INGEST", rule="contract.source_url_secrets", slot=exc.slot) from None

    def sub(m: re.Match[str]) -> str:
        name = m.group(0)[2:-1]
        if name not in env:
            raise DeterministicFailure(f"environment variable {name} referenced by the source URL is not set",
                                       stage="INGEST", variable=name)
        return quote(env[name], safe="")

    return ENV_REF.sub(sub, location)


def redact_source_url(url: URL | str) -> str:
    """The URL as it may be shown or stored: password and secret query parameters hidden."""
    parsed = url if isinstance(url, URL) else _parse(url)
    if parsed is None:
        return REDACTED
    query = {k: (REDACTED if k.lower() in SECRET_PARAMS else v) for k, v in parsed.query.items()}
    return parsed.set(query=query).render_as_string(hide_password=True).replace(quote(REDACTED, safe=""), REDACTED)


def url_hosts(location: str) -> tuple[str, ...]:
    """The server host a URL names (none for a file database or a URL that does not parse)."""
    try:
        host = make_url(location).host
    except (ArgumentError, ValueError):
        return ()
    return (host,) if host else ()
