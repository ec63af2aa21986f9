"""The store's refusals as the app says them: the lock points to the »Genåbn…« button,
not to the command line the store's own message names."""

from __future__ import annotations

from ipsfidelity.i18n import tr


def in_app(why: str) -> str:
    """`why`, with the finished review's refusal worded for the app."""
    if why == tr("lifecycle.locked"):
        return tr("rater.locked_in_app", button=tr("lifecycle.ui.reopen_button"))
    return why
