"""A clinic's leader trusted on its evidence (`understanding.leader_evidence`): the message's own words its questions or
answer say against the runner-up's, and the way the message asks against the ways its phrasings ask. On a small bank
of our own (tests/data/crutch-bank: two phrasings an entry, as clinics write) with our own wordings."""

from pathlib import Path

import pytest

from chatbot.bot import Bot
from chatbot.understanding.leader_evidence import asking_kind, describe, entry_kinds, trusted_lead

CRUTCHES = Path(__file__).parent / "data" / "crutch-bank"


@pytest.fixture(scope="module")
def bot():
    return Bot.load(CRUTCHES)


def _trusted(bot, text):
    analysis = bot.analyzer.analyze(text)
    return trusted_lead(bot.matcher, bot.analyzer, analysis.tokens, analysis.concepts, analysis.concepts, True)


def _entry(bot, entry_id):
    return next(entry for entry in bot.bank.entries if entry.id == entry_id)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("how long till I can walk without them", "when"),
        ("when do I give them back", "when"),
        ("why does my wrist ache", "why"),
        ("can I go up the stairs", "can"),
        ("is it safe on a wet floor", "can"),
        ("where do they go when I'm done", "where"),
        ("my hands are sore", None),
    ],
)
def test_the_way_a_question_asks(bot, text, kind):
    assert asking_kind(bot.analyzer.analyze(text).concepts) == kind


def test_an_entry_asks_every_way_its_phrasings_ask(bot):
    # "When can I stop using my crutches?" asks when and can; "How long will I need crutches?" asks when too.
    assert {"when", "can"} <= entry_kinds(bot.analyzer, _entry(bot, "how-long"))
    assert "where" in entry_kinds(bot.analyzer, _entry(bot, "returning"))


def test_the_leaders_words_against_the_runner_ups(bot):
    analysis = bot.analyzer.analyze("the rubber ferrules on mine are worn smooth, will the physio department swap them")
    ranking = bot.matcher.rank(analysis.tokens, analysis.concepts)
    found = describe(bot.matcher, bot.analyzer, ranking, analysis.tokens, analysis.concepts)
    assert ranking[0].entry.id == "rubber-tips"
    assert found["said_lead"] >= 2 and found["said_share"] > found["rival_share"]


def test_a_leader_that_says_the_patients_words_is_trusted(bot):
    # The answer's own words (the handle, the wrist crease, the elbow) speak for the entry far ahead of every other.
    lead = _trusted(bot, "my elbow bends a bit holding the handle, is the wrist crease height right")
    assert lead is not None and lead.entry.id == "height"


def test_a_trusted_leader_is_answered_when_no_other_reading_answers(bot):
    reply = bot.session().ask("good leg first going up, sore leg first coming down?")
    assert (reply.kind, reply.id, reply.via) == ("answer", "stairs", "trusted lead")
    assert reply.score is not None and reply.score >= 50


def test_the_same_answer_in_a_conversation(bot):
    session = bot.session()
    session.ask("How long will I need crutches?")
    session.ask("Which hand should I hold one crutch in?")
    reply = session.ask("good leg first going up, sore leg first coming down?")
    assert (reply.kind, reply.id) == ("answer", "stairs")


def test_a_leader_asked_in_a_way_it_never_asks_is_not_trusted(bot):
    # The rubber-tips entry asks when and whether; "how do I get them swapped" asks how: its words alone do not decide.
    analysis = bot.analyzer.analyze("how do i get the rubber ferrules swapped when the ridges go smooth")
    ranking = bot.matcher.rank(analysis.tokens, analysis.concepts)
    assert ranking[0].entry.id == "rubber-tips"
    assert describe(bot.matcher, bot.analyzer, ranking, analysis.tokens, analysis.concepts)["kind_differs"]
    assert _trusted(bot, "how do i get the rubber ferrules swapped when the ridges go smooth") is None


def test_a_leader_that_says_no_more_of_the_words_than_the_next_is_not_trusted(bot):
    # "Should the handle be level with my wrist crease": the stairs and one-crutch entries say "handle" too; barely
    # ahead, and the next entry says nearly as many of the words.
    assert _trusted(bot, "should the handle be level with my wrist crease") is None


def test_not_about_health_nothing_is_trusted(bot):
    analysis = bot.analyzer.analyze("my elbow bends a bit holding the handle, is the wrist crease height right")
    found = trusted_lead(bot.matcher, bot.analyzer, analysis.tokens, analysis.concepts, analysis.concepts, False)
    assert found is None


@pytest.mark.parametrize(
    "text",
    [
        "what is the weather like tomorrow",
        "can I get new tyres for my car",
        "where is the nearest train station",
        "how do I set an alarm on my phone",
        "when will my parcel arrive",
        "what height is the eiffel tower",
    ],
)
def test_everyday_requests_are_not_answered(bot, text):
    assert _trusted(bot, text) is None
    assert bot.session().ask(text).kind != "answer"


def test_the_packaged_bank_never_answers_so():
    packaged = Bot.load()
    assert not packaged.matcher.lists_sparse_entries
    for text in ("what is HO", "can HO come back after surgery", "is HO cancer"):
        analysis = packaged.analyzer.analyze(text)
        found = trusted_lead(
            packaged.matcher, packaged.analyzer, analysis.tokens, analysis.concepts, analysis.concepts, True
        )
        assert found is None
