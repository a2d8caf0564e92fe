"""`chatbot kiosk`: a full-screen, locked chat for a public support kiosk.

Large title, the latest exchange, an input line and a row of questions to
pick with the arrow keys or a number. After `idle_seconds` without a key the
conversation is wiped (with a warning `warn_seconds` before, which any key
dismisses). Ctrl-C, Ctrl-D, Ctrl-Z and "quit" do not leave it; only the
operator's key sequence or SIGTERM do. Nothing typed is kept after a reset.
"""

from __future__ import annotations

import asyncio
import logging
import math
import re
import signal
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from prompt_toolkit.application import Application
from prompt_toolkit.clipboard import InMemoryClipboard
from prompt_toolkit.data_structures import Point
from prompt_toolkit.filters import Condition
from prompt_toolkit.history import DummyHistory
from prompt_toolkit.key_binding import KeyBindings
from prompt_toolkit.keys import Keys
from prompt_toolkit.layout import ConditionalContainer, HSplit, Layout, Window, WindowAlign
from prompt_toolkit.layout.controls import FormattedTextControl
from prompt_toolkit.layout.dimension import Dimension
from prompt_toolkit.styles import Style
from prompt_toolkit.widgets import TextArea

from chatbot.bot import Bot
from chatbot.conversation.turn import RESTART
from chatbot.errors import ChatbotError, Terminated
from chatbot.frontends.render import numbered, reply_fragments, safety_note, topics_text, typed_number, wrap
from chatbot.frontends.stray_reports import ignore_mouse_reports
from chatbot.reply import Suggestion
from chatbot.understanding.text import clean_question, fold

log = logging.getLogger("chatbot")  # the kiosk is long-running: the import cost does not matter here

TICK_SECONDS = 0.2
MAX_INPUT_CHARS = 1000
QUIT_WORDS = {"quit", "exit", "q", "bye bye", "close", "stop"}
LOCKED_KEYS = ("c-d", "c-z", "c-\\")  # Ctrl-C (and SIGINT) clear the line instead
_LINE_BREAKS_AS_SPACES = str.maketrans("\n\r\t", "   ")
# A terminal sequence prompt_toolkit does not know (a stray bracketed-paste end ESC[201~, a function key with a
# modifier) reaches the line as Escape and its characters. The Escape is kept in the line (see `_escape`) until the
# sequence is complete, and then the whole sequence is taken out: a CSI ("ESC[201~"), an OSC ended by BEL or ST;
# an Escape before any other character (the Escape key pressed alone, then a letter) is only dropped.
_TYPED_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b(?=[^\[\]])")
# A real paste arrives at once: a bracketed paste still open after this long was started by a stray ESC[200~ (typed,
# or the end marker lost), and held every key typed after it (the operator's key too) until an end that never comes.
PASTE_WAIT_SECONDS = 2.0

STYLE = Style.from_dict(
    {
        "": "#ffffff bg:#000000",
        "title": "bold #000000 bg:#ffff00",
        "answer": "#ffffff",
        "emergency": "bold #ffffff bg:#c00000",
        "urgent": "bold #000000 bg:#ffd700",
        "source": "#c0c0c0",
        "heading": "bold #ffff00",
        "suggestion": "#87d7ff",
        "selected": "bold #000000 bg:#87d7ff",
        "you": "bold #87d7ff",
        "warning": "bold #000000 bg:#ffaf00",
        "hint": "#c0c0c0",
        "input": "bold #ffffff bg:#303030",
    }
)


class BadExitKey(ChatbotError):
    """The operator's exit key sequence is not one prompt_toolkit knows."""


class NoTerminal(ChatbotError):
    """The kiosk was started without a terminal (for example from a service with no TTY)."""


@dataclass
class KioskState:
    """What the screen shows for the person at the kiosk now."""

    fragments: list[tuple[str, str]] = field(default_factory=list)
    # What made `fragments`, from the width: they are made again when the terminal is resized.
    build: Callable[[int], list[tuple[str, str]]] | None = None
    built_width: int = 0
    suggestions: tuple[Suggestion, ...] = ()
    selected: int = 0
    last_key: float = field(default_factory=time.monotonic)
    warning: bool = False
    # A key was pressed since the welcome: only then is there anything of a person to warn about and wipe. An
    # untouched welcome asked "Are you still there?" of nobody, again after every idle spell, all day.
    used: bool = False
    scroll_line: int = 0  # the line of the conversation kept in view (Page Up / Page Down)


class Kiosk:
    """The kiosk screen over one `Session`; `wipe` returns it to the welcome."""

    def __init__(
        self,
        bot: Bot,
        idle_seconds: float,
        warn_seconds: float,
        exit_keys: list[str] | None,
        terminal_input=None,
        terminal_output=None,
    ):
        self.bot = bot
        self.bank = bot.bank
        self.idle_seconds = idle_seconds
        self.warn_seconds = min(warn_seconds, idle_seconds)
        self.session = bot.session()
        self.state = KioskState()
        self.input = TextArea(
            height=1,
            multiline=False,
            prompt=self.bank.screens["prompt"],
            history=DummyHistory(),  # Up never brings back the last person's questions
            accept_handler=self._accept,
            style="class:input",
        )
        self.app = Application(
            layout=self._layout(),
            key_bindings=self._bindings(exit_keys),
            style=STYLE,
            full_screen=True,
            mouse_support=False,
            input=terminal_input,  # None: the real terminal; tests pass a pipe and a dummy output
            output=terminal_output,
        )
        self.app.key_processor.before_key_press += self._on_key
        self._paste_seen: float | None = None  # when a bracketed paste was first seen still open
        self.input.buffer.on_text_changed += self._cap_input
        self.wipe()

    # What is shown.

    def _width(self) -> int:
        try:
            return max(self.app.output.get_size().columns - 2, 20)
        except Exception:  # noqa: BLE001 - no terminal yet (tests): any width will do
            return 78

    def _layout(self) -> Layout:
        screens = self.bank.screens
        title = Window(
            FormattedTextControl(lambda: [("class:title", self._title_text())]),
            height=lambda: Dimension.exact(self._title_text().count("\n") + 1),
            style="class:title",
            align=WindowAlign.CENTER,
            wrap_lines=True,
        )
        # The "cursor" of this text is the line to keep in view, which is how Page Up/Down scroll it.
        self.conversation = conversation = Window(
            FormattedTextControl(self._conversation_text, get_cursor_position=lambda: Point(0, self.state.scroll_line)),
            wrap_lines=True,
        )
        warning = ConditionalContainer(
            Window(FormattedTextControl(self._warning_text), wrap_lines=True, height=Dimension(min=1, max=3)),
            filter=Condition(lambda: self.state.warning),
        )
        suggestions = Window(
            FormattedTextControl(self._suggestion_text), wrap_lines=True, height=Dimension(min=1, max=5)
        )
        hint = Window(
            FormattedTextControl(lambda: [("class:hint", wrap(screens["kiosk_hint"], self._width()))]),
            wrap_lines=True,
            height=Dimension(min=1, max=2),
        )
        body = HSplit([title, Window(height=1), conversation, warning, self.input, suggestions, hint])
        return Layout(body, focused_element=self.input)

    def _title_text(self) -> str:
        # Wrapped here, between words: the window's own wrapping would cut words on a narrow screen.
        return f"\n{wrap(self.bank.screens['title'], self._width())}\n"

    def _warning_text(self) -> list[tuple[str, str]]:
        # Rounded up: the count ends at "1 second", then the screen clears ("clear in 0 seconds" promised nothing).
        left = max(1, math.ceil(self.idle_seconds - (time.monotonic() - self.state.last_key)))
        screens = self.bank.screens
        one = screens.get("kiosk_idle_warning_one")
        if left == 1 and isinstance(one, str) and one.strip():
            text = one
        else:
            text = screens["kiosk_idle_warning"].replace("{seconds}", str(left))
        return [("class:warning", wrap(text, self._width()))]

    def _suggestion_text(self) -> list[tuple[str, str]]:
        fragments: list[tuple[str, str]] = []
        for index, suggestion in enumerate(self.state.suggestions):
            style = "class:selected" if index == self.state.selected else "class:suggestion"
            if fragments:
                fragments.append(("", "\n"))
            fragments.append((style, numbered(index + 1, suggestion.question, self._width())))
        return fragments

    def _conversation_text(self) -> list[tuple[str, str]]:
        """The conversation at the screen's width now: an answer wrapped for a smaller screen (a console
        that started at 80 columns, a window made narrow) stayed in that narrow column once it grew."""
        width = self._width()
        if self.state.build is not None and width != self.state.built_width:
            try:
                self.state.fragments = self.state.build(width)
            except Exception as error:  # noqa: BLE001 - keep what is shown rather than fail the screen
                log.error("chatbot kiosk: could not wrap the screen again (%s)", type(error).__name__)
            self.state.built_width = width
        return self.state.fragments

    def _show(self, shown, suggestions: tuple[Suggestion, ...]) -> None:
        """Show fragments, or a function making them from the width (made again after a resize)."""
        if callable(shown):
            self.state.build, self.state.built_width = shown, self._width()
            self.state.fragments = shown(self.state.built_width)
        else:
            self.state.build, self.state.fragments = None, shown
        self.state.suggestions = suggestions[:4]
        self.state.selected = 0
        self.state.scroll_line = 0

    def wipe(self) -> None:
        """Forget the person: session, screen, typed text, the words the bot kept for speed; show the welcome.

        Each part is done even when one before it fails: the idle clock calls this with nobody watching, and a
        fault in one part left the rest (the screen, the session) holding the last person's words."""
        failed = None
        for part in (self.session.reset, self.bot.forget_typed_words, self._forget_editing_state):
            try:
                part()
            except Exception as error:  # noqa: BLE001 - the other parts must still run; the fault is raised after
                failed = failed or error
        self._show_welcome()
        if failed is not None:
            raise failed

    def _show_welcome(self) -> None:
        screens = self.bank.screens

        def welcome(width: int) -> list[tuple[str, str]]:
            return [
                ("class:answer", wrap(screens["welcome"], width)),
                ("", "\n\n"),
                ("class:source", wrap(safety_note(self.bank, self.bot.emergency_number), width)),
            ]

        self.state = KioskState()
        self._show(welcome, self.session.offer(self.bank.example_ids))

    def _forget_editing_state(self) -> None:
        """Clear every place prompt_toolkit's default keys keep text that a later key could bring back.

        Reviewed against every default binding (emacs mode): Ctrl-_ and Ctrl-X Ctrl-U (undo) read the
        buffer's undo stack; Ctrl-Y, Ctrl-X r y, Meta-Y (yank, yank-pop) the clipboard's kill ring that
        Ctrl-K, Ctrl-U, Ctrl-W, Meta-D, Meta-Backspace and Meta-W fill; Ctrl-X e replays the keys of the
        last macro (Ctrl-X ( ... Ctrl-X )); Meta-. / Meta-_ / Meta-Ctrl-Y (last and nth argument),
        Ctrl-P/Ctrl-N, Meta-< / Meta-> and Ctrl-O read the history (a DummyHistory here) and the
        buffer's working lines (Up, Down, Page Up and Page Down are the kiosk's own keys); Ctrl-Space
        and Ctrl-X Ctrl-X keep a selection; Ctrl-Q/Ctrl-V (quoted insert) and Meta-digits (a repeat
        count) keep a pending state for the next key.
        Ctrl-R/Ctrl-S (search) do nothing: the input line has no search field.
        """
        self.input.buffer.reset()  # the text, its undo/redo stacks, selection, working lines, arg state
        self.app.clipboard = InMemoryClipboard()  # a fresh, empty kill ring
        self.app.emacs_state.reset()  # a macro being recorded
        self.app.emacs_state.macro = []  # the last recorded macro
        self.app.quoted_insert = False
        self.app.key_processor.arg = None

    # What a person does.

    def _cap_input(self, buffer) -> None:
        # A pasted megabyte would slow every redraw: the field takes MAX_INPUT_CHARS, as a form field has a
        # maximum length, and stops taking more (one person's question fits; the engine reads 2,000 whole).
        # The field is one line high: a pasted new line (or Ctrl-V Ctrl-J) scrolled the prompt and every line
        # before it out of view, leaving a blank bar. Line breaks and tabs are read as the spaces they stand for.
        text = buffer.text
        if "\x1b" in text:
            text = _TYPED_ESCAPES.sub("", text)
        if any(mark in text for mark in "\n\r\t"):
            text = text.replace("\r\n", " ").translate(_LINE_BREAKS_AS_SPACES)
        if len(text) > MAX_INPUT_CHARS:
            text = text[:MAX_INPUT_CHARS]
        if text != buffer.text:
            buffer.text = text

    def _on_key(self, _event=None) -> None:
        self.state.last_key = time.monotonic()
        self.state.warning = False
        self.state.used = True

    def _command(self, text: str) -> bool:
        """Run a kiosk command (quit words, help, topics, restart); False when the text is a question."""
        screens = self.bank.screens
        command = fold(text)
        command, words = ("topics", command.removeprefix("topics ")) if command.startswith("topics ") else (command, "")
        if command in QUIT_WORDS:
            self._show(lambda width: [("class:answer", wrap(screens["kiosk_no_quit"], width))], self.state.suggestions)
        elif command == "help":
            kiosk_help = screens.get("kiosk_help")
            shown = kiosk_help if isinstance(kiosk_help, str) and kiosk_help.strip() else screens["kiosk_hint"]
            self._show(lambda width: [("class:answer", wrap(shown.rstrip(), width))], self.state.suggestions)
        elif command == "topics":
            hint = self.bank.screens.get("kiosk_topics_hint")

            def listing(width: int) -> list[tuple[str, str]]:
                above = [("class:source", wrap(hint, width)), ("", "\n\n")] if isinstance(hint, str) and hint else []
                return above + topics_text(self.bank, width, words)

            self._show(listing, self.state.suggestions)
        elif command == "restart":
            self.wipe()
        else:
            return False
        return True

    def _picked(self, text: str) -> str:
        """A number picks one of the questions on screen: ask (and show) that question instead."""
        number = typed_number(text)
        if number is not None and 1 <= number <= len(self.state.suggestions):
            return self.state.suggestions[number - 1].question
        return text

    def _ask(self, text: str) -> None:
        if self._command(text):
            return
        text = self._picked(text)
        try:
            reply = self.session.ask(text)
            if reply.via == RESTART:
                self.wipe()  # "start again" in words: the same as the restart command, the screen cleared too
                return
            shown, cut = clean_question(text, limit=200)
            if cut:
                shown += " ..."  # the screen shows the start of a long message; the whole of it was read
            you = f"{self.bank.screens['you']}:"

            def conversation(width: int) -> list[tuple[str, str]]:
                line = wrap(f"{you} {shown}", width)  # breaks between words, like the answer below it
                fragments = [("class:you", line[: len(you)]), ("", line[len(you) :]), ("", "\n\n")]
                return fragments + reply_fragments(reply, self.bank, width, with_suggestions=False)

            self._show(conversation, reply.suggestions)
            self._offer_what_is_shown()
        except Exception as error:  # noqa: BLE001 - the kiosk must stay up whatever happens
            log.error("chatbot kiosk: could not show a reply (%s)", type(error).__name__)
            self._show([("class:answer", self.bank.screens["kiosk_error"])], self.state.suggestions)

    def _offer_what_is_shown(self) -> None:
        """A number picks only a question the screen shows. The session keeps its last numbered list through a
        reply with none (a fallback, an urgent reply): in the chat that list is still on the screen above, but
        the kiosk's screen had replaced it, so "2" asked a question nobody could see (and showed "You: 2")."""
        shown = self.state.suggestions
        if tuple(self.session.offered) != tuple(shown):
            self.session.offer([suggestion.id for suggestion in shown])

    def _accept(self, buffer) -> bool:
        text = buffer.text
        if text.strip():
            if not clean_question(text)[0]:
                return False  # only terminal debris ("ESC[2", control characters): no question, no pick
            self._ask(text)
        elif self.state.suggestions:
            self._ask(self.state.suggestions[self.state.selected].question)
        return False  # clear the line

    def _bindings(self, exit_keys: list[str] | None) -> KeyBindings:
        bindings = ignore_mouse_reports(KeyBindings())  # a pasted colour code is not a mouse report
        for key in LOCKED_KEYS:
            bindings.add(key, eager=True)(lambda event: None)

        @bindings.add("c-@")
        def _space(event) -> None:
            # Ctrl-Space (a NUL) started an invisible emacs selection, in which every key typed after it was
            # dropped and Enter did nothing: the box seemed frozen. It is read as the space it was meant to be.
            event.current_buffer.insert_text(" ")

        @bindings.add("escape", "[", eager=True)
        @bindings.add("escape", "]", eager=True)
        def _escape(event) -> None:
            # The characters of a sequence prompt_toolkit does not know came after an ignored Escape as typing:
            # "ESC[201~" was the line "[201~", read as choice 201. Kept, the Escape and its bracket let `_cap_input`
            # take the whole sequence out once it is complete. (Escape then a letter is a Meta key, as before.)
            event.current_buffer.insert_text("\x1b" + event.key_sequence[-1].data)

        @bindings.add("c-c", eager=True)
        @bindings.add(Keys.SIGINT, eager=True)
        def _clear_line(event) -> None:
            self.input.buffer.reset()  # as in a shell: start the line again; the kiosk stays

        @bindings.add("pageup")
        def _scroll_up(event) -> None:
            self._scroll(-1)

        @bindings.add("pagedown")
        def _scroll_down(event) -> None:
            self._scroll(1)

        @bindings.add("up")
        def _previous(event) -> None:
            if self.state.suggestions:
                self.state.selected = (self.state.selected - 1) % len(self.state.suggestions)

        @bindings.add("down")
        def _next(event) -> None:
            if self.state.suggestions:
                self.state.selected = (self.state.selected + 1) % len(self.state.suggestions)

        if exit_keys:
            bindings.add(*exit_keys, eager=True)(lambda event: event.app.exit(result=0))
        return bindings

    def _scroll(self, direction: int) -> None:
        info = self.conversation.render_info
        if info is None:
            return
        page = max(1, info.window_height - 1)
        if direction > 0:
            last = info.ui_content.line_count - 1
            self.state.scroll_line = min(last, info.last_visible_line() + page)
        else:
            self.state.scroll_line = max(0, info.first_visible_line() - page)

    # The clock.

    def _end_a_stray_paste(self) -> None:
        """A bracketed paste open for PASTE_WAIT_SECONDS (a stray ESC[200~) ends: what it held is read as typed."""
        parser = getattr(self.app.input, "vt100_parser", None)
        if not getattr(parser, "_in_bracketed_paste", False):
            self._paste_seen = None
            return
        now = time.monotonic()
        if self._paste_seen is None:
            self._paste_seen = now
            return
        if now - self._paste_seen < PASTE_WAIT_SECONDS:
            return
        self._paste_seen = None
        held, parser._paste_buffer, parser._in_bracketed_paste = parser._paste_buffer, "", False
        parser.feed(held)
        self.app.key_processor.feed_multiple(self.app.input.flush_keys())
        self.app.key_processor.process_keys()

    async def _watch_idle(self) -> None:
        while True:
            await asyncio.sleep(TICK_SECONDS)
            try:
                self._end_a_stray_paste()
            except Exception as error:  # noqa: BLE001 - prompt_toolkit's parser changed: keep the clock going
                log.error("chatbot kiosk: could not end a stray paste (%s)", type(error).__name__)
            if not self.state.used:
                continue  # the welcome, untouched: nobody to warn, nothing to wipe
            idle = time.monotonic() - self.state.last_key
            if idle >= self.idle_seconds:
                try:
                    self.wipe()
                except Exception as error:  # noqa: BLE001 - the clock must outlive it
                    # Raised out of this loop, it ended the clock for good: no kiosk wipe ever again, and each
                    # next person read the last one's conversation. Logged by name (never what was typed).
                    log.error("chatbot kiosk: part of the idle wipe failed (%s)", type(error).__name__)
            elif idle >= self.idle_seconds - self.warn_seconds and not self.state.warning:
                self.state.warning = True
            self.app.invalidate()

    def _on_fault(self, loop, context: dict) -> None:
        """An exception no key handler caught: a calm message, and the kiosk stays as it is.

        prompt_toolkit's own handler left the full screen, printed the traceback (which may quote what the
        person typed) on the public screen and waited for Enter. Only the fault's name is logged.
        """
        fault = context.get("exception")
        log.error("chatbot kiosk: a key could not be handled (%s)", type(fault).__name__ if fault else "unknown")
        self._show([("class:answer", self.bank.screens["kiosk_error"])], self.state.suggestions)
        self.input.buffer.reset()  # a failed Enter left its line there, and the next words ran on after it
        self.app.renderer.clear()  # the log line went to the terminal: paint the whole screen again
        self.app.invalidate()

    def _pre_run(self) -> None:
        self.app.create_background_task(self._watch_idle())
        loop = asyncio.get_running_loop()
        loop.set_exception_handler(self._on_fault)  # after prompt_toolkit's, which the run would install
        loop.add_signal_handler(signal.SIGTERM, lambda: self.app.exit(result=0))
        loop.add_signal_handler(signal.SIGHUP, lambda: self.app.exit(result=0))

    def run(self) -> int:
        """Run until the operator's exit or SIGTERM; the exit code."""
        return self.app.run(pre_run=self._pre_run, handle_sigint=True) or 0


def parse_exit_key(text: str | None) -> list[str] | None:
    """'c-x c-q' -> ['c-x', 'c-q']; None or blank -> no operator key (only SIGTERM ends the kiosk).

    Raises `BadExitKey` for a key prompt_toolkit does not know, before the screen starts.
    """
    if not text or not text.strip():
        return None
    # "C-x C-q", as Emacs and most manuals write it: prompt_toolkit's names are lower case ("Q" stays a letter).
    keys = [key.lower() if len(key) > 1 else key for key in text.split()]
    bindings = KeyBindings()
    try:
        bindings.add(*keys)(lambda event: None)
    except ValueError as error:
        # prompt_toolkit's "Invalid key: ctrl-x" names the slip but not the names it knows.
        raise BadExitKey(
            f"--exit-key {text!r}: {error}; name keys as prompt_toolkit does, separated by spaces: 'c-x' is Ctrl-X, "
            "'f9' the F9 key, as in 'c-x c-q'"
        ) from None
    parsed = [getattr(key, "value", key) for key in bindings.bindings[0].keys]
    if len(parsed) < 2 or not parsed[0].startswith("c-") or parsed[0] in _KEYS_PEOPLE_PRESS or "<any>" in parsed:
        # "escape", "enter", "q" or "<any>" ended the kiosk at a patient's key (Escape, or Alt-q, leaves it
        # at a shell prompt on a public screen).
        raise BadExitKey(
            f"--exit-key {text!r}: a person at the kiosk could press that by chance; use two or more keys "
            "that start with a Ctrl key nobody needs there, like 'c-x c-q'"
        )
    return keys


# Ctrl keys a person at the kiosk presses anyway: Enter (c-m, c-j), Tab (c-i), Backspace (c-h), Ctrl-C to
# clear the line, Ctrl-D and Ctrl-Z out of habit, Ctrl-Space (c-@) for a space.
_KEYS_PEOPLE_PRESS = frozenset({"c-m", "c-j", "c-i", "c-h", "c-c", "c-d", "c-z", "c-@"})


MAX_RESTARTS = 100


def _terminated(signum: int, frame: object) -> None:
    raise Terminated


def run_kiosk(bot: Bot, idle_seconds: float = 120.0, warn_seconds: float = 20.0, exit_key: str | None = None) -> int:
    """Run the kiosk; if the screen itself ever fails, start a fresh one instead of leaving.

    Raises `NoTerminal` (exit 2) when input or output is not a terminal. SIGQUIT (Ctrl-\\ where the
    terminal sends it as a signal, or `kill -QUIT`) is ignored: it would otherwise end the kiosk
    with status 131 and leave the terminal raw; so is SIGTSTP (Ctrl-Z between two screens).
    """
    exit_keys = parse_exit_key(exit_key)
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise NoTerminal("the kiosk needs a terminal for its screen and keyboard; input or output is not one")
    for name in ("SIGQUIT", "SIGTSTP"):  # SIGTSTP: Ctrl-Z between two screens stopped the kiosk
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_IGN)
    for _ in range(MAX_RESTARTS):
        # The screen's event loop handles SIGTERM and SIGHUP while it runs, and resets them to the default
        # (die) when it closes: until the next screen runs, they stop the kiosk cleanly here instead.
        for name in ("SIGTERM", "SIGHUP"):
            signal.signal(getattr(signal, name), _terminated)
        kiosk = Kiosk(bot, idle_seconds, warn_seconds, exit_keys)
        try:
            return kiosk.run()
        except Terminated:
            return 0  # SIGTERM or SIGHUP between two screens: leave, as during one
        except (KeyboardInterrupt, EOFError):
            continue  # never leave on an interrupt; only the operator's key or SIGTERM do
        except Exception as error:  # noqa: BLE001 - a kiosk that dies is worse than one that restarts
            log.error("chatbot kiosk: the screen failed and was restarted (%s)", type(error).__name__)
    return 1
