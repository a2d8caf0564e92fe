"""A clinic's question with no subject reads the bank's main topic as its subject when it names something the
topic has ("who is most at risk?", "who should I stay away from?"), never when it only asks in everyday words
about everyday things ("what is this place?", "stop it", "what is your name by chance?"). Two small clinic banks,
written as clinics write them: meta with a topic only, a question and two alternates per entry."""

from __future__ import annotations

import pytest
from conftest import DATA, entries_yaml

from chatbot import Bot
from chatbot.conversation import message_readings

SHINGLES = (
    (
        "what-is-shingles",
        "What is shingles?",
        ["what kind of illness is shingles", "explain shingles"],
        "Shingles is a painful rash caused by the chickenpox virus waking up again in a nerve, years after chickenpox.",
    ),
    (
        "who-gets-it",
        "Who is more likely to get shingles?",
        ["what raises the risk of shingles", "are older people at risk of shingles"],
        "Anyone who has had chickenpox can get shingles. The risk rises with age and with a weak immune system, "
        "for example during chemotherapy.",
    ),
    (
        "who-to-avoid",
        "Who should I keep away from while I have shingles?",
        ["who should people with shingles stay away from", "can I be around pregnant women with shingles"],
        "Until the blisters have crusted, stay away from pregnant women who never had chickenpox, newborn babies "
        "and people with a weak immune system.",
    ),
    (
        "how-long-it-lasts",
        "How long does shingles last?",
        ["how long until shingles goes away", "when does the shingles rash heal"],
        "The rash usually heals in two to four weeks. Some people have nerve pain for longer.",
    ),
    (
        "rash-stages",
        "How does the shingles rash change?",
        ["when do shingles blisters crust over", "what happens to the blisters"],
        "Red patches turn into blisters within a few days; the blisters dry and crust over in about a week to "
        "ten days.",
    ),
)

ARTHROSCOPY = (
    (
        "what-is-it",
        "What is a knee arthroscopy?",
        ["explain knee arthroscopy", "what happens in a knee arthroscopy"],
        "A surgeon looks inside the knee through small cuts with a thin camera and can repair some damage at the "
        "same time.",
    ),
    (
        "someone-at-home",
        "Do I need someone with me after a knee arthroscopy?",
        ["who takes me home after knee arthroscopy", "can I go home alone after the arthroscopy"],
        "An adult should take you home and stay with you overnight, because the sedation can leave you drowsy "
        "until the next day.",
    ),
    (
        "driving",
        "When can I drive after a knee arthroscopy?",
        ["how soon can I drive after knee arthroscopy", "is it safe to drive after the arthroscopy"],
        "Most people can drive after one or two weeks, once they can brake hard without pain. Check with your insurer.",
    ),
    (
        "work",
        "When can I go back to work after a knee arthroscopy?",
        ["how much time off work after knee arthroscopy", "returning to work after the arthroscopy"],
        "With a desk job many people go back within a week; with a physical job it can take four to six weeks.",
    ),
)


def _bank_yaml(title: str, topic: str, entries) -> str:
    meta = f"meta:\n  title: {title}\n  topic: {topic}\n  source: tests\n  reviewed: 2025-01-01\n"
    return meta + entries_yaml(entries)


@pytest.fixture
def shingles(make_bank):
    return Bot.load(make_bank({"bank.yaml": _bank_yaml("Shingles", "shingles", SHINGLES)}))


@pytest.fixture
def arthroscopy(make_bank):
    return Bot.load(make_bank({"bank.yaml": _bank_yaml("Knee Arthroscopy", "knee arthroscopy", ARTHROSCOPY)}))


@pytest.mark.parametrize(
    ("question", "expected", "via"),
    [
        # "risk" names the aspect itself: Zipf 5.2, no everyday word
        ("who is most at risk", "who-gets-it", "default subject"),
        # "stay", "away": the bank's words, rarer than 5.5. Since round 24 it is read first as the entry's own
        # phrasing in everyday words ("who should people with shingles stay away from", `own_phrasing`), which
        # answers it directly with the same entry.
        ("who should i stay away from", "who-to-avoid", "direct"),
    ],
)
def test_a_question_naming_what_the_topic_has_takes_the_main_topic(shingles, question, expected, via):
    reply = shingles.session().ask(question)
    assert (reply.kind, reply.id, reply.via) == ("answer", expected, via)


@pytest.mark.parametrize(
    "request_",
    [
        "i need to know what time it is",  # "time": one of English's commonest words, it only asks when
        "what is this place",  # "place" only asks where
        "what is your name by chance",  # the bot's name; "chance" read as risk only by a synonym
        "stop it",  # no question at all, though the bank may speak of stopping
        "please stop it",
        "what is your age again",  # age tells who someone is, not a thing the topic has
    ],
)
def test_everyday_requests_do_not_take_the_main_topic(shingles, arthroscopy, request_):
    for bot in (shingles, arthroscopy):
        assert bot.session().ask(request_).kind == "fallback", request_


def test_the_word_typed_decides_not_the_concept_it_is_read_as(shingles):
    # Both read as the risk concept, which this bank makes its own; only "chance" is an idiom's way of asking.
    analyzer = shingles.analyzer
    assert analyzer.analyze("chance").tokens == analyzer.analyze("risk").tokens
    session = shingles.session()
    assert message_readings.thing_words(session.bot, analyzer.analyze("who is most at risk")) == set(
        analyzer.analyze("risk").tokens
    )
    assert message_readings.asks_about_addressee(session.bot, analyzer.analyze("what is your name by chance"))
    assert not message_readings.asks_about_addressee(session.bot, analyzer.analyze("when do your blisters crust"))


def test_a_common_word_of_an_everyday_request_is_no_thing(shingles):
    session, analyzer = shingles.session(), shingles.analyzer
    for request_ in ("what is this place", "i need to know what time it is", "what is your age again"):
        assert not message_readings.thing_words(session.bot, analyzer.analyze(request_)), request_


def test_a_rare_thing_the_reached_entry_says_lowers_the_bar(arthroscopy):
    # "overnight" (Zipf 4.4) is said by the entry the main topic reaches: it answers below the plain bar of 85.
    reply = arthroscopy.session().ask("does someone need to stay with me overnight after")
    assert (reply.kind, reply.id, reply.via) == ("answer", "someone-at-home", "default subject")
    assert reply.score < 85


def test_a_concept_typed_in_its_own_name_names_an_act(arthroscopy):
    reply = arthroscopy.session().ask("how long till I can drive")
    assert (reply.kind, reply.id) == ("answer", "driving")


@pytest.mark.parametrize("request_", ["what grade is my son in", "how does my name appear"])
def test_a_common_word_an_entry_says_does_not_lower_the_bar(request_):
    # "grade" and "appear" are in the packaged bank's entries, but as common in English as everyday requests.
    assert Bot.load().session().ask(request_).kind == "fallback"


@pytest.mark.parametrize("request_", ["stop it", "stop please", "please stop it", "what is your current age"])
def test_a_command_or_a_persons_age_never_takes_the_heel_banks_topic(request_):
    # The heel bank speaks of pain that stops and of children's ages, so these use only its words; "stop it"
    # asks no question and an age tells who someone is.
    assert Bot.load(DATA / "heel-bank").session().ask(request_).kind == "fallback"
