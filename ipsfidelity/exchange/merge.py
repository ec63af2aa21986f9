"""Three-way merge of incoming reviews with the copies here; the base is found in the
history trail (docs/exchange-bundle.md, "Merge")."""

from __future__ import annotations

from collections.abc import Sequence

from ipsfidelity.exchange.incoming import Incoming
from ipsfidelity.exchange.preview import Preview
from ipsfidelity.exchange.progress import IsCancelled, Progress
from ipsfidelity.store.repository import Store


def preview_import(
    store: Store,
    incoming: Sequence[Incoming],
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> Preview:
    """Compare every incoming review and team with this database; reads only.

    Raises UserError for problems with the files as a whole (the same review twice with
    different contents); problems with one review make it a refused row."""
    raise NotImplementedError
