"""Everything one report shows, gathered from the store into plain values first,
so laying out the PDF never touches the database (and can run on any thread).

The store is any `ReportSource`: the app's `Store`, or the `report` command's light
`SQLiteReader` (no SQLAlchemy); both give the same values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import TypedDict

from ipsfidelity.i18n import tr_in
from ipsfidelity.instrument import get_pack
from ipsfidelity.person_names import contains_personal_data, masked_free_text, staff_names
from ipsfidelity.privacy import contains_cpr, mask_cpr
from ipsfidelity.report.consultant_names import numbered_consultants
from ipsfidelity.report.content_types import Previous, ReportContent
from ipsfidelity.report.reopening_facts import reopening_stories
from ipsfidelity.scoring import Score
from ipsfidelity.scoring.agreement import reviewer_agreement
from ipsfidelity.store.followup import (
    AGREEMENT_TEXT_FIELDS,
    ActionPlanRow,
    agreement_rows,
)
from ipsfidelity.store.report_source import ReportSource
from ipsfidelity.store.views import AssessmentData, score_data


class GatherOptions(TypedDict, total=False):
    """What `gather` takes beside the assessment; `build_report` and `write_report` pass it on."""

    actions: Sequence[ActionPlanRow] | None
    generated: dt.date | None
    mask_personal_data: bool
    name_consultants: bool
    overdue_on: dt.date | None


def gather(
    store: ReportSource,
    assessment_id: str,
    lang: str = "da",
    *,
    actions: Sequence[ActionPlanRow] | None = None,
    generated: dt.date | None = None,
    mask_personal_data: bool = False,
    name_consultants: bool = False,
    overdue_on: dt.date | None = None,
) -> ReportContent:
    """All the report needs. `actions` replaces the stored action plan when given
    (tests of long plans); by default the plan is read from the store.
    `mask_personal_data` prints CPR-like numbers in every text as XXXXXX-XXXX, and
    citizens' names in free texts (notes, actions, the agreement) as N.N.
    Consultants print as "Konsulent 1, 2, …" unless `name_consultants` (staff are named
    only when asked). The plan's items are overdue as of `overdue_on` (default: the
    printing date, `generated`)."""
    generated = generated or dt.date.today()
    with store.reading():  # one snapshot, one transaction on a server
        content = _read(store, assessment_id, lang, actions, generated, overdue_on)
    if not name_consultants:
        content = numbered_consultants(content)
    return masked(content) if mask_personal_data else content


def _read(
    store: ReportSource,
    assessment_id: str,
    lang: str,
    actions: Sequence[ActionPlanRow] | None,
    generated: dt.date,
    overdue_on: dt.date | None,
) -> ReportContent:
    data = store.get_assessment(assessment_id)
    # An independent review beside the previous independent one, a self-assessment beside
    # the previous self-assessment: the two kinds are not compared.
    prev_info = store.previous_assessment(assessment_id, same_kind=True)
    previous = None
    if prev_info is not None:
        prev_data = store.get_assessment(prev_info.id)
        previous = Previous(prev_data, score_data(prev_data))
    if actions is None:
        actions = store.action_plan_rows(assessment_id, today=overdue_on or generated, lang=lang)
    # Later reviews' figures stay out of an older review's report.
    trend = tuple(
        o
        for o in store.outcome_trend(data.team.id)
        if o.date <= data.info.date or o.assessment_id == assessment_id
    )
    from ipsfidelity.fingerprint import fingerprint

    life = store.lifecycle(assessment_id)
    own = store.reviewer_ratings(assessment_id)
    pack = get_pack(data.info.instrument_id, data.info.instrument_version)
    interrater = None
    if len(own) >= 2:
        values = {r: {e: i.rating for e, i in by.items()} for r, by in own.items()}
        interrater = reviewer_agreement(pack, values)
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
        lifecycle=life,
        reviewer_ratings=own,
        reviewer_caseloads=store.reviewer_caseloads(assessment_id),
        interrater=interrater,
        fingerprint=fingerprint(data, life),  # of the record as stored, before any masking
        overdue_on=overdue_on,
        reopenings=reopening_stories(life, store.history(assessment_id), pack.element_ids)
        if life.reopenings
        else (),
    )
    return content


def staff(c: ReportContent) -> frozenset[tuple[str, ...]]:
    """The team's own people, named in fields of their own: reviewers, consultants,
    signatories and the action plan's owners. Their names in a note are not a citizen's
    (and the report prints them anyway), so they are neither flagged nor masked there."""
    life = c.lifecycle
    people = [*c.data.info.reviewers, *c.reviewer_ratings]
    people += [e.consultant for e in c.data.caseload]
    people += c.numbered_staff  # consultants printed by number are still the team's own
    people += [e.consultant for rows in c.reviewer_caseloads.values() for e in rows]
    people += [a.owner for a in c.actions]
    if c.agreement is not None:
        people += [s.name for s in c.agreement.signatories]
    if life is not None:
        people += [o.reviewer for o in (*life.signoffs, *life.reopenings) if o.reviewer]
    return staff_names(people)


def _mask_data(d: AssessmentData, ours: frozenset[tuple[str, ...]]) -> AssessmentData:
    """`d` with CPR-like numbers masked in every text the report prints from it, and
    names other than those of `ours` (the staff) in its notes."""
    team = replace(
        d.team,
        name=mask_cpr(d.team.name),
        municipality=mask_cpr(d.team.municipality),
        psychiatry=mask_cpr(d.team.psychiatry),
        clinics=mask_cpr(d.team.clinics),
    )
    info = replace(
        d.info,
        team_name=mask_cpr(d.info.team_name),
        period=mask_cpr(d.info.period),
        reviewers=tuple(mask_cpr(r) for r in d.info.reviewers),
    )
    ratings = {
        k: replace(
            r,
            note=masked_free_text(r.note, ours),
            evidence=tuple(masked_free_text(e, ours) for e in r.evidence),
        )
        for k, r in d.ratings.items()
    }
    caseload = tuple(replace(e, consultant=mask_cpr(e.consultant)) for e in d.caseload)
    return replace(d, team=team, info=info, ratings=ratings, caseload=caseload)


def _mask_score(s: Score) -> Score:
    loads = tuple(replace(x, consultant=mask_cpr(x.consultant)) for x in s.caseload.consultants)
    return replace(s, caseload=replace(s.caseload, consultants=loads))


def masked(c: ReportContent) -> ReportContent:
    """`c` with every CPR-like number in the texts the report prints masked: the team's
    name, municipality, psychiatry and clinics, reviewers, consultants, rating notes,
    action-plan items and the agreement; and in the free texts (notes, actions, follow-up,
    the agreement's texts, reasons) what looks like a citizen's name. The stored texts stay
    as typed."""
    ours = staff(c)
    actions = tuple(
        replace(
            a,
            item=masked_free_text(a.item, ours),
            element=mask_cpr(a.element),
            party=mask_cpr(a.party),
            owner=mask_cpr(a.owner),
            follow_up=masked_free_text(a.follow_up, ours),
        )
        for a in c.actions
    )
    agreement = c.agreement
    if agreement is not None:
        texts = {f: masked_free_text(getattr(agreement, f), ours) for f in AGREEMENT_TEXT_FIELDS}
        signers = tuple(
            replace(s, name=mask_cpr(s.name), role=mask_cpr(s.role)) for s in agreement.signatories
        )
        agreement = replace(agreement, **texts, signatories=signers)
    previous = c.previous
    if previous is not None:
        previous = Previous(_mask_data(previous.data, ours), _mask_score(previous.score))
    trend = tuple(replace(o, period=mask_cpr(o.period)) for o in c.outcome_trend)
    outcomes = c.outcomes and replace(c.outcomes, period=mask_cpr(c.outcomes.period))
    own = {
        mask_cpr(reviewer): {
            k: replace(r, note=masked_free_text(r.note, ours)) for k, r in by.items()
        }
        for reviewer, by in c.reviewer_ratings.items()
    }
    caseloads = {
        mask_cpr(reviewer): tuple(replace(e, consultant=mask_cpr(e.consultant)) for e in rows)
        for reviewer, rows in c.reviewer_caseloads.items()
    }
    life = c.lifecycle
    if life is not None:
        life = replace(
            life,
            caseload_unavailable=life.caseload_unavailable
            and masked_free_text(life.caseload_unavailable, ours),
            signoffs=tuple(replace(o, reviewer=mask_cpr(o.reviewer)) for o in life.signoffs),
            reopenings=tuple(
                replace(o, reason=masked_free_text(o.reason, ours), reviewer=mask_cpr(o.reviewer))
                for o in life.reopenings
            ),
        )
    stories = tuple(
        replace(
            o,
            reason=masked_free_text(o.reason, ours),
            reviewer=mask_cpr(o.reviewer),
            signed=tuple(replace(x, reviewer=mask_cpr(x.reviewer)) for x in o.signed),
        )
        for o in c.reopenings
    )
    return replace(
        c,
        data=_mask_data(c.data, ours),
        score=_mask_score(c.score),
        previous=previous,
        actions=actions,
        agreement=agreement,
        outcomes=outcomes,
        outcome_trend=trend,
        reviewer_ratings=own,
        reviewer_caseloads=caseloads,
        lifecycle=life,
        reopenings=stories,
    )


def personal_data_places(c: ReportContent) -> list[str]:
    """Where the report would print something that looks like a CPR number, named for the
    user ("holdets navn", "noten til P1.2", "handleplanens punkt 3", "samarbejdsaftalen:
    Opstart"), in the report's order. Printing any of them needs the user's consent or
    masking. A name field (a reviewer, a consultant) is not flagged for holding a name; a
    CPR number inside it still is. A free text is flagged for a CPR number, and for what
    looks like a name that is not one of the staff's (`staff`)."""
    team, info = c.data.team, c.data.info
    ours = staff(c)

    def said(text: str) -> bool:
        return contains_personal_data(text, ours)

    facts = [
        (tr_in(c.lang, "report.place.team"), [team.name, info.team_name]),
        (tr_in(c.lang, "common.municipality"), [team.municipality]),
        (tr_in(c.lang, "common.psychiatry"), [team.psychiatry]),
        (tr_in(c.lang, "agreement.field.clinics"), [team.clinics]),
        (tr_in(c.lang, "common.period"), [info.period]),
        (tr_in(c.lang, "col.reviewers"), list(info.reviewers)),
    ]
    places = [label for label, texts in facts if any(contains_cpr(t) for t in texts)]
    places += [
        tr_in(c.lang, "report.place.note", element=e)
        for e, r in c.data.ratings.items()
        if said(r.note) or any(said(x) for x in r.evidence)
    ]
    places += [
        tr_in(c.lang, "report.place.consultant", number=n)
        for n, e in enumerate(c.data.caseload, 1)
        if contains_cpr(e.consultant)
    ]
    # A reviewer's own caseload reading prints in the annex; a consultant there counts alike.
    places += [
        place
        for rows in c.reviewer_caseloads.values()
        for n, e in enumerate(rows, 1)
        if contains_cpr(e.consultant)
        and (place := tr_in(c.lang, "report.place.consultant", number=n)) not in places
    ]
    for reviewer, by in c.reviewer_ratings.items():
        places += [
            tr_in(c.lang, "report.place.reviewer_note", element=e, reviewer=reviewer)
            for e, r in by.items()
            if said(r.note)
        ]
    if c.lifecycle is not None:
        life = c.lifecycle
        signers = [o.reviewer for o in life.signoffs] + [o.reviewer for o in life.reopenings]
        signers += [x.reviewer for o in c.reopenings for x in o.signed]  # earlier sign-offs
        if any(contains_cpr(n) for n in [*signers, *c.reviewer_ratings]):
            places.append(tr_in(c.lang, "col.reviewers"))
        if life.caseload_unavailable and said(life.caseload_unavailable):
            places.append(tr_in(c.lang, "common.caseload"))
        places += [
            tr_in(c.lang, "report.place.reopening") for o in life.reopenings if said(o.reason)
        ]
    places += [
        tr_in(c.lang, "report.place.action", number=n)
        for n, a in enumerate(c.actions, 1)
        if said(a.item)
        or said(a.follow_up)
        or any(contains_cpr(t) for t in (a.element, a.party, a.owner))
    ]
    if c.agreement is not None:
        places += [
            tr_in(c.lang, "report.place.agreement", field=label)
            for label, text in agreement_rows(c.agreement, c.lang)
            if said(text)
        ]
    return places


def personal_data_notes(
    store: ReportSource, assessment_id: str, lang: str = "da", *, name_consultants: bool = False
) -> list[str]:
    """`personal_data_places` of the report this assessment would get."""
    return personal_data_places(
        gather(store, assessment_id, lang, name_consultants=name_consultants)
    )
