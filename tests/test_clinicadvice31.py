"""Round 29 (clinicadvice31): what a person asks to have or do while on a treatment ("can I have a pint on
apixaban?", "can I get pregnant on rivaroxaban?") asks a general fact of that treatment, which a clinic's entry
answers for everyone: it gets that entry after the personal-advice note, with its source line. The treatment after
"on", "with" or "while" only tells what the person is on; the act is on the words before it. A decision on the
treatment, "should I", someone else, an amount, two treatments, or an entry that never speaks of what is asked stay
refused.

The clinic is a made-up blood-thinner clinic, written as a clinic writes one; the questions are our own.
"""

from __future__ import annotations

import pytest
from conftest import entries_yaml

from chatbot import Bot

ENTRIES = (
    (
        "alcohol",
        "Can I drink alcohol on a blood thinner?",
        ["Does alcohol affect anticoagulants?", "Can I drink alcohol on apixaban or rivaroxaban?"],
        "Most people can have a small amount of alcohol with a blood thinner. Heavy drinking raises the risk of "
        "bleeding. If you are not sure what is safe for you, ask the clinic.",
    ),
    (
        "pregnancy",
        "Can I get pregnant while on a blood thinner?",
        ["Are anticoagulants safe in pregnancy?", "Can I get pregnant on apixaban or rivaroxaban?"],
        "Some blood thinners can harm a baby, so talk to the clinic before trying for a baby, and do not just "
        "stop your medicine.",
    ),
    (
        "stopping",
        "Can I stop taking my blood thinner?",
        ["When can anticoagulants be stopped?", "Is it dangerous to come off a blood thinner?"],
        "Never stop a blood thinner without talking to the clinic first: a clot may form.",
    ),
)

META = (
    "meta:\n  title: Blood thinner clinic\n  topic: blood thinners (anticoagulants)\n  short_name: blood thinners\n"
    "  source: tests\n  reviewed: 2025-01-01\n"
)


@pytest.fixture(scope="module")
def clinic(tmp_path_factory):
    folder = tmp_path_factory.mktemp("thinners") / "bank"
    folder.mkdir()
    (folder / "bank.yaml").write_text(META + entries_yaml(ENTRIES), encoding="utf-8")
    return Bot.load(folder)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("can i have a pint on apixaban", "alcohol"),
        ("can i have a few beers while im on rivaroxaban", "alcohol"),
        ("can i get pregnant on rivaroxaban", "pregnancy"),
    ],
)
def test_what_may_be_had_on_a_treatment_gets_the_entry(clinic, question, entry):
    reply = clinic.session().ask(question)
    assert (reply.kind, reply.id) == ("answer", entry)
    assert reply.text.startswith(clinic.bank.messages["personal_advice"].strip())  # still says why, first
    assert reply.source  # the entry's source line goes with it


@pytest.mark.parametrize(
    "question",
    [
        "can i just stop my apixaban",  # a decision on the treatment
        "should i have a pint on apixaban",  # whether one person ought to
        "can my dad have a pint on apixaban",  # someone else
        "can i have 2 pints on apixaban",  # an amount
        "can i take ibuprofen with apixaban",  # two treatments
        "can i have a tattoo on apixaban",  # no entry speaks of it
    ],
)
def test_decisions_and_what_no_entry_speaks_of_stay_refused(clinic, question):
    reply = clinic.session().ask(question)
    assert reply.kind != "answer"
    assert clinic.bank.messages["personal_advice"].strip() in reply.text


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("can i have a pint on apixaban", ("pint",)),
        ("can i get pregnant on rivaroxaban", ("pregnant",)),
        ("can i have a few beers while im on warfarin", ("beers",)),
        ("can i take ibuprofen with warfarin", ()),
        ("can i stay on apixaban while pregnant", ()),
        ("should i have a pint on apixaban", ()),
        ("can i have the injection with my warfarin", ()),
        ("can i have 2 pints on apixaban", ()),
    ],
)
def test_the_thing_asked_while_on_a_treatment(clinic, question, asked):
    found, _treatment = clinic.advice.object_while_on_treatment(question)
    assert found == asked


def test_the_packaged_bank_has_no_entry_for_drink(tmp_path):
    reply = Bot.load().session().ask("can i have a few beers while im on naproxen")
    assert reply.kind != "answer"
