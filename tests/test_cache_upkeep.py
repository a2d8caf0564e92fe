"""The cache folder is tidied when a copy is written: old copies go, what is in use and what is not ours stays."""

from __future__ import annotations

import os
import time

import pytest

from chatbot.bank import cache_upkeep
from chatbot.bank.cache_upkeep import tidy, touch_used

DAY = 86400


def _file(folder, name, age_days, mode=0o600):
    path = folder / name
    path.write_bytes(b"x")
    path.chmod(mode)
    when = time.time() - age_days * DAY
    os.utime(path, (when, when))
    return path


@pytest.fixture
def folder(tmp_path):
    cache = tmp_path / "ho-faq-chatbot"
    cache.mkdir(mode=0o700)
    return cache


def test_only_the_most_recently_used_bank_copies_are_kept(folder):
    keep = cache_upkeep.KEEP["bank"]
    for number in range(keep + 5):
        _file(folder, f"bank-{number:032x}.pickle", age_days=number * 0.1)
    removed = tidy(str(folder))
    assert sorted(removed) == [f"bank-{number:032x}.pickle" for number in range(keep, keep + 5)]
    assert len(list(folder.iterdir())) == keep


def test_copies_unused_for_a_month_go_and_recent_ones_stay(folder):
    _file(folder, "bank-" + "a" * 32 + ".pickle", age_days=cache_upkeep.UNUSED_DAYS + 1)
    _file(folder, "bank-" + "b" * 32 + ".pickle", age_days=1)
    assert tidy(str(folder)) == ["bank-" + "a" * 32 + ".pickle"]
    assert (folder / ("bank-" + "b" * 32 + ".pickle")).exists()


def test_word_lists_of_old_installs_go_each_kind_apart(folder):
    for number in range(5):
        _file(folder, f"english-4-1332879-17959818{number}.marshal", age_days=number)
        _file(folder, f"word-relations-4-99-17959818{number}.marshal", age_days=number)
    removed = tidy(str(folder))
    assert sorted(removed) == sorted(
        [f"english-4-1332879-17959818{n}.marshal" for n in (3, 4)]
        + [f"word-relations-4-99-17959818{n}.marshal" for n in (3, 4)]
    )


def test_a_temporary_file_left_by_a_cut_off_write_goes_after_a_day_not_before(folder):
    _file(folder, ".bank-k2x_9a.tmp", age_days=2)
    _file(folder, "english-4-1-2.marshal.4242.tmp", age_days=2)
    _file(folder, ".bank-new_1.tmp", age_days=0.1)  # perhaps being written right now
    assert sorted(tidy(str(folder))) == [".bank-k2x_9a.tmp", "english-4-1-2.marshal.4242.tmp"]
    assert (folder / ".bank-new_1.tmp").exists()


def test_files_that_are_not_ours_are_never_touched(folder):
    _file(folder, "notes.txt", age_days=400)
    _file(folder, "bank-backup.pickle.orig", age_days=400)
    os.symlink("/etc/hostname", folder / ("bank-" + "d" * 32 + ".pickle"))
    assert tidy(str(folder)) == []
    link = "bank-" + "d" * 32 + ".pickle"
    assert {path.name for path in folder.iterdir()} == {"notes.txt", "bank-backup.pickle.orig", link}


def test_a_folder_others_can_write_is_left_alone(folder):
    _file(folder, "bank-" + "e" * 32 + ".pickle", age_days=400)
    folder.chmod(0o777)
    assert tidy(str(folder)) == []


def test_reading_a_copy_marks_it_used_so_a_busy_bank_is_kept(folder):
    old = _file(folder, "bank-" + "f" * 32 + ".pickle", age_days=cache_upkeep.UNUSED_DAYS + 5)
    touch_used(str(old))
    assert tidy(str(folder)) == []


def test_loading_banks_keeps_the_folder_to_its_limit(tmp_path, monkeypatch):
    """The real path: every bank folder loaded writes a copy; the folder stays at the limit."""
    from chatbot.bot import Bot

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setitem(cache_upkeep.KEEP, "bank", 2)
    bank = (
        "meta:\n  title: Test\n  topic: a test topic\n  source: tests\n  reviewed: 2026-11-30\n"
        "entries:\n  - id: one\n    question: What is a widget?\n    answer: A widget is a small part.\n"
    )
    for number in range(4):
        folder = tmp_path / f"bank{number}"
        folder.mkdir()
        (folder / "entries.yaml").write_text(bank)
        Bot.load(str(folder))
    copies = [path.name for path in (tmp_path / "cache" / "ho-faq-chatbot").iterdir() if path.name.startswith("bank-")]
    assert len(copies) == 2
