"""Bank files are parsed entry by entry (chatbot/bank/yaml_stream.py), so a big bank never exists as a
whole YAML tree: the banks, documents and problems are exactly those of the whole-document loader."""

from __future__ import annotations

import os
import sys
import tracemalloc
from pathlib import Path

import pytest
from conftest import META, entry_yaml

from chatbot.bank import files, safe_yaml, yaml_stream
from chatbot.bank.loader import general_layer_dir, load_bank, packaged_bank_dir
from chatbot.errors import BankError

HEEL_BANK = Path(__file__).parent / "data" / "heel-bank"
BANKS = {"packaged": packaged_bank_dir(), "heel": str(HEEL_BANK), "general": general_layer_dir()}

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from generate_bank import write_bank  # noqa: E402


def _streamed(text: str):
    return yaml_stream.load_mapping(text, files._yaml_loader(), files._LineDict, files._KEY_LINE_COLUMNS)


def _whole(text: str):
    return safe_yaml.load(text, files._yaml_loader())


def _shape(value):
    """A value with every mapping's type, line and key lines, and every scalar's type, spelled out."""
    if isinstance(value, dict):
        lines = (getattr(value, "line", None), getattr(value, "key_lines", None))
        return (type(value).__name__, lines, [(key, _shape(item)) for key, item in value.items()])
    if isinstance(value, list):
        return [_shape(item) for item in value]
    return (type(value).__name__, value)


def _yaml_files(folder: str) -> list[str]:
    return [os.path.join(root, name) for root, _, names in os.walk(folder) for name in names if name.endswith(".yaml")]


@pytest.mark.parametrize("bank", BANKS.values(), ids=BANKS.keys())
def test_each_file_is_streamed_and_reads_as_the_whole_document_does(bank):
    paths = _yaml_files(bank)
    assert paths
    for path in paths:
        text = safe_yaml.read_text(path)
        streamed = _streamed(text)  # raises NotStreamed if the common path were not taken
        assert _shape(streamed) == _shape(_whole(text)), path


def _bank_or_problems(folder, **kwargs):
    try:
        return load_bank(folder, **kwargs)
    except BankError as error:
        return [str(problem) for problem in error.problems]


@pytest.mark.parametrize("bank", ["packaged", "heel"])
def test_a_streamed_bank_is_the_bank_the_whole_document_loader_gives(bank, monkeypatch):
    folder = BANKS[bank]
    streamed = load_bank(folder, general=general_layer_dir())  # both layers parsed from their YAML
    assert len(streamed.entries) >= 20
    monkeypatch.setattr(yaml_stream, "load_mapping", _refusing)
    assert load_bank(folder, general=general_layer_dir()) == streamed


def _refusing(*args, **kwargs):
    raise yaml_stream.NotStreamed("forced")


ENTRIES = "entries:\n" + "".join(entry_yaml(f"entry-{n}", f"What is thing {n}?") for n in range(1, 6))
BROKEN = {
    # file text, the line the problem must name, words of its reason
    "syntax-error-in-an-entry": (
        META + ENTRIES.replace("question: What is thing 4?", "question: [What is thing 4?"),
        "bad YAML",
    ),
    "duplicate-key-in-an-entry": (
        META
        + ENTRIES.replace("    question: What is thing 3?\n", "    question: What is thing 3?\n    question: again\n"),
        "appears twice",
    ),
    "impossible-date": (META.replace("2024-01-01", "2022-02-30") + ENTRIES, "real date"),
    "alias-in-an-entry": (META + ENTRIES.replace("- id: entry-2", "- &two\n    id: entry-2") + "  - *two\n", "aliases"),
    "anchor-without-alias": (META + ENTRIES.replace("- id: entry-2", "- &two\n    id: entry-2"), None),
    "a-key-twice-at-the-top": (META + ENTRIES + "meta: {title: again}\n", "appears twice"),
    "two-documents": (META + ENTRIES + "---\nmeta: {title: again}\n", "another document"),
    "not-a-mapping": ("- just\n- a list\n", "mapping of sections"),
    "deep-nesting": (META + ENTRIES + "stopwords: " + "[" * 60 + "]" * 60 + "\n", "nested more than 40"),
    "a-tag-on-a-section": (META + ENTRIES + "stopwords: !!set {a, b}\n", None),
}


def _problems_both_ways(make_bank, text, monkeypatch):
    folder = make_bank({"bank.yaml": text})
    streamed = _bank_or_problems(folder)
    monkeypatch.setattr(yaml_stream, "load_mapping", _refusing)
    whole = _bank_or_problems(folder)
    monkeypatch.undo()
    return folder, streamed, whole


@pytest.mark.parametrize(("text", "reason"), BROKEN.values(), ids=BROKEN.keys())
def test_a_wrong_or_unusual_file_gets_exactly_the_problems_it_always_got(make_bank, monkeypatch, text, reason):
    folder, streamed, whole = _problems_both_ways(make_bank, text, monkeypatch)
    assert streamed == whole
    if reason is not None:
        assert isinstance(streamed, list), "the bank should not load"
        assert any(reason in problem for problem in streamed), streamed
        named = [problem for problem in streamed if reason in problem]
        assert all(problem.startswith(f"{folder / 'bank.yaml'}:") for problem in named)
        assert all(problem.split(":")[1].strip().isdigit() for problem in named), "each names its line"


def test_a_syntax_error_names_its_own_line(make_bank):
    text = META + ENTRIES
    lines = text.splitlines()
    broken_line = lines.index("    question: What is thing 4?") + 1
    lines[broken_line - 1] = "    question: [What is thing 4?"
    folder = make_bank({"bank.yaml": "\n".join(lines) + "\n"})
    problems = _bank_or_problems(folder)
    assert len(problems) == 1
    assert problems[0].startswith(f"{folder / 'bank.yaml'}:{broken_line + 1}: bad YAML")  # where YAML notices


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("syntax-error-in-an-entry", "bad YAML"),
        ("duplicate-key-in-an-entry", "appears twice"),
        ("impossible-date", "real date"),
        ("alias-in-an-entry", "plain YAML: no anchors (&name) or aliases"),
        ("anchor-without-alias", "plain YAML: no anchors (&name) or aliases"),
        ("two-documents", "plain YAML: one document"),
        ("not-a-mapping", "mapping of sections"),
        ("deep-nesting", "nested more than 40"),
    ],
)
def test_a_file_too_big_to_read_whole_still_names_file_and_line(make_bank, monkeypatch, name, reason):
    """Over 20 MB a file is never read as one document (that would take about 12 times its size):
    the problem met entry by entry is reported, with its line."""
    monkeypatch.setattr(yaml_stream, "WHOLE_DOCUMENT_CHARS", 0)
    folder = make_bank({"bank.yaml": BROKEN[name][0]})
    problems = _bank_or_problems(folder)
    assert isinstance(problems, list), "the bank should not load"
    named = [problem for problem in problems if reason in problem]
    assert named, problems
    assert all(problem.split(":")[0] == str(folder / "bank.yaml") for problem in named)
    assert all(problem.split(":")[1].strip().isdigit() for problem in named), named


def test_a_good_file_too_big_to_read_whole_loads_the_same(monkeypatch):
    expected = load_bank(str(HEEL_BANK))
    monkeypatch.setattr(yaml_stream, "WHOLE_DOCUMENT_CHARS", 0)
    assert load_bank(str(HEEL_BANK)) == expected


def test_parsing_never_holds_the_whole_yaml_tree(tmp_path):
    write_bank(1_000, tmp_path / "bank")
    path = tmp_path / "bank" / "entries.yaml"
    text = safe_yaml.read_text(path)
    size = path.stat().st_size
    tracemalloc.start()
    try:
        _whole(text)
        whole = tracemalloc.get_traced_memory()[1]
        tracemalloc.reset_peak()
        document = _streamed(text)
        streamed = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(document["entries"]) == 1_000
    # Entry by entry: the values built (about 3 times the text) and the parser's copy of it. The whole
    # tree of nodes takes over 10 times.
    assert streamed < 6 * size < whole


def test_the_digest_read_in_pieces_is_the_digest_of_the_texts(tmp_path):
    for folder in (*BANKS.values(), str(tmp_path / "missing")):
        texts = files._read_texts(folder, problems := [])
        expected = files.digest(texts) if texts and not problems else None
        assert files.files_digest(folder) == expected
    os.mkfifo(tmp_path / "pipe.yaml")
    assert files.files_digest(str(tmp_path)) is None  # refused at once, never waited on
