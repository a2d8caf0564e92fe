"""`chatbot import` and `chatbot export`: spreadsheets in and out, awkward cells and all."""

from __future__ import annotations

import csv
import io

import pytest
from conftest import run_cli

from chatbot.bank.loader import load_bank
from chatbot.bank.sheets import SheetError, export_bank, import_sheet, read_sheet, split_alternates

HEADER = ["id", "question", "alternates", "answer", "source", "related"]
REVIEWED = "2025-03-01"


def _alternates(topic: str) -> list[str]:
    return [f"{topic} question {n}" for n in range(1, 7)]


# The awkward cases: commas and semicolons inside quoted cells, new lines inside cells (as separators
# of alternates and inside an answer), quotes inside cells, accents.
ROWS = [
    [
        "heel-pain",
        "What causes heel pain, usually?",
        "why does my heel hurt|heel pain causes\nsore heel; reasons\n  what makes heels ache  \n"
        "pain in the heel, why|cause of heel soreness",
        'Most heel pain comes from "plantar fasciitis", a strain of the band under the foot.\n'
        "It can also come from a bruise; rest helps.",
        "Heel leaflet, page 2",
        "heel-treatment|heel-shoes",
    ],
    [
        "heel-treatment",
        "How is heel pain treated?",
        "\n".join(_alternates("treatment")),
        "Rest, stretching, good shoes and insoles help most people. Ask your physiotherapist (kinésithérapeute).",
        "Heel leaflet, page 3",
        "heel-pain, heel-shoes",
    ],
    [
        "heel-shoes",
        "Which shoes help with heel pain?",
        " | ".join(_alternates("shoes")),
        "Shoes with a cushioned heel and good arch support take strain off the heel.",
        "",
        "",
    ],
]


def _write(path, rows, delimiter=",", bom=False, encoding="utf-8"):
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    path.write_bytes(("\ufeff" if bom else "").encode(encoding) + buffer.getvalue().encode(encoding))
    return path


@pytest.mark.parametrize(
    ("name", "delimiter", "bom"),
    [("faq.csv", ",", False), ("faq.csv", ",", True), ("excel.csv", ";", True), ("faq.tsv", "\t", False)],
)
def test_a_sheet_with_awkward_cells_becomes_a_bank_and_comes_back_the_same(tmp_path, name, delimiter, bom):
    sheet = _write(tmp_path / name, [HEADER, *ROWS], delimiter, bom)
    import_sheet(str(sheet), str(tmp_path / "bank"), reviewed=REVIEWED)

    bank = load_bank(tmp_path / "bank")
    first = bank.by_id["heel-pain"]
    assert first.question == "What causes heel pain, usually?"
    assert first.alternates == (
        "why does my heel hurt",
        "heel pain causes",
        "sore heel; reasons",
        "what makes heels ache",
        "pain in the heel, why",
        "cause of heel soreness",
    )
    assert first.answer.startswith('Most heel pain comes from "plantar fasciitis", a strain')
    assert first.answer.endswith("It can also come from a bruise; rest helps.")
    assert first.related == ("heel-treatment", "heel-shoes")
    assert bank.by_id["heel-treatment"].related == ("heel-pain", "heel-shoes")
    assert "kinésithérapeute" in bank.by_id["heel-treatment"].answer
    assert bank.by_id["heel-shoes"].alternates == tuple(_alternates("shoes"))
    assert not bank.by_id["heel-pain"].question.startswith("\ufeff")

    # Round trip: the exported sheet holds the same rows, and imports to the same bank.
    out = tmp_path / ("out.tsv" if name.endswith(".tsv") else "out.csv")
    export_bank(str(tmp_path / "bank"), str(out))
    exported = read_sheet(str(out))
    assert [cells["id"] for _, cells in exported] == ["heel-pain", "heel-treatment", "heel-shoes"]
    for (_, cells), row in zip(exported, ROWS, strict=True):
        assert split_alternates(cells["alternates"]) == split_alternates(row[2])
        assert cells["question"] == row[1]
        assert cells["answer"] == " ".join(row[3].split())
    import_sheet(str(out), str(tmp_path / "again"), reviewed=REVIEWED)

    def content(entries):
        return [entry._replace(file="", line=None) for entry in entries]

    assert content(load_bank(tmp_path / "again").entries) == content(bank.entries)
    # and exporting that gives the very same file
    export_bank(str(tmp_path / "again"), str(tmp_path / ("twice" + out.suffix)))
    assert (tmp_path / ("twice" + out.suffix)).read_bytes() == out.read_bytes()


def test_excels_sep_line_is_understood(tmp_path):
    sheet = tmp_path / "faq.csv"
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=";").writerows([HEADER, *ROWS])
    sheet.write_text("sep=;\r\n" + buffer.getvalue(), encoding="utf-8")
    import_sheet(str(sheet), str(tmp_path / "bank"), reviewed=REVIEWED)
    assert len(load_bank(tmp_path / "bank").entries) == 3


def test_bad_rows_are_reported_by_their_row_number_and_nothing_is_written(tmp_path):
    rows = [
        HEADER,
        [*ROWS[0][:5], "heel-treatment"],  # row 2, new lines in its cells: later rows are still counted as rows
        ["heel-treatment", "How is heel pain treated?", "\n".join(_alternates("t")), "", "", ""],  # row 3
        ["heel-pain", "Again?", "\n".join(_alternates("again")), "An answer.", "", ""],  # row 4
        ["", "", "", "", "", ""],  # row 5: blank, skipped
        ["Bad Id", "What is this?", "\n".join(_alternates("bad")), "An answer.", "", ""],  # row 6
        ["few", "Only two ways to ask?", "one way|another way", "An answer.", "", "nowhere"],  # row 7
    ]
    sheet = _write(tmp_path / "faq.csv", rows)
    with pytest.raises(SheetError) as caught:
        import_sheet(str(sheet), str(tmp_path / "bank"), reviewed=REVIEWED)
    problems = caught.value.problems
    assert "row 3 [heel-treatment], column D 'answer': the answer is empty" in problems
    assert "row 4 [heel-pain], column A 'id': duplicate id 'heel-pain' (also in row 2)" in problems
    assert any(p.startswith("row 6 [Bad Id], column A 'id': id 'Bad Id' must be lower-case") for p in problems)
    assert "row 7 [few], column F 'related': related id 'nowhere' does not exist" in problems
    assert not any(p.startswith(("row 1:", "row 2", "row 5")) for p in problems)  # good rows are not blamed
    # Few alternates is a hint, not a fault: it is no reason to refuse the sheet.
    assert not any("alternates" in p for p in problems)
    assert [int(p.split()[1]) for p in problems] == sorted(int(p.split()[1]) for p in problems)
    assert not (tmp_path / "bank").exists()


@pytest.mark.parametrize("magic", [b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"], ids=["xlsx", "xls"])
def test_a_workbook_is_refused_with_how_to_save_it_as_csv(tmp_path, magic):
    book = tmp_path / "faq.xlsx"
    book.write_bytes(magic + b"\x00" * 200)
    with pytest.raises(SheetError) as caught:
        import_sheet(str(book), str(tmp_path / "bank"), reviewed=REVIEWED)
    assert "save as 'CSV UTF-8" in str(caught.value)
    assert not (tmp_path / "bank").exists()


def test_a_row_with_few_alternates_is_imported_with_a_warning_naming_its_row(tmp_path):
    rows = [HEADER, *ROWS, ["few", "Only two ways to ask?", "one way|another way", "An answer.", "", ""]]
    notes = import_sheet(str(_write(tmp_path / "faq.csv", rows)), str(tmp_path / "bank"), reviewed=REVIEWED)
    assert any(note.startswith(f"row {len(rows)} [few]: has 2 alternates") for note in notes), notes
    # A note about meta.yaml (no topic given) names that file, not a row of the sheet.
    assert any(note.startswith("meta.yaml: meta has no 'topic'") for note in notes), notes
    assert load_bank(tmp_path / "bank").by_id["few"].alternates == ("one way", "another way")


def test_a_row_with_empty_cells_is_imported_with_a_warning_for_each_gap(tmp_path):
    # A clinic's first sheet has only id, question and answer. The import wrote the empty cells as an empty list
    # and a made-up source part ("FAQ", which patients then read under the answer), and warned of nothing.
    rows = [HEADER, *ROWS, ["bare", "What is a bare row?", "", "An answer.", "", ""]]
    notes = import_sheet(str(_write(tmp_path / "faq.csv", rows)), str(tmp_path / "bank"), reviewed=REVIEWED)
    for field in ("alternates", "source", "related"):
        assert any(note.startswith(f"row {len(rows)} [bare]: no '{field}'") for note in notes), notes
    bare = load_bank(tmp_path / "bank").by_id["bare"]
    assert (bare.alternates, bare.source, bare.related) == ((), "", ())
    assert "FAQ" not in (tmp_path / "bank" / "entries.yaml").read_text(encoding="utf-8")


def test_a_cell_with_an_invisible_control_character_is_refused_by_its_row(tmp_path):
    rows = [HEADER, *ROWS, ["hidden", "What is hidden?", "", "An answer with a bell\x07 in it.", "", ""]]
    with pytest.raises(SheetError) as caught:
        import_sheet(str(_write(tmp_path / "faq.csv", rows)), str(tmp_path / "bank"), reviewed=REVIEWED)
    expected = f"row {len(rows)} [hidden], column D 'answer': field 'answer' holds an invisible control character"
    assert f"{expected} (U+0007)" in str(caught.value)
    assert not (tmp_path / "bank").exists()


@pytest.mark.parametrize(
    ("header", "message"),
    [
        (["id", "question", "alternates"], "row 1: the header ('id', 'question', 'alternates') has no answer column"),
        (["id", "question", "answer", "Response"], "row 1: columns C 'answer' and D 'Response' both read as the"),
        (["Colour", "Size"], "row 1: no header row: the first row ('Colour', 'Size') names no column a bank has"),
    ],
)
def test_a_bad_header_is_reported_on_row_1(tmp_path, header, message):
    sheet = _write(tmp_path / "faq.csv", [header, ["a"] * len(header)])
    with pytest.raises(SheetError) as caught:
        read_sheet(str(sheet))
    assert any(problem.startswith(message) for problem in caught.value.problems)


def test_a_column_a_bank_has_no_place_for_is_read_as_not_used_and_said_so(tmp_path):
    """A clinic's "colour" or "Category" column is no reason to refuse its sheet: the report names it."""
    sheet = _write(tmp_path / "faq.csv", [["id", "question", "answer", "colour"], ["a", "What is a?", "An a.", "red"]])
    report: list[str] = []
    import_sheet(str(sheet), str(tmp_path / "bank"), reviewed=REVIEWED, report=report)
    assert "  column D 'colour' -> not used (not a column a bank has)" in report
    assert "  column B 'question' -> question" in report
    assert load_bank(tmp_path / "bank").by_id["a"].answer == "An a."


def test_a_sheet_that_is_neither_utf8_nor_windows_text_says_how_to_save_it(tmp_path):
    # Excel's plain "CSV (Comma delimited)" is Windows-1252 and is read (tests/test_sheet_import_hunt.py); bytes
    # that are no letter there (0x81), or control bytes (a renamed image), are not text.
    for data in (b"question,answer\nWhat is \x81?,An answer.\n", b"question,answer\n\x89PNG\x00\x01\xe9\n"):
        sheet = tmp_path / "faq.csv"
        sheet.write_bytes(data)
        with pytest.raises(SheetError, match="not UTF-8 text .*CSV UTF-8"):
            read_sheet(str(sheet))


def test_an_existing_bank_is_never_overwritten_without_force(tmp_path):
    sheet = _write(tmp_path / "faq.csv", [HEADER, *ROWS])
    bank = tmp_path / "bank"
    bank.mkdir()
    (bank / "entries.yaml").write_text("# the clinic's own bank\n", encoding="utf-8")
    with pytest.raises(SheetError, match="a bank is already there .*--force"):
        import_sheet(str(sheet), str(bank), reviewed=REVIEWED)
    assert (bank / "entries.yaml").read_text(encoding="utf-8") == "# the clinic's own bank\n"
    import_sheet(str(sheet), str(bank), force=True, reviewed=REVIEWED)
    assert len(load_bank(bank).entries) == 3


def test_import_warns_of_an_entry_its_own_question_does_not_reach(tmp_path):
    """As `chatbot check` does: here the entry's own question is a request for personal advice."""
    advice = ["heel-pills", "Should I take painkillers for heel pain?", "", "Painkillers ease pain a while.", "", ""]
    sheet = _write(tmp_path / "faq.csv", [HEADER, *ROWS, advice])
    result = run_cli("import", str(sheet), "--to", str(tmp_path / "bank"), "--reviewed", REVIEWED)
    assert result.returncode == 0, result.stderr
    assert "[heel-pills]: its own question reads as a request for personal advice" in result.stdout.decode()


def test_the_commands_import_and_export_with_their_exit_codes(tmp_path):
    sheet = _write(tmp_path / "faq.csv", [HEADER, *ROWS], bom=True)
    bank, out = tmp_path / "bank", tmp_path / "out.csv"
    result = run_cli("import", str(sheet), "--to", str(bank), "--title", "Heel pain", "--reviewed", "2025-03-01")
    assert result.returncode == 0, result.stderr
    assert "wrote 3 entries" in result.stdout.decode()
    assert load_bank(bank).title == "Heel pain" and load_bank(bank).reviewed == "2025-03-01"

    again = run_cli("import", str(sheet), "--to", str(bank), "--reviewed", REVIEWED)
    assert again.returncode == 2 and "--force" in again.stderr.decode()

    assert run_cli("export", str(bank), str(out)).returncode == 0
    refused = run_cli("export", str(bank), str(out))
    assert refused.returncode == 2 and "exists" in refused.stderr.decode()
    assert out.read_bytes().startswith(b"\xef\xbb\xbfid,question,alternates,answer,source,related\r\n")

    bad = _write(tmp_path / "bad.csv", [HEADER, ["x", "What?", "", "", "", ""]])
    failed = run_cli("import", str(bad), "--to", str(tmp_path / "other"), "--reviewed", REVIEWED)
    assert failed.returncode == 2 and "row 2 [x], column D 'answer': the answer is empty" in failed.stderr.decode()
    assert "Traceback" not in failed.stderr.decode()


def test_import_writes_the_topic_and_short_name_the_screens_use(tmp_path):
    sheet = tmp_path / "heel.csv"
    sheet.write_text(
        "id,question,alternates,answer,source,related\n"
        "heel-pain,What causes heel pain?,why does my heel hurt|heel pain causes|sore heel reasons|"
        "heel ache cause|what makes heels hurt|pain in the heel why,"
        "Most heel pain comes from strain on the tissue under the foot. Rest often helps.,Leaflet,\n",
        encoding="utf-8",
    )
    result = run_cli(
        "import", str(sheet), "--to", str(tmp_path / "bank"), "--title", "Heel Help",
        "--topic", "heel pain", "--short-name", "heel pain", "--reviewed", "2025-03-01",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    meta = (tmp_path / "bank" / "meta.yaml").read_text(encoding="utf-8")
    assert "topic: heel pain" in meta and "short_name: heel pain" in meta
    assert "about heel pain" in run_cli("--faq", str(tmp_path / "bank"), "ask", "what time is it").stdout.decode()


def test_a_new_bank_needs_a_clinicians_review_date(tmp_path):
    """Patients read "medically reviewed <date>": the day the sheet was saved is no such date."""
    sheet = _write(tmp_path / "faq.csv", [HEADER, *ROWS])
    with pytest.raises(SheetError) as caught:
        import_sheet(str(sheet), str(tmp_path / "bank"))
    assert "give --reviewed YYYY-MM-DD" in str(caught.value)
    assert not (tmp_path / "bank").exists()
    # A bank that has its meta already keeps its date when a new sheet only renames it.
    import_sheet(str(sheet), str(tmp_path / "bank"), reviewed="2024-02-29")
    import_sheet(str(sheet), str(tmp_path / "bank"), force=True, title="Heel help")
    assert load_bank(tmp_path / "bank").meta.reviewed == "2024-02-29"
