"""Conversations of round 14 (issue 9, part 4): a follow-up never answers what it did not ask.

On the HO bank and on a small clinic bank written for these tests (tests/data/reflux-bank: two kinds of medicine,
each with its own side effects and its own length of treatment). The wordings are our own. A turn marked `FRESH` is a
complete question: it must get exactly what it gets in a fresh session.

- A short question that ends on "after" or "before" with nothing after it leans on the last answer ("how soon after?").
- A follow-up that only names a thing ("and in the spine?") whose own entry is not about that thing gets a choice,
  never that entry as the answer.
- A bare message that names no thing ("any side effects?") after an answer about one medicine never gets the other
  medicine's entry as the answer.
- A follow-up naming a new thing asks the last question of it ("and omeprazole?" after the antacids' side effects:
  the tablets' side effects), also when the new thing is of the same kind as the last one ("what about
  lansoprazole?" next: the same entry, which names it); when that reading leaves only a choice, the choice, never
  the new thing's own entry as if it were what was asked.
"""

from __future__ import annotations

import pytest
from conftest import DATA
from conversation_support import FRESH, talk

from chatbot.bot import Bot

NOT_AN_ANSWER = ("fallback", "clarify")

HO_CONVERSATIONS = {
    "a new hip, then how soon, then the shoulder": [
        ("could my new hip make bone grow where it should not", "hip-replacement", FRESH),
        ("and the shoulder?", "other-joint-replacement"),
        ("how soon after?", "when-does-it-form"),
        ("and the elbow?", "where-in-body"),  # HO with the elbow: where it grows says so
        ("cheers", "smalltalk"),
    ],
    "where it grows, then a place the bank does not give": [
        ("which parts of the body can get the extra bone", "where-in-body", FRESH),
        ("and in the spine?", NOT_AN_ANSWER),
        ("and in the elbow?", ("clarify", "answer")),
        ("how is HO found on a scan", "imaging-tests", FRESH),
    ],
    "grades, then a joint": [
        ("what does brooker grade 2 mean", "grade-2", FRESH),
        ("and grade 4?", "grade-4"),
        ("and in the jaw?", NOT_AN_ANSWER),
        ("how serious is HO", "how-serious", FRESH),
    ],
    "medicines one after another": [
        ("is warfarin used against HO", "warfarin", FRESH),
        ("and ibuprofen?", "nsaids"),
        ("how soon before the operation", NOT_AN_ANSWER + ("answer",)),
        ("how is HO diagnosed", "diagnosis", FRESH),
    ],
}

REFLUX_CONVERSATIONS = {
    "tablets, then side effects and how long, never the antacids' answers": [
        ("what is omeprazole for", "acid-tablets", FRESH),
        ("side effects?", "clarify"),
        ("is lansoprazole for life", "how-long-on-tablets", FRESH),
        ("thanks", "smalltalk"),
    ],
    "antacids, then a new medicine named alone": [
        ("do antacids have side effects", "antacid-side-effects", FRESH),
        ("and omeprazole?", "acid-tablet-side-effects"),
        ("what about lansoprazole", "acid-tablet-side-effects"),
        ("what foods make reflux worse", "food-triggers", FRESH),
        ("and coffee?", "food-triggers"),
    ],
    "the antacids' side effects, then the tablets named loosely": [
        ("what are the side effects of antacids", "antacid-side-effects", FRESH),
        ("what about the tablets", "clarify"),
        ("how do antacids work", "antacids", FRESH),
    ],
    "where it is felt, then babies": [
        ("where is heartburn felt", "where-felt", FRESH),
        ("and in the throat?", "where-felt"),
        ("and in babies?", "reflux-in-babies"),
        ("how should I sleep with acid reflux", "sleeping", FRESH),
    ],
}


@pytest.fixture(scope="module")
def reflux_bot():
    return Bot.load(DATA / "reflux-bank")


@pytest.mark.parametrize("name", sorted(HO_CONVERSATIONS))
def test_ho_conversation(bot, name):
    wrong = talk(bot, HO_CONVERSATIONS[name])
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("name", sorted(REFLUX_CONVERSATIONS))
def test_clinic_conversation(reflux_bot, name):
    wrong = talk(reflux_bot, REFLUX_CONVERSATIONS[name])
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("closing", ["how soon after?", "how soon after"])
def test_a_question_ending_on_after_leans_on_the_last_answer(bot, closing):
    # Fresh it asks of nothing; after an answer about a new hip it asks how soon after that.
    assert bot.ask(closing).kind != "answer"
    session = bot.session()
    session.ask("Can a hip replacement cause HO?")
    reply = session.ask(closing)
    assert (reply.id, reply.via) == ("when-does-it-form", "follow-up") and reply.score >= 60


def test_after_with_a_thing_after_it_is_no_closing_word(bot):
    # "What happens after surgery" says after what: read alone, the same fresh and after another answer.
    fresh = bot.ask("what happens after surgery")
    session = bot.session()
    session.ask("what does brooker grade 2 mean")
    later = session.ask("what happens after surgery")
    assert later.via != "follow-up" and (later.kind, later.id) == (fresh.kind, fresh.id)


def test_the_closing_words_are_general_data(reflux_bot):
    assert "after" in reflux_bot.bank.follow_up.closers


def test_a_bare_side_effects_question_offers_the_talked_of_medicine_first(reflux_bot):
    # Fresh, the antacids' side effects lead; after the tablets' answer the tablets' side effects come first, and
    # the antacids' entry is never given as the answer.
    for primer, first in (("what is lansoprazole for", "acid-tablet-side-effects"),):
        session = reflux_bot.session()
        session.ask(primer)
        for message in ("any side effects?", "side effects", "side effects?"):
            session = reflux_bot.session()
            session.ask(primer)
            reply = session.ask(message)
            assert reply.kind == "clarify" and reply.suggestions[0].id == first, (message, reply)


def test_a_bare_question_that_names_its_subject_is_read_alone(reflux_bot):
    # "Antacid side effects" says which medicine: the same answer fresh and after the tablets' answer.
    session = reflux_bot.session()
    session.ask("what is omeprazole for")
    assert session.ask("antacid side effects").id == reflux_bot.ask("antacid side effects").id == "antacid-side-effects"


def test_a_named_thing_whose_entry_is_about_it_is_still_answered(bot):
    # "And grade 4?" names what its entry is about; "and FOP?" reaches the entry that says what FOP is.
    session = bot.session()
    session.ask("what does brooker grade 2 mean")
    assert session.ask("and grade 4?").id == "grade-4"
    session = bot.session()
    session.ask("how is HO treated")
    assert session.ask("and FOP?").kind == "answer"
