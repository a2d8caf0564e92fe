"""The command line, run as a real program: exact output and exit codes."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from conftest import DATA, META, entry_yaml, run_cli

from chatbot import __version__
from chatbot.bank.loader import general_layer_dir, packaged_bank_dir

ASK_KEYS = ["kind", "id", "question", "answer", "score", "suggestions", "source"]


def test_ask_prints_the_answer_source_and_follow_ups(bot, tmp_path):
    result = run_cli("ask", "what is HO", cwd=tmp_path, env={"COLUMNS": "80"})
    assert result.returncode == 0 and result.stderr == b""
    out = result.stdout.decode()
    entry = bot.bank.by_id["what-is-ho"]
    assert out.startswith("Heterotopic ossification (HO) means bone grows")
    assert 'Source: "What Is Heterotopic Ossification?", part: What it is (medically reviewed October 11, 2022)' in (
        " ".join(out.split())
    )
    assert out.rstrip().endswith(f"3) {bot.bank.by_id[entry.related[2]].question}")
    assert "\n\nYou could also ask:\n1) " in out
    assert all(len(line) <= 80 for line in out.splitlines())


def test_ask_json_has_exactly_the_documented_keys(tmp_path):
    result = run_cli("ask", "--json", "and", "grade", "3?", cwd=tmp_path)
    assert result.returncode == 0
    reply = json.loads(result.stdout)
    assert list(reply) == ASK_KEYS
    assert reply["kind"] == "answer" and reply["id"] == "grade-3"
    assert reply["question"] == "What does Brooker grade 3 mean?"
    assert all(set(s) == {"id", "question"} for s in reply["suggestions"])


def test_ask_json_fallback_uses_nulls(tmp_path):
    reply = json.loads(run_cli("ask", "--json", "what is lupus", cwd=tmp_path).stdout)
    assert reply["kind"] == "fallback"
    assert reply["id"] is None and reply["question"] is None and reply["score"] is None and reply["source"] is None


def test_ask_does_not_import_the_terminal_ui():
    code = (
        "import sys; from chatbot.frontends.cli import main; main(['ask', 'what is HO']); "
        "sys.stderr.write(str(sorted(m for m in sys.modules if m.startswith('prompt_toolkit'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert result.returncode == 0
    assert result.stderr.decode().strip() == "[]"


def test_version_and_help():
    version = run_cli("--version")
    assert version.returncode == 0 and version.stdout.decode().strip() == f"chatbot {__version__}"
    help_text = run_cli("--help").stdout.decode()
    for command in ("chat", "ask", "check", "serve", "eval", "kiosk"):
        assert command in help_text
    assert "not a doctor" in help_text


def test_every_command_has_help():
    for command in ("chat", "ask", "check", "serve", "eval", "kiosk"):
        result = run_cli(command, "--help")
        assert result.returncode == 0 and b"usage: chatbot " + command.encode() in result.stdout


def test_check_passes_on_the_packaged_bank():
    result = run_cli("check")
    assert result.returncode == 0
    lines = result.stdout.decode().splitlines()
    # The program may run from the installed package or from this checkout: compare the folders' ends.
    found = re.fullmatch(r"Checked the bank in (.+) \(over the general layer in (.+)\)", lines[0])
    assert found, lines[0]
    assert Path(found.group(1)).name == Path(packaged_bank_dir()).name
    assert Path(found.group(2)).parts[-2:] == Path(general_layer_dir()).parts[-2:]
    assert lines[1].startswith("OK: ") and len(lines) == 2, lines


def test_a_bank_of_one_entry_is_counted_as_one_entry(make_bank, tmp_path):
    # A clinic's first draft has one entry: "OK: 1 entries" and "wrote 1 entries" read as a slip.
    folder = make_bank({"bank.yaml": META + "entries:\n" + entry_yaml("knee-pain", "Why does my knee hurt?")})
    checked = run_cli("check", str(folder))
    assert checked.returncode == 0 and b"OK: 1 entry, " in checked.stdout, checked.stdout
    exported = run_cli("export", str(folder), str(tmp_path / "one.csv"))
    assert exported.stdout.decode().startswith("wrote 1 entry to "), exported.stdout
    imported = run_cli("import", str(tmp_path / "one.csv"), "--to", str(tmp_path / "again"), "--reviewed", "2024-01-01")
    assert imported.stdout.decode().startswith("wrote 1 entry to "), imported.stdout

def test_check_reports_every_problem_and_exits_2(make_bank):
    folder = make_bank(
        {"bank.yaml": META + "entries:\n" + entry_yaml("a-one", "What is A?", answer="''", related=["missing-id"])}
    )
    result = run_cli("check", "--faq", str(folder))
    assert result.returncode == 2 and result.stdout == b""
    assert result.stderr.decode() == (
        "Error: the FAQ bank has 2 problems:\n"
        f"  {folder / 'bank.yaml'}:3 [a-one]: the answer is empty\n"
        f"  {folder / 'bank.yaml'}:3 [a-one]: related id 'missing-id' does not exist\n"
    )


def test_a_bad_bank_stops_any_command_with_the_same_message_and_no_traceback(make_bank):
    folder = make_bank({"bank.yaml": "meta: [broken\n"})
    for args in (["--faq", str(folder), "ask", "hi"], ["ask", "hi", "--faq", str(folder)], ["serve", "--stdio"]):
        env = {"CHATBOT_FAQ": str(folder)} if args[0] == "serve" else {}
        result = run_cli(*args, env=env, input="")
        assert result.returncode == 2
        assert result.stderr.decode().startswith("Error: the FAQ bank has 1 problem:")
        assert b"Traceback" not in result.stderr


def test_faq_option_before_or_after_the_command_and_from_the_environment(make_bank):
    folder = make_bank({"bank.yaml": META + "entries:\n" + entry_yaml("clinic-hours", "When is the clinic open?")})
    for args, env in (
        (["--faq", str(folder), "ask", "--json", "clinic open"], {}),
        (["ask", "--json", "clinic open", "--faq", str(folder)], {}),
        (["ask", "--json", "clinic open"], {"CHATBOT_FAQ": str(folder)}),
    ):
        result = run_cli(*args, env=env)
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["id"] == "clinic-hours"
    checked = run_cli("check", "--faq", str(folder))
    assert checked.returncode == 0 and b"OK: 1 entry," in checked.stdout and b"warning" not in checked.stdout


def test_check_warns_about_entries_their_own_question_cannot_reach(make_bank):
    # "Opening hours" holds no topic word, so the bot would never answer it: check says so, without failing.
    folder = make_bank(
        {
            "bank.yaml": META
            + "entries:\n"
            + entry_yaml("clinic-hours", "When is the clinic open?")
            + entry_yaml("opening-hours", "What are the opening hours?")
        }
    )
    result = run_cli("check", "--faq", str(folder))
    assert result.returncode == 0
    lines = result.stdout.decode().splitlines()
    assert lines[2:] == [
        f"warning: {folder / 'bank.yaml'}:15 [opening-hours]: its own question gets a fallback:"
        " none of its words ('opening', 'hours') is a topic word; add one of them to topic_words"
        " (a line `topic_words: [opening]` in one of the bank's .yaml files)"
    ]


def test_eval_command_prints_the_figures():
    result = run_cli("eval", str(DATA / "eval.yaml"))
    assert result.returncode == 0
    out = result.stdout.decode()
    for label in (
        "in-scope accuracy:",
        "off-topic false answers: 0",
        "emergency recall:        100.0%",
        "false emergencies:       0",
        "clarify rate:",
    ):
        assert label in out
    summary = json.loads(run_cli("eval", "--json", str(DATA / "eval.yaml")).stdout)
    assert summary["in_scope_accuracy"] >= 0.95


def test_bad_usage_exits_2():
    assert run_cli("ask").returncode == 2
    assert run_cli("serve").returncode == 2
    assert run_cli("no-such-command").returncode == 2
    assert run_cli("eval", "/no/such/file.yaml").returncode == 2


def test_python_dash_m_runs_the_same_program(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "chatbot", "ask", "--json", "hello"], capture_output=True, cwd=tmp_path, timeout=60
    )
    assert result.returncode == 0 and json.loads(result.stdout)["kind"] == "smalltalk"


def test_check_warns_about_synonyms_that_read_the_same(make_bank):
    folder = make_bank(
        {
            "bank.yaml": META + "entries:\n" + entry_yaml("clinic-hours", "When is the clinic open?"),
            "vocabulary.yaml": "synonyms:\n  brooker: [grading]\n  grade: [grades]\n",
        }
    )
    result = run_cli("check", "--faq", str(folder))
    assert result.returncode == 0
    assert "warning: synonym 'grade' of 'grade' reads the same as one of 'brooker'" in result.stdout.decode()


def test_ask_does_not_even_parse_yaml_when_the_compiled_bank_is_fresh():
    code = (
        "import sys; from chatbot.frontends.cli import main; main(['ask', 'what is HO']); "
        "sys.stderr.write(str('yaml' in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert result.returncode == 0 and result.stderr.decode().strip() == "False"
