"""Two layers under every bank: the general layer merges with the topic bank, and no HO word leaks out of faq/."""

from __future__ import annotations

import ast
import json
import re
import shutil
from pathlib import Path

import pytest
import yaml
from conftest import DATA, META, entry_yaml, run_cli
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from chatbot import BankError, Bot, load_bank
from chatbot.bank.layers import merge_values
from chatbot.bank.loader import general_layer_dir
from chatbot.frontends.kiosk import Kiosk
from chatbot.frontends.render import render_plain
from chatbot.frontends.repl import topics_text, welcome_text

HEEL = DATA / "heel-bank"
HEEL_EVAL = DATA / "heel-eval.yaml"
# The packaged bank's topic words: none may show up when another bank is loaded.
# "ho-faq-chatbot" is the package's own name (pip, the cache folder), not a word about the topic.
HO_WORDS = re.compile(
    r"\b(ho(?!-faq-chatbot)|heterotopic|ossification|ossificans|fop|poh|brooker|hips?)\b", re.IGNORECASE
)
ROOT = Path(__file__).parent.parent
EMERGENCY = "I have crushing chest pain right now"
DOSE = "how many mg of ibuprofen should I take"


def assert_no_ho(text: str | bytes, where: str) -> None:
    text = text.decode() if isinstance(text, bytes) else text
    found = HO_WORDS.search(text)
    assert found is None, f"{where}: {found.group(0)!r} in {text[max(0, found.start() - 80) : found.end() + 80]!r}"


@pytest.fixture(scope="module")
def heel() -> Bot:
    return Bot.load(HEEL)


# The heel-pain bank: a clinic's own bank with only meta, entries and a few topic words.


def test_the_heel_bank_answers_its_own_questions(heel):
    assert len(heel.bank.entries) >= 20
    for entry in heel.bank.entries:
        assert heel.ask(entry.question).id == entry.id, entry.id


def test_the_heel_bank_escalates_a_general_emergency_and_refuses_doses(heel):
    emergency = heel.ask(EMERGENCY)
    assert emergency.kind == "emergency" and "911" in emergency.text
    dose = heel.ask(DOSE)
    assert dose.kind == "fallback" and dose.text == heel.bank.messages["personal_advice"]
    assert "pharmacist" in dose.text


def test_the_heel_bank_fills_the_general_wording_from_its_meta(heel):
    screens, messages = heel.bank.screens, heel.bank.messages
    assert screens["title"] == "Questions and answers about heel pain"
    assert messages["off_topic"].startswith("Sorry, I can only answer questions about heel pain,")
    assert messages["not_covered"].startswith("Sorry, my information does not cover that. Please ask your doctor")
    assert "call your local emergency number now: 911" in screens["safety_note"]
    greeting = next(item for item in heel.bank.smalltalk if item.id == "greeting")
    assert greeting.answer == "Hello! I can answer questions about heel pain. What would you like to know?"
    reply = heel.ask("what is a heel spur")
    assert reply.source == '"Heel Pain Basics", part: Heel spurs (medically reviewed March 14, 2025)'
    everything = [*messages.values(), *(v for v in screens.values() if isinstance(v, str))]
    everything += [item.answer for item in heel.bank.smalltalk]
    assert not [text for text in everything if re.search(r"\{(title|topic|short_name|source|contact)\}", text)]


def test_no_reply_and_no_screen_of_the_heel_bank_mentions_ho(heel):
    bank = heel.bank
    texts = [*bank.messages.values(), *(v for v in bank.screens.values() if isinstance(v, str))]
    texts += [item.answer for item in bank.smalltalk] + [group.name for group in bank.topic_groups]
    for text in texts:
        assert_no_ho(text, "wording")
    session = heel.session()
    questions = ["", "   ", "?!", "hello", "thanks", "who are you", "what can you do", "are you a doctor", "ok", "bye"]
    questions += ["what time is it", "what is lupus", "tell me more", "7", EMERGENCY, DOSE, "I want to kill myself"]
    questions += ["what is plantar fasciitis", "and how long does it last", "tell me more", "x" * 600]
    questions += [entry.question for entry in bank.entries]
    for question in questions:
        reply = session.ask(question)
        assert_no_ho(json.dumps(reply.to_dict()), f"reply to {question!r}")
        assert_no_ho(render_plain(reply, bank), f"rendered reply to {question!r}")
    for fragments in (welcome_text(bank, heel.session(), 80), topics_text(bank, 80)):
        assert_no_ho("".join(text for _, text in fragments), "chat screen")


def test_the_kiosk_with_the_heel_bank_shows_no_ho(heel):
    with create_pipe_input() as keys:
        kiosk = Kiosk(heel, 120, 20, ["c-x", "c-q"], terminal_input=keys, terminal_output=DummyOutput())
        welcome = "".join(text for _, text in kiosk.state.fragments)
        keys.send_text("what is a heel spur\rquit\r\x18\x11")
        assert kiosk.run() == 0
    assert "heel pain" in welcome and "911" in welcome
    assert_no_ho(welcome, "kiosk welcome")
    assert_no_ho("".join(text for _, text in kiosk.state.fragments), "kiosk after a question")
    for key in ("title", "kiosk_hint", "kiosk_idle_warning", "kiosk_error", "kiosk_no_quit", "prompt", "you"):
        assert_no_ho(heel.bank.screens[key], f"kiosk {key}")


@pytest.mark.parametrize("how", ["option", "environment"])
def test_no_command_output_with_the_heel_bank_mentions_ho(how):
    env = {"CHATBOT_FAQ": str(HEEL), "COLUMNS": "80"} if how == "environment" else {"COLUMNS": "80"}
    faq = ["--faq", str(HEEL)] if how == "option" else []
    runs = {
        "ask": run_cli(*faq, "ask", "what is plantar fasciitis", env=env),
        "ask --json": run_cli(*faq, "ask", "--json", "do insoles help", env=env),
        "ask emergency": run_cli(*faq, "ask", EMERGENCY, env=env),
        "ask dose": run_cli(*faq, "ask", DOSE, env=env),
        "ask off-topic": run_cli(*faq, "ask", "what time is it", env=env),
        "ask empty": run_cli(*faq, "ask", "", env=env),
        "ask small talk": run_cli(*faq, "ask", "who are you", env=env),
        "chat piped": run_cli(
            *faq,
            input="help\ntopics\nhello\nwhat can you do\n\nwhat is a heel spur\n1\nwhat is lupus\nrestart\nquit\n",
            env=env,
        ),
        "serve --stdio": run_cli(
            *faq,
            "serve",
            "--stdio",
            input='{"session": "a", "text": "what is a night splint"}\n{"session": "a", "text": "hi"}\noops\n[]\n',
            env=env,
        ),
        "check": run_cli(*faq, "check", env=env),
        "eval": run_cli(*faq, "eval", str(HEEL_EVAL), env=env),
    }
    for command in ("", "chat", "ask", "check", "serve", "eval", "kiosk"):
        runs[f"{command} --help"] = run_cli(*faq, *([command] if command else []), "--help", env=env)
    for name, result in runs.items():
        assert result.returncode == 0, (name, result.stderr)
        assert result.stdout.strip(), name
        assert_no_ho(result.stdout + result.stderr, name)
    assert b"Plantar fasciitis is irritation" in runs["ask"].stdout
    assert json.loads(runs["ask --json"].stdout)["id"] == "insoles"
    assert b"emergency number now" in runs["ask emergency"].stdout
    assert b"pharmacist" in runs["ask dose"].stdout
    assert b"Please type a question about heel pain." in runs["ask empty"].stdout
    assert b"in-scope accuracy:       100.0%" in runs["eval"].stdout
    assert f"Checked the bank in {HEEL}".encode() in runs["check"].stdout


def test_a_bad_heel_bank_message_shows_no_ho(tmp_path):
    bank = tmp_path / "heel"
    shutil.copytree(HEEL, bank)
    text = (bank / "entries.yaml").read_text().replace("id: what-is-plantar-fasciitis", "id: Bad_Id")
    (bank / "entries.yaml").write_text(text)
    result = run_cli("check", "--faq", str(bank))
    assert result.returncode == 2 and b"must be lower-case words joined by dashes" in result.stderr
    assert_no_ho(result.stdout + result.stderr, "check of a bad bank")


# Nothing HO-specific outside faq/: the general layer and the Python code are for any topic.


def _strings_outside_docstrings(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


@pytest.mark.parametrize("path", sorted((ROOT / "chatbot").rglob("*.py")), ids=lambda p: p.name)
def test_no_ho_word_in_the_code_outside_comments_and_docstrings(path):
    for line, text in _strings_outside_docstrings(path):
        if path.name == "masking.py":
            # Its list of body parts that are never a name names the hip as it names the knee.
            text = re.sub(r"\bhips?\b", "", text, flags=re.IGNORECASE)
        assert_no_ho(text, f"{path.name}:{line}")


@pytest.mark.parametrize("path", sorted(Path(general_layer_dir()).rglob("*.yaml")), ids=lambda p: p.name)
def test_no_ho_word_in_the_general_layer(path):
    text = path.read_text(encoding="utf-8")
    if path.parent.name in ("vocabulary", "triage") or path.name == "synonyms.yaml":
        # A general list of body parts (or of injuries, "broken hip"; or of red flags after a joint
        # replacement, "new hip") names the hip as it names the knee: that is not HO wording.
        text = re.sub(r"\bhips?\b", "", text, flags=re.IGNORECASE)
    assert_no_ho(text, path.name)  # comments included


# Merging: lists extend, mappings merge, a named item overrides, nothing general is lost by accident.


def test_merge_extends_lists_merges_mappings_and_a_named_item_overrides():
    general = {
        "phrases": ["should i take", "what dose"],
        "combinations": [{"name": "dose", "all_of": [["how much"], ["mg"]]}, {"name": "other", "all_of": [["a"]]}],
        "screens": {"title": "General", "help": "Type a question."},
        "number": "911",
    }
    topic = {
        "phrases": ["Should I take", "can my heel"],
        "combinations": [{"name": "dose", "all_of": [["how many"], ["pills"]]}],
        "screens": {"title": "Heel help"},
        "number": "112",
    }
    merged = merge_values(general, topic)
    assert merged["phrases"] == ["should i take", "what dose", "can my heel"]  # the same phrase is not added twice
    assert merged["combinations"] == [
        {"name": "dose", "all_of": [["how many"], ["pills"]]},
        {"name": "other", "all_of": [["a"]]},
    ]
    assert merged["screens"] == {"title": "Heel help", "help": "Type a question."}
    assert merged["number"] == "112"
    assert general["phrases"] == ["should i take", "what dose"]  # the general layer itself is untouched


def _general_layer_with_synonyms(tmp_path: Path) -> tuple[Path, dict]:
    """A copy of the packaged general layer that surely holds general synonyms, and all its synonyms."""
    general = tmp_path / "general"
    shutil.copytree(general_layer_dir(), general)
    documents = [yaml.safe_load(path.read_text()) or {} for path in sorted(general.glob("*.yaml"))]
    if not any("synonyms" in document for document in documents):
        (general / "synonyms.yaml").write_text("synonyms:\n  nsaid: [ibuprofen, advil, naproxen]\n  x ray: [xray]\n")
        documents.append({"synonyms": {"nsaid": ["ibuprofen", "advil", "naproxen"], "x ray": ["xray"]}})
    synonyms = {}
    for document in documents:
        synonyms.update(document.get("synonyms") or {})
    return general, synonyms


def test_a_clinic_bank_with_its_own_synonyms_and_partial_advice_keeps_every_general_rule(tmp_path, make_bank):
    general, general_synonyms = _general_layer_with_synonyms(tmp_path)
    packaged = load_bank(HEEL)
    folder = make_bank(
        {
            "bank.yaml": META + "entries:\n" + entry_yaml("heel-pain", "Why does the heel hurt?"),
            "extra.yaml": (
                "synonyms:\n  heel: [heels, back of the foot]\n  nsaid: [motrin]\n"
                "personal_advice:\n  phrases: [is my heel broken]\n"
                "  combinations:\n    - name: heel-worry\n      all_of: [[is my], [heel]]\n"
            ),
        }
    )
    bank = load_bank(folder, general=general)
    for concept, phrases in general_synonyms.items():
        assert set(phrases) <= set(bank.synonyms[concept]), concept
    assert set(bank.synonyms["nsaid"]) >= {"motrin", "ibuprofen"} and "heels" in bank.synonyms["heel"]
    general_advice = load_bank(HEEL).personal_advice  # the heel bank brings no advice rules: the general ones
    assert set(general_advice.phrases) < set(bank.personal_advice.phrases)
    assert set(general_advice.combinations) < set(bank.personal_advice.combinations)
    assert "is my heel broken" in bank.personal_advice.phrases
    assert packaged.personal_advice == general_advice
    bot = Bot(bank)
    for question in (DOSE, "how much advil per day", "should i take naproxen", "is my heel broken"):
        assert bot.ask(question).text == bank.messages["personal_advice"], question
    assert bot.ask(EMERGENCY).kind == "emergency"


def test_the_packaged_bank_keeps_the_general_dose_rules_and_adds_its_own():
    general = yaml.safe_load((Path(general_layer_dir()) / "advice.yaml").read_text())["personal_advice"]
    bank = load_bank()
    assert set(general["phrases"]) < set(bank.personal_advice.phrases)
    assert {"personal-decision", "treatment-safety", "dose-amount"} < set(bank.personal_advice.combination_names)


def test_remove_takes_out_general_rules_visibly(make_bank):
    text = (
        META
        + "entries:\n"
        + entry_yaml("heel-pain", "Why does the heel hurt?")
        + "remove:\n"
        + "  personal_advice.phrases: [what should i do]\n"
        + "  personal_advice.combinations: [treatment-safety]\n"
        + "  smalltalk: [yes-no, no-such-item]\n"
    )
    folder = make_bank({"bank.yaml": text})
    bank = load_bank(folder)
    assert "what should i do" not in bank.personal_advice.phrases
    assert "treatment-safety" not in bank.personal_advice.combination_names
    assert "dose-amount" in bank.personal_advice.combination_names
    assert "yes-no" not in {item.id for item in bank.smalltalk}
    notes = [str(note) for note in bank.notes]
    assert f"{folder / 'bank.yaml'}:16: remove: 'what should i do' taken out of 'personal_advice.phrases'" in notes[0]
    assert any("bank.yaml:18: remove: 'smalltalk' has no 'no-such-item'" in note for note in notes)
    assert len(notes) == 4, notes
    assert "what should i do" in load_bank(HEEL).personal_advice.phrases  # another bank is not touched
    result = run_cli("check", "--faq", str(folder))
    assert result.returncode == 0
    out = result.stdout.decode()
    assert f"warning: {folder / 'bank.yaml'}:17: remove: 'treatment-safety' taken out of" in out


def test_the_general_layer_can_have_no_entries(tmp_path, make_bank):
    general = tmp_path / "general"
    shutil.copytree(general_layer_dir(), general)
    (general / "entries.yaml").write_text("entries:\n" + entry_yaml("general-one", "What is general?"))
    folder = make_bank({"bank.yaml": META + "entries:\n" + entry_yaml("a-one", "What is A?")})
    with pytest.raises(BankError, match="the general layer cannot have 'entries'"):
        load_bank(folder, general=general)


# `check` tells the truth: one root cause, one message; dates are dates; warnings name the rival and the fix.


def test_a_yaml_error_in_one_file_is_one_problem(make_bank):
    folder = make_bank(
        {
            "entries.yaml": META + "entries:\n" + entry_yaml("a-one", "What is A?"),
            "conversation.yaml": "screens:\n  example_ids: [a-one\n  topic_groups: []\n",
        }
    )
    with pytest.raises(BankError) as caught:
        load_bank(folder)
    (problem,) = caught.value.problems
    assert "conversation.yaml" in str(problem) and "bad YAML" in str(problem)


def test_a_broken_or_missing_entries_file_is_one_problem(make_bank):
    groups = "".join(f"    - name: Group {n}\n      ids: [a-{n}, b-{n}, c-{n}]\n" for n in range(15))
    conversation = "screens:\n  example_ids: [a-0, b-0, c-0]\n  topic_groups:\n" + groups
    folder = make_bank({"conversation.yaml": conversation, "meta.yaml": META})
    for entries in (None, "entries:\n  - id: [broken\n"):
        if entries is not None:
            (folder / "entries.yaml").write_text(entries)
        with pytest.raises(BankError) as caught:
            load_bank(folder)
        assert len(caught.value.problems) == 1, caught.value.problems


@pytest.mark.parametrize(
    ("reviewed", "shown"),
    [("last spring", "'last spring'"), ("2022-02-30", "'2022-02-30'"), ("2022-13-01", "'2022-13-01'"), ("22-1-1", "")],
)
def test_the_review_date_must_be_a_real_calendar_date(make_bank, reviewed, shown):
    meta = f"meta: {{title: Test bank, topic: tests, source: tests, reviewed: {reviewed}}}\n"
    folder = make_bank({"bank.yaml": meta + "entries:\n" + entry_yaml("a-one", "What is A?")})
    result = run_cli("check", "--faq", str(folder))
    assert result.returncode == 2 and b"Traceback" not in result.stderr
    assert "meta 'reviewed' must be a real date written YYYY-MM-DD" in result.stderr.decode()
    assert shown in result.stderr.decode()


def test_check_names_the_rival_entry_and_the_shared_words(make_bank):
    entries = entry_yaml("knee-pain", "What helps knee pain?") + entry_yaml("knee-ache", "What helps a knee ache?")
    folder = make_bank({"bank.yaml": META + "entries:\n" + entries, "words.yaml": "topic_words: [knee]\n"})
    bot = Bot.load(folder)
    from chatbot.bank.reachability import unreachable_entries

    warnings = unreachable_entries(bot)
    assert warnings, "two near-identical questions should not both be reached"
    for warning in warnings:
        rival = "knee-ache" if "[knee-pain]" in warning else "knee-pain"
        assert f"'{rival}' ('{bot.bank.by_id[rival].question}'" in warning, warning
        assert "'knee'" in warning and "sharing the words" in warning, warning
        assert "merge" in warning, warning


def test_check_blames_the_advice_rule_not_topic_words(make_bank):
    entries = entry_yaml("walks", "Should I take a walk after knee surgery?")
    folder = make_bank({"bank.yaml": META + "entries:\n" + entries})
    result = run_cli("check", "--faq", str(folder))
    assert result.returncode == 0
    (warning,) = [line for line in result.stdout.decode().splitlines() if line.startswith("warning:")]
    assert "[walks]: its own question reads as a request for personal advice" in warning
    assert "the personal_advice phrase 'should i take'" in warning and "remove:" in warning
    assert "topic_words" not in warning


def test_unknown_placeholders_are_warnings(make_bank):
    text = META + "entries:\n" + entry_yaml("a-one", "What is A?") + "messages:\n  off_topic: Only {topci} here.\n"
    bank = load_bank(make_bank({"bank.yaml": text}))
    assert any("{topci} in 'off_topic' is not a placeholder" in str(note) for note in bank.notes)


def test_meta_sets_the_emergency_number_and_contact_everywhere(make_bank):
    meta = (
        "meta: {title: T, topic: knee care, source: s, reviewed: 2024-01-01,"
        " emergency_number: '000', contact: the knee clinic on 555 0100}\n"
    )
    folder = make_bank({"bank.yaml": meta + "entries:\n" + entry_yaml("knee-one", "What is a knee?")})
    bot = Bot.load(folder)
    assert "emergency number now: 000" in bot.bank.screens["safety_note"]
    assert "000" in bot.ask(EMERGENCY).text
    assert "the knee clinic on 555 0100" in bot.bank.messages["not_covered"]
    overridden = Bot.load(folder, emergency_number="111")
    assert "111" in overridden.bank.screens["safety_note"] and "111" in overridden.ask(EMERGENCY).text


def test_check_names_the_small_talk_or_emergency_rule_an_entry_trips(make_bank):
    entries = entry_yaml("about-us", "Who are you?")
    entries += entry_yaml("breathing", "I can't breathe right now, what is wrong?")
    bot = Bot.load(make_bank({"bank.yaml": META + "entries:\n" + entries}))
    from chatbot.bank.reachability import unreachable_entries

    warnings = unreachable_entries(bot)
    assert any("[about-us]: its own question reads as small talk ('who-are-you'); reword" in w for w in warnings)
    emergency = "[breathing]: its own question reads as an emergency (triage rule 'not-breathing-or-breathless')"
    assert any(emergency in w for w in warnings), warnings
