"""Round 15 (advice17): personal requests the rules missed are refused, and general questions they refused are
answered. "Does that mean I have it?", a filler inside a phrase ("should I even have ..."), "do I stop it?" and a
diagnosis joined to a second request by "and" ask for advice; a question word before a yes-or-no frame ("what is my
risk ...?"; not "what is this ...?", where the bank's reading of the rest may answer wrongly), the safety of a
treatment asked of no one, an operation that only tells when ("after surgery"), how often something other than a
treatment is done, and "which signs should I not ignore" do not.

The clinic is a made-up frozen-shoulder clinic, written as a clinic writes one; the questions are our own.
"""

from __future__ import annotations

import pytest
from conftest import entries_yaml

from chatbot import Bot

ENTRIES = (
    (
        "what-is-it",
        "What is frozen shoulder?",
        ["what does frozen shoulder mean", "why does my shoulder get stiff and painful"],
        "The lining of the shoulder joint thickens and tightens, so the shoulder becomes painful and stiff.",
    ),
    (
        "injection",
        "Are steroid injections safe for frozen shoulder?",
        ["side effects of a steroid injection in the shoulder", "risks of a shoulder steroid injection"],
        "Most people have few problems; the skin may thin or the sugar level rise for a day or two. The clinic "
        "talks through the risks with you first.",
    ),
    (
        "sleeping",
        "How should I sleep with a frozen shoulder?",
        ["how often should i change position at night", "sleeping positions for a frozen shoulder"],
        "Many people sleep on the other side with a pillow hugged in front, and change position when the ache "
        "wakes them.",
    ),
)

META = (
    "meta:\n  title: Frozen shoulder\n  topic: frozen shoulder\n  short_name: frozen shoulder\n  source: tests\n"
    "  reviewed: 2025-01-01\n"
)


@pytest.fixture(scope="module")
def clinic(tmp_path_factory):
    folder = tmp_path_factory.mktemp("frozen") / "bank"
    folder.mkdir()
    (folder / "bank.yaml").write_text(META + entries_yaml(ENTRIES), encoding="utf-8")
    return Bot.load(folder)


@pytest.mark.parametrize(
    "question",
    [
        "does that mean i have frozen shoulder",  # a diagnosis after a finding
        "does that mean my wife has frozen shoulder and needs the injection",  # ... joined to a second request
        "is the pain in my arm frozen shoulder",  # a diagnosis of one's own pain
        "should i even bother with the physio",  # a filler inside the request, and "bother with"
        "should i really have the steroid injection",  # a filler inside "should I have"
        "do i stop my painkillers before the injection",  # a decision asked plainly
        "do i stop it if they start me on naproxen?",  # ... on what "it" points to
        "does he skip the tablets on the day of the injection",
    ],
)
def test_personal_requests_the_rules_missed_are_refused(clinic, question):
    assert clinic.advice.asks_for_advice(question), question
    reply = clinic.session().ask(question)
    assert reply.kind != "answer" or clinic.bank.messages["personal_advice"].strip() in reply.text
    assert not clinic.advice.may_answer_in_its_general_form(question), question


@pytest.mark.parametrize(
    "question",
    [
        "what is my chance of frozen shoulder after a broken arm",  # "is my ..." after a question word
        "why do i keep having scans for my shoulder",  # "do I keep" asks why
        "how long do i carry on with the sling",  # ... or how long
        "which signs should i not ignore with a frozen shoulder",  # what not to ignore, not whom
    ],
)
def test_questions_with_a_question_word_are_not_requests(clinic, question):
    assert not clinic.advice.asks_for_advice(question), (question, clinic.advice.rule_for(question))


@pytest.mark.parametrize(
    "question",
    [
        "are painkillers safe when they are used after an operation",  # safety asked of no one
        "are steroid injections dangerous",
        "how often should i move my arm at night",  # how often, no treatment named
    ],
)
def test_the_gate_lets_general_forms_through(clinic, question):
    assert clinic.advice.may_answer_in_its_general_form(question), question


@pytest.mark.parametrize(
    "question",
    [
        "is the steroid injection safe for my mum",  # safety for someone
        "are the side effects of the injection bad for him",
        "how often should i have the injection",  # how often a treatment is used
        "how long should i take the painkillers",
        "how often should i do the stretches",  # ... or an activity a care team gives
        "can i take paracetamol after the ibuprofen",  # a medicine in a phrase of time still counts
        "does that mean i have frozen shoulder",
    ],
)
def test_the_gate_keeps_doses_decisions_and_someone(clinic, question):
    assert not clinic.advice.may_answer_in_its_general_form(question), question


def test_treatment_safety_asked_of_no_one_gets_the_entry_after_the_note(clinic):
    reply = clinic.session().ask("are steroid injections safe for frozen shoulder")
    assert reply.kind == "answer" and reply.id == "injection"


@pytest.fixture(scope="module")
def ho():
    return Bot.load()


@pytest.mark.parametrize(
    "question",
    [
        "does this mean my grandad has HO and needs an operation?",
        "is my knee HO or arthritis",
        "do i stop my blood thinner if the surgeon gives me indomethacin?",
        "should i even bother with the physio",
        "is radiotherapy safe for my mum at 85?",
        "is it safe for me to take ibuprofen after my surgery",
        "could my lump be HO or something else?",
        "i think i have HO, should i just stop the tablets",
        "what is this HO my doctor keeps saying",  # refused, not read as how HO is diagnosed
    ],
)
def test_ho_personal_requests_are_never_answered(ho, question):
    assert ho.session().ask(question).kind != "answer", question


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("what is my risk of HO after a hip replacement", "hip-replacement"),
    ],
)
def test_ho_questions_with_a_question_word_are_answered(ho, question, entry):
    reply = ho.session().ask(question)
    assert reply.kind == "answer" and reply.id == entry
    assert ho.bank.messages["personal_advice"].strip() not in reply.text
