"""Consultants as "Konsulent 1, 2, …" rather than by name: what the report prints unless
the user asks for the names. A steering-group report is about the team, not about which
employee carries the heaviest load; the numbers follow the caseload table's order, and a
name the reviewers' own readings or the previous review share gets the same number."""

from __future__ import annotations

from dataclasses import replace

from ipsfidelity.i18n import tr_in
from ipsfidelity.report.content_types import Previous, ReportContent


def numbered_consultants(c: ReportContent) -> ReportContent:
    """`c` with every consultant's name replaced by "Konsulent n" (in `c.lang`)."""
    numbers: dict[str, int] = {}
    names: list[str] = []

    def label(name: str) -> str:
        key = name.strip().casefold()
        if key not in numbers:
            numbers[key] = len(numbers) + 1
            names.append(name)
        return tr_in(c.lang, "report.detail.consultant_n", number=numbers[key])

    caseload = tuple(replace(e, consultant=label(e.consultant)) for e in c.data.caseload)
    loads = tuple(replace(x, consultant=label(x.consultant)) for x in c.score.caseload.consultants)
    own = {
        reviewer: tuple(replace(e, consultant=label(e.consultant)) for e in rows)
        for reviewer, rows in c.reviewer_caseloads.items()
    }
    previous = c.previous
    if previous is not None:
        before = previous.data
        previous = Previous(
            replace(
                before,
                caseload=tuple(replace(e, consultant=label(e.consultant)) for e in before.caseload),
            ),
            replace(
                previous.score,
                caseload=replace(
                    previous.score.caseload,
                    consultants=tuple(
                        replace(x, consultant=label(x.consultant))
                        for x in previous.score.caseload.consultants
                    ),
                ),
            ),
        )
    return replace(
        c,
        data=replace(c.data, caseload=caseload),
        score=replace(c.score, caseload=replace(c.score.caseload, consultants=loads)),
        reviewer_caseloads=own,
        previous=previous,
        numbered_staff=(*c.numbered_staff, *names),
    )
