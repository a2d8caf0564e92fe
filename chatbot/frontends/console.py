"""The `chatbot` console script: take over the signals first, then load everything else.

Importing the command line loads the bank, the matcher and their libraries,
which takes a noticeable fraction of a second. A Ctrl-C, SIGTERM or SIGHUP
in that time used to end the program with a traceback or with status 143;
here the handlers are set before any of it is imported, so every one of
them ends it quietly: 130 for Ctrl-C, 0 for SIGTERM and SIGHUP.
"""

from __future__ import annotations

import signal
import sys

from chatbot.errors import Terminated  # a small module with no imports of its own

EXIT_OK = 0
EXIT_INTERRUPTED = 130


def _terminate(signum: int, frame: object) -> None:
    raise Terminated


def main() -> None:
    """Run the command line with early signal handlers; exit with its code."""
    for name in ("SIGTERM", "SIGHUP"):  # a supervisor stopping us; a closed terminal or ssh session
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _terminate)
    try:
        from chatbot.frontends.cli import main as run  # the heavy imports happen here, with the handlers in place

        code = run()
    except Terminated:
        code = EXIT_OK
    except KeyboardInterrupt:
        code = EXIT_INTERRUPTED
    sys.exit(code)
