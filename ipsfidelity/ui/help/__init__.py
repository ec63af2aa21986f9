"""Hjælp: the user guide (Vejledning) and the About box (Om)."""
