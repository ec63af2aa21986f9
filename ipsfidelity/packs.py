"""Names of instrument packs, and loading one only when it is needed.

The store and the app's team list need the names long before they need a pack; reading
the pack file waits until something is scored or shown (`instrument.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ipsfidelity.instrument import Instrument

NOT_RATED = "not_rated"
# New reviews use the newest pack; a review keeps the version it was made with.
DEFAULT_PACK = ("dk-minimum", "2")


def get_pack(instrument_id: str, version: str) -> Instrument:
    """`instrument.get_pack`, imported and read on first use (then cached)."""
    from ipsfidelity.instrument import get_pack as load

    return load(instrument_id, version)
