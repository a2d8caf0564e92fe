"""Answers that cannot mislead: no hip figures for other joints, no folded synonyms, safety first."""

from __future__ import annotations

import re

import pytest

HIP_FIGURE = re.compile(r"\b90\s*(%|percent|per cent)|\b9 in 10\b|\bnine in ten\b", re.I)

OTHER_JOINT_QUESTIONS = [
    "can a knee replacement cause HO?",
    "I had a knee replacement, will I get heterotopic ossification",
    "how common is extra bone after a shoulder replacement",
    "what percentage of people get HO after a total knee replacement",
    "my dad had his knee replaced, how likely is ho",
    "is HO common after an elbow replacement",
    "chance of heterotopic bone after knee arthroplasty",
    "does a new shoulder cause extra bone growth",
]


@pytest.mark.parametrize("question", OTHER_JOINT_QUESTIONS)
def test_a_question_about_another_joint_never_gets_the_hip_figure(bot, question):
    reply = bot.session().ask(question)
    assert reply.id != "hip-replacement", reply.text
    assert not HIP_FIGURE.search(reply.text), reply.text
    assert reply.kind == "fallback" or reply.id == "other-joint-replacement", (reply.kind, reply.id)


def test_a_knee_question_after_a_hip_question_does_not_inherit_the_hip_figure(session):
    assert session.ask("can a hip replacement cause HO?").id == "hip-replacement"
    for question in ("what about a knee replacement?", "and after a knee replacement?"):
        reply = session.ask(question)
        assert reply.id != "hip-replacement" and not HIP_FIGURE.search(reply.text), (question, reply.text)


def test_the_other_joint_answer_says_its_figures_are_about_hips_and_points_to_the_surgeon(bot):
    answer = bot.bank.by_id["other-joint-replacement"].answer
    assert not re.search(r"\d", answer)
    assert "hip" in answer and "surgeon" in answer


def test_the_hip_answer_says_its_figure_is_about_hips(bot):
    answer = bot.bank.by_id["hip-replacement"].answer
    assert HIP_FIGURE.search(answer) and "hips only" in answer and "surgeon" in answer


@pytest.mark.parametrize(
    ("phrase", "not_concept"),
    [
        ("knee replacement", "hipreplace"),
        ("shoulder replacement", "hipreplace"),
        ("joint replacement", "hipreplace"),
        ("hip surgery for a fracture", "hipreplace"),
        ("bone spurs after surgery", "ho"),
        ("calcified muscle", "ho"),
        ("a broken arm", "ho"),
        ("new bone growth", "ho"),
        ("a heterotopic pregnancy", "ho"),
        ("ossification of a ligament", "ho"),
        ("night sweats", "fever"),
        ("a muscle knot", "lump"),
        ("a frozen shoulder", "stiff"),
        ("blood thinners", "warfarin"),
        ("the pain scale", "brooker"),
    ],
)
def test_synonyms_do_not_fold_another_thing_into_ours(bot, phrase, not_concept):
    assert not_concept not in bot.analyzer.analyze(phrase).tokens


@pytest.mark.parametrize(("phrase", "concept"), [("total hip replacement", "hipreplace"), ("coumadin", "warfarin")])
def test_synonyms_still_fold_the_same_thing_said_another_way(bot, phrase, concept):
    assert concept in bot.analyzer.analyze(phrase).tokens


@pytest.mark.parametrize("entry_id", ["early-symptoms", "fever", "lump", "joint-stiffness", "mistaken-symptoms"])
def test_symptom_answers_open_with_what_to_check_with_the_care_team(bot, entry_id):
    first_sentence = re.split(r"(?<=[.!?])\s+", bot.bank.by_id[entry_id].answer)[0]
    assert "other causes" in first_sentence and re.search(r"care team|doctor", first_sentence), first_sentence


@pytest.mark.parametrize("entry_id", ["grade-1", "grade-2", "grade-3", "grade-4"])
def test_grade_answers_name_their_scale_so_they_stand_alone(bot, entry_id):
    answer = bot.bank.by_id[entry_id].answer
    assert f"grade {entry_id[-1]}" in answer and "HO" in answer and "Brooker scale" in answer
