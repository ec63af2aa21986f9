"""CLDR data the app writes dates and numbers with (Danish, English), as Babel has them.

Written by tools/cldr_snapshot.py: do not edit by hand. `wording` formats with these, so
writing a date or a number loads neither Babel nor its locale files (a good part of the
start-up of the report command); tests/test_formats.py fails when Babel says otherwise.
"""

MONTHS = {
    "da": (
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
MONTHS_SHORT = {
    "da": (
        "jan.",
        "feb.",
        "mar.",
        "apr.",
        "maj",
        "jun.",
        "jul.",
        "aug.",
        "sep.",
        "okt.",
        "nov.",
        "dec.",
    ),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}
DECIMAL = {
    "da": ",",
    "en": ".",
}
MINUS = {
    "da": "-",
    "en": "-",
}
