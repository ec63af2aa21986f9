"""Render the app's SVG icon to a Windows .ico (16 to 256 px) for the frozen build.

    .venv/bin/python tools/make_icons.py [OUT.ico]      (default: build/icons/ipsfidelity.ico)

build.spec calls `write_ico` itself, so the .ico is made from the SVG at every build and
never goes stale. Qt (already a dependency) renders each size from the vector drawing, so the
16 px image is drawn at 16 px rather than shrunk from a large one; Pillow (already installed
with matplotlib) writes the multi-size .ico container.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "ipsfidelity.svg"
DEFAULT_OUT = ROOT / "build" / "icons" / "ipsfidelity.ico"
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)  # Windows' taskbar, title bar, Explorer
_app: object = None  # the QGuiApplication made here, kept alive while the tool runs


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn at `size` x `size` px as PNG bytes (transparent background)."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    global _app
    if QGuiApplication.instance() is None:  # painting needs one; no display is needed
        _app = QGuiApplication(["make_icons", "-platform", "offscreen"])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def write_ico(svg: Path = SVG, out: Path = DEFAULT_OUT) -> Path:
    from PIL import Image

    images = [Image.open(io.BytesIO(render_png(svg, size))) for size in SIZES]
    out.parent.mkdir(parents=True, exist_ok=True)
    largest = images[-1]
    largest.save(out, format="ICO", sizes=[(s, s) for s in SIZES], append_images=images[:-1])
    return out


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    print(write_ico(SVG, target))
