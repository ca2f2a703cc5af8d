"""Is there a screen for the desktop app? Asked before anything is opened or filled.

Qt cannot be asked safely: without a display its platform plugin ends the process (qFatal, in
English). So the launcher reads what Qt itself reads: ``QT_QPA_PLATFORM`` (a ``;``-separated list
Qt tries in order) and, on Linux and the BSDs, ``DISPLAY`` / ``WAYLAND_DISPLAY``. Windows and macOS
always have a screen for a desktop session.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from app.i18n import QT_TRANSLATE_NOOP

NO_DISPLAY = QT_TRANSLATE_NOOP(
    "Cli", "Gezinsregie needs a screen, and none was found (DISPLAY and WAYLAND_DISPLAY are not set). Start it "
           "in a desktop session; the commands in 'gezinsregie --help' work without a screen.")
# Platform plugins that draw without a window system (tests, VNC, a framebuffer).
HEADLESS_PLATFORMS = frozenset({"offscreen", "minimal", "minimalegl", "vnc", "linuxfb", "eglfs", "vkkhrdisplay"})


def has_display(env: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """True when Qt will find a screen: a headless plugin chosen, or an X11 / Wayland display set."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if platform.startswith(("win", "darwin", "cygwin")):
        return True
    chosen = [name.split(":")[0].strip() for name in env.get("QT_QPA_PLATFORM", "").split(";") if name.strip()]
    x11 = bool(env.get("DISPLAY"))
    wayland = bool(env.get("WAYLAND_DISPLAY"))
    if not chosen:
        return x11 or wayland
    return any(name in HEADLESS_PLATFORMS or (name == "xcb" and x11) or (name.startswith("wayland") and wayland)
               for name in chosen)

