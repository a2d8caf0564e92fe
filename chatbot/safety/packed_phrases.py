"""Phrase lists that a compiled copy of the bank keeps as text, read back only where a message needs them.

The triage table holds about 65,000 figures of speech (every person and every part combined) and a phrase index
of nearly 100,000 phrases. Kept as tuples of words, a compiled copy rebuilt each of them at every start: more than
half of the table's unpickling. Here a group of phrases is kept as one string (a phrase a line, its words parted by
single spaces) and turned back into tuples the first time a message asks for that group; each group is decoded
once, and what it holds, and its order, is exactly what was packed.

A phrase whose words could not be parted again (an empty word, or one holding a space or a line break) is never
packed: such a group stays as tuples.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

Phrase = tuple[str, ...]


def packable(items: Iterable[Phrase]) -> bool:
    """Whether these phrases come back the same from `pack`: each has a word, and no word is empty or holds a space
    or a line break."""
    return all(item and all(word and " " not in word and "\n" not in word for word in item) for item in items)


def pack(items: Iterable[Phrase]) -> str:
    """The phrases as one string (check `packable` first)."""
    return "\n".join(" ".join(item) for item in items)


def unpack(text: str) -> list[Phrase]:
    """The phrases `pack` was given, in their order."""
    return [tuple(line.split(" ")) for line in text.split("\n")] if text else []


class Phrases(Sequence):
    """A fixed sequence of phrases that pickles as one string and is decoded on first use after loading."""

    __slots__ = ("_items", "_packed")

    def __init__(self, items: Iterable[Phrase] = ()):
        self._items: tuple[Phrase, ...] | None = tuple(items)
        self._packed: str | None = None

    @classmethod
    def _from_packed(cls, text: str, count: int) -> Phrases:
        phrases = cls.__new__(cls)
        phrases._items = None if count else ()
        phrases._packed = text
        return phrases

    def __reduce__(self) -> tuple[Any, ...]:
        items = self.items
        if packable(items):
            return (Phrases._from_packed, (pack(items), len(items)))
        return (Phrases, (items,))

    @property
    def items(self) -> tuple[Phrase, ...]:
        items = self._items
        if items is None:
            items = self._items = tuple(unpack(self._packed or ""))
            self._packed = None
        return items

    def __bool__(self) -> bool:
        return self._items is None or bool(self._items)  # a packed copy is made only of a list that has phrases

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, index):
        return self.items[index]

    def __iter__(self) -> Iterator[Phrase]:
        return iter(self.items)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Phrases):
            return self.items == other.items
        if isinstance(other, tuple):
            return self.items == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.items)

    def __repr__(self) -> str:
        return f"Phrases({self.items!r})"


class PhraseSet:
    """A fixed set of phrases, grouped by their first two words; a compiled copy keeps each group as one string.

    `in`, `isdisjoint` and `intersection` answer as a frozenset of the same phrases would.
    """

    __slots__ = ("_groups",)

    def __init__(self, items: Iterable[Phrase] = ()):
        groups: dict[Phrase, set[Phrase]] = {}
        for item in items:
            groups.setdefault(item[:2], set()).add(item)
        # Each group is a frozenset, or after loading the string it was packed as (decoded on first need).
        self._groups: dict[Phrase, frozenset[Phrase] | str] = {key: frozenset(group) for key, group in groups.items()}

    def __getstate__(self) -> dict:
        groups = {}
        for key, group in self._groups.items():
            if not isinstance(group, str) and packable(group):
                group = pack(sorted(group))
            groups[key] = group
        return {"groups": groups}

    def __setstate__(self, state: dict) -> None:
        self._groups = state["groups"]

    def _group(self, key: Phrase) -> frozenset[Phrase] | None:
        group = self._groups.get(key)
        if group.__class__ is str:
            group = frozenset(unpack(group))
            self._groups[key] = group  # the same phrases whichever thread decodes them first
        return group

    def __bool__(self) -> bool:
        return bool(self._groups)

    def __len__(self) -> int:
        return sum(len(self._group(key)) for key in list(self._groups))

    def __contains__(self, item: Phrase) -> bool:
        if item[:2] not in self._groups:
            return False
        return item in self._group(item[:2])

    def isdisjoint(self, items: Iterable[Phrase]) -> bool:
        groups = self._groups
        for item in items:
            if item[:2] in groups and item in self._group(item[:2]):
                return False
        return True

    def intersection(self, items: Iterable[Phrase]) -> set[Phrase]:
        groups = self._groups
        return {item for item in items if item[:2] in groups and item in self._group(item[:2])}
