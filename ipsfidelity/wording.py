"""Sentences about a score that the app, the report and the command line share.

`lang` defaults to the current language; the report passes it explicitly because
it may run on a worker thread while the app shows another language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ipsfidelity.i18n import language, tr_in
from ipsfidelity.scoring import Score

if TYPE_CHECKING:  # the pack's shape, not its loading
    from ipsfidelity.instrument import CaseloadRule


def number(value: float | None, lang: str | None = None) -> str:
    """One decimal, Danish decimal comma; a dash for no value."""
    if value is None:
        return "–"
    text = f"{value:.1f}"
    return text.replace(".", ",") if (lang or language()) == "da" else text


def caseload_limit(rule: CaseloadRule, lang: str | None = None) -> str:
    """The load above which a consultant is over: '25', or with pack version 2's rule for a
    consultant who also has other cases, '25 (20 for en konsulent, der også har andre sager)'."""
    lang = lang or language()

    def plain(value: float) -> str:  # '25', '22,5': a threshold as people write it
        text = f"{value:g}"
        return text.replace(".", ",") if lang == "da" else text

    limit = plain(rule.warning_max)
    if rule.mixed_max is None or rule.mixed_max == rule.warning_max:
        return limit
    return tr_in(lang, "caseload.limit_mixed", limit=limit, mixed=plain(rule.mixed_max))


def verdict_sentence(score: Score, lang: str | None = None) -> str:
    lang = lang or language()

    def t(key: str, **values: object) -> str:
        return tr_in(lang, key, **values)

    if score.verdict == "meets":
        return t("verdict.meets")
    if score.verdict == "does_not_meet":
        reasons = list(score.not_met)
        if score.caseload.status == "over":
            reasons.append(t("verdict.caseload_over"))
        return t("verdict.does_not_meet", reasons=", ".join(reasons))
    missing = len(score.unrated)
    parts = []
    if missing:
        parts.append(
            t("verdict.elements_missing", count=missing)
            if missing != 1
            else t("verdict.element_missing")
        )
    if score.caseload.status == "missing":
        parts.append(t("verdict.caseload_missing"))
    return t("verdict.incomplete", missing=t("and").join(parts) if len(parts) > 1 else parts[0])


def caseload_status_text(status: str, lang: str | None = None) -> str:
    return tr_in(lang or language(), f"caseload.status.{status}")


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
