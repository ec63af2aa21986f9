"""Reading exchange files: everything is checked before anything is written.

Refusals are UserErrors with one line naming the file and the problem.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ipsfidelity.errors import UserError
from ipsfidelity.exchange.schema import FORMAT, FORMAT_VERSION, AssessmentDoc, ExchangeFile
from ipsfidelity.i18n import language, tr
from ipsfidelity.instrument import NOT_RATED, get_pack
from ipsfidelity.store.followup import CASELOAD_REF

# One assessment is a few kilobytes; anything this large is not ours.
MAX_BYTES = 2 * 1024 * 1024
# Deeper than our own format ever goes (5 levels), with room for app extensions.
MAX_DEPTH = 32

_PYDANTIC_DA = {
    "missing": "mangler",
    "string_too_long": "teksten er for lang",
    "string_too_short": "må ikke være tom",
    "string_pattern_mismatch": "har et ugyldigt format",
    "string_type": "skal være tekst",
    "int_type": "skal være et helt tal",
    "int_from_float": "skal være et helt tal",
    "float_type": "skal være et tal",
    "greater_than": "er for lille",
    "greater_than_equal": "må ikke være negativ",
    "less_than_equal": "er for stor",
    "less_than": "er for stor",
    "list_type": "skal være en liste",
    "too_long": "har for mange elementer",
    "model_type": "skal være et objekt",
    "dict_type": "skal være et objekt",
    "literal_error": "har en værdi, der ikke understøttes",
    "date_from_datetime_parsing": "skal være en dato (ÅÅÅÅ-MM-DD)",
    "date_parsing": "skal være en dato (ÅÅÅÅ-MM-DD)",
    "date_type": "skal være en dato (ÅÅÅÅ-MM-DD)",
    "datetime_parsing": "skal være et tidspunkt med tidszone",
    "datetime_from_date_parsing": "skal være et tidspunkt med tidszone",
    "timezone_aware": "skal have en tidszone",
    "finite_number": "skal være et endeligt tal",
}


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
    first = exc.errors(include_url=False)[0]
    where = ".".join(str(p) for p in first["loc"]) or "(top)"
    what = _PYDANTIC_DA.get(first["type"], first["msg"]) if language() == "da" else first["msg"]
    return f"{where}: {what}"


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
    except (ValueError, RecursionError) as exc:
        raise _refuse(origin, tr("import.not_json", why=str(exc).splitlines()[0][:200])) from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise _refuse(origin, tr("import.not_exchange"))
    if raw.get("format_version") != FORMAT_VERSION:
        raise _refuse(
            origin,
            tr(
                "import.wrong_version",
                version=str(raw.get("format_version"))[:20],
                supported=FORMAT_VERSION,
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
    seen: set[str] = set()
    for i, r in enumerate(doc.ratings):
        if r.element not in elements:
            raise _refuse(
                origin,
                tr(
                    "import.unknown_element",
                    index=i,
                    element=r.element,
                    pack=f"{pack.id} v{pack.version}",
                ),
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
    names = [c.consultant for c in doc.caseload]
    if len(set(names)) != len(names):
        raise _refuse(origin, tr("import.duplicate_consultant"))
    check_follow_up(doc, origin, elements | {CASELOAD_REF}, f"{pack.id} v{pack.version}")


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
    origin = str(path)
    try:
        with Path(path).open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise _refuse(origin, tr("os.no_such_file")) from None
    except IsADirectoryError:
        raise _refuse(origin, tr("os.no_such_file")) from None
    except OSError as exc:
        raise _refuse(origin, tr("import.unreadable", why=exc.strerror or str(exc))) from None
    return parse_exchange_bytes(data, origin)
