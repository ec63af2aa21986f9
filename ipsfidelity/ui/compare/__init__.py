"""Comparing: all teams side by side and one team's development over time."""
