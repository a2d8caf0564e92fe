"""Spreadsheets in and out: a clinic keeps its FAQ in a sheet, the bot reads a bank folder.

`chatbot import FILE.csv --to DIR` turns a sheet into a bank folder and
`chatbot export DIR FILE.csv` writes a bank's entries back as a sheet. The sheet
has a header row naming its columns, in any order and any case:

    id, question, alternates, answer, source, related

`id`, `question` and `answer` are needed; `alternates` are separated by `|` or
new lines inside the cell, `related` ids by `|`, commas, spaces or new lines.
CSV (commas, or semicolons as Excel writes them where the comma is the
decimal mark) and TSV are read with the standard library, with or without
Excel's UTF-8 byte-order mark. Every bad row is reported by its row number in
the spreadsheet (the header is row 1), and nothing is written until the whole
sheet makes a valid bank. An existing bank is never overwritten without `force`.

A sheet holds entries only: a clinic's own red flags (`triage.yaml`, see
`chatbot.safety.bank_triage`) are written by hand in the bank folder. `import
--force` keeps that file (it replaces only the entries), and `export` does not
write it.
"""


import csv
import io
import itertools
import os
import re
import tempfile
from collections.abc import Iterable
from typing import NamedTuple

from chatbot.bank import sheet_columns
from chatbot.bank.checks import MAX_BANK_ENTRIES, TOPIC_GROUP_MAX_CHARS
from chatbot.bank.made_ids import unique_ids
from chatbot.bank.model import FaqEntry
from chatbot.errors import BankError, ChatbotError

# The columns `export` writes, as a bank names its fields; `import` reads these and a clinic's own names.
COLUMNS = sheet_columns.FIELDS
DELIMITERS = (",", ";", "\t")
ENTRIES_FILE = "entries.yaml"
META_FILE = "meta.yaml"
# The bank's topic groups, from the sheet's category column; `import` rewrites (or removes) it each time.
TOPICS_FILE = "topics.yaml"
_TOPICS_HEADER = (
    "# Topic groups from the categories or heading rows of the spreadsheet {name}, written by `chatbot import`:\n"
    "# each import of a sheet rewrites this file (a sheet with neither removes it).\n"
)
# A category is a heading in the menu and the topics list: a pasted paragraph there is refused, with this limit.
MAX_CATEGORY_CHARS = TOPIC_GROUP_MAX_CHARS
# More groups than this is a list, not a menu: said in the report (a column of free text read as categories?).
MANY_CATEGORIES = 30
# A sheet bigger than this is not a FAQ: refuse it before reading it into memory.
MAX_SHEET_BYTES = 64 * 1024 * 1024
# A bank's limit (a million short rows fit in 64 MB and took hours): refused before any YAML is written.
MAX_SHEET_ROWS = MAX_BANK_ENTRIES
_ALTERNATE_SEPARATOR = re.compile(r"\s*(?:\|+|\r?\n|\r)\s*")
# In a cell with no "|" and no new line, ";" separates the alternates ("when can I drive; can I drive after").
_ALTERNATE_SEMICOLON = re.compile(r"\s*;+\s*")
# A list typed into a cell: "- ...", "* ...", "• ...", "1. ...", "2) ...".
_BULLET = re.compile(r"^(?:[-*\u2022\u2023\u25e6\u2043\u2013]|\d{1,3}[.)])\s+")
_RELATED_SEPARATOR = re.compile(r"[\s|,;]+")
# A `related` cell that names questions rather than ids: one question a line, or between "|" or ";".
_RELATED_QUESTIONS = re.compile(r"\s*(?:[|;]+|\r?\n|\r)\s*")
# A cell starting with one of these is a formula to a spreadsheet ("=cmd|' /C calc'!A0" runs a program:
# CSV injection), so `export` writes it after an apostrophe, which makes it text, and `import` takes
# the apostrophe off again. A cell already starting with apostrophes before one gets one more, so
# every cell comes back exactly.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class SheetError(ChatbotError):
    """A sheet that cannot be imported (or a bank that cannot be exported); lists every problem."""

    def __init__(self, file: str, problems: list[str], report: Iterable[str] = ()):
        self.problems = list(problems)
        self.report = list(report)  # what was read as what, when the header was found before the refusal
        count = len(self.problems)
        header = f"{file}: {count} problem{'s' if count != 1 else ''}:"
        super().__init__("\n".join([header, *(f"  {problem}" for problem in self.problems)]))


# Reading a sheet.


class Sheet(NamedTuple):
    """A sheet as read: its rows, by field, and what was read as what (for the import's report)."""

    rows: list[tuple[int, dict[str, str]]]
    report: list[str]
    # Each field's column as the sheet shows it ("column C 'Response'"), so a refused row names the cell to fix.
    columns: dict[str, str] = {}


def read_sheet(file: str) -> list[tuple[int, dict[str, str]]]:
    """The rows of a sheet as (row number, {field: cell}), blank rows skipped; raises SheetError."""
    return load_sheet(file).rows


def load_sheet(file: str) -> Sheet:
    """The sheet's rows by field (its header read by meaning, see `sheet_columns`) and the report of how."""
    if file.lower().endswith((".yaml", ".yml")) and os.path.isfile(file):
        # Read as a sheet, a bank's own entries.yaml gave "row 1: unknown column '# Imported from ...'".
        folder = os.path.dirname(file) or "."
        message = f"a bank file, not a spreadsheet: it needs no import; check it with `chatbot check {folder}`"
        raise SheetError(file, [message])
    text, encoding = _read_text(file)
    delimiter = "\t" if file.lower().endswith((".tsv", ".tab")) else _delimiter(text)
    skipped = 0
    if text.startswith("sep=") and len(text) > 4:  # Excel's own hint line, "sep=;", before the header
        delimiter, text, skipped = text[4], text.partition("\n")[2], 1
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[list[str]] = []
    try:
        records.extend(reader)
    except csv.Error as error:
        # The row being read, as the spreadsheet numbers it (a cell with new lines spans several lines of text).
        column = _column_of_run_on_cell(text, delimiter, len(records))
        where = f"row {len(records) + 1 + skipped}" + (
            f", column {sheet_columns.column_letter(column)}" if column is not None else ""
        )
        raise SheetError(file, [f"{where}: {_csv_problem(error)}"]) from None
    if not records:
        raise SheetError(file, ["the sheet is empty: it needs a header row (Question, Answer, ...)"])
    try:
        header = sheet_columns.find_header(records)
    except sheet_columns.HeaderProblem as problem:
        raise SheetError(file, [f"row {problem.row + 1 + skipped}: {problem}"]) from None
    first = header.row + 1 + skipped  # the header's row number, as the spreadsheet shows it
    report = [f"read {os.path.basename(file)}: {_DELIMITER_NAMES[delimiter]}, header on row {first}{encoding}"]
    report += [f"  {line}" for line in sheet_columns.describe(header)]
    entries = sum(1 for record in records[header.row + 1 :] if any(cell.strip() for cell in record))
    if entries > MAX_SHEET_ROWS:
        # Counted before any row is read into an entry, which took half a minute for a million rows.
        message = f"the sheet has {entries:,} entries; a bank can have at most {MAX_SHEET_ROWS:,}"
        raise SheetError(file, [message + " (split the topic into banks)"])
    problems, rows, headings, links, inherited, heading_groups, question_headings = [], [], [], [], [], [], []
    width = len(header.names)
    category = ""  # the category of the rows above, for a cell left blank under it (merged cells)
    for number, record in enumerate(records[header.row + 1 :], start=first + 1):
        if not any(cell.strip() for cell in record):
            continue
        if len(record) > width and any(cell.strip() for cell in record[width:]):
            extra = width + next(index for index, cell in enumerate(record[width:]) if cell.strip())
            problems.append(
                f"row {number}, column {sheet_columns.column_letter(extra)}: more cells than columns "
                "(is a comma or semicolon missing its quotes?)"
            )
            continue
        cells = {}
        for column, field in header.fields.items():
            written = record[column] if column < len(record) else ""
            cell, problem = _formula_text(written, field, header.names[column])
            if problem:
                problems.append(f"row {number}, column {sheet_columns.column_letter(column)}: {problem}")
            elif cell != written and number not in links:
                links.append(number)
            cells[field] = _unquoted(cell)
        if _is_heading(cells):
            # "Before your operation" in the question column, nothing else: a heading, whose answer is not missing.
            if "category" not in header.fields.values():
                category = " ".join(cells["question"].split())
                heading_groups.append(number)
            else:
                question_headings.append(number)
            continue
        if "category" not in header.fields.values():
            cells["category"] = category  # the heading row above it, if any
        else:
            cells["category"] = " ".join(cells["category"].split())
            if cells["category"]:
                category = cells["category"]
            elif category:
                # A category cell merged over several rows is saved in its first row only, the rest left blank.
                cells["category"] = category
                inherited.append(number)
        if not cells.get("question", "").strip() and not cells.get("answer", "").strip():
            # A section heading ("Before your operation") or a note between entries: no entry to make.
            headings.append(number)
            continue
        rows.append((number, cells))
    if problems:
        raise SheetError(file, problems, report)
    if links:
        report.append(f"  {_rows(links)}: a =HYPERLINK formula, read as its words and its address")
    if inherited:
        report.append(
            f"  {_rows(inherited)}: no category, so the category of the row above (a cell merged over rows is "
            "saved in its first row only)"
        )
    if heading_groups:
        report.append(f"  {_rows(heading_groups)}: a heading, not a question: the topic group of the rows below it")
    if question_headings:
        report.append(
            f"  skipped {_rows(question_headings)}: a heading in the question column (the category column groups "
            "the questions)"
        )
    if headings:
        report.append(f"  skipped {_rows(headings)}: no question and no answer (a heading or a note)")
    columns = {
        field: f"column {sheet_columns.column_letter(column)} '{header.names[column]}'"
        for column, field in header.fields.items()
    }
    return Sheet(rows, report, columns)


def _is_heading(cells: dict[str, str]) -> bool:
    """A row that is a heading in the question column: no other cell, short, no "?", no question's first word."""
    text = " ".join(cells.get("question", "").split())
    if not text or any(value.strip() for field, value in cells.items() if field not in ("question", "category")):
        return False
    words = sheet_columns.fold_name(text).split()
    return (
        len(text) <= MAX_CATEGORY_CHARS
        and "?" not in text
        and bool(words)
        and words[0] not in sheet_columns.question_openers()
    )


# What a spreadsheet shows in a cell whose formula failed: never text for a patient.
_SHEET_ERRORS = ("#REF!", "#VALUE!", "#NAME?", "#N/A", "#DIV/0!", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#ERROR!")
# =HYPERLINK("https://...", "our leaflet"), with "," or ";" between (Excel in a European locale), label optional.
_HYPERLINK = re.compile(r'=\s*HYPERLINK\(\s*"([^"]*)"\s*(?:[,;]\s*"([^"]*)"\s*)?\)\s*', re.IGNORECASE)


def _formula_text(cell: str, field: str, name: str) -> tuple[str, str]:
    """A cell as text for the bank, and a problem ("" if none): a formula or an error value is no text.

    A sheet saved with its formulas (LibreOffice can; a cell typed as "=..." too) gave patients
    '=HYPERLINK("https://...","leaflet")' as an answer, and "#REF!" was an answer too. A link becomes its
    words and its address; any other formula or error value is refused, with how to keep the text instead.
    (A cell `export` wrote after an apostrophe is text, and stays as it is.)"""
    stripped = cell.strip()
    what = f"the {field} cell" if field == fold_field(name) else f"the {field} cell ('{name}')"
    if stripped.upper() in _SHEET_ERRORS:
        return cell, (
            f"{what} shows the spreadsheet error {stripped.upper()} (a formula that failed): "
            "type the text itself into the cell"
        )
    if not stripped.startswith("="):
        return cell, ""
    link = _HYPERLINK.fullmatch(stripped)
    if link:
        address, words = link.group(1).strip(), (link.group(2) or "").strip()
        return (f"{words} ({address})" if words and words != address else address), ""
    shown = stripped if len(stripped) <= 40 else stripped[:40] + "..."
    return cell, (
        f"{what} is a formula ({shown!r}), not text: in the spreadsheet, copy the column and paste it back "
        "as values only (Paste Special, Values), then save the sheet again"
    )


def fold_field(name: str) -> str:
    """A header cell as a field name would be written ("Answer" -> "answer"), to name a cell by its column."""
    return sheet_columns.fold_name(name)


_DELIMITER_NAMES = {",": "commas", ";": "semicolons", "\t": "tabs"}


def _rows(numbers: list[int], shown: int = 8) -> str:
    """ "row 5", "rows 5, 9 and 12", "rows 5, 9, ... (30 in all)" """
    if len(numbers) == 1:
        return f"row {numbers[0]}"
    if len(numbers) <= shown:
        return "rows " + ", ".join(map(str, numbers[:-1])) + f" and {numbers[-1]}"
    return "rows " + ", ".join(map(str, numbers[:shown])) + f", ... ({len(numbers):,} in all)"


def _csv_problem(error: csv.Error) -> str:
    """What the csv module found, in words a clinic can act on."""
    if "field limit" in str(error):
        # Most often a quote left open, which runs the cell on through the rows after it.
        return f'a cell is longer than {csv.field_size_limit():,} characters (is a quote (") left open?)'
    if "unexpected end of data" in str(error):
        return 'a quote (") opens a cell here that is never closed'
    if "expected after" in str(error):
        # '"What is" HO?,...': a cell opened by a quote goes on after the quote that closes it.
        return (
            'a cell starts with a quote (") and goes on after its closing quote; in a CSV file a quote inside a cell '
            'is written twice (""): save the sheet from the spreadsheet again, or double those quotes'
        )
    return f"not valid CSV ({error})"


def _column_of_run_on_cell(text: str, delimiter: str, index: int) -> int | None:
    """The column of the cell the csv module stopped in, on record `index`, or None when it cannot be told.

    Read again with no size limit and not strictly: a cell over the limit is the one; a quote never closed makes
    its cell run on to the end of the text, the last cell of its record. No other cell is named."""
    limit = csv.field_size_limit()
    try:
        csv.field_size_limit(max(limit, len(text) + 1))  # the text is at most the sheet's 64 MB
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        record = next(itertools.islice(reader, index, None), None)
    except csv.Error:
        return None
    finally:
        csv.field_size_limit(limit)
    if not record:
        return None
    too_long = next((column for column, cell in enumerate(record) if len(cell) > limit), None)
    if too_long is not None:
        return too_long
    return len(record) - 1 if record[-1].endswith(("\n", "\r")) else None


def _read_text(file: str) -> tuple[str, str]:
    """The sheet's text, and how it was read for the report ("" for UTF-8, the commonest)."""
    try:
        if not os.path.isfile(file):
            raise SheetError(file, ["no such file (or not a regular file)"])
        if os.path.getsize(file) > MAX_SHEET_BYTES:
            raise SheetError(file, [f"the file is larger than {MAX_SHEET_BYTES // (1024 * 1024)} MB"])
        with open(file, "rb") as handle:
            data = handle.read(MAX_SHEET_BYTES + 1)
    except OSError as error:
        raise SheetError(file, [f"cannot read the file: {error.strerror}"]) from None
    # A workbook (.xlsx and .ods are zip files, .xls an OLE file) is no sheet of text: say how to save one.
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        message = "a spreadsheet workbook, not a CSV file: in Excel, save as 'CSV UTF-8 (Comma delimited)'"
        raise SheetError(file, [message])
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # Excel's "Unicode Text (*.txt)": UTF-16 with a byte-order mark, cells between tabs.
        try:
            return data.decode("utf-16"), ", UTF-16 text (Excel's Unicode Text)"
        except UnicodeDecodeError:
            message = "not valid UTF-16 text (in Excel, save as 'CSV UTF-8 (Comma delimited)')"
            raise SheetError(file, [message]) from None
    try:
        return data.decode("utf-8-sig"), ""  # Excel's "CSV UTF-8" starts with a byte-order mark
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        message = f"line {line}: not UTF-8 text (in Excel, save as 'CSV UTF-8 (Comma delimited)')"
        failed = SheetError(file, [message])
    # Excel's plain "CSV (Comma delimited)" on Windows writes Windows-1252: "café", "naïve", a "–" dash. Read so,
    # and said in the report. A file with control bytes is no text at all (an image or a document renamed .csv).
    if re.search(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]", data):
        raise failed
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # bytes Windows-1252 has no letter for
        raise failed from None
    return text, ", Windows-1252 text, not UTF-8 (check accents and dashes in the bank; 'CSV UTF-8' avoids this)"


def _is_quoted_formula(cell: str) -> bool:
    return cell.lstrip("'").startswith(_FORMULA_START)


def _unquoted(cell: str) -> str:
    """A cell as `export` meant it: "'=1+1" (text in a spreadsheet) is the bank's "=1+1"."""
    return cell[1:] if cell.startswith("'") and _is_quoted_formula(cell) else cell


def _as_text(cell: str) -> str:
    """A cell no spreadsheet runs as a formula (see _FORMULA_START)."""
    return "'" + cell if _is_quoted_formula(cell) else cell


def _delimiter(text: str) -> str:
    """Comma, semicolon or tab: whichever splits a row near the top (the header) into most known column names."""
    # The header's line among the first that hold more than separators (a blank row is ",,,," in a CSV file).
    lines = text[:_HEAD_CHARS].splitlines()
    head = [line for line in lines if line.strip(",;\t \ufeff")][: sheet_columns.HEADER_SEARCH_ROWS * 2]
    best, best_count = ",", 0
    for delimiter in DELIMITERS:
        try:
            count = max((sheet_columns.known_count(row) for row in csv.reader(head, delimiter=delimiter)), default=0)
        except csv.Error:
            continue
        if count > best_count:
            best, best_count = delimiter, count
    return best


# How much of the text the delimiter is guessed from: the header and a few rows, not a 64 MB file.
_HEAD_CHARS = 64 * 1024


def entries_from_rows(
    rows: Iterable[tuple[int, dict[str, str]]], notes: list[str] | None = None
) -> list[tuple[int, dict]]:
    """Bank entries from sheet rows, each with its row number; the bank's own checks judge them.

    A row with no id gets one made from its question (see `made_ids`); a `related` cell may name ids or
    questions of the sheet. What was made is added to `notes` for the import's report."""
    rows = list(rows)
    notes = [] if notes is None else notes
    questions = []
    for number, cells in rows:
        # Several questions in the question cell, one a line: the first is the question, the others alternates.
        cell = cells.get("question", "")
        # (New lines only: a "|" may be part of a question, and a formula cell "=cmd|' /C calc'!A0" is one.)
        lines = [" ".join(_BULLET.sub("", line.strip()).split()) for line in cell.strip().splitlines()]
        question, *more = [line for line in lines if line] if len(lines) > 1 else [cell]
        questions.append((" ".join(question.split()), more))
        if more:
            notes.append(
                f"row {number}: {1 + len(more)} questions in the question cell; the first is the question, "
                "the others are alternates"
            )
    given = [cells.get("id", "").strip() or None for _, cells in rows]
    ids = unique_ids(given, [question for question, _ in questions])
    made = [(number, made_id) for (number, _), made_id, own in zip(rows, ids, given, strict=True) if not own]
    _note_made_ids(notes, made, len(rows))
    by_question = {_question_key(question): entry_id for (question, _), entry_id in zip(questions, ids, strict=True)}
    entries = []
    for (number, cells), entry_id, (question, more) in zip(rows, ids, questions, strict=True):
        entry: dict = {"id": entry_id} if entry_id else {}  # an empty id is left out, to be reported as missing
        entry["question"] = question
        entry["alternates"] = [*more, *split_alternates(cells.get("alternates", ""))]
        entry["answer"] = cells.get("answer", "").strip()
        entry["source"] = " ".join(cells.get("source", "").split())
        entry["related"] = _related(cells.get("related", ""), by_question)
        # An empty cell is left out, as a hand-written entry leaves the field out, so that the checks warn of the
        # gap by its row ("no 'alternates': ..."); an empty list, or a made-up source part, hid every such gap.
        for field in ("alternates", "source", "related"):
            if not entry[field]:
                del entry[field]
        entries.append((number, entry))
    return entries


def _note_made_ids(notes: list[str], made: list[tuple[int, str]], rows: int) -> None:
    """Tell which ids were made from questions: for every row (no id column) or for the rows left blank."""
    if not made:
        return
    shown = ", ".join(f"row {number} -> {entry_id}" for number, entry_id in made[:3]) + (
        ", ..." if len(made) > 3 else ""
    )
    if len(made) == rows:
        notes.append(f"no ids in the sheet: made each entry's id from its question ({shown})")
    else:
        notes.append(f"{len(made)} of {rows} rows have no id: made from the question ({shown})")


def _question_key(question: str) -> str:
    return " ".join(question.lower().replace("?", " ").split())


def _related(cell: str, by_question: dict[str, str]) -> list[str]:
    """The ids a `related` cell names: ids ("heel-pain, heel-shoes") or the sheet's own questions, one a line."""
    found: list[str] = []
    for part in _RELATED_QUESTIONS.split(cell):
        if not part:
            continue
        entry_id = by_question.get(_question_key(part))
        found.extend([entry_id] if entry_id else [item for item in _RELATED_SEPARATOR.split(part) if item])
    return list(dict.fromkeys(found))


def split_alternates(cell: str) -> list[str]:
    """The alternates of one cell: separated by `|` or new lines (else by `;`), bullets off, blank ones dropped."""
    separator = _ALTERNATE_SEPARATOR if _ALTERNATE_SEPARATOR.search(cell) else _ALTERNATE_SEMICOLON
    parts = (" ".join(_BULLET.sub("", part.strip()).split()) for part in separator.split(cell))
    return [part for part in parts if part]


# Importing a sheet into a bank folder.


def import_sheet(
    file: str,
    folder: str,
    force: bool = False,
    title: str | None = None,
    source: str | None = None,
    reviewed: str | None = None,
    topic: str | None = None,
    short_name: str | None = None,
    report: list[str] | None = None,
    written: list[int] | None = None,
) -> list[str]:
    """Turn a sheet into the bank folder `folder`; returns notes for the user. Raises SheetError.

    `report`, if given, gets what was read as what (the delimiter, each column's field, the ids made from
    questions), to show before the notes; `written`, if given, the number of entries written.

    Writes `entries.yaml` and, unless the folder has one already (or meta is given), `meta.yaml`.
    """
    if os.path.exists(folder) and not os.path.isdir(folder):
        raise SheetError(folder, ["exists and is not a folder"])
    existing = _bank_files(folder)
    if existing and not force:
        names = ", ".join(sorted(existing))
        raise SheetError(folder, [f"a bank is already there ({names}); add --force to replace its entries"])
    try:
        sheet = load_sheet(file)
    except SheetError as error:
        # A formula or a row with more cells than columns: what each column was read as still shows first.
        if report is not None:
            report += error.report
        raise
    made: list[str] = []
    entries = entries_from_rows(sheet.rows, made)
    if report is not None:
        # Told even when the sheet is then refused: a column read as the wrong field shows why.
        report += [*sheet.report, *(f"  {note}" for note in made)]
    if not entries:
        raise SheetError(file, ["the sheet has a header but no entries"])
    topics_text = _topics_text(file, sheet.rows, entries, report)
    topics_path = os.path.join(folder, TOPICS_FILE)
    if topics_text and os.path.exists(topics_path) and not _written_by_import(topics_path):
        raise SheetError(
            folder,
            [f"{TOPICS_FILE} is there and was not written by an import; rename it, as an import writes that file"],
        )
    notes: list[str] = []
    meta_text = None
    given = {"title": title, "source": source, "reviewed": reviewed, "topic": topic, "short_name": short_name}
    if any(given.values()) or not os.path.exists(os.path.join(folder, META_FILE)):
        # A re-import changes only the meta it is given: "--force --reviewed <new date>" rewrote meta.yaml from
        # the file's name, dropping the clinic's title, source, topic, contact and its own emergency number.
        meta = _meta_in(folder)
        meta.update({key: value for key, value in given.items() if value})
        if not meta.get("reviewed"):
            # Patients read "medically reviewed <date>" under every answer: only a clinician's date will do,
            # never the day the file happened to be saved.
            raise SheetError(
                file,
                [
                    "no review date: give --reviewed YYYY-MM-DD, the day a clinician last checked these answers "
                    "(patients see it under every answer)"
                ],
            )
        if not meta.get("source"):
            # "Source: faq-final-v2.csv" tells a patient nothing about the facts.
            notes.append(_no_source_note(os.path.basename(file), entries))
        meta = {"title": _title_from(file), "source": os.path.basename(file), **meta}
        # The subject in words ("heel pain") fills the screens' wording; without it, the title does.
        meta_text = _dump({"meta": meta})
    # All entries dumped at once (one call per entry cost 2.5 ms each: a minute for 20,000 rows). Each entry starts
    # on a line of its own that opens with "- " (nested lists and wrapped text are indented), so the line it starts
    # on, where the checks report it, gives its row.
    entries_text = "entries:\n" + _dump([entry for _, entry in entries])
    starts = [number for number, text in enumerate(entries_text.split("\n"), start=1) if text.startswith("- ")]
    row_at_line = dict(zip(starts, (number for number, _ in entries), strict=True))
    id_rows = {entry["id"]: number for number, entry in entries if entry.get("id")}
    meta_written = meta_text or _read(os.path.join(folder, META_FILE))
    notes += _validate(file, entries_text, meta_written, row_at_line, topics_text, id_rows, sheet.columns)
    header = _ENTRIES_HEADER.format(name=os.path.basename(file))
    try:
        os.makedirs(folder, exist_ok=True)
        _write_atomically(os.path.join(folder, ENTRIES_FILE), header + entries_text)
        if meta_text is not None:
            _write_atomically(os.path.join(folder, META_FILE), meta_text)
        if topics_text:
            _write_atomically(topics_path, topics_text)
        elif os.path.exists(topics_path) and _written_by_import(topics_path):
            # A sheet with no categories now: the groups of the last one would name entries it may not have.
            os.unlink(topics_path)
            notes.append(f"removed {topics_path}: the sheet has no categories or heading rows now")
    except OSError as error:  # a folder under a file, a read-only disk: one line, not a traceback
        raise SheetError(folder, [f"cannot write the bank: {error.strerror or error}"]) from None
    notes.insert(0, f"wrote {_entries(len(entries))} to {os.path.join(folder, ENTRIES_FILE)}")
    if written is not None:
        written.append(len(entries))
    return summarized(notes)


def _topics_text(file: str, rows: list[tuple[int, dict[str, str]]], entries: list[tuple[int, dict]], report) -> str:
    """The bank's topic groups from the sheet's category column, as YAML ("" when the sheet has none).

    Groups come in the order the sheet first names them, each with its entries in the sheet's order; a row
    with no category (above the first one) is in no group, and the topics list shows it under "More questions".
    """
    groups: dict[str, list[str]] = {}
    problems = []
    for (number, cells), (_, entry) in zip(rows, entries, strict=True):
        name = cells.get("category", "")
        if len(name) > MAX_CATEGORY_CHARS:
            shown = name[:40] + "..."
            problems.append(
                f"row {number}: the category is {len(name):,} characters ({shown!r}); a category is a heading in "
                f"the menu, at most {MAX_CATEGORY_CHARS}: shorten it"
            )
        elif name and entry.get("id"):
            groups.setdefault(name, []).append(entry["id"])
    if problems:
        raise SheetError(file, problems)
    if not groups:
        return ""
    if report is not None:
        named = ", ".join(repr(name) for name in list(groups)[:5]) + (", ..." if len(groups) > 5 else "")
        count = f"{len(groups)} topic group{'s' if len(groups) != 1 else ''}"
        report.append(f"  {count} for the menu and the topics list: {named}")
        if len(groups) > MANY_CATEGORIES:
            report.append(
                f"  note: {len(groups)} categories make a long menu; is the category column free text? "
                "a few headings (Before, After, Problems) group the questions best"
            )
    document = {"screens": {"topic_groups": [{"name": name, "ids": ids} for name, ids in groups.items()]}}
    return _TOPICS_HEADER.format(name=os.path.basename(file)) + _dump(document)


def _written_by_import(path: str) -> bool:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read(len(_TOPICS_HEADER)).startswith(_TOPICS_HEADER[:30])
    except (OSError, UnicodeDecodeError):
        return False


# A warning that many rows share is said once, with the rows ("rows 2, 3, ... (5,000 in all)"): a first sheet
# with no alternates column gave three lines a row, 15,000 lines for 5,000 rows, and hid every other warning.
SUMMARIZE_AFTER = 3
_ROW_NOTE = re.compile(r"row (\d+)(?: \[[^\]]*\])?: (.*)", re.DOTALL)


def summarized(notes: list[str]) -> list[str]:
    """The notes, each warning that more than SUMMARIZE_AFTER rows share told once with its rows, where the
    first of them stood."""
    by_message: dict[str, list[int]] = {}
    for note in notes:
        found = _ROW_NOTE.fullmatch(note)
        if found:
            by_message.setdefault(found.group(2), []).append(int(found.group(1)))
    result, told = [], set()
    for note in notes:
        found = _ROW_NOTE.fullmatch(note)
        if not found or len(by_message[found.group(2)]) <= SUMMARIZE_AFTER:
            result.append(note)
        elif found.group(2) not in told:
            told.add(found.group(2))
            result.append(f"{_rows(by_message[found.group(2)])}: {found.group(2)}")
    return result


def _no_source_note(name: str, entries: list[tuple[int, dict]]) -> str:
    """What patients read when the bank's meta source is the sheet's file name: it stands in for the source of
    each row that names none, and "who are you" quotes it. A sheet whose every row has a source was told that
    patients read the file name under every answer, which was not so."""
    without = sum(1 for _, entry in entries if "source" not in entry)
    if without == len(entries):
        where = f"patients read 'Source: {name}' under every answer"
    elif without:
        rows = "the row" if without == 1 else f"the {without} rows"
        where = f"patients read 'Source: {name}' under the answers of {rows} with no source"
    else:
        where = f"the bot says its facts come from '{name}' when asked who it is"
    return f"{META_FILE}: no --source, so {where}; give --source with the leaflet or page the answers come from"


_ENTRIES_HEADER = "# Imported from the spreadsheet {name} by `chatbot import`; `chatbot export` writes it back.\n"


def _meta_in(folder: str) -> dict:
    """The meta a bank folder already has, in meta.yaml or inside entries.yaml (a bank first written by hand),
    as plain text values; {} when it has none that can be read."""
    import yaml

    from chatbot.bank import safe_yaml

    for name in (META_FILE, ENTRIES_FILE):
        try:
            document = safe_yaml.load(safe_yaml.read_text(os.path.join(folder, name)), safe_yaml.safe_loader())
        except (OSError, ValueError, yaml.YAMLError):  # FileRefused and YamlRefused are ValueErrors
            continue
        meta = document.get("meta") if isinstance(document, dict) else None
        if isinstance(meta, dict):
            # A date YAML read (reviewed: 2025-03-01) is written back as the text it was.
            return {str(key): _as_written(value) for key, value in meta.items()}
    return {}


def _as_written(value):
    """A meta value as the clinic wrote it: a date YAML read (reviewed: 2025-03-01) goes back as that text."""
    import datetime

    return value.isoformat() if isinstance(value, datetime.date) else value


def _bank_files(folder: str) -> list[str]:
    try:
        return [name for name in os.listdir(folder) if name.endswith((".yaml", ".yml"))]
    except OSError:
        return []


def _title_from(file: str) -> str:
    stem = os.path.splitext(os.path.basename(file))[0]
    words = re.sub(r"[-_]+", " ", stem).split()
    return " ".join(words).capitalize() if words else "FAQ"


def _dump(value: dict | list) -> str:
    import yaml

    # The C emitter where PyYAML has it (it writes the same text), about ten times faster than the Python one.
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(value, Dumper=dumper, allow_unicode=True, sort_keys=False, width=100, default_flow_style=False)


def _read(path: str) -> str:
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def _validate(
    file: str,
    entries_text: str,
    meta_text: str,
    row_at_line: dict[int, int],
    topics_text: str = "",
    id_rows: dict[str, int] | None = None,
    columns: dict[str, str] | None = None,
) -> list[str]:
    """Load the would-be bank as the bot would; its problems become problems of the sheet's rows.

    `row_at_line`: the sheet row of the entry that starts on each line of `entries_text`; `columns`: each
    field's column, named in a refused row's problem ("row 4 [heel-pain], column C 'Response': the answer is
    empty"). Returns the bank's warnings (an entry with few alternates), by row too.
    """
    from chatbot.bank.loader import load_bank

    id_rows = id_rows or {}
    columns = columns or {}

    def by_row(problem, name_column: bool = False) -> str:
        # "(also in /tmp/.../entries.yaml:12)" names the other row, as the sheet numbers it.
        message = re.sub(
            r"\S*" + re.escape(ENTRIES_FILE) + r":(\d+)",
            lambda found: f"row {row_at_line.get(int(found.group(1)), '?')}",
            problem.message,
        )
        # "... is also under 'what-is-a-hearing-test'": a clinic looks for the row, not for an id it never wrote.
        others = {entry_id: row for entry_id, row in id_rows.items() if entry_id != problem.entry_id}
        message = re.sub(r"'([a-z0-9][a-z0-9-]*)'", lambda found: _with_row(found, others), message)
        entry = f" [{problem.entry_id}]" if problem.entry_id else ""
        if os.path.basename(problem.file) == META_FILE:  # meta.yaml's lines are no rows of the sheet
            return f"{META_FILE}: {message}"
        if problem.line in row_at_line:
            # Warnings keep "row N [id]: ..." so that one shared by many rows is told once (see `summarized`).
            column = f", {columns[problem.field]}" if name_column and problem.field in columns else ""
            return f"row {row_at_line[problem.line]}{entry}{column}: {message}"
        return f"{message}{entry}"

    with tempfile.TemporaryDirectory() as scratch:
        with open(os.path.join(scratch, ENTRIES_FILE), "w", encoding="utf-8") as handle:
            handle.write(entries_text)
        with open(os.path.join(scratch, META_FILE), "w", encoding="utf-8") as handle:
            handle.write(meta_text)
        if topics_text:
            with open(os.path.join(scratch, TOPICS_FILE), "w", encoding="utf-8") as handle:
                handle.write(topics_text)
        try:
            bank = load_bank(scratch)
        except BankError as error:
            # A group naming a row's id that the row's own problem kept out of the bank: that problem says it.
            problems = [by_row(problem, name_column=True) for problem in error.problems if not _group_echo(problem)]
            raise SheetError(file, sorted(problems, key=_row_order)) from None
    return sorted((by_row(note) for note in bank.notes), key=_row_order)


def _group_echo(problem) -> bool:
    return os.path.basename(problem.file) == TOPICS_FILE and "names an id that does not exist" in problem.message


def _with_row(found: re.Match, id_rows: dict[str, int]) -> str:
    """A quoted id in a message, with the row it is on: "'heel-pain' (row 7)"."""
    row = id_rows.get(found.group(1))
    return f"{found.group(0)} (row {row})" if row else found.group(0)


def _row_order(problem: str) -> tuple[int, str]:
    found = re.match(r"row (\d+)", problem)
    return (int(found.group(1)) if found else 0, problem)


def _write_atomically(path: str, text: str) -> None:
    folder = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".import-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        os.chmod(temporary, 0o644)  # a bank is read by whoever runs the bot, like the sheet it came from
        os.replace(temporary, path)
    except BaseException:  # noqa: B036 - leave no half-written file behind, whatever stopped us
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise


# Exporting a bank to a sheet.


def sheet_rows(entries: Iterable[FaqEntry], groups: Iterable = (), more: str = "More questions") -> list[list[str]]:
    """A bank's entries as sheet rows, header first: alternates one per line in their cell.

    A bank with topic groups gets a last column, `category`: each entry's first group, written in every row
    (an entry in no group after one in a group gets the topics list's own heading for those, `more`, so that
    `import` does not read its blank cell as merged with the row above)."""
    group_of: dict[str, str] = {}
    for group in groups:
        for entry_id in group.ids:
            group_of.setdefault(entry_id, group.name)
    rows = [list(COLUMNS if group_of else COLUMNS[:-1])]
    named = False
    for entry in entries:
        row = [entry.id, entry.question, _alternates_cell(entry.alternates), entry.answer, entry.source]
        row.append(", ".join(entry.related))
        if group_of:
            category = group_of.get(entry.id, "")
            named = named or bool(category)
            row.append(category or (more if named else ""))
        rows.append(row)
    return rows


def _alternates_cell(alternates: tuple[str, ...]) -> str:
    """Alternates one a line; a single one holding ";" ends with a new line, or import would split it there."""
    cell = "\n".join(alternates)
    return cell + "\n" if len(alternates) == 1 and ";" in cell else cell


# The file name `export` reads as "the standard output", as command-line tools do.
STDOUT = "-"


def sheet_text(folder: str, tsv: bool = False, bom: bool = True) -> tuple[str, int]:
    """The entries of the bank in `folder` as the text of a sheet, and how many there are.

    A byte-order mark first (for a CSV file) tells Excel the text is UTF-8, so accents and dashes survive a
    double-click; a sheet sent down a pipe goes without one, as other tools expect.
    """
    from chatbot.bank.loader import load_bank

    bank = load_bank(folder)  # a bad bank is reported as such (BankError), before anything is written
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter="\t" if tsv else ",", lineterminator="\r\n")
    rows = sheet_rows(bank.entries, bank.topic_groups, bank.screens.get("more_topics", "More questions"))
    writer.writerows([_as_text(cell) for cell in row] for row in rows)
    return ("\ufeff" if bom and not tsv else "") + buffer.getvalue(), len(bank.entries)


def export_bank(folder: str, file: str, force: bool = False) -> str:
    """Write the entries of the bank in `folder` to the sheet `file` (.csv or .tsv); returns a note."""
    if file == STDOUT:
        raise SheetError(file, ["the standard output is written by the command line, not here"])
    if os.path.exists(file) and not force:
        raise SheetError(file, ["the file exists; add --force to replace it"])
    if os.path.exists(file) and not os.path.isfile(file):
        # The atomic write renames a new file over the old name: over /dev/full or a FIFO that would
        # replace the device itself, whatever --force says.
        raise SheetError(file, ["not a regular file (a device, a FIFO or a folder): give the name of a file"])
    data, count = sheet_text(folder, tsv=file.lower().endswith((".tsv", ".tab")))
    try:
        _write_atomically(file, data)
    except OSError as error:
        raise SheetError(file, [f"cannot write the file: {error.strerror}"]) from None
    return f"wrote {_entries(count)} to {file}"


def _entries(count: int) -> str:
    return f"{count} entry" if count == 1 else f"{count} entries"
