"""A newcomer's pass through the README (readme32): the messages that named a slip but not what to do about it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import META, entry_yaml, run_cli

from chatbot import BankError, load_bank
from chatbot.frontends.kiosk import BadExitKey, parse_exit_key
from chatbot.quality.evaluation import EvalFileError, load_cases


def _problems(folder) -> list[str]:
    with pytest.raises(BankError) as caught:
        load_bank(folder)
    return [str(problem) for problem in caught.value.problems]


def test_a_misspelt_field_is_named_beside_the_missing_one(make_bank):
    # "missing field 'answer'" alone sent the writer looking for an answer that was there, spelt 'anwser'; the
    # warning about the unknown key is not shown while the bank has problems.
    misspelt = entry_yaml("a-one", "What is A?").replace("    answer:", "    anwser:")
    folder = make_bank({"bank.yaml": META + "entries:\n" + misspelt + entry_yaml("a-two", "What is B?")})
    (problem,) = _problems(folder)
    assert "[a-one]: missing field 'answer' (is 'anwser' meant? check its spelling)" in problem


def test_a_field_that_is_simply_left_out_gets_no_guess(make_bank):
    # Near miss: an unknown key unlike the missing one ('notes') is no misspelling of it.
    entry = entry_yaml("a-one", "What is A?").replace("    answer: A short answer. It has two sentences.\n", "")
    folder = make_bank({"bank.yaml": META + "entries:\n" + entry.replace("    source:", "    notes: x\n    source:")})
    (problem,) = _problems(folder)
    assert problem.endswith("[a-one]: missing field 'answer'"), problem


def test_a_misspelt_meta_key_is_named_beside_the_missing_one(make_bank):
    meta = "meta: {title: Test bank, source: tests, reveiwed: 2024-01-01}\n"
    folder = make_bank({"bank.yaml": meta + "entries:\n" + entry_yaml("a-one", "What is A?")})
    (problem,) = _problems(folder)
    assert problem.endswith("meta is missing 'reviewed' (is 'reveiwed' meant? check its spelling)"), problem
    folder = make_bank({"bank.yaml": "meta: {title: Test bank, source: tests}\nentries:\n" + entry_yaml("a", "What?")})
    (problem,) = _problems(folder)
    assert problem.endswith("meta is missing 'reviewed'"), problem  # near miss: nothing like it, no guess


def test_an_exit_key_name_prompt_toolkit_does_not_know_says_how_keys_are_named():
    with pytest.raises(BadExitKey) as raised:
        parse_exit_key("ctrl-x ctrl-q")
    assert "Invalid key" in str(raised.value) and "'c-x' is Ctrl-X" in str(raised.value)
    assert parse_exit_key("C-x C-q") == ["c-x", "c-q"]  # near miss: the names it knows still work


@pytest.mark.parametrize("text", ["foo: bar\n", "cases: []\nconversations: []\n", "case:\n  - {q: hi, expect: x}\n"])
def test_an_eval_file_with_no_cases_is_refused_not_scored_100_percent(tmp_path, text):
    path = tmp_path / "questions.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(EvalFileError, match="no cases to ask; list them under 'cases:'"):
        load_cases(path)
    result = run_cli("eval", str(path))
    assert result.returncode == 2 and b"100.0%" not in result.stdout


def test_an_eval_file_of_conversations_only_is_still_scored(tmp_path):
    path = tmp_path / "questions.yaml"
    path.write_text("conversations:\n  - name: x\n    turns:\n      - {q: what is HO, expect: what-is-ho}\n", "utf-8")
    cases, conversations = load_cases(path)
    assert cases == [] and len(conversations) == 1


def test_an_idle_time_without_kiosk_is_one_option_that_works_only_with_it():
    result = run_cli("serve", "--http", "--idle-seconds", "60", timeout=30)
    assert result.returncode == 2
    assert b"--idle-seconds only works with --kiosk" in result.stderr


def test_an_address_this_machine_does_not_have_says_to_check_the_host():
    result = run_cli("serve", "--http", "--host", "192.0.2.1", "--port", "0", timeout=30)  # TEST-NET-1: nobody's
    assert result.returncode == 2
    assert b"cannot listen on 192.0.2.1:0" in result.stderr and b"check --host" in result.stderr


def test_the_topic_words_hint_names_a_line_that_does_fix_it(make_bank):
    bank = META + "entries:\n" + entry_yaml("clinic-hours", "When is the clinic open?")
    folder = make_bank({"bank.yaml": bank + entry_yaml("opening-hours", "What are the opening hours?")})
    warned = run_cli("check", str(folder)).stdout.decode()
    assert "add one of them to topic_words (a line `topic_words: [opening]` in one of the bank's .yaml files)" in warned
    (folder / "words.yaml").write_text("topic_words: [opening]\n", encoding="utf-8")  # the line, as the hint says
    fixed = run_cli("check", str(folder))
    assert fixed.returncode == 0 and b"warning" not in fixed.stdout, fixed.stdout.decode()


def test_each_listen_failure_says_what_to_change_and_an_unknown_one_adds_nothing():
    import errno

    from chatbot.frontends.cli import _listen_fix

    assert "--port N" in _listen_fix(OSError(errno.EADDRINUSE, "Address already in use"))
    assert "port of 1024 or more" in _listen_fix(OSError(errno.EACCES, "Permission denied"))  # root here: no real bind
    assert "check --host" in _listen_fix(OSError(errno.EADDRNOTAVAIL, "Cannot assign requested address"))
    assert _listen_fix(OSError(errno.EMFILE, "Too many open files")) == ""  # no guess for a cause it does not know


def test_a_python_without_the_libraries_says_to_use_the_virtual_environment():
    # `python3 -m chatbot` in the cloned folder, outside the venv, printed a traceback ending in "No module named
    # 'rapidfuzz'". `-S` drops site-packages, so the source is found (from the working folder) but no library is.
    root = Path(__file__).parent.parent
    result = subprocess.run([sys.executable, "-S", "-m", "chatbot", "ask", "hi"], cwd=root, capture_output=True)
    assert result.returncode == 2 and b"Traceback" not in result.stderr
    assert b"the chatbot needs. Run the chatbot of its virtual environment (.venv/bin/chatbot" in result.stderr
    near_miss = subprocess.run([sys.executable, "-m", "chatbot", "--version"], cwd=root, capture_output=True)
    assert near_miss.returncode == 0 and near_miss.stdout.startswith(b"chatbot ")
