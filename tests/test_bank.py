"""The bank loader and validator: every problem is reported, with file, line and entry id."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import META, entry_yaml

from chatbot import BankError, Bot, load_bank
from chatbot.bank.checks import HARD_MAX_ANSWER_CHARS, MAX_ANSWER_CHARS, MAX_PHRASING_CHARS
from chatbot.bank.loader import general_layer_dir, packaged_bank_dir


def problems_of(folder) -> list[str]:
    with pytest.raises(BankError) as caught:
        load_bank(folder)
    return [str(problem) for problem in caught.value.problems]


def test_packaged_bank_loads_with_every_section():
    bank = load_bank()
    assert len(bank.entries) >= 35
    assert bank.title == "What Is Heterotopic Ossification?"
    assert bank.reviewed == "2022-10-11"
    assert bank.personal_advice and bank.smalltalk
    assert {"off_topic", "not_covered", "personal_advice"} <= set(bank.messages)


def test_packaged_bank_folder_is_the_repository_faq_or_the_installed_copy():
    assert (Path(packaged_bank_dir()) / "entries.yaml").is_file()


def test_a_clinic_bank_needs_only_meta_and_entries(make_bank):
    folder = make_bank({"bank.yaml": META + "entries:\n" + entry_yaml("knee-pain", "Why does my knee hurt?")})
    bank = load_bank(folder)
    assert [e.id for e in bank.entries] == ["knee-pain"]
    # Safety rules and wording come from the packaged bank, so they can never be missing.
    assert bank.personal_advice.phrases
    assert Bot(bank).ask("I can't breathe").kind == "emergency"  # the general triage table serves every bank
    assert "off_topic" in bank.messages
    assert bank.example_ids == ("knee-pain",)


def test_several_yaml_files_in_one_folder_are_merged(make_bank):
    folder = make_bank(
        {
            "a.yaml": META + "entries:\n" + entry_yaml("first-one", "What is first?", related=["second-one"]),
            "b.yml": "entries:\n" + entry_yaml("second-one", "What is second?"),
        }
    )
    bank = load_bank(folder)
    assert [e.id for e in bank.entries] == ["first-one", "second-one"]


def test_a_single_yaml_file_can_be_a_bank(make_bank):
    folder = make_bank({"only.yaml": META + "entries:\n" + entry_yaml("only-one", "What is it?")})
    assert load_bank(folder / "only.yaml").entries[0].id == "only-one"



def test_a_spreadsheet_given_as_the_bank_says_to_import_it(tmp_path):
    # `chatbot check faq.csv` said "the file must be a mapping of sections (meta:, entries:, ...)".
    sheet = tmp_path / "faq.csv"
    sheet.write_text("id,question,answer\nknee-pain,Why does my knee hurt?,Most knee pain is strain.\n")
    (problem,) = problems_of(sheet)
    expected = "a spreadsheet, not a bank: turn it into a bank folder with `chatbot import FILE --to DIR` first"
    assert problem == f"{sheet}: {expected}"


def test_bad_yaml_names_the_file_and_line(make_bank):
    folder = make_bank({"broken.yaml": META + "entries:\n  - id: x\n    question: [unclosed\n"})
    (problem,) = problems_of(folder)
    assert "broken.yaml:" in problem and "bad YAML" in problem



@pytest.mark.parametrize(
    ("broken", "hint"),
    [
        ("    answer: Note: rest helps.\n", "a value holds a colon and a space: put the whole value in quotes"),
        ("\tanswer: Rest helps.\n", "indent with spaces, never tabs"),
        ("    answer: Rest helps.\n---\nentries: []\n", "a line '---' starts a second document"),
    ],
    ids=["colon-in-a-value", "tab", "second-document"],
)
def test_the_commonest_yaml_slips_say_how_to_fix_them(make_bank, broken, hint):
    folder = make_bank({"bank.yaml": META + "entries:\n  - id: x\n    question: What is x?\n" + broken})
    (problem,) = problems_of(folder)
    assert "bank.yaml:" in problem and "bad YAML" in problem and hint in problem, problem

@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda e: e.replace("    question: What is A?\n", ""), "missing field 'question'"),
        (
            lambda e: e.replace("answer: A short answer. It has two sentences.", "answer: [a, list]"),
            "'answer' must be text",
        ),
        (lambda e: e.replace("related: []", "related: oops"), "'related' must be a list"),
        (lambda e: e.replace("answer: A short answer. It has two sentences.", "answer: ''"), "the answer is empty"),
        (
            lambda e: e.replace("answer: A short answer. It has two sentences.", "answer: " + "word " * 500),
            f"the limit is {HARD_MAX_ANSWER_CHARS}",
        ),
        (lambda e: e.replace("id: a-one", "id: Not_Kebab"), "must be lower-case words joined by dashes"),
        # What a field holds is named in the writer's words, never a Python class ("_LineDict", "bool").
        (lambda e: e.replace("question: What is A?", "question: no"), "'question' must be text, not true/false"),
        (lambda e: e.replace("related: []", "related: {a: b}"), "'related' must be a list, not a mapping"),
        (lambda e: e.replace("source: Test section", "source: 12"), "'source' must be text, not a number (put it"),
        # Invisible, so no clinician can review it, and `serve --stdio` passed it on to a kiosk's own screen.
        (
            lambda e: e.replace("A short answer. It has two sentences.", '"A short \\e[2Janswer. It has two."'),
            "field 'answer' holds an invisible control character (U+001B)",
        ),
        (lambda e: e.replace("- What is A? variant 3", '- "What is A? \\0 variant 3"'), "'alternates' holds an"),
    ],
    ids=[
        "missing-question",
        "answer-not-text",
        "related-not-list",
        "empty-answer",
        "long-answer",
        "bad-id",
        "question-read-as-true-false",
        "related-mapping",
        "source-number",
        "escape-in-answer",
        "nul-in-alternate",
    ],
)
def test_each_field_error_is_reported_with_file_line_and_id(make_bank, change, message):
    entry = change(entry_yaml("a-one", "What is A?"))
    folder = make_bank({"bank.yaml": META + "entries:\n" + entry})
    problems = problems_of(folder)
    assert any(message in p for p in problems), problems
    assert all("bank.yaml:3" in p for p in problems), problems  # the entry starts on line 3


def test_a_hand_written_entry_with_only_id_question_and_answer_loads_and_is_answered(make_bank):
    """A clinic's first draft (no alternates, source or related yet) serves its answers; check notes each gap."""
    entries = (
        "entries:\n"
        "  - id: what-is-asthma\n    question: What is asthma?\n"
        "    answer: Asthma is a long-term lung condition that narrows the airways.\n"
        "  - id: inhaler-use\n    question: How do I use an inhaler?\n    alternates: [inhaler technique]\n"
        "    answer: Breathe out, then press the inhaler and breathe in slowly and deeply.\n"
    )
    folder = make_bank({"bank.yaml": META + entries})
    bank = load_bank(folder)
    notes = [str(note) for note in bank.notes]
    assert any("[what-is-asthma]: no 'alternates'" in note and "bank.yaml:" in note for note in notes), notes
    assert any("[what-is-asthma]: no 'source'" in note for note in notes), notes
    assert any("[what-is-asthma]: no 'related'" in note for note in notes), notes
    assert any("[inhaler-use]: has 1 alternate; write at least 6" in note for note in notes), notes
    bot = Bot.load(folder)
    reply = bot.ask("what is asthma?")
    assert reply.id == "what-is-asthma"
    # No part to name: the source line names the bank's source as a whole, never an empty "part:".
    assert reply.source == bank.messages["source_line_whole"] and "part:" not in reply.source
    assert bot.ask("how do i use my inhaler").id == "inhaler-use"


def test_a_long_answer_is_a_warning_and_a_huge_one_a_problem(make_bank):
    long_answer = "A sentence of a few words. " * 30  # about 800 characters
    entry = entry_yaml("a-one", "What is A?").replace("A short answer. It has two sentences.", long_answer)
    bank = load_bank(make_bank({"bank.yaml": META + "entries:\n" + entry}))
    assert any(f"keep it under {MAX_ANSWER_CHARS}" in str(note) for note in bank.notes)


def test_a_paragraph_written_as_an_alternate_is_a_warning_and_the_entry_still_answers(make_bank):
    paragraph = "what is A and how long does it last after the operation " * 40  # over 2,000 characters
    entry = entry_yaml("a-one", "What is A?").replace("What is A? variant 6", paragraph.strip())
    bank = load_bank(make_bank({"bank.yaml": META + "entries:\n" + entry}))
    notes = [str(note) for note in bank.notes]
    warned = [note for note in notes if "[a-one]: a question or alternate is" in note]
    assert warned and f"under {MAX_PHRASING_CHARS}" in warned[0], notes
    short = load_bank(make_bank({"bank.yaml": META + "entries:\n" + entry_yaml("a-one", "What is A?")}))
    assert not any("a question or alternate is" in str(note) for note in short.notes)


def test_an_entry_with_few_alternates_loads_and_check_warns(make_bank):
    # A clinic writes a question and a few alternates: the bank loads and answers; `check` asks for more.
    entry = entry_yaml("a-one", "What is A?").replace("      - What is A? variant 6\n", "")
    folder = make_bank({"bank.yaml": META + "entries:\n" + entry})
    bank = load_bank(folder)
    assert len(bank.entries[0].alternates) == 5
    assert any("[a-one]: has 5 alternates; write at least 6" in str(note) for note in bank.notes), bank.notes


@pytest.mark.parametrize(
    "opening", ["Yes.", "yes,", "YES -", "No.", "no -", "No, not", "Nope,", "Yeah,", "Yep.", '"Yes"']
)
def test_an_answer_that_opens_with_yes_or_no_is_reported(make_bank, opening):
    answer = "'" + opening + " It has two sentences.'"
    folder = make_bank({"bank.yaml": META + "entries:\n" + entry_yaml("a-one", "What is A?", answer=answer)})
    (problem,) = problems_of(folder)
    assert problem.startswith(f"{folder / 'bank.yaml'}:3 [a-one]: the answer opens with"), problem


@pytest.mark.parametrize("opening", ["No it is not.", "No you cannot.", "no there is not."])
def test_a_no_before_a_pronoun_is_a_bare_reply(make_bank, opening):
    answer = "'" + opening + " It has two sentences.'"
    folder = make_bank({"bank.yaml": META + "entries:\n" + entry_yaml("a-one", "What is A?", answer=answer)})
    (problem,) = problems_of(folder)
    assert "the answer opens with 'no'" in problem.lower(), problem


@pytest.mark.parametrize(
    "answer", ["No particular diet has been shown to cure it.", "No one knows the exact cause.", "Nobody can say."]
)
def test_a_statement_that_starts_with_no_and_a_noun_loads(make_bank, answer):
    folder = make_bank({"bank.yaml": META + "entries:\n" + entry_yaml("a-one", "What is A?", answer=answer)})
    assert load_bank(folder).entries[0].answer == answer


@pytest.mark.parametrize("opening", ["Not everyone gets it.", "Nobody knows.", "Yesterday's news.", "Notes help."])
def test_an_answer_that_opens_with_a_statement_is_fine(make_bank, opening):
    folder = make_bank({"bank.yaml": META + "entries:\n" + entry_yaml("a-one", "What is A?", answer=opening + " Two.")})
    assert load_bank(folder).entries[0].answer == opening + " Two."


def test_duplicate_ids_dangling_related_and_shared_alternates_are_all_reported_together(make_bank):
    entries = (
        entry_yaml("dup-id", "What is A?", related=["nowhere"])
        + entry_yaml("dup-id", "What is B?")
        + entry_yaml("third-one", "What is A?")
    )
    folder = make_bank({"bank.yaml": META + "entries:\n" + entries})
    problems = problems_of(folder)
    assert any("duplicate id 'dup-id'" in p for p in problems)
    assert any("[dup-id]" in p and "related id 'nowhere' does not exist" in p for p in problems)
    assert any("[third-one]" in p and "is also under 'dup-id'" in p for p in problems)
    assert len(problems) >= 3


@pytest.mark.parametrize(
    ("line", "message"),
    [
        # YAML reads an unquoted ON (optic neuritis) as true: the screens said "questions about True".
        ("  short_name: ON\n", "meta 'short_name' must be text, not true/false (YAML reads an unquoted yes, no, on"),
        ("  topic: {knee: pain}\n", "meta 'topic' must be text, not a mapping"),
        ("  title: [Knee, clinic]\n", "meta 'title' must be text, not a list"),
    ],
)
def test_a_meta_value_that_is_not_text_is_one_problem_that_says_why(make_bank, line, message):
    given = {"title": "  title: Knee clinic\n", "topic": "  topic: knee pain\n", "source": "  source: leaflet\n"}
    given[line.split(":")[0].strip()] = line
    meta = "meta:\n  reviewed: 2024-01-01\n" + "".join(given.values())
    folder = make_bank({"bank.yaml": meta + "entries:\n" + entry_yaml("a-one", "What is A?")})
    problems = problems_of(folder)
    assert len(problems) == 1 and message in problems[0], problems  # not also "meta is missing 'title'"


def test_missing_meta_and_entries_are_one_problem(make_bank):
    folder = make_bank({"bank.yaml": "smalltalk: []\n"})
    (problem,) = problems_of(folder)
    assert "missing section 'meta'" in problem and "missing section 'entries'" in problem
    (folder / "bank.yaml").write_text(META)
    assert problems_of(folder) == [f"{folder}: missing section 'entries'"]


def test_repeated_sections_are_a_problem(make_bank):
    folder = make_bank({"a.yaml": META + "entries:\n" + entry_yaml("a-one", "What is A?"), "b.yaml": META})
    (problem,) = problems_of(folder)
    assert "section 'meta' is already defined" in problem


def test_unknown_sections_fields_and_keys_are_warnings_with_file_and_line(make_bank):
    # A bank written for another release keeps loading; `check` shows each warning.
    text = (
        "meta: {title: Test bank, source: tests, reviewed: 2024-01-01, topic: tests, colour: red}\n"
        + "entries:\n"
        + entry_yaml("a-one", "What is A?")
        + "    colour: blue\n"
        + "colours: [red]\n"
        + "screens:\n  titel: Typo\n"
        + "smalltalk:\n  - {id: hours, patterns: [opening hours], answer: Nine to five., reply: x}\n"
    )
    bank = load_bank(make_bank({"bank.yaml": text}))
    notes = [str(note) for note in bank.notes]
    assert any(n.startswith(f"{bank.path}/bank.yaml:1: unknown meta key 'colour'") for n in notes), notes
    assert any("bank.yaml:3 [a-one]: unknown field 'colour' is ignored" in n for n in notes), notes
    assert any("bank.yaml:16: unknown section 'colours' is ignored" in n for n in notes), notes
    assert any("bank.yaml:18: unknown key 'titel' in 'screens'" in n for n in notes), notes
    assert any("bank.yaml:20 [hours]: unknown small-talk key 'reply'" in n for n in notes), notes
    assert len(notes) == 5, notes


def test_duplicate_keys_in_one_mapping_are_caught(make_bank):
    folder = make_bank({"bank.yaml": META + "entries:\n" + entry_yaml("a-one", "What is A?") + "    id: again\n"})
    (problem,) = problems_of(folder)
    assert "the key 'id' appears twice" in problem and "bank.yaml:" in problem


def test_yes_and_no_words_must_be_quoted(make_bank):
    folder = make_bank({"bank.yaml": META + "entries:\n" + entry_yaml("a-one", "What is A?") + "stopwords: [a, no]\n"})
    (problem,) = problems_of(folder)
    assert "'stopwords' must be a list of words" in problem and "quotes" in problem


def test_missing_folder_and_empty_folder(tmp_path, make_bank):
    assert problems_of(tmp_path / "nope") == [f"{tmp_path / 'nope'}: no such file or folder"]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert problems_of(empty) == [f"{empty}: no .yaml or .yml files in this folder"]


def test_an_unreadable_file_is_a_problem_not_a_crash(make_bank):
    folder = make_bank({"bank.yaml": META + "entries:\n" + entry_yaml("a-one", "What is A?")})
    # A link to nowhere cannot be read even by root, who runs CI (chmod 000 would not stop root).
    (folder / "gone.yaml").symlink_to(folder / "missing-target.yaml")
    (problem,) = problems_of(folder)
    assert problem == f"{folder / 'gone.yaml'}: cannot read the file: No such file or directory"


def test_a_file_that_is_not_utf8_is_a_problem_not_a_crash(make_bank):
    folder = make_bank({"bank.yaml": META + "entries:\n" + entry_yaml("a-one", "What is A?")})
    (folder / "latin1.yaml").write_bytes("title: caf\xe9\n".encode("latin-1"))
    (problem,) = problems_of(folder)
    assert "latin1.yaml" in problem and "not UTF-8" in problem


def test_the_error_message_lists_every_problem(make_bank):
    folder = make_bank({"bank.yaml": META + "entries:\n" + entry_yaml("a-one", "X?", answer="''", related=["b"])})
    with pytest.raises(BankError) as caught:
        load_bank(folder)
    text = str(caught.value)
    assert text.startswith("the FAQ bank has 2 problems:")
    assert "the answer is empty" in text and "related id 'b' does not exist" in text


def test_bot_load_uses_the_environment_variable(make_bank, monkeypatch):
    folder = make_bank({"bank.yaml": META + "entries:\n" + entry_yaml("clinic-hours", "When is the clinic open?")})
    monkeypatch.setenv("CHATBOT_FAQ", str(folder))
    assert [e.id for e in Bot.load().bank.entries] == ["clinic-hours"]


def test_the_compiled_copy_of_the_packaged_bank_is_up_to_date():
    from chatbot.bank.cache import read_copy
    from chatbot.bank.files import _yaml_files, digest
    from chatbot.bank.loader import COMPILED_BANK, COMPILED_GENERAL

    for folder, copy in ((packaged_bank_dir(), COMPILED_BANK), (general_layer_dir(), COMPILED_GENERAL)):
        texts = [(name, Path(name).read_text(encoding="utf-8")) for name in _yaml_files(folder)]
        assert read_copy(copy, digest(texts)) is not None, "run: python -m chatbot.bank.refresh"


def test_the_compiled_copy_loads_the_same_bank_as_the_yaml(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))  # no cached copy of faq/ yet: it is parsed
    from_cache = load_bank()
    from_yaml = load_bank(packaged_bank_dir())  # a path given: read as a clinic bank, straight from YAML
    assert from_cache._replace(path="") == from_yaml._replace(path="")


def test_a_compiled_copy_that_does_not_match_the_yaml_is_ignored(tmp_path, make_bank):
    from chatbot.bank.cache import read_documents, write_copy
    from chatbot.bank.files import _read_texts, digest

    folder = make_bank({"bank.yaml": META + "entries:\n" + entry_yaml("old-entry", "What is old?")})
    cache = str(tmp_path / "compiled.json")
    texts = _read_texts(str(folder), [])
    write_copy(cache, digest(texts), read_documents(str(folder), []))
    (folder / "bank.yaml").write_text(META + "entries:\n" + entry_yaml("new-entry", "What is new?"))
    problems = []
    ((name, document),) = read_documents(str(folder), problems, cache=cache)
    assert problems == [] and document["entries"][0]["id"] == "new-entry"
    assert document["entries"][0].line == 3  # parsed from the YAML, lines and all
