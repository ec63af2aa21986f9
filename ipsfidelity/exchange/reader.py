"""Reading exchange files: everything is checked before anything is written.

Refusals are UserErrors with one line naming the file and the problem.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ipsfidelity.errors import UserError
from ipsfidelity.exchange.schema import (
    FORMAT,
    READABLE_VERSIONS,
    AssessmentDoc,
    ExchangeFile,
    RatingDoc,
)
from ipsfidelity.fileio import os_reason
from ipsfidelity.i18n import tr
from ipsfidelity.instrument import NOT_RATED, get_pack
from ipsfidelity.store.followup import CASELOAD_REF

# One assessment is a few kilobytes; anything this large is not ours.
MAX_BYTES = 2 * 1024 * 1024
# Deeper than our own format ever goes (5 levels), with room for app extensions.
MAX_DEPTH = 32


def _refuse(origin: str, why: str) -> UserError:
    return UserError(tr("import.refused", origin=origin, why=why))


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _depth(data: bytes) -> int:
    """Nesting depth of brackets outside strings, counted before the parser recurses."""
    depth = deepest = 0
    in_string = escaped = False
    for byte in data:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_DEPTH:
                    return deepest
        elif byte in (0x5D, 0x7D):
            depth -= 1
    return deepest


def _describe(exc: ValidationError) -> str:
    """The first problem in the user's language: its place in the file, then what is wrong.
    pydantic's own texts are English, so only its error type is used."""
    first = exc.errors(include_url=False, include_input=False)[0]
    where = ".".join(_safe(str(p)) for p in first["loc"]) or "(top)"
    context = {k: _safe(str(v)) for k, v in (first.get("ctx") or {}).items()}
    return f"{where}: {_invalid_text(first['type'], context)}"


# pydantic's error types in words (its own texts are English); several types share words.
_INVALID_KEYS = {
    "missing": "invalid.missing",
    "string_too_long": "invalid.string_too_long",
    "string_too_short": "invalid.string_too_short",
    "string_pattern_mismatch": "invalid.string_pattern_mismatch",
    "string_type": "invalid.string_type",
    "string_unicode": "invalid.string_unicode",
    "int_type": "invalid.int_type",
    "int_parsing": "invalid.int_type",
    "int_from_float": "invalid.int_type",
    "int_parsing_size": "invalid.int_parsing_size",
    "float_type": "invalid.float_type",
    "float_parsing": "invalid.float_type",
    "bool_type": "invalid.bool_type",
    "greater_than": "invalid.greater_than",
    "greater_than_equal": "invalid.greater_than_equal",
    "less_than": "invalid.less_than",
    "less_than_equal": "invalid.less_than_equal",
    "finite_number": "invalid.finite_number",
    "list_type": "invalid.list_type",
    "too_long": "invalid.too_long",
    "too_short": "invalid.too_short",
    "model_type": "invalid.model_type",
    "model_attributes_type": "invalid.model_type",
    "dict_type": "invalid.model_type",
    "literal_error": "invalid.literal_error",
    "iso_date": "invalid.iso_date",
    "iso_datetime": "invalid.iso_datetime",
    "date_type": "invalid.date_type",
    "date_parsing": "invalid.date_parsing",
    "date_from_datetime_parsing": "invalid.date_parsing",
    "date_from_datetime_inexact": "invalid.date_from_datetime_inexact",
    "datetime_type": "invalid.datetime_type",
    "datetime_parsing": "invalid.datetime_parsing",
    "datetime_from_date_parsing": "invalid.datetime_parsing",
    "datetime_object_invalid": "invalid.datetime_object_invalid",
    "timezone_aware": "invalid.timezone_aware",
    "date_range": "invalid.date_range",
    "text_control": "invalid.text_control",
    "text_bidi": "invalid.text_bidi",
    "text_invisible_name": "invalid.text_invisible_name",
    "json_invalid": "invalid.json_invalid",
    "json_type": "invalid.json_invalid",
}
# The values those words name, taken from the error's context ("?" when it lacks one).
_INVALID_VALUES = ("max_length", "gt", "ge", "lt", "le", "first", "last", "char")


def _invalid_text(kind: str, ctx: dict[str, str]) -> str:
    """What is wrong, by pydantic's error type."""
    if kind not in _INVALID_KEYS:
        return tr("invalid.other")
    return tr(_INVALID_KEYS[kind], **{name: ctx.get(name, "?") for name in _INVALID_VALUES})


def _safe(text: str) -> str:
    """A part of a message that came from the file, kept on one line and short."""
    shown = "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" for ch in text)
    return shown[:80]


def parse_exchange_bytes(data: bytes, origin: str = "<input>") -> AssessmentDoc:
    """Validate one exchange file completely, against its format and its instrument pack."""
    if len(data) > MAX_BYTES:
        raise _refuse(origin, tr("import.too_large", limit=MAX_BYTES // 1024))
    try:
        # Fast path: pydantic parses and validates in one go (its parser limits nesting).
        doc = ExchangeFile.model_validate_json(data).assessment
    except ValidationError:
        doc = _explain(data, origin)  # slow path: find the friendliest message, or accept (BOM)
    check_against_pack(doc, origin)
    return doc


def _explain(data: bytes, origin: str) -> AssessmentDoc:
    if _depth(data) > MAX_DEPTH:
        raise _refuse(origin, tr("import.too_deep", limit=MAX_DEPTH))
    try:
        text = data.decode("utf-8-sig")
        raw = json.loads(text, parse_constant=_reject_constant)
    except UnicodeDecodeError:
        raise _refuse(origin, tr("import.not_utf8")) from None
    except json.JSONDecodeError as exc:  # where, in words; json's own reason is English
        raise _refuse(origin, tr("import.not_json_at", line=exc.lineno, column=exc.colno)) from None
    except ValueError as exc:
        if "digits" in str(exc):  # Python's limit on integer length (4300 digits)
            raise _refuse(origin, tr("import.number_too_long")) from None
        raise _refuse(origin, tr("import.not_json_at", line=1, column=1)) from None
    except RecursionError:
        raise _refuse(origin, tr("import.too_deep", limit=MAX_DEPTH)) from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise _refuse(origin, tr("import.not_exchange"))
    version = raw.get("format_version")
    if type(version) is not int or version not in READABLE_VERSIONS:  # not true, not 1.0
        raise _refuse(
            origin,
            tr(
                "import.wrong_version",
                version=str(version)[:20],
                supported=", ".join(str(v) for v in READABLE_VERSIONS),
            ),
        )
    try:
        return ExchangeFile.model_validate(raw).assessment
    except ValidationError as exc:
        raise _refuse(origin, tr("import.invalid", detail=_describe(exc))) from None


def check_against_pack(doc: AssessmentDoc, origin: str) -> None:
    try:
        pack = get_pack(doc.instrument.id, doc.instrument.version)
    except UserError as exc:
        raise UserError(tr("import.refused", origin=origin, why=str(exc))) from None
    elements = set(pack.element_ids)
    scale = set(pack.scale_values) | {NOT_RATED}
    evidence = {e.id for e in pack.evidence_sources}
    label = f"{pack.id} v{pack.version}"
    _check_ratings(doc.ratings, origin, elements, scale, evidence, label)
    reviewers = [r.reviewer for r in doc.reviewer_ratings]
    if len(set(reviewers)) != len(reviewers):
        raise _refuse(origin, tr("import.duplicate_reviewer"))
    if doc.contents == "reviewer" and len(reviewers) != 1:
        raise _refuse(origin, tr("import.one_reviewer_expected"))
    for own in doc.reviewer_ratings:
        _check_ratings(own.ratings, origin, elements, scale, evidence, label)
        names = [c.consultant for c in own.caseload or ()]
        if len(set(names)) != len(names):
            raise _refuse(origin, tr("import.duplicate_consultant"))
    names = [c.consultant for c in doc.caseload]
    if len(set(names)) != len(names):
        raise _refuse(origin, tr("import.duplicate_consultant"))
    check_follow_up(doc, origin, elements | {CASELOAD_REF}, f"{pack.id} v{pack.version}")


def _check_ratings(
    ratings: Sequence[RatingDoc],
    origin: str,
    elements: set[str],
    scale: set[str],
    evidence: set[str],
    pack: str,
) -> None:
    seen: set[str] = set()
    for i, r in enumerate(ratings):
        if r.element not in elements:
            raise _refuse(
                origin, tr("import.unknown_element", index=i, element=r.element, pack=pack)
            )
        if r.element in seen:
            raise _refuse(origin, tr("import.duplicate_element", element=r.element))
        seen.add(r.element)
        if r.rating not in scale:
            raise _refuse(
                origin,
                tr(
                    "import.bad_rating",
                    element=r.element,
                    rating=r.rating,
                    allowed=", ".join(sorted(scale)),
                ),
            )
        unknown = [e for e in r.evidence if e not in evidence]
        if unknown:
            raise _refuse(origin, tr("import.bad_evidence", element=r.element, evidence=unknown[0]))


def check_follow_up(doc: AssessmentDoc, origin: str, linkable: set[str], pack: str) -> None:
    """The optional action plan and outcome figures, beyond their shape."""
    item_ids: set[str] = set()
    for i, item in enumerate(doc.action_plan):
        strange = [e for e in item.elements if e not in linkable]
        if strange:
            raise _refuse(
                origin, tr("import.unknown_action_element", index=i, element=strange[0], pack=pack)
            )
        if item.id is not None:
            if item.id.lower() in item_ids:
                raise _refuse(origin, tr("import.duplicate_action_id", id=item.id))
            item_ids.add(item.id.lower())
    out = doc.outcomes
    if out is not None and out.in_job_or_education > out.participants:
        raise _refuse(
            origin,
            tr("outcome.too_many", in_job=out.in_job_or_education, participants=out.participants),
        )


def read_exchange_file(path: Path) -> AssessmentDoc:
    origin = _safe(str(path)) if not str(path).isprintable() else str(path)
    return parse_exchange_bytes(read_bytes(path, origin, MAX_BYTES), origin)


def read_bytes(path: Path, origin: str, limit: int) -> bytes:
    """A regular file's bytes, at most `limit` + 1 (so that too large can be told)."""
    try:
        # Looked at before it is opened: opening a named pipe for reading waits for a
        # writer forever, and a device may never end.
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise _refuse(origin, tr("import.not_regular"))
        with Path(path).open("rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):  # swapped in meanwhile
                raise _refuse(origin, tr("import.not_regular"))
            data = fh.read(limit + 1)
    except FileNotFoundError:
        raise _refuse(origin, tr("os.no_such_file")) from None
    except OSError as exc:
        raise _refuse(origin, tr("import.unreadable", why=os_reason(exc))) from None
    if len(data) > limit:
        raise _refuse(origin, tr("import.too_large", limit=limit // 1024))
    return data
