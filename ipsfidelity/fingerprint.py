"""A short fingerprint of a review's record, printed in every report page footer so that a
printed page can be matched to the record (`ipsfidelity fingerprint` prints it too).

sha256 of a canonical JSON (sorted keys, no spaces, UTF-8) of what the record says:
the review's identity, kind, consensus ratings with notes and evidence, the caseload
(or why it is not available), the reviewers, the sign-offs and when it was finished.
Shown as the first 12 hex digits in groups of four: "3f2a-9c01-b7d4".
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from ipsfidelity.store.lifecycle_views import LifecycleInfo
from ipsfidelity.store.views import AssessmentData

DIGITS = 12


def canonical_record(data: AssessmentData, life: LifecycleInfo) -> dict[str, Any]:
    info = data.info
    return {
        "assessment": info.id,
        "team": data.team.id,
        "instrument": [info.instrument_id, info.instrument_version],
        "date": info.date.isoformat(),
        "period": info.period,
        "kind": life.kind,
        "state": life.state,
        "reviewers": list(info.reviewers),
        "ratings": {
            e: [r.rating, r.note, sorted(r.evidence)] for e, r in sorted(data.ratings.items())
        },
        "caseload": [[c.consultant, c.fte, c.ips_cases, c.other_cases] for c in data.caseload],
        "caseload_unavailable": life.caseload_unavailable,
        "signoffs": sorted([s.reviewer, s.signed_on.isoformat()] for s in life.signoffs),
        "finished_at": None if life.finished_at is None else life.finished_at.isoformat(),
    }


def fingerprint(data: AssessmentData, life: LifecycleInfo) -> str:
    text = json.dumps(
        canonical_record(data, life), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:DIGITS]
    return "-".join(digest[i : i + 4] for i in range(0, DIGITS, 4))
