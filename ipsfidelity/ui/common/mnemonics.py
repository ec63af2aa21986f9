"""Alt+letter for controls whose labels come from an instrument pack (evidence sources),
picked so they never clash with the menu bar or the page's own mnemonics."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ipsfidelity.i18n import tr

_MARKED = re.compile(r"&(\w)")


def marked_letters(texts: Iterable[str]) -> set[str]:
    """The mnemonic letters in texts such as "&Filer" (lower case)."""
    return {m.group(1).lower() for text in texts for m in _MARKED.finditer(text)}


def menu_bar_letters() -> set[str]:
    """The letters the main window's menus take in the current language."""
    return marked_letters(
        (tr("menu.file"), tr("menu.edit"), tr("menu.view"), tr("menu.language"), tr("menu.help"))
    )


def with_mnemonics(labels: Sequence[str], taken: Iterable[str]) -> list[str]:
    """Each label with "&" before the first of its letters not yet taken (its first letter
    when free); a label with no free letter stays as it is. "&" in a label is escaped."""
    used = {c.lower() for c in taken}
    out = []
    for label in labels:
        text = label.replace("&", "&&")
        for i, char in enumerate(text):
            if char.isalpha() and char.lower() not in used:
                used.add(char.lower())
                text = f"{text[:i]}&{text[i:]}"
                break
        out.append(text)
    return out
