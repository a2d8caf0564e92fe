"""Hostile input in every front end: a clear reply, never a crash, nothing raw on a terminal."""

from __future__ import annotations

import json
import unicodedata

import pytest
from conftest import run_cli
from hypothesis import given, settings
from hypothesis import strategies as st
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from chatbot.frontends.kiosk import Kiosk
from chatbot.reply import KINDS
from chatbot.understanding.text import MAX_QUESTION_CHARS, clean_question, strip_unsafe

HOSTILE = {
    "empty": "",
    "spaces": "   \t  ",
    "punctuation": "?!?!...,,,;;",
    "digits": "1234567890",
    "megabyte": "what is HO " * 100_000,
    "nul-and-controls": "what\x00 is\x07 HO\x08\x7f\x1f?",
    "ansi-colour": "\x1b[31mwhat is HO\x1b[0m",
    "cursor-moves": "\x1b[2J\x1b[Hwhat is\x1b[10A HO",
    "osc-title": "\x1b]0;HACKED\x07what is HO",
    "osc-hyperlink": "\x1b]8;;http://evil.example\x1b\\click\x1b]8;;\x1b\\ what is HO",
    "c1-controls": "\x9b31mwhat is HO\x9d0;x\x9c",
    "emoji": "🦴🦴 what is HO? 👍🏽👨‍👩‍👧",
    "right-to-left": "\u202ewhat is HO\u202c \u05de\u05d4 \u0632\u0647",
    "combining": "wha\u0301t i\u0308s H\u0336O\u0336",
    "long-word": "a" * 10_000,
    "surrogate": "what is HO \udcff\udcfe",
}


def has_control(text: str) -> bool:
    return any(unicodedata.category(c) in ("Cc", "Cf", "Cs") and c not in "\n\u200d" for c in text)


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_the_python_api_gives_a_safe_reply(bot, text):
    reply = bot.session().ask(text)
    assert reply.kind in KINDS
    assert not has_control(reply.text)
    json.dumps(reply.to_dict())


def test_long_input_is_cut_and_the_reply_says_so(bot):
    reply = bot.ask("what is HO " * 100_000)
    assert reply.text.startswith(bot.bank.messages["too_long"])
    assert reply.kind == "answer" and reply.id == "what-is-ho"


def test_a_question_at_the_end_of_a_very_long_story_is_still_read(bot):
    story = "My dad had his hip replaced in March and he has done his exercises with the physio every day. " * 50
    reply = bot.ask(story + "Can HO come back after surgery?")
    assert len(story) > 2 * MAX_QUESTION_CHARS
    assert reply.text.startswith(bot.bank.messages["too_long"]) and reply.id == "regrowth"


def test_an_emergency_at_the_end_of_a_very_long_story_is_never_cut_off(bot):
    story = "My dad had his hip replaced in March and he has done his exercises with the physio every day. " * 150
    assert bot.ask(story + "Now he has crushing chest pain and cannot breathe.").kind == "emergency"


def test_clean_question_removes_escapes_and_keeps_words():
    assert clean_question("\x1b]0;HACKED\x07what \x1b[31mis\x1b[0m HO\x00")[0] == "what is HO"
    assert clean_question("x" * (MAX_QUESTION_CHARS + 100)) == ("x" * MAX_QUESTION_CHARS, True)


def test_a_message_of_2000_characters_is_read_whole():
    assert MAX_QUESTION_CHARS >= 2000
    story = "My mum had her hip replaced last spring and she is doing her exercises every day. " * 22
    text, cut = clean_question(story + "Can a hip replacement cause HO?")
    assert not cut and text.endswith("cause HO?") and len(text) > 1800
    assert strip_unsafe("a\u202eb\x9b31mc\x07") == "abc"


@pytest.mark.parametrize("name", [n for n in HOSTILE if n not in ("megabyte", "surrogate", "nul-and-controls")])
def test_chatbot_ask_never_fails_or_echoes_escapes(name):
    result = run_cli("ask", HOSTILE[name])
    assert result.returncode == 0, result.stderr
    assert b"Traceback" not in result.stderr
    assert b"\x1b" not in result.stdout and b"\x07" not in result.stdout


def test_piped_chat_survives_every_hostile_line_and_invalid_utf8():
    lines = [value.encode("utf-8", "surrogateescape") for value in HOSTILE.values()]
    lines += [b"\xff\xfe\xc3(what is HO\x80", b"what is HO\x00\x00"]
    result = run_cli(input=b"\n".join(lines) + b"\nwhat is HO\n")
    assert result.returncode == 0
    assert result.stderr == b""
    out = result.stdout
    assert b"\x1b" not in out and b"\x00" not in out and b"\x07" not in out
    assert out.decode("utf-8").rstrip().endswith("3) What are the types of HO?")


def test_json_lines_escape_everything_and_keep_going():
    requests = [json.dumps({"session": "s", "text": value}) for value in HOSTILE.values()]
    requests += ["\xff\xfe not json at all", json.dumps({"session": "\x1b]0;x\x07", "text": "hi"})]
    raw = "\n".join(requests).encode("utf-8", "surrogateescape") + b"\n"
    result = run_cli("serve", "--stdio", input=raw)
    assert result.returncode == 0 and result.stderr == b""
    lines = result.stdout.decode("ascii").splitlines()  # ASCII JSON: every odd character is escaped
    assert len(lines) == len(requests)
    replies = [json.loads(line) for line in lines]
    for name, reply in zip(HOSTILE, replies, strict=False):
        if name == "megabyte":  # over the 64 KB line cap: refused whole, with a reason
            assert "longer than" in reply["error"]
        else:
            assert reply.get("kind") in KINDS, name
    assert "error" in replies[-2]
    assert replies[-1]["session"] == "\x1b]0;x\x07" and b"\x1b" not in result.stdout


def test_json_lines_refuse_an_oversized_line_and_answer_the_next():
    huge = json.dumps({"text": "a" * (5 * 1024 * 1024)})  # far past the 64 KB cap
    result = run_cli("serve", "--stdio", input=huge + "\n" + json.dumps({"text": "what is HO"}) + "\n")
    replies = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert replies[0] == {"error": "request line is longer than 65536 bytes"}
    assert replies[1]["id"] == "what-is-ho"


def test_chatbot_ask_with_undecodable_bytes_in_its_arguments():
    result = run_cli("ask", "what is HO \udcff\udcfe")  # invalid UTF-8 on the command line
    assert result.returncode == 0 and result.stderr == b""
    assert result.stdout.startswith(b"Heterotopic ossification (HO) means")


def test_the_kiosk_caps_a_huge_paste(bot):
    with create_pipe_input() as keys:
        kiosk = Kiosk(bot, 120, 20, None, terminal_input=keys, terminal_output=DummyOutput())
        kiosk.input.text = "what is HO " * 100_000
    assert len(kiosk.input.text) == 1000


def test_the_kiosk_never_shows_typed_escapes(bot):
    with create_pipe_input() as keys:
        kiosk = Kiosk(bot, 120, 20, None, terminal_input=keys, terminal_output=DummyOutput())
        kiosk._ask("\x1b]0;HACKED\x07what is \x1b[31mHO\x00\u202e")
    shown = "".join(text for _, text in kiosk.state.fragments)
    assert "HACKED" not in shown and not has_control(shown)
    assert shown.startswith("You: what is HO")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=300), min_size=1, max_size=4))
def test_property_any_text_gets_a_valid_clean_deterministic_reply(bot, texts):
    first, second = bot.session(), bot.session()
    for text in texts:
        reply = first.ask(text)
        assert reply.kind in KINDS
        assert not has_control(reply.text)
        assert reply.score is None or 0 <= reply.score <= 100
        assert second.ask(text) == reply  # same state, same reply


def test_the_interactive_chat_does_not_pass_typed_escapes_to_the_screen():
    from terminal import Terminal

    term = Terminal()
    try:
        term.wait_for("Your question:")
        term.type("\x1b]0;HACKED\x07")
        term.enter()
        term.wait_for("Sorry")  # shown as plain text and answered as a question, never obeyed
        term.type("what is HO\x00\x07")
        term.enter()
        term.wait_for("You could also ask:")
        assert b"\x1b]0;HACKED" not in term.raw and b"\x07" not in term.raw
        term.wait_for_prompt("Your question:")
        term.child.sendeof()
        assert term.exit_code() == 0
    finally:
        term.close()
