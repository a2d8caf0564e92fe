"""The `chatbot` console script: take over the signals first, then load everything else.

Importing the command line loads the bank, the matcher and their libraries,
which takes a noticeable fraction of a second. A Ctrl-C, SIGTERM or SIGHUP
in that time used to end the program with a traceback or with status 143;
here the handlers are set before any of it is imported, so every one of
them ends it quietly: 130 for Ctrl-C, 0 for SIGTERM and SIGHUP.
"""

from __future__ import annotations

import gc
import signal
import sys

from chatbot.errors import Terminated  # a small module with no imports of its own
from chatbot.frontends.no_core_dumps import forbid_core_dumps  # standard library only

EXIT_OK = 0
EXIT_USAGE = 2  # as the command line's own: the program was started in a way it cannot run
EXIT_INTERRUPTED = 130


def _terminate(signum: int, frame: object) -> None:
    raise Terminated


# The options that may come before the command and take a value (`chatbot --faq DIR kiosk`).
_VALUE_OPTIONS = ("--faq", "--emergency-number", "--log-unanswered")
# Keys a person at a kiosk may press that the terminal turns into signals while no screen reads keys yet.
_KIOSK_IGNORES = ("SIGINT", "SIGQUIT", "SIGTSTP")


def _command(argv: list[str]) -> str | None:
    """The command a command line names, found before argparse (which comes with the heavy imports)."""
    waiting_for_value = False
    for word in argv:
        if waiting_for_value:
            waiting_for_value = False
        elif word.startswith("--") and "=" not in word and len(word) > 2:
            # argparse takes any unique beginning of an option's name ("--fa" for "--faq").
            waiting_for_value = any(option.startswith(word) for option in _VALUE_OPTIONS)
        elif not word.startswith("-"):
            return word
    return None


def _without_its_libraries(library: str) -> str:
    """What to do when a Python without the chatbot's libraries runs it.

    `python3 -m chatbot` in the cloned folder finds the source there, but not the libraries `pip install .` put
    into the virtual environment: it printed a traceback ending in "No module named 'rapidfuzz'".
    """
    return (
        f"Error: this Python ({sys.executable}) does not have the library {library!r} the chatbot needs. Run the "
        "chatbot of its virtual environment (.venv/bin/chatbot, or .venv/bin/python -m chatbot), or install it "
        "first, in the folder you cloned: python3 -m venv .venv && .venv/bin/pip install .\n"
    )


def main() -> None:
    """Run the command line with early signal handlers; exit with its code."""
    forbid_core_dumps()  # nothing typed may reach a core file, whatever ends the process
    for name in ("SIGTERM", "SIGHUP"):  # a supervisor stopping us; a closed terminal or ssh session
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _terminate)
    if _command(sys.argv[1:]) == "kiosk":
        # The kiosk never leaves at a person's key, not even while it loads (about a second after each start,
        # before its screen reads keys): Ctrl-C ended it with 130, Ctrl-\ with 131, and Ctrl-Z stopped it.
        for name in _KIOSK_IGNORES:
            if hasattr(signal, name):
                signal.signal(getattr(signal, name), signal.SIG_IGN)
    # Start-up makes only objects that live as long as the process (modules, then the bank and its tables): the
    # garbage collector, walking them again and again while they were made, took a quarter of `chatbot ask`'s
    # CPU time. It is off while the modules load, and what they made is set aside (`gc.freeze`: never walked
    # again); the command line sets the bot aside the same way once it is loaded (`cli.after_load`).
    collecting = gc.isenabled()
    gc.disable()
    try:
        try:
            from chatbot.frontends import cli  # the heavy imports happen here, with the handlers in place
        except ModuleNotFoundError as error:
            if (error.name or "chatbot").partition(".")[0] == "chatbot":
                raise  # a module of ours missing is a broken install or a bug: its traceback is the clue
            sys.stderr.write(_without_its_libraries(error.name))
            sys.exit(EXIT_USAGE)

        if collecting:
            gc.freeze()
            gc.enable()
            cli.after_load = gc.freeze
        code = cli.main()
    except Terminated:
        code = EXIT_OK
    except KeyboardInterrupt:
        code = EXIT_INTERRUPTED
    finally:
        if collecting:
            gc.enable()
    sys.exit(code)
