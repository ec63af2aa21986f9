"""Small wording helpers for the report, always in the report's own language."""

from __future__ import annotations

import datetime as dt

from ipsfidelity.i18n import tr_in
from ipsfidelity.wording import date_text, number


class Words:
    """Translations, numbers and dates in one fixed language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def tr(self, key: str, /, **values: object) -> str:
        return tr_in(self.lang, key, **values)

    def num(self, value: float | None) -> str:
        return number(value, self.lang)

    def date(self, day: dt.date) -> str:
        # Non-breaking spaces: "10. november 2026" never breaks across lines.
        return date_text(day, self.lang).replace(" ", "\u00a0")

    def short_date(self, day: dt.date) -> str:
        """'22. dec. 2026': for narrow table columns."""
        return date_text(day, self.lang, short=True)

    def delta(self, now: float | None, before: float | None) -> tuple[str, int]:
        """'↑ +12,5' and its sign (1, 0, -1); a dash when either side is missing."""
        if now is None or before is None:
            return "–", 0
        diff = round(now - before, 1)
        if diff > 0:
            return f"↑ +{self.num(diff)}", 1
        if diff < 0:
            return f"↓ −{self.num(-diff)}", -1
        return f"→ {self.num(0.0)}", 0


def esc(text: str) -> str:
    """User text inside a reportlab Paragraph (which parses a little XML).

    As xml.sax.saxutils.escape, without the ~9 ms that importing it costs the report
    command (it loads urllib.request, http.client and ssl)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\n", "<br/>")
