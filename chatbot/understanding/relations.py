"""Which English words are related: a word's synonyms and the kinds of thing it is ("taxi" -> "car").

The table is derived from Princeton WordNet 3.0 by `tools/build_word_relations.py` and ships with the
general layer (`general/vocabulary/word_relations.json`, with WordNet's licence inside it). It knows only
common English words, only their commonest senses, and kinds only for everyday things and doings (never the
body, conditions or procedures): see the build script for what is kept and why.

It is read on first use, from a compact copy in the user's cache folder (see `english.cached_build`): a
question whose words the bank all knows never needs it.
"""

from __future__ import annotations

import os

from chatbot.understanding import english

TABLE = os.path.join(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "general", "vocabulary", "word_relations.json"
)
# WordNet's own rules for finding a word's base form ("taxis" -> "taxi", "jogging" -> "jog"), tried in turn.
_ENDINGS = (
    ("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("es", "e"),
    ("s", ""), ("ing", "e"), ("ing", ""), ("ed", "e"), ("ed", ""),
)

_table: dict[str, str] | None = None


def _read(path: str) -> dict[str, str]:
    import json

    with open(path, encoding="utf-8") as handle:
        return json.load(handle)["relations"]


def _relations() -> dict[str, str]:
    global _table
    if _table is None:
        _table = english.cached_build(TABLE, "word-relations", _read)
    return _table


def _entries(word: str) -> list[str]:
    """The table's parts for a word (noun synonyms, noun kinds, verb synonyms, verb kinds) or, failing that, for
    its base form: only its verb parts for a form only a verb has ("cracked", "jogging": not the noun "crack")."""
    table = _relations()
    found = table.get(word)
    if found is not None:
        return found.split("|")
    for ending, replacement in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            base = word[: -len(ending)] + replacement
            found = table.get(base)
            if found is None and ending in ("ing", "ed") and len(base) > 2 and base[-1] == base[-2]:
                found = table.get(base[:-1])  # "jogging" -> "jogg" -> "jog"
            if found is not None:
                parts = found.split("|")
                return ["", "", *parts[2:]] if ending in ("ing", "ed") else parts
    return ["", "", "", ""]


def synonyms(word: str) -> tuple[str, ...]:
    """Words of the word's commonest sense as a noun, then as a verb, nearest first ("taxi" -> "taxicab")."""
    parts = _entries(word)
    return tuple(dict.fromkeys((*parts[0].split(), *parts[2].split())))


def kinds(word: str) -> tuple[str, ...]:
    """The kinds of everyday thing or doing the word names, nearest first ("taxi" -> "car", "automobile")."""
    parts = _entries(word)
    return tuple(dict.fromkeys((*parts[1].split(), *parts[3].split())))
