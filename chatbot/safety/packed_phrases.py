"""Phrase lists that a compiled copy of the bank keeps as text, read back only where a message needs them.

The triage table holds about 65,000 figures of speech (every person and every part combined) and a phrase index
of nearly 100,000 phrases. Kept as tuples of words, a compiled copy rebuilt each of them at every start: more than
half of the table's unpickling. Here a group of phrases is kept as one string (a phrase a line, its words parted by
single spaces) and turned back into tuples the first time a message asks for that group; each group is decoded
once, and what it holds, and its order, is exactly what was packed.

A phrase whose words could not be parted again (an empty word, or one holding a space or a line break) is never
packed: such a group stays as tuples; in a `Phrases`, such a phrase alone stays a tuple, kept with its place.
"""

from __future__ import annotations

import sys
import zlib
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

Phrase = tuple[str, ...]


# What parts a packed text: phrases (a line each), a phrase's words, and the groups of a first word (`pack_groups`).
_LINE, _WORD, _GROUP, _KEY = "\n", " ", "\x1e", "\x1f"


def packable(items: Iterable[Phrase]) -> bool:
    """Whether these phrases come back the same from `pack`: each has a word, and no word is empty or holds a space,
    a line break or a group separator."""
    return all(
        item and all(word and _WORD not in word and _LINE not in word and _GROUP not in word and _KEY not in word
                     for word in item)
        for item in items
    )  # fmt: skip


def pack(items: Iterable[Phrase]) -> str:
    """The phrases as one string (check `packable` first)."""
    return _LINE.join(_WORD.join(item) for item in items)


def unpack(text: str) -> list[Phrase]:
    """The phrases `pack` was given, in their order."""
    # Words interned: a table word is one string however many phrases hold it, as in a table built from YAML.
    return [tuple(map(sys.intern, line.split(_WORD))) for line in text.split(_LINE)] if text else []


def pack_groups(groups: dict[str, str]) -> bytes:
    """Packed phrase texts by a second word, as one compressed string (the second words must be `packable`)."""
    return zlib.compress(_GROUP.join(f"{second}{_KEY}{text}" for second, text in groups.items()).encode("utf-8"))


def unpack_groups(packed: bytes) -> list[tuple[str, str]]:
    """The (second word, packed phrases) that `pack_groups` was given, in their order."""
    return [tuple(group.split(_KEY, 1)) for group in zlib.decompress(packed).decode("utf-8").split(_GROUP)]


class Phrases(Sequence):
    """A fixed sequence of phrases that pickles as one string and is decoded on first use after loading.

    A phrase that cannot be packed (a special word with a space in it: "<number 1-90>") is kept as it is, with its
    place in the sequence, and put back there when the rest is decoded: one such phrase no longer keeps the whole
    list as tuples (round 18, speed20)."""

    __slots__ = ("_items", "_odd", "_packed")

    def __init__(self, items: Iterable[Phrase] = ()):
        self._items: tuple[Phrase, ...] | None = tuple(items)
        self._packed: bytes | None = None
        self._odd: tuple[tuple[int, Phrase], ...] = ()  # the phrases kept unpacked, by their place

    @classmethod
    def _from_packed(cls, packed: bytes, count: int, odd: tuple[tuple[int, Phrase], ...] = ()) -> Phrases:
        phrases = cls.__new__(cls)
        phrases._items = None if count else ()
        phrases._packed = packed
        phrases._odd = odd
        return phrases

    def __reduce__(self) -> tuple[Any, ...]:
        # Compressed too: the table reads these phrases only when it is built, and a smaller copy is checked
        # (hashed) faster at every start.
        items = self.items
        odd = tuple((place, item) for place, item in enumerate(items) if not packable((item,)))
        if len(odd) < len(items):
            plain = (item for item in items if packable((item,))) if odd else items
            return (Phrases._from_packed, (zlib.compress(pack(plain).encode("utf-8")), len(items), odd))
        return (Phrases, (items,))

    @property
    def items(self) -> tuple[Phrase, ...]:
        items = self._items
        if items is None:
            decoded = unpack(zlib.decompress(self._packed).decode("utf-8"))
            for place, item in self._odd:  # by place, first to last: each goes back where it stood
                decoded.insert(place, item)
            items = self._items = tuple(decoded)
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
    """A fixed set of phrases, grouped by their first two words; a compiled copy keeps the groups of each first word
    as one compressed string, read on the first need of that word, and each group of two first words decoded on its
    own first need.

    `in`, `isdisjoint` and `intersection` answer as a frozenset of the same phrases would.
    """

    __slots__ = ("_groups", "_packed", "_texts")

    def __init__(self, items: Iterable[Phrase] = ()):
        groups: dict[Phrase, set[Phrase]] = {}
        for item in items:
            groups.setdefault(item[:2], set()).add(item)
        self._groups: dict[Phrase, frozenset[Phrase]] = {key: frozenset(group) for key, group in groups.items()}
        self._packed: dict[str, bytes] = {}  # after loading: each first word's groups, not yet read
        self._texts: dict[Phrase, str] = {}  # a read first word's groups, each still one string until it is asked for

    def __getstate__(self) -> dict:
        for first in list(self._packed):
            self._read(first)
        for key in list(self._texts):
            self._group(key)
        by_first: dict[str, dict[str, str]] = {}
        kept = {}
        for key, group in self._groups.items():
            if len(key) == 2 and packable((key, *group)):
                by_first.setdefault(key[0], {})[key[1]] = pack(sorted(group))
            else:
                kept[key] = group
        return {"groups": kept, "packed": {first: pack_groups(texts) for first, texts in by_first.items()}}

    def __setstate__(self, state: dict) -> None:
        self._groups = state["groups"]
        self._packed = state["packed"]
        self._texts = {}

    def _read(self, first: str) -> None:
        """Set out the packed groups of one first word as strings (if they are still packed): only splitting, each
        group is decoded when it is asked for (speed23: "how" holds 360 kB of figures of speech, and decoding every
        group of a message's first words was most of a one-shot question's first triage reading)."""
        packed = self._packed.get(first)
        if packed is not None:
            texts = self._texts
            for second, text in unpack_groups(packed):
                texts.setdefault((first, second), text)
            self._packed.pop(first, None)

    def _group(self, key: Phrase) -> frozenset[Phrase] | None:
        group = self._groups.get(key)
        if group is not None or len(key) != 2:
            return group
        if key[0] in self._packed:
            self._read(key[0])
        text = self._texts.get(key)
        if text is not None:
            # Kept in the groups before the string goes, so another thread finds it in one or the other.
            group = self._groups.setdefault(key, frozenset(unpack(text)))
            self._texts.pop(key, None)
            return group
        return self._groups.get(key)

    def __bool__(self) -> bool:
        return bool(self._groups) or bool(self._packed) or bool(self._texts)

    def __len__(self) -> int:
        for first in list(self._packed):
            self._read(first)
        for key in list(self._texts):
            self._group(key)
        return sum(map(len, self._groups.values()))

    def __contains__(self, item: Phrase) -> bool:
        group = self._group(item[:2])
        return group is not None and item in group

    def isdisjoint(self, items: Iterable[Phrase]) -> bool:
        groups, packed, texts = self._groups, self._packed, self._texts
        for item in items:
            key = item[:2]
            group = groups.get(key)
            if group is None:
                if item[0] not in packed and key not in texts:
                    group = groups.get(key)  # again: another thread may have just decoded it
                    if group is None:
                        continue
                else:
                    group = self._group(key)
            if group is not None and item in group:
                return False
        return True

    def intersection(self, items: Iterable[Phrase]) -> set[Phrase]:
        return {item for item in items if item in self}
