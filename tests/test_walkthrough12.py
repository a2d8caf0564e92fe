"""Bugs found by using the product as its people do (walkthrough 12), each pinned by a test."""

from __future__ import annotations

import pytest

from chatbot import Bot


@pytest.mark.parametrize("given", ["   ", "\t", " \n "])
def test_a_blank_emergency_number_never_leaves_the_emergency_reply_without_one(monkeypatch, given):
    # A service file's `Environment=CHATBOT_EMERGENCY_NUMBER= ` (or an operator's stray space) gave
    # "Call your local emergency number now:    ." An empty value already meant "not given"; so does a blank.
    default = Bot.load().ask("chest pain").text
    assert "999" in default
    assert Bot.load(emergency_number=given).ask("chest pain").text == default
    monkeypatch.setenv("CHATBOT_EMERGENCY_NUMBER", given)
    assert Bot.load().ask("chest pain").text == default


def test_the_emergency_number_is_shown_as_plain_text(monkeypatch):
    # A number pasted with a colour code or a line break reached the JSON reply (and a kiosk's own screen) raw.
    text = Bot.load(emergency_number="\x1b[31m000\n (Australia)").ask("chest pain").text
    assert "call your local emergency number now: 000 (australia)." in text.lower()
    assert "\x1b" not in text and "\n" not in text


def test_a_control_character_in_the_banks_meta_is_a_problem_named_by_its_line(tmp_path):
    # Entries were checked for invisible control characters, meta was not: a colour code in
    # `emergency_number` reached every emergency reply raw (JSON "\u001b[31m000").
    from chatbot.bank.loader import load_bank
    from chatbot.errors import BankError

    (tmp_path / "entries.yaml").write_text(
        "meta:\n  title: Bunions\n  topic: bunions\n  source: leaflet\n  reviewed: 2025-06-01\n"
        '  emergency_number: "\\e[31m000"\n\nentries:\n  - id: what-is-a-bunion\n'
        "    question: What is a bunion?\n    answer: A bunion is a bony bump at the base of the big toe.\n",
        encoding="utf-8",
    )
    with pytest.raises(BankError) as raised:
        load_bank(tmp_path)
    assert [str(problem) for problem in raised.value.problems] == [
        f"{tmp_path / 'entries.yaml'}:6: meta 'emergency_number' holds an invisible control character (U+001B): "
        "remove it"
    ]


def test_the_help_wraps_each_command_under_its_own_description_at_80_columns(bot):
    # At 80 columns, the most common terminal, "topics" went on with "that word)" at the margin.
    from chatbot.frontends.render import wrap

    lines = wrap(bot.bank.screens["help"].rstrip(), 80).splitlines()
    commands = lines[lines.index("Commands:") + 1 :]
    assert len(commands) > 4  # one command took two lines
    assert all(line.startswith("  ") and len(line) <= 80 for line in commands)
    second = commands[[line.split()[0] for line in commands].index("topics") + 1]
    assert second.startswith(" " * len("  topics    ")) and not second.startswith(" " * 13)


def test_a_long_question_in_the_topics_list_is_one_item_not_two():
    # A clinic's question longer than the line was shown as two bullets ("  - ... extra" / "  - bone is ...").
    from chatbot.frontends.render import wrap

    item = wrap("Is it safe to keep walking on my new hip while the extra bone is still growing?", 40, indent="  - ")
    assert item.count("  - ") == 1
    assert all(line.startswith("    ") for line in item.splitlines()[1:])


def test_the_topics_command_the_help_names_works_through_the_engine(bot):
    # The bank's help ("type "topics" to see them all") reaches the web page and the JSON-lines protocol, which
    # answered "topics" with "Sorry, I can only answer questions about heterotopic ossification".
    session = bot.session()
    assert '"topics"' in session.ask("help").text
    listed = session.ask("topics")
    assert listed.kind == "smalltalk"
    assert listed.text == bot.bank.screens["topics_heading"]
    listed_ids = [s.id for s in listed.suggestions]  # in the bank's topic groups, as the terminal lists them
    assert sorted(listed_ids) == sorted(entry.id for entry in bot.bank.entries)
    assert listed_ids[: len(bot.bank.topic_groups[0].ids)] == list(bot.bank.topic_groups[0].ids)
    picked = session.ask("12")  # a number asks the listed question, as after any other list
    assert picked.kind == "answer" and picked.id == listed.suggestions[11].id
    narrowed = bot.session().ask("Topics grade")
    assert {s.id for s in narrowed.suggestions} == {"grade-1", "grade-2", "grade-3", "grade-4"}
    none = bot.session().ask("topics zebra")
    assert none.kind == "smalltalk" and '"zebra"' in none.text and none.suggestions == ()


def test_the_web_page_and_json_lines_list_the_topics(bot):
    from chatbot.frontends.stdio import handle_line
    from chatbot.session_store import SessionStore

    store = SessionStore(bot)
    reply = handle_line(store, b'{"session": "k", "text": "topics"}')
    assert reply["kind"] == "smalltalk" and len(reply["suggestions"]) == len(bot.bank.entries)
    assert handle_line(store, b'{"session": "k", "text": "2"}')["id"] == reply["suggestions"][1]["id"]


def test_a_long_topics_list_stops_and_says_how_to_narrow_it(tmp_path):
    from chatbot.bank.topics import TOPICS_SHOWN

    entries = "".join(
        f"  - id: question-{n}\n    question: What is step {n} of bunion care?\n"
        f"    answer: Step {n} is one part of looking after a bunion.\n"
        for n in range(TOPICS_SHOWN + 5)
    )
    (tmp_path / "entries.yaml").write_text(
        "meta:\n  title: Bunions\n  topic: bunions\n  source: leaflet\n  reviewed: 2025-06-01\n\nentries:\n" + entries,
        encoding="utf-8",
    )
    reply = Bot.load(tmp_path).session().ask("topics")
    assert len(reply.suggestions) == TOPICS_SHOWN
    assert f"{TOPICS_SHOWN} of {TOPICS_SHOWN + 5}" in reply.text and '"topics pain"' in reply.text


@pytest.mark.parametrize("said", ["thank you so much, bye", "thanks bye", "ok thanks, bye!", "cheers, goodbye"])
def test_thanks_then_goodbye_is_a_goodbye(bot, said):
    # It got "Sorry, I can only answer questions about heterotopic ossification, and I did not find one in that."
    reply = bot.session().ask(said)
    assert reply.kind == "smalltalk" and reply.text.startswith("Goodbye")


@pytest.mark.parametrize("said", ["I am scared", "im so worried", "I'm frightened", "feeling anxious"])
def test_a_worry_said_on_its_own_gets_a_kind_word(bot, said):
    reply = bot.session().ask(said)
    assert reply.kind == "smalltalk" and "worried" in reply.text and "your doctor or care team" in reply.text


@pytest.mark.parametrize("said", ["sorry", "oops", "sorry about that", "so sorry!"])
def test_an_apology_is_not_told_it_is_off_topic(bot, said):
    reply = bot.session().ask(said)
    assert reply.kind == "smalltalk" and "only answer" not in reply.text


@pytest.mark.parametrize(
    "said",
    ["sorry, what is HO?", "thanks, and how is it treated?", "I am not scared", "and is that bad?", "is it a mistake"],
)
def test_small_talk_words_around_a_question_still_leave_it_a_question(bot, said):
    assert bot.session().ask(said).kind != "smalltalk"


def test_a_sheet_that_is_not_valid_csv_is_reported_by_the_row_the_spreadsheet_shows(tmp_path):
    # The csv module's line ("line 8: ... field larger than field limit (131072)") counted the lines of text,
    # and a cell with new lines spans several: the row was 3. An open quote is the usual cause; say so.
    from chatbot.bank.sheets import SheetError, read_sheet

    huge = tmp_path / "huge.csv"
    huge.write_text(
        'id,question,alternates,answer\nwhat-is-a-bunion,"What is\na bunion?","bunion\nbunions",A bump.\n'
        f"bunion-causes,What causes bunions?,{'x' * 200_000},Tight shoes.\n",
        encoding="utf-8",
    )
    with pytest.raises(SheetError) as raised:
        read_sheet(str(huge))
    assert raised.value.problems == [
        'row 3, column C: a cell is longer than 131,072 characters (is a quote (") left open?)'
    ]
    opened = tmp_path / "open.csv"
    opened.write_text(
        "id,question,answer\nwhat-is-a-bunion,What is a bunion?,A bump.\n"
        'bunion-causes,What causes bunions?,"Tight shoes\nbunion-genes,Are bunions genetic?,Often.\n',
        encoding="utf-8",
    )
    with pytest.raises(SheetError) as raised:
        read_sheet(str(opened))
    assert raised.value.problems == ['row 3, column C: a quote (") opens a cell here that is never closed']


def test_check_lists_a_yes_opening_even_in_an_entry_with_another_problem(tmp_path):
    # A duplicate id hid the "Yes." opening until the id was fixed and check run again.
    from chatbot.bank.loader import load_bank
    from chatbot.errors import BankError

    (tmp_path / "entries.yaml").write_text(
        "meta:\n  title: Bunions\n  topic: bunions\n  source: leaflet\n  reviewed: 2025-06-01\n\nentries:\n"
        "  - id: what-is-a-bunion\n    question: What is a bunion?\n    answer: A bony bump by the big toe.\n"
        "  - id: what-is-a-bunion\n    question: What causes bunions?\n    answer: Yes. Tight shoes play a part.\n",
        encoding="utf-8",
    )
    with pytest.raises(BankError) as raised:
        load_bank(tmp_path)
    messages = [problem.message for problem in raised.value.problems]
    assert len(messages) == 2 and messages[0].startswith("duplicate id")
    assert messages[1].startswith("the answer opens with 'Yes'")


def test_a_tab_after_a_dash_gets_the_tab_hint_too(tmp_path):
    # libyaml words this slip "found character that cannot start any token", without naming the tab.
    from chatbot.bank.loader import load_bank
    from chatbot.errors import BankError

    (tmp_path / "entries.yaml").write_text(
        "meta:\n  title: B\n  source: s\n  reviewed: 2025-06-01\nentries:\n  -\tid: x\n", encoding="utf-8"
    )
    with pytest.raises(BankError) as raised:
        load_bank(tmp_path)
    (problem,) = raised.value.problems
    assert problem.line == 6 and "indent with spaces, never tabs" in problem.message


def test_an_eval_file_with_bad_yaml_is_named_with_its_line_in_the_banks_words(tmp_path):
    # It printed PyYAML's own "while scanning ... in "<unicode string>", line 8, column 2".
    from chatbot.quality.evaluation import EvalFileError, load_cases

    questions = tmp_path / "questions.yaml"
    questions.write_text("cases:\n  - q: what is HO\n    expect: what-is-ho\n  - q: Note: what is FOP\n", "utf-8")
    with pytest.raises(EvalFileError) as raised:
        load_cases(questions)
    assert str(raised.value) == (
        f"{questions}:4: bad YAML: mapping values are not allowed in this context; "
        "a value holds a colon and a space: put the whole value in quotes"
    )


@pytest.mark.parametrize("keys", ["escape", "enter", "q", "c-q", "escape q", "q q", "<any>", "c-c c-c", "tab c-q"])
def test_an_exit_key_a_patient_could_press_by_chance_is_refused_at_start(keys):
    # `--exit-key escape` ended the kiosk (exit 0, a shell prompt on a public screen) when a patient pressed Escape.
    from chatbot.frontends.kiosk import BadExitKey, parse_exit_key

    with pytest.raises(BadExitKey, match="could press that by chance"):
        parse_exit_key(keys)


@pytest.mark.parametrize("keys", ["c-x c-q", "c-x  c-q", "c-a c-b c-c", "c-x escape"])
def test_an_operators_sequence_of_ctrl_keys_is_kept(keys):
    from chatbot.frontends.kiosk import parse_exit_key

    assert parse_exit_key(keys) == keys.split()


@pytest.mark.parametrize("command", [["serve", "--http", "--kiosk"], ["kiosk"]])
def test_a_kiosk_idle_time_beyond_a_day_is_refused_at_start(command):
    # The web page's timer cannot wait past about 24.8 days: "--idle-seconds 3000000" opened the page on
    # "Are you still there?" and wiped it every 20 seconds.
    from conftest import run_cli

    result = run_cli(*command, "--idle-seconds", "3000000")
    assert result.returncode == 2
    assert "--idle-seconds: must be at most 86,400 seconds (a day), got 3000000" in result.stderr.decode()
    result = run_cli(*command, "--idle-seconds", "86400", "--warn-seconds", "90000")
    assert result.returncode == 2 and "--warn-seconds: must be at most 86,400 seconds" in result.stderr.decode()


def test_importing_a_banks_own_yaml_file_says_it_needs_no_import(tmp_path):
    # It was read as a sheet: "row 1: unknown column '# Imported from the spreadsheet ...'" and "missing column".
    from chatbot.bank.sheets import SheetError, read_sheet

    bank = tmp_path / "bunion-bank"
    bank.mkdir()
    (bank / "entries.yaml").write_text("# Imported from the spreadsheet bunions.csv\nentries: []\n", encoding="utf-8")
    with pytest.raises(SheetError) as raised:
        read_sheet(str(bank / "entries.yaml"))
    assert raised.value.problems == [
        f"a bank file, not a spreadsheet: it needs no import; check it with `chatbot check {bank}`"
    ]


SHEET = "id,question,answer\nwhat-is-a-bunion,What is a bunion?,A bony bump at the base of the big toe.\n"


def test_a_reimport_with_a_new_review_date_keeps_the_clinics_meta(tmp_path):
    # "import --force --reviewed <new date>" rewrote meta.yaml from the file's name: title "Sheet", source
    # "sheet.csv", no topic, and the clinic's own emergency number gone (911/112/999 in an Australian clinic).
    import yaml

    from chatbot.bank.sheets import import_sheet

    sheet, bank = tmp_path / "sheet.csv", tmp_path / "bank"
    sheet.write_text(SHEET, encoding="utf-8")
    import_sheet(str(sheet), str(bank), title="Bunions", source="Foot clinic leaflet", reviewed="2025-03-01")
    with open(bank / "meta.yaml", "a", encoding="utf-8") as meta_file:
        meta_file.write('  topic: bunions\n  emergency_number: "000 (Australia)"\n')
    import_sheet(str(sheet), str(bank), force=True, reviewed="2026-01-15")
    meta = yaml.safe_load((bank / "meta.yaml").read_text(encoding="utf-8"))["meta"]
    assert meta == {
        "title": "Bunions",
        "source": "Foot clinic leaflet",
        "reviewed": "2026-01-15",
        "topic": "bunions",
        "emergency_number": "000 (Australia)",
    }
    assert "000 (Australia)" in Bot.load(bank).ask("I can't breathe").text


def test_importing_over_a_hand_written_bank_keeps_the_meta_its_entries_file_held(tmp_path):
    # Its meta lived in entries.yaml, which the import replaces: it asked for --reviewed and wrote the defaults.
    import yaml

    from chatbot.bank.sheets import import_sheet

    sheet, bank = tmp_path / "sheet.csv", tmp_path / "bank"
    sheet.write_text(SHEET, encoding="utf-8")
    bank.mkdir()
    (bank / "entries.yaml").write_text(
        "meta:\n  title: Bunions\n  source: Foot clinic leaflet\n  reviewed: 2025-03-01\n  topic: bunions\n"
        "entries:\n  - id: old\n    question: What is old?\n    answer: Old.\n",
        encoding="utf-8",
    )
    import_sheet(str(sheet), str(bank), force=True)
    meta = yaml.safe_load((bank / "meta.yaml").read_text(encoding="utf-8"))["meta"]
    assert meta == {"title": "Bunions", "source": "Foot clinic leaflet", "reviewed": "2025-03-01", "topic": "bunions"}
    assert Bot.load(bank).ask("what is a bunion").id == "what-is-a-bunion"


def test_an_import_without_a_source_says_what_patients_will_read(tmp_path):
    from chatbot.bank.sheets import import_sheet

    sheet = tmp_path / "faq-final-v2.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    notes = import_sheet(str(sheet), str(tmp_path / "bank"), reviewed="2025-03-01", topic="bunions")
    assert "meta.yaml: no --source, so patients read 'Source: faq-final-v2.csv' under every answer" in notes[1]
    with_source = import_sheet(str(sheet), str(tmp_path / "other"), reviewed="2025-03-01", source="Foot leaflet")
    assert not any("--source" in note for note in with_source)


def test_the_web_kiosk_shows_the_next_person_the_top_of_the_page(tmp_path):
    # After a wipe (idle, or Start again) the page kept the last person's scroll, clamped to the shorter
    # page: on a small screen the next person met the examples with the title, "I am not a doctor" and the
    # emergency number scrolled out of view.
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait
    from web_support import Server, chrome

    server = Server("--kiosk", "--idle-seconds", "8", "--warn-seconds", "2")
    driver = chrome(width=800, height=600)
    try:
        wait = WebDriverWait(driver, 30, poll_frequency=0.1)

        def scrolled_down_after_questions():
            driver.get(server.url + "/")
            wait.until(lambda d: d.execute_script("return document.body.dataset.ready === 'true'"))
            for text in ("what is HO", "topics", "what is FOP"):
                count = len(driver.find_elements(By.CSS_SELECTOR, "#conversation .reply"))
                box = driver.find_element(By.ID, "question")
                box.send_keys(text, Keys.ENTER)
                wait.until(lambda d, n=count: len(d.find_elements(By.CSS_SELECTOR, "#conversation .reply")) > n)
            assert driver.execute_script("return window.scrollY") > 1000

        def notice_in_view():
            return driver.execute_script(
                "const r = document.getElementById('notice').getBoundingClientRect();"
                "return window.scrollY === 0 && r.top >= 0 && r.bottom <= window.innerHeight"
            )

        scrolled_down_after_questions()
        driver.find_element(By.ID, "start-again").click()
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, ".welcome .suggestion"))
        assert notice_in_view()
        scrolled_down_after_questions()
        wait.until(lambda d: not d.find_elements(By.CSS_SELECTOR, "#conversation .reply"))  # the idle wipe
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, ".welcome .suggestion"))
        assert notice_in_view()
    finally:
        driver.quit()
        server.stop()


@pytest.mark.parametrize(("written", "keys"), [("C-x C-q", ["c-x", "c-q"]), ("C-X  C-Q", ["c-x", "c-q"])])
def test_an_exit_key_written_as_manuals_write_it_is_understood(written, keys):
    # "C-x C-q" was refused: "Invalid key: C-x".
    from chatbot.frontends.kiosk import parse_exit_key

    assert parse_exit_key(written) == keys


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_file_piped_to_the_chat_is_read_as_text(encoding):
    # PowerShell's `>` and Notepad's "Unicode" save UTF-16 with a byte-order mark: each letter came with a NUL,
    # "w h a t  i s  H O", and every question fell back (one even got the story reply).
    import io

    from chatbot.frontends.repl import _stdin_lines

    text = "what is HO\r\nhow is it treated\r\n\U0001f9b4 and grade 3?\n"
    data = ("\ufeff" + text).encode(encoding) if encoding != "utf-16" else text.encode(encoding)
    lines = list(_stdin_lines(io.BufferedReader(io.BytesIO(data))))
    assert lines == ["what is HO", "how is it treated", "\U0001f9b4 and grade 3?"]


def test_the_piped_chat_answers_a_utf16_file():
    from conftest import run_cli

    result = run_cli(input="what is HO\n".encode("utf-16"))
    assert result.returncode == 0
    assert result.stdout.decode().startswith("Heterotopic ossification (HO) means bone grows")


def test_the_kiosk_wraps_its_answer_again_when_the_screen_grows(bot, monkeypatch):
    # An answer shown on a narrow screen (a console that starts small, a window made narrow) stayed in that
    # narrow column after the screen grew, the rest of the screen empty beside it.
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from chatbot.frontends.kiosk import Kiosk

    width = {"now": 30}
    with create_pipe_input() as keys:
        kiosk = Kiosk(bot, 120, 20, None, terminal_input=keys, terminal_output=DummyOutput())
        monkeypatch.setattr(kiosk, "_width", lambda: width["now"])
        for shown in ("what is HO", "topics", "help", "quit"):
            kiosk._ask(shown)
            narrow = "".join(text for _, text in kiosk._conversation_text()).splitlines()
            assert max(map(len, narrow)) <= 30
            width["now"] = 90
            wide = "".join(text for _, text in kiosk._conversation_text()).splitlines()
            assert 30 < max(map(len, wide)) <= 90 and len(wide) < len(narrow)
            width["now"] = 30
        kiosk.wipe()
        width["now"] = 90
        assert 30 < max(map(len, "".join(text for _, text in kiosk._conversation_text()).splitlines()))
