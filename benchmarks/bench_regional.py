"""Every screen and command at regional scale, on a local file and at a distance.

The regional data set (regional.py: 204 teams, 4,016 assessments) on SQLite, and on a
PostgreSQL server reached directly (0 ms) and through a proxy that adds 10 ms per round
trip (delay_proxy.py). For each screen, what the app's database worker runs to show it;
for each command, the command itself, in process. Each metric gives the median time of
a few runs, the SQL statements one run executes (SQLAlchemy's before_cursor_execute) and,
behind the proxy, the round trips it took (BEGIN, COMMIT and pings included).

Targets (issue 15): a screen ready within 0.3 s locally and 0.5 s at 10 ms; a rating saved
within 0.1 s; `assessments --json` for the region under 2 s. The floor is one trivial
SELECT in its own transaction through the same engine: one round trip's cost.

`python benchmarks/bench_regional.py --teams 20 --delays 0 10` runs a smaller set.

`--rls ambassador team_lead steering` measures the server again with row-level security
on (docs/server.md): `server setup` on the filled database, then, per role, as a login role
with that role (an ambassador for the measured team, a team lead for its municipality, the
steering group for the region), through the same proxy. What a role may not do (a rating,
for the team lead and the steering group) is left out of its figures. Names end in
`_rls_<role>`.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import regional  # noqa: E402  (beside this file)
from delay_proxy import DelayProxy  # noqa: E402
from pg_server import create_database, pg_bindir, postgres_server  # noqa: E402
from sqlalchemy import Engine, event, text  # noqa: E402

from ipsfidelity.analysis import screens  # noqa: E402
from ipsfidelity.store import Store, open_store, server_setup  # noqa: E402

SCREEN_TARGET_MS = {0: 300.0, 10: 500.0}
TARGETS_MS = {"save_rating": 100.0, "cli_assessments_json": 2000.0}
RUNS = 3
RLS_ROLES = ("ambassador", "team_lead", "steering")
WRITES = {"save_rating": "ambassador"}  # a measured write and the one role that may do it


class StatementCounter:
    """Counts every statement any engine sends, while switched on."""

    def __init__(self) -> None:
        self.count = 0
        self.on = False
        event.listen(Engine, "before_cursor_execute", self._seen)

    def _seen(self, *_args: object) -> None:
        if self.on:
            self.count += 1

    @contextlib.contextmanager
    def counting(self) -> Iterator[None]:
        self.count, self.on = 0, True
        try:
            yield
        finally:
            self.on = False


@dataclass
class Place:
    """The data a screen is opened on: a team with 20 reviews, its latest review."""

    url: str
    team_id: str
    team_name: str
    assessment_id: str
    element: str
    workdir: Path


def _place(store: Store, url: str, workdir: Path) -> Place:
    teams = store.list_teams()
    team = teams[len(teams) // 2]
    latest = store.list_assessments(team.id)[0]  # newest first
    pack = store.pack_for(latest)
    return Place(url, team.id, team.name, latest.id, pack.element_ids[0], workdir)


def _cli(*argv: str) -> Callable[[Store, Place], object]:
    def run(_store: Store, p: Place) -> object:
        from ipsfidelity.cli import main

        args = [a.format(db=p.url, out=p.workdir / "report.pdf", aid=p.assessment_id) for a in argv]
        with contextlib.redirect_stdout(io.StringIO()):
            code = main(args)
        if code != 0:
            raise RuntimeError(f"{args} exited {code}")
        return code

    return run


def _open_review(store: Store, p: Place) -> object:
    # The app's three reads on opening a review: the assessment, its plan, the agreement.
    data = store.get_assessment(p.assessment_id)
    screens.plan_with_origins(store, p.assessment_id)
    return data, store.agreement_for(data.info.team_id, data.info.date)


def _results(store: Store, p: Place) -> object:
    return screens.previous_score(store, p.assessment_id)


def _action_plan(store: Store, p: Place) -> object:
    # The plan (reloaded when shown) and the outcome panel beside it.
    plan = screens.plan_with_origins(store, p.assessment_id)
    return plan, screens.outcomes_with_trend(store, p.assessment_id, p.team_id)


def screen_reads() -> dict[str, Callable[[Store, Place], object]]:
    """What the app's database worker runs to show each screen, and each command."""
    ratings = iter(("met", "partial") * 100_000)
    return {
        "team_list": lambda st, p: st.list_teams(),
        "select_team": lambda st, p: screens.scored_assessments(st, p.team_id, follow_up=True),
        "open_review": _open_review,
        "results": _results,
        "trend": lambda st, p: screens.team_history(st, p.team_id),
        "overview": lambda st, p: screens.overview_screen(st, None),
        "action_plan": _action_plan,
        "save_rating": lambda st, p: st.set_rating(p.assessment_id, p.element, next(ratings)),
        "cli_assessments_json": _cli("assessments", "--json", "--db", "{db}"),
        "cli_actions_json": _cli("actions", "--json", "--db", "{db}"),
        "cli_report": _cli("report", "{aid}", "--out", "{out}", "--db", "{db}"),
    }


def _median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm: compiled statements, packs, a pooled connection
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(
    url: str,
    workdir: Path,
    counter: StatementCounter,
    proxy: DelayProxy | None = None,
    only: set[str] | None = None,
    runs: int = RUNS,
    role: str | None = None,
) -> dict[str, dict[str, Any]]:
    store = open_store(url)
    try:
        place = _place(store, url, workdir)

        def floor() -> None:
            with store.read_engine.connect() as conn:
                conn.execute(text("SELECT 1"))

        floor_ms = _median_ms(floor, 10)
        out: dict[str, dict[str, Any]] = {}
        for name, fn in screen_reads().items():
            if only and name not in only:
                continue
            if role is not None and WRITES.get(name, role) != role:
                continue  # the server refuses it to this role (tests/test_server_roles.py)
            with counter.counting():
                fn(store, place)
            statements = counter.count
            trips_before = proxy.round_trips if proxy else 0
            fn(store, place)
            trips = proxy.round_trips - trips_before if proxy else None
            ms = _median_ms(lambda f=fn: f(store, place), runs)
            out[name] = {
                "value": round(ms, 1),
                "unit": "ms",
                "floor": round(floor_ms, 2),
                "ratio": round(ms / floor_ms, 1) if floor_ms else None,
                "statements": statements,
                "round_trips": trips,
            }
        return out
    finally:
        store.close()


def _with_targets(results: dict[str, dict[str, Any]], delay: int) -> dict[str, dict[str, Any]]:
    for name, m in results.items():
        target = TARGETS_MS.get(
            name, SCREEN_TARGET_MS[delay] if not name.startswith("cli") else None
        )
        m["target"] = target
        m["met"] = target is None or m["value"] <= target
    return results


def run_all(
    workdir: Path,
    teams: int = regional.TEAMS,
    delays: tuple[int, ...] = (0, 10),
    only: set[str] | None = None,
    sqlite: bool = True,
    rls: tuple[str, ...] = (),
) -> dict[str, dict[str, Any]]:
    late = regional.LATE_TEAMS * teams // regional.TEAMS
    counter = StatementCounter()
    results: dict[str, dict[str, Any]] = {}
    if sqlite:
        url = str(workdir / "regional.sqlite3")
        regional.fill(open_store(url), teams, regional.PERIODS, late)
        for name, m in _with_targets(measure(url, workdir, counter, only=only), 0).items():
            results[f"regional_sqlite_{name}"] = m
    if pg_bindir() is None:  # no server to measure against: the SQLite figures only
        return results
    with postgres_server() as (user, port):
        create_database(user, port, "regional")
        direct = f"postgresql+psycopg://{user}@127.0.0.1:{port}/regional"
        store = open_store(direct)
        regional.fill(store, teams, regional.PERIODS, late)
        store.close()
        for delay in delays:
            with DelayProxy(port, delay) as proxy:
                url = f"postgresql+psycopg://{user}@127.0.0.1:{proxy.port}/regional"
                found = measure(url, workdir, counter, proxy, only=only)
            for name, m in _with_targets(found, delay).items():
                results[f"regional_pg_{delay}ms_{name}"] = m
        if rls:
            users = _rls_users(direct, port, rls)
        for role in rls:
            for delay in delays:
                with DelayProxy(port, delay) as proxy:
                    url = f"postgresql+psycopg://{users[role]}@127.0.0.1:{proxy.port}/regional"
                    found = measure(url, workdir, counter, proxy, only=only, role=role)
                for name, m in _with_targets(found, delay).items():
                    results[f"regional_pg_{delay}ms_{name}_rls_{role}"] = m
    return results


def _rls_users(owner_url: str, port: int, roles: tuple[str, ...]) -> dict[str, str]:
    """Row-level security on, and a login role per role in the region (trust auth)."""
    import psycopg

    store = open_store(owner_url)
    try:
        server_setup.setup_server(store)
        teams = store.list_teams()
        team = teams[len(teams) // 2]  # the team _place measures for the owner
        users = {}
        admin = owner_url.replace("postgresql+psycopg://", "postgresql://")
        for role in roles:
            user = f"bench_{role}"
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(f"DROP ROLE IF EXISTS {user}")
                conn.execute(f"CREATE ROLE {user} LOGIN")
            scope = {
                "ambassador": [server_setup.Grant(user, role, team_id=team.id)],
                "team_lead": [server_setup.Grant(user, role, municipality=team.municipality)],
            }.get(role, [])
            server_setup.grant(store, user, role, scope)
            users[role] = user
        return users
    finally:
        store.close()


def metrics(workdir: Path) -> dict[str, dict[str, Any]]:
    return run_all(workdir)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--teams", type=int, default=regional.TEAMS)
    parser.add_argument("--delays", type=int, nargs="*", default=[0, 10])
    parser.add_argument("--only", nargs="*")
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument("--rls", nargs="*", choices=RLS_ROLES, default=[])
    args = parser.parse_args()
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="ipsf-regional-") as tmp:
        found = run_all(
            Path(tmp),
            args.teams,
            tuple(args.delays),
            set(args.only) if args.only else None,
            not args.no_sqlite,
            tuple(args.rls),
        )
    print(json.dumps(found, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
