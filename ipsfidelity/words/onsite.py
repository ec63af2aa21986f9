"""Everyday work on site: typed dates, the carried-over caseload, the outcome step."""

WORDS: dict[str, dict[str, str]] = {
    "caseload.carried": {
        "da": "{count} rækker er overført fra forrige vurdering. Ret tallene, eller bekræft dem, hvis de stadig gælder (Ctrl+Enter). Indtil da tæller caseloaden som ikke udfyldt.",
        "en": "{count} rows were carried over from the previous review. Correct the counts, or confirm them if they still hold (Ctrl+Enter). Until then the caseload counts as not entered.",
    },
    "caseload.carried_status": {"da": "↻ Bekræft tallene", "en": "↻ Confirm the counts"},
    "caseload.carried_tip": {
        "da": "Overført fra forrige vurdering. Skriv kvartalets tal, eller bekræft dem (Ctrl+Enter).",
        "en": "Carried over from the previous review. Type this quarter's counts, or confirm them (Ctrl+Enter).",
    },
    "caseload.confirm_all": {"da": "Bekræft &alle", "en": "Confirm &all"},
    "caseload.confirm_row": {"da": "&Bekræft række", "en": "&Confirm row"},
    "date.bad": {
        "da": "Skriv datoen som 2027-02-15, 15-02-2027 eller 15.02.2027",
        "en": "Write the date as 2027-02-15, 15-02-2027 or 15.02.2027",
    },
    "date.calendar": {
        "da": "Vælg i kalenderen (Alt+Ned)",
        "en": "Pick from the calendar (Alt+Down)",
    },
    "date.formats": {
        "da": "Skriv fx 2027-02-15, 15-02-2027 eller 15.02.2027",
        "en": "Type e.g. 2027-02-15, 15-02-2027 or 15.02.2027",
    },
    "date.placeholder": {"da": "åååå-mm-dd", "en": "yyyy-mm-dd"},
    "outcome.entered": {"da": "udfyldt", "en": "entered"},
    "outcome.not_entered": {"da": "ikke udfyldt (valgfrit)", "en": "not entered (optional)"},
    "outcome.step_hint": {
        "da": "Enter går til næste tal og gemmer. Ctrl+PgUp tilbage til caseload. Tallene er valgfrie.",
        "en": "Enter moves to the next figure and saves. Ctrl+PgUp back to the caseload. The figures are optional.",
    },
    "outcome.step_intro": {
        "da": "Hvor mange deltagere har teamet, og hvor mange af dem er i job eller uddannelse? Kun antal, ingen navne.",
        "en": "How many participants does the team have, and how many of them are in a job or education? Counts only, no names.",
    },
    "outcome.step_title": {
        "da": "Resultattal for kvartalet",
        "en": "Outcome figures for the quarter",
    },
    "review.rated_of": {"da": "{done} af {total} vurderet", "en": "{done} of {total} rated"},
}
