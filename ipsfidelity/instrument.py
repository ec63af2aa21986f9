"""Instrument packs: versioned, validated data describing what a review asks.

A pack lives at `resources/instruments/<id>/<version>.json`. Nothing outside a
pack knows how many principles or elements there are.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, fields, is_dataclass
from functools import cache
from pathlib import Path
from typing import Any, ClassVar, Literal, get_args, get_origin, get_type_hints

from ipsfidelity.errors import UserError
from ipsfidelity.i18n import pick, tr
from ipsfidelity.packs import DEFAULT_PACK as DEFAULT_PACK  # re-exported
from ipsfidelity.packs import NOT_RATED as NOT_RATED
from ipsfidelity.resources import resource_path

Text = dict[Literal["da", "en"], str]

_IDENTIFIER = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,31}")


def _identifier(value: str, what: str) -> None:
    if not _IDENTIFIER.fullmatch(value):
        raise ValueError(f"{what} {value!r} is not a plain name (letters, digits, . _ -)")


# Plain frozen dataclasses, so loading a shipped pack needs no pydantic (its import costs
# ~60 ms and ~10 MiB at start-up). pydantic validates them as they are (`parse_pack`):
# types, literals and unknown keys; the rules below run on every load, either way.
_FORBID_EXTRA: dict[str, Any] = {"extra": "forbid"}


@dataclass(frozen=True)
class _Named:
    """A part of a pack known by a plain-name id; `_what` names it in an error."""

    __pydantic_config__: ClassVar[dict[str, Any]] = _FORBID_EXTRA
    _what: ClassVar[str]
    id: str

    def __post_init__(self) -> None:
        _identifier(self.id, f"{self._what} id")


@dataclass(frozen=True)
class ScaleOption(_Named):
    _what = "scale"
    value: float
    label: Text

    def __post_init__(self) -> None:
        super().__post_init__()
        if not 0.0 <= self.value <= 1.0:
            raise ValueError("value must be between 0 and 1")


@dataclass(frozen=True)
class EvidenceSource(_Named):
    _what = "evidence source"
    label: Text


@dataclass(frozen=True)
class Element(_Named):
    _what = "element"
    text: Text


@dataclass(frozen=True)
class Principle(_Named):
    _what = "principle"
    title: Text
    short: Text
    # An explanation beside the instrument's own wording, not part of it: the report labels
    # it "Uddybning".
    help: Text
    elements: tuple[Element, ...]

    def __post_init__(self) -> None:
        super().__post_init__()
        if not self.elements:
            raise ValueError("elements must not be empty")


@dataclass(frozen=True)
class CaseloadRule:
    __pydantic_config__: ClassVar[dict[str, Any]] = _FORBID_EXTRA
    title: Text
    rule: Text
    text: Text
    other_case_weight: float
    ok_max: float
    warning_max: float
    # A consultant who also has other cases is over above this load: seed 004 allows 10 IPS
    # cases with at most 20 other cases (weighted 20), with no "at the limit" band. None (pack
    # version 1): the same limits as a caseload of IPS cases only.
    mixed_max: float | None = None

    def __post_init__(self) -> None:
        if not 0.0 < self.other_case_weight <= 1.0:
            raise ValueError("other_case_weight must be above 0 and at most 1")
        if self.ok_max <= 0.0:
            raise ValueError("ok_max must be above 0")
        if self.warning_max < self.ok_max:
            raise ValueError("warning_max must be at least ok_max")
        if self.mixed_max is not None and not 0.0 < self.mixed_max <= self.warning_max:
            raise ValueError("mixed_max must be above 0 and at most warning_max")


@dataclass(frozen=True)
class Instrument:
    __pydantic_config__: ClassVar[dict[str, Any]] = _FORBID_EXTRA
    format: Literal["ipsfidelity-instrument"]
    format_version: Literal[1]
    id: str
    version: str
    title: Text
    source: Text
    scale: tuple[ScaleOption, ...]
    evidence_sources: tuple[EvidenceSource, ...]
    verdict_rule: Literal["all_elements_met"]
    caseload: CaseloadRule
    principles: tuple[Principle, ...]
    # How the pack relates to its source (e.g. bullet points split into elements); shown
    # once, before the principles. Optional.
    note: Text | None = None

    def __post_init__(self) -> None:
        _identifier(self.id, "instrument id")
        _identifier(self.version, "version")
        if len(self.scale) < 2:
            raise ValueError("the scale needs at least two options")
        if not self.principles:
            raise ValueError("principles must not be empty")

        def unique(ids: list[str], what: str) -> None:
            seen: set[str] = set()
            for i in ids:
                if i in seen:
                    raise ValueError(f"duplicate {what} id {i!r}")
                seen.add(i)

        unique([p.id for p in self.principles], "principle")
        unique([e.id for p in self.principles for e in p.elements], "element")
        unique([s.id for s in self.scale], "scale")
        unique([s.id for s in self.evidence_sources], "evidence source")
        if max(s.value for s in self.scale) != 1.0 or min(s.value for s in self.scale) != 0.0:
            raise ValueError("the scale must run from 0 to 1")

    # Convenience lookups; all derived from the data above.
    @property
    def key(self) -> tuple[str, str]:
        return (self.id, self.version)

    @property
    def elements(self) -> tuple[Element, ...]:
        return tuple(e for p in self.principles for e in p.elements)

    @property
    def element_ids(self) -> tuple[str, ...]:
        return tuple(e.id for e in self.elements)

    def principle_of(self, element_id: str) -> Principle:
        return self._principle_by_element()[element_id]

    def _principle_by_element(self) -> dict[str, Principle]:
        return {e.id: p for p in self.principles for e in p.elements}

    @property
    def scale_values(self) -> dict[str, float]:
        return {s.id: s.value for s in self.scale}

    @property
    def full_marks(self) -> str:
        """The scale option that counts as fully met."""
        return max(self.scale, key=lambda s: s.value).id

    def label(self, lang: str | None = None) -> str:
        return f"{pick(self.title, lang)} · {self.id} v{self.version}"  # titles may end in (…)


def instruments_dir() -> Path:
    return resource_path("instruments")


def parse_pack(data: object, origin: str) -> Instrument:
    """Validate a pack in full with pydantic: the way in for any pack file."""
    from pydantic import TypeAdapter, ValidationError

    try:
        return TypeAdapter(Instrument).validate_python(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(top)"
        raise UserError(tr("pack.invalid", origin=origin, where=where, why=first["msg"])) from None


def _build(cls: type, data: Any) -> Any:
    """A dataclass from JSON that has passed `parse_pack` before (see `get_pack`)."""
    hints = get_type_hints(cls)
    names = {f.name for f in fields(cls)}
    if not isinstance(data, dict) or not set(data) <= names:
        raise ValueError(f"unexpected keys in {cls.__name__}")
    return cls(**{k: _convert(hints[k], v) for k, v in data.items()})


def _convert(tp: Any, value: Any) -> Any:
    if is_dataclass(tp):
        return _build(tp, value)  # type: ignore[arg-type]
    if get_origin(tp) is tuple:
        return tuple(_convert(get_args(tp)[0], v) for v in value)
    if tp is float:
        return float(value)
    return value


def _read(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UserError(tr("pack.unreadable", origin=str(path), why=str(exc))) from None


def _placed(pack: Instrument, path: Path) -> Instrument:
    if pack.key != (path.parent.name, path.stem):
        raise UserError(tr("pack.misplaced", origin=str(path), id=pack.id, version=pack.version))
    return pack


def load_pack_file(path: Path) -> Instrument:
    """Any pack file, validated in full."""
    return _placed(parse_pack(_read(path), str(path)), path)


def load_shipped_pack(path: Path) -> Instrument:
    """A pack shipped with the program: built directly, with the rules above but without
    pydantic's type checks. The test suite validates every shipped pack in full and checks
    that both ways give the same pack."""
    data = _read(path)
    try:
        pack = _build(Instrument, data)
    except (KeyError, TypeError, ValueError, AttributeError):
        return load_pack_file(path)  # damaged: let pydantic say exactly where
    return _placed(pack, path)


@cache
def get_pack(instrument_id: str, version: str) -> Instrument:
    """The pack an assessment was made with; refuses ids that are not plain names."""
    plain = all(_IDENTIFIER.fullmatch(part) for part in (instrument_id, version))
    path = instruments_dir() / instrument_id / f"{version}.json"
    if not plain or not path.is_file():
        raise UserError(tr("pack.unknown", id=instrument_id, version=version))
    return load_shipped_pack(path)


def available_packs() -> list[Instrument]:
    packs = []
    for path in sorted(instruments_dir().glob("*/*.json")):
        packs.append(get_pack(path.parent.name, path.stem))
    return packs


def default_pack() -> Instrument:
    return get_pack(*DEFAULT_PACK)
