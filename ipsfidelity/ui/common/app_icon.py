"""The app's icon (resources/icons/ipsfidelity.svg) for the window, the taskbar and dialogs."""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication, QIcon

from ipsfidelity.resources import resource_path

# The reverse-DNS name shared by the Linux desktop file and AppStream metainfo
# (resources/linux/) and, on Windows, the AppUserModelID that groups the taskbar button.
APP_ID = "dk.ipsfidelity.ipsfidelity"


def app_icon() -> QIcon:
    """The icon, drawn from the SVG at whatever size is asked (Qt's SVG icon engine)."""
    return QIcon(str(resource_path("icons", "ipsfidelity.svg")))


def install_app_id(qt_app: QGuiApplication) -> None:
    """Before the first window: on Windows the process gets its own AppUserModelID (else
    the taskbar shows python.exe's icon and groups the app with Python); on Linux the
    desktop file's name lets Wayland and the dock find the app's icon and name."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import contextlib
        import ctypes

        # An old Windows without the call: the icon still shows on the window.
        with contextlib.suppress(AttributeError, OSError):
            ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_ID)
    qt_app.setDesktopFileName(APP_ID)


def install_app_icon(qt_app: QGuiApplication) -> None:
    """Every window's icon and the taskbar's. Called once the first window is painted:
    loading Qt's SVG icon engine takes about 10 ms, which the first window need not wait for."""
    qt_app.setWindowIcon(app_icon())
