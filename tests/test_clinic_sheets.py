"""A clinic's own sheet, in the shape it arrives in: its own column names and order, no id column, semicolons or
tabs, a title row, heading rows, alternates one a line, between "|" or ";". The three sheets in tests/data/sheets/
were written for these tests (general knowledge, not reviewed medical advice), each in another shape."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
import yaml
from conftest import run_cli

from chatbot.bank import sheet_columns
from chatbot.bank.loader import load_bank
from chatbot.bank.made_ids import id_from_question, unique_ids
from chatbot.bank.sheets import SheetError, export_bank, import_sheet, read_sheet
from chatbot.bot import Bot

SHEETS = Path(__file__).parent / "data" / "sheets"
REVIEWED = "2025-03-01"

# Each sheet: how it must be read, what it must give, and fresh questions (in no cell of the sheet) with the
# entry that answers them.
CASES = {
    "hearing-aids.csv": {
        "meta": {"title": "Hearing aids", "topic": "hearing aids"},
        "report": [
            "read hearing-aids.csv: semicolons, header on row 1",
            "  column A 'FAQ' -> question",
            "  column B 'Response' -> answer",
            "  column C 'Also asked as' -> alternates",
            "  column D 'Section' -> category",
            "  skipped row 6: no question and no answer (a heading or a note)",
        ],
        "entries": 7,
        "entry": (
            "can-i-wear-my-hearing-aids-in-the-shower",
            ("can hearing aids get wet", "swimming with hearing aids", "are hearing aids waterproof"),
        ),
        "fresh": {
            "is it ok to go swimming with my aids in": "can-i-wear-my-hearing-aids-in-the-shower",
            "my hearing aid keeps squealing": "why-is-my-hearing-aid-whistling",
            "how do I get wax out of my hearing aid": "how-do-i-clean-my-hearing-aids",
        },
    },
    "back-class.tsv": {
        "meta": {"title": "Back pain class", "topic": "the back pain class", "short_name": "the class"},
        "report": [
            "read back-class.tsv: tabs, header on row 3",
            "  column A 'Category' -> category",
            "  column B 'Q' -> question",
            "  column C 'A' -> answer",
            "  column D 'Other ways to ask' -> alternates",
            "  column E 'Keywords' -> not used (keywords are not questions; write them into alternates as a patient "
            "would ask)",
            "  skipped row 7: no question and no answer (a heading or a note)",
        ],
        "entries": 6,
        "entry": (  # a bulleted list and a numbered list in the cell: the bullets come off
            "will-the-exercises-make-my-back-pain-worse",
            ("will it hurt", "is aching after the class normal", "can exercise damage my back"),
        ),
        "fresh": {
            "what clothes should I bring to the class": "what-should-i-wear-to-the-class",
            "will the exercises hurt my back": "will-the-exercises-make-my-back-pain-worse",
        },
    },
    "flu-vaccine.csv": {
        "meta": {"title": "Flu vaccine clinic", "topic": "the flu vaccine", "short_name": "flu jab"},
        "report": [
            "read flu-vaccine.csv: commas, header on row 1",
            "  column A 'Ref' -> id",
            "  column B 'Answer' -> answer",
            "  column C 'Questions' -> question",
            "  column D 'Alternatives' -> alternates",
            "  column E 'Related' -> related",
            "  column F 'Notes' -> not used (notes for the clinic's staff are not shown to patients)",
            "  row 5: 2 questions in the question cell; the first is the question, the others are alternates",
            "  3 of 6 rows have no id: made from the question (row 3 -> how-long-does-the-flu-vaccine-take-to-work, "
            "row 5 -> can-the-flu-vaccine-give-me-flu, row 6 -> do-i-need-a-flu-vaccine-every-year)",
        ],
        "entries": 6,
        "entry": (  # two questions in the question cell, then alternates between semicolons
            "can-the-flu-vaccine-give-me-flu",
            ("Will the jab make me ill?", "can you catch flu from the vaccine", "does the jab give you the flu"),
        ),
        "fresh": {
            "who is eligible for a free flu jab": "flu-who",
            "my arm is sore after the flu jab, is that normal": "flu-side-effects",
            "how can I book a flu jab": "flu-booking",
            "do I have to have the flu jab every year": "do-i-need-a-flu-vaccine-every-year",
        },
    },
}


def _import(tmp_path: Path, name: str) -> tuple[Path, list[str], list[str]]:
    bank, report = tmp_path / "bank", []
    notes = import_sheet(str(SHEETS / name), str(bank), reviewed=REVIEWED, report=report, **CASES[name]["meta"])
    return bank, report, notes


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_clinics_sheet_in_its_own_shape_is_read_as_meant_and_answers_a_fresh_question(tmp_path, name):
    case = CASES[name]
    bank, report, notes = _import(tmp_path, name)
    assert report[: len(case["report"])] == case["report"]
    assert notes[0] == f"wrote {case['entries']} entries to {bank / 'entries.yaml'}"
    loaded = load_bank(bank)
    assert len(loaded.entries) == case["entries"]
    entry_id, alternates = case["entry"]
    assert loaded.by_id[entry_id].alternates == alternates
    assert all(entry.question.endswith("?") and entry.answer for entry in loaded.entries)
    bot = Bot.load(bank)
    for question, expected in case["fresh"].items():
        reply = bot.ask(question)
        assert (reply.kind, reply.id) == ("answer", expected), question


def test_related_cells_may_name_the_sheets_questions_or_its_refs(tmp_path):
    bank, _, _ = _import(tmp_path, "flu-vaccine.csv")
    loaded = load_bank(bank)
    assert loaded.by_id["flu-who"].related == ("flu-booking",)  # "How do I book my flu vaccine?"
    assert loaded.by_id["flu-booking"].related == ("flu-who",)
    assert loaded.by_id["can-the-flu-vaccine-give-me-flu"].related == ("flu-side-effects",)


def test_an_imported_sheet_exports_and_imports_back_to_the_same_bank(tmp_path):
    bank, _, _ = _import(tmp_path, "back-class.tsv")
    export_bank(str(bank), str(tmp_path / "out.csv"))
    import_sheet(str(tmp_path / "out.csv"), str(tmp_path / "again"), reviewed=REVIEWED)

    def content(folder):
        return [entry._replace(file="", line=None) for entry in load_bank(folder).entries]

    assert content(tmp_path / "again") == content(bank)


def test_the_command_reports_what_it_read_and_the_chat_answers_from_the_new_bank(tmp_path):
    bank = tmp_path / "hearing"
    result = run_cli(
        "import", str(SHEETS / "hearing-aids.csv"), "--to", str(bank), "--title", "Hearing aids",
        "--topic", "hearing aids", "--reviewed", REVIEWED, "--source", "Audiology leaflet",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert out.startswith(
        f"wrote 7 entries to {bank / 'entries.yaml'}\n"
        "read hearing-aids.csv: semicolons, header on row 1\n  column A 'FAQ' -> question\n"
    )
    assert run_cli("check", str(bank)).returncode == 0
    chat = run_cli("--faq", str(bank), input="my hearing aid keeps squealing\nquit\n")
    assert chat.returncode == 0 and b"Traceback" not in chat.stderr
    assert "sound is leaking back to the microphone" in chat.stdout.decode()


def _sheet(path: Path, rows: list[list[str]], delimiter: str = ",") -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


ANSWER = "This answer is a statement written for the test."


@pytest.mark.parametrize(
    ("header", "fields"),
    [
        (["Question", "Answer"], ["question", "answer"]),
        (["  questions ", "RESPONSE", "Alternatives"], ["question", "answer", "alternates"]),
        (["Q.", "A:", "Other ways to ask?"], ["question", "answer", "alternates"]),
        (["FAQ", "Answer (max 600)", "Also asked as", "See also"], ["question", "answer", "alternates", "related"]),
        (["Key", "Question", "Response", "Section", "Source"], ["id", "question", "answer", "category", "source"]),
        (["Key", "Question", "Response", "Notes", "Source"], ["id", "question", "answer", None, "source"]),
    ],
)  # fmt: skip
def test_headers_are_read_by_meaning_in_any_case_spacing_and_order(tmp_path, header, fields):
    read = sheet_columns.find_header([header])
    assert [read.fields.get(column) for column in range(len(header))] == fields


def test_no_column_name_belongs_to_two_fields():
    with open(Path(sheet_columns.__file__).with_name("sheet_columns.yaml"), encoding="utf-8") as handle:
        table = yaml.safe_load(handle)
    names = [sheet_columns.fold_name(name) for names in table["columns"].values() for name in names]
    assert len(names) == len(set(names))
    assert not set(names) & {sheet_columns.fold_name(name) for name in table["not_used"]}


@pytest.mark.parametrize(
    ("header", "problem"),
    [
        (["Question", "Answer", "Reply"], "row 1: columns B 'Answer' and C 'Reply' both read as the answer: rename"),
        (["Question", "Notes"], "row 1: the header ('Question', 'Notes') has no answer column (name it Answer, A or"),
        (["Frage", "Antwort"], "row 1: no header row: the first row ('Frage', 'Antwort') names no column a bank has"),
    ],
)
def test_only_a_truly_ambiguous_or_missing_header_is_refused_with_what_to_do(tmp_path, header, problem):
    sheet = _sheet(tmp_path / "faq.csv", [header, ["What is it?", ANSWER, "x"][: len(header)]])
    with pytest.raises(SheetError) as caught:
        read_sheet(str(sheet))
    assert caught.value.problems[0].startswith(problem)


def test_ids_made_from_questions_are_kebab_case_unique_and_the_same_at_every_import(tmp_path):
    assert id_from_question("Can I wear my hearing aids in the shower?") == "can-i-wear-my-hearing-aids-in-the-shower"
    assert id_from_question("What’s a bunion? (café)") == "whats-a-bunion-cafe"
    # Cut at ten words, never on a small word: "...-in-the" reads as a mistake.
    assert id_from_question("Is it safe to take the painkillers they gave me with my usual tablets?") == (
        "is-it-safe-to-take-the-painkillers-they-gave-me"
    )
    assert id_from_question("痛风是什么？").startswith("entry-")
    assert unique_ids([None, None, "what-is-it-2", None], ["What is it?"] * 3 + ["Why?"]) == [
        "what-is-it",
        "what-is-it-3",
        "what-is-it-2",
        "why",
    ]
    # Two questions alike in their first ten words: one id each, in row order.
    rows = [
        ["Question", "Answer"],
        ["How long does it take to get used to my new hearing aids at home?", ANSWER],
        ["How long does it take to get used to my new hearing aids at work?", "Another statement for the test."],
    ]
    sheet = _sheet(tmp_path / "faq.csv", rows)
    for folder in ("one", "two"):
        import_sheet(str(sheet), str(tmp_path / folder), reviewed=REVIEWED)
    first, second = ([entry.id for entry in load_bank(tmp_path / folder).entries] for folder in ("one", "two"))
    assert first == second == ["how-long-does-it-take-to-get-used", "how-long-does-it-take-to-get-used-2"]


def test_alternates_between_semicolons_split_and_a_lone_one_holding_a_semicolon_survives_a_round_trip(tmp_path):
    rows = [
        ["Question", "Answer", "Alternatives"],
        ["Can I drive after the operation?", ANSWER, "when can I drive; driving after surgery ;; can I drive a car"],
        ["How do I book?", "Another statement for the test.", "booking; how to book"],
    ]  # fmt: skip
    import_sheet(str(_sheet(tmp_path / "faq.csv", rows)), str(tmp_path / "bank"), reviewed=REVIEWED)
    bank = load_bank(tmp_path / "bank")
    assert bank.by_id["can-i-drive-after-the-operation"].alternates == (
        "when can I drive",
        "driving after surgery",
        "can I drive a car",
    )
    # A bank written by hand may hold one alternate with a semicolon in it: export keeps it one alternate.
    text = (tmp_path / "bank" / "entries.yaml").read_text(encoding="utf-8")
    (tmp_path / "bank" / "entries.yaml").write_text(
        text.replace("  - booking\n  - how to book\n", "  - booking; how to book\n"), encoding="utf-8"
    )
    assert load_bank(tmp_path / "bank").by_id["how-do-i-book"].alternates == ("booking; how to book",)
    export_bank(str(tmp_path / "bank"), str(tmp_path / "out.csv"))
    import_sheet(str(tmp_path / "out.csv"), str(tmp_path / "again"), reviewed=REVIEWED)
    assert load_bank(tmp_path / "again").by_id["how-do-i-book"].alternates == ("booking; how to book",)


def test_a_row_with_no_id_in_a_sheet_with_ids_gets_one_and_a_clash_with_a_given_id_is_avoided(tmp_path):
    rows = [["id", "question", "answer"], ["what-is-it", "What is it?", ANSWER], ["", "What is it?!", "Another one."]]
    report: list[str] = []
    with pytest.raises(SheetError) as caught:  # the same question twice is still the clinic's mistake to fix
        import_sheet(str(_sheet(tmp_path / "faq.csv", rows)), str(tmp_path / "bank"), reviewed=REVIEWED, report=report)
    assert "  1 of 2 rows have no id: made from the question (row 3 -> what-is-it-2)" in report
    assert any("is also under 'what-is-it'" in problem for problem in caught.value.problems)


def test_a_sheet_too_big_to_ask_every_entry_here_is_left_to_check_and_says_so(tmp_path):
    from chatbot.frontends.cli import IMPORT_REACH_ENTRIES

    count = IMPORT_REACH_ENTRIES + 1
    rows = [["Question", "Answer"]] + [[f"What is condition number {n} about?", ANSWER] for n in range(count)]
    sheet = _sheet(tmp_path / "big.csv", rows)
    result = run_cli("import", str(sheet), "--to", str(tmp_path / "bank"), "--reviewed", REVIEWED, timeout=300)
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert f"wrote {count} entries" in out
    assert f"note: {count:,} entries, too many to ask each one's own question here; `chatbot check" in out
