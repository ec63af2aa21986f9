"""Messages for refused input and unusable databases, Danish first (merged into MESSAGES).

`invalid.<type>` keys translate pydantic's error types for exchange files; the field's
place in the file goes in front (reader.describe). Unknown types fall back to
`invalid.other`, so no English from pydantic reaches a Danish user.
"""

_INVALID: dict[str, tuple[str, str]] = {
    "missing": ("mangler", "is missing"),
    "string_too_long": (
        "er for lang (højst {max_length} tegn)",
        "is too long (at most {max_length} characters)",
    ),
    "string_too_short": ("må ikke være tom", "must not be empty"),
    "string_pattern_mismatch": ("har et ugyldigt format", "has an invalid format"),
    "string_type": ("skal være tekst", "must be text"),
    "string_unicode": ("skal være gyldig Unicode-tekst", "must be valid Unicode text"),
    "int_type": ("skal være et helt tal", "must be a whole number"),
    "int_parsing": ("skal være et helt tal", "must be a whole number"),
    "int_from_float": ("skal være et helt tal", "must be a whole number"),
    "int_parsing_size": ("er et for stort tal", "is too large a number"),
    "float_type": ("skal være et tal", "must be a number"),
    "float_parsing": ("skal være et tal", "must be a number"),
    "bool_type": ("skal være true eller false", "must be true or false"),
    "greater_than": ("er for lille (skal være over {gt})", "is too small (must be above {gt})"),
    "greater_than_equal": ("er for lille (mindst {ge})", "is too small (at least {ge})"),
    "less_than": ("er for stor (skal være under {lt})", "is too large (must be below {lt})"),
    "less_than_equal": ("er for stor (højst {le})", "is too large (at most {le})"),
    "finite_number": ("skal være et endeligt tal", "must be a finite number"),
    "list_type": ("skal være en liste", "must be a list"),
    "too_long": (
        "har for mange elementer (højst {max_length})",
        "has too many items (at most {max_length})",
    ),
    "too_short": ("har for få elementer", "has too few items"),
    "model_type": ("skal være et objekt", "must be an object"),
    "model_attributes_type": ("skal være et objekt", "must be an object"),
    "dict_type": ("skal være et objekt", "must be an object"),
    "literal_error": ("har en værdi, der ikke understøttes", "has a value that is not supported"),
    "iso_date": ("skal være en dato som tekst (ÅÅÅÅ-MM-DD)", "must be a date as text (YYYY-MM-DD)"),
    "iso_datetime": (
        "skal være et tidspunkt med tidszone som tekst (ÅÅÅÅ-MM-DDTtt:mm:ss+01:00)",
        "must be a date and time with time zone as text (YYYY-MM-DDThh:mm:ss+01:00)",
    ),
    "date_type": ("skal være en dato (ÅÅÅÅ-MM-DD)", "must be a date (YYYY-MM-DD)"),
    "date_parsing": ("skal være en gyldig dato (ÅÅÅÅ-MM-DD)", "must be a valid date (YYYY-MM-DD)"),
    "date_from_datetime_parsing": (
        "skal være en gyldig dato (ÅÅÅÅ-MM-DD)",
        "must be a valid date (YYYY-MM-DD)",
    ),
    "date_from_datetime_inexact": (
        "skal være en dato uden klokkeslæt",
        "must be a date without a time",
    ),
    "datetime_type": (
        "skal være et tidspunkt med tidszone",
        "must be a date and time with time zone",
    ),
    "datetime_parsing": (
        "skal være et gyldigt tidspunkt med tidszone",
        "must be a valid date and time with time zone",
    ),
    "datetime_from_date_parsing": (
        "skal være et gyldigt tidspunkt med tidszone",
        "must be a valid date and time with time zone",
    ),
    "datetime_object_invalid": ("skal være et gyldigt tidspunkt", "must be a valid date and time"),
    "timezone_aware": ("skal have en tidszone", "must have a time zone"),
    "date_range": (
        "skal ligge mellem år {first} og {last}",
        "must lie between the years {first} and {last}",
    ),
    "text_control": (
        "indeholder et styretegn ({char}), som ikke kan gemmes",
        "contains a control character ({char}) that cannot be stored",
    ),
    "text_bidi": (
        "indeholder et tegn, der vender skriveretningen ({char}), så teksten ser anderledes ud, end den er",
        "contains a character that reverses the writing direction ({char}), so the text looks other than it is",
    ),
    "text_invisible_name": (
        "er tomt, når usynlige tegn er fjernet",
        "is empty once invisible characters are removed",
    ),
    "json_invalid": ("er ikke gyldig JSON", "is not valid JSON"),
    "json_type": ("er ikke gyldig JSON", "is not valid JSON"),
    "other": ("har en ugyldig værdi", "has an invalid value"),
}

INPUT_MESSAGES: dict[str, dict[str, str]] = {
    **{f"invalid.{key}": {"da": da, "en": en} for key, (da, en) in _INVALID.items()},
    "text.control": {
        "da": "Teksten indeholder et styretegn ({char}), som ikke kan gemmes",
        "en": "The text contains a control character ({char}) that cannot be stored",
    },
    "text.bidi": {
        "da": "Teksten indeholder et tegn, der vender skriveretningen ({char}); det kan ikke gemmes",
        "en": "The text contains a character that reverses the writing direction ({char}); it cannot be stored",
    },
    "text.invisible_name": {
        "da": "Navnet er tomt, når usynlige tegn er fjernet",
        "en": "The name is empty once invisible characters are removed",
    },
    "import.number_too_long": {
        "da": "et tal i filen har for mange cifre",
        "en": "a number in the file has too many digits",
    },
    "import.not_regular": {
        "da": "det er ikke en almindelig fil (men en mappe, en enhed eller en navngiven pipe)",
        "en": "it is not a regular file (but a folder, a device or a named pipe)",
    },
    "import.team_moved": {
        "da": "vurderingen hører til teamet »{stored}«, men filen lægger den under »{name}«; en vurdering kan ikke flyttes til et andet team ved import",
        "en": "the assessment belongs to the team '{stored}', but the file puts it under '{name}'; an assessment cannot be moved to another team by import",
    },
    "db.missing_table": {
        "da": "Databasen {where} mangler tabellen »{table}« og kan ikke bruges. Filen er ikke ændret; gendan den nyeste sikkerhedskopi",
        "en": "The database {where} lacks the table '{table}' and cannot be used. The file is unchanged; restore the newest backup",
    },
    "db.newer_version": {
        "da": "Databasen {where} er lavet af en nyere version af ipsfidelity (skemaversion {revision}); opdatér ipsfidelity for at åbne den. Den er ikke ændret",
        "en": "The database {where} was made by a newer version of ipsfidelity (schema version {revision}); update ipsfidelity to open it. It is unchanged",
    },
    "db.version_rows": {
        "da": "Databasen {where} har {count} versionsmarkeringer i stedet for én og kan ikke bruges sikkert. Den er ikke ændret; gendan den nyeste sikkerhedskopi",
        "en": "The database {where} has {count} version marks instead of one and cannot be used safely. It is unchanged; restore the newest backup",
    },
    "db.disk_full": {
        "da": "Databasen {where} kan ikke skrives: disken er fuld. Frigør plads og prøv igen; intet er ændret",
        "en": "The database {where} cannot be written: the disk is full. Free some space and try again; nothing was changed",
    },
    "db.io_error": {
        "da": "Databasen {where} kan ikke læses eller skrives (fejl fra disken). Tjek disken eller drevet, og prøv igen",
        "en": "The database {where} cannot be read or written (a disk error). Check the disk or drive and try again",
    },
    "db.read_only": {
        "da": "Databasen {where} er skrivebeskyttet (filen eller mappen må ikke ændres), så ændringen kan ikke gemmes; visning og rapporter virker stadig",
        "en": "The database {where} is read-only (the file or its folder may not be changed), so the change cannot be saved; viewing and reports still work",
    },
    "db.unreadable": {
        "da": "Databasen {where} kan ikke læses: du har ikke adgang til filen",
        "en": "The database {where} cannot be read: you have no access to the file",
    },
    "db.server_permission": {
        "da": "Databaseserveren {where} nægter adgang: brugeren har ikke ret til tabellerne. Bed den, der driver serveren, om at give adgang",
        "en": "The database server {where} denies access: the user has no rights on the tables. Ask whoever runs the server to grant access",
    },
    "db.bad_server_url": {
        "da": "Databaseadressen »{url}« er ikke gyldig; skriv den som postgresql://bruger@vært:port/database",
        "en": "The database address '{url}' is not valid; write it as postgresql://user@host:port/database",
    },
}
