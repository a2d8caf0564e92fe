"""Triage on a clinic's bank whose everyday symptoms look like red flags: a sign the bank's own texts speak of
needs a stronger word to escalate (rules that say `if_bank_own`), the defining emergency combinations always
escalate, and the same message escalates on a bank that does not speak of the sign."""

from __future__ import annotations

import copy

import pytest

from chatbot import BankError
from chatbot.bank.loader import load_bank
from chatbot.bot import Bot
from chatbot.safety.triage import GENERAL_TRIAGE, general_triage, rules_from_document
from chatbot.safety.triage_file import read_triage_document

CARPAL = [
    "Why do my fingers go numb at night with carpal tunnel?",
    "my hand goes numb and tingly when I drive",
    "Numbness, tingling and pins and needles in the thumb and fingers are the usual signs.",
]
SCIATICA = [
    "Why is my foot numb with sciatica?",
    "tingling toes and sciatica",
    "Sciatica hurts down the leg into the calf: a throbbing, aching or burning pain in the calf is common.",
]
MIGRAINE = [
    "What is a migraine aura?",
    "An aura can be zigzag lights, a tingling hand or numbness down one side of the face before the headache.",
]
PILES = ["Is bleeding normal with piles?", "Bright red blood on the toilet paper or on the outside of your poo."]


def _triage(names, texts):
    return general_triage(frozenset(names)).for_bank(texts)


@pytest.mark.parametrize(
    ("names", "texts", "text"),
    [
        (["carpal tunnel"], CARPAL, "my fingers and hand went numb on one side in the night, is it my carpal tunnel?"),
        (["sciatica"], SCIATICA, "burning pain in my calf when i sit in the car, could that be the nerve"),
        (["migraine"], MIGRAINE, "my face has gone numb on one side with my migraine aura"),
        (["piles"], PILES, "there's blood in my poo again, bright red on the paper, is that the piles"),
    ],
)
def test_the_banks_own_everyday_sign_is_answered_with_a_safety_line(names, texts, text):
    assessment = _triage(names, texts).assess(text)
    assert assessment.tier == "routine", assessment
    assert assessment.informational, assessment
    # Look-alike the other way: the same message on the general table (a bank that never speaks of it) escalates.
    assert general_triage(frozenset(names)).assess(text).tier != "routine"


@pytest.mark.parametrize(
    ("names", "texts", "text", "tier"),
    [
        # A stronger word: sudden, severe, spreading, worse, both legs.
        (["carpal tunnel"], CARPAL, "my fingers suddenly went numb this morning", "urgent"),
        (["sciatica"], SCIATICA, "my foot has gone numb since yesterday and it is spreading up my leg", "urgent"),
        (["sciatica"], SCIATICA, "the pain in my calf is excruciating today", "urgent"),
        # The rule's own defining signs, which the bank never calls everyday.
        (["sciatica"], SCIATICA, "my calf is swollen and hot since yesterday", "urgent"),
        (["sciatica"], SCIATICA, "my foot is numb and has turned blue", "emergency"),
        (["migraine"], MIGRAINE, "my face is drooping and my speech is slurred", "emergency"),
        (["migraine"], MIGRAINE, "sudden worst headache of my life", "emergency"),
        (["piles"], PILES, "blood in my poo and I feel dizzy", "urgent"),
        (["piles"], PILES, "my poo is black and tarry", "urgent"),
        # Another rule the bank does not speak of: numbness with bladder loss (cauda equina).
        (["sciatica"], SCIATICA, "my legs are numb and i cant control my bladder since this morning", "emergency"),
    ],
)
def test_a_stronger_word_or_a_defining_sign_still_escalates(names, texts, text, tier):
    assert _triage(names, texts).assess(text).tier == tier


def test_only_rules_that_say_if_bank_own_learn_the_banks_signs():
    triage = _triage(
        ["sciatica"], [*SCIATICA, "Numbness round your bottom and losing control of your bladder is cauda equina."]
    )
    assert "new-numbness-anywhere" in triage.bank_own_rules
    assert "bladder-bowel-with-numbness" not in triage.bank_own_rules
    # The shared general table is never changed by a bank.
    assert not general_triage(frozenset({"sciatica"})).bank_own_rules


def test_a_bot_learns_the_everyday_signs_from_its_bank(tmp_path):
    (tmp_path / "entries.yaml").write_text(
        "meta:\n  title: Carpal tunnel\n  topic: carpal tunnel\n  source: a test bank\n  reviewed: 2026-01-01\n"
        "entries:\n  - id: numb-fingers\n    question: Why do my fingers go numb at night?\n"
        "    alternates: [numb fingers with carpal tunnel, pins and needles in my hand]\n"
        "    answer: Pressure on a nerve in the wrist makes the thumb and fingers numb or tingle, often at night.\n"
        "    source: test\n    related: []\n",
        encoding="utf-8",
    )
    bot = Bot(load_bank(tmp_path))
    assert {"new-numbness-anywhere", "new-numbness-or-weakness"} <= bot.triage.bank_own_rules
    assert "bladder-bowel-with-numbness" not in bot.triage.bank_own_rules


def test_if_bank_own_must_be_below_the_rules_tier():
    document = copy.deepcopy(read_triage_document(GENERAL_TRIAGE))
    rule = next(rule for rule in document["rules"] if rule["name"] == "heavy-bleeding")
    rule["if_bank_own"] = {"tier": "emergency"}
    with pytest.raises(BankError, match="if_bank_own needs a tier below"):
        rules_from_document(document)


def _bank(folder, questions, extra=""):
    entries = "".join(
        f"  - id: q{number}\n    question: {question}\n    answer: A short answer for a test bank.\n"
        f"    source: test\n    related: []\n"
        for number, question in enumerate(questions)
    )
    (folder / "entries.yaml").write_text(
        "meta:\n  title: Wrists\n  topic: wrist pain\n  source: a test bank\n  reviewed: 2026-01-01\n"
        f"{extra}entries:\n{entries}",
        encoding="utf-8",
    )
    return Bot(load_bank(folder))


def test_a_clinics_reviewed_triage_expected_list_makes_a_sign_everyday(tmp_path):
    text = "my calf aches and throbs at night, is it the nerve?"
    plain = _bank(tmp_path, ["How long does a wrist splint take to work?"])
    assert plain.triage.assess(text).tier == "urgent"
    (tmp_path / "entries.yaml").unlink()
    reviewed = _bank(
        tmp_path,
        ["How long does a wrist splint take to work?"],
        "triage:\n  expected: [an aching or throbbing calf from the nerve]\n",
    )
    assert reviewed.triage.assess(text).tier == "routine"
    # The clot's own signs still escalate on that bank.
    assert reviewed.triage.assess("my calf is swollen, red and hot since yesterday").tier == "urgent"


def test_a_triage_section_must_list_what_is_expected(tmp_path):
    with pytest.raises(BankError, match="'triage' must be a mapping with 'expected'"):
        _bank(tmp_path, ["How long does a splint take to work?"], "triage:\n  expected: []\n")


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # General false alarms found on clinic banks: a condition that ruins life, a pile that pops out, a
        # streak of blood on the poo.
        ("i get 8 migraines a month and its ruining my life. what can stop them", "routine"),
        ("soft lump pops out when i go and goes back in by itself, had it for years", "routine"),
        ("bright red streak on my poo and on the paper", "routine"),
        # Their look-alikes still escalate.
        ("i want to end my life", "emergency"),
        ("my hip popped out", "urgent"),
        ("red streaks going up my arm from the cut", "urgent"),
        # Cauda equina, thunderclap, stroke and heavy bleeding in words the table did not know.
        ("my dad has bad sciatica and he messed himself today, he didnt feel it coming", "emergency"),
        ("his penis feels numb and he cant tell if his bladder is full", "emergency"),
        ("just pooed myself without knowing, i have sciatica", "emergency"),
        ("this headache hit me all at once, the worst pain of my life", "emergency"),
        ("head exploded with pain a few mins ago, neck stiff now", "emergency"),
        ("weakness in my arm and my face feels like its dropping", "emergency"),
        ("the toilet is full of blood and im shaky", "emergency"),
    ],
)
def test_general_words_from_clinic_banks(text, tier):
    assert general_triage(frozenset({"migraine"})).assess(text).tier == tier


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # Same-day signs of a back, head or bottom condition (NHS sciatica, back pain, headaches, piles).
        ("now the pain is going down both legs, before it was just the left", "urgent"),
        ("my foot is getting weaker every day with this sciatica", "urgent"),
        ("i had cancer before and now i have back pain", "urgent"),
        ("my headaches are getting worse every day", "urgent"),
        ("i am 60 and my scalp is sore to touch and my jaw hurts when i chew", "urgent"),
        ("aura thats lasted over an hour and still wont go", "urgent"),
        ("my pile came out and now its gone dark and wont go back in", "urgent"),
        ("piles and now i have a high temp and feel shivery", "urgent"),
        # Look-alikes: asked about, everyday, or one-sided.
        ("what is a migraine with aura that lasts over an hour", "routine"),
        ("my sciatica pain goes down my left leg", "routine"),
        ("my migraines are getting worse, what can i do", "routine"),
        ("my pile comes out when i go and goes back in by itself", "routine"),
        ("can back pain cause a fever?", "routine"),
    ],
)
def test_same_day_signs_of_back_head_and_bottom_conditions(text, tier):
    assert general_triage(frozenset({"sciatica"})).assess(text).tier == tier


def test_only_texts_with_a_marked_sign_word_are_read_in_full(monkeypatch):
    # A 50,000-entry bank has 300,000 questions: reading each through the whole table took minutes.
    from chatbot.safety.triage import Triage

    read = []
    real = Triage._read
    monkeypatch.setattr(Triage, "_read", lambda self, text: read.append(text) or real(self, text))
    plain = [f"How long does recovery take after operation number {n}?" for n in range(1000)]
    assert general_triage().for_bank(plain).bank_own_rules == frozenset()
    assert read == []
    assert general_triage().for_bank(plain + CARPAL).bank_own_rules == general_triage().for_bank(CARPAL).bank_own_rules
    assert 0 < len(read) <= 2 * len(CARPAL)


def test_an_onset_word_and_a_place_without_the_symptom_make_no_sign_the_banks_own(bot):
    # "What is the chance of HO after a new knee?" has "new" and a knee but no numbness: before, it made new
    # numbness the packaged bank's everyday content, so "my leg went numb this morning" was read as routine.
    assert (
        general_triage().for_bank(["what is the chance of heterotopic ossification after a new knee"]).bank_own_rules
        == frozenset()
    )
    assert "new-numbness-anywhere" not in bot.triage.bank_own_rules
    assert general_triage().for_bank(["why are my fingers numb"]).bank_own_rules >= {"new-numbness-anywhere"}
