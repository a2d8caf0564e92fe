"""Make typed text safe to handle and to show, and fold it into words for matching."""

from __future__ import annotations

import re
import unicodedata

from chatbot.lazy_pattern import lazy_compile

# Questions are read up to this many characters: long enough for any real
# question, short enough that a pasted megabyte costs nothing. A longer message
# is read at its beginning and its end (where a question after a story sits).
MAX_QUESTION_CHARS = 2000
# Red flags are looked for in this much of a message, however long: an emergency
# told at the end of a long story is never cut off (about 8 ms at this length).
MAX_TRIAGE_CHARS = 16000

# Terminal escape sequences: CSI (colours, cursor moves), OSC (titles,
# hyperlinks) ended by BEL or ST, and the short two-character forms.
_ESCAPES = lazy_compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"  # CSI
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"  # DCS, SOS, PM, APC
    r"|\x1b[@-Z\\-_]?"  # other escapes, or a lone ESC
    r"|\x9b[0-?]*[ -/]*[@-~]?"  # 8-bit CSI
    r"|\x9d[^\x07\x9c]*[\x07\x9c]?"  # 8-bit OSC
)
# What is left of a terminal sequence whose Escape was lost on the way (a serial line, a terminal that eats it, a
# kiosk that drops the Escape key): "[201~", the end of a bracketed paste, was read as choice 201. Only shapes no
# one types are read so: a key code ending in "~", parameters joined by ";" before a cursor or report letter, a
# colour ("[31m", not "[5m]"), a mouse report, and a window title ended by BEL. Each is read as a space.
_ESCAPE_TAILS = lazy_compile(
    r"\[(?:\d{1,4};){0,4}\d{1,4}~"  # key codes and bracketed-paste markers: [201~, [15;2~
    r"|\[(?:\d{1,4};){1,4}\d{1,4}[A-HJKPQRSZ]"  # with parameters: [1;5A, a cursor report [24;80R
    r"|\[(?:\d{1,3};){0,4}\d{1,3}m(?!\])"  # colours: [31m, [0;1m
    r"|\[<\d{1,4};\d{1,4};\d{1,4}[Mm]"  # mouse reports: [<0;12;5M
    # A window title: ]0;title BEL. The title stops at the next "]" too, so each try reads only to the next one.
    r"|\]\d{1,3};[^\x07\x1b\]]{0,512}(?:\x07|\x1b\\)"
)
_WHITESPACE = re.compile(r"\s+")
_APOSTROPHES = lazy_compile(r"['\u2018\u2019\u201b\u2032\u02bc\u02b9`\u00b4]")
# Look-alike quotes and dashes, folded to plain ones so a phrase reads the same however it was typed.
_LOOK_ALIKES = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"',
     "\u201e": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"', "\u2010": "-", "\u2011": "-", "\u2012": "-",
     "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-", "\ufe58": "-", "\ufe63": "-", "\uff0d": "-"}
)  # fmt: skip
# (The Latin letters drawn as small capitals or in black circles and squares are added below.)
_NON_WORD = re.compile(r"[^0-9a-z]+")
# Contractions, read before apostrophes are dropped: folded whole, "I'd" would be the unknown word "id",
# "they've" "theyv", "I'll" the health word "ill" and "she'll" "shell". "'s" is expanded only after a pronoun
# or a question word ("it's", "that's", "what's"); after a noun it is a possessive ("dad's hip").
_CONTRACTIONS = lazy_compile(
    r"\b([a-z]+)['\u2019](ll|d|re|ve|m)\b|\b(it|that|there|here|what|who|how|where|when|he|she)['\u2019]s\b",
    re.IGNORECASE,
)
_EXPANDED = {"ll": "will", "d": "would", "re": "are", "ve": "have", "m": "am"}


# Control characters that separate words (Python's str.split() splits on them): each becomes a space, so
# text pasted with a vertical tab or a form feed between words ("kill\vmyself") is not read as one word.
_SPACE_CONTROLS = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85"
_SPACE_CONTROLS_AS_SPACES = str.maketrans(_SPACE_CONTROLS, " " * len(_SPACE_CONTROLS))


# Invisible characters that are themselves a space: the zero-width space marks a word break, so a message
# "what\u200bis HO" is three words, not "whatis HO". (Other format characters, the joiners and the soft
# hyphen, sit inside a word and are removed. Triage, reading text by itself, removes this one too; the
# session's triage also reads the message with it taken out: "I c\u200ban't breathe".)
_INVISIBLE_SPACES = str.maketrans({"\u200b": " "})


# Letters of other scripts drawn like Latin ones: Cyrillic and Greek, Armenian, Cherokee and Lisu capitals, and a
# few IPA letters ("ɑ", the script "ɡ", the dotless "ı"). Inside a word of Latin letters ("кіll" with a Cyrillic
# k and i, "mуself", "сhest", "ꓚAN'T") they can only be a disguise or a keyboard slip: no word mixes the scripts.
# Such a word is read in Latin letters; safety also reads the whole message so (a word all in look-alikes). The
# regional indicator letters, which a pair of draws as a flag, are read so by safety only ("🇨🇭🇪🇸🇹 🇵🇦🇮🇳").
_LATIN_LOOK_ALIKES = str.maketrans(
    "аеорсухіјѕһԁԛԝӏкмнтвАЕОРСХУІЈЅКМНТВοαινκρτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"
    "օսոհցզՍՕ" "ᎪᏴᏟᎠᎬᏀᎻᎥᎫᏦᏞᎷᏢᎡᏚᎢᏙᎳᏃ" "ꓮꓐꓚꓓꓰꓝꓖꓧꓲꓙꓗꓡꓟꓠꓳꓑꓣꓢꓔꓴꓦꓪꓫꓬꓜ" "ɑɡıȷɩ"
    + "".join(map(chr, range(0x1F1E6, 0x1F200))),
    "aeopcyxijshdqwlkmhtbAEOPCXYIJSKMHTBoaivkptuxABEZHIKMNOPTYX"
    "ounhgqUO" "ABCDEGHiJKLMPRSTVWZ" "ABCDEFGHIJKLMNOPRSTUVWXYZ" "agiji"
    + "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
)  # fmt: skip


# Latin letters in another drawing that NFKC leaves as they are: the small capitals a "fancy text" generator writes
# ("ᴄʜᴇsᴛ ᴘᴀɪɴ", "ᴋɪʟʟ"), and letters in a black circle or square ("🅒🅗🅔🅢🅣", "🅿🅰🅸🅽"). They are the Latin
# letters themselves, in any word and any message, so they are read as those (as NFKC reads "ｋｉｌｌ" and "𝐤𝐢𝐥𝐥").
# Written out rather than found by their Unicode names at each start (1.3 ms); a test checks each against its name.
_LOOK_ALIKES.update(
    str.maketrans(
        "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡʏᴢ"
        + "".join(map(chr, range(0x1F150, 0x1F16A)))  # negative circled capitals A-Z
        + "".join(map(chr, range(0x1F170, 0x1F18A))),  # negative squared capitals A-Z
        "abcdefghijklmnopqrstuvwyz" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ" * 2,
    )
)

# Each word is taken whole and tested for a Latin letter in Python: the pattern "\w*[A-Za-z]\w*" backtracked
# over every start of a long word without one, so 16,000 "é" (or Chinese, or Katakana) took seconds and
# 100,000 took minutes.
_WORD = lazy_compile(r"\w+")
_LATIN_LETTER = lazy_compile(r"[A-Za-z]")
_LOOK_ALIKE_LETTER = lazy_compile("[" + "".join(map(chr, _LATIN_LOOK_ALIKES)) + "]")


def _in_latin_if_mixed(found: re.Match) -> str:
    word = found.group(0)
    if word.isascii() or not _LATIN_LETTER.search(word):
        return word
    latin = word.translate(_LATIN_LOOK_ALIKES)
    # Only a word that is all Latin once its look-alikes are: "Ноspital" yes, "HOпомощь" no.
    return latin if latin.isascii() else word


def in_latin_letters(text: str) -> str | None:
    """The text with every Cyrillic or Greek look-alike read as the Latin letter it imitates, or None if it
    has none: a safety reading, for "I want to кіӏӏ myself" typed all in look-alikes."""
    if text.isascii():
        return None
    latin = text.translate(_LATIN_LOOK_ALIKES)
    return latin if latin != text else None


def _each_kind(text: str, rule) -> dict[int, str | None]:
    """A `str.translate` table applying `rule` (a character -> what it becomes, None to drop it) to each different
    character of `text`, and only where it changes one. A character-by-character pass in Python over a pasted page
    took seconds (100,000 characters of random Unicode: 6 s through the session's readings); a text has far fewer
    different characters than characters, and `translate` then runs in C."""
    table = {}
    for char in set(text):
        becomes = rule(char)
        if becomes != char:
            table[ord(char)] = becomes
    return table


def _is_unsafe(char: str) -> bool:
    """Control and format characters could move the cursor or flip text direction on a screen."""
    if char in _SPACE_CONTROLS:
        return False
    category = unicodedata.category(char)
    if category == "Cs":  # lone surrogates, left by undecodable bytes
        return True
    return category in ("Cc", "Cf") and char != "\u200d"  # keep the joiner inside emoji


def normalize(text: str) -> str:
    """The same text however it was typed: NFKC, no format characters, plain quotes and dashes.

    Format characters (zero-width spaces and joiners, soft hyphens, bidi
    controls, word joiners, byte-order marks) are invisible, so one inside a
    word ("kill\u200dmyself") must not hide it from the safety checks.
    """
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKC", text)
    if not _only_visible_and_spaces(text):
        text = text.translate(_each_kind(text, lambda char: None if unicodedata.category(char) == "Cf" else char))
    text = text.translate(_LOOK_ALIKES)  # first: "ᴋіll" mixes a small capital and a Cyrillic look-alike
    if _LOOK_ALIKE_LETTER.search(text):
        text = _WORD.sub(_in_latin_if_mixed, text)
    return text


def _only_visible_and_spaces(text: str) -> bool:
    """No control, format or lone surrogate character but the space controls: the per-character passes that
    remove them may be skipped (a pasted page of accented lines went through each character in Python)."""
    return text.translate(_SPACE_CONTROLS_AS_SPACES).isprintable()


def invisible_as_spaces(text: str) -> str | None:
    """The text with each invisible format or control character read as a space, or None if it has none.

    `normalize` removes them, which is right inside a word ("ki\u200dll myself"); but one typed or pasted
    in place of a space ("kill\u200bmyself", "can't\u2060breathe") then joins two words. Safety checks read
    both ways.
    """
    if text.isascii() and text.isprintable():
        return None
    spaced = text.translate(_each_kind(text, lambda char: " " if unicodedata.category(char) in ("Cf", "Cc") else char))
    return spaced if spaced != text else None


def escapes_as_spaces(text: str) -> str | None:
    """The text with each terminal escape sequence read as a space, or None if it has none: one typed in
    place of a space ("kill\x1b[31mmyself") must not join two words. (Removed, it joins them; read as
    control characters, its visible tail "[31m" clings to the next word.) A safety reading."""
    if "\x1b" not in text and "\x9b" not in text and "\x9d" not in text:
        return None
    return _ESCAPES.sub(" ", text)


def invisible_removed(text: str) -> str | None:
    """The text with each invisible format or control character taken out (escape sequences first), or None
    if it has none: the reading of one typed inside a word ("ki\x00ll myself"), which safety checks too now
    that the message itself reads a control character as a space."""
    if text.isascii() and text.isprintable():
        return None
    joined = _ESCAPES.sub("", text)
    joined = joined.translate(_each_kind(joined, lambda char: None if _is_unsafe(char) else char))
    return joined if joined != text else None


def strip_unsafe(text: str, controls_as_spaces: bool = False) -> str:
    """Remove terminal escape sequences and control characters, keeping the visible text.

    With `controls_as_spaces`, each control character left after the escapes are gone (NUL, BEL, DEL, C1)
    becomes a space: typed or pasted in place of a space ("what\x00is HO"), it separates words, as the
    safety checks read it. Format characters (zero-width joiners, bidi marks) are still removed.
    """
    if text.isascii() and text.isprintable() and "[" not in text and "]" not in text:
        return text  # most messages: no escape, no control character, no escape's tail to remove
    text = _ESCAPE_TAILS.sub(" ", _ESCAPES.sub("", text))
    if _only_visible_and_spaces(text):  # line breaks and tabs only: no character to remove
        return text.translate(_SPACE_CONTROLS_AS_SPACES)

    def kept(char: str) -> str | None:
        if char in _SPACE_CONTROLS or (controls_as_spaces and unicodedata.category(char) == "Cc"):
            return " "
        return None if _is_unsafe(char) else char

    return text.translate(_each_kind(text, kept))


def clean_question(text: str, limit: int = MAX_QUESTION_CHARS) -> tuple[str, bool]:
    """Make typed text safe: no escapes or control characters, single spaces, at most `limit` characters.

    Returns the clean text and whether it had to be cut.
    """
    if not isinstance(text, str):
        text = str(text)
    # Cut early (with room for escapes that will be removed) so a huge paste costs little.
    head = text[: limit * 8]
    if not head.isascii():  # a zero-width space typed for a space is one (normalize drops format characters)
        head = head.translate(_INVISIBLE_SPACES)
    cleaned = _WHITESPACE.sub(" ", strip_unsafe(normalize(head), controls_as_spaces=True)).strip()
    # Anything past the head is unread, however little of the head was left: a million spaces (or escape
    # codes) before "I can't breathe" cleaned to nothing and the message read as empty. Marked as cut, the
    # message's end is read too (clean_message).
    truncated = len(cleaned) > limit or len(text) > len(head)
    if len(cleaned) > limit:
        cut = cleaned[:limit]
        # End on a whole word where one is near, so no half word is matched.
        space = cut.rfind(" ")
        cleaned = cut[:space] if space > limit * 0.8 else cut
    return cleaned, truncated


def clean_message(text: str) -> tuple[str, bool]:
    """The clean message, at most MAX_TRIAGE_CHARS: all of it, or its first and last halves of that.

    A story pasted whole ends where the emergency or the question is ("... I have crushing chest pain
    now"): reading only its first 16,000 characters missed both. Returns the text and whether it was cut.
    """
    whole, cut = clean_question(text, limit=MAX_TRIAGE_CHARS)
    if not cut:
        return whole, False
    half = MAX_TRIAGE_CHARS // 2
    head, _ = clean_question(whole, limit=half)
    # The end, cleaned from a bounded slice (8 characters typed for one kept leaves room for escapes).
    tail = clean_question(text[-half * 8 :], limit=half * 8)[0][-half:]
    space = tail.find(" ")
    tail = tail[space + 1 :] if 0 <= space < half * 0.2 else tail  # start on a whole word
    return f"{head} {tail}", True


def read_part(text: str) -> str:
    """The part of a raw message that `clean_message` reads: all of it, or its two bounded ends.

    The safety readings of the raw text (invisible characters as spaces, removed, look-alikes) go through
    every character in Python; made of the whole text, a pasted megabyte took a second before being cut."""
    head = MAX_TRIAGE_CHARS * 8
    tail = MAX_TRIAGE_CHARS // 2 * 8
    return text if len(text) <= head + tail else text[:head] + text[-tail:]


def beginning_and_end(text: str, limit: int = MAX_QUESTION_CHARS) -> tuple[str, bool]:
    """At most `limit` characters of a clean text: all of it, or its first and last parts.

    Each part ends (or starts) on a sentence boundary where one is near, so no half
    sentence is matched. Returns the text and whether anything was left out.
    """
    if len(text) <= limit:
        return text, False
    half = limit // 2
    head, tail = text[:half], text[-half:]
    stop = max(head.rfind(". "), head.rfind("? "), head.rfind("! "))
    if stop > half * 0.6:
        head = head[: stop + 1]
    start = max(tail.find(". "), tail.find("? "), tail.find("! "))
    if 0 <= start < half * 0.4:
        tail = tail[start + 2 :]
    return f"{head} {tail}", True


def _expand(found: re.Match) -> str:
    if found.group(3):
        return f"{found.group(3)} is"
    return f"{found.group(1)} {_EXPANDED[found.group(2).lower()]}"


def expand_contractions(text: str) -> str:
    """ "I'd notice" -> "I would notice", "they've spotted" -> "they have spotted", "it's" -> "it is"."""
    if "'" not in text and "\u2019" not in text:
        return text
    return _CONTRACTIONS.sub(_expand, text)


# The texts folded while one message is read, and what they fold to: the whole message alone is folded by half a
# dozen readers (triage, small talk, advice, the analysis ...). Forgotten with the message (`forget_folded`).
_FOLDED: dict[str, str] = {}
MAX_FOLDED = 128


_MESSAGE_MEMOS: list[dict] = [_FOLDED]


def message_memo() -> dict:
    """A dictionary for what a reader works out once a message, emptied with the folded texts (`forget_folded`).
    For module-level memos only (each call adds one for good)."""
    memo: dict = {}
    _MESSAGE_MEMOS.append(memo)
    return memo


def forget_folded() -> None:
    """Drop the texts `fold` kept, and every message memo: a message has been answered, and what a patient typed
    must not outlive it."""
    for memo in _MESSAGE_MEMOS:
        memo.clear()


def fold(text: str) -> str:
    """Lower-case, accent-free, apostrophe-free text with only letters, digits and single spaces."""
    found = _FOLDED.get(text)
    if found is None:
        found = _fold(text)
        if len(_FOLDED) >= MAX_FOLDED:  # used outside a session, or a very long message: start again
            _FOLDED.clear()
        _FOLDED[text] = found
    return found


def _fold(text: str) -> str:
    if text.isascii():  # most text is plain ASCII: no per-character work, and no pattern a word does not need
        text = text.lower()  # as `casefold` for ASCII
        if text.isalnum():
            return text  # one plain word (letters and digits): nothing to drop
        if "'" in text or "`" in text:  # the only ASCII apostrophes
            text = _APOSTROPHES.sub("", text)
        return _NON_WORD.sub(" ", text).strip()
    text = text.casefold()
    if not text.isascii():
        # Lower-cased again: a look-alike is read as the Latin capital it imitates ("ꓚAN'T", "Ꮶill", which casefold
        # leaves as it is), and the letter was then dropped with the other characters that are not a-z.
        text = normalize(text).casefold()
        text = unicodedata.normalize("NFKD", text)
        text = "".join(char for char in text if not unicodedata.combining(char))
    text = _APOSTROPHES.sub("", text)
    return _NON_WORD.sub(" ", text).strip()


def words(text: str) -> list[str]:
    """The words of a text after `fold`."""
    folded = fold(text)
    return folded.split() if folded else []
