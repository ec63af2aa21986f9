"""CPR-like numbers in free text are found (and masked); phone numbers and non-dates are not."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ipsfidelity.fileio import atomic_write
from ipsfidelity.privacy import contains_cpr, find_cpr_numbers, flagged, is_cpr_date, mask_cpr


@pytest.mark.parametrize(
    "text",
    [
        "Borgeren 010190-1234 deltog",
        "cpr: 0101901234",
        "010190 1234",
        "01 01 90-1234",
        "01 01 90 - 1234",
        "010190–1234",  # en dash from a word processor
        "010190\u00a01234",  # non-breaking space
        "290200-4123",  # 29 Feb 2000 (7th digit 4, year 00 -> 2000)
        "nr. 2 010190-1234",
        "(311299-0123)",
        "linje 1\n150387-5678\n",
    ],
)
def test_flags_cpr_numbers(text: str) -> None:
    assert contains_cpr(text)
    assert not contains_cpr(mask_cpr(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ring på 31 12 90 12",  # a Danish phone number
        "tlf. 31129012",
        "+45 31129012",
        "+4531129012",  # country code glued on: 10 digits, but a phone number
        "321290-1234",  # day 32
        "011390-1234",  # month 13
        "290201-4234",  # 29 Feb 2001 is no date
        "310490-1234",  # 31 April
        "01019-1234",  # too short
        "010190-12345",  # too long
        "12345678901",  # 11 digits
        "Caseload 20 borgere, 0,8 årsværk, møde 22.11.2026 kl. 1430",
        "Periode 2026-Q4, dato 2026-11-22",
        "",
    ],
)
def test_leaves_other_numbers_alone(text: str) -> None:
    assert not contains_cpr(text)
    assert mask_cpr(text) == text


def test_match_positions_and_overlaps() -> None:
    text = "A 3112 010190-1234 og 0202901234."
    found = find_cpr_numbers(text)
    assert [m.text for m in found] == ["3112 010190-1234", "0202901234"]
    assert all(text[m.start : m.end] == m.text for m in found)
    assert mask_cpr(text) == "A XXXXXX-XXXX og XXXXXX-XXXX."


def test_century_rule_decides_leap_days() -> None:
    assert is_cpr_date(29, 2, 0, 4)  # 2000
    assert not is_cpr_date(29, 2, 0, 0)  # 1900 was no leap year
    assert is_cpr_date(29, 2, 0, 5)  # 2000
    assert not is_cpr_date(29, 2, 0, 1)


dates = st.dates(min_value=dt.date(1858, 1, 1), max_value=dt.date(2036, 12, 31))


def seventh_digit_for(year: int) -> st.SearchStrategy[int]:
    """7th digits that place year yy in `year`'s century under the CPR rules."""
    yy = year % 100
    options = {d for d in range(10) if 1900 + yy == year and d <= 3}
    options |= {d for d in (4, 9) if (2000 if yy <= 36 else 1900) + yy == year}
    options |= {d for d in (5, 6, 7, 8) if (2000 if yy <= 57 else 1800) + yy == year}
    return st.sampled_from(sorted(options)) if options else st.nothing()


@st.composite
def cpr_numbers(draw: st.DrawFn) -> str:
    date = draw(dates)
    seventh = draw(seventh_digit_for(date.year))
    rest = draw(st.integers(0, 999))
    ddmmyy = date.strftime("%d%m%y")
    seq = f"{seventh}{rest:03d}"
    style = draw(st.sampled_from(["{d}-{s}", "{d}{s}", "{d} {s}", "{d} - {s}", "spaced"]))
    if style == "spaced":
        return f"{ddmmyy[:2]} {ddmmyy[2:4]} {ddmmyy[4:]}-{seq}"
    return style.format(d=ddmmyy, s=seq)


words = st.text(alphabet=st.characters(blacklist_categories=["Nd"]), max_size=30)


@given(before=words, number=cpr_numbers(), after=words)
def test_every_valid_cpr_is_found_anywhere_in_text(before: str, number: str, after: str) -> None:
    text = f"{before} {number} {after}"
    assert any(number in m.text for m in find_cpr_numbers(text))
    assert not contains_cpr(mask_cpr(text))


@given(st.integers(10_000_000, 99_999_999), words)
def test_eight_digit_phone_numbers_are_never_flagged(phone: int, around: str) -> None:
    digits = str(phone)
    for shown in (digits, " ".join(digits[i : i + 2] for i in range(0, 8, 2)), "+45 " + digits):
        assert not contains_cpr(f"{around} {shown} {around}")


@given(st.integers(0, 9_999_999_999))
def test_ten_digits_flagged_exactly_when_they_start_with_a_valid_date(n: int) -> None:
    digits = f"{n:010d}"
    expected = is_cpr_date(int(digits[:2]), int(digits[2:4]), int(digits[4:6]), int(digits[6]))
    assert contains_cpr(f"nr {digits}.") == expected


@given(st.text(max_size=200))
def test_masking_is_complete_and_keeps_other_text(text: str) -> None:
    masked = mask_cpr(text)
    assert not contains_cpr(masked)
    if not contains_cpr(text):
        assert masked == text


# -- files readable by the user only ----------------------------------------


posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_database_and_sidecars_are_user_only(tmp_path: Path) -> None:
    db_path = tmp_path / "new-folder" / "ips.sqlite3"
    old = os.umask(0o022)  # a typical, permissive umask must not leak through
    try:
        from ipsfidelity.store import open_store

        store = open_store(str(db_path))
        assert mode(db_path.parent) == 0o700  # the folder it had to create
        store.create_team("IPS Gentofte")
        assert mode(db_path) == 0o600
        for suffix in ("-wal", "-shm"):
            sidecar = db_path.with_name(db_path.name + suffix)
            if sidecar.exists():
                # SQLite gives the WAL and shm files the database file's permissions.
                assert mode(sidecar) == 0o600, suffix
        store.close()
    finally:
        os.umask(old)


@posix_only
def test_atomic_write_creates_user_only_files(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        target = tmp_path / "export.json"
        atomic_write(target, b"{}")
        assert mode(target) == 0o600
        target.chmod(0o644)  # replacing a file does not keep looser permissions
        atomic_write(target, lambda fh: fh.write(b"[]"))
        assert mode(target) == 0o600 and target.read_bytes() == b"[]"
    finally:
        os.umask(old)


@posix_only
def test_exported_exchange_file_is_user_only(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ipsfidelity.exchange import export_assessment

    team = store.create_team("IPS Rødovre")
    a = store.create_assessment(team.id, dt.date(2026, 11, 1))
    out = tmp_path / "vurdering.json"
    export_assessment(store, a.id, out)
    assert mode(out) == 0o600


def test_flagged_names_the_notes_to_confirm() -> None:
    notes = {"P1.1": "Godt samarbejde", "P2.1": "Borger 010190-1234 nævnt", "P3.1": "tlf 31129012"}
    assert flagged(notes) == ["P2.1"]
