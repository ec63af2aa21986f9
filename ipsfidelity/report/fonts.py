"""The report's TrueType font, embedded (subset) in every PDF so æ, ø and å print the same
in every viewer and printer.

DejaVu Sans ships with matplotlib (`mpl-data/fonts/ttf`, licence LICENSE_DEJAVU there).
"""

from __future__ import annotations

import importlib.util
import threading
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ipsfidelity.resources import resource_path

REGULAR, BOLD = "DejaVuSans", "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()
_registered = False


def font_dir() -> Path:
    """A copy in resources/fonts wins (a frozen build may ship one); else matplotlib's own."""
    bundled = resource_path("fonts")
    if (bundled / _FILES[REGULAR]).is_file():
        return bundled
    # Found without importing matplotlib: the report command need not pay for numpy.
    spec = importlib.util.find_spec("matplotlib")
    if spec and spec.submodule_search_locations:
        candidate = Path(next(iter(spec.submodule_search_locations))) / "mpl-data/fonts/ttf"
        if (candidate / _FILES[REGULAR]).is_file():
            return candidate
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts/ttf"


def register_fonts() -> None:
    """Register the fonts with reportlab once per process (safe from worker threads)."""
    global _registered
    with _lock:
        if _registered:
            return
        # Binary streams as they are, not ASCII85-encoded for 7-bit channels nobody uses
        # any more: a quarter smaller, and ~9 ms less per report in pure-Python reportlab.
        rl_config.useA85 = 0
        folder = font_dir()
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
        # So <b> inside a Paragraph picks the bold face.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered = True
