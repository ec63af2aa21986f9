"""`ipsfidelity report` reads a current SQLite file without SQLAlchemy, and goes through the
store for everything else (old schema, PostgreSQL, missing or damaged file), with the
same PDF text and the same messages either way."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ipsfidelity.demo import fill_demo
from ipsfidelity.errors import UserError
from ipsfidelity.report.text import esc
from ipsfidelity.store import open_store
from tests.safety.test_schema_upgrades import load_snapshot
from tests.test_report import pdf_text

# Runs the command line in a fresh process, then names the modules it need not have loaded:
# SQLAlchemy and Alembic, and urllib.request with http.client and ssl (xml.sax.saxutils).
NEEDLESS = ("sqlalchemy", "alembic", "urllib.request", "http.client", "ssl")
PROBE = (
    "import sys\n"
    "from ipsfidelity.cli import main\n"
    "code = main(sys.argv[1:])\n"
    f"loaded = [m for m in {NEEDLESS!r} if m in sys.modules]\n"
    "print('PROBE', code, ','.join(loaded) or '-')\n"
)


def report(
    db: str | None, ref: str, out: Path, *extra: str, env: dict[str, str] | None = None
) -> tuple[int, bool, subprocess.CompletedProcess[str]]:
    """(exit status, whether it ran without SQLAlchemy, the finished process)."""
    where = ["--db", db] if db else []
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *where, "report", ref, "--out", str(out), *extra],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    last = result.stdout.strip().splitlines()[-1].split()
    assert last[0] == "PROBE", result.stdout + result.stderr
    loaded = set(last[2].split(",")) - {"-"}
    return int(last[1]), "sqlalchemy" not in loaded, result


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("light") / "demo.sqlite3"
    store = open_store(str(path))
    fill_demo(store)
    aid = store.list_assessments(store.find_team("IPS Albertslund").id)[0].id
    store.close()
    return path, aid


@pytest.fixture
def demo_copy(demo: tuple[Path, str], tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "copy.sqlite3"
    shutil.copy(demo[0], path)
    return path, demo[1]


def test_current_sqlite_file_is_read_without_sqlalchemy(
    demo: tuple[Path, str], tmp_path: Path
) -> None:
    path, aid = demo
    out = tmp_path / "light.pdf"
    code, light, result = report(str(path), aid[:8], out, "--lang", "en")
    assert (code, light) == (0, True), result.stderr
    assert result.stdout.split()[-1] == "-"  # none of NEEDLESS
    assert "Report saved" in result.stdout
    assert "IPS Albertslund" in pdf_text(out)


def test_env_and_default_location_take_the_light_path_too(
    demo: tuple[Path, str], tmp_path: Path
) -> None:
    path, aid = demo
    env = {**os.environ, "IPSFIDELITY_DB": str(path)}
    code, light, result = report(None, aid, tmp_path / "env.pdf", env=env)
    assert (code, light) == (0, True), result.stderr

    env = {k: v for k, v in os.environ.items() if k != "IPSFIDELITY_DB"}
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg")
    default = tmp_path / "xdg" / "ipsfidelity" / "ipsfidelity.sqlite3"
    default.parent.mkdir(parents=True)
    shutil.copy(path, default)
    code, light, result = report(None, aid, tmp_path / "default.pdf", env=env)
    assert (code, light) == (0, True), result.stderr
    assert pdf_text(tmp_path / "default.pdf") == pdf_text(tmp_path / "env.pdf")


def test_old_schema_goes_through_the_store_with_the_same_report(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    load_snapshot("0001", path)
    conn = sqlite3.connect(path)
    aid = conn.execute("SELECT id FROM assessment ORDER BY date DESC LIMIT 1").fetchone()[0]
    conn.close()

    code, light, result = report(str(path), aid, tmp_path / "upgraded.pdf")
    assert (code, light) == (0, False), result.stderr  # migrated first, as ever
    assert path.with_name(f"{path.name}.before-0001.bak").exists()
    code, light, result = report(str(path), aid, tmp_path / "light.pdf")
    assert (code, light) == (0, True), result.stderr  # now current
    assert pdf_text(tmp_path / "upgraded.pdf") == pdf_text(tmp_path / "light.pdf")


@pytest.mark.postgres
def test_postgresql_goes_through_the_store_with_the_same_report(
    demo: tuple[Path, str], pg_url: str, tmp_path: Path
) -> None:
    path, aid = demo
    store = open_store(pg_url)
    fill_demo(store)  # deterministic: the same ids and texts as the SQLite demo
    store.close()
    code, light, result = report(pg_url, aid, tmp_path / "pg.pdf")
    assert (code, light) == (0, False), result.stderr
    code, light, result = report(str(path), aid, tmp_path / "light.pdf")
    assert (code, light) == (0, True), result.stderr
    assert pdf_text(tmp_path / "pg.pdf") == pdf_text(tmp_path / "light.pdf")


def test_missing_file_is_refused_and_not_created(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    code, light, result = report(str(path), "ffffffff", tmp_path / "r.pdf")
    assert (code, light) == (2, False)
    assert result.stderr.strip().startswith(f"ipsfidelity: Databasen {path} findes ikke.")
    assert not path.exists()  # a report reads; it never makes an empty database


def test_errors_from_the_light_path_are_the_stores(demo: tuple[Path, str], tmp_path: Path) -> None:
    path, aid = demo
    for ref, message in [
        ("ffffffff", "Ingen vurdering har id »ffffffff«"),
        ("ab", "»ab« er for kort; angiv mindst 4 tegn af vurderingens id"),
    ]:
        code, light, result = report(str(path), ref, tmp_path / "r.pdf")
        assert (code, light) == (2, True)
        assert result.stderr.strip() == f"ipsfidelity: {message}"
    code, light, result = report(str(path), aid, tmp_path / "no-folder" / "r.pdf")
    assert (code, light) == (2, True)
    assert "mappen findes ikke" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def _page_of(path: Path, table: str) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    conn.close()
    return (root - 1) * page_size, page_size


@pytest.mark.parametrize("table", ["alembic_version", "rating"])
def test_damage_the_light_path_meets_gets_the_stores_message(
    demo_copy: tuple[Path, str], tmp_path: Path, table: str
) -> None:
    """A damaged page found while probing (alembic_version) or while reading (rating):
    the command starts over through the store, which names the damage."""
    path, aid = demo_copy
    offset, size = _page_of(path, table)
    with path.open("r+b") as fh:
        fh.seek(offset)
        fh.write(b"\xa5" * size)
    with pytest.raises(UserError) as refused:
        open_store(str(path))
    out = tmp_path / "r.pdf"
    code, light, result = report(str(path), aid, out, "--allow-personal-data")
    assert (code, light) == (2, False)
    assert result.stderr.strip() == f"ipsfidelity: {refused.value}"
    assert not out.exists()


def test_a_writer_holding_the_lock_does_not_stop_the_report(
    demo_copy: tuple[Path, str], tmp_path: Path
) -> None:
    path, aid = demo_copy
    writer = sqlite3.connect(path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE team SET name = name || ' halvt skrevet'")
        code, light, result = report(str(path), aid, tmp_path / "r.pdf")
        assert (code, light) == (0, True), result.stderr
        text = pdf_text(tmp_path / "r.pdf")
        assert "IPS Albertslund" in text and "halvt skrevet" not in text
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_esc_is_saxutils_escape() -> None:
    from xml.sax.saxutils import escape

    for text in ["", "Æbler & øl: <særligt> «citat»", "a &amp; b", "x > y\nz <br/>", "&&<<>>"]:
        assert esc(text) == escape(text).replace("\n", "<br/>")
