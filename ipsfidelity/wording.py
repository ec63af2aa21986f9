"""Sentences about a score, numbers and dates that the app, the report and the command line share.

`lang` defaults to the current language; the report passes it explicitly because
it may run on a worker thread while the app shows another language. Numbers and dates
follow CLDR (Danish and English): the month names and number symbols come from Babel's
data through `cldr.py`, so the usual patterns are written without loading Babel (a good
part of the report command's start-up); any other number pattern goes to Babel itself.
tests/test_formats.py checks every output against Babel's.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from ipsfidelity import cldr
from ipsfidelity.i18n import CodeWords, language, tr_in

if TYPE_CHECKING:  # the CLI's parser and the app's first window import this module: keep it light
    import datetime as dt

    from ipsfidelity.instrument import CaseloadRule
    from ipsfidelity.scoring import Score

# CLDR date patterns (long, short) for `date_text`. CLDR's long English is "November 10,
# 2026"; the report has always said "10 November 2026".
DATE_PATTERNS = {"da": ("d. MMMM y", "d. MMM y"), "en": ("d MMMM y", "d MMM y")}


@cache
def _number_pattern(pattern: str) -> Any:
    from babel.numbers import parse_pattern

    return parse_pattern(pattern)


@cache
def _plain_digits(pattern: str) -> tuple[int, int] | None:
    """(fewest, most) decimals of a plain pattern: '0', '0.0', '0.0#', '0.######';
    None for anything else (grouping, per cent, ...), which Babel writes."""
    whole, _, fraction = pattern.partition(".")
    fewest = len(fraction.rstrip("#"))
    if whole != "0" or fraction != "0" * fewest + "#" * (len(fraction) - fewest):
        return None
    return fewest, len(fraction)


def decimal_text(value: float, pattern: str, lang: str | None = None) -> str:
    """`value` by a CLDR number pattern ("0.0": one decimal; "0.######": as many as it has)
    in `lang`: a decimal comma in Danish. Rounded by Python first, as `f"{value:.1f}"` does,
    so a number reads the same as before Babel wrote it."""
    lang = lang or language()
    decimals = pattern.count("0", pattern.find(".")) + pattern.count("#", pattern.find("."))
    value = round(value, decimals)
    digits = _plain_digits(pattern)
    if digits is None:
        from babel import Locale

        text: str = _number_pattern(pattern).apply(value, Locale.parse(lang))
        return text
    return _plain_number(value, *digits, lang)


def _plain_number(value: float, fewest: int, most: int, lang: str) -> str:
    # As Babel's NumberPattern.apply: the float's shortest decimal text, rounded half to
    # even to `most` decimals, trailing zeros dropped down to `fewest`; a sign when negative
    # (negative zero too, as Babel writes it).
    from decimal import Decimal

    exact = Decimal(str(value))
    text = f"{abs(exact).quantize(Decimal(1).scaleb(-most)):f}"
    whole, _, fraction = text.partition(".")
    fraction = fraction[:fewest] + fraction[fewest:].rstrip("0")
    sign = cldr.MINUS[lang] if exact.is_signed() else ""
    return sign + whole + (cldr.DECIMAL[lang] + fraction if fraction else "")


def number(value: float | None, lang: str | None = None) -> str:
    """One decimal, Danish decimal comma; a dash for no value."""
    if value is None:
        return "–"
    return decimal_text(value, "0.0", lang)


def date_text(day: dt.date, lang: str | None = None, *, short: bool = False) -> str:
    """'10. november 2026' / '10 November 2026'; short: '22. dec. 2026' / '22 Dec 2026'."""
    lang = lang or language()
    pattern = DATE_PATTERNS[lang][1 if short else 0]
    return _DATE_FIELD.sub(lambda field: _date_field(field[0], day, lang), pattern)


_DATE_FIELD = re.compile(r"d|MMMM|MMM|y")


def _date_field(field: str, day: dt.date, lang: str) -> str:
    match field:
        case "d":
            return str(day.day)
        case "MMMM":
            return cldr.MONTHS[lang][day.month - 1]
        case "MMM":
            return cldr.MONTHS_SHORT[lang][day.month - 1]
    return str(day.year)  # "y"


def caseload_limit(rule: CaseloadRule, lang: str | None = None) -> str:
    """The load above which a consultant is over: '25', or with pack version 2's rule for a
    consultant who also has other cases, '25 (20 for en konsulent, der også har andre sager)'."""
    lang = lang or language()
    limit = decimal_text(rule.warning_max, "0.######", lang)
    if rule.mixed_max is None or rule.mixed_max == rule.warning_max:
        return limit
    mixed = decimal_text(rule.mixed_max, "0.######", lang)
    return tr_in(lang, "caseload.limit_mixed", limit=limit, mixed=mixed)


def verdict_sentence(score: Score, lang: str | None = None) -> str:
    lang = lang or language()

    if score.verdict == "meets":
        return tr_in(lang, "verdict.meets")
    if score.verdict == "does_not_meet":
        reasons = list(score.not_met)
        if score.caseload.status == "over":
            reasons.append(tr_in(lang, "verdict.caseload_over"))
        return tr_in(lang, "verdict.does_not_meet", reasons=", ".join(reasons))
    missing = len(score.unrated)
    parts = []
    if missing:
        parts.append(
            tr_in(lang, "verdict.elements_missing", count=missing)
            if missing != 1
            else tr_in(lang, "verdict.element_missing")
        )
    if score.caseload.status == "missing":
        parts.append(tr_in(lang, "verdict.caseload_missing"))
    return tr_in(
        lang,
        "verdict.incomplete",
        missing=tr_in(lang, "and").join(parts) if len(parts) > 1 else parts[0],
    )


# Stored codes to words: a table of literal keys per code, so a test can check every key
# exists and is used.

_CASELOAD_STATUS_KEYS = {
    "ok": "caseload.status.ok",
    "warning": "caseload.status.warning",
    "over": "caseload.status.over",
    "missing": "caseload.status.missing",
}
_VERDICT_SHORT_KEYS = {
    "meets": "verdict.short.meets",
    "does_not_meet": "verdict.short.does_not_meet",
    "incomplete": "verdict.short.incomplete",
}
_PARTY_KEYS = {
    "kommune": "common.municipality",
    "psykiatri": "common.psychiatry",
    "faelles": "action.party.faelles",
}
_ACTION_STATUS_KEYS = {
    "aaben": "action.status.aaben",
    "i_gang": "action.status.i_gang",
    "afsluttet": "common.finished",
}


# The words of a stored code: 'i orden', 'over grænsen', ... for a caseload status; the short
# verdict ('Lever op', ...); 'Kommune', 'Psykiatri' or 'Fælles' for a party; 'Åben', 'I gang'
# or 'Afsluttet' for an action item's status.
caseload_status_text = CodeWords(_CASELOAD_STATUS_KEYS, "caseload status")
verdict_short_text = CodeWords(_VERDICT_SHORT_KEYS, "verdict")
party_text = CodeWords(_PARTY_KEYS, "party")
action_status_text = CodeWords(_ACTION_STATUS_KEYS, "action status")


def outcome_text(participants: int, in_job_or_education: int, lang: str | None = None) -> str:
    """'13 af 28 i job eller uddannelse (46,4 %)'; no share when nobody takes part."""
    lang = lang or language()
    if not participants:
        return tr_in(lang, "outcome.counts", in_job=in_job_or_education, participants=participants)
    return tr_in(
        lang,
        "outcome.share",
        in_job=in_job_or_education,
        participants=participants,
        share=number(100.0 * in_job_or_education / participants, lang),
    )
