"""The demo data shows every part of the review lifecycle: two reviewers who disagreed and
reached consensus, a self-assessment, finished reviews, a draft, one still at consensus,
and one reopened with a reason and finished again."""

from __future__ import annotations

from collections import Counter

from ipsfidelity.demo import fill_demo
from ipsfidelity.store import Store


def test_demo_covers_the_lifecycle(store: Store) -> None:
    fill_demo(store)
    reviews = [
        (team.name, a.id) for team in store.list_teams() for a in store.list_assessments(team.id)
    ]
    lives = {aid: store.lifecycle(aid) for _team, aid in reviews}
    states = Counter(life.state for life in lives.values())
    assert states["finished"] >= 10 and states["consensus"] == 1 and states["draft"] == 1
    assert Counter(life.kind for life in lives.values())["self"] == 1
    reopened = [life for life in lives.values() if life.reopenings]
    assert len(reopened) == 1 and reopened[0].state == "finished"
    assert reopened[0].reopenings[0].reason.strip()
    for aid, life in lives.items():
        if life.state == "finished":  # signed off by every named reviewer
            reviewers = store.get_assessment(aid).info.reviewers
            assert sorted(s.reviewer for s in life.signoffs) == sorted(reviewers)

    # Two reviewers disagreed on some elements; the consensus settled each one.
    finished = next(aid for aid, life in lives.items() if life.state == "finished")
    own = store.reviewer_ratings(finished)
    assert len(own) == 2
    first, second = own.values()
    disagreed = [e for e in first if first[e].rating != second[e].rating]
    consensus = store.get_assessment(finished).ratings
    assert disagreed and all(
        consensus[e].rating in ("met", "partial", "not_met") for e in disagreed
    )
    agreement = store.agreement(finished)
    assert agreement.reviewers == 2 and agreement.exact is not None and agreement.exact < 1

    # The draft: only the first reviewer has rated on their own, nothing is signed.
    draft = next(aid for aid, life in lives.items() if life.state == "draft")
    assert len(store.reviewer_ratings(draft)) == 1 and lives[draft].signoffs == ()
    assert store.finish_problems(draft)
