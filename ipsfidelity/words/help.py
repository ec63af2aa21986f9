"""Hjælp: the user guide's window (Vejledning) and the About box (Om)."""

WORDS: dict[str, dict[str, str]] = {
    "help.about.backups": {"da": "Sikkerhedskopier:", "en": "Backups:"},
    "help.about.database": {"da": "Data (databasen):", "en": "Data (the database):"},
    "help.about.icon": {"da": "Programmets ikon", "en": "The app's icon"},
    "help.about.logs": {"da": "Logfiler:", "en": "Log files:"},
    "help.about.open_failed": {
        "da": "Logmappen kunne ikke åbnes: {why}",
        "en": "The log folder could not be opened: {why}",
    },
    "help.about.open_logs": {"da": "Åbn &logmappe", "en": "Open &log folder"},
    "help.about.packs": {"da": "Instrumentpakker:", "en": "Instrument packs:"},
    "help.about.title": {"da": "Om IPS-fidelitet", "en": "About IPS fidelity"},
    "help.guide.action": {"da": "&Vejledning", "en": "User &guide"},
    "help.guide.contents": {"da": "Indhold", "en": "Contents"},
    "help.guide.not_found": {"da": "Ikke fundet", "en": "Not found"},
    "help.guide.search": {"da": "&Søg:", "en": "&Search:"},
    "help.guide.search_hint": {
        "da": "Søg i vejledningen (Ctrl+F; Enter finder næste)",
        "en": "Search the guide (Ctrl+F; Enter finds the next)",
    },
    "help.guide.text": {"da": "Vejledningens tekst", "en": "The guide's text"},
    "help.guide.title": {"da": "Vejledning – IPS-fidelitet", "en": "User guide – IPS fidelity"},
}
