"""The `chatbot` command: the chat (default), ask, check, serve, eval and kiosk.

Library errors become one `Error: ...` line and exit code 2; an interrupt is
exit 130; a reader that goes away (`| head`) ends the program quietly. The
terminal UI is imported only by the commands that need it, so `ask` starts fast.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys

from chatbot import __version__
from chatbot.bot import Bot
from chatbot.errors import ChatbotError, Terminated
from chatbot.render import terminal_width

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

DESCRIPTION = (
    "A patient FAQ chatbot about heterotopic ossification (HO). "
    "It shares general facts from one medically reviewed article; it is not a doctor."
)
EPILOG = """exit codes: 0 fine (also after SIGTERM, or when the reader of the output goes away),
2 bad usage or a bad FAQ bank, 130 interrupted (Ctrl-C).
environment: CHATBOT_FAQ (a bank folder), CHATBOT_EMERGENCY_NUMBER, CHATBOT_KIOSK_EXIT_KEY, NO_COLOR."""


def _common_options() -> argparse.ArgumentParser:
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

    check = commands.add_parser("check", parents=[common], help="validate a FAQ bank and list every problem")
    check.add_argument("path", nargs="?", metavar="DIR", help="the bank folder (same as --faq)")

    serve = commands.add_parser("serve", parents=[common], help="answer JSON lines on stdin/stdout")
    serve.add_argument("--stdio", action="store_true", required=True, help="read requests on stdin (required)")
    serve.add_argument("--max-sessions", type=int, default=1000, metavar="N", help="live sessions kept (default 1000)")
    serve.add_argument(
        "--session-ttl", type=float, default=1800.0, metavar="SECONDS", help="forget idle sessions (default 1800)"
    )

    evaluate = commands.add_parser("eval", parents=[common], help="score the bot on a YAML file of test questions")
    evaluate.add_argument("file", help="the evaluation file")
    evaluate.add_argument("--json", action="store_true", help="print the figures as JSON")

    sheet_in = commands.add_parser("import", help="turn a spreadsheet (.csv or .tsv) into a FAQ bank folder")
    sheet_in.add_argument("file", help="the sheet: columns id, question, alternates, answer, source, related")
    sheet_in.add_argument("--to", required=True, metavar="DIR", help="the bank folder to write")
    sheet_in.add_argument("--force", action="store_true", help="replace the entries of an existing bank")
    for name in ("title", "source", "reviewed"):
        sheet_in.add_argument(f"--{name}", metavar="TEXT", help=f"the bank's meta {name}")
    sheet_out = commands.add_parser("export", help="write a FAQ bank's entries to a spreadsheet (.csv or .tsv)")
    sheet_out.add_argument("path", metavar="DIR", help="the bank folder")
    sheet_out.add_argument("file", help="the sheet to write")
    sheet_out.add_argument("--force", action="store_true", help="replace an existing file")

    kiosk = commands.add_parser("kiosk", parents=[common], help="full-screen, locked mode for a public kiosk")
    kiosk.add_argument("--idle-seconds", type=float, default=120.0, help="clear the screen after this idle time")
    kiosk.add_argument("--warn-seconds", type=float, default=20.0, help="warn this long before clearing")
    kiosk.add_argument(
        "--exit-key",
        default=None,
        metavar="KEYS",
        help="the operator's key sequence to leave, e.g. 'c-x c-q' (env: CHATBOT_KIOSK_EXIT_KEY)",
    )
    return parser


def _load_bot(args: argparse.Namespace) -> Bot:
    return Bot.load(
        getattr(args, "faq", None),
        emergency_number=getattr(args, "emergency_number", None),
        log_unanswered=getattr(args, "log_unanswered", None),
    )


def _run_ask(args: argparse.Namespace) -> int:
    from chatbot.render import render_plain

    bot = _load_bot(args)
    reply = bot.ask(" ".join(args.question))
    if args.json:
        import json

        print(json.dumps(reply.to_dict(), ensure_ascii=False))
    else:
        print(render_plain(reply, bot.bank, terminal_width()))
    return EXIT_OK


def _run_check(args: argparse.Namespace) -> int:
    from chatbot.reachability import unreachable_entries

    # Bot.load checks the bank as load_bank does, and keeps (or reuses) its compiled copy.
    bot = Bot.load(args.path or getattr(args, "faq", None) or os.environ.get("CHATBOT_FAQ") or None)
    bank = bot.bank
    print(f"OK: {len(bank.entries)} entries, {len(bank.smalltalk)} small-talk topics in {bank.path}")
    for warning in [*bot.analyzer.collisions, *unreachable_entries(bot)]:
        print(f"warning: {warning}")
    return EXIT_OK


def _run_import(args: argparse.Namespace) -> int:
    from chatbot.sheets import import_sheet

    notes = import_sheet(args.file, args.to, args.force, args.title, args.source, args.reviewed)
    print("\n".join(notes))
    return EXIT_OK


def _run_export(args: argparse.Namespace) -> int:
    from chatbot.sheets import export_bank

    print(export_bank(args.path, args.file, args.force))
    return EXIT_OK


def _run_serve(args: argparse.Namespace) -> int:
    from chatbot.session_store import SessionStore
    from chatbot.stdio import serve

    store = SessionStore(_load_bot(args), max_sessions=args.max_sessions, ttl_seconds=args.session_ttl)
    serve(store, sys.stdin.buffer, sys.stdout)
    return EXIT_OK


def _run_eval(args: argparse.Namespace) -> int:
    import json

    from chatbot.evaluation import evaluate

    report = evaluate(_load_bot(args), args.file)
    print(json.dumps(report.summary(), indent=2) if args.json else report.text())
    return EXIT_OK


def _run_chat(args: argparse.Namespace) -> int:
    from chatbot.repl import run_chat

    return run_chat(_load_bot(args), color=not getattr(args, "no_color", False))


def _run_kiosk(args: argparse.Namespace) -> int:
    from chatbot.kiosk import run_kiosk

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
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass
    return EXIT_OK


def _terminate(signum: int, frame: object) -> None:
    raise Terminated


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = build_parser().parse_args(argv)
    # SIGTERM (a supervisor stopping us) ends the program cleanly with 0; the kiosk handles it itself.
    if hasattr(signal, "SIGTERM") and args.command != "kiosk":
        signal.signal(signal.SIGTERM, _terminate)
    try:
        return COMMANDS[args.command](args)
    except ChatbotError as error:
        print(f"Error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except Terminated:
        return EXIT_OK
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return _quiet_broken_pipe()


def entry_point() -> None:
    """The console script: run `main` and exit with its code."""
    sys.exit(main())
