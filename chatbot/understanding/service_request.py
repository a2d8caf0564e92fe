"""Requests to act: "can I speak to a nurse", "book me an appointment", "please call me back" (issue 9, requests21).

The bot answers questions; it cannot put anyone through, book, call, send, order or remember. A request to do one of
those is read here, clause by clause, from the general layer's `service_requests` (chatbot/general/requests.yaml):
a frame at the clause's start ("can you", "I need to", or none for a command), an act ("book", "speak to") and the
thing asked for ("an appointment", "a nurse"), with at most a few small words between. What each kind's reply says
and what the session does with it is in that file and in `conversation.routing.service_request`.

Pure reading of words: no bank entries, no session state, nothing kept of what was typed.
"""


import re
from typing import NamedTuple

from chatbot.understanding import english
from chatbot.understanding.message import is_question
from chatbot.understanding.text import message_memo, words

# A clause ends at a mark of punctuation or a line break: "Can I speak to a nurse? What does it cost?" is two.
_CLAUSE_END = re.compile(r"[.!?;,:\n\u2026]+|\s[-\u2013\u2014]+\s")
# A run-on question after the thing asked for ("book me an appointment how long does it take") is a question of its
# own when it has at least this many words and opens as a question does.
MIN_RUN_ON_QUESTION_WORDS = 3
# The act that is none: the thing follows the frame ("I want a real person").
NO_ACT = "-"
ANY_WORD = "*"
# The last messages read and what was found in them, by the reader that read them (see `ServiceRequests.find`).
_FOUND: dict = message_memo()
MAX_FOUND = 16


class Found(NamedTuple):
    """A request found in a message: its kind's name, whether the bot itself was asked to act (`asked`: "can
    you ...", a command) or the person only said what they want to do ("can I ...", "how do I ..."), the words
    of the thing asked for ("sick note"), and the message without the clauses that ask (what else it says)."""

    kinds: tuple[str, ...]
    asked: bool
    thing: tuple[str, ...]
    rest: str


class _Kind(NamedTuple):
    name: str
    asks: tuple[tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]], ...]
    alone: frozenset[tuple[str, ...]]
    not_after: tuple[tuple[str, ...], ...]
    reply: str
    emergency: bool = False
    then: tuple[tuple[str, ...], ...] | None = None  # the only words that may follow the thing, if given
    # The thing is a request only with one of `then` after it, never at the clause's end: "can you pass it on?"
    # asks whether a condition spreads; "can you pass it on to my surgeon?" asks for a message to be passed.
    then_required: bool = False
    bank_may_answer: bool = False  # an entry naming the thing may answer what the person wants to do


def _phrases(items) -> tuple[tuple[str, ...], ...]:
    """Phrases as tuples of stems, longest first (so "get me" is tried before "get")."""
    found = set()
    for item in items or ():
        if not isinstance(item, (str, int)):
            continue
        text = str(item).strip()
        if text == NO_ACT:
            found.add(())
            continue
        parts = [ANY_WORD if part == ANY_WORD else part for part in text.lower().split()]
        typed = " ".join(part if part == ANY_WORD else " ".join(words(part)) for part in parts).split()
        stems = english.stem_many(typed)
        found.add(tuple(ANY_WORD if word == ANY_WORD else stem for word, stem in zip(typed, stems, strict=True)))
    return tuple(sorted(found, key=lambda phrase: (-len(phrase), phrase)))


def _at(stems: tuple[str, ...], start: int, phrase: tuple[str, ...]) -> bool:
    end = start + len(phrase)
    if end > len(stems):
        return False
    # Most phrases differ at their first word: saying so first keeps a message's reading to a few microseconds a
    # phrase (every question passes through `find`), with the same result as the full comparison below.
    if phrase and phrase[0] != ANY_WORD and phrase[0] != stems[start]:
        return False
    return all(want == ANY_WORD or want == got for want, got in zip(phrase, stems[start:end], strict=True))


def _by_first_word(items, first, always) -> tuple[tuple, dict[str, tuple]]:
    """`items` that may stand at any word (`first(item)` is `*`, or `always(item)`), and for each other first word
    the items that start with it or may stand anywhere, each in the order of `items`."""
    loose: list = []
    by_word: dict[str, list] = {}
    for item in items:
        word = first(item)
        if always(item) or word == ANY_WORD:
            loose.append(item)
            for found in by_word.values():
                found.append(item)
        elif word:
            found = by_word.get(word)
            if found is None:
                found = by_word[word] = list(loose)
            found.append(item)
    return tuple(loose), {word: tuple(found) for word, found in by_word.items()}


class _ByFirst:
    """Phrases kept by their first word (speed22): `first` gives the first of them, in their order, that stands in
    `stems` at `start`, trying only those that could: the phrases that start with the word there or with `*`."""

    def __init__(self, phrases: tuple[tuple[str, ...], ...]):
        self.phrases = phrases
        self._wild, self._by_word = _by_first_word(phrases, lambda phrase: phrase and phrase[0], lambda phrase: False)

    def first(self, stems: tuple[str, ...], start: int) -> tuple[str, ...] | None:
        if start >= len(stems):
            return None
        for phrase in self._by_word.get(stems[start], self._wild):
            if _at(stems, start, phrase):
                return phrase
        return None


def _no_act(item) -> bool:
    return not item[2]


class ServiceRequests:
    """The general layer's requests to act, ready to read messages with."""

    def __init__(self, section: dict | None):
        # Read on first use (every message asks `find`); a bot loaded from a compiled copy gets it read already
        # (`compiled`, kept in the copy by `Bot.load`: reading the phrases is a few milliseconds of every start).
        self._section = section if isinstance(section, dict) else {}
        self._ready = False

    def compiled(self) -> "ServiceRequests":
        """Itself, read and ready to keep in a bot's compiled copy."""
        if not self._ready:
            self._compile()
        return self

    def _compile(self) -> None:
        section = self._section
        self.openers = _phrases(section.get("openers"))
        self.softeners = _phrases(section.get("softeners"))
        self.asking = _phrases(section.get("asking"))
        self.wanting = _phrases(section.get("wanting"))
        self.gap_words = frozenset(stem for phrase in _phrases(section.get("gap_words")) for stem in phrase)
        commands = _phrases(section.get("not_commands"))
        self.not_commands = frozenset(commands)
        try:
            self.gap = max(0, int(section.get("gap", 3)))
        except (TypeError, ValueError):
            self.gap = 3
        kinds = []
        for item in section.get("kinds") or ():
            if not isinstance(item, dict) or not isinstance(item.get("name"), str):
                continue
            asks = []
            for pair in item.get("asks") or ():
                if isinstance(pair, list) and len(pair) == 2:
                    asks.append((_phrases(pair[0]), _phrases(pair[1])))
            kinds.append(
                _Kind(
                    name=item["name"],
                    asks=tuple(asks),
                    alone=frozenset(_phrases(item.get("alone"))),
                    not_after=_phrases(item.get("not_after")),
                    reply=" ".join(str(item.get("reply") or "").split()),
                    emergency=item.get("emergency") is True,
                    then=_phrases(item.get("then")) if item.get("then") else None,
                    then_required=item.get("then_required") is True and bool(item.get("then")),
                    bank_may_answer=item.get("bank_may_answer") is True,
                )
            )
        self.kinds = tuple(kinds)
        self._openers = _ByFirst(self.openers)
        self._softeners = _ByFirst(self.softeners)
        self._asking = _ByFirst(self.asking)
        self._wanting = _ByFirst(self.wanting)
        # Every (kind, things, act) in the order `read_clause` tries them, and, for each word an act may start with,
        # only those an act at that word could be: the acts that start with it, with `*`, or are no act at all.
        tried = tuple((kind, things, act) for kind in self.kinds for acts, things in kind.asks for act in acts)
        self._acts_loose, self._acts_by_word = _by_first_word(tried, lambda item: item[2] and item[2][0], _no_act)
        self.replies = {kind.name: kind.reply for kind in self.kinds}
        self.emergencies = frozenset(kind.name for kind in self.kinds if kind.emergency)
        self.bank_answers = frozenset(kind.name for kind in self.kinds if kind.bank_may_answer)
        # A message holds a request only if it has one of these stems: most messages are passed over at once.
        self._cues = frozenset(
            phrase[0]
            for kind in self.kinds
            for acts, things in kind.asks
            for phrase in (*acts, *things)
            if phrase and phrase[0] != ANY_WORD
        ) | frozenset(phrase[0] for kind in self.kinds for phrase in kind.alone if phrase)
        # ... and one word of a thing or of a request made alone (speed22): a request is read only where one of them
        # stands whole ("a sick note", "a real person"), so a clause without that phrase's longest word holds none of
        # it. Most story clauses have a cue ("a", "my", "the"); few have a key ("note", "person").
        self._keys = frozenset(
            max((word for word in phrase if word != ANY_WORD), key=len, default=ANY_WORD)
            for kind in self.kinds
            for phrase in (*(thing for _, things in kind.asks for thing in things), *kind.alone)
            if phrase
        )
        self._ready = True

    def find(self, clean: str) -> Found | None:
        """The requests to act in a message (each clause read on its own), or None."""
        if not self._ready:
            self._compile()
        if not self.kinds:
            return None
        # The session asks of the message as typed and of its cleaned text, most often the same string: read once a
        # message (the memo is forgotten with the message's folded texts, `text.forget_folded`).
        kept = _FOUND.get(clean)
        if kept is not None and kept[0] is self:
            return kept[1]
        found = self._find(clean)
        if len(_FOUND) >= MAX_FOUND:
            _FOUND.clear()
        _FOUND[clean] = (self, found)
        return found

    def _find(self, clean: str) -> Found | None:
        stems = english.stem_many(words(clean))
        if self._cues.isdisjoint(stems) or self._keys.isdisjoint(stems):
            return None
        clauses = [part for part in _CLAUSE_END.split(clean) if part and part.strip()]
        kinds: list[str] = []
        asked = False
        thing: tuple[str, ...] = ()
        rest = []
        for clause in clauses:
            # A clause without a cue holds no request: every request names its thing, and every thing begins
            # with a cue word; nor one without a key (the whole message was tested the same way above).
            typed = words(clause)
            stems = tuple(english.stem_many(typed))
            found = None if self._cues.isdisjoint(stems) or self._keys.isdisjoint(stems) else self._read_stems(stems)
            if found is None:
                rest.append(clause.strip())
                continue
            name, clause_asked, clause_thing, end = found
            # Typed with no mark between them, a request and a question are still two: "can you book me an
            # appointment how long does it take to heal" asks the question too.
            after = typed[end:]
            if len(after) >= MIN_RUN_ON_QUESTION_WORDS and is_question(" ".join(after)):
                rest.append(" ".join(after))
            if name not in kinds:
                kinds.append(name)
            if not thing or (clause_asked and not asked):
                thing = clause_thing
            asked = asked or clause_asked
        if not kinds:
            return None
        return Found(tuple(kinds), asked, thing, ". ".join(rest))

    def read_clause(self, clause: str) -> tuple[str, bool, tuple[str, ...]] | None:
        """The kind, whether the bot was asked, and the thing's stems of the request one clause makes, or None."""
        if not self._ready:
            self._compile()
        found = self._read_stems(tuple(english.stem_many(words(clause))))
        return None if found is None else found[:3]

    def opens_as_a_request(self, clause: str) -> bool:
        """Whether a clause opens, after any openers, with a frame of asking or wanting ("can you", "I need to know",
        "I'd like") or as a command to the bot ("show me", "tell me"): a request, whatever is asked for, not a
        telling of what is happening."""
        if not self._ready:
            self._compile()
        stems = tuple(english.stem_many(words(clause)))
        start = self._after_openers(stems)
        if start >= len(stems):
            return False
        if self._asking.first(stems, start) or self._wanting.first(stems, start):
            return True
        return start + 1 < len(stems) and stems[start + 1] == "me"

    def _read_stems(self, stems: tuple[str, ...]) -> tuple[str, bool, tuple[str, ...], int] | None:
        """`read_clause` of a clause's stems, and the index of the clause's first word after the thing asked for."""
        start = self._after_openers(stems)
        if start >= len(stems):
            return None
        body = stems[start:]
        trimmed = body
        while trimmed and (trimmed[-1],) in self.softeners:
            trimmed = trimmed[:-1]
        for kind in self.kinds:
            if trimmed in kind.alone:
                return kind.name, True, trimmed, len(stems)
        asking = self._asking.first(stems, start)
        wanting = None if asking else self._wanting.first(stems, start)
        frame = asking or wanting
        at = start + (len(frame) if frame else 0)
        softener = self._softeners.first(stems, at)
        if softener and frame:
            at += len(softener)
        # "can you please" then "i need to"? No: one frame, then the act.
        word = stems[at] if at < len(stems) else None
        # (only the acts that could stand at `at`, in the order all of them would be tried: see `_compile`)
        for kind, things, act in self._acts_by_word.get(word, self._acts_loose):
            if not act and not wanting:
                continue  # "I want a nurse": no act only after a frame of wanting
            if act and not _at(stems, at, act):
                continue
            if frame is None and (act in self.not_commands or not act):
                continue  # "do u do sick notes?" asks what is done, commands nothing
            found = self._thing_after(stems, at + len(act), things, kind)
            if found is not None:
                thing, end = found
                return kind.name, wanting is None, thing, end
        return None

    def _after_openers(self, stems: tuple[str, ...]) -> int:
        at = 0
        while True:
            opener = self._openers.first(stems, at)
            if opener is None:
                return at
            at += len(opener)

    def _thing_after(self, stems, at: int, things, kind: _Kind) -> tuple[tuple[str, ...], int] | None:
        for gap in range(self.gap + 1):
            if gap and (at + gap - 1 >= len(stems) or stems[at + gap - 1] not in self.gap_words):
                return None
            for thing in things:
                if thing and _at(stems, at + gap, thing):
                    after = at + gap + len(thing)
                    if any(_at(stems, after, phrase) for phrase in kind.not_after):
                        continue
                    if (
                        kind.then is not None
                        and (after < len(stems) or kind.then_required)
                        and not any(_at(stems, after, phrase) for phrase in kind.then)
                    ):
                        continue
                    return tuple(stems[at + gap : after]), after
        return None

    def content(self, thing: tuple[str, ...]) -> frozenset[str]:
        """The stems of a thing asked for that name it ("sick", "note" of "a sick note"), not its small words."""
        if not self._ready:
            self._compile()
        return frozenset(stem for stem in thing if stem not in self.gap_words and stem != ANY_WORD)

    def bank_may_answer(self, found: Found) -> bool:
        """Whether an entry that names the thing may answer what the person wants to do (every kind asked so)."""
        if not self._ready:
            self._compile()
        return set(found.kinds) <= self.bank_answers

    def is_emergency(self, found: Found | None) -> bool:
        """Whether the message asks for help only an emergency service gives ("can you call an ambulance")."""
        if not self._ready:
            self._compile()
        return found is not None and not self.emergencies.isdisjoint(found.kinds)

    def reply(self, found: Found) -> str:
        """The reply to a request: each kind's line, in the order asked."""
        if not self._ready:
            self._compile()
        return " ".join(self.replies[name] for name in found.kinds if self.replies.get(name))
