"""A request for advice that a clinic's bank itself answers: an entry worded as that very request ("What should I do
if I miss a tablet?") gives its general answer after the personal-advice note, while a dose, a count, a decision to
stop, start or double up, or a whether-question for someone stays refused.

The bank is a made-up thyroid clinic's, written as a clinic writes one; the questions are our own.
"""

from __future__ import annotations

import pytest
from conftest import entries_yaml

from chatbot import Bot

ENTRIES = (
    (
        "what-is-it",
        "What is an underactive thyroid?",
        ["what does hypothyroidism mean", "why is my thyroid slow"],
        "The thyroid gland in the neck makes too little hormone, so the body runs slower than it should.",
    ),
    (
        "missed-tablet",
        "What should I do if I miss a thyroid tablet?",
        ["I forgot my thyroid pill, what now?", "how can I remember to take my thyroid tablets"],
        "One missed tablet is rarely a problem. The leaflet and your pharmacist say what to do for your own "
        "medicine; a pill box or a phone alarm helps you remember.",
    ),
    (
        "blood-tests",
        "How often are thyroid blood tests done?",
        ["when are thyroid levels checked", "how regularly is the thyroid hormone level measured"],
        "Levels are checked a few weeks after a change, then about once a year when they are steady.",
    ),
    (
        "tiredness",
        "Why am I still tired on thyroid tablets?",
        ["thyroid treatment but still exhausted", "tired all the time with an underactive thyroid"],
        "It can take a few months for energy to come back once the levels are right. Other causes are checked "
        "too.",
    ),
)

META = (
    "meta:\n  title: Underactive thyroid\n  topic: underactive thyroid\n  short_name: thyroid\n  source: tests\n"
    "  reviewed: 2025-01-01\n"
)


@pytest.fixture
def clinic(make_bank):
    return Bot.load(make_bank({"bank.yaml": META + entries_yaml(ENTRIES)}))


@pytest.mark.parametrize(
    "question",
    [
        "forgot my tablets again oops",  # what happened, told with no request
        "i forgot my pill this morning what do i do",  # the bank's subject is not named
        "what should i do if my mum misses her tablet",  # someone cared for, asked what is done
    ],
)
def test_a_request_the_bank_has_an_entry_for_gets_that_entry_after_the_note(clinic, question):
    reply = clinic.ask(question)
    assert (reply.kind, reply.id) == ("answer", "missed-tablet")
    assert reply.text.startswith(clinic.bank.messages["personal_advice"].strip()[:40])


@pytest.mark.parametrize(
    "question",
    [
        "forgot my tablet yesterday, should i take two today",  # a count, and whether to take it
        "missed my thyroid tablet, can i double up tomorrow",  # doubling up is a decision
        "forgot my tablets for a week, can i stop them altogether",  # stopping is a decision
        "i forgot my pill, how much should i take now",  # an amount
        "i forgot my thyroid tablet, should i take it now",  # whether this person should act
        "i missed my tablet, should i start a pill box",  # starting is this person's decision too
    ],
)
def test_a_dose_a_count_or_a_decision_stays_refused_even_so(clinic, question):
    reply = clinic.ask(question)
    assert reply.kind == "fallback"
    assert reply.text.startswith(clinic.bank.messages["personal_advice"].strip()[:40])


def test_an_entry_not_worded_as_a_request_is_no_answer_to_one(clinic):
    # The blood-test entry asks how often tests are done, not what someone should do: a request that does not name
    # the bank's subject (with it, the clear general answer is given, see test_clinic_gates) stays refused.
    reply = clinic.ask("what should i do before my blood test")
    assert reply.kind == "fallback"


def test_a_health_matter_the_entry_does_not_name_keeps_the_refusal(clinic):
    # The missed-tablet entry is about thyroid tablets; a sore knee is not what it answers.
    reply = clinic.ask("forgot my knee painkillers again, what now")
    assert reply.kind == "fallback"


@pytest.mark.parametrize("question", ["what should i do now", "what do i need to buy", "what do i do today"])
def test_a_request_that_names_nothing_beyond_its_asking_words_is_not_answered(clinic, question):
    # The missed-tablet entry is worded "what should I do ...", but these name no tablet, no health matter at all.
    reply = clinic.ask(question)
    assert reply.kind != "answer"
