"""Writing a preview: all or nothing, in one transaction."""

from __future__ import annotations

from collections.abc import Mapping

from ipsfidelity.exchange.preview import ApplyResult, Preview, Resolution
from ipsfidelity.exchange.progress import Progress
from ipsfidelity.store.repository import Store


def apply_import(
    store: Store,
    preview: Preview,
    resolutions: Mapping[str, Resolution] | None = None,
    *,
    keep: Resolution | None = None,
    reopen_reason: str | None = None,
    progress: Progress | None = None,
) -> ApplyResult:
    """Write what `preview` found, in one transaction.

    - `resolutions` maps `Conflict.id` to "local" (keep this laptop's value) or "incoming";
      `keep` answers every conflict not in `resolutions` the same way.
    - A conflict left without an answer raises `UnresolvedConflicts` (a UserError) before
      anything is written.
    - Taking "incoming" for a conflict with `locked=True` reopens the finished review: it needs
      `reopen_reason` (else `ReopenNeeded`), recorded as a reopening and in the history.
    - Refused rows are skipped. If the database changed since the preview, nothing is
      written and UserError says to preview again.
    """
    raise NotImplementedError
