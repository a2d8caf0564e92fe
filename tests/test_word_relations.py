"""Everyday words a clinic's bank never uses reach its entries through WordNet's related words ("jet" is a kind
of "plane"), and no relation ever folds a part of the body, a condition or a procedure into another."""

from __future__ import annotations

import fnmatch
import json
import os
import re
from pathlib import Path

import pytest
from conftest import entries_yaml

import chatbot
from chatbot import Bot
from chatbot.understanding import relations
from chatbot.understanding.language import general_vocabulary

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = Path(chatbot.__file__).resolve().parent  # where the package is installed, not always the checkout

ENTRIES = (
    (
        "flying",
        "Can I fly on a plane after cataract surgery?",
        ["is flying safe after the cataract operation", "air travel after cataract surgery"],
        "Flying is usually fine a day or two after the operation; the air pressure in a cabin does not harm the eye.",
    ),
    (
        "driving",
        "When can I drive a car after cataract surgery?",
        ["driving after the cataract operation", "can I drive home after cataract surgery"],
        "Drive only once your eyesight meets the legal standard, usually a few days to a week after surgery.",
    ),
    (
        "washing",
        "When can I wash my hair after cataract surgery?",
        ["washing my hair after the cataract operation", "showering after cataract surgery"],
        "Wash your hair from the second day, tilting your head back so that no soapy water runs into the eye.",
    ),
    (
        "children",
        "Can a child have cataract surgery?",
        ["cataracts in children", "do children get cataracts"],
        "Some babies are born with a cataract, and it is removed early so that the eye learns to see.",
    ),
    (
        "hip",
        "Can I have cataract surgery after a hip replacement?",
        ["cataract operation after hip replacement", "hip replacement and cataract surgery"],
        "A recent hip replacement does not stop cataract surgery; tell the team so that they can help you lie flat.",
    ),
)
META = "meta:\n  title: Cataract surgery\n  topic: cataract surgery\n  source: tests\n  reviewed: 2025-01-01\n"


@pytest.fixture
def clinic(make_bank):
    return Bot.load(make_bank({"bank.yaml": META + entries_yaml(ENTRIES)}))


@pytest.fixture
def no_relations(monkeypatch):
    """WordNet's table as if it knew no word: what the bot makes of a question without it."""
    monkeypatch.setattr(relations, "_entries", lambda word: ["", "", "", ""])


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # A jet is a kind of plane (WordNet: jet -> airplane, whose words are "aeroplane", "plane").
        ("can I get on a jet after my cataract surgery", "flying"),
        # "Youngster" and "child" are words of one sense ("kid" is the general layer's own lay word for a child).
        ("can a youngster have cataract surgery", "children"),
    ],
)
def test_an_everyday_word_the_bank_never_uses_reaches_its_entry_through_a_related_word(
    clinic, make_bank, question, expected
):
    reply = clinic.ask(question)
    assert (reply.kind, reply.id) == ("answer", expected)


@pytest.mark.parametrize(
    "question", ["can I get on a jet after my cataract surgery", "can a youngster have cataract surgery"]
)
def test_without_the_relations_the_same_questions_are_not_answered(make_bank, no_relations, question):
    # The relation is what reaches the entry: without it, the bank does not know the word.
    bot = Bot.load(make_bank({"bank.yaml": META + entries_yaml(ENTRIES)}))
    assert bot.ask(question).kind != "answer"


@pytest.mark.parametrize("word", ["jet", "youngster"])
def test_a_related_word_replaces_only_a_word_the_bank_does_not_use(clinic, word):
    assert clinic.analyzer.related_word(word) != word
    assert clinic.analyzer.related_word("plane") == "plane"  # the bank's own word stays


@pytest.mark.parametrize(
    "question",
    [
        "can I have cataract surgery after a knee replacement",
        "can I have cataract surgery after a shoulder replacement",
        "can I have cataract surgery after I broke my arm",
    ],
)
def test_another_joint_or_injury_is_never_read_as_the_banks_hip(clinic, make_bank, monkeypatch, question):
    # A knee, a shoulder, an arm are not the bank's hip: no relation reads them so, and the relations change
    # nothing in what the bot replies to them. (Whether the matcher may still pick the hip entry for a knee, the
    # knee left as an unexplained detail, is its own question: the relations neither cause nor hide it.)
    tokens = clinic.analyzer.analyze(question).tokens
    assert "hip" not in tokens
    assert {"knee", "shoulder", "injury"} & set(tokens)  # the question's own part or injury, as typed
    with_relations = clinic.ask(question)
    monkeypatch.setattr(relations, "_entries", lambda word: ["", "", "", ""])
    without = Bot.load(make_bank({"bank.yaml": META + entries_yaml(ENTRIES)})).ask(question)
    assert (with_relations.kind, with_relations.id) == (without.kind, without.id)


def test_no_body_part_or_health_word_of_the_general_layer_is_read_as_another():
    # The table holds no word whose first sense is a part of the body or a condition; the analyzer never reads
    # a health word as another word anyway. Here the table alone: no body word leads to another body or health
    # word, and no health word leads to a part of the body.
    vocabulary = general_vocabulary()
    body = set(vocabulary["body_words"])
    health = set(vocabulary["health_words"]) | body
    for word in sorted(body):
        assert not set(relations.synonyms(word) + relations.kinds(word)) & health, word
    for word in sorted(health):
        assert not set(relations.synonyms(word) + relations.kinds(word)) & body, word


@pytest.mark.parametrize("word", ["knee", "hip", "shoulder", "elbow", "ankle", "wrist", "skin", "back", "fracture"])
def test_parts_of_the_body_and_conditions_have_no_relations(word):
    # Their first sense in WordNet is a part of the body or a condition: the table leaves them out.
    assert relations.synonyms(word) == ()
    assert relations.kinds(word) == ()


@pytest.mark.parametrize("word", ["codeine", "aspirin", "ibuprofen", "warfarin", "antibiotic", "painkiller"])
def test_a_medicine_is_never_read_as_another_medicine_or_as_medicine_in_general(word):
    # WordNet files codeine under "painkiller" and "medicine": read so, "how much codeine is safe?" reached a
    # bank's answer about its own painkillers. One medicine is never another, so medicines have no relations.
    assert relations.synonyms(word) == ()
    assert relations.kinds(word) == ()


def test_a_slang_sense_does_not_make_an_everyday_word_a_medicine():
    # Only a first sense counts: "jet" (also a street name of a drug) stays a plane.
    assert "plane" in relations.kinds("jet")


def test_no_body_or_health_word_is_ever_read_as_another_word(clinic):
    # "Heel" is first the back of a shoe in WordNet (a kind of "bottom"), but to the bot it is a part of the body.
    vocabulary = general_vocabulary()
    for word in sorted({*vocabulary["body_words"], *vocabulary["health_words"]}):
        assert clinic.analyzer.related_word(word) == word, word


def test_a_health_word_is_never_read_as_a_related_word(make_bank):
    # "Doctor" and "physician" are one sense in WordNet, but a health word names its own thing: the bot reads
    # health words as the general layer's synonyms say, never through WordNet.
    entries = (*ENTRIES, ("physician", "Will a physician check my eye after cataract surgery?",
                          ["seeing a physician after cataract surgery", "physician visit after the operation"],
                          "A nurse or an eye surgeon checks the eye the next day or within a few weeks."))
    bot = Bot.load(make_bank({"bank.yaml": META + entries_yaml(entries)}))
    assert "doctor" in bot.analyzer.health
    assert bot.analyzer.related_word("doctor") == "doctor"


def test_a_message_not_about_health_or_the_bank_keeps_its_own_words(clinic):
    # Laundry is washing in WordNet; a chore on a to-do list is no question about washing one's hair.
    assert relations.synonyms("laundry")[:1] == ("washing",)
    assert "wash" not in clinic.analyzer.analyze("I need to do laundry later today").tokens
    assert clinic.ask("I need to do laundry later today").kind != "answer"
    assert clinic.ask("can you add laundry to my to do list").kind != "answer"


def test_a_related_word_only_the_banks_answers_use_is_not_read(make_bank):
    # "Meat" is the kind "steak" is, but only an answer here says it: an answer names many things its entry
    # is not about.
    entries = (
        ("diet", "What should I eat after cataract surgery?", ["food after the cataract operation", "diet advice"],
         "Eat as you normally do: meat, fish and vegetables are all fine."),
        *ENTRIES,
    )
    bot = Bot.load(make_bank({"bank.yaml": META + entries_yaml(entries)}))
    assert bot.analyzer.related_word("steak") == "steak"


def test_the_table_ships_with_the_package_with_wordnets_licence():
    # Read from the package folder, offline: no download, no other package.
    assert os.path.isfile(relations.TABLE)
    assert Path(relations.TABLE).is_relative_to(PACKAGE)  # installed (CI) or in the checkout (editable)
    with open(relations.TABLE, encoding="utf-8") as handle:
        document = json.load(handle)
    assert "WordNet 3.0 Copyright 2006 by Princeton University" in document["licence"]
    assert len(document["relations"]) > 5000
    assert os.path.getsize(relations.TABLE) < 1_000_000
    assert "car" in relations.kinds("taxi")
    assert "car" in relations.kinds("taxis")  # a plural is read as its base form
    # A form only a verb has is read as the verb: "cracked" is no "gap", as the noun "crack" is.
    assert "gap" in relations.kinds("crack")
    assert "gap" not in relations.kinds("cracked")


def test_the_package_data_installs_the_table():
    # The package-data line for `chatbot` (tomllib is not in Python 3.10, which the project supports).
    line = re.search(r'^"chatbot" = (\[.*\])$', (ROOT / "pyproject.toml").read_text(), re.MULTILINE)
    patterns = json.loads(line.group(1))
    inside = Path(relations.TABLE).relative_to(PACKAGE).as_posix()
    assert any(fnmatch.fnmatch(inside, pattern) for pattern in patterns)


def test_a_story_that_only_names_a_part_of_the_body_keeps_its_own_words(make_bank):
    # Boots are footwear, and "are boots ok with a bunion?" asks about footwear. A story that only says where
    # ("on my feet all day in tight boots") is about no care: its boots stay boots, so the question after it
    # ("could I get a bunion?") is not read as one about footwear.
    meta = "meta: {title: Bunions, topic: bunions, short_name: bunion, source: tests, reviewed: 2024-01-01}\n"
    entries = (
        ("what-is-a-bunion", "What is a bunion?", ["what are bunions", "explain what a bunion is"],
         "A bunion is a bony bump at the base of the big toe. The toe leans towards the others over the years."),
        ("shoes", "Which shoes are best with bunions?",
         ["what footwear helps bunions", "can I wear heels with a bunion"],
         "Shoes with a wide, deep toe box and a low heel. Soft leather stretches and rubs less."),
    )
    bot = Bot.load(make_bank({"bank.yaml": meta + entries_yaml(entries)}))
    assert "footwear" in bot.analyzer.analyze("are boots ok with a bunion").tokens
    reply = bot.ask("are boots ok with a bunion")
    assert (reply.kind, reply.id) == ("answer", "shoes")
    assert "footwear" not in bot.analyzer.analyze("I work on my feet all day in tight boots").tokens
    assert bot.ask("I work on my feet all day in tight boots. Could I get a bunion?").kind != "answer"
