"""Round 24 (conv26): a short question right after a choice, read as one of the entries the choice offered
(docs/how-it-decides.md, "Round 24: ... (conv26)")."""

from __future__ import annotations

import pytest
from conftest import DATA

from chatbot.bot import Bot

HEARING = DATA / "tuning" / "hearing-bank"
GOUT = DATA / "tuning" / "gout-bank"
# A story the hearing bank answers with a choice of what tinnitus is and what helps it.
RINGING = "mum has a constant ringing in her ears"
# ... and one the gout bank answers with a choice of how long a flare lasts and the symptoms.
FLARE = "my toe flared up again last night"


@pytest.fixture(scope="module")
def hearing():
    return Bot.load(HEARING)


@pytest.fixture(scope="module")
def gout():
    return Bot.load(GOUT)


def _after(bot, earlier, question):
    session = bot.session()
    for asked in earlier:
        session.ask(asked)
    return session.ask(question)


def test_the_primers_still_get_a_choice(hearing, gout):
    # Every test below leans on these choices: if a primer is answered one day, the tests must say so.
    assert [s.id for s in hearing.ask(RINGING).suggestions] == ["tinnitus", "tinnitus-help"]
    assert hearing.ask(RINGING).kind == "clarify"
    assert gout.ask(FLARE).kind == "clarify" and "flare-how-long" in [s.id for s in gout.ask(FLARE).suggestions]


def test_a_short_question_after_a_choice_takes_the_offered_entry_it_asks_for(hearing):
    reply = _after(hearing, [RINGING], "is there anything that helps it")
    assert (reply.kind, reply.id, reply.via) == ("answer", "tinnitus-help", "follow-up")
    assert reply.score is not None and reply.score >= 60


def test_the_same_words_fresh_are_not_answered(hearing):
    # Alone nothing says what "it" is.
    assert hearing.ask("is there anything that helps it").kind != "answer"


def test_a_choice_of_its_own_is_narrowed_only_to_one_of_its_own_entries(gout):
    # Fresh, the question gets a choice that holds how long a flare lasts; after the flare choice, that entry.
    fresh = gout.ask("how long will it take to settle?")
    assert fresh.kind == "clarify" and "flare-how-long" in [s.id for s in fresh.suggestions]
    reply = _after(gout, [FLARE], "how long will it take to settle?")
    assert (reply.kind, reply.id, reply.via) == ("answer", "flare-how-long", "follow-up")


def test_after_an_answer_or_a_fallback_the_reading_does_not_run(hearing):
    # Only a choice's entries compete: a fallback's examples say nothing of the message before.
    assert _after(hearing, ["what is the weather like"], "is there anything that helps it").kind != "answer"


def test_a_picked_number_still_picks(hearing):
    assert _after(hearing, [RINGING], "2").id == "tinnitus-help"


@pytest.mark.parametrize("question", ["what time is it", "where do you live", "is there a bus that helps"])
def test_an_everyday_question_after_the_choice_is_not_read_as_taking_it(hearing, question):
    assert _after(hearing, [RINGING], question).kind != "answer"


@pytest.mark.parametrize(
    "question",
    ["what are cochlear implants", "how do I get a hearing aid", "what causes hearing loss"],
)
def test_a_new_complete_question_after_the_choice_gets_its_fresh_reply(hearing, question):
    # The near miss: a new question that looks like it follows the choice is read as in a fresh session.
    fresh = hearing.ask(question)
    later = _after(hearing, [RINGING], question)
    assert (later.kind, later.id) == (fresh.kind, fresh.id)
