"""Seventh hostile-input hunt: each test is a problem found by attacking the real product, fixed."""

from __future__ import annotations

import pytest

from chatbot.understanding.text import clean_question, strip_unsafe

# Control characters Python counts as whitespace besides tab, newline and carriage return: a vertical tab
# (a manual line break pasted from a word processor), a form feed, the file/group/record/unit separators
# and NEL (U+0085, what a byte 0x85 becomes when text is decoded as Latin-1).
SPACE_CONTROLS = ["\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "\x85"]


@pytest.mark.parametrize("control", SPACE_CONTROLS)
@pytest.mark.parametrize("words", [("I want to kill", "myself"), ("crushing", "chest pain"), ("I can't", "breathe")])
def test_a_control_character_between_words_never_glues_an_emergency_into_one_word(bot, control, words):
    # They were removed like any control character, so "kill\vmyself" was read as "killmyself": no emergency.
    assert bot.session().ask(control.join(words)).kind == "emergency"


@pytest.mark.parametrize("control", SPACE_CONTROLS)
def test_a_control_character_between_words_is_a_space_and_is_never_shown(bot, control):
    assert clean_question(f"what{control}is{control}HO") == ("what is HO", False)
    assert strip_unsafe(f"a{control}b") == "a b"
    assert bot.session().ask(f"what{control}is HO").id == "what-is-ho"
