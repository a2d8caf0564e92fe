"""Split a patient's message into its parts: the question(s) and the story around them.

People rarely type a bare question. "My dad had his hip replaced in March
and now there is a hard lump by the scar. Is that HO?" holds one question
and a story that says what the question is about. This module only splits
and sorts; the session decides what to answer.
"""


import functools
import re
from typing import NamedTuple

from chatbot.lazy_pattern import lazy_compile
from chatbot.understanding.we_are import tells_as_we_are

# Sentence ends, and the few clause breaks that often separate a story from a question.
# Compiled on first use (see `_patterns`): `chatbot ask` with a short question never needs them.
_SENTENCES = (
    r"(?<=[.!?;:])\s+|\s*\n+\s*"
    # A run-on: "what is HO I am asking for my husband" - "I am", "I'm", "I was", "I had" start a new clause.
    r"|(?<=[A-Za-z0-9])\s+(?=I(?:\s+am|'m|\s+was|\s+had|\s+have\s+been)\b)"
)
# After a comma, only these open a question: "which", "who", "when" and "where" there usually start a
# relative clause ("..., which has been hard"), and "has" a perfect tense.
_ASKING = r"(?:what|how|why|can|could|is|are|does|do|did|will|would|should)\b"
# A dash between spaces ends a clause as a comma does: "Just curious after my dad's hip replacement - what is ...".
_CLAUSES = (
    rf",\s+(?=(?:and\s+|but\s+|so\s+)?{_ASKING})|\s+(?:and|but|also)\s+(?=(?:what|how|why|when|where|which|who)\b)"
    # "What is it and will she need an operation?": a second question asked with an auxiliary and its subject. Not
    # "did", "was" or "has", which go on a story as often as they ask ("I fell and did it again").
    r"|\s+(?:and|but|also)\s+(?=(?:will|would|can|could|should|does|do|is|are)\s+"
    r"(?:i|you|he|she|it|we|they|that|this|there|my|his|her|the)\b)"
    rf"|\s+-+\s+(?=(?:and\s+|but\s+|so\s+)?(?:{_ASKING}|(?:which|who|when|where)\b))"
    # "..., I thought that was only for cancer": what the person thought or heard, after the question, is story.
    r"|,\s+(?=(?:but\s+|as\s+|because\s+)?i\s+(?:thought|think|read|heard|know|knew|guess|believe|was\s+told)\b)"
    # "what are the symptoms of FOP, my niece has just been diagnosed", "how soon does it start, the surgeon told me
    # to watch for it": what someone said or what happened, told after the question, is story (round 18).
    r"|,\s+(?=(?:but\s+|as\s+|because\s+)?(?:my|the|his|her|our|their)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:said|says|say|told|tells|mentioned|reckons|has\s+just|was\s+just|just)\b)"
    r"|,\s+(?=(?:but\s+|as\s+|because\s+)?i\s+(?:want|wanted|forgot|need|keep)\s+to\b)"
)
_compiled: tuple[re.Pattern, re.Pattern] | None = None
# Words as the question tests read them (compiled once: these run on every part of every message).
_LETTER_RUNS = re.compile(r"[a-z']+")
_NON_LETTER = lazy_compile(r"[^a-z]")


def _patterns() -> tuple[re.Pattern, re.Pattern]:
    global _compiled
    if _compiled is None:
        _compiled = (re.compile(_SENTENCES), re.compile(_CLAUSES, re.IGNORECASE))
    return _compiled


# What each pattern needs before it can match anywhere (speed23): compiling the two took about 4 ms of a one-shot
# question's first reading, and most questions ("how long does a knee brace last?") hold none of it. A text without
# it splits into itself, as the pattern would leave it.
_SENTENCE_MARKS = ".!?;:"
_CLAUSE_WORDS = ("and", "but", "also")


def _sentences_of(text: str) -> list[str]:
    """`_SENTENCES`' split of a text: a mark before a space, a line break, or a capital "I" after a space."""
    if "\n" in text or "I" in text or _mark_before_space(text):
        return _patterns()[0].split(text)
    return [text]


def _mark_before_space(text: str) -> bool:
    # `\s` is `str.isspace`'s class.
    for mark in _SENTENCE_MARKS:
        place = text.find(mark)
        while place != -1:
            if place + 1 < len(text) and text[place + 1].isspace():
                return True
            place = text.find(mark, place + 1)
    return False


def _clauses_of(sentence: str) -> list[str]:
    """`_CLAUSES`' split of a sentence: each of its breaks needs a comma, a dash, or "and", "but" or "also" in any
    case (compared case-folded: the pattern ignores case as Unicode does, where "\u017f", a long s, is an "s")."""
    if "," in sentence or "-" in sentence:
        return _patterns()[1].split(sentence)
    folded = sentence.casefold()
    if any(word in folded for word in _CLAUSE_WORDS):
        return _patterns()[1].split(sentence)
    return [sentence]
# Words that open a question in English.
_QUESTION_OPENERS = frozenset(
    "what whats how hows why when where which who whom whose can could is are was were does do did will would "
    "should shall may might has have had am isnt arent doesnt dont cant wont tell explain".split()
)
_LEADING_JOINERS = frozenset("and but so also then well ok okay anyway hi hello hey please".split())
# A run-on message with no punctuation ("had my eye done on monday can i fly"): a question starts at an auxiliary
# followed by a pronoun ("can i", "does that", "is it"), or at a question word not embedded in a clause ("and
# how long", not "i know how"), once the story before it has a few words.
AUXILIARIES = frozenset("can could is are was does do did will would should shall may might has have am".split())
SUBJECT_PRONOUNS = frozenset("i you he she it we they that this there these those my his her your our their".split())
# "When", "where", "which" and "who" inside a statement usually join clauses ("... when he talks about my hip").
_QUESTION_WORDS = frozenset("what whats how why".split())
_EMBEDDERS = frozenset(
    "know knows knew tell told ask asked asking wonder wondering wondered explain sure idea understand see "
    "about on of is are was that what if".split()
)
MIN_STORY_WORDS = 4
# Words that open a phrase of when or in what case ("after a fall ..."), not a story, when no one is told of in it.
_CIRCUMSTANCE_OPENERS = frozenset("after before since following during without".split())
# ... or this few, before a question word found going back from the auxiliary after it ("doctor said HO | what is it").
MIN_SPLIT_STORY_WORDS = 2
# "I was wondering ...", "just wondering ...": where a question starts inside a run-on message.
_WONDERING = tuple(
    tuple(phrase.split())
    for phrase in ("i was wondering", "im wondering", "i am wondering", "i wonder", "just wondering", "wondering")
)
_WONDERING_STARTS = frozenset(phrase[0] for phrase in _WONDERING)
_LONGEST_WONDERING = max(map(len, _WONDERING))



class Message(NamedTuple):
    """A message's questions, in the order asked, and the story sentences around them."""

    questions: tuple[str, ...]
    story: tuple[str, ...]


def is_question(part: str) -> bool:
    """True for a part asked as a question: a question mark, or a question word or auxiliary first ("stop it" is no
    question)."""
    return _is_question(part)


def _is_question(part: str) -> bool:
    if part.rstrip().endswith("?"):
        return True
    # Only the first few words after the leading joiners decide (round 17: a story's long parts were read whole, as
    # many times as they were asked about): a wondering phrase and the word after it.
    spellings = _quick_spellings()
    words: list[str] = []
    for run in _LETTER_RUNS.finditer(part.lower().replace("'", "")):
        word = run.group()
        word = spellings.get(word, word)
        if words or word not in _LEADING_JOINERS:
            words.append(word)
            if len(words) > _LONGEST_WONDERING:
                break
    for wondering in _WONDERING:
        if words[: len(wondering)] == list(wondering) and len(words) > len(wondering):
            # "I was wondering when I can drive": the question after the wondering.
            return words[len(wondering)] in _QUESTION_OPENERS or words[len(wondering)] in ("if", "whether")
    if tells_as_we_are(words):
        return False  # "were waiting for the test.": "we're" with its apostrophe dropped tells, it does not ask
    return bool(words) and words[0] in _QUESTION_OPENERS


def _run_on(part: str) -> list[str]:
    """A long part with no question mark split where its last question starts: [story, question], or [part]; [part, ""]
    for a question that opens with a phrase of when ("after a fall can it start")."""
    if "?" in part or _is_question(part):
        return [part]
    words = part.split()
    if len(words) < MIN_STORY_WORDS + 2:
        return [part]
    folded = _as_meant([_NON_LETTER.sub("", word.lower()) for word in words])
    for index in range(len(words) - 2, MIN_STORY_WORDS - 1, -1):
        if folded[index] in _WONDERING_STARTS and any(
            folded[index : index + len(phrase)] == list(phrase) for phrase in _WONDERING
        ):
            # The whole phrase: "i was wondering", not only its "wondering".
            start = min(
                (begin for begin in range(max(index - 3, 0), index) for phrase in _WONDERING
                 if begin + len(phrase) > index and folded[begin : begin + len(phrase)] == list(phrase)),
                default=index,
            )  # fmt: skip
            if start < MIN_STORY_WORDS:
                return [part]
            index = start
            pieces = [" ".join(words[:index]), " ".join(words[index:])]
            return pieces if _is_question(pieces[1]) else [part]
        word, after, before = folded[index], folded[index + 1], folded[index - 1]
        asks = (word in AUXILIARIES and after in SUBJECT_PRONOUNS) or (
            word in _QUESTION_WORDS and before not in _EMBEDDERS
        )
        if asks:
            # "how common is that", "how long will it": the question word a few words back starts it.
            for back in range(index - 1, max(index - 4, -1), -1):
                if folded[back] in _QUESTION_WORDS:
                    if back < MIN_SPLIT_STORY_WORDS:
                        return [part]
                    # "doctor said HO what is it": split at "is", the question lost its "what" to the story, which
                    # may be this short when the question word shows where it ends.
                    index = back
                    break
            if folded[0] in _CIRCUMSTANCE_OPENERS and _TELLERS.isdisjoint(folded[:index]):
                # "after a fall or a broken bone can it start": a phrase of when, telling of no one, is part of the
                # question, not a story before it (round 18): one part, asked (see `split_message`).
                return [part, ""]
            return [" ".join(words[:index]), " ".join(words[index:])]
    return [part]


# A sentence that opens with a past tense and a determiner and ends with a full stop is a story with its "I" dropped
# ("Had my gallbladder out on Monday.", "had a seizure after a night out."); asked, it ends with a question mark.
_DIARY_VERBS = frozenset(("had",))
_DETERMINERS = frozenset("my his her our their the a an".split())


def is_diary_statement(part: str) -> bool:
    """True for "Had my op on Monday.": a story sentence told without its "I", which opens like "had my ...?"."""
    words = _LETTER_RUNS.findall(part.lower().replace("'", ""))
    while words and words[0] in _LEADING_JOINERS:
        words = words[1:]
    stripped = part.rstrip()
    return stripped.endswith((".", "!")) and len(words) > 1 and words[0] in _DIARY_VERBS and words[1] in _DETERMINERS


def with_diary_as_story(message: Message) -> Message:
    """The message with its diary statements ("Had my op on Monday.") moved from its questions to its story, when
    another question is left."""
    diary = [part for part in message.questions if is_diary_statement(part)]
    if not diary or len(diary) == len(message.questions):
        return message
    questions = tuple(part for part in message.questions if part not in diary)
    return Message(questions, (*diary, *message.story))


@functools.lru_cache(maxsize=1)
def _quick_spellings() -> dict[str, str]:
    """The first word each quick-message spelling means (the general layer's `spellings`: "wat" what, "wen" when,
    "cud" could, "wich" which, "r" are), for finding where a question starts; the analyzer reads them in full."""
    from chatbot.understanding.language import quick_spellings  # the one reader of the general layer's spellings

    return {typed: meant[0] for typed, meant in quick_spellings().items()}


def _as_meant(words: list[str]) -> list[str]:
    """Words with each quick-message spelling read as the word it means, one for one ("wat is HO": "what is HO"), so
    a question typed as in a text message is found as a question: "wen do they do the op" asks, as "when" would."""
    spellings = _quick_spellings()
    return [spellings.get(word, word) for word in words]


# Who a sentence of a story tells about, as its first word: "I am asking for my husband", "he was in hospital".
_TELLERS = frozenset("i im ive id he hes she shes we were they theyre my our his her their".split())


def _tells_about_someone(part: str) -> bool:
    words = _LETTER_RUNS.findall(part.lower().replace("'", ""))
    return bool(words) and words[0] in _TELLERS


def names_a_teller(parts: tuple[str, ...]) -> bool:
    """Whether any of the parts tells of someone ("my mask keeps leaking", "he coughs at night"), as a story does; a
    search-box string ("symptoms of a heart attack in women") or a request ("book me a taxi") tells of no one."""
    return any(not _TELLERS.isdisjoint(_LETTER_RUNS.findall(part.lower().replace("'", ""))) for part in parts)


def split_message(text: str) -> Message:
    """Sentences (and question clauses after a comma) sorted into questions and story."""
    if len(text) < 25 and not any(mark in text for mark in ".!?;:,\n"):
        return Message((text,), ())  # "what is HO": one part, and no pattern needs compiling
    parts = []
    for sentence in _sentences_of(text):
        parts.extend(piece.strip() for piece in _clauses_of(sentence) if piece and piece.strip())
    heads = set()  # the story before a run-on question: never a question, whatever its first word
    asked_whole = set()  # a run-on question opening with a phrase of when: asked, whatever its first word
    split_parts = []
    for part in parts:
        pieces = _run_on(part)
        if pieces[1:] == [""]:
            asked_whole.add(pieces[0])
            pieces = pieces[:1]
        elif len(pieces) == 2:
            heads.add(pieces[0])
        split_parts.extend(pieces)
    parts = split_parts
    questions = tuple(part for part in parts if part in asked_whole or (part not in heads and _is_question(part)))
    story = tuple(part for part in parts if part not in questions)
    split_at_comma = not questions and len(parts) == 1 and ", " in parts[0]
    if split_at_comma:
        # "Sorry to bother you, brooker grade one": the clause after the last comma is what is asked.
        head, _, tail = parts[0].rpartition(", ")
        parts = [head, tail]
    if not questions and len(parts) > 1:
        # "My mum had an operation last year. bone growing around her hip implant": people end with
        # what they want to know, even when it is not worded as a question. Unless only the end tells about
        # someone: "wat causs HO I am asking for my husband" asks first and says for whom after.
        # Only where the parts run on with no full stop or comma between: "ugh I am so fed up. I need ..." and
        # "sorry to bother you, I need ..." open with a feeling.
        run_on = len(parts) == 2 and not split_at_comma and not parts[0].rstrip().endswith((".", "!"))
        if run_on and _tells_about_someone(parts[-1]) and not _tells_about_someone(parts[0]):
            return Message((parts[0],), tuple(parts[1:]))
        return Message((parts[-1],), tuple(parts[:-1]))
    return Message(questions, story)


# A word of typed text with its place, for cutting the original text where a greeting or a sign-off ends.
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)?")
# These open a message with or without a mark after them ("hi what is HO"); other openings need one
# ("Morning, ..." is a greeting, "Morning stiffness ..." is not).
_BARE_GREETINGS = frozenset(("hi", "hello", "hey", "hiya", "dear"))
_JOINERS_AFTER_COURTESY = frozenset(("but", "so", "and"))


def without_courtesies(text: str, openings, closings, introductions=()) -> str:
    """The message without the greeting it opens with and the thanks and sign-off it ends with.

    "Good evening. What is HO? Many thanks, Sue" is "What is HO?". `openings` and `closings` are
    folded word tuples, longest first. At least one word is always kept, and the text is cut, never
    rewritten: the question keeps its own wording and marks.
    """
    spans = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    folded = [word.lower().replace("'", "").replace("\u2019", "") for _, _, word in spans]
    start, end = 0, len(spans)
    # Only the phrases that open with the word at the start (end with the word at the end) can match there: looked
    # up, not tried one by one (in the given order, so the longest still comes first).
    by_first, by_last = _by_edge_word(openings, 0), _by_edge_word(closings, -1)
    changed = True
    while changed:
        changed = False
        for phrase in by_first.get(folded[start], ()) if start < end else ():
            size = len(phrase)
            if end - start > size and tuple(folded[start : start + size]) == phrase:
                marked = any(mark in text[spans[start + size - 1][1] : spans[start + size][0]] for mark in ",.!:;-")
                if marked or phrase[0] in _BARE_GREETINGS:
                    start += size
                    changed = True
                    break
        for phrase in introductions:
            # "Hi, I'm Jane. ...": a name of one or two words and a mark after the introduction.
            size = len(phrase)
            for name_size in (1, 2):
                last = start + size + name_size - 1
                if end - last <= 1 or tuple(folded[start : start + size]) != phrase:
                    continue
                names = [word for _, _, word in spans[start + size : last + 1]]
                if all(_is_name(word) for word in names) and any(
                    mark in text[spans[last][1] : spans[last + 1][0]] for mark in ",.!"
                ):
                    start = last + 1
                    changed = True
                    break
        for phrase in by_last.get(folded[end - 1], ()) if start < end else ():
            size = len(phrase)
            if end - start > size and tuple(folded[end - size : end]) == phrase:
                end -= size
                changed = True
                break
        else:
            # "... Many thanks, Sue", "Kind regards, Jane Smith": a name of one or two words after a sign-off, or
            # of three with an initial ("Yours sincerely, Mr D. Ellis").
            for size in (1, 2, 3):
                names = [word for _, _, word in spans[max(end - size, start) : end]]
                if end - start <= size + 1 or not all(_is_name(word) for word in names):
                    continue
                if size == 3 and not any(_is_initial(word) for word in names):
                    continue
                before = tuple(folded[start : end - size])
                if any(before[-len(phrase) :] == phrase for phrase in closings if len(before) > len(phrase)):
                    end -= size
                    changed = True
                    break
    if start == 0 and end == len(spans):
        return text
    if 0 < start < end - 1 and folded[start] in _JOINERS_AFTER_COURTESY:
        start += 1  # "Sorry if this is a silly question, but can you explain HO": the "but" joined the courtesy
    head = spans[start][0]
    tail = spans[end][0] if end < len(spans) else len(text)
    return text[head:tail].rstrip(" ,;-")


@functools.lru_cache(maxsize=16)  # one bank's phrases, asked for with every message
def _by_edge_word(phrases: tuple[tuple[str, ...], ...], edge: int) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases by their first (`edge` 0) or last (-1) word, each word's in the order given."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        if phrase:  # an empty phrase never matches: `without_courtesies` checks its words are more than its size
            grouped.setdefault(phrase[edge], []).append(phrase)
    return {word: tuple(group) for word, group in grouped.items()}


def _is_name(word: str) -> bool:
    return word.isalpha() and word[:1].isupper() and (word[1:].islower() or _is_initial(word))


def _is_initial(word: str) -> bool:
    # "J. Patel": one capital letter. Not "I", a word ("Thanks, I ...").
    return len(word) == 1 and word.isupper() and word != "I"


# How far a denial reaches in a story: "he never had surgery on his hips" denies its surgery, not what comes after.
DENIED_WORDS = 5
_CLAUSE_BREAKS = frozenset("but and so because now then though although".split())


@functools.lru_cache(maxsize=16)  # one bank's denials, asked for with every story part
def _first_words(denials: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    return frozenset(denial[0] for denial in denials if denial)


def without_denied(text: str, denials: tuple[tuple[str, ...], ...]) -> str:
    """A story part without what it says did not happen: "He never had surgery on them." is "He".

    `denials` are folded word tuples ("never", "didnt have"). The denied run ends at the clause's end (a mark
    or a joining word) or after DENIED_WORDS words. Text with no denial comes back as it is.
    """
    words = text.split()
    folded = [_NON_LETTER.sub("", word.lower()) for word in words]
    firsts = _first_words(denials)
    if firsts.isdisjoint(folded):
        return text  # most story parts deny nothing: no word a denial starts with
    kept: list[str] = []
    index = 0
    while index < len(words):
        # Only where a denial's first word stands can one match: elsewhere nothing is tried.
        size = (
            next((len(d) for d in denials if tuple(folded[index : index + len(d)]) == d), 0)
            if folded[index] in firsts
            else 0
        )
        if not size:
            kept.append(words[index])
            index += 1
            continue
        end = index + size
        while end < len(words) and end < index + size + DENIED_WORDS and folded[end] not in _CLAUSE_BREAKS:
            end += 1
            if words[end - 1][-1:] in ",;:.!?":
                break
        index = end
    return text if len(kept) == len(words) else " ".join(kept)


# A line of at most this many words, with no mark at its end, ends where the line does: a message's subject line
# ("Jock Itch", "trisomy 7") or a title is a line of its own, not the start of the sentence after it. A longer line
# broken with no mark is more likely wrapped by the sender's mail program.
HEADING_WORDS = 6
# A short line that ends with one of these goes on into the next ("My dad has HO and / he ...").
_GOES_ON = frozenset("and or but so to of with for in on at by from the a an my his her our their your".split())
_LINE_END_MARKS = ".!?;:,-/("
_BODY_WORDS = 4


def _opens_sentence(words: list[str]) -> bool:
    """True if a line starting with these words starts a sentence: a capital, a question word, a pronoun ("i was
    wondering", "my father"), or an auxiliary and its subject ("are they gluten free"). "My dad / had a hip
    replacement" goes on."""
    first = words[0]
    if first[:1].isupper():
        return True
    lowered = [word.lower().strip("'\",") for word in words[:2]]
    if lowered[0] in _QUESTION_WORDS or lowered[0] in SUBJECT_PRONOUNS:
        return True
    return lowered[0] in AUXILIARIES and len(lowered) > 1 and lowered[1] in SUBJECT_PRONOUNS


def with_headings_ended(text: str) -> str:
    """The text with a full stop after each short line that has no mark at its end and a line after it (the same
    text, unchanged, where there is none).

    Only for reading what is asked: triage reads the message as typed (a stop could split "I can't / breathe").
    """
    if "\n" not in text:
        return text
    lines = text.split("\n")
    marked = False
    for index, line in enumerate(lines[:-1]):
        words = line.split()
        if not words or len(words) > HEADING_WORDS or line.rstrip().endswith(tuple(_LINE_END_MARKS)):
            continue
        # A body of a few words goes with the line before it: "ischemic stroke / define?" asks what the line names.
        body = " ".join(lines[index + 1 :]).split()
        if words[-1].lower() in _GOES_ON or len(body) < _BODY_WORDS or not _opens_sentence(body):
            continue
        lines[index] = line.rstrip() + "."
        marked = True
    return "\n".join(lines) if marked else text
