"""tools/leader_unique_words.py, the round's analysis of a clinic's unanswered leaders (round 25, clinicrecall27): a
leader placed by its band and by the words only its questions say, on rows as tools/wrong_answers.py writes them."""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import leader_unique_words  # noqa: E402


def _row(question: str, expect: list[str], label: str, kind: str = "fallback") -> dict:
    return {"bank": "afib", "question": question, "before": [], "expect": expect, "kind": kind, "label": label}


def test_a_right_leader_with_a_word_of_its_own_is_counted_in_its_half(tmp_path):
    rows = tmp_path / "rows.jsonl"
    lines = [
        _row("tea ok?", ["caffeine"], "miss"),  # 52 points, far ahead: only the caffeine entry's questions say "tea"
        _row("tea ok?", ["caffeine"], "right", kind="answer"),  # answered rows are not counted
        _row("tea ok?", ["caffeine"], "miss", kind="urgent"),  # nor triage replies
    ]
    rows.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    table = leader_unique_words.tabulate(rows)
    assert dict(table) == {("40-60", "own thing", "no bank word left"): {("even", "R"): 1}}


def test_a_wrong_leader_and_an_off_topic_one_are_told_apart(tmp_path):
    rows = tmp_path / "rows.jsonl"
    lines = [_row("tea ok?", ["alcohol"], "miss"), _row("tea ok?", ["fallback"], "kept")]
    rows.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    counts = leader_unique_words.tabulate(rows)[("40-60", "own thing", "no bank word left")]
    assert counts == {("even", "W"): 1, ("even", "OFF"): 1}
