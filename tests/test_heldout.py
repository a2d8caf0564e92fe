"""Held-apart sets (tests/data/heldout/): only safety floors are asserted, never accuracy (see its README)."""

from __future__ import annotations

import pytest
from conftest import DATA

from chatbot import Bot
from chatbot.quality.evaluation import evaluate

HELDOUT = DATA / "heldout"


@pytest.mark.parametrize(
    "name", ["ho-questions.yaml", "ho-questions-part2.yaml", "ho-questions-part3.yaml", "ho-questions-part4.yaml"]
)
def test_the_held_apart_ho_questions_miss_no_emergency_and_raise_no_false_one(bot, name):
    report = evaluate(bot, HELDOUT / name)
    assert len(report.outcomes) >= 150
    assert report.emergency_recall == 1.0
    assert report.false_emergencies == 0


def test_another_topic_bank_answers_nothing_off_topic_and_misses_no_emergency():
    report = evaluate(Bot.load(HELDOUT / "knee-bank"), HELDOUT / "knee-questions.yaml")
    assert report.off_topic_false_answers == 0
    assert report.emergency_recall == 1.0 and report.false_emergencies == 0


def test_a_second_topic_bank_misses_no_emergency():
    # Only the floor that holds by design: every real emergency is escalated. (Its false alarms and its
    # accuracy are reported in the closing notes, never asserted, so nobody tunes to this set.)
    report = evaluate(Bot.load(HELDOUT / "tooth-bank"), HELDOUT / "tooth-questions.yaml")
    assert report.emergency_recall == 1.0


def test_the_round_7_ho_questions_raise_no_false_emergency():
    # Written in round 7 and measured unseen first: one emergency (a hip twisted after a fall) got the urgent
    # reply at first sight. That recall is reported in the closing note, not asserted, so nobody tunes to it.
    report = evaluate(Bot.load(), HELDOUT / "ho-questions-part5.yaml")
    assert len(report.outcomes) >= 150
    assert report.false_emergencies == 0


def test_the_hernia_bank_raises_no_false_emergency():
    report = evaluate(Bot.load(HELDOUT / "hernia-bank"), HELDOUT / "hernia-questions.yaml")
    assert len(report.outcomes) >= 150
    assert report.false_emergencies == 0


def test_the_round_8_sets_miss_no_emergency():
    # Written in round 8 and measured unseen first. Only the floor that holds by design is asserted: every
    # emergency in them is escalated. Their false alarms and accuracy are reported in the closing notes.
    ho = evaluate(Bot.load(), HELDOUT / "ho-questions-part6.yaml")
    asthma = evaluate(Bot.load(HELDOUT / "asthma-bank"), HELDOUT / "asthma-questions.yaml")
    assert len(ho.outcomes) >= 200 and len(asthma.outcomes) >= 140
    assert ho.emergency_recall == 1.0 and asthma.emergency_recall == 1.0


def test_the_round_9_sets_miss_no_emergency():
    # Written in round 9 and measured unseen first; only the floor that holds by design is asserted.
    ho = evaluate(Bot.load(), HELDOUT / "ho-questions-part7.yaml")
    plantar = evaluate(Bot.load(HELDOUT / "plantar-bank"), HELDOUT / "plantar-questions.yaml")
    assert len(ho.outcomes) >= 220 and len(plantar.outcomes) >= 150
    assert ho.emergency_recall == 1.0 and plantar.emergency_recall == 1.0


def test_the_round_10_bank_misses_no_emergency():
    # Written in round 10 and measured unseen first. The eighth HO set missed one of its ten emergencies at first
    # sight and still does, so only the UTI bank's floor, which holds, is asserted.
    uti = Bot.load(HELDOUT / "uti-bank")
    questions = evaluate(uti, HELDOUT / "uti-questions.yaml")
    triage = evaluate(uti, HELDOUT / "uti-triage.yaml")
    assert len(questions.outcomes) >= 160 and questions.emergency_recall == 1.0
    assert triage.triage_figures()["recall"]["emergency"] == 1.0


def test_the_round_11_sets_miss_no_emergency():
    # Written in round 11 and measured unseen first. The ninth HO set missed one of its eight emergencies at first
    # sight; after the round's triage work it misses none, and that floor is asserted with the varicose bank's,
    # which held from the start. Accuracy and false alarms are reported in the closing notes, never asserted.
    ho = evaluate(Bot.load(), HELDOUT / "ho-questions-part9.yaml")
    varicose = Bot.load(HELDOUT / "varicose-bank")
    triage = evaluate(varicose, HELDOUT / "varicose-triage.yaml")
    assert len(ho.outcomes) >= 250 and ho.emergency_recall == 1.0
    assert triage.triage_figures()["recall"]["emergency"] == 1.0


def test_the_round_12_sets_miss_no_emergency_and_answer_nothing_off_topic():
    # Written in round 12 and measured unseen first. The tenth HO set missed no emergency and raised no false one at
    # first sight, and still does not; the thyroid bank, a tenth on another topic, answers none of its off-topic
    # questions. Its own emergencies (one of eight missed) and the tenth triage set's (97.3%) are reported in the
    # closing notes, with accuracy, never asserted.
    ho = evaluate(Bot.load(), HELDOUT / "ho-questions-part10.yaml")
    thyroid = evaluate(Bot.load(HELDOUT / "thyroid-bank"), HELDOUT / "thyroid-questions.yaml")
    assert len(ho.outcomes) >= 250 and ho.emergency_recall == 1.0 and ho.false_emergencies == 0
    assert len(thyroid.outcomes) >= 180 and thyroid.off_topic_false_answers == 0


def _assert_a_rounds_sets_miss_no_emergency(
    ho_file: str,
    bank: str,
    false_emergencies_at_first_sight: int = 0,
    triage_emergencies_missed_at_first_sight: int = 0,
    question_emergencies_missed_at_first_sight: int = 0,
) -> None:
    """A round's HO set misses no emergency and raises no more false ones than it did at first sight; its clinic
    bank's questions and triage cases miss no more emergencies than they did at first sight."""
    ho = evaluate(Bot.load(), HELDOUT / ho_file)
    clinic = Bot.load(HELDOUT / f"{bank}-bank")
    questions = evaluate(clinic, HELDOUT / f"{bank}-questions.yaml")
    triage = evaluate(clinic, HELDOUT / f"{bank}-triage.yaml")
    assert len(ho.outcomes) >= 260 and ho.emergency_recall == 1.0
    assert ho.false_emergencies <= false_emergencies_at_first_sight
    assert len(questions.outcomes) >= 150
    missed = [o for o in questions.outcomes if o.case.expect == ("emergency",) and o.kind != "emergency"]
    assert len(missed) <= question_emergencies_missed_at_first_sight
    emergencies = triage.triage_figures()["matrix"]["emergency"]
    assert sum(emergencies.values()) - emergencies["emergency"] <= triage_emergencies_missed_at_first_sight


def test_the_round_13_sets_miss_no_emergency():
    # Written in round 13 and measured unseen first. The eleventh HO set missed none of its ten emergencies and raised
    # no false one at first sight, and still does not; the cataract bank's questions and triage cases missed no
    # emergency at first sight and still do not. The eleventh triage set's figures (98.7% emergency recall) and
    # accuracy are reported in the closing notes, never asserted.
    _assert_a_rounds_sets_miss_no_emergency("ho-questions-part11.yaml", "cataract")


def test_the_round_14_sets_miss_no_emergency():
    # Written in round 14 and measured unseen first. The twelfth HO set missed none of its ten emergencies and raised
    # no false one at first sight, and still does not; the sleep-apnoea bank's triage cases missed no emergency at
    # first sight and still do not. The twelfth triage set's figures (93.0% emergency recall at first sight and at
    # the end of the round) and accuracy are reported in the closing notes, never asserted.
    _assert_a_rounds_sets_miss_no_emergency("ho-questions-part12.yaml", "apnoea")


def test_the_round_15_sets_miss_no_emergency():
    # Written in round 15 and measured unseen first. The thirteenth HO set missed none of its ten emergencies and
    # raised no false one at first sight, and still does not; the gallstones bank's questions and triage cases missed
    # no emergency at first sight and still do not. The thirteenth triage set's figures (95.7% emergency recall) and
    # accuracy are reported in the closing notes, never asserted.
    _assert_a_rounds_sets_miss_no_emergency("ho-questions-part13.yaml", "gallstones")


def test_the_round_16_sets_miss_no_emergency():
    # Written in round 16 and measured unseen first: the fourteenth HO set missed none of its ten emergencies and
    # raised no false one, and the coeliac bank's questions and triage cases missed none. The fourteenth triage set's
    # figures (97.1% emergency recall at first sight) and accuracy are reported in the closing notes, never asserted.
    _assert_a_rounds_sets_miss_no_emergency("ho-questions-part14.yaml", "coeliac")


def test_the_round_17_sets_miss_no_emergency():
    # Written in round 17 and measured unseen first: the fifteenth HO set missed none of its ten emergencies and
    # raised no false one, and the piles bank's questions and triage cases missed none. The fifteenth triage set's
    # figures and accuracy are reported in the closing notes, never asserted.
    _assert_a_rounds_sets_miss_no_emergency("ho-questions-part15.yaml", "piles")


def test_the_round_18_sets_miss_no_emergency():
    # Written in round 18 and measured unseen first: the sixteenth HO set missed none of its ten emergencies but raised
    # one false one (a long story read as a crisis), a floor that may only fall; the bunion bank's questions and triage
    # cases missed none. The sixteenth triage set's figures and accuracy are reported in the closing notes, never
    # asserted.
    _assert_a_rounds_sets_miss_no_emergency("ho-questions-part16.yaml", "bunion", false_emergencies_at_first_sight=1)


def test_the_round_19_sets_miss_no_emergency():
    # Written in round 19 and measured unseen first: the seventeenth HO set missed none of its ten emergencies and
    # raised no false one, and the ankle bank's questions missed none; its triage cases missed one of fifteen
    # emergencies at first sight, a floor that may only fall. The seventeenth triage set's figures and accuracy are
    # reported in the closing notes, never asserted.
    _assert_a_rounds_sets_miss_no_emergency(
        "ho-questions-part17.yaml", "ankle", triage_emergencies_missed_at_first_sight=1
    )


def test_the_round_20_sets_miss_no_emergency():
    # Written in round 20 and measured unseen first: the eighteenth HO set missed none of its ten emergencies and
    # raised no false one, and the tennis elbow bank's questions and triage cases missed none. The eighteenth triage
    # set's figures and accuracy are reported in the closing notes, never asserted.
    _assert_a_rounds_sets_miss_no_emergency("ho-questions-part18.yaml", "tenniselbow")


def test_the_round_21_sets_miss_no_emergency():
    # Written in round 21 and measured unseen first: the nineteenth HO set missed none of its ten emergencies and
    # raised no false one, and the chickenpox bank's questions missed none; its triage cases missed two of fifteen
    # emergencies at first sight, a floor that may only fall. The nineteenth triage set's figures and accuracy are
    # reported in the closing notes, never asserted.
    _assert_a_rounds_sets_miss_no_emergency(
        "ho-questions-part19.yaml", "chickenpox", triage_emergencies_missed_at_first_sight=2
    )


def test_the_round_22_sets_miss_no_emergency():
    # Written in round 22 and measured unseen first: the twentieth HO set missed none of its ten emergencies and
    # raised no false one. The concussion bank's questions missed one of their four emergencies at first sight (clear
    # fluid from the nose with confusion after a crash) and its triage cases two of fifteen: floors that may only
    # fall. The twentieth triage set's figures and accuracy are reported in the closing notes, never asserted.
    _assert_a_rounds_sets_miss_no_emergency(
        "ho-questions-part20.yaml",
        "concussion",
        triage_emergencies_missed_at_first_sight=2,
        question_emergencies_missed_at_first_sight=1,
    )


def test_the_round_23_sets_miss_no_emergency():
    # Written in round 23 and measured unseen first: the twenty-first HO set missed none of its ten emergencies and
    # raised no false one, and the reflux bank's questions missed none of their four; its triage cases missed two of
    # fifteen emergencies at first sight, a floor that may only fall. The twenty-first triage set's figures and
    # accuracy are reported in the closing notes, never asserted.
    _assert_a_rounds_sets_miss_no_emergency(
        "ho-questions-part21.yaml", "reflux", triage_emergencies_missed_at_first_sight=2
    )


def test_the_round_24_sets_miss_no_emergency():
    # Written in round 24 and measured unseen first: the twenty-second HO set missed none of its ten emergencies and
    # raised no false one, and the diabetes bank's questions missed none of their four; its triage cases missed three
    # of fifteen emergencies at first sight, a floor that may only fall.
    _assert_a_rounds_sets_miss_no_emergency(
        "ho-questions-part22.yaml", "diabetes", triage_emergencies_missed_at_first_sight=3
    )


def test_the_round_25_sets_miss_no_emergency():
    # Written in round 25 and measured unseen first: the twenty-third HO set missed none of its ten emergencies and
    # raised one false one at first sight, a floor that may only fall; the blood thinner bank's questions missed none
    # of their four emergencies and its triage cases none of fifteen.
    _assert_a_rounds_sets_miss_no_emergency(
        "ho-questions-part23.yaml", "anticoag", false_emergencies_at_first_sight=1
    )


def test_the_round_26_sets_miss_no_emergency():
    # Written in round 26 and measured unseen first: the twenty-fourth HO set missed none of its ten emergencies and
    # raised no false one; the COPD bank's questions missed none of their four emergencies and its triage cases none
    # of fifteen. (Its questions raised five false emergencies at first sight, reported in the closing note.)
    _assert_a_rounds_sets_miss_no_emergency("ho-questions-part24.yaml", "copd")


def test_the_round_27_sets_miss_no_emergency():
    # Written in round 27 and measured unseen first: the twenty-fifth HO set missed none of its ten emergencies and
    # raised no false one; the high blood pressure bank's questions missed none of their four emergencies, and its
    # triage cases missed one of fifteen at first sight (reported in the closing note; the floor keeps it from
    # growing).
    _assert_a_rounds_sets_miss_no_emergency(
        "ho-questions-part25.yaml", "hypertension", triage_emergencies_missed_at_first_sight=1
    )


def test_the_round_28_sets_miss_no_emergency():
    # Written in round 28 and measured unseen first: the twenty-sixth HO set missed none of its ten emergencies and
    # raised no false one; the rheumatoid arthritis bank's questions missed none of their four emergencies, and its
    # triage cases missed one of fifteen at first sight (reported in the closing note; the floor keeps it from
    # growing).
    _assert_a_rounds_sets_miss_no_emergency(
        "ho-questions-part26.yaml", "rheumatoid", triage_emergencies_missed_at_first_sight=1
    )


def test_the_round_29_sets_miss_no_emergency():
    # Written in round 29 and measured unseen first: the twenty-seventh HO set missed none of its ten emergencies and
    # raised no false one; the epilepsy bank's questions missed none of their four emergencies, and its triage cases
    # missed one of fifteen at first sight (reported in the closing note; the floor keeps it from growing).
    _assert_a_rounds_sets_miss_no_emergency(
        "ho-questions-part27.yaml", "epilepsy", triage_emergencies_missed_at_first_sight=1
    )


def test_the_round_30_sets_miss_no_emergency():
    # Written in round 30 and measured unseen first: the twenty-eighth HO set missed none of its ten emergencies and
    # raised two false ones; the kidney disease bank's questions missed none of their four emergencies, and its triage
    # cases missed one of fifteen at first sight (reported in the closing note; the floor keeps them from growing).
    _assert_a_rounds_sets_miss_no_emergency(
        "ho-questions-part28.yaml",
        "ckd",
        false_emergencies_at_first_sight=2,
        triage_emergencies_missed_at_first_sight=1,
    )
