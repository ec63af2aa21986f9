"""Shared by the review-lifecycle commands (rate, consensus, finish, reopen, history,
agreement, kind): naming the active reviewer and showing lifecycle words."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from ipsfidelity.errors import UserError
from ipsfidelity.i18n import tr


def add_as(p: argparse.ArgumentParser) -> None:
    p.add_argument("--as", dest="reviewer", metavar=tr("cli.metavar.name"), help=tr("cli.help.as"))


def acting(store: Any, args: argparse.Namespace) -> Any:
    """The store's `acting_as` for --as (the history names that reviewer)."""
    return store.acting_as(getattr(args, "reviewer", None) or "")


def parse_day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(tr("cli.bad_date", value=text)) from None


def state_word(state: str) -> str:
    from ipsfidelity.review_words import state_word as word

    return word(state)


def kind_word(kind: str) -> str:
    from ipsfidelity.review_words import kind_word as word

    return word(kind)
