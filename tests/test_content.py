"""The packaged bank keeps its promises to patients: plain words, short answers, no doses, a way on."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import textstat
import yaml

import chatbot
from chatbot import load_bank
from chatbot.safety.triage import general_triage

BANK = load_bank()
MEDICINE_ENTRIES = ["medicines-for-ho", "warfarin", "nsaids", "prevention", "ask-before-medicine"]


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def test_the_packaged_bank_has_no_warnings():
    """Gaps a clinic's draft may have (few alternates, no source, a long answer) are never in ours."""
    assert BANK.notes == ()


@pytest.mark.parametrize("entry", BANK.entries, ids=lambda e: e.id)
def test_every_answer_is_two_to_five_short_sentences(entry):
    assert 2 <= len(sentences(entry.answer)) <= 5, entry.answer
    assert len(entry.answer) <= 600


@pytest.mark.parametrize("entry", BANK.entries, ids=lambda e: e.id)
def test_every_entry_has_six_ways_to_ask_and_up_to_three_follow_ups(entry):
    assert len(set(entry.alternates)) >= 6
    assert 1 <= len(entry.related) <= 4
    assert entry.source.strip()


def test_answers_read_at_grade_six_or_below_on_average():
    grades = {entry.id: textstat.flesch_kincaid_grade(entry.answer) for entry in BANK.entries}
    assert sum(grades.values()) / len(grades) <= 6.0, grades
    assert max(grades.values()) <= 8.0, grades


@pytest.mark.parametrize("entry", BANK.entries, ids=lambda e: e.id)
def test_every_sentence_of_an_answer_is_short(entry):
    assert max(len(sentence.split()) for sentence in sentences(entry.answer)) <= 25, entry.answer


def test_no_answer_gives_a_dose():
    dose = re.compile(r"\b\d+(\.\d+)?\s*(mg|milligrams?|mcg|ml|units?|tablets?|pills?|times a day)\b", re.I)
    assert [e.id for e in BANK.entries if dose.search(e.answer)] == []


@pytest.mark.parametrize("entry_id", MEDICINE_ENTRIES)
def test_medicine_answers_point_to_the_doctor(entry_id):
    assert re.search(r"\b(doctor|pharmacist|provider)\b", BANK.by_id[entry_id].answer, re.I)


def test_answers_about_missing_lists_say_so_instead_of_guessing():
    # The article lost three lists (other causes, health conditions, imaging tests).
    for entry_id in ("other-conditions", "imaging-tests"):
        answer = BANK.by_id[entry_id].answer.lower()
        assert "doctor" in answer and ("can't name" in answer or "does not say" in answer)


def test_every_entry_is_in_a_topic_group_once():
    grouped = [entry_id for group in BANK.topic_groups for entry_id in group.ids]
    assert sorted(grouped) == sorted(e.id for e in BANK.entries)


def test_the_bot_says_it_is_not_a_doctor():
    assert "not a doctor" in BANK.screens["safety_note"]
    doctor_talk = next(s for s in BANK.smalltalk if s.id == "are-you-a-doctor")
    assert "not a doctor" in doctor_talk.answer


def test_emergency_wording_names_the_numbers_and_a_crisis_line():
    rules = general_triage().rules
    assert "{emergency_number}" in rules.wording["emergency"] and "{emergency_number}" in rules.wording["urgent"]
    for number in ("911", "112", "999"):
        assert number in rules.emergency_number
    # The crisis lines and the urgent service are the table's defaults, which a bank's meta may replace (round 15).
    assert "{crisis_lines}" in rules.wording["crisis"] and "{crisis_lines}" in rules.safety_lines["crisis"]
    assert "988" in rules.crisis_lines and "116 123" in rules.crisis_lines
    assert "{urgent_service}" in rules.wording["urgent"] and "NHS 111" in rules.urgent_service


def test_fallbacks_point_to_the_doctor_or_pharmacist():
    assert "doctor" in BANK.messages["not_covered"]
    assert "pharmacist" in BANK.messages["personal_advice"]


def _general_wording() -> dict[str, str]:
    """What the general layer says to a patient in full sentences: messages, screens, tier replies, safety lines."""
    folder = Path(chatbot.__file__).parent / "general"
    conversation = yaml.safe_load((folder / "conversation.yaml").read_text(encoding="utf-8"))
    triage = yaml.safe_load((folder / "triage" / "triage.yaml").read_text(encoding="utf-8"))
    texts = {f"{section}.{key}": text for section in ("messages", "screens")
             for key, text in conversation[section].items() if isinstance(text, str)}
    for key, value in triage["wording"].items():
        for name, text in (value.items() if isinstance(value, dict) else [("", value)]):
            texts[f"wording.{key}.{name}"] = text
    texts.update({f"rule {number}": rule["safety_line"] for number, rule in enumerate(triage["rules"])
                  if rule.get("safety_line")})
    # A label of a word or two ("Urgent") has no reading grade worth the name.
    return {key: text for key, text in texts.items() if len(text.split()) >= 8}


def test_the_general_layers_wording_reads_at_grade_five_on_average_and_ten_at_most():
    grades = {key: textstat.flesch_kincaid_grade(text) for key, text in _general_wording().items()}
    assert len(grades) >= 30
    assert sum(grades.values()) / len(grades) <= 5.0, grades
    assert max(grades.values()) <= 10.0, {key: grade for key, grade in grades.items() if grade > 10}
