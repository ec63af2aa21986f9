"""Sentences about a score that the app, the report and the command line share."""

from __future__ import annotations

from ipsfidelity.i18n import language, tr
from ipsfidelity.scoring import Score


def number(value: float | None, lang: str | None = None) -> str:
    """One decimal, Danish decimal comma; a dash for no value."""
    if value is None:
        return "–"
    text = f"{value:.1f}"
    return text.replace(".", ",") if (lang or language()) == "da" else text


def verdict_sentence(score: Score) -> str:
    if score.verdict == "meets":
        return tr("verdict.meets")
    if score.verdict == "does_not_meet":
        reasons = list(score.not_met)
        if score.caseload.status == "over":
            reasons.append(tr("verdict.caseload_over"))
        return tr("verdict.does_not_meet", reasons=", ".join(reasons))
    missing = len(score.unrated)
    parts = []
    if missing:
        parts.append(
            tr("verdict.elements_missing", count=missing)
            if missing != 1
            else tr("verdict.element_missing")
        )
    if score.caseload.status == "missing":
        parts.append(tr("verdict.caseload_missing"))
    return tr("verdict.incomplete", missing=tr("and").join(parts) if len(parts) > 1 else parts[0])


def caseload_status_text(status: str) -> str:
    return tr(f"caseload.status.{status}")


def outcome_text(participants: int, in_job_or_education: int) -> str:
    """'13 af 28 i job eller uddannelse (46,4 %)'; no share when nobody takes part."""
    if not participants:
        return tr("outcome.counts", in_job=in_job_or_education, participants=participants)
    return tr(
        "outcome.share",
        in_job=in_job_or_education,
        participants=participants,
        share=number(100.0 * in_job_or_education / participants),
    )
