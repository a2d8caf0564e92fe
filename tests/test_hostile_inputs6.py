"""Sixth hostile-input hunt: each test is a problem found by attacking the real product, fixed."""

from __future__ import annotations

import csv
import io
import json
import os
import resource
import socket
import stat
import subprocess
import sys
import time

import pytest
from conftest import DATA, entry_yaml

from chatbot.bank.loader import load_bank


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.mark.parametrize("word", ["a" * 16_000, "heterotopic" * 1_500, "zq" * 8_000])
def test_one_long_word_is_read_quickly_and_in_little_memory(bot, word):
    # A single 16,000-letter "word" made the triage spelling reader list every string one slip away from
    # it (54 x 16,000 strings of 16,000 letters): 35 s and about 13 GB for one `chatbot ask`.
    before = _peak_mib()
    started = time.monotonic()
    reply = bot.session().ask(word)
    assert time.monotonic() - started < 2
    assert _peak_mib() - before < 200
    assert reply.kind == "fallback"


def test_a_long_word_does_not_hide_an_emergency_after_it(bot):
    reply = bot.session().ask("x" * 15_000 + " I have crushing chest pain right now")
    assert reply.kind == "emergency"


def _shell(command: str, input: bytes = b"") -> subprocess.CompletedProcess:
    """Run `python -m chatbot` through sh, so a test can close or redirect its standard streams."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHATBOT_")}
    return subprocess.run(
        ["sh", "-c", command.replace("chatbot", f"'{sys.executable}' -m chatbot", 1)],
        input=input,
        capture_output=True,
        env=env,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("command", "code"),
    [
        ("chatbot <&-", 0),  # a closed input is the end of input
        ("chatbot serve --stdio <&-", 0),
        ("chatbot kiosk <&-", 2),  # no terminal: the kiosk says so
        ("chatbot ask what is HO >&-", 0),  # a closed output is a reader that went away
        ("echo what is HO | chatbot >&-", 0),
        ('echo \'{"text": "hi"}\' | chatbot serve --stdio >&-', 0),
        ("chatbot check >&- 2>&-", 0),
    ],
)
def test_a_closed_standard_stream_is_no_traceback(command, code):
    # A service started with a stream closed used to end with "AttributeError: 'NoneType' object has no
    # attribute 'isatty'" (or 'write', 'buffer') and status 1.
    result = _shell(command)
    assert b"Traceback" not in result.stderr
    assert result.returncode == code, result.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize(
    "command",
    [
        "chatbot ask what is HO > /dev/full",
        "echo what is HO | chatbot > /dev/full",
        'echo \'{"text": "hi"}\' | chatbot serve --stdio > /dev/full',
        "chatbot check > /dev/full",
    ],
)
def test_an_output_that_cannot_be_written_is_one_clear_error_with_exit_1(command):
    # A full disk used to end every command with an OSError traceback.
    result = _shell(command)
    assert b"Traceback" not in result.stderr
    assert result.stderr.decode().strip() == "Error: cannot write the output (No space left on device)"
    assert result.returncode == 1


FORMULA_ROWS = [
    ["id", "question", "alternates", "answer", "source", "related"],
    [
        "heel-pain",
        # (Written as text, after an apostrophe: a bare formula in a clinic's sheet is refused, test_sheet_import_hunt.)
        "'=cmd|' /C calc'!A0",
        "+what causes heel pain\n-why does my heel hurt\n@heel ache\n'=already quoted\nplain heel question",
        '\'=HYPERLINK("http://evil.example","click") Heel pain has many causes. Rest helps.',
        "@SUM(1+1)",
        "",
    ],
    ["heel-rest", "What helps heel pain?", "rest for heel pain", "''-1 is no formula. Rest helps.", "-leaflet", ""],
]


@pytest.mark.parametrize("name", ["faq.csv", "faq.tsv"])
def test_export_never_writes_a_cell_a_spreadsheet_would_run_and_imports_back_the_same(tmp_path, name):
    # A bank whose text starts with = + - @ was exported as it was: opened in a spreadsheet, a cell
    # "=cmd|' /C calc'!A0" runs a program (CSV injection). Such a cell is written after an apostrophe,
    # which a spreadsheet shows as text, and `import` takes the apostrophe off again.
    from chatbot.bank.sheets import export_bank, import_sheet

    delimiter = "\t" if name.endswith(".tsv") else ","
    sheet = tmp_path / name
    with open(sheet, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(FORMULA_ROWS)
    import_sheet(str(sheet), str(tmp_path / "bank"), reviewed="2025-03-01")
    out = tmp_path / ("out" + name[-4:])
    export_bank(str(tmp_path / "bank"), str(out))
    with open(out, newline="", encoding="utf-8-sig") as handle:
        cells = [cell for row in csv.reader(handle, delimiter=delimiter) for cell in row]
    assert "'=cmd|' /C calc'!A0" in cells and "'@SUM(1+1)" in cells
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]

    import_sheet(str(out), str(tmp_path / "again"), reviewed="2025-03-01")
    first, again = load_bank(tmp_path / "bank").entries, load_bank(tmp_path / "again").entries
    assert [e.question for e in first] == [e.question for e in again] == ["=cmd|' /C calc'!A0", "What helps heel pain?"]
    assert [(e.alternates, e.answer, e.source) for e in first] == [(e.alternates, e.answer, e.source) for e in again]
    # A sheet's own apostrophe before a formula start is the spreadsheet's mark for text, and comes off.
    assert first[0].alternates[3] == "'=already quoted" and first[1].answer == "'-1 is no formula. Rest helps."
    export_bank(str(tmp_path / "again"), str(tmp_path / ("twice" + name[-4:])))
    assert (tmp_path / ("twice" + name[-4:])).read_bytes() == out.read_bytes()


def test_a_header_of_100000_unknown_columns_is_refused_at_once_and_named_once(tmp_path):
    # Each column name was counted across the whole header (`header.count`): 100,000 columns took
    # three minutes, and the message listed 'x' 100,000 times.
    from chatbot.bank.sheets import SheetError, read_sheet

    sheet = tmp_path / "wide.csv"
    sheet.write_text("id,question,answer" + ",x" * 100_000 + ",id\n", encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(SheetError) as caught:
        read_sheet(str(sheet))
    assert time.monotonic() - started < 5
    # Columns a bank has no place for are read as not used; two columns that both read as the id are refused.
    [problem] = caught.value.problems
    assert problem.startswith("row 1: columns A 'id' and ") and problem.endswith(
        "both read as the id: rename or delete one of them"
    )


def test_a_sheet_of_a_million_rows_is_refused_with_the_limit_not_imported_for_hours(tmp_path):
    # 34 MB of short rows (under the 64 MB limit) ran for hours: the importer counted the lines of the
    # growing YAML text once per row, and a million entries are far past any bank measured.
    from chatbot.bank.sheets import MAX_SHEET_ROWS, SheetError, import_sheet

    sheet = tmp_path / "million.csv"
    sheet.write_text(
        "id,question,answer\n" + "".join(f"e{n},What is thing {n}?,It is a thing.\n" for n in range(1_000_000))
    )
    # Timed against a yardstick measured here, in CPU time of this process: a wall-clock bound (30 s) failed
    # on a loaded machine. The yardstick is the work no importer can skip, reading the file and splitting it
    # into CSV records; the refusal costs about 1.3 times that, and the importer that ran for hours
    # thousands of times.
    started = time.process_time()
    with open(sheet, encoding="utf-8", newline="") as handle:
        assert len(list(csv.reader(io.StringIO(handle.read(), newline="")))) == 1_000_001
    yardstick = time.process_time() - started
    started = time.process_time()
    with pytest.raises(SheetError) as caught:
        import_sheet(str(sheet), str(tmp_path / "bank"), reviewed="2025-03-01")
    assert time.process_time() - started < 10 * yardstick
    assert caught.value.problems == [
        f"the sheet has 1,000,000 entries; a bank can have at most {MAX_SHEET_ROWS:,} (split the topic into banks)"
    ]
    assert not (tmp_path / "bank").exists()


def test_each_imported_row_is_mapped_to_the_line_its_entry_starts_on(tmp_path, monkeypatch):
    # The map from YAML lines to sheet rows, now built as the text grows instead of by counting its lines
    # again for every row, still names each entry's own row.
    from chatbot.bank import sheets

    calls = []
    real = sheets._validate

    def spy(file, entries_text, meta_text, row_at_line, *more):
        calls.append((entries_text, row_at_line))
        return real(file, entries_text, meta_text, row_at_line, *more)

    sheet = tmp_path / "rows.csv"
    sheet.write_text("id,question,answer\n" + "".join(f"e{n},What is thing {n}?,It is a thing.\n" for n in range(3000)))
    monkeypatch.setattr(sheets, "_validate", spy)
    sheets.import_sheet(str(sheet), str(tmp_path / "bank"), reviewed="2025-03-01")
    entries_text, row_at_line = calls[0]
    lines = entries_text.split("\n")
    assert len(row_at_line) == 3000
    assert all(lines[line - 1] == f"- id: e{row - 2}" for line, row in row_at_line.items())


def _closed_by_server(sock, within: float) -> bool:
    """Whether the server closes `sock` within `within` seconds (EOF, or a reset)."""
    sock.settimeout(within)
    try:
        while sock.recv(4096):
            pass  # a 408 or 400 reply before the close is fine
    except TimeoutError:
        return False
    except OSError:
        return True
    return True


@pytest.mark.parametrize(
    "partial",
    [
        b"POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n",  # headers never end
        b"POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{",
        b"GET / HTT",
        b"",  # connects and says nothing
    ],
    ids=["headers", "body", "request-line", "silent"],
)
def test_a_request_that_never_finishes_is_dropped_after_a_short_timeout(partial):
    # Slowloris: uvicorn gave a connection that never finished its request unlimited time, so a few
    # thousand such connections held every file descriptor the server may open.
    pytest.importorskip("uvicorn")
    from web_support import Server

    from chatbot.frontends.web.server import REQUEST_SECONDS

    server = Server()
    try:
        host, port = server.url.split("//")[1].rstrip("/").rsplit(":", 1)
        with socket.create_connection((host, int(port))) as slow:
            slow.sendall(partial)
            started = time.monotonic()
            assert _closed_by_server(slow, REQUEST_SECONDS + 10)
            assert time.monotonic() - started >= REQUEST_SECONDS - 1
            # A quick client is served as before.
            with socket.create_connection((host, int(port))) as quick:
                quick.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                quick.settimeout(10)
                assert quick.recv(4096).startswith(b"HTTP/1.1 200")
    finally:
        assert server.stop() == 0


def test_a_bank_past_the_largest_measured_is_refused_once_read_not_checked_for_an_hour(tmp_path):
    # 200,000 one-line entries (14 MB) took six minutes and 880 MB to `check`; a 64 MB file of them
    # (about 900,000) would take half an hour. Past 50,000 entries the bank is refused once it is read.
    from conftest import META, run_cli

    from chatbot.bank.checks import MAX_BANK_ENTRIES

    folder = tmp_path / "bank"
    folder.mkdir()
    count = MAX_BANK_ENTRIES + 1
    lines = (f"- {{id: e{n}, question: What is thing {n}?, answer: It is a thing.}}\n" for n in range(count))
    (folder / "entries.yaml").write_text(META + "entries:\n" + "".join(lines), encoding="utf-8")
    started = time.monotonic()
    result = run_cli("check", str(folder), timeout=120)
    assert time.monotonic() - started < 60
    assert result.returncode == 2 and b"Traceback" not in result.stderr
    assert f"has {count:,} entries; a bank can have at most {MAX_BANK_ENTRIES:,}" in result.stderr.decode()


def test_the_piped_chat_keeps_only_what_the_engine_reads_of_a_huge_line():
    # `head -c 200M /dev/zero | tr '\0' a | chatbot` held the whole line (and its decoded copy) in memory,
    # 630 MB at its peak, though the engine reads only a message's first 128,000 characters.
    import io

    from chatbot.frontends.repl import MAX_PIPED_LINE_BYTES, _stdin_lines
    from chatbot.understanding.text import MAX_TRIAGE_CHARS

    assert MAX_PIPED_LINE_BYTES >= 4 * 8 * MAX_TRIAGE_CHARS  # whole characters enough for clean_question
    source = io.BytesIO(b"chest pain " * 2_000_000 + b"\r\nwhat is HO\n\xff tail")
    lines = list(_stdin_lines(source))
    assert [len(line) for line in lines[1:]] == [10, 6]
    assert lines[1:] == ["what is HO", "\ufffd tail"]
    assert len(lines[0].encode()) <= MAX_PIPED_LINE_BYTES and lines[0].startswith("chest pain chest")


def test_the_piped_chat_answers_a_huge_line_then_the_next():
    result = _shell("(head -c 50000000 /dev/zero | tr '\\0' a; echo; echo what is HO) | chatbot")
    out = result.stdout.decode()
    assert result.returncode == 0 and b"Traceback" not in result.stderr
    assert out.startswith("Your message was very long") and "Heterotopic ossification (HO) means" in out


def test_export_with_force_never_replaces_a_device_or_fifo(tmp_path):
    # `chatbot export BANK /dev/full --force` (as root) replaced the device node with a regular file:
    # the atomic write renamed its temporary file over whatever was there.
    from chatbot.bank.sheets import SheetError, export_bank

    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    with pytest.raises(SheetError) as caught:
        export_bank(str(DATA / "heel-bank"), str(fifo), force=True)
    assert caught.value.problems == ["not a regular file (a device, a FIFO or a folder): give the name of a file"]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["pipe.csv"]  # no temporary file left behind


def test_import_into_a_folder_that_cannot_be_made_is_a_clear_error(tmp_path):
    # --to under a regular file (or in /proc) ended with a NotADirectoryError traceback.
    from conftest import run_cli

    sheet = tmp_path / "faq.csv"
    sheet.write_text("id,question,answer\nheel-pain,What causes heel pain?,Most heel pain is a strain.\n")
    (tmp_path / "file").write_text("x")
    target = tmp_path / "file" / "bank"
    result = run_cli("import", str(sheet), "--to", str(target), "--reviewed", "2025-03-01")
    assert b"Traceback" not in result.stderr and result.returncode == 2
    assert result.stderr.decode().splitlines()[-1] == "  cannot write the bank: Not a directory"


def test_a_file_error_no_check_foresaw_is_one_line_with_exit_2(monkeypatch, capsys):
    from chatbot.frontends import cli

    def fails(args):
        raise PermissionError(13, "Permission denied", "/srv/bank/entries.yaml")

    monkeypatch.setitem(cli.COMMANDS, "check", fails)
    assert cli.main(["check"]) == 2
    assert capsys.readouterr().err == "Error: cannot use /srv/bank/entries.yaml (Permission denied)\n"


@pytest.mark.parametrize("length", [16_100, 20_000, 100_000, 1_000_000])
def test_an_emergency_at_the_end_of_a_message_past_16000_characters_is_still_seen(bot, length):
    # Triage read only the first 16,000 characters, and the matcher's "end" was the 16,000th: a pasted
    # story of 20,000 characters ending "I have crushing chest pain now" got "Did you mean ...".
    tail = " I have crushing chest pain now"
    story = ("my hip hurts " * (length // 13 + 1))[: length - len(tail)]
    started = time.monotonic()
    reply = bot.session().ask(story + tail)
    assert reply.kind == "emergency"
    assert time.monotonic() - started < 1


def test_the_question_at_the_end_of_a_message_past_16000_characters_is_read(bot):
    story = "My dad had his hip replaced in March and he has done his exercises with the physio every day. " * 400
    reply = bot.session().ask(story + "Can HO come back after surgery?")
    assert len(story) > 30_000
    assert reply.text.startswith(bot.bank.messages["too_long"])
    assert reply.kind == "answer" and reply.id == bot.session().ask("Can HO come back after surgery?").id


@pytest.mark.parametrize("text", ["что такое гетеротопическая оссификация", "什么是异位骨化", "τι είναι", "١"])
def test_a_message_in_another_script_is_not_told_to_type_a_question(bot, text):
    # Every letter outside the Latin alphabet folds away, so a question in Russian, Chinese or Greek was
    # answered "Please type a question about ...", as if nothing had been typed. Letters of another script
    # are another language: the reply says the bot reads English only, with the emergency number (round 14);
    # a digit of another script ("١") is off the topic.
    reply = bot.session().ask(text)
    assert reply.kind == "fallback"
    letters = any(char.isalpha() for char in text)
    assert reply.text == bot.bank.messages["not_english" if letters else "off_topic"]
    assert bot.session().ask("  \u200b ?!").text == bot.bank.messages["empty"]


def test_the_same_problem_at_the_same_place_is_said_once(make_bank):
    # An entry related to itself 100,000 times (a pasted column) printed the same line 100,000 times.
    from conftest import META

    from chatbot.errors import BankError

    folder = make_bank({"bank.yaml": META + "entries:\n" + entry_yaml("a-one", "What is A?", related=["a-one"] * 5000)})
    with pytest.raises(BankError) as caught:
        load_bank(folder)
    assert [problem.message for problem in caught.value.problems] == ["an entry cannot be related to itself"]
    assert str(caught.value).startswith("the FAQ bank has 1 problem:")


def test_serve_reads_a_first_line_after_a_utf8_byte_order_mark():
    # Windows tools may start their output with a byte-order mark: the first request was refused with
    # Python's own "Unexpected UTF-8 BOM (decode using utf-8-sig)".
    from conftest import run_cli

    result = run_cli("serve", "--stdio", input=b'\xef\xbb\xbf{"text": "what is HO"}\n\xef\xbb\xbf{"text": "x"}\n')
    first, second = (json.loads(line) for line in result.stdout.decode().splitlines())
    assert first["id"] == "what-is-ho"
    assert second["kind"] == "fallback"  # a second tool's output joined on: its mark is skipped too
