"""Compiled copies of banks: used only when they match the bank and hold exactly what was written."""

from __future__ import annotations

import json
import os
import stat

import pytest
from conftest import META, entry_yaml

import chatbot.bot
from chatbot import Bot
from chatbot.bank.cache import cache_folder, read_copy, user_copy_path, write_copy


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    return folder / "ho-faq-chatbot"


@pytest.fixture
def clinic_bank(make_bank):
    return make_bank(
        {
            "bank.yaml": META
            + "entries:\n"
            + entry_yaml("opening-hours", "When is the clinic open?")
            + entry_yaml("parking", "Where can I park at the clinic?"),
            "words.yaml": "topic_words: [clinic, park, wifi]\n",
        }
    )


def _no_parsing(monkeypatch):
    """Make any load from the YAML fail the test: only a compiled copy can serve now."""

    def refuse(path):
        raise AssertionError("the bank was loaded from its YAML")

    monkeypatch.setattr(chatbot.bot, "load_bank", refuse)


def test_a_clinic_bank_gets_a_private_compiled_copy_that_the_next_start_uses(cache, clinic_bank, monkeypatch):
    first = Bot.load(clinic_bank)
    copy = user_copy_path(str(clinic_bank))
    assert os.path.dirname(copy) == str(cache) == cache_folder()
    assert stat.S_IMODE(os.stat(cache).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(copy).st_mode) == 0o600
    # No temporary file left. The general layer's word lists may be kept here too, when this test is the
    # process's first load (run alone); they are the `.marshal` copies, not the bank's.
    assert [name for name in os.listdir(cache) if not name.endswith(".marshal")] == [os.path.basename(copy)]

    _no_parsing(monkeypatch)
    again = Bot.load(clinic_bank)
    assert again.bank == first.bank
    assert again.ask("when is the clinic open").id == "opening-hours"


def test_the_copy_is_keyed_on_content_not_time(cache, clinic_bank, monkeypatch):
    Bot.load(clinic_bank)
    os.utime(clinic_bank / "bank.yaml", (1, 1))  # touched, not changed
    _no_parsing(monkeypatch)
    assert Bot.load(clinic_bank).ask("where can i park").id == "parking"


def test_an_edited_bank_is_rebuilt_not_served_from_the_old_copy(cache, clinic_bank):
    Bot.load(clinic_bank)
    (clinic_bank / "bank.yaml").write_text(META + "entries:\n" + entry_yaml("wifi", "Is there wifi at the clinic?"))
    assert [entry.id for entry in Bot.load(clinic_bank).bank.entries] == ["wifi"]


@pytest.mark.parametrize("where", ["body", "header digest", "truncated"])
def test_a_tampered_copy_is_never_served_but_rebuilt(cache, clinic_bank, monkeypatch, where):
    Bot.load(clinic_bank)
    copy = user_copy_path(str(clinic_bank))
    with open(copy, "rb") as handle:
        header, body = handle.readline(), handle.read()
    if where == "body":  # a hand edit of what it holds: swap the two entries' answers, say
        body = body.replace(b"When is the clinic open?", b"When is the clinic shut?")
    elif where == "header digest":  # made for other files
        meta = json.loads(header)
        meta["digest"] = "0" * 64
        header = json.dumps(meta).encode() + b"\n"
    else:
        body = body[: len(body) // 2]
    with open(copy, "wb") as handle:
        handle.write(header + body)

    loads = []
    real_load = chatbot.bot.load_bank
    monkeypatch.setattr(
        chatbot.bot, "load_bank", lambda path, **options: loads.append(path) or real_load(path, **options)
    )
    bot = Bot.load(clinic_bank)
    assert loads == [clinic_bank]  # rebuilt from the YAML
    assert [entry.question for entry in bot.bank.entries][0] == "When is the clinic open?"
    with open(copy, "rb") as handle:  # and the copy written again, whole
        assert handle.read() != header + body


def test_a_copy_others_could_have_written_is_not_trusted(cache, clinic_bank, monkeypatch):
    Bot.load(clinic_bank)
    os.chmod(user_copy_path(str(clinic_bank)), 0o666)
    loads = []
    real_load = chatbot.bot.load_bank
    monkeypatch.setattr(
        chatbot.bot, "load_bank", lambda path, **options: loads.append(path) or real_load(path, **options)
    )
    Bot.load(clinic_bank)
    assert loads == [clinic_bank]


def test_an_unwritable_cache_folder_is_silently_skipped(tmp_path, clinic_bank, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would go")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert Bot.load(clinic_bank).ask("when is the clinic open").id == "opening-hours"
    assert Bot.load(clinic_bank).ask("where can i park").id == "parking"


def test_a_relative_cache_home_is_ignored_as_the_xdg_spec_says(monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    assert cache_folder() == os.path.join(os.path.expanduser("~"), ".cache", "ho-faq-chatbot")


def test_without_a_home_folder_nothing_is_written_anywhere(tmp_path, clinic_bank, monkeypatch):
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.delenv("HOME", raising=False)
    monkeypatch.setattr(os.path, "expanduser", lambda path: path)  # "~" stays "~": no home to expand
    monkeypatch.chdir(tmp_path)
    assert cache_folder() is None
    assert Bot.load(clinic_bank).ask("when is the clinic open").id == "opening-hours"
    assert not (tmp_path / "~").exists()


def test_a_tampered_shipped_copy_is_ignored(tmp_path):
    documents = [("bank.yaml", {"meta": {"title": "T"}, "entries": []})]
    copy = str(tmp_path / "compiled.json")
    write_copy(copy, "abc", documents)
    assert read_copy(copy, "abc") == [("bank.yaml", {"meta": {"title": "T"}, "entries": []})]
    assert read_copy(copy, "other files") is None
    with open(copy, "rb") as handle:
        text = handle.read()
    with open(copy, "wb") as handle:
        handle.write(text.replace(b'"T"', b'"X"'))
    assert read_copy(copy, "abc") is None
