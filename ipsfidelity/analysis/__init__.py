"""Comparing assessments across quarters and teams: SQL aggregates, exports. No Qt.

Scores here equal `ipsfidelity.scoring.score_assessment` for every assessment
(tests/test_analysis_equivalence.py checks it on SQLite and PostgreSQL).
"""

from ipsfidelity.analysis.overview import OverviewRow, overview, periods, with_follow_up
from ipsfidelity.analysis.table import (
    COLUMN_KEYS,
    filter_rows,
    principle_columns,
    principle_ids,
    sort_rows,
)
from ipsfidelity.analysis.trend import (
    RatingChange,
    Step,
    of_kind,
    rating_changes,
    steps,
    trend,
)
from ipsfidelity.store.aggregates import AssessmentScore

__all__ = [
    "COLUMN_KEYS",
    "AssessmentScore",
    "OverviewRow",
    "RatingChange",
    "Step",
    "filter_rows",
    "of_kind",
    "overview",
    "periods",
    "principle_columns",
    "principle_ids",
    "rating_changes",
    "sort_rows",
    "steps",
    "trend",
    "with_follow_up",
]
