"""What each screen of the app (and each listing command) reads, in one read transaction.

One transaction per screen: one snapshot, and on a server one BEGIN and one COMMIT
instead of a pair per method. Every function here runs a fixed number of statements,
however many assessments the database holds (tests/test_statement_counts.py counts them).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from ipsfidelity.analysis.overview import OverviewRow, overview, periods, with_follow_up
from ipsfidelity.analysis.trend import trend
from ipsfidelity.scoring import Score
from ipsfidelity.store.aggregates import AssessmentScore
from ipsfidelity.store.followup import ActionItemInfo, OutcomeInfo
from ipsfidelity.store.repository import Store
from ipsfidelity.store.scored import scores
from ipsfidelity.store.views import AssessmentInfo, TeamInfo


@dataclass(frozen=True)
class ScoredAssessment:
    """An assessment in a list: its score, and its plan's open and overdue actions."""

    info: AssessmentInfo
    score: AssessmentScore
    open_items: int = 0  # action items not finished (carried-on ones counted once)
    overdue: int = 0  # of those, past their deadline


def scored_assessments(
    store: Store, team_id: str | None = None, *, follow_up: bool = False
) -> list[ScoredAssessment]:
    """The team's (or every) assessment as `Store.list_assessments` orders them, scored
    in SQL; with `follow_up`, each plan's open and overdue actions too."""
    today = dt.date.today()
    with store.reading():
        infos = store.list_assessments(team_id)
        found = scores(store, team_id)
        items = store.action_items(team_id, open_only=True) if follow_up else []
    # action_items leaves carried-on items out, as overdue_items does.
    open_items = Counter(i.assessment_id for i in items)
    overdue = Counter(i.assessment_id for i in items if i.deadline < today)
    return [
        ScoredAssessment(info, found[info.id], open_items[info.id], overdue[info.id])
        for info in infos
    ]


def follow_up_counts(store: Store, today: dt.date | None = None) -> dict[str, tuple[int, int]]:
    """team id -> (open action items, of which overdue), each promise counted once
    (carried-on items through their copy), as on the home screen's assessment list."""
    today = today or dt.date.today()
    counts: dict[str, tuple[int, int]] = {}
    for item in store.action_items(open_only=True):
        open_count, overdue = counts.get(item.team_id, (0, 0))
        counts[item.team_id] = (open_count + 1, overdue + (item.deadline < today))
    return counts


def overview_screen(
    store: Store, period: str | None, today: dt.date | None = None, kind: str | None = None
) -> tuple[list[OverviewRow], list[str]]:
    """The overview's rows (of `kind`, when given) with each team's open and overdue
    actions, and its periods."""
    with store.reading():
        rows = overview(store, period, today=today, kind=kind)
        counts = follow_up_counts(store, today)
        return with_follow_up(rows, counts), periods(store)


def team_history(
    store: Store, team_id: str
) -> tuple[TeamInfo, list[AssessmentScore], list[OutcomeInfo]]:
    """The team view: the team, its scores over time, its outcome figures over time."""
    with store.reading():
        return store.get_team(team_id), trend(store, team_id), store.outcome_trend(team_id)


def plan_with_origins(
    store: Store, assessment_id: str
) -> tuple[list[ActionItemInfo], dict[str, str]]:
    """The plan, and for each carried-over item the period it came from ("" when the
    earlier plan came in another file, or never)."""
    with store.reading():
        items = store.action_plan(assessment_id)
        origins = [i.origin_item_id for i in items if i.origin_item_id]
        periods_of = store.origin_periods(origins)
    return items, {origin: periods_of.get(origin, "") for origin in origins}


def previous_score(store: Store, assessment_id: str) -> tuple[Score, str] | None:
    """The results screen's comparison, as the report's: the team's previous review of the
    same kind (a self-assessment is not compared with an independent review), scored, and
    its period."""
    with store.reading():
        previous = store.previous_assessment(assessment_id, same_kind=True)
        if previous is None:
            return None
        return store.score(previous.id), previous.period


def outcomes_with_trend(
    store: Store, assessment_id: str, team_id: str
) -> tuple[OutcomeInfo | None, list[OutcomeInfo]]:
    """The outcome panel: this review's figures and the team's over time."""
    with store.reading():
        return store.get_outcomes(assessment_id), store.outcome_trend(team_id)
