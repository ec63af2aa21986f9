"""Backups: making them, restoring one, and recovering a damaged or missing database."""
