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

from chatbot.bank.cache import read_documents
from chatbot.bank.checks import (
    MAX_BANK_ENTRIES,
    RELATED_GAP,
    RELATED_GAP_IN_GROUP,
    REQUIRED_MESSAGES,
    check_advice,
    check_entries,
    check_follow_up,
    check_links_and_overlaps,
    check_mapping_of_text,
    check_meta,
    check_placeholders,
    check_screens,
    check_service_requests,
    check_smalltalk,
    check_synonyms,
    check_triage_section,
    check_unknown_keys,
    check_word_list,
)
from chatbot.bank.files import (
    KNOWN_SECTIONS,
    LAY_WORDS_SECTION,
    OPTIONAL_SECTIONS,
    REMOVE_SECTION,
    collect_sections,
)
from chatbot.bank.layers import apply_removals, merge_sections
from chatbot.bank.model import Bank, fill_placeholders
from chatbot.bank.paths import COMPILED_BANK, COMPILED_GENERAL, general_layer_dir, packaged_bank_dir
from chatbot.errors import BankError, BankProblem
from chatbot.safety.bank_triage import OWN_TRIAGE_FILES, read_checks, read_own_rules
from chatbot.safety.triage import SERVICES, general_emergency_number
from chatbot.understanding import english
from chatbot.understanding.text import words

# Sections only a topic bank has; the general layer holds what every bank shares.
TOPIC_ONLY = ("entries", REMOVE_SECTION)


def _packaged_sections() -> dict[str, tuple[str, Any]]:
    problems: list[BankProblem] = []
    sections = collect_sections(read_documents(packaged_bank_dir(), problems, cache=COMPILED_BANK), problems)
    if problems:
        raise BankError(problems)
    return sections


def load_bank(
    path: str | os.PathLike | None = None,
    general: str | os.PathLike | None = None,
    emergency_number: str | None = None,
) -> Bank:
    """Load and validate a bank folder (or one file); by default the packaged bank.

    The bank is laid over the general layer (`general`, by default the packaged
    `chatbot/general/`), section by section (see `bank_layers`), so a clinic's
    own bank needs only `meta` and `entries` and can never lose a general
    safety rule by accident. `emergency_number` replaces the bank's own in
    every text. Raises `BankError` listing every problem found; the bank's
    warnings (unknown keys, removed general rules) are in `Bank.notes`.
    """
    folder = os.fspath(path) if path is not None else packaged_bank_dir()
    general_folder = os.fspath(general) if general is not None else general_layer_dir()
    # Loading makes many small objects that all live on: pausing the cyclic garbage collector
    # meanwhile saves about a third of the time on a large bank, and frees nothing anyway.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _load_bank(folder, path is not None, general_folder, general is None, emergency_number)
    finally:
        if collecting:
            gc.enable()


def _topic_meaning_first(synonyms: dict[str, tuple[str, ...]], topic_synonyms) -> dict[str, tuple[str, ...]]:
    """The merged synonyms, where a phrase the topic bank files under one of its concepts means only that.

    A clinic's own meaning beats the general layer's lay words: the HO bank reads "x ray" as its `imaging`,
    so the general `xrayimage` concept gives that phrase up there. Phrases are compared as the analyzer reads
    them, stem by stem ("exercising" is "exercises"), so no phrase is claimed twice.
    """
    if not isinstance(topic_synonyms, dict) or not topic_synonyms:
        return synonyms
    owner: dict[tuple[str, ...], str] = {}
    for concept, phrases in topic_synonyms.items():
        for phrase in (concept, *(phrases if isinstance(phrases, list) else ())):
            owner.setdefault(_read_as(str(phrase)), str(concept))
    kept = {}
    for concept, phrases in synonyms.items():
        if concept not in topic_synonyms:
            phrases = tuple(p for p in phrases if owner.get(_read_as(p), concept) == concept)
            if not phrases:
                continue
        kept[concept] = phrases
    return kept


def _mapping(section: tuple[str, Any] | None) -> dict:
    return section[1] if section is not None and isinstance(section[1], dict) else {}


def _read_as(phrase: str) -> tuple[str, ...]:
    return tuple(english.stem_many(words(phrase)))


def _read_layers(folder: str, custom: bool, general_folder: str, packaged_general: bool, problems, notes, triage):
    """Both layers' sections, read and merged; problems if a file cannot be read or parsed. A bank's red-flag
    file (`triage.yaml`) that cannot be read goes to `triage` instead: the bank loads on the general table."""
    layers = []
    for layer, where, copy in (
        ("general", general_folder, COMPILED_GENERAL if packaged_general else None),
        ("topic", folder, None if custom else COMPILED_BANK),
    ):
        found: list[BankProblem] = []
        documents = read_documents(where, found, cache=copy)
        for problem in found:
            own_triage = layer == "topic" and os.path.basename(problem.file) in OWN_TRIAGE_FILES
            (triage if own_triage else problems).append(problem)
        if layer == "topic":
            for name, document in documents:
                misplaced = [key for key in ("rules", "sources", "word_groups") if key in document]
                if misplaced:
                    message = (
                        f"top-level {', '.join(map(repr, misplaced))} are ignored: a bank's own red flags go under "
                        "its 'triage:' section (triage: {rules: [...], sources: [...]})"
                    )
                    triage.append(BankProblem(name, getattr(document, "line", None), None, message))
        known = (*KNOWN_SECTIONS, REMOVE_SECTION) if layer == "topic" else KNOWN_SECTIONS
        sections = collect_sections(documents, problems, notes, known=known)
        if layer == "general":
            for name in TOPIC_ONLY:
                if name in sections:
                    problems.append(
                        BankProblem(sections[name][0], None, None, f"the general layer cannot have {name!r}")
                    )
                    del sections[name]
        layers.append(sections)
    return layers


def _own_contact(topic: dict) -> str:
    """The `contact` the bank's own meta gives, not the general layer's default ("" when it gives none)."""
    own = topic.get("meta", ("", {}))[1]
    value = own.get("contact") if isinstance(own, dict) else None
    return " ".join(value.split()) if isinstance(value, str) else ""


def _load_bank(folder: str, custom: bool, general_folder: str, packaged_general: bool, number: str | None) -> Bank:
    problems: list[BankProblem] = []
    notes: list[BankProblem] = []
    triage_problems: list[BankProblem] = []  # the bank's own red flags: reported, never stopping the bank
    general, topic = _read_layers(folder, custom, general_folder, packaged_general, problems, notes, triage_problems)
    if problems:
        # One root cause, one message: a file that cannot be read or parsed would otherwise show up
        # again as every section, id and word it holds being "missing".
        raise BankError(problems)
    sections = merge_sections(general, topic)
    apply_removals(sections, topic.get(REMOVE_SECTION), problems, notes)
    if custom and any(name not in sections for name in OPTIONAL_SECTIONS):
        # Sections no layer has yet (vocabulary) still come from the packaged bank.
        defaults = _packaged_sections()
        for name in OPTIONAL_SECTIONS:
            if name not in sections and name in defaults:
                sections[name] = defaults[name]
    if "meta" not in topic and "entries" not in sections:
        # Both live in the entries file as a rule: its absence is one problem, not two.
        message = "missing section 'meta' and missing section 'entries': every bank needs both (is entries.yaml there?)"
        problems.append(BankProblem(str(folder), None, None, message))
    elif "meta" not in topic:
        problems.append(BankProblem(str(folder), None, None, "missing section 'meta' (title, source, reviewed)"))
    for name in ("entries", *OPTIONAL_SECTIONS) if "meta" in topic else OPTIONAL_SECTIONS:
        if name not in sections:
            problems.append(BankProblem(str(folder), None, None, f"missing section {name!r}"))
    meta = check_meta(sections["meta"], problems, notes) if "meta" in topic else None

    raw_entries = sections.get("entries", ("", []))[1]
    if isinstance(raw_entries, list) and len(raw_entries) > MAX_BANK_ENTRIES:
        message = f"the bank has {len(raw_entries):,} entries; a bank can have at most {MAX_BANK_ENTRIES:,}"
        problems.append(BankProblem(sections["entries"][0], None, None, message + " (split the topic into banks)"))
        raise BankError(problems)  # before hours of checks and indexing
    entries, links = check_entries(raw_entries, problems, notes)
    check_links_and_overlaps(entries, links, problems)
    if not raw_entries and "entries" in sections:
        problems.append(BankProblem(sections["entries"][0], None, None, "the bank has no entries"))
    messages = check_mapping_of_text(sections.get("messages", ("", {})), REQUIRED_MESSAGES, problems)
    check_unknown_keys(topic.get("messages"), general.get("messages"), "messages", notes)
    check_unknown_keys(topic.get("screens"), general.get("screens"), "screens", notes)
    check_unknown_keys(topic.get("personal_advice"), general.get("personal_advice"), "personal_advice", notes)
    # With no entries at all, every id named elsewhere is "missing": that is one problem, said once above.
    ids = {e.id for e in entries} if entries else None
    screens, groups = check_screens(sections.get("screens", ("", {})), ids, "screens" in topic, problems)
    smalltalk = check_smalltalk(sections.get("smalltalk", ("", []))[1], problems, notes)
    synonyms = check_synonyms(sections.get("synonyms", ("", {})), problems)
    lay_words = check_synonyms(sections.get(LAY_WORDS_SECTION, ("", {})), problems)
    for concept, phrases in lay_words.items():  # a concept both sections name gets both lists
        synonyms[concept] = tuple(dict.fromkeys((*synonyms.get(concept, ()), *phrases)))
    topic_phrases = {**(_mapping(topic.get(LAY_WORDS_SECTION))), **(_mapping(topic.get("synonyms")))}
    synonyms = _topic_meaning_first(synonyms, topic_phrases)
    word_lists = {
        name: check_word_list(sections.get(name, ("", [])), name, problems)
        for name in ("stopwords", "everyday_words", "topic_words")
    }
    advice = check_advice(sections.get("personal_advice", ("", {})), problems)
    follow_up = check_follow_up(sections.get("follow_up", ("", {})), problems)
    check_placeholders(sections, notes)
    understanding = check_mapping_of_text(sections.get("understanding", ("", {})), ("story_only",), problems)
    service_requests = check_service_requests(sections.get("service_requests", ("", {})), problems)
    subject_names = check_word_list(sections.get("subject_names", ("", [])), "subject_names", problems)
    triage_expected = check_triage_section(sections.get("triage"), problems)
    own_rules, own_problems, own_notes = read_own_rules(topic.get("triage"))
    triage_problems += own_problems
    triage_checks, check_problems = read_checks(topic.get("triage"))
    triage_problems += check_problems
    notes += own_notes
    if problems:
        raise BankError(problems)
    notes = _related_gaps_in_groups(notes, groups)
    # Who says which number to call, first to last: the caller, the bank's meta, the general triage table.
    number = number or meta.emergency_number or general_emergency_number()
    values = meta.placeholders(number)
    # With no examples named, the first question of each topic group (up to four), so "what can I ask?" shows
    # the range of the bank; else its first four questions.
    example_ids = tuple(screens["example_ids"]) or _group_examples(groups) or tuple(entry.id for entry in entries[:4])
    return Bank(
        title=meta.title,
        source=meta.source,
        reviewed=meta.reviewed,
        entries=tuple(entries),
        messages={key: fill_placeholders(" ".join(str(value).split()), values) for key, value in messages.items()},
        screens={key: fill_placeholders(value, values) for key, value in screens.items()},
        topic_groups=groups,
        smalltalk=tuple(item._replace(answer=fill_placeholders(item.answer, values)) for item in smalltalk),
        synonyms=synonyms,
        personal_advice=advice,
        follow_up=follow_up,
        example_ids=example_ids,
        path=str(folder),
        by_id={entry.id: entry for entry in entries},
        meta=meta,
        notes=tuple(notes),
        emergency_number=meta.emergency_number,
        short_name=meta.short_name,
        subject_names=subject_names,
        triage_expected=triage_expected,
        triage_rules=own_rules,
        triage_problems=tuple(triage_problems),
        triage_checks=triage_checks,
        lay_concepts=frozenset(concept for concept in lay_words if concept in synonyms),
        understanding={key: " ".join(str(value).split()) for key, value in understanding.items()},
        service_requests=_filled_requests(service_requests, values),
        topic=meta.topic,
        own_contact=_own_contact(topic),
        services={key: value for key in SERVICES if (value := getattr(meta, key))} or None,
        **word_lists,
    )


def _filled_requests(section: dict, values: dict[str, str]) -> dict:
    """The requests section with each kind's reply filled from the meta ({contact}, {emergency_number})."""
    kinds = [
        {**kind, "reply": fill_placeholders(" ".join(str(kind.get("reply") or "").split()), values)}
        for kind in section.get("kinds") or ()
        if isinstance(kind, dict)
    ]
    return {**section, "kinds": kinds}


def _group_examples(groups, count: int = 4) -> tuple[str, ...]:
    """The first entry of each topic group, at most `count`; () for a bank with fewer than two groups."""
    firsts = tuple(dict.fromkeys(group.ids[0] for group in groups if group.ids))
    return firsts[:count] if len(firsts) > 1 else ()


def _related_gaps_in_groups(notes: list, groups) -> list:
    """The "no 'related'" warning of an entry in a topic group says what is offered instead: its group's others."""
    group_of: dict[str, str] = {}
    for group in groups:
        for entry_id in group.ids if len(group.ids) > 1 else ():  # alone in its group, it is offered nothing
            group_of.setdefault(entry_id, group.name)
    if not group_of:
        return notes
    return [
        note._replace(message=RELATED_GAP_IN_GROUP.format(group=group_of[note.entry_id]))
        if note.message == RELATED_GAP and note.entry_id in group_of
        else note
        for note in notes
    ]
