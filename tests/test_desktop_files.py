"""The desktop app's icon and Linux metadata: the SVG, the .ico the frozen build is given,
the .desktop file and the AppStream metainfo, checked by the freedesktop tools themselves."""

from __future__ import annotations

import configparser
import importlib.util
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from ipsfidelity import __version__

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "ipsfidelity.svg"
LINUX = ROOT / "resources" / "linux"
APP_ID = "dk.ipsfidelity.ipsfidelity"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def _make_icons():  # tools/ is not a package: load the script the build runs
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "tools" / "make_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_icon_is_a_square_svg() -> None:
    root = ET.parse(SVG).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"


def test_the_ico_made_from_the_svg_holds_every_windows_size(tmp_path: Path, qapp: object) -> None:
    # (qapp: the run's one QApplication exists first, else the tool would make a plain
    # QGuiApplication, and no later test could make a widget.)
    make_icons = _make_icons()
    ico = make_icons.write_ico(SVG, tmp_path / "app.ico")
    data = ico.read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])  # ICONDIR
    assert (reserved, kind, count) == (0, 1, len(make_icons.SIZES))
    with Image.open(ico) as image:
        assert image.format == "ICO"
        assert {16, 32, 48, 256} <= {w for w, _ in image.info["sizes"]}
        image.size = (16, 16)
        image.load()
        small = image.convert("RGBA")
    # Drawn, not blank: the 16 px image has the blue tile, the white grid and the amber score.
    colours = {small.getpixel((x, y)) for x in range(16) for y in range(16)}
    assert len(colours) > 20
    assert small.getpixel((8, 8))[3] == 255 and small.getpixel((0, 0))[3] < 255


def test_the_frozen_build_gives_both_launchers_the_icon() -> None:
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert "write_ico(" in spec and '"ipsfidelity.svg"' in spec
    assert spec.count("icon=str(ICON)") == 2  # the console launcher and the windowed one


def test_the_desktop_file_is_valid_and_names_the_icon_and_command() -> None:
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate is missing: tools/setup.sh installs desktop-file-utils")
    result = subprocess.run([validator, str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Icon"] == APP_ID and desktop["Exec"] == "ipsfidelity"
    assert desktop["Name"] == "IPS-fidelitet" and desktop["Name[en]"] == "IPS fidelity"


def test_the_metainfo_is_valid_and_matches_the_app() -> None:
    appstreamcli = shutil.which("appstreamcli")
    if appstreamcli is None:
        pytest.skip("appstreamcli is missing: tools/setup.sh installs appstream")
    result = subprocess.run(
        [appstreamcli, "validate", "--no-net", "--pedantic", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # No warning or error, not even pedantic ones (an unknown tag in an older appstream is info).
    assert not [line for line in result.stdout.splitlines() if line[:2] in {"E:", "W:", "P:"}]
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    assert root.find("releases/release").get("version") == __version__  # type: ignore[union-attr]


def test_the_window_asks_for_the_same_id_as_the_desktop_file() -> None:
    from ipsfidelity.ui.common.app_icon import APP_ID as WINDOW_ID

    assert WINDOW_ID == APP_ID
