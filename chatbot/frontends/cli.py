"""The `chatbot` command: the chat (default), ask, check, serve, eval and kiosk.

Library errors become one `Error: ...` line and exit code 2; an interrupt is
exit 130; a reader that goes away (`| head`) ends the program quietly. The
terminal UI is imported only by the commands that need it, so `ask` starts fast.
"""

from __future__ import annotations

import errno
import math
import os
import signal
import sys
import unicodedata
from collections.abc import Callable
from types import SimpleNamespace
from typing import TYPE_CHECKING

from chatbot import __version__
from chatbot.bot import Bot
from chatbot.errors import BankError, ChatbotError, Terminated
from chatbot.frontends.render import terminal_width

if TYPE_CHECKING:  # types only: argparse is imported where a parser is built (see `_plain_ask`)
    import argparse

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_OUTPUT_FAILED = 1

DESCRIPTION = (
    "A patient FAQ chatbot: it answers common questions from a bank of reviewed questions\n"
    "and answers (the packaged one, or your own with --faq). It shares general facts;\n"
    "it is not a doctor."
)
EPILOG = """exit codes: 0 fine (also after SIGTERM or SIGHUP, or when the reader of the output goes away),
1 the output cannot be written (a full disk), 2 bad usage, a bad FAQ bank or file, or a kiosk without a
terminal, 130 interrupted (Ctrl-C).
environment: CHATBOT_FAQ (a bank folder), CHATBOT_EMERGENCY_NUMBER, CHATBOT_KIOSK_EXIT_KEY, NO_COLOR."""


def _whole_number(least: int):
    """An argparse type: a whole number of at least `least`."""

    def parse(text: str) -> int:
        import argparse  # imported only where a parser runs (see `_plain_ask`)

        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if value < least:
            raise argparse.ArgumentTypeError(f"must be at least {least}, got {value}")
        return value

    return parse


def _seconds(allow_zero: bool, most: float = math.inf):
    """An argparse type: a finite number of seconds, above zero (or zero and above), at most `most`."""

    def parse(text: str) -> float:
        import argparse  # imported only where a parser runs (see `_plain_ask`)

        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
        if not math.isfinite(value) or value < 0 or (value == 0 and not allow_zero):
            least = "0 or more" if allow_zero else "more than 0"
            raise argparse.ArgumentTypeError(f"must be a number of seconds, {least}, got {text}")
        if value > most:
            raise argparse.ArgumentTypeError(f"must be at most {most:,.0f} seconds (a day), got {text}")
        return value

    return parse


def _port(text: str) -> int:
    """An argparse type: a TCP port, 0 (any free one) to 65535."""
    import argparse

    value = _whole_number(0)(text)
    if value > 65535:
        raise argparse.ArgumentTypeError(f"must be a port from 0 to 65535, got {value}")
    return value


IDLE_SECONDS, WARN_SECONDS = 120.0, 20.0
# A kiosk's timer: a browser cannot wait longer than 2**31 - 1 ms (about 24.8 days) and fires a longer
# wait at once, so "--idle-seconds 3000000" showed "Are you still there?" as the page opened and wiped it
# every 20 seconds. A kiosk that keeps a conversation for more than a day keeps it for the next person anyway.
MOST_KIOSK_SECONDS = 86_400.0


def _add_idle_options(group, prefix: str = "") -> None:
    """The kiosks' privacy timer (terminal and web alike): wipe after this idle time, warning first."""
    group.add_argument(
        "--idle-seconds",
        type=_seconds(allow_zero=False, most=MOST_KIOSK_SECONDS),
        default=IDLE_SECONDS,
        metavar="SECONDS",
        help=f"{prefix}wipe the conversation after this idle time (default 120)",
    )
    group.add_argument(
        "--warn-seconds",
        type=_seconds(allow_zero=True, most=MOST_KIOSK_SECONDS),
        default=WARN_SECONDS,
        metavar="SECONDS",
        help=f"{prefix}warn this long before the wipe (default 20)",
    )


def _common_options() -> argparse.ArgumentParser:
    import argparse

    # SUPPRESS keeps an option given before the command from being reset by the subcommand's default.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--faq", metavar="DIR", default=argparse.SUPPRESS, help="load the FAQ bank from this folder (env: CHATBOT_FAQ)"
    )
    common.add_argument(
        "--emergency-number",
        metavar="TEXT",
        default=argparse.SUPPRESS,
        help="the emergency number to tell people to call (env: CHATBOT_EMERGENCY_NUMBER)",
    )
    common.add_argument(
        "--log-unanswered",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="append questions that fell back to FILE (date only, digits and contacts masked); off by default",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    import argparse

    common = _common_options()
    parser = argparse.ArgumentParser(
        prog="chatbot",
        description=DESCRIPTION,
        epilog=EPILOG,
        parents=[common],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"chatbot {__version__}")
    parser.add_argument("--no-color", action="store_true", default=argparse.SUPPRESS, help="plain text, no colour")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    chat = commands.add_parser("chat", parents=[common], help="the interactive chat (the default)")
    chat.add_argument("--no-color", action="store_true", default=argparse.SUPPRESS, help="plain text, no colour")

    ask = commands.add_parser("ask", parents=[common], help="answer one question and exit")
    ask.add_argument("question", nargs="+", help="the question, in your own words")
    ask.add_argument("--json", action="store_true", help="print one JSON object")

    check = commands.add_parser(
        "check", parents=[common], help="validate a FAQ bank: every problem (exit 2), then warnings (exit 0)"
    )
    check.add_argument("path", nargs="?", metavar="DIR", help="the bank folder (same as --faq)")

    serve = commands.add_parser("serve", parents=[common], help="answer JSON lines on stdin/stdout, or HTTP")
    transport = serve.add_mutually_exclusive_group(required=True)
    transport.add_argument("--stdio", action="store_true", help="read requests on stdin")
    transport.add_argument("--http", action="store_true", help="serve the web page and API (needs the [web] extra)")
    serve.add_argument(
        "--max-sessions", type=_whole_number(1), default=1000, metavar="N", help="live sessions kept (default 1000)"
    )
    serve.add_argument(
        "--session-ttl",
        type=_seconds(allow_zero=False),
        default=1800.0,
        metavar="SECONDS",
        help="forget idle sessions (default 1800)",
    )
    web = serve.add_argument_group("with --http")
    web.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1, loopback only)")
    web.add_argument("--port", type=_port, default=8000, help="port to listen on (default 8000; 0 picks a free one)")
    web.add_argument(
        "--allowed-host",
        action="append",
        default=[],
        metavar="NAME",
        help="a host name the page is served under (repeat, or join with commas; '*.example.org' for every name "
        "under it); always answered: localhost, 127.0.0.1, ::1 and the --host address",
    )
    web.add_argument("--kiosk", action="store_true", help="the page warns when idle, then wipes the conversation")
    _add_idle_options(web, "with --kiosk: ")
    serve.set_defaults(idle_seconds=None, warn_seconds=None)  # None: not given (see _run_serve_http)
    web.add_argument(
        "--frame-ancestors",
        default="'none'",
        metavar="SOURCES",
        help="sites that may embed the page, as in CSP, e.g. \"'self' https://portal.example\" (default 'none')",
    )

    evaluate = commands.add_parser("eval", parents=[common], help="score the bot on a YAML file of test questions")
    evaluate.add_argument("file", nargs="?", help="the evaluation file")
    evaluate.add_argument("--json", action="store_true", help="print the figures as JSON")
    evaluate.add_argument(
        "--leave-one-out", action="store_true", help="ask each alternate with it removed from the bank, per entry"
    )
    evaluate.add_argument("--perturb", metavar="FILE", help="apply typos, stories, pronouns ... to FILE's questions")

    sheet_in = commands.add_parser("import", help="turn a spreadsheet (.csv or .tsv) into a FAQ bank folder")
    sheet_in.add_argument("file", help="the sheet: columns id, question, alternates, answer, source, related")
    sheet_in.add_argument("--to", required=True, metavar="DIR", help="the bank folder to write")
    sheet_in.add_argument("--force", action="store_true", help="replace the entries of an existing bank")
    for name in ("title", "source", "topic", "short-name"):
        sheet_in.add_argument(f"--{name}", metavar="TEXT", help=f"the bank's meta {name.replace('-', '_')}")
    sheet_in.add_argument(
        "--reviewed", metavar="YYYY-MM-DD", help="the day a clinician last checked the answers (needed for a new bank)"
    )
    sheet_out = commands.add_parser("export", help="write a FAQ bank's entries to a spreadsheet (.csv or .tsv)")
    sheet_out.add_argument("path", metavar="DIR", help="the bank folder")
    sheet_out.add_argument("file", help="the sheet to write (.csv or .tsv), or - for a CSV on standard output")
    sheet_out.add_argument("--force", action="store_true", help="replace an existing file")

    kiosk = commands.add_parser(
        "kiosk", parents=[common], help="full-screen, locked mode for a public kiosk (also: chatbot --kiosk)"
    )
    _add_idle_options(kiosk)
    kiosk.add_argument(
        "--exit-key",
        default=None,
        metavar="KEYS",
        help="the operator's key sequence to leave, e.g. 'c-x c-q' (env: CHATBOT_KIOSK_EXIT_KEY)",
    )
    return parser


def _visible(text: object) -> str:
    """Text from a bank, a sheet or a file name as a terminal shows it harmlessly: a control or format
    character (an escape sequence in an entry id: "bad\x1b]0;HACKED\x07id") is written as its escape,
    never sent raw to the screen; new lines and tabs are kept."""
    text = str(text)
    if text.isascii() and text.replace("\n", "").replace("\t", "").isprintable():
        return text
    return "".join(
        char
        if char in "\n\t" or unicodedata.category(char) not in ("Cc", "Cf", "Cs")
        else char.encode("unicode_escape").decode("ascii")
        for char in text
    )


# Called once a command's bot is loaded: the console script sets the loaded bot aside from garbage collection
# (`gc.freeze`, see chatbot.frontends.console); None when the command line runs inside another program.
after_load: Callable[[], object] | None = None


def _load_bot(args: argparse.Namespace) -> Bot:
    bot = Bot.load(
        getattr(args, "faq", None),
        emergency_number=getattr(args, "emergency_number", None),
        log_unanswered=getattr(args, "log_unanswered", None),
    )
    if after_load is not None:
        after_load()
    if bot.bank.triage_problems:  # the bot runs on the general red flags; the clinic must hear of it
        count = len(bot.bank.triage_problems)
        message = f"warning: {count} problem(s) in the bank's own red flags, left out until fixed: run `chatbot check`"
        print(_visible(message), file=sys.stderr)
    return bot


def _run_ask(args: argparse.Namespace) -> int:
    from chatbot.frontends.render import render_plain

    bot = _load_bot(args)
    reply = bot.ask(" ".join(args.question))
    if args.json:
        import json

        print(json.dumps(reply.to_dict(), ensure_ascii=False))
    else:
        print(render_plain(reply, bot.bank, terminal_width()))
    return EXIT_OK


def _run_check(args: argparse.Namespace) -> int:
    from chatbot.bank.loader import general_layer_dir, packaged_bank_dir
    from chatbot.bank.reachability import unreachable_entries
    from chatbot.safety.bank_triage import check_report, false_alarms

    folder = args.path or getattr(args, "faq", None) or os.environ.get("CHATBOT_FAQ") or None
    # Bot.load checks the bank as load_bank does (a bad bank: every problem names its file), and keeps
    # (or reuses) its compiled copy.
    bot = Bot.load(folder)
    bank = bot.bank
    if bank.triage_problems:  # the bank still loads (on the general red flags), but check says what to fix
        raise BankError(list(bank.triage_problems))
    checked = f"Checked the bank in {folder or packaged_bank_dir()} (over the general layer in {general_layer_dir()})"
    print(_visible(checked))
    entries = f"{len(bank.entries)} {'entry' if len(bank.entries) == 1 else 'entries'}"  # a first draft has one
    print(_visible(f"OK: {entries}, {len(bank.smalltalk)} small-talk topics in {bank.path}"))
    collisions = [f"{c}: keep each phrase under one concept only" for c in bot.analyzer.collisions]
    questions = ((entry.id, text) for entry in bank.entries for text in (entry.question, *entry.alternates))
    alarms = false_alarms(bot.triage, bank.triage_rules, questions)
    checks = check_report(bot.triage, bank.triage_rules, bank.triage_checks, _triage_file(bank))
    if checks:
        print(_visible(checks[0]))
        alarms += checks[1:]
    for warning in [*_grouped_notes(bank.notes), *collisions, *alarms, *unreachable_entries(bot)]:
        print(_visible(f"warning: {warning}"))
    return EXIT_OK


def _triage_file(bank) -> str:
    """The file of the bank's own red flags, to name in a check's warning."""
    own = bank.triage_rules
    if own is not None:
        return own.file
    return os.path.join(bank.path, "triage.yaml")


# A warning more entries than this share is told once, with where the first few are: a first import with no
# alternates, source or related column gave three lines an entry, 15,000 for 5,000 entries.
GROUP_WARNINGS_AFTER = 3


def _grouped_notes(notes) -> list[str]:
    """The bank's warnings, each one many entries share told once where it first stood, with its places."""
    places: dict[str, list[str]] = {}
    for note in notes:
        if note.entry_id:
            places.setdefault(note.message, []).append(f"{note.file}:{note.line} [{note.entry_id}]")
    lines, told = [], set()
    for note in notes:
        shared = places.get(note.message, []) if note.entry_id else []
        if len(shared) <= GROUP_WARNINGS_AFTER:
            lines.append(str(note))
        elif note.message not in told:
            told.add(note.message)
            shown = ", ".join(shared[:GROUP_WARNINGS_AFTER])
            lines.append(f"{len(shared):,} entries: {note.message} ({shown}, ...)")
    return lines


# `import` asks each entry's own question, as `check` does, up to this many entries (a few seconds); a bigger
# sheet is left to `chatbot check`, where 20,000 entries took most of a minute and made `import` that slow.
IMPORT_REACH_ENTRIES = 3000


def _run_import(args: argparse.Namespace) -> int:
    from chatbot.bank.reachability import unreachable_entries
    from chatbot.bank.sheets import import_sheet

    report: list[str] = []
    written: list[int] = []
    try:
        notes = import_sheet(
            args.file, args.to, args.force, args.title, args.source, args.reviewed, args.topic, args.short_name,
            report, written,
        )  # fmt: skip
    except ChatbotError:
        print(_visible("\n".join(report)), file=sys.stderr)  # what each column was read as shows a wrong guess
        raise
    # What was written first, then what each column was read as, then the rows' warnings.
    print(_visible("\n".join([*notes[:1], *report])))
    notes = notes[1:]
    if written and written[0] > IMPORT_REACH_ENTRIES:
        notes.append(
            f"note: {written[0]:,} entries, too many to ask each one's own question here; "
            f"`chatbot check {args.to}` does (and warns of any its question does not reach)"
        )
    else:
        # The same reachability warnings as `chatbot check`: an entry its own question does not reach.
        notes += [f"warning: {warning}" for warning in unreachable_entries(Bot.load(args.to))]
    if notes:
        print(_visible("\n".join(notes)))
    return EXIT_OK


def _run_export(args: argparse.Namespace) -> int:
    from chatbot.bank.sheets import STDOUT, export_bank, sheet_text

    if args.file == STDOUT:  # `chatbot export faq/ - | ...`: the CSV on stdout, nothing else there
        sys.stdout.write(sheet_text(args.path, bom=False)[0])
        sys.stdout.flush()
        return EXIT_OK
    print(_visible(export_bank(args.path, args.file, args.force)))
    return EXIT_OK


def _run_serve(args: argparse.Namespace) -> int:
    from chatbot.frontends.stdio import serve
    from chatbot.session_store import SessionStore

    store = SessionStore(_load_bot(args), max_sessions=args.max_sessions, ttl_seconds=args.session_ttl)
    if args.http:
        return _run_serve_http(args, store)
    serve(store, sys.stdin.buffer, sys.stdout)
    return EXIT_OK


def _run_serve_http(args: argparse.Namespace, store) -> int:
    try:
        from chatbot.frontends.web.app import create_app
        from chatbot.frontends.web.hosts import BadAllowedHost, allowed_hosts
        from chatbot.frontends.web.meta import KioskTimes
        from chatbot.frontends.web.security import BadFrameAncestors
        from chatbot.frontends.web.server import serve_http
    except ImportError as error:
        raise ChatbotError(
            f"serve --http needs the web extra ({error.name} is missing): pip install '.[web]' in the project's folder"
        ) from None
    given = [name for name, value in (("--idle-seconds", args.idle_seconds), ("--warn-seconds", args.warn_seconds))
             if value is not None]  # fmt: skip
    if given and not args.kiosk:
        # Ignored, an operator who set an idle time would think the page wipes itself; it never would.
        verb = "works" if len(given) == 1 else "work"
        raise ChatbotError(f"{' and '.join(given)} only {verb} with --kiosk: without it the page never wipes itself")
    idle = IDLE_SECONDS if args.idle_seconds is None else args.idle_seconds
    warn = WARN_SECONDS if args.warn_seconds is None else args.warn_seconds
    if args.kiosk and not 0 < warn < idle:
        raise ChatbotError("--warn-seconds must be more than 0 and less than --idle-seconds")
    kiosk = KioskTimes(idle, warn) if args.kiosk else None
    try:
        hosts = allowed_hosts(args.host, args.allowed_host)
        app = create_app(store, kiosk=kiosk, frame_ancestors=args.frame_ancestors, hosts=hosts)
    except (BadFrameAncestors, BadAllowedHost) as error:
        raise ChatbotError(str(error)) from None
    try:
        serve_http(app, args.host, args.port)
    except OSError as error:
        cause = error.strerror or error
        raise ChatbotError(f"cannot listen on {args.host}:{args.port} ({cause}){_listen_fix(error)}") from None
    return EXIT_OK


def _listen_fix(error: OSError) -> str:
    """What to do when the server cannot take its address: the cause alone left an operator guessing."""
    if error.errno == errno.EADDRINUSE:  # often a server started earlier and still running
        return "; another program (perhaps an earlier 'chatbot serve') uses that port: stop it, or choose --port N"
    if error.errno == errno.EACCES:  # ports below 1024 need root; the page needs no privileged port
        return "; ports below 1024 need special rights: use a port of 1024 or more, such as --port 8000"
    if error.errno == errno.EADDRNOTAVAIL:
        return "; this machine has no such address: check --host (127.0.0.1 is this machine only)"
    return ""


def _run_eval(args: argparse.Namespace) -> int:
    import json

    from chatbot.quality.evaluation import evaluate, unknown_ids_warning

    if args.leave_one_out or args.perturb:
        from chatbot.quality.generalization import run_generalization

        print(run_generalization(_load_bot(args), args.leave_one_out, args.perturb, args.json))
        return EXIT_OK
    if not args.file:
        raise ChatbotError("eval needs an evaluation FILE, --leave-one-out or --perturb FILE")
    report = evaluate(_load_bot(args), args.file)
    print(json.dumps(report.summary(), indent=2) if args.json else _visible(report.text()))
    warning = unknown_ids_warning(report)
    if warning:
        print(_visible(warning), file=sys.stderr)
    return EXIT_OK


def _run_chat(args: argparse.Namespace) -> int:
    from chatbot.frontends.repl import run_chat

    return run_chat(_load_bot(args), color=not getattr(args, "no_color", False))


def _run_kiosk(args: argparse.Namespace) -> int:
    from chatbot.frontends.kiosk import run_kiosk

    exit_key = args.exit_key or os.environ.get("CHATBOT_KIOSK_EXIT_KEY") or None
    return run_kiosk(_load_bot(args), idle_seconds=args.idle_seconds, warn_seconds=args.warn_seconds, exit_key=exit_key)


COMMANDS = {
    None: _run_chat,
    "chat": _run_chat,
    "ask": _run_ask,
    "check": _run_check,
    "serve": _run_serve,
    "eval": _run_eval,
    "kiosk": _run_kiosk,
    "import": _run_import,
    "export": _run_export,
}


def _quiet_broken_pipe() -> int:
    # The reader went away (`chatbot ask ... | head -c 1`): stop writing, say nothing.
    _stop_writing()
    return EXIT_OK


def _stop_writing() -> None:
    # Output still buffered would fail again at exit, with "Exception ignored" and status 120.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass


def _unwritable_output(error: OSError) -> int:
    # A full disk or a failing device under the output (`chatbot ask ... > /dev/full`): one line, exit 1.
    _stop_writing()
    try:
        print(f"Error: cannot write the output ({error.strerror or error})", file=sys.stderr, flush=True)
    except OSError:
        pass  # the error output cannot be written either: the exit code still says it
    return EXIT_OUTPUT_FAILED


def _fill_closed_streams() -> None:
    """A standard stream the program was started without (`chatbot <&-`, a service with no output) reads
    as empty or writes nowhere, as /dev/null would, instead of failing on its first use."""
    for name, mode in (("stdin", "r"), ("stdout", "w"), ("stderr", "w")):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, mode))  # noqa: SIM115 - it stays open as the stream


def _terminate(signum: int, frame: object) -> None:
    raise Terminated


# The options before a command that take a value: what follows them is no command.
_TOP_LEVEL_VALUE_OPTIONS = ("--faq", "--emergency-number", "--log-unanswered")


def _kiosk_flag_as_command(argv: list[str]) -> list[str]:
    """`chatbot --kiosk ...` as `chatbot kiosk ...`: operators type the flag they know from `serve --http --kiosk`.

    Only a `--kiosk` before any command is read so; after a command (`serve --http --kiosk`) it stays that
    command's option."""
    index = 0
    while index < len(argv):
        word = argv[index]
        if word == "--kiosk":
            return [*argv[:index], "kiosk", *argv[index + 1 :]]
        if word == "--" or not word.startswith("-"):
            return argv  # a command (or a question) comes first
        index += 2 if word in _TOP_LEVEL_VALUE_OPTIONS else 1
    return argv


def _plain_ask(argv: list[str]) -> argparse.Namespace | SimpleNamespace | None:
    """The arguments of `ask` followed only by the question's words, none of them starting with "-" (no option, no
    "--"), as `build_parser().parse_args` reads them; None for any other command line, which argparse reads.

    Building the parser and parsing took about 6 ms of a one-shot `chatbot ask`'s CPU time (its help formatter
    imports shutil, gettext and locale); such a command line can only mean this."""
    if len(argv) < 2 or argv[0] != "ask" or any(word.startswith("-") for word in argv[1:]):
        return None
    # A plain namespace: argparse itself (about 2 ms of a start) is imported only where a parser is built.
    return SimpleNamespace(command="ask", question=list(argv[1:]), json=False)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    _fill_closed_streams()
    argv = _kiosk_flag_as_command(sys.argv[1:] if argv is None else list(argv))
    args = _plain_ask(argv)
    if args is None:
        parser = build_parser()
        args = parser.parse_args(argv)
        if args.command == "kiosk" and args.warn_seconds >= args.idle_seconds:
            parser.error("--warn-seconds must be less than --idle-seconds")
    # SIGTERM (a supervisor stopping us) and SIGHUP (a closed terminal or ssh session) end the program
    # cleanly with 0; the kiosk handles them itself. (`chatbot.frontends.console` set them even earlier.)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name) and args.command != "kiosk":
            signal.signal(getattr(signal, name), _terminate)
    try:
        return COMMANDS[args.command](args)
    except ChatbotError as error:
        print(_visible(f"Error: {error}"), file=sys.stderr)
        return EXIT_USAGE
    except Terminated:
        return EXIT_OK
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return _quiet_broken_pipe()
    except OSError as error:
        if error.filename is None:  # no file named: the output itself failed
            return _unwritable_output(error)
        # A file of the command's own that no check foresaw: still one line, never a traceback.
        print(_visible(f"Error: cannot use {error.filename} ({error.strerror or error})"), file=sys.stderr)
        return EXIT_USAGE


def entry_point() -> None:
    """The console script: run `main` and exit with its code."""
    sys.exit(main())
