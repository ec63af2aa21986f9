"""Instrument packs: versioned, validated data describing what a review asks.

A pack lives at `resources/instruments/<id>/<version>.json`. Nothing outside a
pack knows how many principles or elements there are.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ipsfidelity.errors import UserError
from ipsfidelity.i18n import pick, tr
from ipsfidelity.packs import DEFAULT_PACK as DEFAULT_PACK  # re-exported
from ipsfidelity.packs import NOT_RATED as NOT_RATED
from ipsfidelity.resources import resource_path

Text = dict[Literal["da", "en"], str]
Identifier = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ScaleOption(_Strict):
    id: Identifier
    value: float = Field(ge=0.0, le=1.0)
    label: Text


class EvidenceSource(_Strict):
    id: Identifier
    label: Text


class Element(_Strict):
    id: Identifier
    text: Text


class Principle(_Strict):
    id: Identifier
    title: Text
    short: Text
    # An explanation beside the instrument's own wording, not part of it: the report labels
    # it "Uddybning".
    help: Text
    elements: tuple[Element, ...] = Field(min_length=1)


class CaseloadRule(_Strict):
    title: Text
    rule: Text
    text: Text
    other_case_weight: float = Field(gt=0.0, le=1.0)
    ok_max: float = Field(gt=0.0)
    warning_max: float = Field(gt=0.0)

    @model_validator(mode="after")
    def _ordered(self) -> CaseloadRule:
        if self.warning_max < self.ok_max:
            raise ValueError("warning_max must be at least ok_max")
        return self


class Instrument(_Strict):
    format: Literal["ipsfidelity-instrument"]
    format_version: Literal[1]
    id: Identifier
    version: Identifier
    title: Text
    source: Text
    # How the pack relates to its source (e.g. bullet points split into elements); shown
    # once, before the principles. Optional.
    note: Text | None = None
    scale: tuple[ScaleOption, ...] = Field(min_length=2)
    evidence_sources: tuple[EvidenceSource, ...]
    verdict_rule: Literal["all_elements_met"]
    caseload: CaseloadRule
    principles: tuple[Principle, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> Instrument:
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
        return self

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
        return f"{pick(self.title, lang)} ({self.id} v{self.version})"


_PLAIN_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,31}")


def instruments_dir() -> Path:
    return resource_path("instruments")


def parse_pack(data: object, origin: str) -> Instrument:
    try:
        return Instrument.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(top)"
        raise UserError(tr("pack.invalid", origin=origin, where=where, why=first["msg"])) from None


def load_pack_file(path: Path) -> Instrument:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UserError(tr("pack.unreadable", origin=str(path), why=str(exc))) from None
    pack = parse_pack(data, str(path))
    expected = (path.parent.name, path.stem)
    if pack.key != expected:
        raise UserError(tr("pack.misplaced", origin=str(path), id=pack.id, version=pack.version))
    return pack


@cache
def get_pack(instrument_id: str, version: str) -> Instrument:
    """The pack an assessment was made with; refuses ids that are not plain names."""
    plain = all(_PLAIN_NAME.fullmatch(part) for part in (instrument_id, version))
    path = instruments_dir() / instrument_id / f"{version}.json"
    if not plain or not path.is_file():
        raise UserError(tr("pack.unknown", id=instrument_id, version=version))
    return load_pack_file(path)


def available_packs() -> list[Instrument]:
    packs = []
    for path in sorted(instruments_dir().glob("*/*.json")):
        packs.append(get_pack(path.parent.name, path.stem))
    return packs


def default_pack() -> Instrument:
    return get_pack(*DEFAULT_PACK)
