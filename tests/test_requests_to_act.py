"""Requests to act get an honest reply of their own (requests21, issue 9).

The bot answers questions; it cannot put anyone through, book, call back, pass on a message, send results, order a
prescription, call an ambulance or remember anything. Such a request got a wrong answer ("can I speak to a nurse"
answered "always ask your doctor before you take any medicine"), the personal-advice refusal, or "my information does
not cover that". Now it gets the general layer's line (chatbot/general/requests.yaml) that says so and who can: the
bank's meta `contact`. It is never a medical answer, nothing is logged, and the conversation goes on where it was.
An ambulance asked for is an emergency. Our own wordings, on the packaged HO bank and on a small physio clinic bank.
"""

from __future__ import annotations

import pytest
from conftest import entries_yaml

from chatbot import Bot

META = (
    "meta: {title: Physio, topic: physiotherapy after a knee injury, short_name: physio, source: tests, "
    "reviewed: 2024-01-01, contact: the Elm Street physio desk on 01632 960111}\n"
)
ENTRIES = (
    (
        "exercises",
        "What exercises help after a knee injury?",
        ["which stretches should I do for my knee", "home exercises for the knee"],
        "Gentle bending and straightening, then strengthening as the pain settles. Your physio sets the pace.",
    ),
    (
        "first-visit",
        "What happens at my first physio appointment?",
        ["what will the physio do at my first visit", "what to expect at the first appointment"],
        "The physio asks how the injury happened, looks at how the knee moves and sets a plan with you.",
    ),
    (
        "work-note",
        "Can I get a fit note for time off work?",
        ["do I need a fit note", "time off work after a knee injury"],
        "Your GP can give a fit note if your job is hard on the knee. The physio can write an advice letter.",
    ),
    (
        "ordering-braces",
        "How do I order a knee brace?",
        ["where do I get a knee support"],
        "Ask at the desk: the physio measures the knee and the brace is posted to you within a week.",
    ),
)


@pytest.fixture(scope="module")
def ho():
    return Bot.load()


@pytest.fixture(scope="module")
def clinic(tmp_path_factory):
    folder = tmp_path_factory.mktemp("physio-bank")
    (folder / "bank.yaml").write_text(META + entries_yaml(ENTRIES), encoding="utf-8")
    return Bot.load(folder)


# Each kind of request, in our own words: the reply names what cannot be done and who can.
REQUESTS = [
    ("could I speak to one of the nurses please", "put you through"),
    ("i'd like to talk to an actual person", "put you through"),
    ("connect me with the receptionist", "put you through"),
    ("can you get me in to see the surgeon next week? book an appointment", "book or change an appointment"),
    ("I need to reschedule my appointment on Friday", "book or change an appointment"),
    ("could you cancel my follow up appointment", "book or change an appointment"),
    ("can somebody ring me back this afternoon", "call back"),
    ("I would like a callback please", "call back"),
    ("please pass a message on to the ward", "pass on messages"),
    ("can you let my consultant know that the pain is better", "pass on messages"),
    ("email me my scan results", "results, letters or records"),
    ("could you post me a copy of my discharge letter", "results, letters or records"),
    ("can you renew my repeat prescription", "prescriptions, sick notes or referrals"),
    ("could you write me a sick note for my boss", "prescriptions, sick notes or referrals"),
    ("can you refer me to the bone specialist", "prescriptions, sick notes or referrals"),
    ("please save my details for next time", "keep anything for next time"),
]


@pytest.mark.parametrize(("question", "says"), REQUESTS)
def test_a_request_to_act_gets_its_own_reply_on_the_ho_bank(ho, question, says):
    reply = ho.ask(question)
    assert reply.kind == "fallback"
    assert reply.id is None
    assert reply.via == "request"
    assert says in reply.text
    assert "your doctor or care team" in reply.text
    assert "personal medical advice" not in reply.text


# (the clinic's own fit-note entry, worded as a request of the same kind, answers "write me a sick note": below)
@pytest.mark.parametrize(("question", "says"), [case for case in REQUESTS if "sick note" not in case[0]])
def test_a_clinic_bank_names_its_own_contact(clinic, question, says):
    reply = clinic.ask(question)
    assert reply.kind == "fallback"
    assert says in reply.text
    assert "the Elm Street physio desk on 01632 960111" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "will there be a follow-up appointment after the op?",
        "how do the hospital book the scan?",
        "do you need a referral to see a physio?",
        "can a nurse take out the stitches?",
        "can you tell me what HO is",
        "should I call my doctor if the lump gets bigger?",
        "please explain the brooker scale",
        "do they send the results to my GP?",
        "call me silly but is HO a kind of cancer?",
        "i can't remember what grade 2 means",
    ],
)
def test_questions_about_care_are_no_requests(ho, question):
    reply = ho.ask(question)
    assert reply.via != "request"


def test_a_question_in_the_same_message_is_answered_with_the_line_after(ho):
    reply = ho.ask("Can I talk to a nurse please? And what is FOP?")
    assert reply.kind == "answer"
    assert reply.id == "genetic-ho"
    assert reply.text.endswith("To speak to someone, please contact your doctor or care team.")


@pytest.mark.parametrize(
    ("question", "entry", "line"),
    [
        ("could you book me an appointment what does FOP stand for", "genetic-ho", "To book or change an appointment"),
        ("i want to talk to a nurse how is HO treated", "treatment", "To speak to someone"),
    ],
)
def test_a_question_run_on_after_a_request_is_answered_too(ho, question, entry, line):
    # Typed with no mark between them (a phone, a kiosk): the request ends where its thing does, and the words
    # after it are a question of their own.
    reply = ho.ask(question)
    assert (reply.kind, reply.id) == ("answer", entry)
    assert line in reply.text


@pytest.mark.parametrize(
    "question", ["can I speak to a nurse about how long it takes", "book me an appointment is it ok"]
)
def test_words_after_a_request_that_ask_nothing_are_not_answered(ho, question):
    reply = ho.ask(question)
    assert (reply.kind, reply.via) == ("fallback", "request")


def test_the_conversation_goes_on_after_a_request(ho):
    session = ho.session()
    first = session.ask("what is FOP")
    assert first.id == "genetic-ho"
    assert session.ask("could someone phone me tomorrow").via == "request"
    assert session.ask("what are its symptoms?").id == "fop-symptoms"
    session = ho.session()
    offered = session.ask("what is FOP").suggestions
    session.ask("I want to speak to a real person")
    assert session.ask("1").id == offered[0].id  # the numbers shown before still pick


@pytest.mark.parametrize(
    "question",
    ["can you call an ambulance", "please send an ambulance to 4 Elm Road", "i need an ambulance", "ring 999 for me"],
)
def test_an_ambulance_asked_for_is_an_emergency(ho, clinic, question):
    for bot in (ho, clinic):
        assert bot.ask(question).kind == "emergency"


@pytest.mark.parametrize(
    "question",
    ["when should you call an ambulance for HO?", "we had the ambulance out for dad last year, can HO come back?"],
)
def test_a_question_about_ambulances_is_no_emergency(ho, question):
    assert ho.ask(question).kind != "emergency"


def test_triage_still_comes_first(ho):
    assert ho.ask("can you call an ambulance, my wife can't breathe").kind == "emergency"
    assert ho.ask("I need to speak to a nurse, the wound is leaking pus and smells").kind == "urgent"


def test_an_entry_worded_as_the_request_answers_it(clinic):
    reply = clinic.ask("can you order me a knee brace")
    assert reply.kind == "answer"
    assert reply.id == "ordering-braces"


@pytest.mark.parametrize("question", ["can I get a sick note for work", "could you write me a sick note for my boss"])
def test_a_sick_note_the_clinic_writes_of_is_answered(clinic, question):
    reply = clinic.ask(question)
    assert reply.kind == "answer"
    assert reply.id == "work-note"


def test_an_entry_that_only_names_an_appointment_does_not_answer_a_change(clinic):
    reply = clinic.ask("how do I move my physio appointment to Monday")
    assert reply.via == "request"
    assert "book or change an appointment" in reply.text


def test_nothing_of_a_request_is_logged(tmp_path):
    log = tmp_path / "unanswered.log"
    bot = Bot.load(log_unanswered=log)
    bot.ask("please ring me on 07700 900123 about my appointment")
    bot.ask("can you remember that my name is Joan Smith")
    assert not log.exists() or "0770" not in log.read_text() and "Joan" not in log.read_text()
