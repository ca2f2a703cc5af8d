"""A progress bar on stderr for long commands, so stdout stays clean for scripts.

On a terminal it is one line, redrawn in place (``Demo-gezinnen  42% [############....] 42.000/100.000``);
otherwise (a log file, CI) a line at every tenth of the way. Call it with (done, total).
"""
from __future__ import annotations

import sys
from typing import TextIO

from app.cli.common import CONTEXT
from app.i18n import QT_TRANSLATE_NOOP, language, translate

PROGRESS = QT_TRANSLATE_NOOP("Cli", "{label} {percent:3d}% [{bar}] {done}/{total}")
DEMO_FAMILIES = QT_TRANSLATE_NOOP("Cli", "Demo families")
BAR_WIDTH = 30
LINE_EVERY_PERCENT = 10


def grouped(number: int) -> str:
    """``42.000`` in Dutch, ``42,000`` in English."""
    return f"{number:,}".replace(",", "." if language() == "nl" else ",")


class ProgressBar:
    """Prints progress of ``label`` (English source text, translated here) to ``stream`` (stderr)."""

    def __init__(self, label: str, stream: TextIO | None = None, *, interactive: bool | None = None,
                 width: int = BAR_WIDTH):
        self.label = translate(CONTEXT, label)
        self.stream = stream or sys.stderr
        self.interactive = self.stream.isatty() if interactive is None else interactive
        self.width = width
        self._shown: str | None = None
        self._next_percent = 0
        self._ended = False

    def line(self, done: int, total: int) -> str:
        done = max(0, min(done, total))
        percent = 100 if total <= 0 else done * 100 // total
        filled = self.width if total <= 0 else done * self.width // total
        return translate(CONTEXT, PROGRESS).format(
            label=self.label, percent=percent, bar="#" * filled + "." * (self.width - filled),
            done=grouped(done), total=grouped(total))

    def __call__(self, done: int, total: int) -> None:
        if self._ended:
            return
        finished = done >= total
        if self.interactive:
            text = self.line(done, total)
            if text != self._shown:
                self.stream.write("\r" + text + ("\n" if finished else ""))
                self._shown = text
        else:
            percent = 100 if total <= 0 else min(done, total) * 100 // total
            if percent >= self._next_percent:
                self.stream.write(self.line(done, total) + "\n")
                self._next_percent = (percent // LINE_EVERY_PERCENT + 1) * LINE_EVERY_PERCENT
        self._ended = finished
        self.stream.flush()

    def close(self) -> None:
        """Ends a bar that stopped half-way (an error follows on the next line, not on the bar)."""
        if self.interactive and self._shown is not None and not self._ended:
            self.stream.write("\n")
            self.stream.flush()
        self._ended = True
