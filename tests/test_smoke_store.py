import datetime as dt

from ipsfidelity.store import Store


def test_rating_round_trips_on_both_backends(any_store: Store) -> None:
    team = any_store.create_team("IPS Glostrup", "Glostrup", "Psykiatrisk Center Glostrup")
    a = any_store.create_assessment(team.id, dt.date(2026, 11, 20), reviewers=["Åse Ø"])
    any_store.set_rating(
        a.id, "P1.1", "met", note="Bekræftet ved interview", evidence=["interview"]
    )
    data = any_store.get_assessment(a.id)
    assert data.info.period == "2026-Q4"
    assert data.ratings["P1.1"].rating == "met"
    assert data.ratings["P1.1"].evidence == ("interview",)
    assert data.info.reviewers == ("Åse Ø",)
