"""Round 16 (hostile18): terminal debris is never a choice or a question, in the engine and at the kiosk."""

from __future__ import annotations

import threading
import time

import pytest
from kiosk_support import EXIT, kiosk_after, kiosk_screen
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from chatbot import Bot
from chatbot.frontends.kiosk import Kiosk
from chatbot.understanding.text import clean_question


@pytest.fixture(scope="module")
def bot():
    return Bot.load()


@pytest.mark.parametrize(
    "debris",
    ["[201~", "[200~", "[15;2~", "[1;5A", "[24;80R", "[0;31m", "[<0;12;5M", "]0;a title\x07"],
)
def test_the_tail_of_a_terminal_sequence_is_no_text(debris):
    assert clean_question(debris)[0] == ""
    assert clean_question(f"how is it{debris} treated")[0] == "how is it treated"


@pytest.mark.parametrize("text", ["see [1] and [2]", "a gap of [5m] between", "[3] is my answer", "x [a] y"])
def test_brackets_a_person_types_are_kept(text):
    assert clean_question(text)[0] == text


@pytest.mark.parametrize("debris", ["[201~", "\x1b[201~", "[200~", "[3~", "[1;2B"])
def test_debris_after_a_list_of_choices_is_never_a_choice(bot, debris):
    session = bot.session()
    session.ask("how is HO treated")
    reply = session.ask(debris)
    assert reply.text != bot.bank.messages["no_such_choice"]
    assert reply.kind in ("fallback", "smalltalk") and reply.id is None


@pytest.mark.parametrize(
    "keys",
    ["\x1b[201~", "[201~", "\x1b[201~\x1b[200~", "\x1b]0;title\x07", "\x1b[2", "\x1b[99;5~", "\x1b[<0;10;5M"],
)
def test_the_kiosk_never_reads_terminal_debris_as_a_choice_or_a_question(bot, keys):
    kiosk = kiosk_after(bot, "2\r" + keys + "\r")  # a pick, so a list of choices is on screen, then the debris
    shown = kiosk_screen(kiosk)
    first = shown.split("\n")[0]
    assert first.startswith("You: ") and not any(mark in first for mark in "[]~")  # a question shown, no debris
    assert " ".join(bot.bank.messages["no_such_choice"].split()[:6]) not in " ".join(shown.split())


def test_the_kiosk_takes_a_sequence_out_of_a_question(bot):
    kiosk = kiosk_after(bot, "what\x1b[201~ is HO\r")
    assert kiosk_screen(kiosk).startswith("You: what is HO\n\n")
    kiosk = kiosk_after(bot, "\x1b[15;2~what is HO\r")
    assert kiosk_screen(kiosk).startswith("You: what is HO\n\n")


def test_a_stray_paste_start_does_not_hold_the_keys_for_ever(bot):
    """ESC[200~ with no end held every key after it (Enter and the operator's key too): the kiosk seemed frozen."""
    with create_pipe_input() as keys:
        kiosk = Kiosk(bot, 120, 20, ["c-x", "c-q"], terminal_input=keys, terminal_output=DummyOutput())
        done = []

        def person():
            keys.send_text("\x1b[200~what is HO\r")
            deadline = time.monotonic() + 30
            while "You:" not in kiosk_screen(kiosk) and time.monotonic() < deadline:
                time.sleep(0.1)
            done.append(kiosk_screen(kiosk))
            keys.send_text(EXIT)

        typing = threading.Thread(target=person)
        typing.start()
        started = time.monotonic()
        assert kiosk.run() == 0
        typing.join()
    assert done[0].startswith("You: what is HO\n\n")
    assert time.monotonic() - started < 30
