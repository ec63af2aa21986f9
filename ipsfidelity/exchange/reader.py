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


def _invalid_text(kind: str, ctx: dict[str, str]) -> str:
    """What is wrong, by pydantic's error type (its own texts are English); every key literal."""
    match kind:
        case "missing":
            return tr("invalid.missing")
        case "string_too_long":
            return tr("invalid.string_too_long", max_length=ctx.get("max_length", "?"))
        case "string_too_short":
            return tr("invalid.string_too_short")
        case "string_pattern_mismatch":
            return tr("invalid.string_pattern_mismatch")
        case "string_type":
            return tr("invalid.string_type")
        case "string_unicode":
            return tr("invalid.string_unicode")
        case "int_type" | "int_parsing" | "int_from_float":
            return tr("invalid.int_type")
        case "int_parsing_size":
            return tr("invalid.int_parsing_size")
        case "float_type" | "float_parsing":
            return tr("invalid.float_type")
        case "bool_type":
            return tr("invalid.bool_type")
        case "greater_than":
            return tr("invalid.greater_than", gt=ctx.get("gt", "?"))
        case "greater_than_equal":
            return tr("invalid.greater_than_equal", ge=ctx.get("ge", "?"))
        case "less_than":
            return tr("invalid.less_than", lt=ctx.get("lt", "?"))
        case "less_than_equal":
            return tr("invalid.less_than_equal", le=ctx.get("le", "?"))
        case "finite_number":
            return tr("invalid.finite_number")
        case "list_type":
            return tr("invalid.list_type")
        case "too_long":
            return tr("invalid.too_long", max_length=ctx.get("max_length", "?"))
        case "too_short":
            return tr("invalid.too_short")
        case "model_type" | "model_attributes_type" | "dict_type":
            return tr("invalid.model_type")
        case "literal_error":
            return tr("invalid.literal_error")
        case "iso_date":
            return tr("invalid.iso_date")
        case "iso_datetime":
            return tr("invalid.iso_datetime")
        case "date_type":
            return tr("invalid.date_type")
        case "date_parsing" | "date_from_datetime_parsing":
            return tr("invalid.date_parsing")
        case "date_from_datetime_inexact":
            return tr("invalid.date_from_datetime_inexact")
        case "datetime_type":
            return tr("invalid.datetime_type")
        case "datetime_parsing" | "datetime_from_date_parsing":
            return tr("invalid.datetime_parsing")
        case "datetime_object_invalid":
            return tr("invalid.datetime_object_invalid")
        case "timezone_aware":
            return tr("invalid.timezone_aware")
        case "date_range":
            return tr("invalid.date_range", first=ctx.get("first", "?"), last=ctx.get("last", "?"))
        case "text_control":
            return tr("invalid.text_control", char=ctx.get("char", "?"))
        case "text_bidi":
            return tr("invalid.text_bidi", char=ctx.get("char", "?"))
        case "text_invisible_name":
            return tr("invalid.text_invisible_name")
        case "json_invalid" | "json_type":
            return tr("invalid.json_invalid")
    return tr("invalid.other")


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
