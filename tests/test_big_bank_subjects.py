"""A big bank answers a message read part by part only with an entry about what the message names.

On a bank of many conditions (as MedQuAD's 14,000 entries), a long message read sentence by sentence used to
reach an entry through one word of a longer name or a general word: "trisomy 13" the entry on glycogen storage
disease type 13, "are they gluten free?" the one on gluten sensitivity, "jock itch" the one on itching. The
bank here is written the way `benchmarks/medquad_bank.py` writes MedQuAD (a question and six alternates an
entry, the conditions' words as topic words), with conditions made up for the test beside a few real names.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from chatbot import Bot
from chatbot.understanding.message import with_headings_ended

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from medquad_bank import FRAMES, GENERIC_FRAMES, slug, write_bank  # noqa: E402

QUESTIONS = {
    "information": "What is (are) {f}?",
    "symptoms": "What are the symptoms of {f}?",
    "causes": "What causes {f}?",
    "treatment": "What are the treatments for {f}?",
    "exams and tests": "How to diagnose {f}?",
}
ANSWERS = {
    "information": "{f} is a condition described on this page for the tests.",
    "symptoms": "The signs of {f} named here are made up for the tests.",
    "causes": "What leads to {f} is set out here for the tests.",
    "treatment": "Care for {f} is described here for the tests.",
    "exams and tests": "Doctors find {f} with the checks listed here for the tests.",
}
REAL = [
    "Trisomy 13",
    "Trisomy 18",
    "Glycogen storage disease type 13",
    "Gluten sensitivity",
    "Itching",
    "Burns",
    "Miscarriage",
    "Medicines",
    "Pain",
    "Fibromyalgia",
]
# Enough made-up conditions that one condition's five entries (or two trisomies' ten) are few of them (2%).
MADE_UP = [
    f"{first} {second}"
    for first in ("Zarnov", "Quillet", "Brask", "Tovin", "Meldar", "Pexor", "Drumel", "Varsk", "Keltin", "Orvan")
    for second in ("syndrome", "disease", "disorder", "palsy", "fever", "deficiency", "dystrophy", "anemia",
                   "myopathy", "neuropathy")
]  # fmt: skip


def _entries() -> list[dict]:
    entries = []
    for name in REAL + MADE_UP:
        for aspect, question in QUESTIONS.items():
            if name == "Trisomy 13" and aspect == "exams and tests":
                continue  # as in MedQuAD: how trisomy 13 is diagnosed is no entry of its own
            frames = [*FRAMES[aspect], *GENERIC_FRAMES]
            entries.append(
                {
                    "id": slug(f"{name} {aspect}"),
                    "question": question.format(f=name),
                    "alternates": [frame.format(f=name) for frame in frames[:6]],
                    "answer": ANSWERS[aspect].format(f=name),
                    "source": f"Test conditions: {name}",
                    "related": [],
                    "_name": name,
                    "_medquad": slug(f"{name} {aspect}"),
                    "_stands_for": [],
                }
            )
    return entries


@pytest.fixture(scope="module")
def bot(tmp_path_factory):
    folder = tmp_path_factory.mktemp("subjects") / "bank"
    write_bank(_entries(), folder, with_topic_words=True)
    return Bot.load(folder)


def _reply(bot: Bot, text: str):
    return bot.session().ask(text)


def test_the_bank_is_big_enough_for_words_that_name_few_entries(bot):
    assert len(bot.bank.entries) >= 500
    assert bot.matcher.tells_few
    assert bot.matcher.names_few("gluten") and not bot.matcher.names_few("symptom")


def test_a_number_matches_as_part_of_its_name(bot):
    # Read part by part, the story's "trisomy 13" and the question's "diagnose" reached the only entry on how a
    # condition with a 13 is diagnosed: glycogen storage disease type 13. Its subject is not what was named.
    reply = _reply(bot, "trisomy 13\nOur grandson was born with it. How do doctors diagnose the disorder?")
    assert not (reply.id or "").startswith("glycogen"), reply
    # The same question about the bank's own trisomy 18 is answered.
    reply = _reply(bot, "My niece has trisomy 18 and I am trying to read up. How do doctors diagnose it?")
    assert reply.kind == "answer" and reply.id == "trisomy-18-exams-and-tests", reply


def test_a_thing_named_with_a_number_the_bank_lacks_gets_no_answer_about_another_thing(bot):
    # The bank names trisomy 13 and 18, never 7: the causes asked are trisomy 7's, not the miscarriages'.
    message = (
        "trisomy 7\ntrisomy 7. I had 3 miscarriages and the last showed trisomy 7. Could you offer me information"
        " on this? What are the causes?"
    )
    assert _reply(bot, message).id != "miscarriage-causes"


def test_a_word_inside_a_longer_name_is_not_that_entry(bot):
    # "jock" stands next to "itch" every time, and the itching entries never say it: jock itch is another thing.
    reply = _reply(bot, "Jock Itch\nI have had jock itch for a month. What are the symptoms?")
    assert not (reply.id or "").startswith("itching"), reply


def test_a_common_qualifier_leaves_the_name_as_it_is(bot):
    # "acute" names many entries' conditions in a bank like MedQuAD; here it is a word no question uses, so it is
    # rarer than "fibromyalgia" and would make a longer name: the word the bank's questions use more is the name.
    reply = _reply(bot, "Fibromyalgia\nI was told I have fibromyalgia last year. What are the treatments for it?")
    assert reply.kind == "answer" and reply.id == "fibromyalgia-treatment", reply


def test_a_general_entry_does_not_answer_for_a_thing_the_bank_does_not_know(bot):
    reply = _reply(bot, "Zembrolax\nMy doctor gave me zembrolax for my chest. Is there a better medicine?")
    assert reply.id != "medicines-information", reply


def test_the_rules_leave_a_small_bank_alone():
    clinic = Bot.load(Path(__file__).resolve().parent / "data" / "heel-bank")
    assert not clinic.matcher.tells_few
    assert not clinic.matcher.names_few("plantar")


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Jock Itch\nI have jock itch and a rash", "Jock Itch.\nI have jock itch and a rash"),
        ("trisomy 7\ncould you tell me more about it", "trisomy 7.\ncould you tell me more about it"),
        # A subject line that ends with a mark, or with a word that goes on, is left as typed.
        ("Shingles?\nhow do I stop it coming back", "Shingles?\nhow do I stop it coming back"),
        ("My dad has HO and\nhe cannot bend his hip now", "My dad has HO and\nhe cannot bend his hip now"),
        # A next line that does not start a sentence (no capital, question word, pronoun, or auxiliary and its
        # subject) goes on: "My dad / had a hip replacement" is one sentence.
        ("My dad\nhad a hip replacement and now has HO", "My dad\nhad a hip replacement and now has HO"),
        ("bundle blockage\ncould you tell me what it is", "bundle blockage.\ncould you tell me what it is"),
        # A long line broken by the sender's mail program goes on into the next.
        (
            "He has been on the tablets for almost a year now and reduced them. How\nlong will they stay in him",
            "He has been on the tablets for almost a year now and reduced them. How\nlong will they stay in him",
        ),
        # A body of a few words goes with the line before it: "ischemic stroke / define?" asks what it names.
        ("ischemic stroke\ndefine?", "ischemic stroke\ndefine?"),
        ("what is HO", "what is HO"),
    ],
)
def test_a_short_subject_line_is_a_sentence_of_its_own(typed, read):
    assert with_headings_ended(typed) == read


def test_a_subject_line_is_not_run_into_the_message(bot):
    # Read as one sentence, "Itching I have had it ..." would be a run-on; read as lines, the subject line is the
    # story's subject and the question asks of it.
    reply = _reply(bot, "Itching\nI have had it on my arms for weeks. What causes it?")
    assert reply.kind == "answer" and reply.id == "itching-causes", reply


def test_triage_still_reads_the_message_as_typed(bot):
    assert _reply(bot, "help\nI can't\nbreathe").kind == "emergency"
