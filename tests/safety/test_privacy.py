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


# Every spelling of 1 January 1990, number 1234, a trial of the detector tried (and more):
# separators in and after the date, whitespace, invisible and look-alike characters.
SPELLINGS = {
    "plain": "0101901234",
    "hyphen": "010190-1234",
    "space": "010190 1234",
    "spaced date": "01 01 90 - 1234",
    "dots": "01.01.90-1234",
    "slashes": "01/01/90-1234",
    "slash": "010190/1234",
    "underscore": "010190_1234",
    "dot": "010190.1234",
    "dashes in date": "01-01-90-1234",
    "tab": "010190\t1234",
    "newline": "010190\n1234",
    "CRLF": "010190\r\n1234",
    "space hyphen space": "010190 - 1234",
    "no-break space": "010190\u00a01234",
    "narrow no-break space": "010190\u202f1234",
    "figure space": "010190\u20071234",
    "zero-width space": "010190\u200b1234",
    "zero-width space in date": "0101\u200b90-1234",
    "word joiner": "010190\u2060-1234",
    "zero-width no-break space": "\ufeff010190-1234",
    "soft hyphen": "010190\u00ad1234",
    "soft hyphen in date": "01\u00ad0190-1234",
    "minus sign": "010190\u22121234",
    "hyphen U+2010": "010190\u20101234",
    "non-breaking hyphen": "010190\u20111234",
    "en dash": "010190\u20131234",
    "em dash": "010190\u20141234",
    "full-width digits": "\uff10\uff11\uff10\uff11\uff19\uff10\uff11\uff12\uff13\uff14",
    "full-width with hyphen": "\uff10\uff11\uff10\uff11\uff19\uff10\uff0d\uff11\uff12\uff13\uff14",
    "full-width hyphen": "010190\uff0d1234",
    "four-digit year": "01011990-1234",
    "four-digit year, dots": "01.01.1990-1234",
    "four-digit year, slashes": "01/01/1990 1234",
    "mathematical digits": "\U0001d7ce\U0001d7cf\U0001d7ce\U0001d7cf\U0001d7d7\U0001d7ce1234",
}


@pytest.mark.parametrize("name", SPELLINGS)
def test_every_spelling_is_caught_and_masked_in_place(name: str) -> None:
    number = SPELLINGS[name]
    text = f"Borgeren ({number}) kom"
    found = find_cpr_numbers(text)
    assert [m.text for m in found] == [number.lstrip("\ufeff")], name
    assert text[found[0].start : found[0].end] == found[0].text
    # Exactly the number's characters are replaced: the words around it are kept.
    assert mask_cpr(text) == text.replace(number.lstrip("\ufeff"), "XXXXXX-XXXX")


def test_the_spellings_counted() -> None:
    """The figure docs/privacy.md states: every spelling tried is caught."""
    caught = [n for n, s in SPELLINGS.items() if contains_cpr(f"x {s} x")]
    assert len(SPELLINGS) >= 32
    assert caught == list(SPELLINGS)


@pytest.mark.parametrize(
    "text",
    [
        "Periode 01.01.2026-2027",  # a span of years, not a CPR (2026 needs a 7th digit 4-9)
        "møde 01/02/2026 kl. 14.30-16",
        "tlf. 12 34 56 78 eller 87 65 43 21",
        "Version 1.2.3-4567",
        "konto 1234-5678901234",  # 14 digits
        "0101\u200b901234\u200b5",  # an invisible character does not split off a digit
    ],
)
def test_ordinary_numbers_with_the_new_separators_stay_unflagged(text: str) -> None:
    assert not contains_cpr(text)


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


# -- false positives on ordinary texts ----------------------------------------

REPO = Path(__file__).resolve().parents[2]


def _seed_folder() -> Path | None:
    """The seed documents: `../shared/seeds` beside the repository in CI (a checkout in a
    nested folder looks further up)."""
    for parent in (REPO, *REPO.parents):
        folder = parent / "shared" / "seeds"
        if folder.is_dir() and any(folder.glob("*.txt")):
            return folder
    return None


def _strings(node: object) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, list):
        return [s for item in node for s in _strings(item)]
    if isinstance(node, dict):
        return [s for value in node.values() for s in _strings(value)]
    return []


def ordinary_texts() -> dict[str, list[str]]:
    """Texts no one would call personal data: the seed documents (whole, and line by line)
    and every string in the demo data (names, notes, plans, agreements, ids, dates)."""
    from ipsfidelity.demo import demo_documents

    demo = sorted({s for d in demo_documents() for s in _strings(d.model_dump(mode="json"))})
    texts = {"demo": demo}
    folder = _seed_folder()
    if folder is not None:
        docs = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
        texts["seed documents"] = docs
        texts["seed lines"] = [line for d in docs for line in d.splitlines() if line.strip()]
    return texts


def test_no_false_positives_on_the_demo_data() -> None:
    demo = ordinary_texts()["demo"]
    assert len(demo) > 200
    assert [t for t in demo if contains_cpr(t)] == []


def test_no_false_positives_on_the_seed_documents() -> None:
    texts = ordinary_texts()
    if "seed documents" not in texts:
        pytest.skip(f"the seed documents (shared/seeds beside {REPO}) are not on this machine")
    assert len(texts["seed documents"]) >= 5
    for kind in ("seed documents", "seed lines"):
        assert [t[:80] for t in texts[kind] if contains_cpr(t)] == [], kind
