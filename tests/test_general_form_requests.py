"""Round 14 (advice16): a request for advice whose general form a clinic's entry answers ("can I drive after ...?",
"when can I go back to work?") gets that general answer after the personal-advice note; a dose, a diagnosis, a
decision on a treatment (stop, start, keep, switch), a treatment for someone else or two treatments together stay
refused, whatever the bank holds.

The bank is a made-up sleep clinic's, written as a clinic writes one; the questions are our own.
"""

from __future__ import annotations

import pytest
from conftest import entries_yaml

from chatbot import Bot

ENTRIES = (
    (
        "what-is-it",
        "What is sleep apnoea?",
        ["what does obstructive sleep apnoea mean", "why do I stop breathing in my sleep"],
        "The throat closes again and again during sleep, so breathing pauses and sleep is broken.",
    ),
    (
        "driving",
        "Can I drive with sleep apnoea?",
        ["is driving allowed with sleep apnoea", "driving and sleepiness from apnoea"],
        "Many people drive once their sleepiness is treated. Do not drive while you feel sleepy, and ask the clinic "
        "what the licensing rules mean for you.",
    ),
    (
        "cpap-cleaning",
        "How do I clean my CPAP mask?",
        ["washing the cpap mask and tubing", "cpap mask cleaning"],
        "Wash the mask in warm soapy water, rinse it and let it dry out of the sun. The tubing is washed the same "
        "way now and then.",
    ),
    (
        "sleeping-tablets",
        "Can sleeping tablets be taken with sleep apnoea?",
        ["sleeping pills and sleep apnoea", "sedatives with apnoea"],
        "Sleeping tablets can relax the throat and make pauses longer, so they are often avoided. Ask the clinic "
        "before using any.",
    ),
    (
        "back-to-work",
        "When can I go back to work after a sleep study?",
        ["return to work after the sleep test", "work after the sleep study night"],
        "Most people go to work the next day; the study itself needs no time to recover.",
    ),
)

META = (
    "meta:\n  title: Sleep apnoea\n  topic: sleep apnoea\n  short_name: apnoea\n  source: tests\n"
    "  reviewed: 2025-01-01\n"
)


@pytest.fixture
def clinic(make_bank):
    return Bot.load(make_bank({"bank.yaml": META + entries_yaml(ENTRIES)}))


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("can i drive now that i have sleep apnoea", "driving"),
        ("is it ok for me to drive with the apnoea, I nod off sometimes", "driving"),
        ("how should i clean my cpap mask", "cpap-cleaning"),
        ("what should i wash the cpap mask with", "cpap-cleaning"),
        ("when can i go back to work after the sleep study", "back-to-work"),
    ],
)
def test_a_request_whose_general_form_an_entry_answers_gets_it_after_the_note(clinic, question, entry):
    reply = clinic.session().ask(question)
    note = clinic.bank.messages["personal_advice"].strip()
    if reply.kind == "answer":
        assert reply.id == entry
        if clinic.advice.asks_for_advice(question):
            assert note in reply.text
    else:
        # The gate may still refuse a request (a combination reads "ok for me"), never answer it wrongly.
        assert note in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "how many sleeping tablets can i take a night with my apnoea",  # a dose
        "how much of the sleeping pills is safe for me",  # an amount
        "should i stop my sleeping tablets now i have apnoea",  # stopping a treatment
        "can i come off the sleeping tablets now i sleep better",  # a decision on a treatment
        "should i start sleeping tablets",  # starting a treatment
        "can my husband have my sleeping tablets",  # a treatment for someone else
        "can i take sleeping tablets and painkillers together",  # two treatments together
        "can i use my dads sleeping tablets for a night",  # someone else's treatment
        "can i give him a sleeping tablet",  # a treatment given to someone else
        "do i have sleep apnoea",  # a diagnosis
        "i snore loudly at night, could it be apnoea",  # a diagnosis after a story
        "do i need to keep using the cpap every night",  # a decision to keep a treatment
        "pls book me in for a sleep study",  # the bot asked to act
    ],
)
def test_a_dose_a_diagnosis_or_a_decision_stays_refused(clinic, question):
    reply = clinic.session().ask(question)
    assert reply.kind != "answer", (question, reply.id)


@pytest.mark.parametrize(
    "question",
    [
        "can i use a straw",
        "when should i see someone about it",
        "how should i wash the mask",
    ],
)
def test_the_gate_lets_through_requests_with_no_dose_diagnosis_or_decision(clinic, question):
    assert clinic.advice.may_answer_in_its_general_form(question)


@pytest.mark.parametrize(
    "question",
    [
        "how many mg should i take",
        "should i take my tablets tonight",
        "can she have my pills",
        "is it gout",
        "can i keep taking my inhaler",
        "is that treatment right for me",
    ],
)
def test_the_gate_keeps_doses_decisions_and_diagnoses(make_bank, question):
    bot = Bot.load(make_bank({"bank.yaml": META.replace("sleep apnoea", "gout") + entries_yaml(ENTRIES)}))
    assert not bot.advice.may_answer_in_its_general_form(question)


def test_a_general_form_answer_is_not_read_as_a_follow_up(clinic):
    session = clinic.session()
    session.ask("what is sleep apnoea")
    reply = session.ask("can i take it on holiday")
    assert reply.kind != "answer" or reply.via not in ("follow-up", "circumstance")
