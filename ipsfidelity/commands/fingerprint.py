"""`fingerprint`: the review's fingerprint, as every report page's footer prints it, so a
printed page can be matched to the record (ipsfidelity/fingerprint.py says what it covers)."""

from __future__ import annotations

import argparse

from ipsfidelity.commands.common import EXIT_OK, open_assessment
from ipsfidelity.i18n import tr


def register(add_command) -> None:  # type: ignore[no-untyped-def]
    p = add_command("fingerprint", tr("cli.help.fingerprint"), run)
    p.add_argument("assessment", metavar="ASSESSMENT", help=tr("cli.help.assessment_ref"))


def run(args: argparse.Namespace) -> int:
    from ipsfidelity.fingerprint import fingerprint

    store, aid = open_assessment(args)
    with store.reading():  # the record and its lifecycle from one snapshot
        print(fingerprint(store.get_assessment(aid), store.lifecycle(aid)))
    return EXIT_OK
