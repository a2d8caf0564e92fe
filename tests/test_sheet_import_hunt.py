"""A clinic's sheet as Excel and Google Sheets really save it, imported: its category column becomes the bank's
topic groups (the menu, the "topics" list, the examples and the follow-ups), and each odd shape a clinic sends is
read, or refused with its row and what to change, never a crash. Every sheet here was written for these tests
(general knowledge, not reviewed advice)."""

from __future__ import annotations

import csv
import io
import random
from pathlib import Path

import pytest

from chatbot.bank.loader import load_bank
from chatbot.bank.sheets import SheetError, export_bank, import_sheet, read_sheet, summarized
from chatbot.bank.topics import topics_listing
from chatbot.bot import Bot

SHEETS = Path(__file__).parent / "data" / "sheets"
REVIEWED = "2025-06-01"


def _ways(subject: str) -> str:
    """Six ways to ask about a subject, one cell (so no two rows share one)."""
    return " | ".join(
        f"{start} {subject}"
        for start in ("what about", "tell me about", "info on", "about", "help with", "question on")
    )


def _sheet(path: Path, rows: list[list[str]], delimiter: str = ",", encoding: str = "utf-8") -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def _import(tmp_path: Path, sheet: Path, **given) -> tuple[Path, list[str], list[str]]:
    bank, report = tmp_path / "bank", []
    notes = import_sheet(str(sheet), str(bank), reviewed=REVIEWED, report=report, **given)
    return bank, report, notes


# The sheet in tests/data/sheets/ as Excel saves it in a European locale with plain "CSV": Windows-1252 text
# ("–", "è"), semicolons, CRLF, a title row and a blank row above the header, a Section column merged over the
# rows of each section (so saved in its first row only), a blank row between sections, trailing empty columns.
PHYSIO = SHEETS / "physio-excel-eu.csv"


def test_an_excel_sheet_from_a_european_locale_is_read_with_its_sections_as_topic_groups(tmp_path):
    bank, report, _ = _import(tmp_path, PHYSIO, topic="physiotherapy after knee surgery")
    assert report[0].startswith("read physio-excel-eu.csv: semicolons, header on row 3, Windows-1252 text")
    assert "  column A 'Section' -> category" in report
    assert any(
        line.startswith("  rows 5, 6, 8 and 11: no category, so the category of the row above") for line in report
    )
    loaded = load_bank(bank)
    assert [(group.name, len(group.ids)) for group in loaded.topic_groups] == [
        ("Before your first visit", 3),
        ("Exercises at home", 2),
        ("Getting back to normal", 2),
    ]
    heading, groups = topics_listing(loaded)
    assert [name for name, _ in groups] == ["Before your first visit", "Exercises at home", "Getting back to normal"]
    # The examples of "what can I ask?" are one question of each group, not the first four of the sheet.
    assert loaded.example_ids == (
        "what-should-i-bring-to-my-first-physio-session",
        "how-often-should-i-do-my-exercises",
        "when-can-i-drive-again",
    )
    bot = Bot.load(bank)
    reply = bot.ask("what clothes do I wear to physio")
    assert reply.id == "what-should-i-bring-to-my-first-physio-session"
    # No related cell: the follow-ups are the other questions of its section.
    assert [s.id for s in reply.suggestions] == ["how-long-is-a-physio-session", "can-i-park-at-the-clinic"]
    reply = bot.session().ask("what can I ask?")
    assert [s.id for s in reply.suggestions] == list(loaded.example_ids)


def test_the_check_says_what_an_entry_with_no_related_ids_offers_in_its_group(tmp_path):
    bank, _, notes = _import(tmp_path, PHYSIO)
    expected = (
        "no 'related': the other questions of its topic group 'Exercises at home' are offered under its answer; "
        "list the ids of 2-3 related entries to choose them"
    )
    assert f"row 7 [how-often-should-i-do-my-exercises]: {expected}" in notes
    assert any(note.message == expected for note in load_bank(bank).notes)


def test_a_bank_with_topic_groups_exports_its_categories_and_comes_back_the_same(tmp_path):
    bank, _, _ = _import(tmp_path, PHYSIO)
    out = tmp_path / "out.csv"
    export_bank(str(bank), str(out))
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][-1] == "category" and rows[2][-1] == "Before your first visit"  # in every row, not merged
    again = tmp_path / "again"
    import_sheet(str(out), str(again), reviewed=REVIEWED)
    assert load_bank(again).topic_groups == load_bank(bank).topic_groups
    assert (again / "entries.yaml").read_text().split("\n", 1)[1] == (bank / "entries.yaml").read_text().split("\n", 1)[
        1
    ]
    twice = tmp_path / "twice.csv"
    export_bank(str(again), str(twice))
    assert twice.read_bytes() == out.read_bytes()


def test_an_entry_in_no_group_after_grouped_ones_is_exported_so_it_is_not_read_as_merged(tmp_path):
    rows = [
        ["Question", "Answer", "Alternates", "Category"],
        ["How do I book a hearing check?", "Call the clinic or use the online form.", _ways("booking"), "Visits"],
        ["What does a hearing check cost?", "A hearing check at the clinic is free.", _ways("the cost"), "Visits"],
    ]
    bank, _, _ = _import(tmp_path, _sheet(tmp_path / "a.csv", rows))
    # A clinic then adds an entry by hand, in no group: the topics list shows it under "More questions".
    with open(bank / "entries.yaml", "a", encoding="utf-8") as handle:
        handle.write("- id: opening-hours\n  question: When is the clinic open?\n  answer: Weekdays from 9 to 5.\n")
    out = tmp_path / "out.csv"
    export_bank(str(bank), str(out))
    assert out.read_text(encoding="utf-8-sig").splitlines()[-1].endswith(",More questions")
    again = tmp_path / "again"
    import_sheet(str(out), str(again), reviewed=REVIEWED)
    assert [name for name, _ in topics_listing(load_bank(again))[1]] == ["Visits", "More questions"]


def test_heading_rows_in_the_question_column_name_the_groups_below_them(tmp_path):
    rows = [
        ["Question", "Answer", "Other ways to ask"],
        ["Before the scan", "", ""],
        [
            "Do I need to fast before my scan?",
            "Most scans need no fasting; your letter says if yours does.",
            _ways("fasting"),
        ],
        ["After the scan", "", ""],
        ["When will I get my results?", "Your doctor gets the report within two weeks.", _ways("results")],
        ["What should I eat", "", ""],  # a question whose answer is missing, not a heading
    ]
    with pytest.raises(SheetError) as caught:
        _import(tmp_path, _sheet(tmp_path / "scan.csv", rows))
    assert caught.value.problems == ["row 6 [what-should-i-eat], column B 'Answer': the answer is empty"]
    bank, report, _ = _import(tmp_path, _sheet(tmp_path / "scan.csv", rows[:-1]))
    assert "  rows 2 and 4: a heading, not a question: the topic group of the rows below it" in report
    assert [(g.name, g.ids) for g in load_bank(bank).topic_groups] == [
        ("Before the scan", ("do-i-need-to-fast-before-my-scan",)),
        ("After the scan", ("when-will-i-get-my-results",)),
    ]


def test_a_reimport_without_categories_removes_the_groups_it_wrote_and_keeps_a_clinics_own_file(tmp_path):
    rows = [["Q", "A", "Section"], ["How do I book?", "Call the clinic on weekdays.", "Visits"]]
    bank, _, _ = _import(tmp_path, _sheet(tmp_path / "a.csv", rows))
    assert (bank / "topics.yaml").exists()
    notes = import_sheet(str(_sheet(tmp_path / "b.csv", [r[:2] for r in rows])), str(bank), force=True)
    assert not (bank / "topics.yaml").exists() and any("removed" in note for note in notes)
    (bank / "topics.yaml").write_text("# the clinic's own\nscreens:\n  topic_groups: []\n", encoding="utf-8")
    with pytest.raises(SheetError, match="topics.yaml is there and was not written by an import"):
        import_sheet(str(tmp_path / "a.csv"), str(bank), force=True)


def test_the_groups_load_beside_a_clinics_own_screens_in_another_file(tmp_path):
    rows = [["Q", "A", "Section"], ["How do I book?", "Call the clinic on weekdays.", "Visits"]]
    bank, _, _ = _import(tmp_path, _sheet(tmp_path / "a.csv", rows))
    (bank / "conversation.yaml").write_text("screens:\n  welcome: Hello from the clinic.\n", encoding="utf-8")
    loaded = load_bank(bank)
    assert loaded.screens["welcome"] == "Hello from the clinic." and loaded.topic_groups[0].name == "Visits"


def test_a_category_or_a_group_name_that_is_a_paragraph_is_refused_with_its_row(tmp_path):
    long = "This section is about everything to do with the visit and " * 3
    rows = [["Q", "A", "Section"], ["How do I book?", "Call the clinic on weekdays.", long]]
    with pytest.raises(SheetError) as caught:
        _import(tmp_path, _sheet(tmp_path / "a.csv", rows))
    assert caught.value.problems[0].startswith("row 2: the category is 173 characters ('This section is about")
    folder = tmp_path / "hand"
    folder.mkdir()
    (folder / "entries.yaml").write_text(
        "meta: {title: T, source: S, reviewed: 2025-01-01}\nentries:\n- id: a\n  question: What is a?\n  answer: A.\n"
        f"screens:\n  topic_groups:\n  - name: {long}\n    ids: [a]\n",
        encoding="utf-8",
    )
    with pytest.raises(Exception, match="a topic group's name is a heading in the menu: 1 to 80 characters"):
        load_bank(folder)


@pytest.mark.parametrize("encoding", ["utf-16", "cp1252"])
def test_excels_unicode_text_and_plain_csv_are_read_and_said(tmp_path, encoding):
    rows = [["Question", "Answer"], ["Is the café open?", "The café opens at nine – ask at the desk."]]
    delimiter = "\t" if encoding == "utf-16" else ","
    sheet = _sheet(tmp_path / "faq.txt", rows, delimiter=delimiter, encoding=encoding)
    bank, report, _ = _import(tmp_path, sheet)
    assert ("UTF-16" if encoding == "utf-16" else "Windows-1252") in report[0]
    assert load_bank(bank).entries[0].answer == "The café opens at nine – ask at the desk."


def test_a_header_below_a_title_several_notes_and_blank_rows_is_found(tmp_path):
    rows = [["Clinic FAQ"], [""], ["Updated May"], [""], [""], ["Owner: Sam"], [""], ["Notes: draft"], [""]]
    rows += [["Question", "Answer"], ["How do I book?", "Call the clinic on weekdays."]]
    _, report, _ = _import(tmp_path, _sheet(tmp_path / "a.csv", rows))
    assert report[0] == "read a.csv: commas, header on row 10"


def test_a_hyperlink_formula_is_read_as_its_words_and_address_and_other_formulas_are_refused(tmp_path):
    rows = [
        ["Question", "Answer", "Source"],
        ["Where is the leaflet?", "Our leaflet has more.", '=HYPERLINK("https://example.org/leaflet";"Leaflet")'],
        ["What is the phone number?", "#REF!", ""],
        ["=A2", "Call the clinic.", ""],
        ["What does it cost?", "'=free, as text", ""],
    ]
    with pytest.raises(SheetError) as caught:
        _import(tmp_path, _sheet(tmp_path / "a.csv", rows))
    assert caught.value.problems == [
        "row 3, column B: the answer cell shows the spreadsheet error #REF! (a formula that failed): type the text "
        "itself into the cell",
        "row 4, column A: the question cell is a formula ('=A2'), not text: in the spreadsheet, copy the column and "
        "paste it back as values only (Paste Special, Values), then save the sheet again",
    ]
    bank, report, _ = _import(tmp_path, _sheet(tmp_path / "b.csv", [rows[0], rows[1], rows[4]]))
    assert "  row 2: a =HYPERLINK formula, read as its words and its address" in report
    entries = load_bank(bank).entries
    assert entries[0].source == "Leaflet (https://example.org/leaflet)" and entries[1].answer == "=free, as text"


def test_a_duplicate_question_names_the_row_of_the_first(tmp_path):
    rows = [
        ["Question", "Answer"],
        ["How do I book?", "Call us."],
        ["Where is it?", "Town."],
        ["How do I book?", "Web."],
    ]
    with pytest.raises(SheetError) as caught:
        _import(tmp_path, _sheet(tmp_path / "a.csv", rows))
    assert "is also under 'how-do-i-book' (row 2); keep it under one entry only" in caught.value.problems[0]


def test_a_quote_that_ends_a_cell_early_is_explained(tmp_path):
    sheet = tmp_path / "a.csv"
    sheet.write_text('Question,Answer\n"What is" a scan?,A picture of the inside.\n', encoding="utf-8")
    with pytest.raises(SheetError, match=r'row 2: a cell starts with a quote \("\) and goes on after its closing'):
        read_sheet(str(sheet))


def test_a_warning_many_rows_share_is_told_once_with_its_rows():
    notes = [f"row {n} [e{n}]: no 'source': name it" for n in range(2, 12)] + ["row 4 [e4]: has 2 alternates"]
    assert summarized(notes) == [
        "rows 2, 3, 4, 5, 6, 7, 8, 9, ... (10 in all): no 'source': name it",
        "row 4 [e4]: has 2 alternates",
    ]


def test_a_sheet_of_5000_rows_with_categories_imports_with_few_lines_of_report(tmp_path):
    rows = [["Question", "Answer", "Category"]]
    rows += [
        [f"What is step {n} of the hearing plan?", f"Step {n} is a part of the plan.", f"Part {n % 5}"]
        for n in range(5000)
    ]
    bank, _, notes = _import(tmp_path, _sheet(tmp_path / "big.csv", rows))
    assert len(notes) < 20 and len(load_bank(bank).topic_groups) == 5


def test_no_mangled_sheet_crashes_the_importer(tmp_path):
    # Odd bytes, quotes, separators and lines in a small sheet: every outcome is a bank or a SheetError.
    pieces = ['"', ",", ";", "\t", "\r\n", "\n", "\r", "=", "#REF!", "'", "\ufeff", "é", "–", "|", "Question", "Answer",
              "Category", "What is a scan?", "A picture.", "\x00", "\x1b", " ", "", "=HYPERLINK(", "?"]  # fmt: skip
    generator = random.Random(15)
    for case in range(120):
        text = "".join(generator.choice(pieces) for _ in range(generator.randint(0, 40)))
        if case % 2:
            text = "Question,Answer,Category\n" + text
        sheet = tmp_path / f"s{case}.csv"
        sheet.write_bytes(text.encode(generator.choice(["utf-8", "utf-16", "cp1252"]), errors="replace"))
        try:
            import_sheet(str(sheet), str(tmp_path / f"b{case}"), reviewed=REVIEWED)
        except SheetError:
            pass


def test_check_tells_a_warning_many_entries_share_once_with_where_the_first_are(tmp_path):
    from conftest import run_cli

    rows = [["Question", "Answer", "Section"]]
    rows += [[f"How do I care for hearing aid part {n}?", f"Wipe part {n} with a dry cloth.", "Care"] for n in range(6)]
    bank, _, _ = _import(tmp_path, _sheet(tmp_path / "care.csv", rows), topic="hearing aid care")
    result = run_cli("check", str(bank))
    out = result.stdout.decode()
    assert result.returncode == 0, out
    lines = [line for line in out.splitlines() if "no 'alternates'" in line]
    assert len(lines) == 1 and lines[0].startswith("warning: 6 entries: no 'alternates': only its own question's")
    assert f"entries.yaml:3 [how-do-i-care-for-hearing-aid-part-0], {bank}" in lines[0] and lines[0].endswith(", ...)")


def test_an_entry_alone_in_its_group_is_still_told_it_offers_no_follow_ups(tmp_path):
    rows = [
        ["Q", "A", "Section"],
        ["How do I book?", "Call the clinic.", "Visits"],
        ["Is it free?", "A check at the clinic is free.", "Cost"],
    ]
    bank, _, notes = _import(tmp_path, _sheet(tmp_path / "a.csv", rows))
    plain = "no 'related': no follow-up questions are offered under its answer; list the ids of 2-3 related entries"
    assert f"row 2 [how-do-i-book]: {plain}" in notes
    bot = Bot.load(bank)
    assert bot.answer_reply(bot.bank.by_id["how-do-i-book"], 100.0).suggestions == ()
