"""The report: exporting it as PDF and printing it."""
