"""Sending to and fetching from a region's shared PostgreSQL server (docs/exchange-bundle.md,
"Shared server"). Offline-first: nothing here runs unless asked.

The password is never stored by this app: the URL names the server (and may name a libpq
service, `postgresql:///?service=region`), and libpq finds the password in ~/.pgpass
(or PGPASSFILE) or the service file.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ipsfidelity.exchange.preview import ApplyResult, Preview, Resolution
from ipsfidelity.exchange.progress import IsCancelled, Progress
from ipsfidelity.store.repository import Store


@dataclass
class SyncPreview:
    """Both directions, compared before anything is written. Conflicts are listed once, in
    `fetch` (local = this laptop, incoming = the server); `send` mirrors them."""

    server_url: str  # as shown to the user: without any password
    team_ids: tuple[str, ...]
    send: Preview  # this laptop's reviews of the chosen teams, against the server
    fetch: Preview  # the server's reviews, against this laptop


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
    raise NotImplementedError


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
    raise NotImplementedError


def sync(
    store: Store,
    server_url: str,
    team_ids: Sequence[str] | None = None,
    *,
    keep: Resolution | None = None,
    reopen_reason: str | None = None,
) -> tuple[SyncPreview, SyncResult]:
    """preview_sync then apply_sync (the CLI's `sync`)."""
    preview = preview_sync(store, server_url, team_ids)
    return preview, apply_sync(store, preview, keep=keep, reopen_reason=reopen_reason)
