"""tools/leader_bar_evidence.py, the round's analysis of a clinic's leader under the answer bar (round 28,
clinicbar30): the evidence recorded for an unanswered message, and the search for a gate that answers right leaders
and no wrong, off-topic or CLINC150 one."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import leader_bar_evidence as tool  # noqa: E402

from chatbot.bot import Bot  # noqa: E402

ECZEMA = ROOT / "tests" / "data" / "tuning" / "eczema-bank"


def test_an_unanswered_clinic_question_is_described_by_its_leaders_evidence():
    bot = Bot.load(ECZEMA)
    reply, row = tool.ask(bot, "does eczema run in famlies")
    assert reply.kind in ("fallback", "clarify")
    # The causes entry leads; "families" is read as the genetic concept only that entry (its answer) says.
    assert row["leader"] == "causes"
    assert row["own"]["rarest"] == "genetic" and row["own"]["rarest_users"] == 1 and row["own"]["rarest_leader"]
    assert row["own"]["question_only"] == []  # its questions never say it
    assert row["second"]["id"] == "causes"  # the second reading agrees
    assert row["names_topic"]
    # The file expects the who-gets-it entry: this leader is a wrong one.
    assert tool.label_of(row, ["who-gets-it"], "set") == "wrong"
    assert tool.label_of(row, ["fallback"], "set") == "offtopic"
    assert tool.label_of(row, ["fallback"], "clinc") == "clinc"


def test_an_answered_question_and_one_never_matched_give_no_evidence_row():
    bot = Bot.load(ECZEMA)
    _reply, row = tool.ask(bot, "what is the capital of france")
    assert row == {"leader": None, "score": 0.0, "about_health": False}
    reply, row = tool.ask(bot, "What is eczema?")
    assert reply.kind == "answer" and row is None


def _row(label: str, score: float, topic: bool, half: str = "even") -> dict:
    """A described row, every test but the score and the topic named at its loosest."""
    return {
        "label": label, "half": half, "leader": "a", "about_health": True, "asks_more": False, "phrasings": 3,
        "asks_blank": False, "story": False, "names_topic": topic, "names_health": True,
        "readings": {"whole": {"score": score, "coverage": 0.5, "margin": 10.0}},
        "own": {"question_only": [], "question_only_zipf": 9.0, "entry_only": [], "entry_only_zipf": 9.0},
        "second": {"id": "b", "ratio": 1.0},
        "evidence": {"kind_agrees": False, "kind_differs": False},
        "left_asked": {"left_health": 0, "left_number": 0, "left_rare": 0, "left_other": 0},
    }  # fmt: skip


GRID = {"score": [60, 55, 50, 45, 40], "topic": [True, False], "guards": [True, False]}


def test_the_search_keeps_only_rules_with_no_wrong_off_topic_or_clinc_row():
    rows = [_row("right", 62.0, True), _row("right", 48.0, True), _row("wrong", 52.0, False), _row("clinc", 40, False)]
    found = tool.best_rules(rows, grid=GRID)
    right, rule = found[0]
    # Both right leaders name the topic and the wrong one does not: the topic, not the score, tells them apart.
    assert right == 2 and rule["topic"] is True and rule["score"] <= 48
    assert tool.tally(rows, rule) == {"right": 2, "wrong": 0, "offtopic": 0, "clinc": 0}
    # With the topic no evidence only the score is left: above the wrong leader's, at the cost of one right.
    for row in rows:
        row["names_topic"] = True
    right, rule = tool.best_rules(rows, grid=GRID)[0]
    assert right == 1 and rule["score"] > 52


def test_a_rule_is_checked_on_rows_it_was_not_chosen_on():
    rule = {"score": 45, "topic": True}
    assert tool.tally([_row("wrong", 50.0, True, half="odd"), _row("right", 44.0, True)], rule) == {
        "right": 0, "wrong": 1, "offtopic": 0, "clinc": 0,
    }  # fmt: skip
