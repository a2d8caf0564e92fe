"""Round 30 (clinicsubj32): the tuning clinic banks' misses by cause, and the two gates tallied and not built
(tools/clinic_miss_causes32.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import clinic_miss_causes32 as misses  # noqa: E402


def _one_question(**fields):
    row = {"q": "when do the clips come out", "expect": ["stitches-clips"], "tags": [], "kind": "fallback",
           "got": None, "label": "miss", "subject": "knee replacement", "questions": ["when do the clips come out"],
           "story": [], "whole": [], "alone": [[]], "alone_subject": [[]], "story_top": [], "half": "a"}
    row.update(fields)
    return row


def test_a_one_question_miss_whose_leader_is_right_is_under_the_bar():
    row = _one_question(whole=[["stitches-clips", 70.9, 1.0]])
    assert misses.cause_of(row) == "one question: leads right under the bar"


def test_the_subject_lent_counts_only_where_the_question_names_none():
    lent = [[["stitches-clips", 72.0, 1.0]]]
    assert misses.cause_of(_one_question(alone_subject=lent)) == (
        "one question: the bank's subject not lent (no subject of its own)"
    )
    named = _one_question(q="when do knee clips come out", questions=["when do knee clips come out"],
                          alone_subject=lent)
    assert misses.cause_of(named) == "one question: no reading leads right (reach)"


def test_a_triage_reply_is_its_own_cause():
    assert misses.cause_of(_one_question(kind="urgent")) == "one question: urgent reply"


def test_a_story_takes_the_story_causes():
    row = _one_question(tags=["story"], story=["my mum had her knee done"], story_top=[["stitches-clips", 40, 0.5]])
    assert misses.cause_of(row).startswith("story: ")


def _agreeing(**fields):
    row = _one_question(tags=["story"], story=["chemist sold me a wrist brace."],
                        lent=[["splints", 40.2, 0.56], ["night", 20.0, 0.3]], defines=False, own=False,
                        story_top=[["splints", 21.8, 0.17]], whole=[["splints", 29.9, 0.28]],
                        alone=[[["pain-after", 30.0, 0.4]]], expect=["splints"])
    row.update(fields)
    return row


def test_three_readings_agreeing_pass_and_one_dissenting_fails():
    assert misses.agrees(_agreeing(), 30, 0.4)
    assert not misses.agrees(_agreeing(whole=[["pain-after", 29.9, 0.28]]), 30, 0.4)
    assert not misses.agrees(_agreeing(), 30, 0.4, alone_too=True)  # the question alone leads elsewhere


def test_the_topic_entry_and_a_question_with_its_own_subject_never_agree():
    assert not misses.agrees(_agreeing(defines=True), 30, 0.4)
    assert not misses.agrees(_agreeing(own=True), 30, 0.4)
    assert not misses.agrees(_agreeing(), 45, 0.4)


def test_outcome_of_a_leader():
    assert misses.outcome(_agreeing(), "splints") == "right"
    assert misses.outcome(_agreeing(), "night") == "wrong"
    assert misses.outcome(_agreeing(expect=["fallback"]), "splints") == "off"


def test_a_far_lead_needs_score_coverage_and_margin():
    far = {"top": [["time-off-school", 66.8, 1.0], ["how-long-it-lasts", 36.6, 0.56]], "defines": False}
    assert misses.far_ahead(far, 60, 0.75, 20)
    assert not misses.far_ahead(far, 60, 0.75, 40)
    assert not misses.far_ahead({**far, "defines": True}, 60, 0.75, 20)
    assert not misses.far_ahead(far, 70, 0.75, 20)
