"""Bugs found by using the product as its people do (walkthrough 14), each pinned by a test of the real reply."""

from __future__ import annotations

import pytest

from chatbot import Bot

FOOT_BANK = """\
meta: {title: Foot clinic, topic: foot problems, source: tests, reviewed: 2024-01-01}
entries:
  - id: verruca
    question: How do I get rid of a verruca?
    alternates: [what is a verruca, are verrucas catching]
    answer: "A verruca is a wart on the sole of the foot. Many go away without treatment."
    source: Skin
    related: []
  - id: corn
    question: What is a corn on the foot?
    alternates: [how do I treat a corn, why do corns hurt]
    answer: "A corn is a small patch of thick, hard skin. It forms where a shoe rubs."
    source: Skin
    related: []
  - id: blister
    question: How do I look after a blister?
    alternates: [should I pop a blister, how long does a blister take to heal]
    answer: "Keep a blister clean and covered. Leave it whole where you can."
    source: Skin
    related: []
"""


# A short bank word typed with one letter doubled and another single ("verucca" for "verruca") is two slips
# away, more than a seven-letter word may have: the question was not read.


@pytest.mark.parametrize(
    "question", ["how do i get rid of a verucca", "what is a verucca", "what is a veruca", "are veruccas catching"]
)
def test_a_bank_word_typed_with_letters_doubled_or_single_is_read(make_bank, question):
    bot = Bot.load(make_bank({"bank.yaml": FOOT_BANK}))
    reply = bot.session().ask(question)
    assert (reply.kind, reply.id) == ("answer", "verruca"), (reply.kind, reply.id, reply.text[:60])


def test_a_doubled_letter_never_turns_an_english_word_into_a_bank_word(make_bank):
    # Only a word English does not know is corrected: "corner" and "cord" stay what they are.
    bot = Bot.load(make_bank({"bank.yaml": FOOT_BANK}))
    for word in ("corner", "cord", "bliss", "very"):
        assert bot.analyzer.correct(word) == word


# Who told the person is no subject of the message: "my physio said I have HO" got the physiotherapy answer
# ("Physical therapy helps many people with HO ..."), "my doctor said I have HO" the tests answer.


@pytest.mark.parametrize(
    "message",
    [
        "my physio said i have ho",
        "my physiotherapist said i have ho",
        "the physio thinks it might be HO",
        "physio says HO",
        "my physio told me i have heterotopic ossification",
        "my physio said it might be heterotopic ossification",
        "the physio mentioned HO",
        "my doctor said i have ho",
        "my surgeon told me that i have HO",
    ],
)
def test_who_reported_a_diagnosis_does_not_choose_the_answer(bot, message):
    alone = bot.session().ask("i have ho")
    reply = bot.session().ask(message)
    assert (reply.kind, reply.id) == (alone.kind, alone.id) == ("answer", "what-is-ho"), (reply.kind, reply.id)


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        ("can a physio help with HO", "physical-therapy"),
        ("my physio wants me to do exercises, will they help", "physical-therapy"),
        ("my physio said i have ho. how is it treated", "treatment"),
        ("how do doctors check for HO", "diagnosis"),
    ],
)
def test_a_question_about_the_teller_is_still_about_them(bot, message, entry):
    assert bot.session().ask(message).id == entry


CLINIC_BANK = """\
meta: {title: Back clinic, topic: sciatica, short_name: sciatica, source: tests, reviewed: 2024-01-01}
entries:
  - id: what-is-sciatica
    question: What is sciatica?
    alternates: [what does sciatica mean, explain sciatica]
    answer: "Sciatica is pain from the sciatic nerve. It runs down the back of the leg."
    source: Basics
    related: []
  - id: diagnosis
    question: How is sciatica diagnosed?
    alternates: [how will the doctor know it is sciatica, do I need a scan for sciatica]
    answer: "A doctor asks about the pain and examines the back and legs. A scan is seldom needed."
    source: Basics
    related: []
  - id: physio
    question: Can a physiotherapist help sciatica?
    alternates: [will physio help my sciatica, should I see a physio]
    answer: "A physiotherapist can teach exercises that ease the pain. Ask your GP about a referral."
    source: Care
    related: []
"""


@pytest.mark.parametrize(
    "message",
    ["my physio said i have sciatica", "my physio thinks its sciatica", "the gp said i have sciatica",
     "my doctor thinks it is sciatica"],
)
def test_who_reported_a_diagnosis_does_not_choose_a_clinics_answer(make_bank, message):
    # The teller got the physiotherapy or the diagnosis entry (so on the gout and sciatica tuning banks).
    reply = Bot.load(make_bank({"bank.yaml": CLINIC_BANK})).session().ask(message)
    assert (reply.kind, reply.id) == ("answer", "what-is-sciatica"), (reply.kind, reply.id)


def test_a_question_to_a_clinic_about_the_physio_still_reaches_it(make_bank):
    assert Bot.load(make_bank({"bank.yaml": CLINIC_BANK})).session().ask("will a physio help").id == "physio"


# On a big bank (many conditions), the choices offered must be about what the question names: "what are the symptoms
# of Zarnov syndrome?" was offered Zarnov disease and Zarnov disorder beside it ("syndrome", "disease" and "disorder"
# are one concept), and "does Zarnov syndrome hurt?" three entries on pain in general.


@pytest.fixture(scope="module")
def big_bot(tmp_path_factory):
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent
    sys.path.insert(0, str(root.parent / "benchmarks"))
    from medquad_bank import write_bank
    from test_big_bank_subjects import _entries

    folder = tmp_path_factory.mktemp("walkthrough14-big") / "bank"
    write_bank(_entries(), folder, with_topic_words=True)
    return Bot.load(folder)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("what are the symptoms of zarnov syndrome", "zarnov-syndrome-symptoms"),
        ("zarnov syndrome symptoms", "zarnov-syndrome-symptoms"),
        ("how is zarnov syndrome treated", "zarnov-syndrome-treatment"),
        ("what are the symptoms of quillet disorder", "quillet-disorder-symptoms"),
    ],
)
def test_a_big_banks_choices_keep_to_the_name_the_question_typed(big_bot, question, entry):
    reply = big_bot.session().ask(question)
    assert (reply.kind, reply.id) == ("answer", entry), (reply.kind, reply.id, [s.id for s in reply.suggestions])


def test_a_big_banks_choices_are_about_the_condition_the_question_names(big_bot):
    reply = big_bot.session().ask("does zarnov syndrome hurt")
    assert reply.kind != "answer"
    assert all(s.id.startswith("zarnov") for s in reply.suggestions), [s.id for s in reply.suggestions]


def test_a_big_banks_choices_stay_when_the_question_names_no_more(big_bot):
    # "Zarnov" alone names all three: the person still chooses.
    reply = big_bot.session().ask("what are the symptoms of zarnov")
    assert reply.kind == "clarify" and len(reply.suggestions) >= 2, (reply.kind, reply.id)
    assert all(s.id.startswith("zarnov") for s in reply.suggestions)


# Right after an urgent or emergency reply, "should we go to A&E?" got "Sorry, my information does not cover that"
# and "what should I do?" the personal-advice refusal: what to do about the red flag just told is the red-flag reply.

URGENT_STORY = "my calf is swollen and red since yesterday after my hip op"


@pytest.mark.parametrize(
    "then",
    ["should we go to a&e", "should i go to the hospital", "what should i do", "should i call 999?",
     "can it wait till monday", "do we need an ambulance", "is it serious", "is that bad", "what causes it"],
)
def test_what_to_do_right_after_a_red_flag_gets_the_red_flag_reply(bot, then):
    session = bot.session()
    first = session.ask(URGENT_STORY)
    assert first.kind == "urgent"
    reply = session.ask(then)
    assert (reply.kind, reply.text) == ("urgent", first.text)


def test_what_to_do_right_after_an_emergency_gets_the_emergency_reply(bot):
    session = bot.session()
    first = session.ask("my dad has chest pain and is sweating a lot")
    assert first.kind == "emergency"
    assert session.ask("what do we do").kind == "emergency"


@pytest.mark.parametrize("then", ["should we go to a&e", "what should i do"])
def test_what_to_do_without_a_red_flag_is_no_red_flag(bot, then):
    session = bot.session()
    assert session.ask(then).kind == "fallback"
    session.ask(URGENT_STORY)
    session.reset()
    assert session.ask(then).kind == "fallback"


def test_a_question_the_bank_answers_after_a_red_flag_is_answered(bot):
    session = bot.session()
    session.ask(URGENT_STORY)
    assert (session.ask("what is HO").kind, session.ask("how is it treated").id) == ("answer", "treatment")


def test_it_after_an_answer_in_between_is_the_topic_again(bot):
    session = bot.session()
    session.ask(URGENT_STORY)
    session.ask("what is HO")
    assert session.ask("is it serious").id == "how-serious"


def test_a_request_some_messages_after_a_red_flag_is_read_as_it_is(bot):
    session = bot.session()
    session.ask("i think im having a heart attack")
    session.ask("will physiotherapy help my hip move better")
    assert session.ask("should we go to a&e").kind == "fallback"


# Everyday health words as patients spell them: "acident" stems to "acid" (a word the general layer knows), so it was
# never corrected to "accident"; "exray" is how "x-ray" sounds.


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("can an acident cause ho", "injury-cause"),
        ("can a car acident cause ho", "injury-cause"),
        ("does ho show on an exray", "imaging-tests"),
        ("will ho show up on exrays", "imaging-tests"),
        ("can a hip replacment cause ho", "hip-replacement"),
    ],
)
def test_everyday_health_words_as_patients_spell_them(bot, question, entry):
    reply = bot.session().ask(question)
    assert (reply.kind, reply.id) == ("answer", entry), (reply.kind, reply.id)


def test_a_word_that_shares_a_stem_with_a_bank_word_is_left_alone(bot):
    # "replacment" stems as "replacement" does: read through its stem, not corrected to another word.
    assert bot.analyzer.correct("replacment") == "replacment"
    assert bot.analyzer.correct("acident") == "accident"
