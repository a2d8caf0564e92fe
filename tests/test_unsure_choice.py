"""A message that names a clinic's topic and that no reading answers gets its closest entries as a numbered choice,
not the bare fallback (see `understanding.unsure_choice`).

The bank (tests/data/ligament-bank) and the questions are our own, written as a clinic and its patients write.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import chatbot.understanding.unsure_choice as unsure_choice
from chatbot import Bot

BANK = Path(__file__).parent / "data" / "ligament-bank"


@pytest.fixture(scope="module")
def clinic():
    return Bot.load(BANK)


def test_a_message_naming_the_topic_gets_the_close_entries_to_choose_from(clinic, monkeypatch):
    message = "how long after a ligament repair before I can get back on my bike"
    reply = clinic.ask(message)
    assert reply.kind == "clarify" and reply.id is None  # no answer: nothing is said until they choose
    offered = [s.id for s in reply.suggestions]
    assert "sport" in offered and len(offered) <= 3
    # Without the choice the same message falls back.
    monkeypatch.setattr(unsure_choice, "CHOICE_SCORE", 1000.0)
    assert clinic.ask(message).kind == "fallback"


def test_a_number_then_picks_the_entry_offered(clinic):
    session = clinic.session()
    reply = session.ask("how long after a ligament repair before I can get back on my bike")
    number = [s.id for s in reply.suggestions].index("sport") + 1
    picked = session.ask(str(number))
    assert (picked.kind, picked.id) == ("answer", "sport")


@pytest.mark.parametrize(
    "message",
    [
        "when can I get back on my bike",  # the topic is not named: what the bike question is about is unknown
        "book a table for two tonight",
        "my replacement card has not come, can you repair it",  # "repair" is the topic's common word, not its name
    ],
)
def test_no_choice_without_the_topic_named_by_a_rare_word(clinic, message):
    assert clinic.ask(message).kind != "clarify"


def test_the_topic_is_named_only_by_a_word_rare_in_english(clinic):
    analyzer, topic = clinic.analyzer, clinic.default_subject
    assert unsure_choice.names_topic_rarely(analyzer, analyzer.analyze("my ligament").tokens, topic)
    assert not unsure_choice.names_topic_rarely(analyzer, analyzer.analyze("a repair").tokens, topic)
