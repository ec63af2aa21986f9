"""Everyday work on site: typed dates, the carried-over caseload, the outcome step."""

WORDS: dict[str, dict[str, str]] = {
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
    "review.rated_of": {"da": "{done} af {total} vurderet", "en": "{done} of {total} rated"},
}
