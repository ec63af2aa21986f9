"""Spotting what looks like a person's name in free text ("Jens Jensen" in a note).

A note about a citizen should never name them, and nothing asks a typist to spell a name in
any special way, so the detector reads the shapes a Danish text gives a name:

- a known Danish first name followed by one or more capitalised words: "Jens Jensen",
  "Anne-Marie Østergaard", "Søren Kierkegaard-Holm", "Mette J. Hansen";
- initials followed by a surname: "J. Jensen", "J.P. Ravn" (the surname a common one, or
  any word ending in -sen);
- a title before a capitalised word: "hr. Jensen", "fru Østergaard".

A first name alone ("Jens har fået job") is not flagged: too common a word in notes to
warn on, and a weak identifier on its own. Words that follow a first name but name a
place or an organisation ("Region Hovedstaden", "Psykiatrisk Center Glostrup", a
municipality) end the name, and a street ("Karen Blixens Vej") is no person. At the start
of a sentence, a first name that is also an everyday word ("Per", "Bo", "Storm") counts
only before a surname-looking word. Names of the staff (reviewers, consultants,
signatories) are passed in and not flagged: they are the team's own people, whose names
the report prints anyway.

The lists of names are data files in `resources/names/` (their sources are in their
headers and in docs/privacy.md). Detection errs towards warning: a false alarm costs a
click, a miss prints a citizen's name.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ipsfidelity.privacy import contains_cpr, mask_cpr, normalised
from ipsfidelity.resources import resource_path

NAME_MASK = "N.N."  # "nomen nescio": the usual stand-in for a withheld name, in both languages

# A word: letters, parts joined by a hyphen ("Anne-Marie"), then maybe the period of an
# initial or an abbreviation ("J.", "hr.").
_TOKEN = re.compile(r"[^\W\d_]+(?:[-‐‑][^\W\d_]+)*\.?")
_INITIALS = re.compile(r"(?:[A-ZÆØÅ]\.){1,3}")
_SPACE = re.compile(r"[ \t]{1,3}")  # words of one name: on one line, close together
_AFTER_INITIAL = re.compile(r"[ \t]{0,3}")  # "J.P. Ravn": no space needed after a period
_SENTENCE_END = frozenset(".!?:;•*-–—\"'“”„»«([")
_TITLES = frozenset({"hr.", "hr", "fru", "frk.", "frk", "frøken"})

# Capitalised words after a first name that name a place, an organisation or a thing,
# not a person: the end of a name, or no name at all. Lower-cased.
_NOT_SURNAMES = frozenset(
    {
        "kommune", "kommunes", "region", "regionen", "regions", "center", "centret",
        "centeret", "psykiatri", "psykiatrien", "psykiatrisk", "psykiatriske", "jobcenter",
        "jobcentret", "jobcenteret", "hospital", "hospitalet", "sygehus", "sygehuset",
        "klinik", "klinikken", "team", "teamet", "afdeling", "afdelingen", "ambulatorium",
        "ambulatoriet", "opus", "act", "f-act", "ips", "danmark", "hovedstaden", "sjælland",
        "syddanmark", "midtjylland", "nordjylland", "jylland", "fyn", "bornholm",
        "universitet", "universitetshospital", "skole", "skolen", "gymnasium", "fonden",
        "fond", "instituttet", "institut", "ministeriet", "styrelsen", "sundhedsstyrelsen",
        "styrelse", "akademi", "akademiet", "socialpsykiatri", "misbrugscenter", "bosted",
        "botilbud", "kirke", "kirken", "museum", "museet", "lufthavn", "station",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "the", "and", "of",
    }
    | {  # Denmark's 98 municipalities, as their names stand after a first name
        "albertslund", "allerød", "assens", "ballerup", "billund", "bornholms", "brøndby",
        "brønderslev", "dragør", "egedal", "esbjerg", "fanø", "favrskov", "faxe",
        "fredensborg", "fredericia", "frederiksberg", "frederikshavn", "frederikssund",
        "furesø", "faaborg-midtfyn", "gentofte", "gladsaxe", "glostrup", "greve", "gribskov",
        "guldborgsund", "haderslev", "halsnæs", "hedensted", "helsingør", "herlev", "herning",
        "hillerød", "hjørring", "holbæk", "holstebro", "horsens", "hvidovre", "høje-taastrup",
        "hørsholm", "ikast-brande", "ishøj", "jammerbugt", "kalundborg", "kerteminde",
        "kolding", "københavn", "københavns", "køge", "langeland", "lejre", "lemvig",
        "lolland", "lyngby-taarbæk", "læsø", "mariagerfjord", "middelfart", "morsø",
        "norddjurs", "nordfyns", "nyborg", "næstved", "odder", "odense", "odsherred",
        "randers", "rebild", "ringkøbing-skjern", "ringsted", "roskilde", "rudersdal",
        "rødovre", "samsø", "silkeborg", "skanderborg", "skive", "slagelse", "solrød",
        "sorø", "stevns", "struer", "svendborg", "syddjurs", "sønderborg", "thisted",
        "tønder", "tårnby", "vallensbæk", "varde", "vejen", "vejle", "vesthimmerlands",
        "viborg", "vordingborg", "ærø", "aabenraa", "aalborg", "aarhus", "århus",
    }
)  # fmt: skip
_STREET_ENDINGS = ("vej", "gade", "allé", "alle", "plads", "torv", "stræde", "boulevard")
# First names that are everyday words when they start a sentence ("Per uge", "Bo Sammen").
_EVERYDAY_WORDS = frozenset(
    {"per", "bo", "ask", "storm", "sten", "mark", "dan", "sol", "bent", "rose", "tage"}
    | {"ebbe", "kaj", "jan", "may", "vera", "ulla", "frank", "ruth", "nora", "alma", "kim"}
)


@dataclass(frozen=True)
class NameMatch:
    start: int
    end: int
    text: str


def _read_list(name: str) -> frozenset[str]:
    lines = resource_path("names", name).read_text(encoding="utf-8").splitlines()
    return frozenset(s.strip().casefold() for s in lines if s.strip() and not s.startswith("#"))


@functools.cache
def first_names() -> frozenset[str]:
    """The known Danish first names, case-folded (`resources/names/first_names_da.txt`)."""
    return _read_list("first_names_da.txt")


@functools.cache
def surnames() -> frozenset[str]:
    """The common Danish surnames, case-folded (`resources/names/surnames_da.txt`)."""
    return _read_list("surnames_da.txt")


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    text: str  # without a trailing period, except for initials


def _tokens(norm: str) -> list[_Token]:
    out = []
    for m in _TOKEN.finditer(norm):
        word = m[0]
        if not _INITIALS.fullmatch(word) and word.endswith(".") and word.casefold() not in _TITLES:
            word = word[:-1]
        out.append(_Token(m.start(), m.start() + len(word), word))
    return out


def _capitalised(word: str) -> bool:
    """ "Jensen", "Anne-Marie", "Østergaard": each part an upper-case letter, then lower."""
    return all(len(p) > 1 and p[0].isupper() and p[1:].islower() for p in re.split("[-‐‑]", word))


def _is_first_name(word: str) -> bool:
    if not _capitalised(word):
        return False
    parts = [p.casefold() for p in re.split("[-‐‑]", word)]
    return all(p in first_names() for p in parts)


def _surname_like(word: str) -> bool:
    last = re.split("[-‐‑]", word)[-1].casefold()
    return _capitalised(word) and (
        last in surnames() or last.rstrip("s") in surnames() or last.endswith(("sen", "sens"))
    )


def _name_word(word: str) -> bool:
    """A capitalised word that may be part of a person's name (not a place or a body)."""
    return _capitalised(word) and word.casefold() not in _NOT_SURNAMES


def _sentence_start(norm: str, at: int) -> bool:
    before = norm[:at].rstrip(" \t")
    return not before or before[-1] in _SENTENCE_END or before.endswith("\n")


def _joined(norm: str, left: _Token, right: _Token) -> bool:
    gap = _AFTER_INITIAL if left.text.endswith(".") else _SPACE
    return bool(gap.fullmatch(norm, left.end, right.start))


def _staff_key(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(w.casefold() for w in words)


def staff_names(names: Iterable[str]) -> frozenset[tuple[str, ...]]:
    """The staff's names as `find_names` compares them: each one's words, case-folded."""
    return frozenset(
        key for name in names if (key := _staff_key(t.text for t in _tokens(name.strip())))
    )


def _is_staff(words: list[str], staff: frozenset[tuple[str, ...]]) -> bool:
    """The words, in order, all stand in one staff name ("Mette Hansen" in "Mette Lund
    Hansen"); a genitive -s is dropped ("Mette Hansens note")."""
    said = _staff_key(words)
    for name in staff:
        at = 0
        for word in said:
            while at < len(name) and name[at] not in (word, word.removesuffix("s")):
                at += 1
            if at == len(name):
                break
            at += 1
        else:
            return True
    return False


def _name_at(norm: str, tokens: list[_Token], i: int) -> int | None:
    """The index of the last token of a name starting at `tokens[i]`, None when none does."""
    first = tokens[i].text
    if first.casefold() in _TITLES:
        if i + 1 < len(tokens) and _joined(norm, tokens[i], tokens[i + 1]):
            return i + 1 if _name_word(tokens[i + 1].text) else None
        return None
    initials = _INITIALS.fullmatch(first) is not None
    if not initials and not _is_first_name(first):
        return None
    last = i
    while last + 1 < len(tokens) and _joined(norm, tokens[last], tokens[last + 1]):
        word = tokens[last + 1].text
        if not (_name_word(word) or _INITIALS.fullmatch(word)):
            break
        last += 1
    while last > i and _INITIALS.fullmatch(tokens[last].text):
        last -= 1  # a name ends on a word, not on an initial
    if last == i:
        return None
    surname = tokens[last].text
    if surname.casefold().endswith(_STREET_ENDINGS):
        return None
    if initials or (first.casefold() in _EVERYDAY_WORDS and _sentence_start(norm, tokens[i].start)):
        return last if _surname_like(surname) else None
    return last


def find_names(text: str, staff: frozenset[tuple[str, ...]] = frozenset()) -> list[NameMatch]:
    """Every stretch of `text` that looks like a person's name, in order; `start`/`end`
    index the original `text`. Names of `staff` (`staff_names`) are left out."""
    if not any(c.isupper() for c in text):
        return []
    norm, starts, ends = normalised(text)
    tokens = _tokens(norm)
    found: list[NameMatch] = []
    i = 0
    while i < len(tokens):
        last = _name_at(norm, tokens, i)
        if last is None:
            i += 1
            continue
        words = [t.text for t in tokens[i : last + 1] if t.text.casefold() not in _TITLES]
        if not _is_staff(words, staff):
            a, b = starts[tokens[i].start], ends[tokens[last].end - 1]
            found.append(NameMatch(a, b, text[a:b]))
        i = last + 1
    return found


def contains_personal_data(text: str, staff: frozenset[tuple[str, ...]] = frozenset()) -> bool:
    """A free text (a note, an action, a reason) that seems to hold a CPR number or a name."""
    return contains_cpr(text) or bool(find_names(text, staff))


def masked_free_text(text: str, staff: frozenset[tuple[str, ...]] = frozenset()) -> str:
    """A free text with CPR-like numbers and name-like stretches masked."""
    return mask_names(mask_cpr(text), staff)


def mask_names(text: str, staff: frozenset[tuple[str, ...]] = frozenset()) -> str:
    """`text` with each name-like stretch replaced by `NAME_MASK`."""
    for m in reversed(find_names(text, staff)):
        text = text[: m.start] + NAME_MASK + text[m.end :]
    return text
