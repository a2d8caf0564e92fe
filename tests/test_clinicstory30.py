"""Round 28 (clinicstory30): the tuning clinic banks' story misses sorted by cause (tools/clinic_story_causes30.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import clinic_story_causes30 as causes  # noqa: E402


def _row(**fields):
    row = {"expect": ["inr-test"], "tags": ["story"], "kind": "fallback", "got": None, "label": "miss",
           "subject": "anticoagulants", "questions": ["what does the number mean?"], "story": ["my INR was 3.4"],
           "alone": [[]], "alone_subject": [[]], "story_top": [], "whole": [], "alone_reply": [["fallback", None]]}
    row.update(fields)
    return row


def test_a_triage_reply_is_its_own_cause_before_any_reading():
    assert causes.cause(_row(kind="urgent", questions=None)) == "a triage reply on a settled history"


def test_no_question_found():
    assert causes.cause(_row(questions=None)) == "the asking clause not found"
    assert causes.cause(_row(questions=[])) == "a statement: no question split out"


def test_an_advice_refusal_comes_before_the_readings():
    row = _row(questions=None, advice_refused=True, alone_reply=[["answer", "inr-test"]])
    assert causes.cause(row) == "refused as a request for personal advice"


def test_the_question_alone_answered_right_blames_the_story():
    row = _row(alone_reply=[["answer", "inr-test"], ["fallback", None]])
    assert causes.cause(row) == "the question alone is answered right: read with the story's words"


def test_the_question_alone_answered_otherwise_needs_the_story():
    row = _row(alone_reply=[["answer", "serious-bleeding"]])
    assert causes.cause(row) == "the question alone is answered with another entry: the story is needed"


def test_the_subject_lent_only_when_the_question_names_none():
    lent = _row(alone_subject=[[["inr-test", 70.0, 0.9]]])
    assert causes.cause(lent) == "the bank's subject not lent to a no-subject question"
    named = _row(questions=["what do anticoagulants do to the number?"], alone_subject=[[["inr-test", 70.0, 0.9]]])
    assert causes.cause(named) != "the bank's subject not lent to a no-subject question"


def test_the_story_leading_and_the_bank_reach():
    assert causes.cause(_row(story_top=[["inr-test", 50.0, 0.5]])).startswith("the question points into the story")
    assert causes.cause(_row(story_top=[["alcohol", 50.0, 0.5]])) == "no reading leads right (the bank's reach)"


def test_a_story_is_a_tag_a_story_part_or_two_questions():
    assert causes.is_story(_row())
    assert causes.is_story(_row(tags=[], story=[], questions=["a?", "b?"]))
    assert not causes.is_story(_row(tags=[], story=[], questions=["a?"]))


def test_the_labels():
    class Case:
        expect = ("inr-test",)

    class Reply:
        kind, id = "answer", "alcohol"

    assert causes.label(Case, Reply) == "wrong"
    Reply.kind, Reply.id = "urgent", None
    assert causes.label(Case, Reply) == "miss"
    Case.expect = ("fallback",)
    assert causes.label(Case, Reply) == "falseU"
