"""The kiosk, as a stranger and an operator would meet it: locked, private, and always up."""

from __future__ import annotations

import signal
import threading
import time

import pytest
from conftest import run_cli
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from terminal import Terminal

from chatbot import Bot
from chatbot.frontends.kiosk import Kiosk
from chatbot.frontends.render import wrap

EXIT = "\x18\x11"  # Ctrl-X Ctrl-Q, the operator key used in these tests


def test_answers_on_an_80_by_24_screen_with_everything_in_view(kiosk_terminal):
    term = kiosk_terminal()
    screen = term.wait_for("1) What is heterotopic ossification (HO)?")
    assert "HO Help" in screen and "not a doctor" in screen
    term.enter("what are the symptoms of FOP")
    screen = term.wait_for("People with FOP may have fingers")
    for visible in ("HO Help", "You: what are the symptoms of FOP", "Source:", "Your question:", "1) ", "arrow keys"):
        assert visible in screen
    assert len(screen.splitlines()) <= 24


def test_a_follow_up_is_picked_with_the_arrow_keys_or_a_number(kiosk_terminal):
    term = kiosk_terminal()
    term.enter("what is the brooker scale")
    term.wait_for("1) What does Brooker grade 1 mean?")
    term.type("\x1b[B")  # Down: the second suggestion
    term.enter()
    term.wait_for("In grade 2, the bone pieces have spread")
    term.enter("1")
    term.wait_for("In grade 3, there are more bone growths")


def test_ctrl_c_ctrl_d_ctrl_z_and_quit_do_not_leave(kiosk_terminal):
    term = kiosk_terminal()
    term.child.sendintr()
    term.child.sendcontrol("d")
    term.child.sendcontrol("z")
    term.child.sendcontrol("\\")
    term.enter("quit")
    term.wait_for("This screen stays on for the next person")
    term.child.kill(signal.SIGINT)
    time.sleep(0.5)
    assert term.child.isalive()
    term.enter("what is HO")
    term.wait_for("extraskeletal bone")


def test_the_operator_key_leaves_cleanly_and_restores_the_terminal(kiosk_terminal):
    term = kiosk_terminal()
    term.type(EXIT)
    assert term.exit_code() == 0
    assert term.raw.rstrip(b"\r\n").endswith(b"\x1b[?1049l") or b"\x1b[?1049l" in term.raw[-200:]


def test_sigterm_ends_it_cleanly(kiosk_terminal):
    term = kiosk_terminal()
    term.child.kill(signal.SIGTERM)
    assert term.exit_code() == 0
    assert b"\x1b[?1049l" in term.raw[-200:]
    assert b"Traceback" not in term.raw


def test_idle_warning_then_reset_forgets_the_last_person(kiosk_terminal):
    term = kiosk_terminal("--idle-seconds", "4", "--warn-seconds", "2")
    term.enter("my private question about warfarin")
    term.wait_for("You: my private question about warfarin")
    screen = term.wait_for("Are you still there?", timeout=6)
    assert "clear in" in screen
    screen = term.wait_for("1) What is heterotopic ossification (HO)?", timeout=6)
    assert "warfarin" not in screen.lower() and "You:" not in screen
    term.type("\x1b[A")  # Up must not bring back the last person's question
    time.sleep(0.4)
    assert "private" not in term.text()


def test_any_key_during_the_warning_keeps_the_conversation(kiosk_terminal):
    term = kiosk_terminal("--idle-seconds", "8", "--warn-seconds", "3")
    term.enter("what is HO")
    term.wait_for("Are you still there?", timeout=9)
    term.type("x")
    time.sleep(1.5)  # well inside the 5 quiet seconds before the next warning
    screen = term.text()
    assert "Are you still there?" not in screen and "You: what is HO" in screen


def test_a_bad_exit_key_is_a_usage_error():
    result = run_cli("kiosk", "--exit-key", "c-nonsense")
    assert result.returncode == 2
    assert result.stderr.decode().startswith("Error: --exit-key 'c-nonsense':")


def run_with_keys(bot, text: str, prepare=None) -> Kiosk:
    with create_pipe_input() as keys:
        kiosk = Kiosk(bot, 120, 20, ["c-x", "c-q"], terminal_input=keys, terminal_output=DummyOutput())
        if prepare:
            prepare(kiosk)
        keys.send_text(text + EXIT)
        assert kiosk.run() == 0
    return kiosk


def screen_text(kiosk: Kiosk) -> str:
    return "".join(text for _, text in kiosk.state.fragments)


def test_unit_typed_question_and_locked_keys(bot):
    kiosk = run_with_keys(bot, "\x03\x04\x1awhat is H\x7fHO\r")
    assert "You: what is HO" in screen_text(kiosk)
    assert [s.id for s in kiosk.state.suggestions] == list(bot.bank.by_id["what-is-ho"].related[:3])


def test_unit_enter_on_an_empty_line_asks_the_selected_example(bot):
    kiosk = run_with_keys(bot, "\x1b[B\x1b[B\x1b[A\r")
    assert screen_text(kiosk).startswith("You: " + bot.bank.by_id[bot.bank.example_ids[1]].question)


def test_unit_an_error_while_answering_shows_a_calm_message_and_stays_up(bot):
    def break_session(kiosk):
        def broken(text):
            raise RuntimeError("boom")

        kiosk.session.ask = broken

    kiosk = run_with_keys(bot, "what is HO\r", prepare=break_session)
    assert screen_text(kiosk) == bot.bank.screens["kiosk_error"]


def test_unit_wipe_clears_session_screen_and_input(bot):
    with create_pipe_input() as keys:
        kiosk = Kiosk(bot, 120, 20, None, terminal_input=keys, terminal_output=DummyOutput())
        kiosk.session.ask("what is the brooker scale")
        kiosk.input.text = "half typed"
        kiosk.wipe()
    assert kiosk.input.text == ""
    assert kiosk.session.ask("what about 4").kind == "fallback"
    assert "You:" not in screen_text(kiosk)


def test_a_large_screen_shows_the_same_layout(kiosk_terminal):
    term = kiosk_terminal(columns=160, rows=50)
    term.enter("how is HO treated")
    screen = term.wait_for("Treatment depends on how far HO has grown")
    lines = screen.splitlines()
    assert len(term.screen.display) == 50 and max(len(line) for line in lines) <= 160
    assert "HO Help: questions and answers about heterotopic ossification" in lines[1]  # the centred title band
    assert any(line.startswith("Your question:") for line in lines)


# After the idle wipe, no key may bring back what the last person typed.

SECRET_TYPING = "my private words"
ACROSS_A_WIPE = {
    "undo (Ctrl-_)": (SECRET_TYPING, "\x1f"),
    "undo (Ctrl-X Ctrl-U)": (SECRET_TYPING, "\x18\x15"),
    "yank after Ctrl-U (Ctrl-Y)": (SECRET_TYPING + "\x15", "\x19"),
    "yank after Ctrl-K (Ctrl-X r y)": (SECRET_TYPING + "\x01\x0b", "\x18ry"),
    "yank after Ctrl-W": (SECRET_TYPING + "\x17", "\x19"),
    "yank-pop (Meta-Y)": (SECRET_TYPING + "\x15x\x15", "\x19\x1by"),
    "copied selection (Meta-W)": (SECRET_TYPING + "\x00\x01\x1bw", "\x19"),
    "keyboard macro (Ctrl-X e)": ("\x18(" + SECRET_TYPING + "\x18)", "\x18e"),
    "macro still recording": ("\x18(" + SECRET_TYPING, "\x18)\x18e"),
    "last argument (Meta-.)": (SECRET_TYPING, "\x1b.\x1b_\x1b\x19"),
    "history (Page Up, Ctrl-P, Meta-<)": (SECRET_TYPING, "\x1b[5~\x10\x1b<"),
    "repeat count (Meta-3)": (SECRET_TYPING + "\x1b3", "x"),
    "search (Ctrl-R, Ctrl-S)": (SECRET_TYPING + "\r", "\x12\x13"),
    "quoted insert pending (Ctrl-Q)": (SECRET_TYPING + "\x11", "x"),
}


def keys_across_a_wipe(bot, before: str, after: str) -> tuple[Kiosk, str]:
    """Type `before`, stay idle until the kiosk wipes itself, type `after`; what the input line holds then."""
    seen = []
    with create_pipe_input() as keys:
        kiosk = Kiosk(bot, 0.6, 0.3, ["c-x", "c-q"], terminal_input=keys, terminal_output=DummyOutput())
        wipes = []
        wipe = kiosk.wipe

        def counted_wipe():
            wipe()
            wipes.append(time.monotonic())

        kiosk.wipe = counted_wipe

        def person():
            keys.send_text(before)
            time.sleep(0.5)  # under the 0.6 idle seconds: any wipe before now is the one at start
            started = len(wipes)
            deadline = time.monotonic() + 20
            # The wipe runs within a tick after 0.6 idle seconds; on a loaded machine the tick comes late, and
            # keys sent before it would still find the person's text.
            while len(wipes) == started and time.monotonic() < deadline:
                time.sleep(0.05)
            keys.send_text(after)
            time.sleep(0.4)
            seen.append(kiosk.input.text)
            keys.send_text(EXIT)

        typing = threading.Thread(target=person)
        typing.start()
        assert kiosk.run() == 0
        typing.join()
    return kiosk, seen[0]


@pytest.mark.parametrize(("before", "after"), ACROSS_A_WIPE.values(), ids=ACROSS_A_WIPE.keys())
def test_no_key_brings_back_the_last_persons_typing_after_the_wipe(bot, before, after):
    kiosk, line = keys_across_a_wipe(bot, before, after)
    assert "private" not in line and "words" not in line
    assert line in ("", "x")  # only what the next person typed, once
    assert "You:" not in screen_text(kiosk)


def test_undo_and_yank_after_the_wipe_on_a_real_terminal(kiosk_terminal):
    term = kiosk_terminal("--idle-seconds", "3", "--warn-seconds", "1")
    term.type("my unsent private note")
    term.wait_for("my unsent private note")
    term.child.sendcontrol("u")  # into the kill ring
    term.type("second secret")
    term.wait_for("Are you still there?", timeout=6)
    end = time.monotonic() + 6
    while "Are you still there?" in term.text() and time.monotonic() < end:
        time.sleep(0.1)  # the warning goes when the screen is wiped
    assert "second secret" not in term.text()
    term.child.sendcontrol("_")  # undo
    term.child.sendcontrol("y")  # yank
    term.type("\x1by")  # yank-pop
    time.sleep(0.6)
    screen = term.text()
    assert "private" not in screen and "secret" not in screen


# The kiosk as a patient meets it.


def test_the_welcome_names_the_emergency_number_given_at_start(kiosk_terminal):
    term = kiosk_terminal("--emergency-number", "000 (Australia)")
    screen = term.wait_for("not a doctor")
    assert "000 (Australia)" in screen and "911" not in screen


def test_unit_the_welcome_uses_the_bots_emergency_number():
    bot = Bot.load(emergency_number="112")
    with create_pipe_input() as keys:
        kiosk = Kiosk(bot, 120, 20, None, terminal_input=keys, terminal_output=DummyOutput())
    assert "call your local emergency number now: 112." in screen_text(kiosk)


def test_unit_help_and_topics_are_commands_not_questions(bot):
    kiosk = run_with_keys(bot, "help\r")
    assert screen_text(kiosk) == wrap(bot.bank.screens["kiosk_help"].rstrip(), kiosk._width())
    kiosk = run_with_keys(bot, "TOPICS\r")
    shown = screen_text(kiosk)
    assert shown.startswith(bot.bank.screens["kiosk_topics_hint"])  # the list may not fit: say how to scroll
    assert bot.bank.screens["topics_heading"][:30] in shown
    assert all(entry.question in shown.replace("\n    ", " ") for entry in bot.bank.entries)


def test_topics_scroll_with_page_up_and_page_down(kiosk_terminal):
    term = kiosk_terminal()
    term.enter("topics")
    screen = term.wait_for("About HO")
    assert "About this bot" not in screen  # the list is longer than the screen
    for _ in range(10):
        term.type("\x1b[6~")  # Page Down
        time.sleep(0.2)
        if "What does this information come from" in term.text() or "About this bot" in term.text():
            break
    assert "About this bot" in term.text()
    for _ in range(10):
        term.type("\x1b[5~")  # Page Up
        time.sleep(0.2)
    assert "Here is every question I can answer" in term.text()


def test_unit_the_warning_says_1_second_not_1_seconds(bot):
    with create_pipe_input() as keys:
        kiosk = Kiosk(bot, 30, 10, None, terminal_input=keys, terminal_output=DummyOutput())
    kiosk.state.last_key = time.monotonic() - 29
    one = "".join(text for _, text in kiosk._warning_text())
    kiosk.state.last_key = time.monotonic() - 25
    five = "".join(text for _, text in kiosk._warning_text())
    assert "clear in 1 second to" in " ".join(one.split()) and "1 seconds" not in one
    assert "clear in 5 seconds to" in " ".join(five.split())


def test_unit_a_numbered_pick_shows_the_question_picked(bot):
    kiosk = run_with_keys(bot, "3\r")
    question = bot.bank.by_id[bot.bank.example_ids[2]].question
    assert screen_text(kiosk).startswith(f"You: {question}\n\n")
    assert "You: 3" not in screen_text(kiosk)


def test_unit_a_number_that_is_not_on_screen_is_asked_as_typed(bot):
    kiosk = run_with_keys(bot, "9\r")
    assert screen_text(kiosk).startswith("You: 9\n\n")


def test_unit_ctrl_c_clears_the_line_and_the_kiosk_stays(bot):
    kiosk = run_with_keys(bot, "half a question\x03what is HO\r")
    assert screen_text(kiosk).startswith("You: what is HO\n\n")


def test_ctrl_c_clears_the_line_on_a_real_terminal(kiosk_terminal):
    term = kiosk_terminal()
    term.type("half a question")
    term.wait_for("half a question")
    term.child.sendintr()
    time.sleep(0.5)
    assert "half a question" not in term.text()
    assert term.child.isalive()


def test_unit_a_long_question_wraps_between_words(bot, monkeypatch):
    question = "what are the symptoms of fibrodysplasia ossificans progressiva in grown ups " + "x" * 45
    with create_pipe_input() as keys:
        kiosk = Kiosk(bot, 120, 20, None, terminal_input=keys, terminal_output=DummyOutput())
        monkeypatch.setattr(kiosk, "_width", lambda: 30)
        kiosk._ask(question)
    shown = screen_text(kiosk).split("\n\n")[0]
    lines = shown.splitlines()
    assert all(len(line) <= 30 for line in lines)
    assert lines[:2] == ["You: what are the symptoms of", "fibrodysplasia ossificans"]
    assert lines[2].startswith("progressiva in grown ups")  # every word that fits a line is whole
    assert "".join(lines[2:]).endswith("ups " + "x" * 45)  # only the word longer than a line is cut


def test_a_narrow_screen_breaks_the_title_hint_and_question_between_words(kiosk_terminal):
    term = kiosk_terminal(columns=40, rows=30)
    term.enter("what does heterotopic ossification mean")
    screen = term.wait_for("Source:")
    lines = screen.splitlines()
    title, hint = " ".join(lines[:4]).split(), " ".join(lines[-3:]).split()
    assert "HO Help: questions and answers about heterotopic ossification".split() == title, screen
    assert set("Or pick one with the arrow keys or its number.".split()) <= set(hint), screen
    assert "You: what does heterotopic" in screen and "ossification mean" in screen


# A paste of several lines, as a person copies a question out of a letter or a web page.
PASTED = "\x1b[200~what is HO\nand how is it\r\ntreated?\tthanks\x1b[201~"


def test_unit_a_pasted_text_of_several_lines_stays_on_the_one_input_line(bot):
    with create_pipe_input() as keys:
        kiosk = Kiosk(bot, 120, 20, ["c-x", "c-q"], terminal_input=keys, terminal_output=DummyOutput())
        seen = []

        def person():
            keys.send_text(PASTED)
            time.sleep(0.5)
            seen.append(kiosk.input.document)
            keys.send_text("\r" + EXIT)

        typing = threading.Thread(target=person)
        typing.start()
        assert kiosk.run() == 0
        typing.join()
    assert seen[0].text == "what is HO and how is it treated? thanks"
    assert seen[0].line_count == 1 and seen[0].is_cursor_at_the_end
    assert screen_text(kiosk).startswith("You: what is HO and how is it treated? thanks\n\n")


def test_a_pasted_text_of_several_lines_keeps_the_prompt_in_view(kiosk_terminal):
    # The field is one line high: a paste with new lines scrolled "Your question:" and the first lines out of
    # view, and the person saw an empty bar with nothing to say what it was for.
    term = kiosk_terminal()
    term.type(PASTED)
    screen = term.wait_for("Your question: what is HO and how is it treated? thanks")
    assert screen.count("Your question:") == 1


@pytest.mark.parametrize("typed", ["²", "２"])
def test_unit_a_number_in_any_script_picks_the_question_shown(bot, typed):
    # "²" passed str.isdigit() and then int() raised inside the key handler: the screen failed, and the kiosk
    # started a fresh one, losing what the person was reading.
    kiosk = run_with_keys(bot, typed + "\r")
    assert screen_text(kiosk).startswith("You: " + bot.bank.by_id[bot.bank.example_ids[1]].question)


# A kiosk whose "help" fails with a fault no handler expects (a bug yet unknown), on a real terminal.
FAULTY_KIOSK = """
import sys
from chatbot import Bot
from chatbot.frontends.kiosk import Kiosk

def broken(text):
    if text.strip() == "help":
        raise ValueError("private words " + text)
    return False

kiosk = Kiosk(Bot.load(), 120, 20, ["c-x", "c-q"])
kiosk._command = broken
sys.exit(kiosk.run())
"""


def test_an_unexpected_fault_shows_the_calm_message_never_a_traceback(bot):
    # prompt_toolkit's own handler left the full screen, printed the traceback (quoting what was typed) on the
    # public screen and waited for Enter.
    term = Terminal(program=("-c", FAULTY_KIOSK))
    try:
        term.wait_for("Your question:")
        term.enter("help")
        screen = term.wait_for(bot.bank.screens["kiosk_error"].split(".")[0])
        assert "Traceback" not in screen and "exception" not in screen and "Press ENTER" not in screen
        assert "private words" not in screen
        term.enter("what is HO")  # the kiosk goes on as before
        term.wait_for("You: what is HO")
        term.type(EXIT)
        assert term.exit_code() == 0
        assert b"private words" not in term.raw and b"Traceback" not in term.raw
    finally:
        term.close()


def test_chatbot_dash_dash_kiosk_starts_the_kiosk_as_operators_type_it():
    # Operators know `--kiosk` from `serve --http --kiosk` and type `chatbot --kiosk`: the same as `chatbot kiosk`.
    term = Terminal("--kiosk", "--exit-key", "c-x c-q")
    try:
        screen = term.wait_for("Your question:")
        assert "HO Help" in screen and "not a doctor" in screen
        term.type(EXIT)
        assert term.exit_code() == 0
    finally:
        term.close()


def test_dash_dash_kiosk_is_the_kiosk_command_only_before_a_command():
    from chatbot.frontends.cli import _kiosk_flag_as_command, build_parser

    parser = build_parser()
    args = parser.parse_args(_kiosk_flag_as_command(["--faq", "some-bank", "--kiosk", "--idle-seconds", "60"]))
    assert (args.command, args.faq, args.idle_seconds) == ("kiosk", "some-bank", 60)
    # After a command it stays that command's option (the web page's kiosk mode), or is refused as before.
    args = parser.parse_args(_kiosk_flag_as_command(["serve", "--http", "--kiosk"]))
    assert (args.command, args.kiosk) == ("serve", True)
    assert _kiosk_flag_as_command(["ask", "--kiosk"]) == ["ask", "--kiosk"]
    # Without a terminal it says what `chatbot kiosk` says, exit 2.
    flag, command = run_cli("--kiosk", input=""), run_cli("kiosk", input="")
    assert (flag.returncode, flag.stderr) == (command.returncode, command.stderr)
    assert flag.returncode == 2 and b"kiosk needs a terminal" in flag.stderr


def test_wipe_forgets_the_words_the_bot_kept_for_speed():
    # The bot remembers the words people type (their spelling fixes, stems, how common they are) so a story's
    # words are read once; at a kiosk the next person must not share a process with the last one's words.
    import sys

    bot = Bot.load()  # its own: the wipe must find only this test's words
    with create_pipe_input() as keys:
        kiosk = Kiosk(bot, 120, 20, None, terminal_input=keys, terminal_output=DummyOutput())
        kiosk.session.ask("my neighbour Quillfeatherby had a hip op and has a lump, is it HO?")
        kiosk.session.ask("does it hurt quillfeatherby")
        kiosk.wipe()
    kept = [vars(bot.analyzer), vars(bot.matcher), vars(bot.triage), vars(bot.advice)]
    kept += [vars(module) for name, module in sys.modules.items() if name.startswith("chatbot")]
    for holder in kept:
        for name, value in holder.items():
            if isinstance(value, (dict, set, list, tuple, frozenset)):
                assert "quillfeatherb" not in repr(value), name
            seen = getattr(value, "_seen", None)
            assert seen is None or "quillfeatherb" not in repr(seen), name
    from chatbot.safety import triage
    from chatbot.understanding import run_together

    assert triage._word_fits.cache_info().currsize == 0 and run_together._words_run_together.cache_info().currsize == 0
    assert bot.session().ask("hetrotopic ossfication symtoms").id == "early-symptoms"  # still reads as before
