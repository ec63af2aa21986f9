"""Numbers and dates follow CLDR (Babel's data), Danish and English, as the report always read."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from babel import Locale
from babel.dates import format_date
from babel.numbers import parse_pattern

from ipsfidelity import cldr
from ipsfidelity.i18n import LANGUAGES
from ipsfidelity.report.text import Words
from ipsfidelity.wording import DATE_PATTERNS, date_text, decimal_text, number

ROOT = Path(__file__).resolve().parent.parent

DA_MONTHS = "januar februar marts april maj juni juli august september oktober november december"
EN_MONTHS = "January February March April May June July August September October November December"
DA_SHORT = "jan. feb. mar. apr. maj jun. jul. aug. sep. okt. nov. dec."
EN_SHORT = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"


def test_dates_in_both_languages_every_month() -> None:
    for month, (da, en, da_short, en_short) in enumerate(
        zip(DA_MONTHS.split(), EN_MONTHS.split(), DA_SHORT.split(), EN_SHORT.split(), strict=True),
        start=1,
    ):
        day = dt.date(2026, month, 7)
        assert date_text(day, "da") == f"7. {da} 2026"
        assert date_text(day, "en") == f"7 {en} 2026"
        assert date_text(day, "da", short=True) == f"7. {da_short} 2026"
        assert date_text(day, "en", short=True) == f"7 {en_short} 2026"


def test_the_report_keeps_its_dates_on_one_line() -> None:
    assert Words("da").date(dt.date(2026, 11, 10)) == "10.\u00a0november\u00a02026"
    assert Words("en").short_date(dt.date(2026, 12, 22)) == "22 Dec 2026"


def test_numbers_round_as_before_and_use_the_languages_decimal_mark() -> None:
    for value in (0.0, 0.05, 0.25, 0.35, 2.675, 12.25, 66.666, 99.95, 100.0, -3.25, 1234.5):
        old = f"{value:.1f}"  # what the app wrote by hand before Babel
        assert number(value, "en") == old
        assert number(value, "da") == old.replace(".", ",")
    assert number(None, "da") == "–"
    assert decimal_text(0.75, "0.######", "da") == "0,75"
    assert decimal_text(1.0, "0.######", "da") == "1"
    assert decimal_text(1.0, "0.0#", "en") == "1.0"
    assert decimal_text(0.25, "0.0#", "da") == "0,25"


def test_the_cldr_snapshot_is_babels() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        from cldr_snapshot import snapshot
    finally:
        sys.path.remove(str(ROOT / "tools"))
    for name, by_lang in snapshot().items():
        assert getattr(cldr, name) == by_lang, f"run tools/cldr_snapshot.py ({name} differs)"


def test_dates_are_babels_every_day_of_a_year() -> None:
    start = dt.date(2027, 1, 1)
    for offset in range(365):
        day = start + dt.timedelta(days=offset)
        for lang in LANGUAGES:
            for short in (False, True):
                pattern = DATE_PATTERNS[lang][1 if short else 0]
                assert date_text(day, lang, short=short) == format_date(day, pattern, lang)


def test_numbers_are_babels_for_every_pattern_the_app_uses() -> None:
    values = [i / 1000 for i in range(-3000, 3001, 7)]
    values += [0.0, -0.0, -0.04, 0.05, 0.125, 0.375, 2.675, 99.95, 1234.5, 1e7 + 0.25, 25, 20.5]
    for pattern in ("0", "0.0", "0.00", "0.0#", "0.######"):
        # Rounded by Python first, as decimal_text has always done (Babel writing it after).
        decimals = pattern.count("0", pattern.find(".")) + pattern.count("#", pattern.find("."))
        for lang in LANGUAGES:
            locale = Locale.parse(lang)
            for value in values:
                babel = parse_pattern(pattern).apply(round(value, decimals), locale)
                assert decimal_text(value, pattern, lang) == babel, (pattern, lang, value)


def test_other_patterns_are_written_by_babel() -> None:
    assert decimal_text(1234.5, "#,##0.0", "da") == "1.234,5"
    assert decimal_text(1234.5, "#,##0.0", "en") == "1,234.5"


def test_no_babel_at_start_up_nor_for_a_number_or_date() -> None:
    code = (
        "import sys, datetime, ipsfidelity.wording as w, ipsfidelity.ui.app;"
        "assert 'babel' not in sys.modules, 'imported at start-up';"
        "w.number(1.5, 'da'); w.date_text(datetime.date(2026, 1, 2), 'en');"
        "assert 'babel' not in sys.modules, 'imported to write a number or date'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env={"QT_QPA_PLATFORM": "offscreen"})
