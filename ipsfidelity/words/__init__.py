"""Every word the app, the report and the command line show, Danish first.

One module per area, each a `WORDS` dict of `key -> {"da": ..., "en": ...}`; `CATALOGUE`
merges them once. Look words up with `ipsfidelity.i18n.tr`. `tests/test_words.py` checks
both languages, their placeholders, that every key the code uses exists, that every key is
used, and that no Danish sentence stands twice.
"""

from __future__ import annotations

from ipsfidelity.words import (
    access,
    backup,
    caseload,
    cli,
    common,
    compare,
    consensus,
    exchange,
    followup,
    help,
    history,
    home,
    input,
    lifecycle,
    onsite,
    qt,
    report,
    review,
    server,
    store,
    sync,
    xui,
)

AREAS = (
    access,
    backup,
    caseload,
    cli,
    common,
    compare,
    consensus,
    exchange,
    followup,
    help,
    history,
    home,
    input,
    lifecycle,
    onsite,
    qt,
    report,
    review,
    server,
    store,
    sync,
    xui,
)


def _merge() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for area in AREAS:
        for key, entry in area.WORDS.items():
            if key in merged:
                raise ValueError(f"{key} stands in two areas")
            merged[key] = entry
    return merged


CATALOGUE: dict[str, dict[str, str]] = _merge()
