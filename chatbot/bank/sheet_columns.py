"""A sheet's header read by meaning: "Q", "Questions", "FAQ" are the question; "Other ways to ask" the alternates.

A clinic's spreadsheet names its columns in its own words and order. The names each column may have are data
(`sheet_columns.yaml`, next to this file), so adding one is a line of YAML. A header is found among the first
rows (a title row above it is skipped), and what each cell was read as is told back to the user, so a wrong
guess shows. Only what cannot be read one way is refused: no question or no answer column, or two columns
that both read as one field.
"""


import functools
import itertools
import os
import re
from typing import NamedTuple

FIELDS = ("id", "question", "alternates", "answer", "source", "related", "category")
REQUIRED = ("question", "answer")
# A title, a date, a line of instructions ("Clinic FAQ, March 2025") may stand above the header, with blank rows
# between them; the header is looked for among this many rows that are not blank, no further.
HEADER_SEARCH_ROWS = 10
# A header cell longer than this is no column name but a cell of text (a question in a sheet with no header row).
MAX_NAME_CHARS = 60

_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NOT_WORD = re.compile(r"[\W_]+")


class Header(NamedTuple):
    """How a sheet's header was read."""

    row: int  # the header's index among the sheet's records (0: the first row)
    fields: dict[int, str]  # column index -> field ("question", ...)
    unused: dict[int, str]  # column index -> why it is not used
    names: tuple[str, ...]  # each column's header cell, as written


class HeaderProblem(ValueError):
    """A header that cannot be read one way; the message says what to change. `row`: the record it is about."""

    def __init__(self, message: str, row: int = 0):
        super().__init__(message)
        self.row = row


def fold_name(cell: str) -> str:
    """A header cell as the table lists names: lower case, no brackets, punctuation as single spaces."""
    return " ".join(_NOT_WORD.sub(" ", _BRACKETS.sub(" ", cell.replace("\ufeff", ""))).lower().split())


@functools.cache
def _table() -> tuple[dict[str, str], dict[str, str]]:
    """(name -> field, name -> why not used) from sheet_columns.yaml."""
    import yaml

    with open(os.path.join(os.path.dirname(__file__), "sheet_columns.yaml"), encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    fields = {fold_name(name): field for field, names in data["columns"].items() for name in names}
    unused = {fold_name(name): why for name, why in data["not_used"].items()}
    return fields, unused


@functools.cache
def question_openers() -> frozenset[str]:
    """The first words that make a line a question even without its "?" (sheet_columns.yaml)."""
    import yaml

    with open(os.path.join(os.path.dirname(__file__), "sheet_columns.yaml"), encoding="utf-8") as handle:
        return frozenset(yaml.safe_load(handle)["question_openers"])


def field_of(cell: str) -> str | None:
    """The field a header cell names, or None."""
    return _table()[0].get(fold_name(cell))


def column_letter(index: int) -> str:
    """A column as a spreadsheet names it: 0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def known_count(record: list[str]) -> int:
    """How many cells of a row name a field: the row with most is the header."""
    return len({field_of(cell) for cell in record if len(cell) <= MAX_NAME_CHARS} - {None})


def find_header(records: list[list[str]]) -> Header:
    """The header among the first rows: the first row whose cells name the question and the answer.

    Raises HeaderProblem when no row does, or when two columns read as one field."""
    filled = ((index, record) for index, record in enumerate(records) if any(cell.strip() for cell in record))
    candidates = list(itertools.islice(filled, HEADER_SEARCH_ROWS))
    for index, record in candidates:
        fields = {column: field_of(cell) for column, cell in enumerate(record) if len(cell) <= MAX_NAME_CHARS}
        named = set(fields.values())
        if all(field in named for field in REQUIRED):
            return _header(index, record)
    row, first = candidates[0] if candidates else (0, [])
    return _missing(row, first)


def _header(index: int, record: list[str]) -> Header:
    fields: dict[int, str] = {}
    unused: dict[int, str] = {}
    reasons = _table()[1]
    for column, cell in enumerate(record):
        if not cell.strip():
            continue
        field = field_of(cell) if len(cell) <= MAX_NAME_CHARS else None
        if field is None:
            unused[column] = reasons.get(fold_name(cell), "not a column a bank has")
            continue
        twin = next((other for other, known in fields.items() if known == field), None)
        if twin is not None:
            raise HeaderProblem(
                f"columns {column_letter(twin)} '{record[twin].strip()}' and {column_letter(column)} "
                f"'{cell.strip()}' both read as the {field}: rename or delete one of them",
                index,
            )
        fields[column] = field
    return Header(index, fields, unused, tuple(cell.strip() for cell in record))


def _missing(row: int, first: list[str]) -> Header:
    """No header names both a question and an answer column: say which is missing and what was there."""
    named = {field_of(cell) for cell in first if len(cell) <= MAX_NAME_CHARS} - {None}
    missing = [field for field in REQUIRED if field not in named]
    written = [cell.strip() for cell in first if cell.strip()]
    shown = ", ".join(repr(cell if len(cell) <= 40 else cell[:40] + "...") for cell in written[:8]) or "nothing"
    if not named:
        raise HeaderProblem(
            f"no header row: the first row ({shown}) names no column a bank has; add a row above the entries "
            "naming the columns, such as Question, Answer, Other ways to ask",
            row,
        )
    examples = {"question": "Question, Q or FAQ", "answer": "Answer, A or Response"}
    what = " and no ".join(f"{field} column (name it {examples[field]})" for field in missing)
    raise HeaderProblem(f"the header ({shown}) has no {what}", row)


def describe(header: Header, shown: int = 20) -> list[str]:
    """What each column was read as, for the import's report: "column B 'Q' -> question"; columns not used
    that share a name are told once ("columns D to H 'x' (5 columns)"), and at most `shown` of them."""
    placed = [
        (column, f"column {column_letter(column)} '{header.names[column]}' -> {field}")
        for column, field in header.fields.items()
    ]
    unused: dict[tuple[str, str], list[int]] = {}
    for column, why in header.unused.items():
        unused.setdefault((header.names[column], why), []).append(column)
    for (name, why), columns in list(unused.items())[:shown]:
        where = f"column {column_letter(columns[0])}"
        if len(columns) > 1:
            where = f"columns {column_letter(columns[0])} to {column_letter(columns[-1])} ({len(columns):,} columns)"
        placed.append((columns[0], f"{where} '{name}' -> not used ({why})"))
    lines = [line for _, line in sorted(placed)]  # in the sheet's order, column A first
    if len(unused) > shown:
        lines.append(f"... and {len(unused) - shown:,} more columns not used")
    return lines
