"""The banks the big-bank benchmark builds: MedQuAD's converter (on a few made-up files in its format)
and the generator. Both must write banks that load, pass `check` and keep the rules of the format."""

from __future__ import annotations

import sys
from pathlib import Path

from chatbot import Bot
from chatbot.bank.loader import load_bank

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from generate_bank import write_bank  # noqa: E402
from medquad_bank import build_entries, clean_answer, main  # noqa: E402

LONG = " ".join(f"Sentence number {n} says a little more about the condition." for n in range(40))


def _document(number: int, source: str, focus: str, pairs: list[tuple[str, str, str]]) -> str:
    items = "".join(
        f'<QAPair pid="{i}"><Question qid="{number}-{i}" qtype="{qtype}">{question}</Question>'
        f"<Answer>{answer}</Answer></QAPair>"
        for i, (qtype, question, answer) in enumerate(pairs, start=1)
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><Document id="{number:07d}" source="{source}">'
        f"<Focus>{focus}</Focus><QAPairs>{items}</QAPairs></Document>"
    )


def _medquad(root: Path) -> Path:
    gard, ghr, adam = root / "2_GARD_QA", root / "3_GHR_QA", root / "10_MPlus_ADAM_QA"
    for folder in (gard, ghr, adam):
        folder.mkdir(parents=True)
    (gard / "0000001.xml").write_text(
        _document(
            1,
            "GARD",
            "Retinoblastoma",
            [
                ("information", "What is (are) Retinoblastoma ?", "Retinoblastoma is an eye cancer of children."),
                ("inheritance", "Is Retinoblastoma inherited ?", "Is it inherited? It can be. " + LONG),
                ("symptoms", "What are the symptoms of Retinoblastoma ?", ""),  # no answer: left out
            ],
        ),
        encoding="utf-8",
    )
    (ghr / "0000001.xml").write_text(
        _document(
            1,
            "GHR",
            "retinoblastoma",
            [
                ("information", "What is retinoblastoma ?", "The same question again, from another site."),
                ("genetic changes", "What are the genetic changes related to retinoblastoma ?", "RB1 changes."),
            ],
        ),
        encoding="utf-8",
    )
    (adam / "0000001.xml").write_text(
        _document(1, "ADAM", "Sprain", [("information", "What is Sprain ?", "Copyrighted, so left out.")]),
        encoding="utf-8",
    )
    return root


def test_the_medquad_converter_keeps_openly_licensed_answered_distinct_questions(tmp_path):
    entries = build_entries(_medquad(tmp_path / "medquad"))
    assert [entry["question"] for entry in entries] == [
        "What is (are) Retinoblastoma?",
        "Is Retinoblastoma inherited?",
        "What are the genetic changes related to retinoblastoma?",
    ]
    assert len({entry["id"] for entry in entries}) == 3
    inherited = entries[1]
    assert inherited["answer"].startswith("It can be.")  # the repeated question is gone
    assert len(inherited["answer"]) <= 600 and inherited["answer"].endswith(".")
    assert inherited["related"] == [entries[0]["id"], entries[2]["id"]]
    genetic = entries[2]
    assert len(genetic["alternates"]) == 6
    assert "retinoblastoma gene" not in genetic["alternates"]  # reads like "Is retinoblastoma inherited?"


def test_the_converted_bank_loads_and_answers_its_own_questions(tmp_path):
    out = tmp_path / "bank"
    assert main([str(_medquad(tmp_path / "medquad")), str(out)]) == 0
    assert (out / "topic_words.yaml").exists()
    bot = Bot.load(out)
    assert len(bot.bank.entries) == 3
    for entry in bot.bank.entries:
        assert bot.ask(entry.question).id == entry.id
    assert main([str(tmp_path / "medquad"), str(out), "--no-topic-words"]) == 0
    assert not (out / "topic_words.yaml").exists()


def test_a_long_answer_is_cut_at_a_sentence_end():
    answer = clean_answer("Summary : " + LONG)
    assert answer.startswith("Sentence number 0") and answer.endswith("condition.")
    assert len(answer) <= 600
    no_stop = clean_answer("word " * 200)
    assert len(no_stop) <= 600 and no_stop.endswith("...")


def test_the_generated_bank_is_a_valid_bank_of_near_duplicates(tmp_path):
    entries = write_bank(300, tmp_path / "bank", seed=4)
    bank = load_bank(tmp_path / "bank")
    assert len(bank.entries) == 300 == len(entries)
    roots = {entry.source.split(": ")[1].split(" of the ")[0].split()[-1] for entry in bank.entries}
    conditions = {entry.source for entry in bank.entries}
    assert len(roots) < len(conditions) < len(bank.entries)  # several entries per condition, shared roots
