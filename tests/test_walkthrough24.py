"""Walkthrough 24: what a clinic importing its own sheet, a patient and an attacker ran into.

A refused row of a spreadsheet named its row and its entry, but not the column to fix: with a header such as
"FAQ" or "Response", "the answer is empty" left the clinic to work out which column the bot read as the
answer. Each problem of a refused row now names its column as the sheet shows it.
"""

from __future__ import annotations

import csv
import io

import pytest
from conftest import run_cli

from chatbot.bank.sheets import SheetError, import_sheet

REVIEWED = "2025-03-01"
# A clinic's own names for the columns, in its own order: only the letter and the name say where a cell is.
HEADER = ["Response", "Ref", "FAQ", "Other ways to ask", "See also"]


def _ways(topic: str) -> str:
    return "\n".join(f"{topic} way {n}" for n in range(1, 7))


def _write(path, rows):
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def _refusal(tmp_path, rows) -> list[str]:
    sheet = _write(tmp_path / "clinic.csv", [HEADER, *rows])
    with pytest.raises(SheetError) as caught:
        import_sheet(str(sheet), str(tmp_path / "bank"), reviewed=REVIEWED)
    assert not (tmp_path / "bank").exists()
    return caught.value.problems


def test_each_refused_cell_is_named_by_its_column(tmp_path):
    problems = _refusal(
        tmp_path,
        [
            ["Bunions are a bony bump by the big toe.", "bunion", "What is a bunion?", _ways("bunion"), ""],  # 2
            ["Wider shoes help.", "bunion", "How is a bunion treated?", _ways("treat"), ""],  # 3: the same ref
            ["", "empty", "Does it hurt?", _ways("hurt"), ""],  # 4: no answer
            ["Yes. Often.", "yes-first", "Can it come back?", _ways("back"), ""],  # 5: a bare yes
            ["Rest helps.", "linked", "When can I walk?", _ways("walk"), "nowhere"],  # 6: no such entry
            ["An answer.", "Bad Ref", "Can I run?", _ways("run"), ""],  # 7: not an id
        ],
    )
    assert "row 3 [bunion], column B 'Ref': duplicate id 'bunion' (also in row 2)" in problems
    assert "row 4 [empty], column A 'Response': the answer is empty" in problems
    assert any(p.startswith("row 5 [yes-first], column A 'Response': the answer opens with 'Yes'") for p in problems)
    assert "row 6 [linked], column E 'See also': related id 'nowhere' does not exist" in problems
    assert any(p.startswith("row 7 [Bad Ref], column B 'Ref': id 'Bad Ref' must be lower-case") for p in problems)


def test_a_question_asked_twice_names_the_column_it_is_in(tmp_path):
    # The same wording as a question in one row and among the other ways to ask of another.
    problems = _refusal(
        tmp_path,
        [
            ["Bunions are a bony bump by the big toe.", "bunion", "What is a bunion?", _ways("bunion"), ""],
            ["Wider shoes help.", "treat", "How is a bunion treated?", _ways("treat") + "\nwhat is a bunion", ""],
        ],
    )
    assert problems == [
        "row 3 [treat], column D 'Other ways to ask': the question 'what is a bunion' is also under 'bunion' "
        "(row 2); keep it under one entry only"
    ]


def test_a_problem_of_no_one_column_names_none(tmp_path):
    # Near miss: a sheet with no id column makes ids from the questions; a problem with the bank's meta (here,
    # a review date that is no date) is no cell of the sheet, and names no column.
    sheet = _write(tmp_path / "clinic.csv", [["FAQ", "Response"], ["What is a bunion?", "A bony bump."]])
    with pytest.raises(SheetError) as caught:
        import_sheet(str(sheet), str(tmp_path / "bank"), reviewed="last spring")
    assert caught.value.problems and not any("column" in problem for problem in caught.value.problems)


def test_warnings_keep_their_short_form_so_that_many_rows_are_told_once(tmp_path):
    # Near miss: a warning (few ways to ask) is no refusal; four rows that share one are told once, with the rows.
    rows = [[f"Answer {n}.", f"e{n}", f"Question number {n}?", f"first {n}|second {n}", ""] for n in range(4)]
    sheet = _write(tmp_path / "clinic.csv", [HEADER, *rows])
    notes = import_sheet(str(sheet), str(tmp_path / "bank"), reviewed=REVIEWED, source="Leaflet")
    assert "rows 2, 3, 4 and 5: has 2 alternates; write at least 6 ways a patient would ask" in notes


def test_a_cell_refused_while_reading_names_its_column_and_the_columns_are_told_first(tmp_path):
    sheet = tmp_path / "clinic.csv"
    sheet.write_text(
        "FAQ,Response,Notes\nWhat is a bunion?,=SUM(A1:A3),x\nHow is it treated?,Wider shoes.,note,stray\n",
        encoding="utf-8",
    )
    report: list[str] = []
    with pytest.raises(SheetError) as caught:
        import_sheet(str(sheet), str(tmp_path / "bank"), reviewed=REVIEWED, report=report)
    problems = caught.value.problems
    assert problems[0].startswith("row 2, column B: the answer cell ('Response') is a formula ('=SUM(A1:A3)')")
    assert problems[1].startswith("row 3, column D: more cells than columns")
    # What each column was read as shows before the refusal, as for a refusal found later.
    assert "  column B 'Response' -> answer" in report


def test_the_command_prints_the_column_of_a_refused_row(tmp_path):
    sheet = _write(
        tmp_path / "clinic.csv",
        [HEADER, ["", "bunion", "What is a bunion?", _ways("bunion"), ""]],
    )
    result = run_cli("import", str(sheet), "--to", str(tmp_path / "bank"), "--reviewed", REVIEWED)
    assert result.returncode == 2
    assert "row 2 [bunion], column A 'Response': the answer is empty" in result.stderr.decode()


def test_a_cell_the_csv_reader_stops_in_is_named_by_its_column(tmp_path):
    # A cell too long to be one (most often a quote left open) in the question column, before a short answer.
    huge = tmp_path / "huge.csv"
    huge.write_text(f"FAQ,Response\nWhat is a bunion?,A bump.\n{'x' * 200_000},Tight shoes.\n", encoding="utf-8")
    report: list[str] = []
    with pytest.raises(SheetError) as caught:
        import_sheet(str(huge), str(tmp_path / "bank"), reviewed=REVIEWED, report=report)
    assert caught.value.problems == [
        'row 3, column A: a cell is longer than 131,072 characters (is a quote (") left open?)'
    ]
    # A quote opened in the answer column and never closed runs on to the end of the file.
    opened = tmp_path / "open.csv"
    opened.write_text('FAQ,Response\nWhat is a bunion?,"A bump.\nWhat causes it?,Tight shoes.\n', encoding="utf-8")
    with pytest.raises(SheetError) as caught:
        import_sheet(str(opened), str(tmp_path / "bank"), reviewed=REVIEWED)
    assert caught.value.problems == ['row 2, column B: a quote (") opens a cell here that is never closed']


def test_a_csv_fault_of_no_one_cell_names_no_column(tmp_path):
    # Near miss: a quote closed in the middle of a cell is a fault of how the cell was written, not of a column
    # the reader can point at; the message says what to do and names no column.
    sheet = tmp_path / "quotes.csv"
    sheet.write_text('FAQ,Response\n"What" is a bunion?,A bump.\n', encoding="utf-8")
    with pytest.raises(SheetError) as caught:
        import_sheet(str(sheet), str(tmp_path / "bank"), reviewed=REVIEWED)
    assert caught.value.problems[0].startswith('row 2: a cell starts with a quote (") and goes on after')
    # The reader's own cell limit is left as it was, for the next sheet read in this process.
    import csv

    assert csv.field_size_limit() == 131_072
