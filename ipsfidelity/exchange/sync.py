"""Sending to and fetching from a region's shared PostgreSQL server (docs/exchange-bundle.md,
"Shared server"). Offline-first: nothing here runs unless asked.

The password is never stored by this app: the URL names the server (and may name a libpq
service, `postgresql:///?service=region`), and libpq finds the password in ~/.pgpass
(or PGPASSFILE) or the service file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from ipsfidelity.errors import UserError
from ipsfidelity.exchange.apply import (
    UnresolvedConflicts,
    apply_in,
    choices_for,
    reason_for_reopening,
    reopens,
)
from ipsfidelity.exchange.bundle import bundle_document
from ipsfidelity.exchange.incoming import Incoming, parse_bundle_bytes
from ipsfidelity.exchange.merge import preview_import
from ipsfidelity.exchange.preview import ApplyResult, Preview, Resolution
from ipsfidelity.exchange.progress import IsCancelled, Progress, check
from ipsfidelity.i18n import tr
from ipsfidelity.store.repository import Store


@dataclass
class SyncPreview:
    """Both directions, compared before anything is written. Conflicts are listed once, in
    `fetch` (local = this laptop, incoming = the server); `send` mirrors them."""

    server_url: str  # as shown to the user: without any password
    team_ids: tuple[str, ...]
    send: Preview  # this laptop's reviews of the chosen teams, against the server
    fetch: Preview  # the server's reviews, against this laptop
    url: str = ""  # as given (used to connect again when applying)


@dataclass(frozen=True)
class SyncResult:
    sent: ApplyResult
    fetched: ApplyResult


def preview_sync(
    store: Store,
    server_url: str,
    team_ids: Sequence[str] | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> SyncPreview:
    """Read both sides and compare. `team_ids`: the teams whose reviews are sent (None: all);
    every review on the server is fetched. Raises UserError (one line) when the server
    cannot be reached or is not an ipsfidelity database."""
    shown = server_label(server_url)
    with _server(server_url) as server, _failing(shown):
        check(cancelled)
        sent = _as_incoming(bundle_document(store, team_ids=team_ids, progress=progress), "laptop")
        check(cancelled)
        got = _as_incoming(bundle_document(server, team_ids=None), shown)
        check(cancelled)
        send = preview_import(server, [sent], cancelled=cancelled)
        fetch = preview_import(store, [got], progress=progress, cancelled=cancelled)
    return SyncPreview(shown, tuple(team_ids or ()), send, fetch, server_url)


def apply_sync(
    store: Store,
    preview: SyncPreview,
    resolutions: Mapping[str, Resolution] | None = None,
    *,
    keep: Resolution | None = None,
    reopen_reason: str | None = None,
    progress: Progress | None = None,
) -> SyncResult:
    """Write both sides: the laptop's transaction is opened and written first, then the
    server's is written and committed, then the laptop's is committed. A failure before the
    server's commit leaves both as they were; the error says what happened and a retry
    starts over. Resolutions as in `apply_import` ("incoming" = the server's value)."""
    fetch_choices = choices_for(preview.fetch, resolutions, keep)
    mirrored = {cid: _mirror(answer) for cid, answer in (resolutions or {}).items()}
    send_choices = choices_for(
        preview.send,
        {**{k: _mirror(v) for k, v in fetch_choices.items()}, **mirrored},
        None if keep is None else _mirror(keep),
    )
    reason = reason_for_reopening(
        reopens(preview.fetch, fetch_choices) or reopens(preview.send, send_choices),
        reopen_reason,
    )
    who = store.active_reviewer
    # The laptop's transaction is written first and committed last: if anything fails
    # before the server has committed, both roll back.
    with (
        _server(preview.url) as server,
        _failing(preview.server_url),
        store.bulk_writing() as here,
    ):
        fetched = apply_in(here, preview.fetch, fetch_choices, reason, who, progress)
        with server.bulk_writing() as there:
            sent = apply_in(there, preview.send, send_choices, reason, who)
    return SyncResult(sent, fetched)


def _mirror(answer: Resolution) -> Resolution:
    return "incoming" if answer == "local" else "local"


def server_label(url: str) -> str:
    """The URL without a password; a URL with one is refused (docs: use ~/.pgpass)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise UserError(tr("sync.bad_url")) from None
    if not parsed.drivername.startswith("postgresql"):
        raise UserError(tr("sync.bad_url"))
    if parsed.password:
        raise UserError(tr("sync.password_in_url"))
    return parsed.render_as_string(hide_password=True)


@contextmanager
def _server(url: str) -> Iterator[Store]:
    from ipsfidelity.store import open_store

    shown = server_label(url)
    try:
        server = open_store(url)
    except UserError as exc:
        raise UserError(tr("sync.unreachable", server=shown, why=str(exc))) from None
    except SQLAlchemyError as exc:
        raise UserError(tr("sync.unreachable", server=shown, why=_short(exc))) from None
    try:
        yield server
    finally:
        server.close()


@contextmanager
def _failing(shown: str) -> Iterator[None]:
    """A database error half-way: both sides rolled back; say so, in one line."""
    try:
        yield
    except (UserError, UnresolvedConflicts):
        raise
    except SQLAlchemyError as exc:
        raise UserError(tr("sync.failed", server=shown, why=_short(exc))) from None


def _short(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return text[0][:160] if text else type(exc).__name__


def _as_incoming(doc: dict[str, Any], origin: str) -> Incoming:
    return parse_bundle_bytes(json.dumps(doc, ensure_ascii=False).encode("utf-8"), origin)
