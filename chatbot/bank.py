"""Load a FAQ bank: a folder of YAML files a clinician can edit.

Every problem in a bank is collected and reported together, with file, line
and entry id, so a whole bank can be fixed in one pass. Loading never raises
anything but `BankError`. Reading the files is `bank_files`, checking them
`bank_checks`; the values built are in `bank_model`.
"""

from __future__ import annotations

import gc
import os
from typing import Any

from chatbot.bank_checks import (
    REQUIRED_MESSAGES,
    check_advice,
    check_emergency,
    check_entries,
    check_follow_up,
    check_links_and_overlaps,
    check_mapping_of_text,
    check_meta,
    check_screens,
    check_smalltalk,
    check_synonyms,
    check_word_list,
    meta_names,
)
from chatbot.bank_files import KNOWN_SECTIONS, OPTIONAL_SECTIONS, collect_sections, read_documents
from chatbot.bank_model import Bank
from chatbot.errors import BankError, BankProblem

# The packaged bank, pre-parsed (see bank_files); used only while it matches the YAML exactly.
COMPILED_BANK = os.path.join(os.path.dirname(os.path.abspath(__file__)), "bank_compiled.json")


# os.path rather than pathlib: pathlib alone adds about 7 ms to every start of `chatbot ask`.
def packaged_bank_dir() -> str:
    """The bank that ships with the package (or, in a source checkout, the repo's `faq/`)."""
    here = os.path.dirname(os.path.abspath(__file__))
    installed = os.path.join(here, "faq")
    if os.path.isdir(installed):
        return installed
    return os.path.join(os.path.dirname(here), "faq")


def _packaged_sections() -> dict[str, tuple[str, Any]]:
    problems: list[BankProblem] = []
    sections = collect_sections(read_documents(packaged_bank_dir(), problems, cache=COMPILED_BANK), problems)
    if problems:
        raise BankError(problems)
    return sections


def load_bank(path: str | os.PathLike | None = None) -> Bank:
    """Load and validate a bank folder (or one file); by default the packaged bank.

    A clinic's own bank needs `meta` and `entries`; any other section it
    leaves out is taken from the packaged bank, so safety rules and wording
    are never missing. Raises `BankError` listing every problem found.
    """
    folder = os.fspath(path) if path is not None else packaged_bank_dir()
    # Loading makes many small objects that all live on: pausing the cyclic garbage collector
    # meanwhile saves about a third of the time on a large bank, and frees nothing anyway.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _load_bank(folder, path is not None)
    finally:
        if collecting:
            gc.enable()


def _load_bank(folder: str, custom: bool) -> Bank:
    problems: list[BankProblem] = []
    cache = None if custom else COMPILED_BANK
    sections = collect_sections(read_documents(folder, problems, cache=cache), problems)
    if problems and not sections:
        raise BankError(problems)
    own = set(sections)
    if custom and any(name not in sections for name in OPTIONAL_SECTIONS):
        defaults = _packaged_sections()
        for name in OPTIONAL_SECTIONS:
            sections.setdefault(name, defaults[name])
    for name in KNOWN_SECTIONS:
        if name not in sections and name != "meta":
            problems.append(BankProblem(str(folder), None, None, f"missing section {name!r}"))

    title, source, reviewed = check_meta(sections.get("meta"), problems)
    short_name, topic = meta_names(sections.get("meta"))
    raw_entries = sections.get("entries", ("", []))[1]
    entries, links = check_entries(raw_entries, problems)
    check_links_and_overlaps(entries, links, problems)
    if not raw_entries and "entries" in sections:
        problems.append(BankProblem(sections["entries"][0], None, None, "the bank has no entries"))
    messages = check_mapping_of_text(sections.get("messages", ("", {})), REQUIRED_MESSAGES, problems)
    screens, groups = check_screens(
        sections.get("screens", ("", {})), {e.id for e in entries}, "screens" in own, problems
    )
    smalltalk = check_smalltalk(sections.get("smalltalk", ("", []))[1], problems)
    synonyms = check_synonyms(sections.get("synonyms", ("", {})), problems)
    word_lists = {
        name: check_word_list(sections.get(name, ("", [])), name, problems)
        for name in ("stopwords", "everyday_words", "topic_words")
    }
    emergency = check_emergency(sections.get("emergency", ("", {})), problems)
    advice = check_advice(sections.get("personal_advice", ("", {})), problems)
    follow_up = check_follow_up(sections.get("follow_up", ("", {})), problems)
    understanding = check_mapping_of_text(sections.get("understanding", ("", {})), ("story_only",), problems)
    if problems:
        raise BankError(problems)
    example_ids = tuple(screens["example_ids"]) or tuple(entry.id for entry in entries[:4])
    return Bank(
        title=title,
        source=source,
        reviewed=reviewed,
        entries=tuple(entries),
        messages={key: " ".join(str(value).split()) for key, value in messages.items()},
        screens=dict(screens),
        topic_groups=groups,
        smalltalk=smalltalk,
        synonyms=synonyms,
        emergency=emergency,
        personal_advice=advice,
        follow_up=follow_up,
        example_ids=example_ids,
        path=str(folder),
        by_id={entry.id: entry for entry in entries},
        short_name=short_name,
        understanding={key: " ".join(str(value).split()) for key, value in understanding.items()},
        topic=topic,
        **word_lists,
    )
