"""A story around a short question, on a clinic's bank (two or three phrasings per entry): the entry whose own
phrasings alone use the story's telling word answers, when clearly ahead and when it says every word the question
asks with (see `chatbot.understanding.story_lead`).

The bank (tests/data/grommets-bank) and the messages are our own, written as a clinic and its patients write.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chatbot import Bot
from chatbot.conversation import last_resort, leads, story_references, whole_message
from chatbot.understanding.decision import DECIDING_COVERAGE
from chatbot.understanding.message import split_message
from chatbot.understanding.story_lead import story_tells_one_entry

BANK = Path(__file__).parent / "data" / "grommets-bank"


@pytest.fixture(scope="module")
def clinic():
    return Bot.load(BANK)


def _reads(bot: Bot, text: str) -> bool:
    """The story reading of a message with one question, on the ranking the whole message gets."""
    message = split_message(text)
    assert message.story and len(message.questions) == 1
    asked = frozenset(t for q in message.questions for t in bot.analyzer.analyze(q).tokens)
    analysis = bot.analyzer.analyze(text)
    ranking = bot.matcher.rank(analysis.tokens, analysis.concepts, lenient=asked, min_coverage=DECIDING_COVERAGE)
    return story_tells_one_entry(bot.analyzer, bot.matcher, " ".join(message.story), message.questions[0], ranking)


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        # "plane": only the flying entry asks with it; "ears", "comfortable" are words that entry says.
        ("grommets in since april, plane to greece in july. will her ears be comfortable on take off?", "flying"),
        ("she has grommets and we booked a plane to italy for august. will her ears feel ok on take off?", "flying"),
        # "runny": only the discharge entry asks with it; its answer says what a runny ear can "mean".
        (
            "since friday there is yellow runny stuff coming from his left ear, he has grommets. what does it mean?",
            "discharge",
        ),
    ],
)
def test_a_story_told_in_one_entrys_words_answers_its_short_question(clinic, monkeypatch, message, entry):
    assert _reads(clinic, message)
    reply = clinic.ask(message)
    assert (reply.kind, reply.id) == ("answer", entry)
    # Without the story reading the same message falls back: it is what answers. (The story's "runny" thing read for
    # "it", `story_referent`, reaches the same entry on its own: it is left out here too.)
    monkeypatch.setattr(whole_message, "story_tells_one_entry", lambda *args: False)
    monkeypatch.setattr(story_references, "entry_pointed_at", lambda *args: None)
    # "runny", the discharge entry's word alone, answers it too (`own_word`): left out as well.
    monkeypatch.setattr(last_resort, "own_word_lead", lambda *args: False)
    # The flying entry far ahead of a choice, its question saying "ears" and "take off" (`choice_lead`): left out too.
    monkeypatch.setattr(leads, "choice_lead", lambda *args: None)
    # The flying entry far ahead, saying five of the message's six own words to the next entry's two (`trusted_lead`).
    monkeypatch.setattr(leads, "trusted_lead", lambda *args: None)
    # And a second reading of the entries' answers agreeing with that leader (`second_reading`, round 17).
    monkeypatch.setattr(leads, "agreeing_lead", lambda *args: None)
    # And the same agreement by the wider gate of a message that names health (`named_lead`, round 18).
    monkeypatch.setattr(leads, "named_lead", lambda *args: None)
    assert clinic.ask(message).kind != "answer"  # the fallback, or a choice of close entries (`unsure_choice`)


def test_the_story_reading_comes_before_a_guess_from_the_story_paths(clinic, monkeypatch):
    # (Round 13: "next week" is a date, no question of timing; with it the whole message reaches the flying entry
    # on its own, so the story here names its date another way.)
    message = "my daughter has grommets and we are flying to spain on the 3rd. what about the ears?"
    assert clinic.ask(message).id == "flying"
    # Without it, the later story paths read "the ears" with the topic alone and say what grommets are. Since round
    # 17 (clinicwrong19) that answer is checked, as "what about the ears?" does not ask what grommets are: the message
    # read whole leads with the flying entry, which is answered by that check ("whole message"), not the reading.
    monkeypatch.setattr(whole_message, "story_tells_one_entry", lambda *args: False)
    reply = clinic.ask(message)
    assert (reply.id, reply.via) == ("flying", "whole message")
    # A question that asks what they are keeps the entry that says so.
    assert clinic.ask("my son is having grommets put in next month. what actually are they?").id == "what-are-grommets"


@pytest.mark.parametrize(
    "message",
    [
        # The question has no word of its own: what it asks, the flying entry may not answer.
        "we have a plane to catch in june and he has grommets. anything to know?",
        # "hurt" is a word the flying entry never says: the question asks something more than that entry tells.
        "our holiday is by plane this summer and my son has grommets. will his ears hurt?",
        # "ear", "sore": words several entries ask with; no entry's own telling word.
        "his ear has been sore since the grommets went in last week. what does it mean?",
        # Without "runny" the story tells no entry's own word.
        "since friday there is yellow stuff coming from his left ear, he has grommets. what does it mean?",
        # "plane" is the flying entry's own word, but "runny" the discharge entry's: the story tells two entries.
        "grommets in since april, plane to greece in july, her ear is runny. will her ears be comfortable on take off?",
    ],
)
def test_a_story_of_no_entrys_own_or_a_question_the_entry_does_not_say_still_falls_back(clinic, message):
    assert not _reads(clinic, message)
    assert clinic.ask(message).kind != "answer"  # the fallback, or a choice of close entries (`unsure_choice`)


def test_a_bank_with_many_phrasings_per_entry_is_not_read_so():
    # The packaged bank lists many phrasings for each entry: the usual bars decide, as before.
    bot = Bot.load()
    assert bot.ask("I cut myself shaving, could that cause HO?").id == "causes"
    assert bot.ask("no pain, no swelling, no redness, just curious about HO").id == "what-is-ho"
