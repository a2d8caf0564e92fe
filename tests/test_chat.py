"""The interactive chat, as a patient uses it: in a real terminal, and with piped input."""

from __future__ import annotations

import io
import time

import pytest
from conftest import run_cli
from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import ColorDepth
from prompt_toolkit.output.vt100 import Vt100_Output
from terminal import Terminal

from chatbot.frontends.render import render_plain
from chatbot.frontends.repl import Chat, run_interactive


@pytest.fixture
def terminal():
    opened = []

    def start(*args, **kwargs):
        opened.append(Terminal(*args, **kwargs))
        return opened[-1]

    yield start
    for term in opened:
        term.close()


def wait_for_the_prompt(term, timeout: float = 10.0) -> None:
    """Wait until the last line on screen is an empty prompt, ready for keys."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        lines = [line for line in term.text().splitlines() if line.strip()]
        if lines and lines[-1].strip() == "Your question:":
            time.sleep(0.2)
            return
        time.sleep(0.1)
    raise AssertionError(f"no prompt; the screen:\n{term.text()}")


def test_welcome_answer_follow_up_by_number_and_ctrl_d(terminal, bot):
    term = terminal()
    screen = term.wait_for("Your question:")
    assert "not a doctor" in screen and "emergency number now: 911 (US)" in screen
    assert "1) What is heterotopic ossification (HO)?" in screen
    term.enter("what is HO")
    screen = term.wait_for("You could also ask:")
    assert "extraskeletal bone" in screen and "Source:" in screen
    term.enter("2")
    screen = term.wait_for("Most cases happen in the hips")
    assert "Where in the body does HO happen?\n\nMost cases happen in the hips" in screen  # says what was picked
    wait_for_the_prompt(term)  # a Ctrl-D sent while the answer is printed, between two prompts, can be lost
    term.child.sendeof()
    assert term.wait_for("Goodbye, and take care.")
    assert term.exit_code() == 0


def test_answers_wrap_to_the_terminal_width(terminal):
    term = terminal(columns=50)
    term.wait_for("Your question:")
    term.enter("what is HO")
    screen = term.wait_for("You could also ask:")
    assert "Heterotopic ossification (HO) means bone grows" in screen
    assert all(len(line) <= 50 for line in screen.splitlines())


def test_ctrl_c_clears_a_half_typed_line_and_the_chat_goes_on(terminal):
    term = terminal()
    term.wait_for("Your question:")
    term.type("what is the bro")
    term.wait_for("what is the bro")
    term.child.sendintr()
    term.enter("and grade 3?")
    screen = term.wait_for("In grade 3")
    assert "what is the broand" not in screen
    term.enter("quit")
    term.wait_for("Goodbye")
    assert term.exit_code() == 0


def test_help_topics_restart_and_exit(terminal, bot):
    term = terminal(rows=60)
    term.wait_for("Your question:")
    term.enter("help")
    assert "restart   forget this conversation" in term.wait_for("restart")
    term.enter("topics")
    screen = term.wait_for("About this bot")
    assert "- What does Brooker grade 4 mean?" in screen
    term.enter("what is the brooker scale")
    term.wait_for("Brooker classification")
    term.enter("restart")
    term.wait_for("I have forgotten our conversation")
    term.enter("what about 4")
    term.wait_for("Sorry")
    term.enter("exit")
    term.wait_for("Goodbye")
    assert term.exit_code() == 0


def test_restart_also_forgets_the_up_arrow_history(terminal):
    term = terminal()
    term.wait_for("Your question:")
    term.enter("what symptoms does FOP cause")
    term.wait_for("You could also ask:")
    term.type("a line cut away")
    term.child.sendcontrol("u")  # into the kill ring
    term.enter("restart")
    term.wait_for("I have forgotten our conversation")
    for _ in range(3):
        term.type("\x1b[A")  # Up
    time.sleep(0.5)
    last = [line for line in term.text().splitlines() if line.startswith("Your question:")][-1]
    assert last.strip() == "Your question:"  # neither "restart" nor the question before it
    term.child.sendcontrol("y")  # nor a yank
    time.sleep(0.3)
    assert "cut away" not in term.text().split("I have forgotten our conversation")[-1]
    term.child.sendcontrol("r")  # nor a reverse search
    term.type("symptoms does")
    time.sleep(0.5)
    assert "what symptoms does FOP" not in term.text().split("I have forgotten our conversation")[-1]


def test_the_chat_welcome_names_the_emergency_number_given(terminal):
    term = terminal("--emergency-number", "000")
    screen = term.wait_for("Your question:")
    assert "call your local emergency number now: 000." in screen


def test_help_wraps_to_a_narrow_terminal(bot, monkeypatch):
    shown = []
    chat = Chat(bot, color=False, show=lambda fragments: shown.append("".join(text for _, text in fragments)))
    monkeypatch.setenv("COLUMNS", "31")
    chat.handle("help")
    assert "show this help" in shown[0]
    assert all(len(line) <= 30 for line in shown[0].splitlines())


def test_no_color_means_no_colour_codes(terminal):
    term = terminal("--no-color")
    term.wait_for("Your question:")
    term.enter("I can't breathe")
    term.wait_for("emergency")
    assert b"\x1b[38;5;" not in term.raw and b"\x1b[48;5;" not in term.raw
    colored = terminal()
    colored.wait_for("Your question:")
    colored.enter("I can't breathe")
    colored.wait_for("emergency")
    assert b"\x1b[0;38;5;" in colored.raw or b"\x1b[0;1;38;5;" in colored.raw


def test_no_color_environment_variable(terminal):
    term = terminal(env={"NO_COLOR": "1"})
    term.wait_for("Your question:")
    term.enter("what is HO")
    term.wait_for("You could also ask:")
    assert b"38;5;" not in term.raw


def test_piped_input_gets_plain_answers_and_exits_0(bot):
    result = run_cli(input="what is HO\n\nand grade 3?\nwhat is lupus\n")
    assert result.returncode == 0 and result.stderr == b""
    out = result.stdout.decode()
    session = bot.session()
    questions = ("what is HO", "and grade 3?", "what is lupus")
    expected = "".join(render_plain(session.ask(text), bot.bank, 79) + "\n\n" for text in questions)
    assert out == expected
    assert "\x1b" not in out and "Your question" not in out


def test_piped_quit_stops_reading():
    result = run_cli(input="quit\nwhat is HO\n")
    assert result.returncode == 0
    assert result.stdout.decode() == "Goodbye, and take care.\n\n"


def _screen_output():
    buffer = io.StringIO()
    return buffer, Vt100_Output(buffer, lambda: Size(rows=24, columns=80), default_color_depth=ColorDepth.DEPTH_1_BIT)


def test_key_handling_with_a_pipe_input(bot):
    # prompt_toolkit's own fast way: keys through a pipe, the screen into a buffer.
    written, output = _screen_output()
    with create_pipe_input() as keys:
        keys.send_text("what is the brooker sc\x03")  # Ctrl-C drops the half-typed line
        keys.send_text("and grade 3?\r")
        keys.send_text("quit\r")
        assert run_interactive(bot, color=False, terminal_input=keys, terminal_output=output) == 0
    text = written.getvalue()
    assert "In grade 3, there are more bone growths." in text
    assert "The most used scale is the Brooker classification" not in text  # the dropped line was never asked
    assert "Goodbye, and take care." in text.split("and grade 3?")[-1]


def test_ctrl_d_says_goodbye_with_a_pipe_input(bot):
    written, output = _screen_output()
    with create_pipe_input() as keys:
        keys.send_text("\x04")
        assert run_interactive(bot, color=False, terminal_input=keys, terminal_output=output) == 0
    assert "Goodbye, and take care." in written.getvalue()


def test_completion_offers_whole_bank_questions(bot):
    from prompt_toolkit.document import Document

    from chatbot.frontends.repl import QuestionCompleter, QuestionSuggester

    completer = QuestionCompleter(bot.bank)
    found = [c.text for c in completer.get_completions(Document("brook gra"), None)]
    assert found[:4] == [f"What does Brooker grade {n} mean?" for n in range(1, 5)]
    assert list(completer.get_completions(Document("x"), None)) == []
    suggestion = QuestionSuggester(bot.bank).get_suggestion(None, Document("Can a hip"))
    assert suggestion.text == " replacement cause HO?"


def test_tab_completes_a_question_in_the_terminal(terminal):
    term = terminal()
    term.wait_for("Your question:")
    term.type("warfarin coum")
    term.type("\t")
    term.wait_for("Can warfarin (Coumadin) help prevent HO?")
    term.enter()
    term.wait_for("blood thinner that might help")


@pytest.mark.parametrize("typed", ["²", "２", "2.", " 2) "])
def test_a_number_in_any_script_picks_the_question_shown_and_never_crashes(bot, typed):
    # "²" passed str.isdigit() and then int() raised: the chat ended with a traceback (exit 1).
    shown = []
    chat = Chat(bot, color=False, show=lambda fragments: shown.append("".join(text for _, text in fragments)))
    chat.session.offer(bot.bank.example_ids)  # the welcome's numbered examples
    assert chat.handle(typed) is True
    second = bot.bank.by_id[bot.bank.example_ids[1]]
    assert shown[-1].startswith(second.question + "\n\n" + second.answer.split()[0])


def test_a_superscript_number_in_the_piped_chat_is_no_traceback():
    result = run_cli("chat", input="²\nwhat is HO\n")
    assert result.returncode == 0 and b"Traceback" not in result.stderr
    assert b"Heterotopic ossification (HO) means" in result.stdout


def test_restart_forgets_the_words_the_bot_kept_for_speed():
    from chatbot import Bot

    bot = Bot.load()
    chat = Chat(bot, color=False, show=lambda fragments: None)
    chat.handle("my friend Quillfeatherby has a lump after his hip op, is it HO")
    assert "quillfeatherby" in repr(vars(bot.analyzer))
    chat.handle("restart")
    assert "quillfeatherb" not in repr(vars(bot.analyzer))
