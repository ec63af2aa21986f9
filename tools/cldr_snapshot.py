"""Write ipsfidelity/cldr.py: the CLDR month names and number symbols `wording` formats with,
taken from Babel's locale data. Run it after upgrading Babel (tests/test_formats.py fails
until the file agrees with Babel again):

    .venv/bin/python tools/cldr_snapshot.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "ipsfidelity" / "cldr.py"


def snapshot() -> dict[str, dict[str, object]]:
    """What ipsfidelity/cldr.py holds, read from Babel: name -> language -> value."""
    from babel import Locale

    sys.path.insert(0, str(ROOT))
    from ipsfidelity.i18n import LANGUAGES

    out: dict[str, dict[str, object]] = {
        "MONTHS": {},
        "MONTHS_SHORT": {},
        "DECIMAL": {},
        "MINUS": {},
    }
    for lang in LANGUAGES:
        locale = Locale.parse(lang)
        months = locale.months["format"]
        out["MONTHS"][lang] = tuple(months["wide"][m] for m in range(1, 13))
        out["MONTHS_SHORT"][lang] = tuple(months["abbreviated"][m] for m in range(1, 13))
        symbols = locale.number_symbols["latn"]
        out["DECIMAL"][lang] = symbols["decimal"]
        out["MINUS"][lang] = symbols["minusSign"]
    return out


def render() -> str:
    lines = [
        '"""CLDR data the app writes dates and numbers with (Danish, English), as Babel has them.',
        "",
        "Written by tools/cldr_snapshot.py: do not edit by hand. `wording` formats with these, so",
        "writing a date or a number loads neither Babel nor its locale files (a good part of the",
        "start-up of the report command); tests/test_formats.py fails when Babel says otherwise.",
        '"""',
        "",
    ]
    for name, by_lang in snapshot().items():
        lines.append(f"{name} = {{")
        for lang, value in by_lang.items():
            lines.append(f"    {lang!r}: {value!r},")
        lines.append("}")
    return "\n".join(lines).replace("'", '"') + "\n"


def main() -> int:
    TARGET.write_text(render(), encoding="utf-8")
    subprocess.run([sys.executable, "-m", "ruff", "format", "--quiet", str(TARGET)], check=True)
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
