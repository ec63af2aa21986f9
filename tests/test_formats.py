"""Numbers and dates are written by Babel (CLDR), Danish and English, as the report always read."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from ipsfidelity.report.text import Words
from ipsfidelity.wording import date_text, decimal_text, number

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


def test_babel_loads_only_when_a_number_or_date_is_written() -> None:
    code = (
        "import sys, ipsfidelity.wording as w, ipsfidelity.ui.app;"
        "assert 'babel' not in sys.modules, 'imported at start-up';"
        "w.number(1.5, 'da'); assert 'babel' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env={"QT_QPA_PLATFORM": "offscreen"})
