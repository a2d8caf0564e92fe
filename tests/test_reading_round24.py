"""Round 24 (horeading26): HO stories and wrong answers by cause: a plural pronoun after a story points at the thing
the story names, not at the condition, and a short form spelled out letter by letter is read as the short form.
Our own wordings, each asked fresh and after four other questions (docs/how-it-decides.md)."""

from __future__ import annotations

import pytest
from conversation_support import last_reply, reply_in_every_turn

from chatbot.bot import Bot

ask = last_reply  # the reply to the last of these messages, asked in one session


@pytest.fixture(scope="module")
def bot() -> Bot:
    return Bot.load()


# "They ... that" after a story that names a treatment and the condition: the treatment is what is asked about.
@pytest.mark.parametrize(
    "story",
    [
        "My husband is having a single radiotherapy session after his hip op to stop the extra bone. "
        "Why would they do that?",
        "My husband is having a single radiotherapy session after his hip op to stop the extra bone, "
        "why do they do that",
    ],
)
def test_a_plural_pronoun_points_at_the_treatment_the_story_names_not_the_condition(bot, story):
    reply = reply_in_every_turn(bot, story)
    assert (reply.kind, reply.id) == ("answer", "radiation-therapy")


def test_a_plural_pronoun_still_means_the_condition_when_the_story_names_nothing_else(bot):
    # Near miss: the story names only the condition (and where it is), so "they" are the lumps of bone.
    reply = reply_in_every_turn(
        bot, "The x-ray found lumps of extra bone near his hip. Will they come back after surgery?"
    )
    assert (reply.kind, reply.id) == ("answer", "regrowth")


# A short form typed letter by letter, with spaces or dots, is the short form.
@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("what are the signs of p o h", "poh-symptoms"),
        ("signs of F.O.P please", "fop-symptoms"),
        ("what is the p.o.h. kind", "genetic-ho"),
    ],
)
def test_a_short_form_spelled_out_is_read_as_the_short_form(bot, question, entry):
    reply = reply_in_every_turn(bot, question)
    assert (reply.kind, reply.id) == ("answer", entry)


def test_only_the_banks_capitalised_short_forms_are_joined(bot):
    # "FOP", "POH", "HO" are written in capitals in the bank's questions; a run that spells none is left as typed.
    assert bot.analyzer.analyze("signs of f o p").tokens == ("symptom", "fop")
    assert "ho" in bot.analyzer.analyze("is h.o. painful").tokens
    assert "m" in bot.analyzer.analyze("i a m worried").tokens  # "iam" is no short form: the letters stay apart


def test_letters_that_spell_no_short_form_are_left_alone(bot):
    # Near miss: "i a m" spells no short form of the bank: the reply is the same as on main (a choice, not an answer).
    reply = reply_in_every_turn(bot, "i a m worried about my hip")
    assert reply.kind != "answer"
