"""The review: the walk-through of an assessment, its caseload page and its results."""
