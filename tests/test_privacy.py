"""Privacy: nothing a person types is stored, unless a curator turns on the masked log of unanswered questions."""

from __future__ import annotations

import datetime
import json
import os
import stat

import pytest
from conftest import run_cli
from terminal import Terminal

from chatbot import Bot
from chatbot.safety.unanswered import UnansweredLog, mask

SECRET = "my name is Jane Doe, does my lupus flare mean HO"


def all_files(*folders) -> list[str]:
    """Every file and folder written, less the bot's cache of general word lists (see `word_caches`)."""
    found = sorted(str(path) for folder in folders for path in folder.rglob("*"))
    return [path for path in found if path not in set(word_caches(*folders))]


def word_caches(*folders) -> list[str]:
    """The English word table and general vocabulary the bot keeps in the user's cache folder.

    They hold general English only, never anything a person typed: checked here byte for byte.
    """
    caches = []
    for folder in folders:
        cache = folder / ".cache" / "ho-faq-chatbot"
        if cache.is_dir():
            caches += [str(folder / ".cache"), str(cache)]
            for path in cache.iterdir():
                assert path.name.startswith(("english-", "general-vocabulary-")), path
                assert b"Jane" not in path.read_bytes()
                caches.append(str(path))
    return caches


@pytest.fixture
def sandbox(tmp_path):
    folders = {name: tmp_path / name for name in ("home", "work", "tmp")}
    for folder in folders.values():
        folder.mkdir()
    env = {"HOME": str(folders["home"]), "TMPDIR": str(folders["tmp"]), "XDG_DATA_HOME": str(folders["home"])}
    return folders, env


def test_the_chat_writes_no_history_or_any_other_file(sandbox):
    folders, env = sandbox
    term = Terminal(env=env, cwd=str(folders["work"]))
    try:
        term.wait_for("Your question:")
        term.enter(SECRET)
        term.wait_for("doctor")
        term.type("\x1b[A")  # the history is there, in memory
        term.wait_for(SECRET[:20])
        term.child.sendintr()
        term.child.sendeof()
        assert term.exit_code() == 0
    finally:
        term.close()
    assert all_files(*folders.values()) == []


@pytest.mark.parametrize("args", [["ask", SECRET], [], ["serve", "--stdio"]])
def test_one_shot_piped_and_json_modes_store_nothing(sandbox, args):
    folders, env = sandbox
    text = json.dumps({"session": "a", "text": SECRET}) + "\n" if args[:1] == ["serve"] else SECRET + "\n"
    result = run_cli(*args, input=text, env=env, cwd=folders["work"])
    assert result.returncode == 0
    assert all_files(*folders.values()) == []
    assert b"Jane" not in result.stderr


def test_the_unanswered_log_is_off_by_default():
    assert Bot.load().unanswered_log is None


def test_the_unanswered_log_keeps_only_fallbacks_masked_with_the_date_only(tmp_path):
    path = tmp_path / "unanswered.txt"
    days = iter([datetime.date(2026, 1, 2)] * 10)
    bot = Bot.load()
    bot.unanswered_log = UnansweredLog(path, today=lambda: next(days))
    session = bot.session()
    session.ask("what is HO")  # answered: not logged
    session.ask("I can't breathe")  # an emergency: not logged
    session.ask("hello")  # small talk: not logged
    # (requests21: "call me on ..." asks the bot to call back, and nothing of a request to act is logged, so the
    # number and address are told here instead)
    session.ask("call me on +1 555 123 4567")  # a request to act: not logged
    session.ask("can I get a flu shot at 3pm? my number is +1 555 123 4567 or jane@example.com")
    session.ask("is lupus linked to HO")
    assert path.read_text() == (
        "2026-01-02\tcan I get a flu shot at #pm? my number is [phone] or [email]\n2026-01-02\tis lupus linked to HO\n"
    )
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_the_command_line_option_appends_to_the_file(tmp_path):
    path = tmp_path / "unanswered.txt"
    for question in ("what is lupus", "what is HO", "how is asthma treated"):
        assert run_cli("ask", question, "--log-unanswered", str(path)).returncode == 0
    lines = path.read_text().splitlines()
    assert [line.split("\t")[1] for line in lines] == ["what is lupus", "how is asthma treated"]
    assert all(line.split("\t")[0] == datetime.date.today().isoformat() for line in lines)


def test_a_log_that_fails_after_the_start_does_not_stop_the_answer(tmp_path):
    bot = Bot.load()
    folder = tmp_path / "logs"
    folder.mkdir()
    bot.unanswered_log = UnansweredLog(folder / "log.txt")
    (folder / "log.txt").unlink()
    folder.rmdir()  # the folder went away while the program ran
    assert bot.ask("what is lupus").kind == "fallback"


def test_a_log_swapped_for_a_link_after_the_start_is_not_written_through(tmp_path):
    log = UnansweredLog(tmp_path / "log.txt")
    target = tmp_path / "elsewhere.txt"
    target.write_text("")
    target.chmod(0o600)
    (tmp_path / "log.txt").unlink()
    (tmp_path / "log.txt").symlink_to(target)
    log.record("what is lupus")
    assert target.read_text() == ""


def _log_error(path, timeout=20) -> str:
    result = run_cli("ask", "what is lupus", "--log-unanswered", str(path), timeout=timeout)
    assert result.returncode == 2 and result.stdout == b""
    (line,) = result.stderr.decode().splitlines()
    assert line.startswith(f"Error: --log-unanswered {path}: ")
    return line


def test_an_unusable_log_path_stops_the_command_at_start_with_a_clear_message(tmp_path):
    assert _log_error(tmp_path / "no-such-folder" / "log.txt").endswith("its folder does not exist")
    (tmp_path / "a-file").write_text("")
    assert _log_error(tmp_path / "a-file" / "log.txt").endswith("a part of the path is not a folder")
    assert _log_error(tmp_path).endswith("it is a folder")


def test_a_log_that_is_a_symlink_is_refused_and_its_target_untouched(tmp_path):
    target = tmp_path / "target.txt"
    target.write_text("")
    target.chmod(0o600)
    (tmp_path / "log.txt").symlink_to(target)
    assert _log_error(tmp_path / "log.txt").endswith("it is a symbolic link; give the real path")
    assert target.read_text() == ""


def test_a_log_readable_by_others_is_refused_not_appended_to(tmp_path):
    path = tmp_path / "log.txt"
    path.write_text("")
    path.chmod(0o644)
    assert _log_error(path).endswith("other users can read or change it (mode 644); run: chmod 600 " + str(path))
    assert path.read_text() == "" and stat.S_IMODE(os.stat(path).st_mode) == 0o644


def test_a_log_that_is_a_fifo_is_refused_at_once(tmp_path):
    path = tmp_path / "log.fifo"
    os.mkfifo(path, 0o600)
    # Without a reader: opening must not wait for one (the old code hung here).
    assert _log_error(path, timeout=20).endswith("it is a FIFO or a device, not a regular file")
    # With a reader waiting: the open succeeds, and the file type check refuses it.
    reader = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        assert _log_error(path).endswith("it is not a regular file (a FIFO, a device or a socket)")
    finally:
        os.close(reader)


def test_a_log_that_is_a_device_is_refused(tmp_path):
    assert _log_error("/dev/null").endswith("it is not a regular file (a FIFO, a device or a socket)")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_a_log_in_a_folder_that_is_not_writable_is_refused(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        assert _log_error(folder / "log.txt").endswith("it is not writable by this user")
    finally:
        folder.chmod(0o700)


def test_a_new_log_is_created_owner_only_even_with_a_loose_umask(tmp_path):
    old = os.umask(0)
    try:
        UnansweredLog(tmp_path / "log.txt")
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(tmp_path / "log.txt").st_mode) == 0o600


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("call 07700 900123 today", "call [phone] today"),
        ("mail a.b+c@mail.example.org", "mail [email]"),
        ("born 12/03/1980, room 4", "born [date], room #"),
        ("my name is Jane Doe, does my lupus flare mean HO", "my name is [name], does my lupus flare mean HO"),
    ],
)
def test_masking(text, masked):
    assert mask(text) == masked
