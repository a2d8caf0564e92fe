"""Round 25 (conv27): a pronoun's own phrasing read right after an answer about the thing it names, and a "what
about X" reading that only lands on the answer just given (docs/how-it-decides.md, "Round 25: ... (conv27)")."""

from __future__ import annotations

import pytest
from conftest import DATA
from conversation_support import last_reply

from chatbot.bot import Bot

HAYFEVER = DATA / "tuning" / "hayfever-bank"
CONCUSSION = DATA / "heldout" / "concussion-bank"  # retired to tuning (tools/measure.py RETIRED)
PSORIASIS = DATA / "tuning" / "psoriasis-bank"
SPRAYS = "What are steroid nasal sprays?"
USE_IT = "how do i use it properly then"


@pytest.fixture(scope="module")
def hayfever():
    return Bot.load(HAYFEVER)


@pytest.fixture(scope="module")
def concussion():
    return Bot.load(CONCUSSION)


def test_the_primers_are_answered(hayfever, concussion):
    # The tests below lean on these answers: if one changes, the tests must say so.
    assert (hayfever.ask(SPRAYS).kind, hayfever.ask(SPRAYS).id) == ("answer", "nasal-steroid-sprays")
    assert hayfever.ask("are there eye drops for hay fever").id == "eye-drops"
    reply = last_reply(concussion, "my son got concussed at rugby today, how long will it take him to get better",
                       "and when can he go back to school?")
    assert (reply.kind, reply.id) == ("answer", "return-to-school")


def test_it_after_the_sprays_answer_is_the_spray(hayfever):
    reply = last_reply(hayfever, SPRAYS, USE_IT)
    assert (reply.kind, reply.id, reply.via) == ("answer", "using-nasal-spray", "follow-up")


def test_it_fresh_or_after_another_thing_is_not_the_spray(hayfever):
    # Fresh the "it" points at nothing; after eye drops it is the drops, which the spray's phrasing does not name.
    assert hayfever.ask(USE_IT).kind != "answer"
    assert last_reply(hayfever, "are there eye drops for hay fever", USE_IT).id != "using-nasal-spray"
    # After a fallback nothing was answered to point at.
    assert last_reply(hayfever, "what is the capital of france", USE_IT).kind != "answer"


def test_a_complete_question_is_the_same_after_the_sprays_answer(hayfever):
    for question in ("How do I use a nasal spray properly?", "are there eye drops for hay fever"):
        fresh = hayfever.ask(question)
        mid = last_reply(hayfever, SPRAYS, question)
        assert (mid.kind, mid.id, mid.text) == (fresh.kind, fresh.id, fresh.text), question


def test_what_about_playing_after_school_is_not_school_again(concussion):
    # "Playing" put in for another word than "school" reached the school answer again (its answer says children
    # should not play sport yet): a wrong answer. The school entry's own questions never name playing.
    reply = last_reply(
        concussion,
        "my son got concussed at rugby today, how long will it take him to get better",
        "and when can he go back to school?",
        "what about playing again, hes desperate to play next saturday",
    )
    assert reply.id != "return-to-school"
    assert reply.kind != "answer" or reply.id == "return-to-sport"


def test_what_about_a_thing_the_last_entry_asks_of_still_repeats_it():
    # "Should I use sunbeds?" is one of the sunshine entry's own questions: asked again of sunbeds, it answers.
    bot = Bot.load(PSORIASIS)
    reply = last_reply(bot, "Does sunshine help psoriasis?", "what about sunbeds")
    assert (reply.kind, reply.id) == ("answer", "sun-and-holidays")


def test_and_poh_after_fop_still_gets_genetic_ho():
    reply = last_reply(Bot.load(), "what is FOP", "and POH?")
    assert (reply.kind, reply.id) == ("answer", "genetic-ho")
