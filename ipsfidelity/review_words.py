"""The review lifecycle in words, shared by the CLI and the report: agreement figures,
kinds and states (the history's words are in history_words.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ipsfidelity.i18n import CodeWords, language, tr_code, tr_in
from ipsfidelity.wording import decimal_text, number

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ipsfidelity.scoring.agreement import Agreement
    from ipsfidelity.store.views import CaseloadInfo


# Why a chance-corrected figure shows "–" although elements were rated (scoring/agreement.py).
_NO_VARIATION_KEYS = {
    "reviewer": "interrater.no_variation.reviewer",
    "all kappa_linear": "interrater.no_variation.all_kappa",
    "all alpha_ordinal": "interrater.no_variation.all_alpha",
}


# What a figure means on its statistic's usual scale (scoring/agreement.py, Agreement.band).
_BAND_KEYS = {
    "kappa_linear poor": "interrater.band.kappa.poor",
    "kappa_linear slight": "interrater.band.kappa.slight",
    "kappa_linear fair": "interrater.band.kappa.fair",
    "kappa_linear moderate": "interrater.band.kappa.moderate",
    "kappa_linear substantial": "interrater.band.kappa.substantial",
    "kappa_linear almost_perfect": "interrater.band.kappa.almost_perfect",
    "alpha_ordinal unreliable": "interrater.band.alpha.unreliable",
    "alpha_ordinal tentative": "interrater.band.alpha.tentative",
    "alpha_ordinal reliable": "interrater.band.alpha.reliable",
}


def agreement_lines(agreement: Agreement, lang: str | None = None) -> list[str]:
    """Exact agreement, the chance-corrected figure with what it means on its usual scale
    ("–" without variation, and why) and, beside a figure over few elements, the warning."""
    lang = lang or language()
    if agreement.reviewers < 2:
        return [tr_in(lang, "interrater.one_reviewer")]
    percent = decimal_text(round(100 * (agreement.exact or 0.0)), "0", lang)
    lines = [tr_in(lang, "interrater.exact", percent=percent, elements=agreement.elements)]
    # Rounded first, and + 0.0 turns a negative zero (one reviewer rated all alike) into 0,00.
    value = (
        "–"
        if agreement.value is None
        else decimal_text(round(agreement.value, 2) + 0.0, "0.00", lang)
    )
    if agreement.statistic == "alpha_ordinal":
        label = tr_in(lang, "interrater.alpha_ordinal")
    else:
        label = tr_in(lang, "interrater.kappa_linear")
    band = agreement.band
    if band is not None:
        value += " – " + tr_code(_BAND_KEYS, f"{agreement.statistic} {band}", "band", lang)
    lines.append(f"{label}: {value}")
    if agreement.no_variation is not None:
        code = "reviewer" if agreement.no_variation == "reviewer" else f"all {agreement.statistic}"
        lines.append(tr_code(_NO_VARIATION_KEYS, code, "no variation", lang))
    elif agreement.few_elements:  # about a figure's uncertainty: said only beside a figure
        lines.append(tr_in(lang, "interrater.few_elements", elements=agreement.elements))
    return lines


def kind_word(kind: str, lang: str | None = None) -> str:
    lang = lang or language()
    if kind == "self":
        return tr_in(lang, "lifecycle.kind.self")
    return tr_in(lang, "lifecycle.kind.independent")


_STATE_KEYS = {
    "draft": "lifecycle.state.draft",
    "consensus": "common.consensus",
    "finished": "common.finished",
}


state_word = CodeWords(_STATE_KEYS, "state")

# "Ekstern" / "Selv": a review's kind in a narrow column (kind_word is its whole name).
_KIND_SHORT_KEYS = {
    "independent": "compare.kind_short.independent",
    "self": "compare.kind_short.self",
}
kind_short = CodeWords(_KIND_SHORT_KEYS, "kind")


def caseload_reading(entries: Sequence[CaseloadInfo] | None, lang: str | None = None) -> str:
    """A caseload on one line, 'Kim Berg 1,0 · 15 + 0; Lis Ravn 0,5 · 9 + 2' (consultant FTE ·
    IPS cases + other cases); '–' for none entered, 'ingen konsulenter' for an empty one."""
    lang = lang or language()
    if entries is None:
        return tr_in(lang, "lifecycle.ui.no_rating")
    if not entries:
        return tr_in(lang, "lifecycle.ui.caseload_empty")
    return "; ".join(
        f"{e.consultant} {number(e.fte, lang)} · {e.ips_cases} + {e.other_cases}" for e in entries
    )
