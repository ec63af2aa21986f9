"""Refused input: pydantic's error types for exchange files, text that cannot be stored."""

WORDS: dict[str, dict[str, str]] = {
    "invalid.bool_type": {"da": "skal være true eller false", "en": "must be true or false"},
    "invalid.date_from_datetime_inexact": {
        "da": "skal være en dato uden klokkeslæt",
        "en": "must be a date without a time",
    },
    "invalid.date_parsing": {
        "da": "skal være en gyldig dato (ÅÅÅÅ-MM-DD)",
        "en": "must be a valid date (YYYY-MM-DD)",
    },
    "invalid.date_range": {
        "da": "skal ligge mellem år {first} og {last}",
        "en": "must lie between the years {first} and {last}",
    },
    "invalid.date_type": {
        "da": "skal være en dato (ÅÅÅÅ-MM-DD)",
        "en": "must be a date (YYYY-MM-DD)",
    },
    "invalid.datetime_object_invalid": {
        "da": "skal være et gyldigt tidspunkt",
        "en": "must be a valid date and time",
    },
    "invalid.datetime_parsing": {
        "da": "skal være et gyldigt tidspunkt med tidszone",
        "en": "must be a valid date and time with time zone",
    },
    "invalid.datetime_type": {
        "da": "skal være et tidspunkt med tidszone",
        "en": "must be a date and time with time zone",
    },
    "invalid.finite_number": {"da": "skal være et endeligt tal", "en": "must be a finite number"},
    "invalid.float_type": {"da": "skal være et tal", "en": "must be a number"},
    "invalid.greater_than": {
        "da": "er for lille (skal være over {gt})",
        "en": "is too small (must be above {gt})",
    },
    "invalid.greater_than_equal": {
        "da": "er for lille (mindst {ge})",
        "en": "is too small (at least {ge})",
    },
    "invalid.int_parsing_size": {"da": "er et for stort tal", "en": "is too large a number"},
    "invalid.int_type": {"da": "skal være et helt tal", "en": "must be a whole number"},
    "invalid.iso_date": {
        "da": "skal være en dato som tekst (ÅÅÅÅ-MM-DD)",
        "en": "must be a date as text (YYYY-MM-DD)",
    },
    "invalid.iso_datetime": {
        "da": "skal være et tidspunkt med tidszone som tekst (ÅÅÅÅ-MM-DDTtt:mm:ss+01:00)",
        "en": "must be a date and time with time zone as text (YYYY-MM-DDThh:mm:ss+01:00)",
    },
    "invalid.json_invalid": {"da": "er ikke gyldig JSON", "en": "is not valid JSON"},
    "invalid.less_than": {
        "da": "er for stor (skal være under {lt})",
        "en": "is too large (must be below {lt})",
    },
    "invalid.less_than_equal": {
        "da": "er for stor (højst {le})",
        "en": "is too large (at most {le})",
    },
    "invalid.list_type": {"da": "skal være en liste", "en": "must be a list"},
    "invalid.literal_error": {
        "da": "har en værdi, der ikke understøttes",
        "en": "has a value that is not supported",
    },
    "invalid.missing": {"da": "mangler", "en": "is missing"},
    "invalid.model_type": {"da": "skal være et objekt", "en": "must be an object"},
    "invalid.other": {"da": "har en ugyldig værdi", "en": "has an invalid value"},
    "invalid.string_pattern_mismatch": {
        "da": "har et ugyldigt format",
        "en": "has an invalid format",
    },
    "invalid.string_too_long": {
        "da": "er for lang (højst {max_length} tegn)",
        "en": "is too long (at most {max_length} characters)",
    },
    "invalid.string_too_short": {"da": "må ikke være tom", "en": "must not be empty"},
    "invalid.string_type": {"da": "skal være tekst", "en": "must be text"},
    "invalid.string_unicode": {
        "da": "skal være gyldig Unicode-tekst",
        "en": "must be valid Unicode text",
    },
    "invalid.text_bidi": {
        "da": "indeholder et tegn, der vender skriveretningen ({char}), så teksten ser anderledes ud, end den er",
        "en": "contains a character that reverses the writing direction ({char}), so the text looks other than it is",
    },
    "invalid.text_control": {
        "da": "indeholder et styretegn ({char}), som ikke kan gemmes",
        "en": "contains a control character ({char}) that cannot be stored",
    },
    "invalid.text_invisible_name": {
        "da": "er tomt, når usynlige tegn er fjernet",
        "en": "is empty once invisible characters are removed",
    },
    "invalid.timezone_aware": {"da": "skal have en tidszone", "en": "must have a time zone"},
    "invalid.too_long": {
        "da": "har for mange elementer (højst {max_length})",
        "en": "has too many items (at most {max_length})",
    },
    "invalid.too_short": {"da": "har for få elementer", "en": "has too few items"},
    "text.bidi": {
        "da": "Teksten indeholder et tegn, der vender skriveretningen ({char}); det kan ikke gemmes",
        "en": "The text contains a character that reverses the writing direction ({char}); it cannot be stored",
    },
    "text.control": {
        "da": "Teksten indeholder et styretegn ({char}), som ikke kan gemmes",
        "en": "The text contains a control character ({char}) that cannot be stored",
    },
    "text.invisible_name": {
        "da": "Navnet er tomt, når usynlige tegn er fjernet",
        "en": "The name is empty once invisible characters are removed",
    },
}
