"""The interactive chat in a terminal (prompt_toolkit), and its plain mode for piped input.

A thin adapter over `Session.ask`: it shows the welcome, reads a line, runs
a command or asks the session, and prints the reply. History lives in
memory only; nothing typed is written anywhere.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator

from prompt_toolkit import PromptSession, print_formatted_text
from prompt_toolkit.auto_suggest import AutoSuggest, Suggestion
from prompt_toolkit.clipboard import InMemoryClipboard
from prompt_toolkit.completion import Completer, Completion
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.history import InMemoryHistory
from prompt_toolkit.key_binding import KeyBindings
from prompt_toolkit.output import ColorDepth
from prompt_toolkit.styles import Style

from chatbot.bank.model import Bank
from chatbot.bot import Bot
from chatbot.conversation.turn import RESTART
from chatbot.errors import Terminated
from chatbot.frontends.render import (
    numbered,
    reply_fragments,
    safety_note,
    terminal_width,
    topics_text,
    typed_number,
    wrap,
)
from chatbot.frontends.stray_reports import ignore_mouse_reports
from chatbot.frontends.utf16_input import stream_utf16_encoding
from chatbot.session import Session
from chatbot.understanding.text import fold

COMMANDS = {"help": "help", "topics": "topics", "restart": "restart", "quit": "quit", "exit": "quit"}


def command_of(line: str) -> tuple[str | None, str]:
    """The command a line gives, if any, and the words after "topics" ("topics knee" lists fewer)."""
    typed = fold(line)
    if typed.startswith("topics "):
        return "topics", typed.removeprefix("topics ")
    return COMMANDS.get(typed), ""
MAX_COMPLETIONS = 8

STYLE = Style.from_dict(
    {
        "title": "bold",
        "answer": "",
        "emergency": "bold #ffffff bg:#b00000",
        "urgent": "bold #000000 bg:#ffaf00",
        "source": "#8a8a8a italic",
        "heading": "bold",
        "suggestion": "#5fafff",
        "note": "#8a8a8a",
        "prompt": "bold #5fafff",
    }
)


def welcome_text(bank: Bank, session: Session, width: int) -> list[tuple[str, str]]:
    """The opening screen: what the bot answers, example questions, the safety note."""
    screens = bank.screens
    # A YAML block (`>` or `|`) ends in a new line and a plain string does not: stripped, every bank's welcome
    # and note are set apart by one blank line (the HO welcome had two below it).
    welcome = wrap(screens["welcome"].strip(), width)
    fragments = [("class:title", screens["title"]), ("", "\n\n"), ("", welcome), ("", "\n")]
    examples = session.offer(bank.example_ids)
    if examples:
        fragments += [("", "\n"), ("class:heading", bank.messages["examples"])]
        for number, suggestion in enumerate(examples, start=1):
            fragments += [("", "\n"), ("class:suggestion", numbered(number, suggestion.question, width))]
        fragments.append(("", "\n"))
    fragments += [("", "\n"), ("class:note", wrap(safety_note(bank, session.bot.emergency_number).strip(), width))]
    fragments += [("", "\n\n"), ("class:note", wrap(screens["help_hint"].strip(), width))]
    return fragments


class QuestionCompleter(Completer):
    """Offers whole bank questions whose words start with what was typed."""

    def __init__(self, bank: Bank):
        self._questions = [(fold(entry.question), entry.question) for entry in bank.entries]

    def get_completions(self, document, complete_event) -> Iterator[Completion]:
        typed = fold(document.text_before_cursor)
        if len(typed) < 2:
            return
        words = typed.split()
        shown = 0
        for folded, question in self._questions:
            if all(any(word.startswith(w) for word in folded.split()) for w in words):
                yield Completion(question, start_position=-len(document.text_before_cursor))
                shown += 1
                if shown >= MAX_COMPLETIONS:
                    return


class QuestionSuggester(AutoSuggest):
    """Greys in the rest of a bank question that begins with what was typed."""

    def __init__(self, bank: Bank):
        self._questions = [entry.question for entry in bank.entries]

    def get_suggestion(self, buffer, document) -> Suggestion | None:
        typed = document.text
        if len(typed.strip()) < 3:
            return None
        lowered = typed.lower()
        for question in self._questions:
            if question.lower().startswith(lowered) and len(question) > len(typed):
                return Suggestion(question[len(typed) :])
        return None


class Chat:
    """One person's chat: commands, the session, and what is shown."""

    def __init__(
        self,
        bot: Bot,
        color: bool,
        show: Callable[[list[tuple[str, str]]], None],
        forget_history: Callable[[], None] = lambda: None,
    ):
        self.bot = bot
        self.session = bot.session()
        self.color = color
        self._show = show
        self._forget_history = forget_history  # `restart` also empties what Up, Ctrl-R and Ctrl-Y bring back

    def show(self, fragments: Iterable[tuple[str, str]]) -> None:
        self._show(list(fragments) + [("", "\n")])

    def handle(self, line: str) -> bool:
        """Act on one typed line; False when the person wants to leave."""
        command, words = command_of(line)
        bank = self.bot.bank
        width = terminal_width()
        if command == "quit":
            self.show([("", bank.screens["goodbye"])])
            return False
        if command == "help":
            self.show([("", wrap(bank.screens["help"].rstrip(), width))])
        elif command == "topics":
            self.show(topics_text(bank, width, words))
        elif command == "restart":
            self.session.reset()
            self.bot.forget_typed_words()  # one person's terminal: nobody else's words to keep warm
            self._forget_history()
            self.show([("", wrap(bank.screens["restarted"], width))])
        elif line.strip():
            picked = self._picked(line)
            reply = self.session.ask(line)
            if reply.via == RESTART:
                # "Start again" in words: the engine forgot the conversation; the terminal forgets what the
                # `restart` command forgets besides.
                self.bot.forget_typed_words()
                self._forget_history()
            # A number asks one of the questions shown: say which, so the answer is not read as another's.
            heading = [("class:heading", wrap(picked, width)), ("", "\n\n")] if picked and reply.id else []
            self.show(heading + reply_fragments(reply, bank, width))
        return True

    def _picked(self, line: str) -> str | None:
        """The question a typed number picks from those on offer, if it is one."""
        number = typed_number(line)
        offered = self.session.offered
        if number is not None and 1 <= number <= len(offered):
            return offered[number - 1].question
        return None


def _printer(color: bool, terminal_output=None):
    def show(fragments: list[tuple[str, str]]) -> None:
        if terminal_output is not None:
            print_formatted_text(FormattedText(fragments), style=STYLE, output=terminal_output)
        elif color:
            print_formatted_text(FormattedText(fragments), style=STYLE)
        else:
            sys.stdout.write("".join(text for _, text in fragments) + "\n")
            sys.stdout.flush()

    return show


def run_piped(bot: Bot, lines: Iterable[str]) -> int:
    """Answer each input line in plain text: no prompt, no colour, no escape codes."""
    chat = Chat(bot, color=False, show=_printer(False))
    for line in lines:
        if line.strip() and not chat.handle(line):
            break
    return 0


# The engine reads at most the first 8 x 16,000 characters of a message (clean_question), 4 bytes each at
# most: the rest of a longer line is skipped unread, so a gigabyte with no new line cannot fill memory.
MAX_PIPED_LINE_BYTES = 4 * 8 * 16_000


def _stdin_lines(source=None) -> Iterator[str]:
    """The lines piped in, decoded leniently (invalid UTF-8 cannot stop the loop), each bounded.

    A line ends at a line feed, a carriage return and line feed, or a carriage return alone (as Python reads text):
    a file of questions saved with bare carriage returns (an old Mac export) was one line, its questions read as one
    message and answered once, and past the line limit every question after was skipped unread."""
    source = source if source is not None else sys.stdin.buffer
    # The lines of a UTF-16 file, with its byte-order mark as Windows tools save text (PowerShell's `>`, Notepad's
    # "Unicode") or without (`iconv -t UTF-16LE`): read as UTF-8, each letter came with a NUL, "w h a t  i s  H O",
    # and every question fell back.
    source, encoding = stream_utf16_encoding(source)
    yield from _text_lines(source, encoding or "utf-8")


def _text_lines(source, encoding: str) -> Iterator[str]:
    """The lines of `source` in `encoding`, at most MAX_PIPED_LINE_BYTES // 4 characters each: the rest of a longer
    line is skipped in bounded pieces, so a gigabyte with no line end cannot fill memory."""
    import io

    text = io.TextIOWrapper(source, encoding=encoding, errors="replace", newline="")
    limit = MAX_PIPED_LINE_BYTES // 4
    while line := text.readline(limit):
        if not line.endswith(("\n", "\r")):
            while (rest := text.readline(limit)) and not rest.endswith(("\n", "\r")):
                pass
        yield line.rstrip("\r\n")


def run_chat(bot: Bot, color: bool = True) -> int:
    """The chat: interactive on a terminal, plain line-by-line when input is piped."""
    if not sys.stdin.isatty():
        return run_piped(bot, _stdin_lines())
    color = color and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    return run_interactive(bot, color)


def _typing_bindings() -> KeyBindings:
    """Ctrl-Space (a NUL) types a space: by default it started an invisible emacs selection, in which every
    key typed after it was dropped, so "what", Ctrl-Space, "is HO" asked only "what"."""
    bindings = ignore_mouse_reports(KeyBindings())  # a pasted colour code is not a mouse report

    @bindings.add("c-@")
    def _space(event) -> None:
        event.current_buffer.insert_text(" ")

    return bindings


def _ignoring_sigint(real_terminal: bool):
    """Ctrl-C pressed while an answer is being made (the terminal is then back in its usual mode, so the key
    becomes SIGINT) must not end the chat: it ended it with exit 130, although in the chat Ctrl-C only clears
    the line. Loading is over here, so the signal is ignored until the chat ends (SIGTERM and SIGHUP still
    end it). Tests that drive the chat through pipes in their own process keep their handler."""
    if not real_terminal or not hasattr(signal, "SIGINT") or threading.current_thread() is not threading.main_thread():
        return contextlib.nullcontext()
    return _signal_ignored(signal.SIGINT)


@contextlib.contextmanager
def _signal_ignored(number: int) -> Iterator[None]:
    previous = signal.signal(number, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(number, previous)


def run_interactive(bot: Bot, color: bool, terminal_input=None, terminal_output=None) -> int:
    """The prompt loop. `terminal_input`/`terminal_output` default to the real terminal (tests pass pipes)."""
    show = _printer(color, terminal_output)
    prompt = PromptSession(
        input=terminal_input,
        output=terminal_output,
        history=InMemoryHistory(),  # up arrow and Ctrl-R work; nothing is written to disk
        completer=QuestionCompleter(bot.bank),
        auto_suggest=QuestionSuggester(bot.bank),
        complete_while_typing=False,
        style=STYLE,
        color_depth=None if color else ColorDepth.DEPTH_1_BIT,
        include_default_pygments_style=False,
        key_bindings=_typing_bindings(),
    )

    def forget_history() -> None:
        prompt.history = InMemoryHistory()
        prompt.default_buffer.history = prompt.history  # the buffer reloads it at the next prompt
        prompt.clipboard = InMemoryClipboard()  # nor can Ctrl-Y bring back text cut before the restart
        # Nor Ctrl-X e the keys of a macro recorded before it (Ctrl-X ( ... Ctrl-X )): they replayed the question.
        prompt.app.emacs_state.reset()
        prompt.app.emacs_state.macro = []

    chat = Chat(bot, color=color, show=show, forget_history=forget_history)
    chat.show(welcome_text(bot.bank, chat.session, terminal_width()))
    message = [("class:prompt", bot.bank.screens["prompt"])]
    with _ignoring_sigint(terminal_input is None):
        return _prompt_loop(bot, chat, prompt, message)


def _prompt_loop(bot: Bot, chat: Chat, prompt: PromptSession, message) -> int:
    while True:
        try:
            # handle_sigint=False: at the prompt the terminal is raw and Ctrl-C arrives as a key (which clears
            # the line); prompt_toolkit's own SIGINT handler, left in place for a moment after Enter, printed
            # "Application is not running" tracebacks for a Ctrl-C pressed just then.
            line = prompt.prompt(message, handle_sigint=False)
        except Terminated:
            raise  # SIGTERM: leave (the command line turns it into a clean exit)
        except KeyboardInterrupt:
            continue  # Ctrl-C clears the line, as in a shell
        except EOFError:
            chat.show([("", bot.bank.screens["goodbye"])])
            return 0
        if not chat.handle(line):
            return 0
