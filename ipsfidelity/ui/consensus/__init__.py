"""The lifecycle screens: finishing, reopening, the consensus step and the history."""
