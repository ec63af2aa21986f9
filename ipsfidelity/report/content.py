"""Everything one report shows, gathered from the store into plain values first,
so laying out the PDF never touches the database (and can run on any thread).

The store is any `ReportSource`: the app's `Store`, or the `report` command's light
`SQLiteReader` (no SQLAlchemy); both give the same values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from ipsfidelity.i18n import tr_in
from ipsfidelity.instrument import Instrument, get_pack
from ipsfidelity.privacy import contains_cpr, flagged, mask_cpr
from ipsfidelity.scoring import Score
from ipsfidelity.store.followup import (
    AGREEMENT_TEXT_FIELDS,
    ActionPlanRow,
    AgreementInfo,
    OutcomeInfo,
    agreement_rows,
)
from ipsfidelity.store.report_source import ReportSource
from ipsfidelity.store.views import AssessmentData, score_data


@dataclass(frozen=True)
class Previous:
    data: AssessmentData
    score: Score


@dataclass(frozen=True)
class ReportContent:
    data: AssessmentData
    score: Score
    pack: Instrument
    previous: Previous | None
    lang: str
    generated: dt.date
    # The assessment's action plan; overdue is judged on `generated`, the date in the footer.
    actions: tuple[ActionPlanRow, ...] = field(default=())
    agreement: AgreementInfo | None = None  # the one in force on the review date
    outcomes: OutcomeInfo | None = None
    # The team's outcome figures up to this review, oldest first (this one included).
    outcome_trend: tuple[OutcomeInfo, ...] = field(default=())

    @property
    def finished(self) -> bool:
        return self.score.finished  # anything less prints as a draft


def gather(
    store: ReportSource,
    assessment_id: str,
    lang: str = "da",
    *,
    actions: Sequence[ActionPlanRow] | None = None,
    generated: dt.date | None = None,
    mask_personal_data: bool = False,
) -> ReportContent:
    """All the report needs. `actions` replaces the stored action plan when given
    (tests of long plans); by default the plan is read from the store.
    `mask_personal_data` prints CPR-like numbers in every free text as XXXXXX-XXXX."""
    data = store.get_assessment(assessment_id)
    generated = generated or dt.date.today()
    prev_info = store.previous_assessment(assessment_id)
    previous = None
    if prev_info is not None:
        prev_data = store.get_assessment(prev_info.id)
        previous = Previous(prev_data, score_data(prev_data))
    if actions is None:
        actions = store.action_plan_rows(assessment_id, today=generated, lang=lang)
    # Later reviews' figures stay out of an older review's report.
    trend = tuple(
        o
        for o in store.outcome_trend(data.team.id)
        if o.date <= data.info.date or o.assessment_id == assessment_id
    )
    content = ReportContent(
        data=data,
        score=score_data(data),
        pack=get_pack(data.info.instrument_id, data.info.instrument_version),
        previous=previous,
        lang=lang,
        generated=generated,
        actions=tuple(actions),
        agreement=store.agreement_for(data.team.id, data.info.date),
        outcomes=next((o for o in trend if o.assessment_id == assessment_id), None),
        outcome_trend=trend,
    )
    return masked(content) if mask_personal_data else content


def masked(c: ReportContent) -> ReportContent:
    """`c` with every CPR-like number in the texts the report prints masked: rating notes,
    action-plan items and the agreement (the stored texts stay as typed)."""
    ratings = {k: replace(r, note=mask_cpr(r.note)) for k, r in c.data.ratings.items()}
    actions = tuple(
        replace(a, item=mask_cpr(a.item), owner=mask_cpr(a.owner), follow_up=mask_cpr(a.follow_up))
        for a in c.actions
    )
    agreement = c.agreement
    if agreement is not None:
        texts = {f: mask_cpr(getattr(agreement, f)) for f in AGREEMENT_TEXT_FIELDS}
        people = tuple(
            replace(s, name=mask_cpr(s.name), role=mask_cpr(s.role)) for s in agreement.signatories
        )
        agreement = replace(agreement, **texts, signatories=people)
    return replace(c, data=replace(c.data, ratings=ratings), actions=actions, agreement=agreement)


def personal_data_places(c: ReportContent) -> list[str]:
    """Where the report would print something that looks like a CPR number, named for the
    user ("noten til P1.2", "handleplanens punkt 3", "samarbejdsaftalen: Opstart"), in the
    report's order. Printing any of them needs the user's consent or masking."""
    places = [
        tr_in(c.lang, "report.place.note", element=e)
        for e in flagged({k: r.note for k, r in c.data.ratings.items()})
    ]
    places += [
        tr_in(c.lang, "report.place.action", number=n)
        for n, a in enumerate(c.actions, 1)
        if contains_cpr(a.item) or contains_cpr(a.owner) or contains_cpr(a.follow_up)
    ]
    if c.agreement is not None:
        places += [
            tr_in(c.lang, "report.place.agreement", field=label)
            for label, text in agreement_rows(c.agreement, c.lang)
            if contains_cpr(text)
        ]
    return places


def personal_data_notes(store: ReportSource, assessment_id: str, lang: str = "da") -> list[str]:
    """`personal_data_places` of the report this assessment would get."""
    return personal_data_places(gather(store, assessment_id, lang))
