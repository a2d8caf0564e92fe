"""A bank a clinic writes by hand in YAML: its commonest slips get a `chatbot check` message with the line and the
fix, the chat never shows a traceback, and no meta value reaches a patient as a wall of text."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_cli

from chatbot.bank.loader import load_bank
from chatbot.errors import BankError

META = """meta:
  title: Knee clinic questions
  source: Knee clinic leaflet
  reviewed: 2025-03-01
  topic: knee replacement
"""

ENTRY = """  - id: recovery-time
    question: How long is recovery after a knee replacement?
    alternates:
      - how long to recover from a new knee
    answer: Most people walk with a frame the next day and do most things again within three months.
"""


def _bank(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "bank"
    folder.mkdir(exist_ok=True)
    (folder / "entries.yaml").write_text(text, encoding="utf-8")
    return folder


# Each slip as a clinic makes it, and the message `chatbot check` must give (its line, then the words).
SLIPS = {
    "alternates as a string": (
        ENTRY.replace("    alternates:\n      - how long to recover from a new knee\n", "    alternates: how long?\n"),
        "entries.yaml:8 [recovery-time]: field 'alternates' must be a list, not text: write each way of asking on "
        "its own line below it, starting with '- '",
    ),
    "an answer that is a list": (
        ENTRY.replace(
            "    answer: Most people walk",
            "    answer:\n      - Most people walk with a frame.\n      - Ask the team.\n    source: Most people walk",
        ),
        "entries.yaml:8 [recovery-time]: field 'answer' must be text, not a list: write it as one text, "
        "`answer: >` with the sentences indented on the lines below",
    ),
    "related naming an unknown id": (
        ENTRY + "    related: [driving]\n",
        "entries.yaml:8 [recovery-time]: related id 'driving' does not exist",
    ),
    "a duplicate id": (
        ENTRY + ENTRY.replace("How long is recovery", "When can I walk"),
        "entries.yaml:13 [recovery-time]: duplicate id 'recovery-time' (also in ",
    ),
    "a tab for indentation": (
        ENTRY.replace("    answer:", "\tanswer:"),
        "entries.yaml:12: bad YAML: found a tab character that violates indentation; indent with spaces, never tabs",
    ),
    "a key one space off": (
        ENTRY.replace("    answer:", "     answer:"),
        "entries.yaml:12: bad YAML: did not find expected key; 'answer:' is indented unlike the keys above it: "
        "line it up with them, with spaces",
    ),
    "a key one space off after text": (
        ENTRY.replace("      - how long to recover from a new knee\n", "      - how long to recover\n")
        .replace("    alternates:\n      - how long to recover\n", "    source: Recovery\n")
        .replace("    answer:", "     answer:"),
        "entries.yaml:11: bad YAML: mapping values are not allowed in this context; 'answer:' is indented unlike "
        "the keys above it: line it up with them, with spaces",
    ),
    "a colon in a value": (
        ENTRY.replace("answer: Most", "answer: Note: most"),
        "entries.yaml:12: bad YAML: mapping values are not allowed in this context; a value holds a colon and a "
        "space: put the whole value in quotes",
    ),
}


@pytest.mark.parametrize("slip", sorted(SLIPS))
def test_a_hand_written_slip_gets_its_line_and_fix_and_the_chat_no_traceback(tmp_path, slip):
    entries, message = SLIPS[slip]
    folder = _bank(tmp_path, META + "\nentries:\n" + entries)
    with pytest.raises(BankError) as caught:
        load_bank(folder)
    assert any(message in str(problem) for problem in caught.value.problems), caught.value.problems
    checked = run_cli("check", str(folder))
    assert checked.returncode == 2 and message in checked.stderr.decode()
    chat = run_cli("--faq", str(folder), input="how long is recovery\nquit\n")
    assert chat.returncode == 2 and b"Traceback" not in chat.stderr + chat.stdout
    assert message in chat.stderr.decode()


def test_a_missing_alternates_list_is_a_warning_and_the_bank_answers(tmp_path):
    folder = _bank(tmp_path, META + "\nentries:\n" + ENTRY.replace("      - how long to recover from a new knee\n", ""))
    bank = load_bank(folder)
    assert any("no 'alternates'" in str(note) and ":8 " in str(note) for note in bank.notes), bank.notes
    chat = run_cli("--faq", str(folder), input="how long is recovery after a knee replacement\nquit\n")
    assert chat.returncode == 0 and "walk with a frame" in chat.stdout.decode()


@pytest.mark.parametrize(
    ("key", "value", "limit"),
    [
        ("emergency_number", '"' + "999 " * 300 + '"', 40),
        ("contact", "the clinic " * 40, 150),
        ("title", "Knee " * 60, 100),
        ("topic", "knee replacement and everything that comes after it, told at length " * 3, 80),
    ],
)
def test_a_huge_meta_value_is_refused_with_its_limit_and_never_shown(tmp_path, key, value, limit):
    folder = _bank(
        tmp_path,
        META.replace("meta:\n", f"meta:\n  {key}: {value}\n", 1)
        .replace("  title: Knee clinic questions\n" if key == "title" else "\0", "")
        .replace("  topic: knee replacement\n" if key == "topic" else "\0", "")
        + "\nentries:\n"
        + ENTRY,
    )
    checked = run_cli("check", str(folder))
    assert checked.returncode == 2
    assert (
        f"meta '{key}' is " in checked.stderr.decode() and f"characters, more than {limit} (" in checked.stderr.decode()
    )
    chat = run_cli("--faq", str(folder), input="how long is recovery\nquit\n")
    assert chat.returncode == 2 and b"Traceback" not in chat.stderr and value.split()[0].encode() not in chat.stdout


def test_a_meta_value_written_on_several_lines_is_read_as_one_and_check_says_so(tmp_path):
    meta = META + "  contact: |\n    the knee clinic\n    on 555 0100\n"
    folder = _bank(tmp_path, meta + "\nentries:\n" + ENTRY)
    bank = load_bank(folder)
    assert bank.meta.contact == "the knee clinic on 555 0100"
    checked = run_cli("check", str(folder))
    assert checked.returncode == 0
    assert "meta 'contact' is written on 2 lines; patients read it as one: 'the knee clinic on 555 0100'" in (
        checked.stdout.decode()
    )


def test_the_banks_in_use_keep_within_the_meta_limits():
    """The packaged bank and the example banks load: the limits are far above what a real bank writes."""
    root = Path(__file__).parent
    for folder in (None, root / "data" / "heel-bank", root / "data" / "bunion-bank", root / "data" / "grommets-bank"):
        load_bank(folder)
