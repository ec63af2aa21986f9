"""Shape of the bundle file, format version 1 (docs/exchange-bundle.md). Each review in it is
an exchange-format version 2 assessment; pack-dependent checks are made by reader.py."""

# ruff: noqa: RUF012  (pydantic copies list defaults per instance)
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BeforeValidator, Field

from ipsfidelity.exchange.schema import (
    AgreementDoc,
    AssessmentDoc,
    HistoryDoc,
    IsoDateTime,
    TeamFields,
    Uuid,
    _Doc,
    _whole_int,
    print_schema,
    published_schema,
)

BUNDLE_FORMAT = "ipsfidelity-bundle"
BUNDLE_VERSION = 1


class TeamPartDoc(TeamFields):
    """A team with every version of its cooperation agreement and the team's own history."""

    agreements: Annotated[list[AgreementDoc], Field(max_length=500)] = []
    history: Annotated[list[HistoryDoc], Field(max_length=100_000)] = []


class TombstoneDoc(_Doc):
    """A review deleted where the bundle was made, and the history ids it had then."""

    id: Uuid
    team_id: Uuid
    at: IsoDateTime
    known: Annotated[list[Uuid], Field(max_length=100_000)] = []


class BundleFile(_Doc):
    format: Literal["ipsfidelity-bundle"]
    format_version: Annotated[Literal[1], BeforeValidator(_whole_int)]
    exported_at: IsoDateTime | None = None
    teams: Annotated[list[TeamPartDoc], Field(max_length=10_000)] = []
    assessments: Annotated[list[AssessmentDoc], Field(max_length=100_000)] = []
    deleted: Annotated[list[TombstoneDoc], Field(max_length=100_000)] = []


def json_schema() -> dict[str, object]:
    """The JSON Schema published in resources/schemas/ (a test keeps the file in step)."""
    return published_schema(
        BundleFile,
        "bundle-v1.schema.json",
        "ipsfidelity bundle, format version 1",
        "Teams with their cooperation agreements, many reviews (each an exchange-format "
        "version 2 assessment) and tombstones of deleted reviews. Unknown keys are ignored.",
    )


if __name__ == "__main__":
    print_schema(json_schema())
