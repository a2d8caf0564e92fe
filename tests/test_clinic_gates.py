"""The gates around the ranking on a clinic's own bank: what makes a message about health, which requests for
advice a clear general answer may still meet, and what a question with no subject means.

The bank is written as a clinic writes one (meta, a question and two alternates each, no word lists); the
questions are our own, in the lay words patients use.
"""

from __future__ import annotations

import pytest
from conftest import entries_yaml

from chatbot import Bot
from chatbot.conversation import message_readings

ENTRIES = (
    (
        "what-is-it",
        "What is a cystoscopy?",
        ["what does a cystoscopy involve", "explain the bladder camera test"],
        "A cystoscopy is a test that looks inside the bladder. A thin tube with a camera is passed in through "
        "the opening where urine comes out.",
    ),
    (
        "urine-after",
        "Is blood in my urine normal after a cystoscopy?",
        ["why is my urine pink after the cystoscopy", "how long does blood in the urine last after a cystoscopy"],
        "A little blood in the urine is common for a day or two. Drinking plenty of water helps it clear. Tell "
        "the clinic if it is heavy or has clots.",
    ),
    (
        "pain-relief",
        "What pain relief can I take after a cystoscopy?",
        ["which painkillers help after a cystoscopy", "what helps the stinging after a cystoscopy"],
        "Paracetamol usually helps with any soreness. Stinging when passing urine often settles within two days.",
    ),
    (
        "driving",
        "Can I drive after a cystoscopy?",
        ["when can I drive after a cystoscopy", "is it safe to drive home after the test"],
        "After a cystoscopy with numbing gel only, most people can drive home. After sedation, do not drive for "
        "24 hours.",
    ),
    (
        "how-long",
        "How long does a cystoscopy take?",
        ["how long is the cystoscopy", "how much time does the test take"],
        "The test itself usually takes about five minutes. Allow an hour or so at the clinic in all.",
    ),
    (
        "infection",
        "Can a cystoscopy cause an infection?",
        ["is a urine infection possible after a cystoscopy", "signs of infection after a cystoscopy"],
        "A urine infection afterwards is uncommon. Signs are a fever, cloudy or smelly urine, or stinging that "
        "gets worse: tell the clinic.",
    ),
)

META = (
    "meta:\n  title: Cystoscopy\n  topic: cystoscopy\n  short_name: cystoscopy\n  source: tests\n"
    "  reviewed: 2025-01-01\n"
)


@pytest.fixture
def clinic(make_bank):
    return Bot.load(make_bank({"bank.yaml": META + entries_yaml(ENTRIES)}))


def _about_health(bot: Bot, text: str) -> bool:
    return message_readings.is_about_health(bot, bot.analyzer.analyze(text))


@pytest.mark.parametrize(
    "message",
    [
        "my bladder feels full all the time",  # lay words: none is rare in English, yet each is about health
        "i still feel groggy",
        "can i stop my iron tabs",
        "will i be awake for it",
        "my gut has been funny all week",
    ],
)
def test_lay_health_words_and_the_banks_topic_make_a_message_about_health(clinic, message):
    assert _about_health(clinic, message)


@pytest.mark.parametrize(
    "message",
    ["what is the weather like tomorrow", "book me a table for two", "what is my bank balance", "go jogging"],
)
def test_everyday_requests_are_still_not_about_health(clinic, message):
    assert not _about_health(clinic, message)
    reply = clinic.ask(message)
    assert reply.kind == "fallback"
    assert reply.text.startswith(clinic.bank.messages["off_topic"].split(",")[0])


def test_an_unanswered_question_in_lay_words_is_not_called_off_topic(clinic):
    reply = clinic.ask("my tummy has been rumbling all night")
    assert reply.kind == "fallback"
    assert reply.text.startswith(clinic.bank.messages["not_covered"].split(".")[0])


def test_the_meta_topic_makes_a_message_about_the_bank_however_common_its_word(make_bank):
    meta = META.replace("topic: cystoscopy", "topic: atopic eczema")
    meta = meta.replace("short_name: cystoscopy", "short_name: eczema")
    bot = Bot.load(make_bank({"bank.yaml": meta + entries_yaml(ENTRIES)}))
    assert _about_health(bot, "whats new for eczema")  # "eczema" (Zipf 3.4) is neither rare nor a listed health word


def test_a_word_the_bank_makes_its_own_makes_a_message_about_it(make_bank):
    # "prep" is not rare in English and no general health word; this bank says it in most of its entries.
    entries = (
        ("prep", "What is the prep?", ["what is the prep drink for", "why take the prep"], "It empties the bowel."),
        ("when", "When do I take the prep?", ["what time is the prep", "when to drink the prep"], "Take it at six."),
        ("taste", "Does the prep taste bad?", ["how to cope with the prep taste", "is the prep salty"], "It is salty."),
    )
    bot = Bot.load(make_bank({"bank.yaml": META + entries_yaml(entries)}))
    assert _about_health(bot, "ugh the prep")
    assert not _about_health(bot, "ugh the weather")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what can i take for the pain after a cystoscopy", "pain-relief"),
        ("what can i take 4 the stinging after my cystoscopy", "pain-relief"),  # "4" is "for", no number
    ],
)
def test_a_general_request_for_what_to_take_gets_the_clear_answer_after_the_advice_note(clinic, question, expected):
    reply = clinic.ask(question)
    assert (reply.kind, reply.id) == ("answer", expected)
    assert reply.text.startswith(clinic.bank.messages["personal_advice"].strip()[:40])


@pytest.mark.parametrize(
    "question",
    [
        "how many paracetamol can i take after a cystoscopy",  # an amount
        "can i take 2 paracetamol now after my cystoscopy",  # a number
        "can i take paracetamol with my warfarin after a cystoscopy",  # a second medicine
        "should i stop my blood thinner before the cystoscopy",  # stopping a medicine
        "what pain relief can i take for my sore knee",  # the bank's subject is not named
        "is that a cystoscopy thing or is it cystoscopy",  # asking what someone has
    ],
)
def test_doses_stopping_medicines_and_other_subjects_are_still_refused(clinic, question):
    reply = clinic.ask(question)
    assert reply.kind == "fallback"
    assert reply.text.startswith(clinic.bank.messages["personal_advice"].strip()[:40])


@pytest.mark.parametrize("question", ["is that a cystoscopy", "could it be the cystoscopy"])
def test_an_article_before_the_condition_still_asks_what_someone_has(clinic, question):
    assert clinic.advice.asks_for_advice(question)
    assert not clinic.advice.may_answer_in_general(question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how long does it take", "how-long"),  # the meta topic is the subject: "it" is the cystoscopy
        ("can i drive after it", "driving"),
        ("can it cause an infection", "infection"),
    ],
)
def test_a_question_with_no_subject_reads_the_meta_topic(clinic, question, expected):
    assert "cystoscopy" in clinic.default_subject
    reply = clinic.ask(question)
    assert (reply.kind, reply.id) == ("answer", expected)


def test_a_malformed_answer_if_clear_is_reported(make_bank):
    from chatbot.errors import BankError

    bad = "personal_advice:\n  phrases: [should i take]\n  answer_if_clear:\n    phrases: can i take\n"
    with pytest.raises(BankError) as raised:
        Bot.load(make_bank({"bank.yaml": META + entries_yaml(ENTRIES), "safety.yaml": bad}))
    assert any("answer_if_clear" in str(problem) for problem in raised.value.problems)


def test_come_back_asks_whether_it_recurs_not_about_the_back(make_bank):
    entries = (
        ("work", "When can I go back to work after a cystoscopy?", ["how long off work", "returning to my job"],
         "Most people go back to work the next day."),
        ("again", "Will my bladder stones recur?", ["can bladder stones return", "do bladder stones recur often"],
         "Bladder stones recur in some people. Drinking plenty of water lowers the chance."),
        ("sore-back", "Why is my back sore after the cystoscopy?", ["lower back ache after the test", "back pain"],
         "Lying on the couch can leave the back stiff for a day."),
    )
    bot = Bot.load(make_bank({"bank.yaml": META + entries_yaml(entries)}))
    assert "back" not in bot.analyzer.analyze("will they come back").tokens
    reply = bot.ask("will the bladder stones come back")
    assert (reply.kind, reply.id) == ("answer", "again")
    assert bot.ask("will it come back").id != "work"  # no answer about going back to work


def test_a_stem_shared_with_a_common_word_never_makes_a_message_about_the_bank(make_bank):
    # The bank says "lasting" and "lasts" (not common words) but never "last", which is: "when did I last ..."
    # is an everyday request, not a question about the clinic's topic.
    entries = (
        (
            "relief",
            "Does carpal tunnel release give lasting relief?",
            ["how long the relief from carpal tunnel release lasts", "is the relief lasting"],
            "Most people get lasting relief. The numbness lasts longest in severe cases, and lasting damage is rare.",
        ),
        (
            "when-surgery",
            "When is carpal tunnel surgery needed?",
            ["when do i need carpal tunnel release", "when should carpal tunnel be operated on"],
            "Surgery is offered when splints and injections have not helped, or when the nerve is badly squeezed.",
        ),
    )
    meta = META.replace("Cystoscopy", "Carpal tunnel").replace("cystoscopy", "carpal tunnel")
    bank = Bot.load(make_bank({"bank.yaml": meta + entries_yaml(entries)}))
    assert not bank.analyzer.is_about_health("last")
    assert bank.ask("when did i get my check last").kind != "answer"
    assert bank.ask("does carpal tunnel release relief last").id == "relief"
