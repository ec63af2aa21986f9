"""Marks on a consensus: whether the agreed rating is one no reviewer gave. A slipped key on
the consensus screen can set a rating both reviewers rejected; this rule lets it show."""

from __future__ import annotations

from collections.abc import Iterable

from ipsfidelity.instrument import NOT_RATED


def differs_from_every_reviewer(consensus: str | None, own: Iterable[str | None]) -> bool:
    """True when the consensus is a rating and no reviewer who rated gave it.

    Reviewers who did not rate are left out; with none rated there is nothing to differ from.
    """
    if consensus is None or consensus == NOT_RATED:
        return False
    rated = {r for r in own if r is not None and r != NOT_RATED}
    return bool(rated) and consensus not in rated
