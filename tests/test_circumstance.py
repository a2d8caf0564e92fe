"""A question's circumstance ("after the bunion was shaved down") read as context on a clinic's bank: the clinic's own
occasion, in words its few phrasings never wrote, tells when, not what is asked (see
`chatbot.understanding.circumstance`).

The banks (tests/data/bunion-bank, tests/data/grommets-bank) and the messages are our own, written as a clinic and its
patients write.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chatbot import Bot
from chatbot.conversation import last_resort, leads, matching
from chatbot.understanding.circumstance import circumstance_splits, split_circumstance

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def bunion():
    return Bot.load(DATA / "bunion-bank")


@pytest.fixture(scope="module")
def grommets():
    return Bot.load(DATA / "grommets-bank")


@pytest.fixture(scope="module")
def packaged():
    return Bot.load()


OPENERS = frozenset(("after", "since", "before", "for", "with"))


def test_the_circumstance_runs_from_its_opener_to_the_end_of_its_clause():
    assert split_circumstance("when can I fly after the op?", OPENERS) == ("when can I fly after ?", " the op")
    assert split_circumstance("can I swim since the op, or is it too soon?", OPENERS) == (
        "can I swim since , or is it too soon?",
        " the op",
    )
    # No opener, an opener with nothing after it, or a second story after it: no circumstance.
    assert split_circumstance("when can I fly?", OPENERS) is None
    assert split_circumstance("what should I do after?", OPENERS) is None
    assert (
        split_circumstance("can I fly after my aunt and her three children came to stay in the spring", OPENERS) is None
    )
    # Each circumstance in turn: "a run after the op" is no occasion of a clinic's, "the op" may be.
    assert [told for _, told in circumstance_splits("can I go for a run after the op?", OPENERS)] == [
        " a run after the op",
        " the op",
    ]


@pytest.mark.parametrize(
    ("bank", "message", "entry"),
    [
        # "shaved down" is no word of the bunion clinic's: read whole, it costs the exercise entry its coverage.
        ("bunion", "when can i start running after the bunion was shaved down?", "exercise"),
        ("bunion", "when can i have a shower after the bunion was shaved down?", "showering"),
        ("bunion", "when can i start running after the bunion was shaved down", "exercise"),  # no question mark
        ("bunion", "after the bunion was shaved down, when can i start running?", "exercise"),  # told first
        # "placed" is no word of the grommets clinic's.
        ("grommets", "are ear plugs needed after the grommets were placed?", "ear-plugs"),
        ("grommets", "can water get in the ear after the grommets were placed?", "swimming"),
        # A state ("with ...") is read as an occasion is.
        ("grommets", "can water get in the ear with grommets placed?", "swimming"),
    ],
)
def test_the_clinics_own_occasion_tells_when_and_the_question_is_answered(request, monkeypatch, bank, message, entry):
    bot = request.getfixturevalue(bank)
    reply = bot.ask(message)
    assert (reply.kind, reply.id, reply.via) == ("answer", entry, "circumstance")
    # Without the circumstance reading the same message falls back: it is what answers.
    monkeypatch.setattr(matching, "circumstance_answer", lambda *args: None)
    # The same entry far ahead of a choice (`choice_lead`, round 13) answers it too: left out as well.
    monkeypatch.setattr(leads, "choice_lead", lambda *args: None)
    # So does a clinic's late lead (`late_lead`, round 14) where no reading answered: left out too.
    monkeypatch.setattr(last_resort, "late_lead", lambda *args: None)
    # And a second reading agreeing with the leader (`second_reading`, round 17), as for "ear plugs ... placed".
    monkeypatch.setattr(leads, "agreeing_lead", lambda *args: None)
    # And, since round 19, a close leader that several kinds of evidence agree on (`close_lead`), as for "water ...".
    monkeypatch.setattr(leads, "close_lead", lambda *args: None)
    assert bot.ask(message).kind != "answer"  # the fallback, or a choice of close entries (`unsure_choice`)


@pytest.mark.parametrize(
    ("bank", "message"),
    [
        # Another occasion: a health word or a rare word the clinic never uses is another question.
        ("bunion", "when can i start running after my hip replacement?"),
        ("bunion", "when can i have a shower after the hernia was shaved down?"),
        ("grommets", "are ear plugs needed after the tonsils were taken out?"),
        ("grommets", "can water get in the ear after the tonsillectomy was placed?"),
        # Not the clinic's topic at all.
        ("bunion", "when can i have a shower after travelling to brazil?"),
    ],
)
def test_another_occasion_is_never_read_as_the_clinics_own(request, bank, message):
    bot = request.getfixturevalue(bank)
    reply = bot.ask(message)
    assert reply.via != "circumstance"
    assert reply.kind != "answer"


def test_a_story_or_a_statement_is_not_read_so(bunion):
    # Only a message that is one question and nothing else: a story before it has its own readings.
    story = "My mum is 70 and very active. When can she start running after the bunion was shaved down?"
    assert bunion.ask(story).via != "circumstance"
    # A statement asks nothing to answer.
    assert bunion.ask("my foot is sore after the bunion was shaved down").via != "circumstance"


def test_a_bank_with_many_phrasings_per_entry_is_never_answered_so(packaged, monkeypatch):
    # The packaged HO bank writes a dozen ways of asking per entry: a question still short of its bars is short of
    # them for a reason: its replies are the same with and without the circumstance reading.
    messages = (
        "Can I do anything to stop HO happening after my surgery next month?",
        "how long should i wait before running after a hip replacement",
        "can I swim after my hip replacement surgery?",
    )
    replies = [packaged.ask(message) for message in messages]
    assert all(reply.via != "circumstance" for reply in replies)
    monkeypatch.setattr(matching, "circumstance_answer", lambda *args: None)
    assert [(r.kind, r.id) for r in replies] == [(r.kind, r.id) for r in map(packaged.ask, messages)]


def test_the_same_answer_fresh_and_after_other_questions(bunion):
    # A complete question is matched as in a fresh session, whatever was asked before.
    message = "when can i have a shower after the bunion was shaved down?"
    fresh = bunion.ask(message)
    session = bunion.session()
    for earlier in ("what is a bunion?", "can I fly after bunion surgery?", "how long does the swelling last?"):
        session.ask(earlier)
    later = session.ask(message)
    assert (later.kind, later.id) == (fresh.kind, fresh.id) == ("answer", "showering")
