"""General knowledge of English: how common a word is, whether it is a word at all, and its stem.

Word frequencies come from the 82,765-word English frequency list that ships
with symspellpy (counts from a large web corpus); stems from the Snowball
English stemmer (PyStemmer). Neither knows anything about a bank: they let
the bot tell an everyday word ("grandma", "worried") from a rare, specific
one ("ossification") and a typo from a real word, for any topic.

Reading the list takes tens of milliseconds, and even a pre-parsed dict of
82,000 words takes 20 ms to load, so the list is kept as one byte string
with a hash table of offsets (`WordTable`): loading is two memory copies,
and a lookup hashes the word and compares bytes. It is built when first
needed and kept in the user's cache folder (keyed on the list's size and
modification time); if that folder is not writable it is built each time.
"""

from __future__ import annotations

import marshal
import math
import os
import re
import stat
import sys
import zlib
from array import array

import Stemmer

from chatbot.bank.cache_upkeep import tidy, touch_used
from chatbot.bank.paths import cache_folder

DICTIONARY_NAME = "frequency_dictionary_en_82_765.txt"
CACHE_FORMAT = 4
# Zipf-like scale: log10 of a word's frequency per billion words. 7 is "the", 3 a word most adults
# know but rarely use, the list's rarest words are about 1.7. Unknown words are 0.
UNKNOWN = 0.0

# English spelled two ways ("tumour", "tumor"; "anaesthetic", "anesthetic"; "immunised", "immunized") is
# folded to one spelling before stemming, so a British question meets an American bank and back. Each fold
# is a regular pattern of the two spellings, narrow enough that no two different words meet: -ize only after
# three letters ("size", "prize" stay), -our only at a word's end after two ("hour", "four", "your" stay),
# "ae" only inside a word ("algae" stays), "oe" only in its Greek and Latin roots ("toe", "does" stay).
_SPELLING_FOLDS = (
    (re.compile(r"(?<=[a-z]{3})([iy])z(?=(?:e|es|ed|ing|er|ers|ation|ations)$)"), r"\1s"),
    (re.compile(r"(?<=[a-z]{2})our(?=(?:s|ed|ing|ful|less|ite|ites|al|ally)?$)"), "or"),
    (re.compile(r"(?<=[a-z])ae(?=[a-z])"), "e"),
    (re.compile(r"^ae(?=[st])"), "e"),
    (re.compile(r"^oe(?=[ds])|(?<=rh)oe(?=a)|(?<=^f)oe(?=t)|(?<=^c)oe(?=l)"), "e"),
    (re.compile(r"(?<=[a-z]{2}[tb])re(?=(?:s|d)?$)"), "er"),
)

_stemmer = None  # made on first use: about a millisecond that `chatbot ask` need not always pay
_stems: dict[str, str] = {}
# Stems are remembered up to this many words: a server fed made-up words grew by every one of them, for
# as long as it ran (about 90 MB a thousand 2,000-character messages of them). Past it, words are stemmed
# each time, with the same result.
MAX_STEMS = 200_000
# Each unknown word's correction, once worked out (hundreds of edits a word): the matcher and the triage sign
# reader both ask for the words of every message that the English list lacks. Forgotten with the stems.
_corrections: dict[str, str | None] = {}
MAX_CORRECTIONS = 50_000
# The stem of a word stemmed before, else None: a dictionary lookup where a loop over many words would make a
# call into `stem` for each (`stem` gives the same, and stems what is not yet remembered).
remembered_stem = _stems.get
_table: WordTable | None = None


def one_spelling(word: str) -> str:
    """A word English spells two ways, in one of them ("tumour" -> "tumor", "immunized" -> "immunised")."""
    for pattern, replacement in _SPELLING_FOLDS:
        word = pattern.sub(replacement, word)
    return word


# An adjective's other degree must be at least this common for a form to be read as a degree ("stiffest" is 1.8;
# "livest" 1.5, so "liver" stays a liver), and the plain form no rarer than the form less this slack ("later" is
# 5.2, "late" 5.1).
DEGREE_OTHER_ZIPF = 1.8
DEGREE_ZIPF_SLACK = 0.5


def degree_base(word: str) -> str | None:
    """The plain form of an adjective's comparative or superlative ("earliest", "earlier" -> "early"; "biggest",
    "bigger" -> "big"; "latest" -> "late"), else None. Snowball stems inflections, not degrees: "earliest" and
    "early" stayed two words, so "earliest signs" missed a bank that says "early signs".

    A form is read as a degree only if English knows the plain form and the other degree too: a superlative's
    comparative ("longest": "longer"), a comparative's superlative ("faster": "fastest"). That leaves "forest"
    (no "forer"), "modest", "interest", "shower" (no "showest"), "corner", "tender", "butter" and "liver" as they
    are."""
    if len(word) < 5 or not word.isalpha():
        return None
    if word.endswith("est"):
        stem_part, other = word[:-3], "er"
    elif word.endswith("er"):
        stem_part, other = word[:-2], "est"
    else:
        return None
    if len(stem_part) < 2:
        return None
    bases = []
    if stem_part.endswith("i"):
        bases.append(stem_part[:-1] + "y")  # earli-est: early
    elif len(stem_part) >= 3 and stem_part[-1] == stem_part[-2] and stem_part[-1] not in "aeiouls":
        bases += [stem_part[:-1], stem_part]  # bigg-est: big; stiff-est: stiff
    else:
        bases.append(stem_part + "e")  # lat-est: late
        bases.append(stem_part)  # long-est: long
    for base in bases:
        if len(base) < 3 or not is_known(base):
            continue
        if base.endswith("y"):
            other_form = base[:-1] + "i" + other
        elif base.endswith("e"):
            other_form = base + other[1:]
        elif stem_part != base:
            other_form = stem_part + other  # bigg + er
        else:
            other_form = base + other
        if zipf(other_form) >= DEGREE_OTHER_ZIPF and zipf(base) >= zipf(word) - DEGREE_ZIPF_SLACK:
            return base
    return None


def _snowball(words: list[str]) -> list[str]:
    """Snowball stems, with an adjective's degrees read as its plain form (see `degree_base`)."""
    stems = _stemmer.stemWords([one_spelling(word) for word in words])
    for index, word in enumerate(words):
        base = degree_base(word)
        if base is not None:
            stems[index] = _stemmer.stemWord(one_spelling(base))
    return stems


def stem(word: str) -> str:
    """The Snowball English stem of a folded word ("symptoms" -> "symptom", "growing" -> "grow"), with
    British and American spellings folded together ("tumours" and "tumors" -> "tumor"), and an adjective's
    degrees read as its plain form ("earliest" -> "earli", as "early")."""
    found = _stems.get(word)
    if found is None:
        global _stemmer
        if _stemmer is None:
            _stemmer = Stemmer.Stemmer("english")
        found = _snowball([word])[0] if word.isalpha() else word
        if len(_stems) < MAX_STEMS:
            _stems[word] = found
    return found


def stem_many(words) -> list[str]:
    """Stems of many words at once (one call into the stemmer: a bank's whole vocabulary at load)."""
    global _stemmer
    if _stemmer is None:
        _stemmer = Stemmer.Stemmer("english")
    words = list(words)
    # Most often every word was stemmed before (speed22): then the answer is what was kept, exactly as below.
    kept = list(map(_stems.get, words))
    if all(kept):
        return kept
    alpha = [word for word in words if word.isalpha() and word not in _stems]
    fresh = dict(zip(alpha, _snowball(alpha), strict=True))
    if len(_stems) + len(fresh) <= MAX_STEMS:
        _stems.update(fresh)
    return [_stems.get(word) or fresh.get(word, word) for word in words]


def zipf(word: str, remember: bool = True) -> float:
    """How common a folded word is in English (0 for a word the list does not know).

    `remember=False` looks it up without keeping the answer: the pieces tried when a run of letters is split
    into words are mostly not words, and would fill the memo that real words use."""
    value = _frequencies().get(word, remember)
    return value / 10 if value is not None else UNKNOWN


def forget_words() -> None:
    """Forget the words stemmed and looked up so far (a kiosk's last person's among them); each is found again
    when next asked, with the same result."""
    _stems.clear()  # in place: `remembered_stem` is this dictionary's `get`
    _corrections.clear()
    if _table is not None:
        _table.forget()


def is_known(word: str) -> bool:
    """True if the word is in the English list (so a typo fix must not "correct" it)."""
    # `WordTable.get` straight, not through `__contains__` (a story asks this of most of its words).
    table = _table if _table is not None else _frequencies()
    return table.get(word) is not None


_LETTERS = "abcdefghijklmnopqrstuvwxyz"
# A typo is fixed to an English word only if that word is this common: "wha" -> "what", "frm" -> "from".
CORRECTION_ZIPF = 4.5
# ... and a typo of at least this many letters to one at least this common.
LONG_TYPO_LENGTH = 7
LONG_CORRECTION_ZIPF = 3.0


# The English list's longest word has 28 letters ("antidisestablishmentarianism"): no longer word is one slip from
# any of it, and a run of thousands of letters would otherwise cost a hundred thousand edits (a third of a second).
LONGEST_ENGLISH_WORD = 28


def one_slip_away(word: str) -> list[str]:
    """English words one slip from `word`: a letter swapped with its neighbour, changed, dropped or added.

    Commonest first.
    """
    if len(word) > LONGEST_ENGLISH_WORD + 1:
        return []
    table = _frequencies()
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {left + right[1:] for left, right in splits if right}
    edits |= {left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1}
    edits |= {left + c + right[1:] for left, right in splits if right for c in _LETTERS}
    edits |= {left + c + right for left, right in splits for c in _LETTERS}
    edits.discard(word)
    found = table.present(edits)
    found.sort(key=lambda pair: (-pair[1], pair[0]))
    return [w for w, _ in found]


def correction(word: str, slips: list[str] | None = None) -> str | None:
    """The commonest English word one slip from an unknown word, if it is a common one; of a long word, one
    that is not rare ("arthritus" is "arthritis", "disolve" "dissolve"): few long words are one slip apart.
    A letter typed once where it is doubled, or twice where it is single, comes first (see `doubled_apart`).
    `slips`: `one_slip_away(word)`, if the caller has it already."""
    if len(word) > LONGEST_ENGLISH_WORD + 1:
        # No English word is one slip from it, and its doubled-letter edits alone would be thousands of copies
        # of a pasted run of letters (hundreds of megabytes for 16,000 letters).
        return None
    if slips is None:
        if word in _corrections:
            return _corrections[word]
        found = _correction(word, None)
        if len(_corrections) < MAX_CORRECTIONS:
            _corrections[word] = found
        return found
    return _correction(word, slips)


def _correction(word: str, slips: list[str] | None) -> str | None:
    doubled = doubled_apart(word)
    if doubled is not None:
        return doubled
    least = LONG_CORRECTION_ZIPF if len(word) >= LONG_TYPO_LENGTH else CORRECTION_ZIPF
    for candidate in one_slip_away(word) if slips is None else slips:
        return candidate if zipf(candidate) >= least else None
    return None


def doubled_apart(word: str) -> str | None:
    """The commonest English word that differs from an unknown word only in one letter typed once where it is
    doubled, or twice where it is single ("stres" is "stress", "realy" "really", "stif" "stiff", "bonne" "bone"),
    if it is a common one (as `correction` asks). The commonest slip in spelling: it beats a commoner word one
    other slip away ("stores", "real"), which would change what is asked."""
    edits = {word[: index + 1] + word[index:] for index in range(len(word))}
    edits |= {word[:index] + word[index + 1 :] for index in range(1, len(word)) if word[index] == word[index - 1]}
    edits.discard(word)
    found = _frequencies().present(edits)
    if not found:
        return None
    least = LONG_CORRECTION_ZIPF if len(word) >= LONG_TYPO_LENGTH else CORRECTION_ZIPF
    best, value = max(found, key=lambda pair: (pair[1], pair[0]))
    return best if value / 10 >= least else None


def _dictionary_path() -> str:
    # Look beside the installed package first: importing importlib.util costs several milliseconds.
    for folder in sys.path:
        candidate = os.path.join(folder or ".", "symspellpy", DICTIONARY_NAME)
        if os.path.isfile(candidate):
            return candidate
    import importlib.util

    spec = importlib.util.find_spec("symspellpy")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("symspellpy is not installed: it ships the English word list")
    return os.path.join(next(iter(spec.submodule_search_locations)), DICTIONARY_NAME)


class WordTable:
    """Words and their commonness (tenths of a zipf unit) as one byte string and a hash table of offsets.

    Each record in `blob` is the word's UTF-8 bytes, a zero byte and one byte of commonness; `slots`
    (open addressing, linear probing on a CRC-32 of the word) holds each record's offset plus one.
    """

    def __init__(self, blob: bytes, slots: bytes):
        self._blob = blob
        self._slots = array("I")
        self._slots.frombytes(slots)
        self._mask = len(self._slots) - 1
        self._seen: dict[str, int | None] = {}

    @classmethod
    def build(cls, values: dict[str, int]) -> tuple[bytes, bytes]:
        """The two byte strings of a table of `values` (word -> 0..255), for the cache."""
        size = 1
        while size < 1.5 * max(len(values), 1):  # 82,765 words: 131,072 slots, 0.5 MB
            size *= 2
        slots = array("I", bytes(4 * size))
        blob = bytearray()
        for word, value in values.items():
            encoded = word.encode("utf-8")
            index = zlib.crc32(encoded) & (size - 1)
            while slots[index]:
                index = (index + 1) & (size - 1)
            slots[index] = len(blob) + 1
            blob += encoded + b"\0" + bytes((min(value, 255),))
        return bytes(blob), slots.tobytes()

    def get(self, word: str, remember: bool = True) -> int | None:
        if word in self._seen:
            return self._seen[word]
        encoded = word.encode("utf-8")
        blob, slots, mask = self._blob, self._slots, self._mask
        index = zlib.crc32(encoded) & mask
        found = None
        while slots[index]:
            start = slots[index] - 1
            end = start + len(encoded)
            if blob[start:end] == encoded and blob[end] == 0:
                found = blob[end + 1]
                break
            index = (index + 1) & mask
        if remember and len(self._seen) < 100_000:
            self._seen[word] = found
        return found

    def forget(self) -> None:
        self._seen = {}

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None

    def present(self, candidates) -> list[tuple[str, int]]:
        """The candidates in the table, each with its commonness, in the order given: `get` for many words at once
        (a slip's hundreds of edits), with one Python call in all; each is remembered as `get` remembers it."""
        seen, blob, slots, mask, crc32 = self._seen, self._blob, self._slots, self._mask, zlib.crc32
        found = []
        for word in candidates:
            value = seen.get(word, -1)
            if value == -1:
                value = None
                encoded = word.encode("utf-8")
                index = crc32(encoded) & mask
                while slots[index]:
                    start = slots[index] - 1
                    end = start + len(encoded)
                    if blob[start:end] == encoded and blob[end] == 0:
                        value = blob[end + 1]
                        break
                    index = (index + 1) & mask
                if len(seen) < 100_000:
                    seen[word] = value
            if value is not None:
                found.append((word, value))
        return found


def _frequencies() -> WordTable:
    global _table
    if _table is None:
        _table = WordTable(*_load())
    return _table


def _load() -> tuple[bytes, bytes]:
    return cached_build(_dictionary_path(), "english", lambda path: WordTable.build(_read_list(path)))


def cached_build(source: str, name: str, build):
    """`build(source)`, kept as a compact copy in the user's cache folder while the source file is unchanged.

    Used for the English list and for the general layer's vocabulary, so a start reads neither.
    """
    info = os.stat(source)
    folder = cache_folder()  # the bank copies' folder, by the XDG rule: a relative XDG_CACHE_HOME is ignored
    if folder is None:  # no home folder: nowhere to keep a copy
        return build(source)
    cached = os.path.join(folder, f"{name}-{CACHE_FORMAT}-{info.st_size}-{info.st_mtime_ns}.marshal")
    value = _read_cache(cached)
    if value:
        touch_used(cached)
        return value
    value = build(source)
    _write_cache(cached, value)
    return value


def _read_cache(cached: str):
    """The value kept at `cached`, or None: only from a file and folder no one else can write, and only as
    it was written (a CRC-32 of its bytes first: it finds damage; the owner check keeps others' bytes out,
    which marshal must never read). A damaged copy made every answer of every later start "something went
    wrong" until the folder was deleted.
    """
    try:
        handle = os.open(cached, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    with os.fdopen(handle, "rb") as stream:
        try:
            if not (_is_private(os.fstat(handle), stat.S_ISREG) and _is_private(os.stat(os.path.dirname(cached)))):
                return None
            data = stream.read()
            # The body read in place: a slice copied the megabyte-long English table twice (about 1 ms of each start).
            body = memoryview(data)[4:]
            if zlib.crc32(body).to_bytes(4, "big") != data[:4]:
                return None
            return marshal.loads(body)  # noqa: S302 - as this user wrote it, in a folder only it can write
        except (OSError, EOFError, ValueError, TypeError):
            return None


def _is_private(status: os.stat_result, kind=stat.S_ISDIR) -> bool:
    owner = os.getuid() if hasattr(os, "getuid") else status.st_uid
    return kind(status.st_mode) and status.st_uid == owner and not status.st_mode & 0o022


def _read_list(path: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) == 2 and parts[1].isdigit():
                word = parts[0].replace("'", "")  # the bot folds "don't" to "dont"
                counts[word] = counts.get(word, 0) + int(parts[1])
    total = sum(counts.values()) or 1
    return {word: max(1, round(10 * math.log10(count / total * 1e9))) for word, count in counts.items()}


def _write_cache(cached: str, value) -> None:
    """Keep a compact copy for the next start; an unwritable cache folder only costs time."""
    partial = f"{cached}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(cached), mode=0o700, exist_ok=True)  # as the bank copies' folder
        data = marshal.dumps(value)
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(zlib.crc32(data).to_bytes(4, "big") + data)
        os.replace(partial, cached)
        tidy(os.path.dirname(cached))
    except (OSError, ValueError):
        try:
            os.unlink(partial)  # a full disk left a partial copy behind at every start
        except OSError:
            pass
