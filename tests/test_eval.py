"""The evaluation gate on our own patient-style set, and the eval file format."""

from __future__ import annotations

import pytest
from conftest import DATA

from chatbot.quality.evaluation import EvalFileError, evaluate, load_cases


@pytest.fixture(scope="module")
def report(bot):
    return evaluate(bot, DATA / "eval.yaml")


def test_the_set_is_big_and_varied_enough():
    cases, conversations = load_cases(DATA / "eval.yaml")
    assert len(cases) + sum(len(turns) for turns in conversations) >= 150
    assert len(conversations) >= 6
    kinds = {item for case in cases for item in case.expect}
    assert {"fallback", "emergency", "smalltalk"} <= kinds


def test_in_scope_accuracy_is_at_least_95_percent(report):
    assert report.in_scope_accuracy >= 0.95, report.text()


def test_no_off_topic_question_gets_an_answer(report):
    assert report.off_topic_false_answers == 0, report.text()


def test_every_emergency_is_caught_and_none_is_invented(report):
    assert report.emergency_recall == 1.0, report.text()
    assert report.false_emergencies == 0, report.text()


def test_report_counts_misses_by_what_was_expected(bot, tmp_path):
    path = tmp_path / "tiny.yaml"
    path.write_text(
        "cases:\n"
        "  - {q: what is HO, expect: what-is-ho}\n"
        "  - {q: what is HO, expect: grade-4}\n"
        "  - {q: what is lupus, expect: fallback}\n"
        "  - {q: what is lupus, expect: emergency}\n"
        "conversations:\n"
        "  - name: grades\n"
        "    turns:\n"
        "      - {q: what is the brooker scale, expect: brooker-scale}\n"
        "      - {q: 'and grade 3?', expect: grade-3}\n"
    )
    tiny = evaluate(bot, path)
    summary = tiny.summary()
    assert summary["cases"] == 6 and summary["in_scope_cases"] == 4
    assert summary["in_scope_accuracy"] == 0.75
    assert summary["emergency_recall"] == 0.0
    assert summary["misses"] == [
        {"question": "what is HO", "expected": ["grade-4"], "got": "what-is-ho"},
        {"question": "what is lupus", "expected": ["emergency"], "got": "fallback"},
    ]


@pytest.mark.parametrize("text", ["just text", "cases:\n  - {q: 1}\n", "conversations:\n  - name: x\n"])
def test_a_malformed_eval_file_is_a_clear_error(tmp_path, text):
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    with pytest.raises(EvalFileError):
        load_cases(path)


def test_report_by_tag_and_by_path(bot, tmp_path):
    path = tmp_path / "tagged.yaml"
    path.write_text(
        "cases:\n"
        "  - {q: what is HO, expect: what-is-ho, tags: [plain]}\n"
        "  - {q: 'My mum had her hip replaced last year. How common is HO after that?', expect: hip-replacement,"
        " tags: [story]}\n"
        "  - {q: what is lupus, expect: fallback, tags: [plain, off-topic]}\n"
        "conversations:\n"
        "  - name: fop\n"
        "    turns:\n"
        "      - {q: what is FOP, expect: genetic-ho}\n"
        "      - {q: 'what are its symptoms?', expect: fop-symptoms}\n"
    )
    report = evaluate(bot, path)
    text = report.text()
    assert "by tag" in text and "  plain " in text and "  story " in text
    paths = report.summary()["answers_by_path"]
    assert paths["follow-up"] == {"answers": 1, "right": 1}
    assert sum(group["answers"] for group in paths.values()) == 4


def test_an_expected_id_the_bank_lacks_is_named_not_silently_a_miss(bot, tmp_path):
    from conftest import run_cli

    path = tmp_path / "slash.yaml"
    path.write_text(
        "cases:\n"
        '  - {q: "what is HO", expect: what-is-ho/types-of-ho}\n'
        '  - {q: "how is HO treated", expect: [treatment, medicines-for-ho]}\n'
        '  - {q: "what is the weather", expect: fallback}\n'
        '  - {q: "chest pain now", tier: emergency}\n'
    )
    report = evaluate(bot, path)
    assert report.unknown_ids == ("what-is-ho/types-of-ho",)
    assert report.summary()["unknown_expected_ids"] == ["what-is-ho/types-of-ho"]
    result = run_cli("eval", str(path))
    assert result.returncode == 0
    assert b"what-is-ho/types-of-ho" in result.stderr and b"expect: [first-id, second-id]" in result.stderr
    assert evaluate(bot, DATA / "eval.yaml").unknown_ids == ()


def test_conversation_turns_are_reported_apart_with_the_answers_that_misled(bot, tmp_path):
    # Round 13: a conversation's turns are counted on their own, and a turn answered with an entry it did not expect
    # (a conversation that misled, not one that fell back) is counted apart.
    path = tmp_path / "talk.yaml"
    path.write_text(
        "conversations:\n"
        "  - name: grades\n"
        "    turns:\n"
        "      - {q: what is the brooker scale, expect: brooker-scale}\n"
        "      - {q: 'and grade 3?', expect: grade-3}\n"
        "      - {q: 'what about 4', expect: grade-1}\n"
        "      - {q: 'what is lupus', expect: what-is-ho}\n",
        encoding="utf-8",
    )
    report = evaluate(bot, path)
    assert report.summary()["conversations"] == {"turns": 4, "passed": 2, "wrong_answers": 1}
    assert "conversation turns:      2/4 passed, 1 answered with another entry" in report.text()
