"""Shared by the review-lifecycle commands (rate, consensus, finish, reopen, history,
agreement, kind): naming the active reviewer and showing lifecycle words."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
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


def add_sign_date(p: argparse.ArgumentParser) -> None:
    """`--date YYYY-MM-DD`: the day a sign-off is given (sign, finish); today without it."""
    p.add_argument("--date", metavar="YYYY-MM-DD", help=tr("cli.help.sign_date"))


def sign_date(args: argparse.Namespace) -> dt.date:
    """The day `--date` names, or today."""
    return parse_day(args.date) if args.date else dt.date.today()


def state_word(state: str) -> str:
    from ipsfidelity.review_words import state_word as word

    return word(state)


def kind_word(kind: str) -> str:
    from ipsfidelity.review_words import kind_word as word

    return word(kind)


def say_voided(store: Any, assessment_id: str) -> None:
    """Say (on stderr, so --json stays clean) whose sign-off a change just took back."""
    names = store.take_voided_signoffs(assessment_id)
    if names:
        print(tr("lifecycle.signoffs_voided", names=", ".join(names)), file=sys.stderr)


def rating_word(store: Any, assessment_id: str, rating: str | None) -> str:
    """A rating code as the review's pack names it ("Delvist opfyldt"); "–" for none."""
    from ipsfidelity.i18n import pick

    if rating is None:
        return "–"
    if rating == "not_rated":
        return tr("report.not_rated")
    pack = store.pack_for(store.get_assessment(assessment_id).info)
    return next((pick(s.label) for s in pack.scale if s.id == rating), rating)
