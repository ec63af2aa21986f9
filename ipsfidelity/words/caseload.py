"""Caseload and the outcome (in job or education)."""

WORDS: dict[str, dict[str, str]] = {
    "caseload.add": {"da": "&Tilføj konsulent", "en": "&Add consultant"},
    "caseload.bad_cases": {
        "da": "Antal sager skal være et helt tal fra 0",
        "en": "Cases must be a whole number from 0",
    },
    "caseload.bad_fte": {
        "da": "Årsværk skal være mindst 0,01 og højst 1, fx 0,8",
        "en": "FTE must be at least 0.01 and at most 1, e.g. 0.8",
    },
    "caseload.confirm": {
        "da": "Tryk Enter igen for at gemme tallet, eller ret det",
        "en": "Press Enter again to save the number, or correct it",
    },
    "caseload.duplicate_consultant": {
        "da": "Hver konsulent må kun stå én gang i caseload-tabellen",
        "en": "Each consultant may appear only once in the caseload table",
    },
    "caseload.duplicate_name": {
        "da": "»{name}« står allerede i tabellen",
        "en": "'{name}' is already in the table",
    },
    "caseload.hint": {
        "da": "Ctrl+N tilføjer en konsulent; Tab går til næste felt; Enter gemmer feltet.",
        "en": "Ctrl+N adds a consultant; Tab goes to the next field; Enter saves the field.",
    },
    "caseload.implausible": {
        "da": "{count} sager for én konsulent er usædvanligt mange (over {limit})",
        "en": "{count} cases for one consultant is unusually many (over {limit})",
    },
    "caseload.invalid": {
        "da": "Caseload for {consultant} er ugyldig (årsværk {fte}, IPS-sager {ips}, andre sager {other}): årsværk skal være mindst 0,01 og højst 1, sager hele tal fra 0",
        "en": "Caseload for {consultant} is invalid (FTE {fte}, IPS cases {ips}, other cases {other}): FTE must be at least 0.01 and at most 1, cases whole numbers from 0",
    },
    "caseload.limit_mixed": {
        "da": "{limit} ({mixed} for en konsulent, der også har andre sager)",
        "en": "{limit} ({mixed} for a consultant who also has other cases)",
    },
    "caseload.no_name": {
        "da": "Konsulenten skal have et navn",
        "en": "The consultant needs a name",
    },
    "caseload.not_saved": {
        "da": "Ikke gemt – ret det markerede felt",
        "en": "Not saved – correct the marked field",
    },
    "caseload.remove": {"da": "&Fjern konsulent", "en": "&Remove consultant"},
    "caseload.status.missing": {"da": "ikke udfyldt", "en": "not entered"},
    "caseload.status.ok": {"da": "i orden", "en": "ok"},
    "caseload.status.over": {"da": "over grænsen", "en": "over the limit"},
    "caseload.status.warning": {"da": "ved grænsen", "en": "at the limit"},
    "caseload.unconfirmed": {
        "da": "Ikke gemt: åbn feltet og bekræft med Enter to gange",
        "en": "Not saved: open the field and confirm with Enter twice",
    },
    "caseload.unsaved_row": {
        "da": "Rækker uden navn gemmes ikke",
        "en": "Rows without a name are not saved",
    },
    "outcome.bad_number": {"da": "Skriv et helt tal fra 0", "en": "Write a whole number from 0"},
    "outcome.col.counts": {"da": "I job/uddannelse", "en": "In job/education"},
    "outcome.counts": {
        "da": "{in_job} af {participants} i job eller uddannelse",
        "en": "{in_job} of {participants} in job or education",
    },
    "outcome.in_job": {
        "da": "Heraf i ordinært &job eller uddannelse",
        "en": "Of whom in ordinary &job or education",
    },
    "outcome.need_both": {"da": "Udfyld begge tal", "en": "Fill in both figures"},
    "outcome.no_trend": {
        "da": "Teamet har ingen resultattal endnu.",
        "en": "The team has no outcome figures yet.",
    },
    "outcome.none": {
        "da": "Ingen resultattal for denne vurdering.",
        "en": "No outcome figures for this review.",
    },
    "outcome.not_whole": {
        "da": "Antal deltagere og antal i job eller uddannelse skal være hele tal fra 0",
        "en": "Participants and those in job or education must be whole numbers from 0",
    },
    "outcome.only_counts": {
        "da": "Kun antal – skriv aldrig navne eller CPR-numre.",
        "en": "Counts only – never names or CPR numbers.",
    },
    "outcome.participants": {"da": "&Deltagere i IPS", "en": "&Participants in IPS"},
    "outcome.reference": {
        "da": "Forskningsprojektet Inklusion: 59,5 % af deltagerne kom i job eller uddannelse",
        "en": "The Danish Inklusion research project: 59.5% of participants reached work or education",
    },
    "outcome.share": {
        "da": "{in_job} af {participants} i job eller uddannelse ({share} %)",
        "en": "{in_job} of {participants} in job or education ({share}%)",
    },
    "outcome.title": {"da": "Resultattal (valgfrit)", "en": "Outcome figures (optional)"},
    "outcome.too_many": {
        "da": "{in_job} i job eller uddannelse er flere end de {participants} deltagere",
        "en": "{in_job} in job or education is more than the {participants} participants",
    },
    "outcome.too_many_participants": {
        "da": "Der kan ikke være flere i job eller uddannelse end deltagere ({participants})",
        "en": "There cannot be more in job or education than participants ({participants})",
    },
    "outcome.trend": {"da": "Udvikling", "en": "Trend"},
}
