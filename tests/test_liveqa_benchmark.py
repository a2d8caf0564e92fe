"""The LiveQA benchmark's own reading of its data, on small made-up files in the formats of MedQuAD, its
judged answers (qrels) and the LiveQA test questions: never the real data."""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import liveqa  # noqa: E402
from medquad_bank import ORIGINS_FILE, answer_id, build_entries  # noqa: E402

QRELS = """\
1 1-Incorrect ADAM_0003147_Sec1.txt
1 3-Incomplete GARD_0000001_Sec2.txt

1 2-Related GARD_0000001_Sec2.txt
2 4-Excellent GHR_0000001_Sec1.txt
4 1-Incorrect GARD_0000001_Sec2.txt
5 3-Incomplete GHR_0000001_Sec1.txt
"""

QUESTIONS = """<?xml version="1.0" encoding="UTF-8"?>
<LiveQA2017-Medical-Test-Set-Full>
  <NLM-QUESTION qid="TQ1">
    <Original-Question qfile="1.txt">
      <SUBJECT>  Gorlin   syndrome </SUBJECT>
      <MESSAGE>Is Gorlin syndrome inherited?
My sister has it.</MESSAGE>
    </Original-Question>
    <NIST-PARAPHRASE>A rewording nobody typed.</NIST-PARAPHRASE>
  </NLM-QUESTION>
  <NLM-QUESTION qid="TQ2">
    <Original-Question qfile="2.txt">
      <SUBJECT></SUBJECT>
      <MESSAGE>I have crushing chest pain right now and can't breathe</MESSAGE>
    </Original-Question>
  </NLM-QUESTION>
  <NLM-QUESTION qid="TQ3">
    <Original-Question qfile="3.txt"><SUBJECT>not judged</SUBJECT><MESSAGE>hello</MESSAGE></Original-Question>
  </NLM-QUESTION>
  <NLM-QUESTION qid="TQ4">
    <Original-Question qfile="4.txt">
      <SUBJECT>question</SUBJECT><MESSAGE>What is Gorlin syndrome?</MESSAGE>
    </Original-Question>
  </NLM-QUESTION>
  <NLM-QUESTION qid="TQ5">
    <Original-Question qfile="5.txt"><SUBJECT>Gorlin</SUBJECT><MESSAGE>is it inherited</MESSAGE></Original-Question>
  </NLM-QUESTION>
</LiveQA2017-Medical-Test-Set-Full>
"""


def test_qrels_lines_give_each_questions_judged_answers_keeping_the_best_judgement():
    judged = liveqa.parse_qrels(QRELS)
    assert judged == {
        1: {"ADAM_0003147_Sec1.txt": 1, "GARD_0000001_Sec2.txt": 3},
        2: {"GHR_0000001_Sec1.txt": 4},
        4: {"GARD_0000001_Sec2.txt": 1},
        5: {"GHR_0000001_Sec1.txt": 3},
    }


@pytest.mark.parametrize("line", ["1 5-Perfect GHR_0000001_Sec1.txt", "one 2-Related X_Sec1.txt", "1 2-Related"])
def test_a_line_that_is_not_a_judgement_is_an_error_not_silently_skipped(line):
    with pytest.raises(ValueError, match="qrels line 2"):
        liveqa.parse_qrels("1 2-Related GHR_0000001_Sec1.txt\n" + line)


def test_questions_are_the_original_subject_and_message_not_the_paraphrase():
    questions = liveqa.parse_questions(QUESTIONS)
    assert [q.number for q in questions] == [1, 2, 3, 4, 5]
    first = questions[0]
    assert first.subject == "Gorlin syndrome"
    assert first.text == "Gorlin syndrome\nIs Gorlin syndrome inherited?\nMy sister has it."
    assert questions[1].text == "I have crushing chest pain right now and can't breathe"  # no empty subject line


def _document(source: str, number: int, focus: str, pairs: list[tuple[int, str, str, str]]) -> str:
    items = "".join(
        f'<QAPair pid="{pid}"><Question qid="{number}-{pid}" qtype="{qtype}">{question}</Question>'
        f"<Answer>{answer}</Answer></QAPair>"
        for pid, qtype, question, answer in pairs
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><Document id="{number:07d}" source="{source}">'
        f"<Focus>{focus}</Focus><QAPairs>{items}</QAPairs></Document>"
    )


def _medquad(root: Path) -> Path:
    """Two collections about one made-up focus, pids with gaps (as NHLBI's), and a twin in the second."""
    (root / "2_GARD_QA").mkdir(parents=True)
    (root / "3_GHR_QA").mkdir()
    (root / "2_GARD_QA" / "0000001.xml").write_text(
        _document(
            "GARD",
            1,
            "Gorlin syndrome",
            [
                (1, "information", "What is (are) Gorlin syndrome ?", "Gorlin syndrome is a made-up test condition."),
                (3, "inheritance", "Is Gorlin syndrome inherited ?", "It passes from a parent to a child here."),
            ],
        ),
        encoding="utf-8",
    )
    (root / "3_GHR_QA" / "0000001.xml").write_text(
        _document(
            "GHR",
            1,
            "Gorlin syndrome",
            [(1, "inheritance", "Is Gorlin syndrome passed on ?", "Another site says the same again.")],
        ),
        encoding="utf-8",
    )
    return root


def test_an_answer_id_counts_the_pairs_place_in_its_document_not_its_pid(tmp_path):
    entries = build_entries(_medquad(tmp_path / "medquad"))
    by_question = {entry["question"]: entry for entry in entries}
    inherited = by_question["Is Gorlin syndrome inherited?"]
    assert inherited["_medquad"] == answer_id("GARD", "0000001", 2) == "GARD_0000001_Sec2.txt"  # pid 3, second pair
    # GHR's pair asks the same (same focus and question type): left out, and the kept entry stands in for it.
    assert inherited["_stands_for"] == ["GHR_0000001_Sec1.txt"]
    assert by_question["What is (are) Gorlin syndrome?"]["_stands_for"] == []


def test_a_chosen_entry_is_judged_by_its_own_answer_first_then_by_a_twin_it_stands_for():
    origins = {
        "a": {"answer": "GARD_0000001_Sec2.txt", "stands_for": ["GHR_0000001_Sec1.txt"]},
        "b": {"answer": "GARD_0000001_Sec1.txt", "stands_for": []},
    }
    assert liveqa.judgement("a", origins, {"GARD_0000001_Sec2.txt": 1, "GHR_0000001_Sec1.txt": 4}) == (1, "own")
    assert liveqa.judgement("a", origins, {"GHR_0000001_Sec1.txt": 3}) == (3, "stands in")
    assert liveqa.judgement("b", origins, {"GHR_0000001_Sec1.txt": 3}) == (None, "")
    assert liveqa.judgement(None, origins, {"GHR_0000001_Sec1.txt": 3}) == (None, "")
    assert liveqa.reachable(origins, {"GHR_0000001_Sec1.txt": 3}, 3)
    assert not liveqa.reachable(origins, {"GHR_0000001_Sec1.txt": 3}, 4)


def test_the_benchmark_runs_end_to_end_on_made_up_data(tmp_path, capsys):
    medquad = _medquad(tmp_path / "medquad")
    with zipfile.ZipFile(medquad / liveqa.QRELS_ZIP, "w") as archive:
        archive.writestr("QA-TestSet/All-qrels_LiveQAMed2017-TestQuestions_Judged-Answers.txt", QRELS)
        archive.writestr("__MACOSX/QA-TestSet/._All-qrels_Judged-Answers.txt", "not text")
    (medquad / liveqa.QUESTIONS_FILE).write_text(QUESTIONS, encoding="utf-8")
    bank, out = tmp_path / "bank", tmp_path / "figures.json"
    assert liveqa.main([str(medquad), "--bank", str(bank), "--json", str(out)]) == 0
    assert (bank / ORIGINS_FILE).is_file()  # built once, reused by the next run
    printed = capsys.readouterr().out
    result = json.loads(out.read_text(encoding="utf-8"))
    rows = {row["question"]["number"]: row for row in result["outcomes"]}
    assert set(rows) == {1, 2, 4, 5}  # TQ3 has no judged answers: not a benchmark question
    assert rows[1]["outcome"] == "right" and rows[1]["level"] == 3 and rows[1]["via"] == "own"
    assert rows[2]["outcome"] == "emergency" and rows[2]["rule"]
    # An answer no judge saw is wrong, and said to be not judged.
    assert rows[4]["outcome"] == "wrong" and rows[4]["level"] is None and rows[4]["reply_kind"] == "answer"
    assert "TQ4 wrong: gorlin-syndrome-information (not judged)" in printed
    # Only GHR's left-out twin of the chosen entry was judged: a twin, not counted as right.
    assert rows[5]["outcome"] == "twin" and rows[5]["level"] == 3 and rows[5]["via"] == "stands in"
    assert result["figures"]["outcomes"]["right"] == 1 and result["figures"]["outcomes"]["emergency"] == 1
    assert "TQ2 emergency" in printed and "crushing chest pain" in printed  # listed for a reader to judge
    assert result["figures"]["longest"]["question"] == 1

    # Reused: the same figures without building again (the ids file is what marks a finished bank).
    assert liveqa.main([str(medquad), "--bank", str(bank)]) == 0
    assert "building" not in capsys.readouterr().err
