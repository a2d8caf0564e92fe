"""Turn a patient's words into the bank's concept words.

The same steps run on the bank (once, at load) and on every question:
fold case and accents, fix typos in words the bank knows, read synonym
phrases as one concept ("extra bone" -> "ho", "ibuprofen" -> "nsaid"),
drop small words, and stem the rest (Snowball English).

What is everyday and what is the bank's topic is not listed by hand: it
comes from how common a word is in English (`chatbot.understanding.english`) and how
common it is in the bank itself. A word common in English that the bank
does not use unusually often ("grandma", "worried", "yesterday") is an
everyday word and counts for little; a word rare in English that the bank
uses ("ossification", "warfarin") is a topic word; general health words
("pain", "doctor", "arthritis") come from the general layer's vocabulary.
"""


import copy
import math
import os
import re
from collections import defaultdict
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import OSA

from chatbot.bank.model import Bank
from chatbot.lazy_pattern import lazy_compile
from chatbot.understanding import english, relations
from chatbot.understanding.english import stem
from chatbot.understanding.name_initials import name_initials
from chatbot.understanding.run_together import MIN_RUN_TOGETHER_LETTERS, run_together_split
from chatbot.understanding.sound_alike import MIN_SOUND_ALIKE_LETTERS, first_letters_sounding, sound_key
from chatbot.understanding.text import expand_contractions, forget_folded, words

__all__ = ["Analysis", "Analyzer", "general_vocabulary", "stem"]

# Typos are fixed only in words this long that English does not know: a real word is never
# "corrected" on its own (see `real_word_readings` for those).
MIN_TYPO_LENGTH = 4
MAX_TYPO_LENGTH = 30
# Zipf scale (log10 per billion words): "the" is 7.4, "worried" 4.1, "ossification" 2.3.
# A word the bank uses that is at least this common in English, and that the bank does not use
# unusually often, is an everyday word ("explain", "simple", "people"). A word the bank never uses
# must be far commoner ("time", "like"): frequency alone cannot tell "weather" or "finance" from
# "question", and a wrong "everyday" would let an off-topic question through.
EVERYDAY_ZIPF = 6.0
EVERYDAY_UNSEEN_ZIPF = 5.8
# An aspect concept at least this common ("when", "where") is a question word, not something asked about.
TELLING_ASPECT_ZIPF = 5.5
# Rarer than this in English, and used by the bank: one of the bank's own topic words.
TOPIC_ZIPF = 3.3
# A word the bank uses often but English does not is one of a clinic bank's subjects only if it is at
# most this common ("shield", "splint"; not "after", "often", "happen").
SUBJECT_SPECIFIC_ZIPF = 4.5
# A word of the meta topic said by the questions of this share of a bank's entries frames the bank (see
# `adopt_topic_frame`), if it is less common in English than this ("iron", not "after" or "children").
FRAME_SHARE = 0.5
FRAME_WORD_ZIPF = 5.0
# A word the bank uses this much more often than English (log10: about 30 times) is the bank's own.
SPECIFIC_LIFT = 1.5
# Question words that inside a sentence usually join clauses ("what happens when ...") rather than ask,
# and the words after which they still ask ("tell me when", "and where").
CONJUNCTIONS = frozenset(("when", "where"))
QUESTION_EMBEDDERS = frozenset(
    "and but so or then also about know tell ask asking wonder wondering explain sure me us idea find out".split()
)
# Articles and possessives: a synonym phrase matches with or without them ("bone in my muscle"). Inside a
# phrase "there" is "their" misspelt ("bone in there muscles"), "ur" is "your" typed quickly.
PHRASE_FILLERS = frozenset(("a", "an", "the", "my", "his", "her", "their", "your", "our", "its", "there", "ur"))
# Owners that open a phrase naming a person ("my teenage son"); at most this many words to the person.
PERSON_OWNERS = frozenset(("my", "our", "his", "her", "their", "your"))
# In a synonym phrase, an owner before the thing owned stands for any owner: a carer writes "his temperature",
# "bone in her muscles", "my dad's hip" where a list spells "my temperature" (see `_owner_places`).
ANY_OWNER = "\x00owner"
# Likewise a pronoun inside a phrase, after its first word, stands for any of these: "make that happen", "stop this
# happening", "cut them out" read as the lists' "make it happen", "stop it happening", "cut it out". Not a first
# word: "this bone" names a thing where "that bone ..." may follow "said".
POINTERS = frozenset(("it", "this", "that", "them"))
ANY_POINTER = "\x00pointer"
MAX_PERSON_WORDS = 4
# A word of two to five capitals ("PHN", "DVT") is a short form as typed (see `typed_short_forms`).
SHORT_FORM = re.compile(r"\b[A-Z]{2,5}\b")
# A short form typed in capitals that nothing the reader knows spells, and rarer than this in English as a word
# ("MS", "ALS", "POTS"; not "HELP", "WHY", "AM"), names a thing of its own (see `Analyzer.typed_names`).
SHORT_FORM_NAME_ZIPF = 4.0
# A condition's name (see `Analyzer.names_condition`) is rarer than this in English: "eczema" 3.4, "psoriasis" 3.4;
# "tear" and "burn", which the general layer also grades, are everyday words first.
CONDITION_NAME_ZIPF = 4.0
# "grade3", "gr3": a numbered word (or its short form) and its number typed as one (see `_numbered_words_apart`).
NUMBERED_GLUED = lazy_compile(r"([a-z]{2,})(\d{1,2})")
# "1cm", "3days": a number with letters typed onto it (see `Analyzer._glued_units_apart`).
_GLUED_UNIT = re.compile(r"\b(\d{1,6})([a-z]{1,11})\b")
MIN_NUMBERED_SHORT_FORM = 2
# "How did my little boy get it": at most this many words of who between the auxiliary and the verb of getting.
MAX_GETTING_WHO = 3
# Who grows up in "as she grows", "when they are older" (the person a message is about, never "it").
GROWING_PEOPLE = frozenset(("he", "she", "they", "i", "we"))
ROMAN_NUMERALS = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6"}
# A derived word ("driver", "brownish", "lumpy") is read as its base form ("drive", "brown", "lump") only if it is
# not this much commoner in English than the base: "number" (5.6) is no form of "numb" (3.9).
DERIVED_ZIPF_SLACK = 0.5
# Suffixes a derived word drops, and what its base may end with instead: "-ness" (tiredness), "-ly" (fully), "-ish"
# (brownish), "-er" after a base in -e only (driver, smoker: "shower" is no form of "show", "summer" none of
# "sum"), "-y" (lumpy, scabby). Longest first. Not "-en": "listen" is no form of "list", nor "kitchen" of "kitch"
# (the past participles are `irregular_forms`).
DERIVATIONS = (("iness", "y"), ("ness", ""), ("ily", "y"), ("ish", ""), ("ish", "e"), ("ier", "y"), ("iest", "y"),
               ("ly", ""), ("er", "e"), ("est", ""), ("est", "e"), ("y", ""), ("y", "e"))
MIN_BASE_LENGTH = 4
# "Back" is "again" within this many words after a verb of getting ("get the full movement back").
BACK_AFTER_VERB = 4
# A span to come is a planned thing's date only this many words after a word of planning ("having a hip replacement
# in a few weeks"; see `Analyzer._without_coming_spans`).
MAX_PLANNED_WORDS = 6
# A number told after "I'm" or "is" within these bounds is an age (see `Analyzer._tells_age`).
MIN_TOLD_AGE = 5
MAX_TOLD_AGE = 120
# A short name may be typed letter by letter ("p o h", "F.O.P"): runs of this many one-letter words are read as the
# bank's word they spell (see `Analyzer._join_spelled_letters`).
MIN_SPELLED_LETTERS = 2
MAX_SPELLED_LETTERS = 5
# A word is read as a related word (see `Analyzer.related_word`) only if English uses it at least this much: a
# rare word may be a name or a term of art WordNet reads in another sense.
MIN_RELATED_ZIPF = 2.8
MIN_RELATED_LENGTH = 3  # "cd" (of "ICD") is no metal
# Nor if it is among English's commonest words ("next", "still", "seem"): those are read in the sense a sentence
# gives them, not the one a dictionary lists first. "Taxi" and "laundry" are 4.2, "seem" 5.2.
MAX_RELATED_ZIPF = 5.0
# Words seen in questions whose commonness is remembered; past this, it is looked up each time.
MAX_REMEMBERED = 50_000
# A text of hundreds of unknown words (pasted noise, another language) would cost an English dictionary search
# of up to 3 ms each: past this many searches in one text, its other unknown words are read as typed.
MAX_SEARCHES_PER_TEXT = 40
# The texts of one message analyzed once each (see `Analyzer.start_message`); more than any message holds.
MAX_MESSAGE_ANALYSES = 256
# In a folder of its own, like the triage table: the general layer's loader reads the YAML files directly
# in `general/` as bank sections, and these word lists are read here (a topic bank adds to them through
# its own stopwords, everyday_words and topic_words).
GENERAL_VOCABULARY = os.path.join(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "general", "vocabulary", "vocabulary.yaml"
)


_general: dict[str, list[str]] | None = None


def general_vocabulary() -> dict[str, list[str]]:
    """The general layer's vocabulary (health, everyday and small words), the same under every bank.

    Read once per process; the one place that loads the file, so a general-layer loader can take over.
    """
    global _general
    if _general is None:
        _general = english.cached_build(GENERAL_VOCABULARY, "general-vocabulary", _read_general_vocabulary)
    return _general


_quick_spellings: dict[str, tuple[str, ...]] | None = None


def quick_spellings() -> dict[str, tuple[str, ...]]:
    """The general layer's quick-message spellings, each with the words it means ("wen" -> when, "b4" -> before).

    Read once per process for every reader (the analyzer, the request grammar, the message splitter); they only
    read it."""
    global _quick_spellings
    if _quick_spellings is None:
        pairs = (pair.split() for pair in general_vocabulary().get("spellings", ()))
        _quick_spellings = {typed: tuple(meant) for typed, *meant in pairs if meant}
    return _quick_spellings


def _read_general_vocabulary(path: str) -> dict[str, list[str]]:
    import yaml  # only when the cached copy is missing: yaml costs ~10 ms at start

    with open(path, encoding="utf-8") as handle:
        document = yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 - safe
    return {key: [str(word).lower() for word in value] for key, value in document.items()}


# Before a counted span, these make it asked ("how many weeks after") or a range ("3 to 12 weeks after").
SPAN_ASKERS = frozenset(("how", "to", "or", "and"))
# A span counted only roughly ("a few days after surgery", "many weeks after") says how soon something can be,
# which may be what is asked ("can it start a few days after surgery?"): only a number tells a date.
VAGUE_COUNTS = frozenset(("few", "couple", "several", "some", "many", "of"))


def _within(letters: str, word: str) -> bool:
    """True if `letters` appear in `word` in the same order, others between ("grd" in "grade")."""
    rest = iter(word)
    return all(letter in rest for letter in letters)


def _single_letters(word: str) -> str:
    """A word with every run of one letter typed once: "verucca" and "verruca" are both "veruca"."""
    return "".join(letter for index, letter in enumerate(word) if index == 0 or letter != word[index - 1])


def typed_short_forms(text: str) -> frozenset[str]:
    """The words of a text typed in capitals, folded ("PHN", "CRPS"), in a text that is not all capitals: a short
    form the writer knows, never a typo of a word one slip away ("pin", "crops"). An unknown one stays unknown."""
    found = SHORT_FORM.findall(text)
    if not found or not any(letter.islower() for letter in text):
        return frozenset()
    return frozenset(word.lower() for word in found)


def _allowed_typo_distance(word: str) -> int:
    # One slip (a transposition counts as one) up to 7 letters; two up to 11; three beyond.
    if len(word) <= 7:
        return 1
    if len(word) <= 11:
        return 2
    return 3


def _without_conjunctions(typed: list[str]) -> list[str]:
    """Drop "when" and "where" inside a sentence where they join clauses, not ask.

    "What does it mean when bone grows in muscle?" asks what something is, not
    when; "is HO when bone grows where it shouldn't?" neither when nor where.
    First in a clause ("so when does it start?") or after a verb that embeds a
    question ("tell me when it starts") they still ask.
    """
    if not CONJUNCTIONS.intersection(typed[1:]):
        return typed
    return [
        word
        for index, word in enumerate(typed)
        if word not in CONJUNCTIONS or index == 0 or typed[index - 1] in QUESTION_EMBEDDERS
    ]


def _has_spelled_letters(typed: list[str]) -> bool:
    """True if two one-letter words follow each other ("p o h"): only then may a name be spelled out."""
    if list(map(len, typed)).count(1) < 2:
        return False  # most texts have at most one one-letter word ("a"): counted in C, no pair looked at (speed28)
    return any(len(a) == 1 and len(b) == 1 for a, b in zip(typed, typed[1:], strict=False))


def _word_counts(texts) -> dict[str, int]:
    """How many times each word of the texts occurs, in the order the words first occur."""
    counts: dict[str, int] = {}
    for text in texts:
        for word in words(text):
            counts[word] = counts.get(word, 0) + 1
    return counts


class Analysis(NamedTuple):
    """What the analyzer made of a text."""

    words: tuple[str, ...]  # the folded words as typed
    concepts: tuple[str, ...]  # words after typo fixes and synonyms, small words kept
    tokens: tuple[str, ...]  # the content tokens used for matching


def _sounds_unnamed(bank: Bank) -> frozenset[str]:
    """The general layer's `short_form_sounds` ("er", "ha") that the bank does not name itself: a bank whose synonyms,
    questions or alternates say "HA" (hyaluronic acid) or "ER" keeps the word; elsewhere it is a sound."""
    sounds = frozenset(general_vocabulary().get("short_form_sounds", ()))
    if not sounds:
        return sounds
    said = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(sounds))) + r")\b", re.IGNORECASE)
    texts = [phrase for concept, phrases in bank.synonyms.items() for phrase in (concept, *phrases)]
    texts += [text for entry in bank.entries for text in (entry.question, *entry.alternates)]
    named = {word for text in texts if said.search(text) for word in sounds.intersection(words(text))}
    return sounds - named


class Analyzer:
    """Knows the bank's vocabulary; built once per bank."""

    # How many English dictionary searches the text being read may still make (reset for each text).
    _searches_left = MAX_SEARCHES_PER_TEXT

    def __init__(self, bank: Bank):
        self.stopwords = (
            frozenset(general_vocabulary().get("stopwords", ())) | frozenset(bank.stopwords) | _sounds_unnamed(bank)
        )
        self.subjects = frozenset(bank.follow_up.subjects)
        # A person's possessive as typed without its apostrophe ("dads", "mums"), by the person it names: an owner in
        # a synonym phrase (see `_owner_places`).
        people = frozenset(general_vocabulary().get("person_nouns", ()))
        self._owning_people = {noun: noun[:-1] for noun in people if noun.endswith("s") and noun[:-1] in people}
        # After an owner the person alone is one too: a spell checker reads "my wifes temp" as "my wife temp".
        self._owned_people = {**{noun: noun for noun in people}, **self._owning_people}
        # Lay-word concepts name things ("belly", "blister", "vaccine"), not what is asked: like a plain word,
        # one may be what a bank's questions are about, or its main topic.
        # A lay group may name its kind too ("gastroscopy endoscopy": a gastroscopy is an endoscopy); the kind
        # named by another, non-lay concept ("belly pain": "pain") stays that concept.
        aspects = {w for key in bank.synonyms if key not in bank.lay_concepts for w in words(key)}
        self.things = frozenset(w for key in bank.lay_concepts for w in words(key) if w not in aspects)
        # The words of the bank's own main topic (meta `short_name`, else `topic`): see `adopt_main_topic`.
        self.main_topic: frozenset[str] = frozenset()
        self.name_parts: frozenset[str] = frozenset()
        self._listed_topic_words = tuple(bank.topic_words)
        synonym_words = {
            concept: [words(phrase) for phrase in (concept, *phrases)] for concept, phrases in bank.synonyms.items()
        }
        # How often each word is used, in order of first use: the words of every phrasing held at once
        # would take about 300 MB on a bank of 50,000 entries.
        phrasing_words = _word_counts(text for entry in bank.entries for text in (entry.question, *entry.alternates))
        answer_words = _word_counts(entry.answer for entry in bank.entries)
        self._asked_words = frozenset(phrasing_words)  # what a related word must be (see `related_word`)
        # Every word the bank itself uses, stemmed once: indexing the bank then looks stems up.
        vocabulary = {w for lists in synonym_words.values() for ws in lists for w in ws}
        # One word at a time (a dict would make the set pre-size itself): the same set, in the same order.
        vocabulary.update(iter(phrasing_words))
        vocabulary.update(iter(answer_words))
        # How common each of the bank's stems is in English: the commonest word that has it.
        # The body's parts make a question medical as much as conditions and care do.
        body_words = general_vocabulary().get("body_words", [])
        health_words = [*general_vocabulary().get("health_words", []), *body_words]
        everything = list(vocabulary.union(self.stopwords, bank.everyday_words, bank.topic_words, health_words))
        self._stems: dict[str, str] = dict(zip(everything, english.stem_many(everything), strict=True))
        self._token_zipf: dict[str, float] = {}
        # How common the message's own words are, by stem, for stems the bank does not use (see `zipf`).
        self._typed_zipf: dict[str, float] = {}
        # The short forms this message types in capitals that name a thing the reader does not know (see
        # `typed_names`); forgotten with the message.
        self._typed_names: set[str] = set()
        for word in vocabulary:
            self._remember(word)
        self.health = frozenset(self._stems[w] for w in health_words)
        self.body = frozenset(self._stems[w] for w in body_words)
        # A lay-word concept one of whose words is a health word is one too: "vaccine" read as a concept
        # must stay as medical as the word was ("jab", "immunised" join it, not the other way round).
        self.health |= frozenset(
            concept
            for key in bank.lay_concepts
            if any(len(ws) == 1 and self._stems[ws[0]] in self.health for ws in synonym_words.get(key, ()))
            for concept in words(key)
            if concept in self.things
        )
        self._phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._bare_phrases: dict[tuple[str, ...], tuple[str, ...]] = {}  # phrases of 2+ words less fillers
        self.collisions: list[str] = []  # phrases two concepts claim; `chatbot check` reports them
        for concept, phrases in bank.synonyms.items():
            target = tuple(synonym_words[concept][0])
            for phrase, typed in zip((concept, *phrases), synonym_words[concept], strict=True):
                key = tuple(self._stems[word] for word in typed)
                owners = self._owner_places(typed)
                if owners:
                    key = tuple(ANY_OWNER if index in owners else part for index, part in enumerate(key))
                if len(key) > 1 and not POINTERS.isdisjoint(typed[1:]):
                    rest = zip(typed[1:], key[1:], strict=True)
                    key = (key[0], *(ANY_POINTER if word in POINTERS else part for word, part in rest))
                bare = tuple(self._stems[word] for word in typed if word not in PHRASE_FILLERS)
                if len(bare) >= 2:
                    # "bone in muscle" also meets "bone in my muscle"; "a temperature" stays as it is.
                    self._bare_phrases.setdefault(bare, target)
                if not key:
                    continue
                kept = self._phrases.setdefault(key, target)
                if kept != target:
                    other = " ".join(kept)
                    self.collisions.append(f"synonym {phrase!r} of {concept!r} reads the same as one of {other!r}")
        # Phrase lengths by first word, longest first, so each position tries only phrases that can match.
        lengths: dict[str, set[int]] = defaultdict(set)
        for key in self._phrases:
            lengths[key[0]].add(len(key))
        self._lengths_by_first = {first: sorted(sizes, reverse=True) for first, sizes in lengths.items()}
        lengths = defaultdict(set)
        for key in self._bare_phrases:
            lengths[key[0]].add(len(key))
        self._bare_lengths_by_first = {first: sorted(sizes, reverse=True) for first, sizes in lengths.items()}
        self._concept_words = frozenset(word for target in self._phrases.values() for word in target)
        # Synonym phrases that hold "when" or "where" ("bone grows where it shouldn't", "disease where muscle turns
        # to bone"): inside them the word joins no clauses and is kept (see `_without_joining_conjunctions`). By
        # the conjunction, each as (its place in the phrase, the phrase's stems, whether read without fillers).
        joining: dict[str, list[tuple[int, tuple[str, ...], bool]]] = defaultdict(list)
        for bare, keys in ((False, self._phrases), (True, self._bare_phrases)):
            for key in keys:
                for place, part in enumerate(key):
                    if part in CONJUNCTIONS and len(key) > 1:
                        joining[part].append((place, key, bare))
        self._conjunction_phrases = dict(joining)
        # Concepts that ask nearly the same ("when" and "timing"): see `Matcher`.
        near: dict[str, set[str]] = defaultdict(set)
        for group in general_vocabulary().get("near_concepts", ()):
            members = [w for w in words(group) if w in self._concept_words]
            for member in members:
                near[member].update(m for m in members if m != member)
        self.near_concepts = {concept: frozenset(others) for concept, others in near.items()}
        # Every word a synonym phrase is made of ("broke" of "broke his leg"): read as typed, never as a base form.
        self._phrase_stems = frozenset(stem_ for key in self._phrases for stem_ in key)
        self.topic, self._specific, self._bank_tokens = self._derive_topic(
            bank, synonym_words, phrasing_words, answer_words
        )
        # People and feelings ("grandma", "worried") are common content words that say nothing about
        # health: the general layer lists them; a bank may add its own.
        added = {*general_vocabulary().get("everyday_words", []), *bank.everyday_words}
        self._everyday_added = frozenset(added) | frozenset(english.stem_many(added))
        # Concepts that are everyday only by an everyday word's stem ("rarely" gives "rare", the concept "how many
        # people" is read as): they weigh as everyday words, yet a question that asks with one asks the bank.
        self.everyday_by_stem_only = (frozenset(english.stem_many(added)) - frozenset(added)) & self._concept_words
        self._everyday_cache: dict[str, bool] = {}
        self._about = self._health_signals(bank)
        # Words that only frame a question ("what *actually* is it?"): the question says nothing more with them.
        framing = general_vocabulary().get("framing_words", [])
        self.framing = frozenset(english.stem_many(framing)) | frozenset(framing)
        # Longest first, so "can you please tell me" is tried before "tell me".
        wrappers = {tuple(words(w)) for w in general_vocabulary().get("question_wrappers", ())}
        # By their first words: a text that opens with none of them has no wrapper to try (most texts), and one that
        # does tries only the wrappers that open with its word (each list still longest first).
        self._wrappers_by_start: dict[str, list[tuple[str, ...]]] = {}
        for wrapper in sorted((w for w in wrappers if w), key=len, reverse=True):
            self._wrappers_by_start.setdefault(wrapper[0], []).append(wrapper)
        self._wrapper_fillers = frozenset(general_vocabulary().get("wrapper_fillers", ()))
        # Only a text with a filler among this many first words can hold a wrapper with fillers in it.
        self._longest_filled_wrapper = 2 * max(map(len, wrappers), default=0)
        # Who told the person ("my physio said ..."): see `_without_teller`; what was told must name the bank's
        # condition (`_topic_names`, set below and filled by `adopt_main_topic`).
        self._reporting = tuple(
            frozenset(general_vocabulary().get(key, ()))
            for key in ("reporting_owners", "reporting_tellers", "reporting_verbs", "reporting_after")
        )
        # Greetings and sign-offs around a message (see `message.without_courtesies`), longest first.
        self.courtesy_openings = self._phrases_of("courtesy_openings")
        self.courtesy_closings = self._phrases_of("courtesy_closings")
        self.courtesy_introductions = self._phrases_of("courtesy_introductions")
        self._corrections: dict[str, str] = {}  # unknown words and the common English word they were
        self._bank_forms: dict[str, tuple[str, ...]] = {}  # see `_bank_forms_one_slip_away`
        self._doubled: dict[str, str | None] = {}  # see `_english_doubled_apart`
        self._run_together_pieces: dict[str, tuple[str, ...] | None] = {}  # see `_pieces_run_together`
        self._message_analyses: dict[str, Analysis] = {}  # see `start_message`
        # Words `correct`, `base_form` and `related_word` all leave as they are (most words): not asked again.
        self._plain_words: set[str] = set()
        # "Grade III", "stage ii": a Roman numeral right after a word numbers follow is that number.
        self._numbered = frozenset(general_vocabulary().get("numbered_words", ()))
        # A number that counts time ("4 days ago") is no grade: see `_without_counts`.
        self.time_units = self._time_units = frozenset(general_vocabulary().get("time_units", ()))
        # "A week after", "day 3 post op": see `_without_relative_spans`.
        self._relative_span_words = frozenset(general_vocabulary().get("relative_span_words", ()))
        self._count_determiners = frozenset(general_vocabulary().get("count_determiners", ()))
        self._span_counts = frozenset(general_vocabulary().get("span_counts", ()))
        self._age_words = frozenset(general_vocabulary().get("age_words", ()))
        self._coming_span_openers = frozenset(general_vocabulary().get("coming_span_openers", ()))
        self._planning_words = frozenset(general_vocabulary().get("planning_words", ()))
        self._age_telling = frozenset(general_vocabulary().get("age_telling_words", ()))
        self._growing_up = frozenset(general_vocabulary().get("growing_up", ()))
        self._growing_up_openers = frozenset(general_vocabulary().get("growing_up_openers", ()))
        # "1cm", "3days": see `_glued_units_apart`.
        self._glued_units = frozenset(general_vocabulary().get("glued_units", ()))
        self._digit_words = dict(pair.split() for pair in general_vocabulary().get("digit_words", ()))
        self._digit_word_before = frozenset(general_vocabulary().get("digit_word_before", ()))
        self._digit_word_after = frozenset(general_vocabulary().get("digit_word_after", ()))
        self._digit_one_after = frozenset(general_vocabulary().get("digit_one_after", ()))
        idioms = sorted((tuple(words(i)) for i in general_vocabulary().get("idioms", ())), key=len, reverse=True)
        self._idioms: dict[str, list[tuple[str, ...]]] = defaultdict(list)  # by first word, longest first
        for idiom in idioms:
            if idiom:
                self._idioms[idiom[0]].append(idiom)
        self._idioms = dict(self._idioms)
        # "Apart from injuries and operations, what causes it?": the things set aside are not asked (see
        # `_without_exclusions`).
        openers = sorted((tuple(words(o)) for o in general_vocabulary().get("exclusion_openers", ())), key=len)
        self._exclusion_openers: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for opener in reversed(openers):  # longest first
            if opener:
                self._exclusion_openers[opener[0]].append(opener)
        self._exclusion_openers = dict(self._exclusion_openers)
        self._exclusion_joiners = frozenset(general_vocabulary().get("exclusion_joiners", ()))
        self._intensifiers = frozenset(general_vocabulary().get("intensifiers", ()))
        self._kind_words = frozenset(general_vocabulary().get("kind_words", ()))
        self._intensifier_after = frozenset(general_vocabulary().get("intensifier_after", ()))
        self._judged_nouns = frozenset(general_vocabulary().get("judged_nouns", ()))
        # "Get my movement back": "back" after getting something is "again", never the body part (see
        # `_without_adverb_back`).
        self._back_verbs = frozenset(general_vocabulary().get("back_again_verbs", ()))
        self._back_owners = frozenset(general_vocabulary().get("back_body_before", ()))
        self._back_return = frozenset(general_vocabulary().get("back_return_after", ()))
        self._exclusion_max = int((general_vocabulary().get("exclusion_max_words") or ["0"])[0])
        # "How do you get it?", "how did my dad get HO?": coming to have the condition, asked of anyone (see
        # `_getting_as_cause`).
        self._getting_auxiliaries = frozenset(general_vocabulary().get("getting_auxiliaries", ()))
        self._getting_verbs = frozenset(general_vocabulary().get("getting_verbs", ()))
        self._getting_particles = frozenset(general_vocabulary().get("getting_particles", ()))
        self._topic_names: frozenset[str] = frozenset()
        # "This bone condition", "my gout problem": a word of condition right after the topic's name is part of the
        # name (see `_without_topic_heads`); filled by `adopt_main_topic`, as concepts ("illness" is read as disease).
        self._topic_heads: frozenset[str] = frozenset()
        # The concepts of turning up or appearing, read as "happens" beside "where" (see `_without_happening`);
        # filled by `adopt_main_topic`, once the bank's phrases are known.
        self._happening: frozenset[str] = frozenset()
        # ... and the clause may go on with what it was after ("how did I get HO after my hip op").
        self._circumstance_openers = frozenset(general_vocabulary().get("circumstance_openers", ()))
        # "My teenage son", "our 8 year old": who a message is about (see `_without_person_descriptions`).
        self.person_nouns = frozenset(general_vocabulary().get("person_nouns", ()))  # "son", "mum", "hubby"
        self.person_concepts = self._person_concepts = frozenset(general_vocabulary().get("person_concepts", ()))
        # "Children", "drove": English forms whose base no suffix rule finds (see `base_form`).
        self._irregular = dict(pair.split() for pair in general_vocabulary().get("irregular_forms", ()))
        self._base_forms: dict[str, str] = {}
        self._related: dict[str, str] = {}  # see `related_word`
        # Quick-message spellings ("wen", "b4"): read as the words meant before any typo is fixed.
        self._spellings = quick_spellings()

        # Words a typo may be corrected to: those of the bank's questions and synonym phrases, less the
        # small words. Only a word English does not know is corrected, so "spelled" never becomes "speed".
        # A lay word is a target only where the bank says a word of its group: "genitic" must stay "genetic" in
        # a bank that never speaks of genitals. Every lay word is still known, so none is "corrected".
        used = phrasing_words.keys() | answer_words.keys()
        domain = {
            w
            for concept, lists in synonym_words.items()
            if concept not in bank.lay_concepts or used.intersection(ws[0] for ws in lists if len(ws) == 1)
            for ws in lists[1:]
            for w in ws
        }
        domain.update(iter(phrasing_words))
        domain -= self.stopwords
        lay = {w for concept in bank.lay_concepts for ws in synonym_words.get(concept, ())[1:] for w in ws}
        self._known = domain | self.stopwords | frozenset(bank.everyday_words) | frozenset(bank.topic_words)
        # The short forms a bank may see typed letter by letter ("p o h", "F.O.P"): see `_join_spelled_letters`.
        # Found on first need (few messages have two one-letter words in a row): no cost at start-up.
        self._bank_entries = bank.entries
        self._spellable: frozenset[str] | None = None
        self._known_stems = {self._stems[word] for word in self._known}
        # Lay words as typed only, not their stems: "genitic" shares the stem "genit" with "genitals".
        self._known |= lay
        # Candidates by first letter and length: a typo keeps its first letter (see `correct`),
        # so each lookup scans only a small bucket, even on a bank of 50,000 entries.
        buckets: dict[tuple[str, int], list[str]] = defaultdict(list)
        for word in sorted(domain):
            if word.isalpha():
                buckets[word[0], len(word)].append(word)
        self._domain_buckets = dict(buckets)
        self._by_single_letters: dict[str, list[str]] | None = None  # see `_bank_words_doubled_apart`
        self._by_sound: dict[str, dict[str, list[str]]] = {}  # see `_bank_words_sounding_alike`

    @staticmethod
    def _phrases_of(key: str) -> tuple[tuple[str, ...], ...]:
        phrases = {tuple(words(phrase)) for phrase in general_vocabulary().get(key, ())}
        return tuple(sorted((phrase for phrase in phrases if phrase), key=lambda phrase: (-len(phrase), phrase)))

    def adopt_subjects(self, question_tokens, named: str) -> None:
        """Give a bank that lists no follow-up `subjects` its own: what its questions are about.

        A clinic writes questions, not word lists. Its subjects are the words of its
        main topic (meta `short_name`, else `topic`: "cataract" of "cataract surgery")
        and the topic words its questions use that are neither general health words
        nor concepts that say what is asked ("lens", "shield", "plantar"; not "pain",
        "causes"). They let a story lend its subject to the question after it ("my
        mum had her cataract done ... can she fly?") and keep "is cataract
        hereditary?" from being read as a question with no subject.
        """
        if self.subjects:
            return
        subjects = {
            token
            for token in question_tokens
            if (token in self.topic or (token in self._specific and self.zipf(token) < SUBJECT_SPECIFIC_ZIPF))
            and token.isalpha()
            and len(token) >= 3
            and token not in self.health
            and (token not in self._concept_words or token in self.things)
            and token not in self.stopwords
        }
        if named:
            named_tokens = self.analyze(named, fix_typos=False).tokens
            subjects.update(t for t in named_tokens if t not in self._concept_words or t in self.things)
        self.subjects = frozenset(subjects)

    def _health_signals(self, bank: Bank) -> frozenset[str]:
        """The tokens besides the topic words that make a message about health or about the bank (see
        `is_about_health`), without the weight of a health word in matching.

        A clinic's patients write "the scope", "my tummy", "my iron tabs": common words, not rare ones. They
        are the things of the lay lexicon (less its everyday acts: "jogging", "hoovering"), the general layer's
        `lay_health_words`, and the words the bank makes its own that are not common in English ("bowel",
        "prep" at a colonoscopy clinic; not "after", "normal" or "happen").
        """
        vocabulary = general_vocabulary()
        everyday_lay = set(vocabulary.get("everyday_lay_concepts", ()))
        lay_health = list(vocabulary.get("lay_health_words", ()))
        signals = {t for t in self.things if t not in everyday_lay}
        signals.update(lay_health)
        signals.update(english.stem_many(lay_health))
        signals.update(
            token
            for token in self._specific
            if token.isalpha()
            and len(token) >= 3
            and self.zipf(token) < SUBJECT_SPECIFIC_ZIPF
            # The stem may be a common word the bank never typed: "lasting" and "lasts" are not common, "last"
            # is ("when did I last ..."), so a message with "last" is not about the bank.
            and english.zipf(token) < SUBJECT_SPECIFIC_ZIPF
            and token not in self.stopwords
            and token not in self._everyday_added
            and (token not in self._concept_words or token in self.things)
            and token not in everyday_lay
        )
        return frozenset(signals)

    def adopt_main_topic(self, named: str) -> None:
        """Remember the words that name the bank's main topic ("cataract" of "cataract surgery", "heel").

        The clinic named them in its meta: a question that uses one is about the bank, however common the
        word is in English ("heel", "cataract" are not rare, yet they are what this bank is about). A general
        health word or a concept ("surgery", "pain") names no one bank's topic.
        """
        # Of the topic words a clinic lists, those not common in English ("lens", "spacer"; not "weight", "eye").
        listed = {
            self._stems.get(w) or stem(w)
            for w in self._listed_topic_words
            if english.zipf(w) < SUBJECT_SPECIFIC_ZIPF
        }
        self.main_topic = frozenset(
            t for t in listed if t not in self.health and (t not in self._concept_words or t in self.things)
        )
        if not named:
            return
        # Every word the meta names its topic with, however short ("HO"): what "how do you get HO?" asks the cause of.
        self._topic_names = frozenset(self.analyze(named, fix_typos=False).tokens)
        heads = " ".join(general_vocabulary().get("topic_heads", ()))
        self._topic_heads = frozenset(self.analyze(heads, fix_typos=False).concepts) - self._topic_names
        happening = " ".join(general_vocabulary().get("where_happening", ()))
        self._happening = frozenset(self.analyze(happening, fix_typos=False).concepts) & self._concept_words
        self.main_topic |= frozenset(
            t
            for t in self.analyze(named, fix_typos=False).tokens
            if t.isalpha() and len(t) >= 3 and t not in self.health
            and (t not in self._concept_words or t in self.things)
            and t not in self.stopwords
        )
        # A name the bank reads as one phrase ("hearing loss" is one token) hides its words: "what types of hearing
        # aid are there?", the bank's own question, would name no word of the bank's topic. Such a name's words
        # (`name_parts`) let a message be read against the bank whole; they weigh as before in matching.
        whole = set(self._topic_names)
        parts = {t for word in named.split() for t in self.analyze(word, fix_typos=False).tokens}
        if whole - parts:
            self.name_parts = frozenset(
                t for t in parts - whole if t.isalpha() and len(t) >= 3 and t not in self.stopwords
            )
        # A short form the meta writes in capitals ("AF", "MS") names the topic however short, where the main topic
        # keeps words of three letters or more: "can u have af and not even know it" is read against the bank whole.
        # Only that reading, at the ordinary bar: two letters are too slight to open the clinic's looser leads.
        short_forms = {
            t
            for word in words(named)
            if len(word) < 3 and word.upper() in named.split()
            for t in self.analyze(word, fix_typos=False).tokens
        }
        self.name_parts |= frozenset(
            t for t in short_forms if t.isalpha() and t not in self.stopwords and t not in self.health
        )

    def adopt_topic_frame(self, topic: str, share_of_entries) -> None:
        """Read a message against the bank whole when it says a word of the meta `topic` that frames the bank:
        said by the questions of at least half its entries (`share_of_entries(token)`), and not among English's
        commonest words.

        The meta names the topic ("low iron and anaemia"), and at a clinic whose every question says "iron", "how
        fast does iron work" is a question for it, however common "iron" is in English. A word of the topic that
        few entries say ("adults" of "acne in teenagers and adults") frames nothing, and a very common one ("after",
        "low", "children") is no sign of the bank. Like `name_parts`, it opens only the whole message's reading at
        the ordinary bar, not the clinic's looser leads, and weighs as before in matching."""
        self.name_parts |= frozenset(
            t
            for word in words(topic)
            if english.zipf(word) < FRAME_WORD_ZIPF
            for t in self.analyze(word, fix_typos=False).tokens
            if t.isalpha()
            and len(t) >= 3
            and t not in self.stopwords
            and t not in self.health
            and share_of_entries(t) >= FRAME_SHARE
        )

    def adopt_name_initials(self, *lines: str) -> None:
        """Read the initials of the meta's medical names for the topic as the names themselves ("pf" as "plantar
        fasciitis"), as a quick-message spelling is read, before any typo is fixed (see
        `understanding.name_initials`). Initials this reader knows as a word already are left as they are."""

        def known(word: str) -> bool:
            return (
                word in self._stems
                or word in self.stopwords
                or word in self._spellings
                or (stem(word),) in self._phrases
                or (word,) in self._phrases
            )

        found = name_initials(lines, self.stopwords, known)
        if found:
            self._spellings = {**self._spellings, **found}  # a copy: the general spellings are every reader's

    def _derive_topic(self, bank: Bank, synonym_words, phrasing_words, answer_words):
        """The bank's topic stems, and the stems it uses far more often than English does.

        Topic: words of its questions, alternates and answers that are rare in
        English, the general health words, the concepts with a phrase made only
        of those ("hip arthroplasty", not "body part"), and whatever the bank
        adds in `topic_words`.
        """
        counts: dict[str, int] = defaultdict(int)
        for word_counts in (phrasing_words, answer_words):
            for word, count in word_counts.items():
                counts[self._stems[word]] += count
        total = sum(counts.values()) or 1
        specific = set()
        for token, count in counts.items():
            # A word must recur to count as the bank's own: one mention in a small bank proves nothing.
            if count >= 3 and math.log10(count / total * 1e9) - self._token_zipf.get(token, 0.0) >= SPECIFIC_LIFT:
                specific.add(token)
        # The bank's own synonyms are its vocabulary too ("hip arthroplasty", "THR"), even where no
        # question or answer happens to use them.
        synonym_tokens = {self._stems[word] for lists in synonym_words.values() for ws in lists for word in ws}
        rare = {
            token
            for token in (*counts, *synonym_tokens)
            if token.isalpha() and len(token) >= 3 and self._token_zipf.get(token, 0.0) < TOPIC_ZIPF
        }
        topic = (rare | self.health | {self._stems[w] for w in bank.topic_words}) - self.stopwords
        topic |= set(bank.topic_words)
        for lists in synonym_words.values():
            for ws in lists[1:]:
                content = [self._stems[word] for word in ws if word not in self.stopwords]
                if content and all(token in topic for token in content):
                    # A one-word concept is the topic ("hipreplace"); of a longer one ("brooker grade 1"),
                    # only its rare words: "grade" alone must not make "what grade is my son in" medical.
                    concept = lists[0]
                    topic.update(w for w in concept if len(concept) == 1 or english.zipf(w) < TOPIC_ZIPF)
                    break
        # A concept of the topic counts as often as the bank says it in any of its words: "make-up", "mascara"
        # and "makeup" are all the bank speaking of make-up. Only topic concepts and the lay lexicon's things, less
        # its everyday acts (a knee clinic's "stockings", read as compression stockings; not "exercise"): "how long"
        # or "why" are ways of asking, whatever a bank's questions repeat.
        said: dict[str, int] = defaultdict(int)
        everyday_lay = set(general_vocabulary().get("everyday_lay_concepts", ()))
        # Each phrasing and answer read again, one at a time: its words in order find phrases ("make up").
        texts = (text for entry in bank.entries for text in (entry.question, *entry.alternates, entry.answer))
        for ws in map(words, texts):
            typed = set(ws)
            for concept in self._apply_phrases(list(ws)):
                thing = concept in topic or (concept in self.things and concept not in everyday_lay)
                if thing and concept in self._concept_words and concept not in typed:
                    said[concept] += 1
        for concept, count in said.items():
            count += counts.get(concept, 0)
            if count >= 3 and math.log10(count / total * 1e9) - self._token_zipf.get(concept, 0.0) >= SPECIFIC_LIFT:
                specific.add(concept)
        return frozenset(topic), frozenset(specific), frozenset(counts)

    def _note_typed_commonness(self, typed: list[str]) -> None:
        """Note how common the message's words are, for the stems the bank never uses: "grandma" is everyday,
        "paget" is not. Only for this message (`start_message` forgets them): a reply must never depend on what
        earlier messages, or earlier people at a kiosk, typed. The bank's own stems keep the commonness the bank's
        words give them, whatever form a patient types."""
        noted = self._typed_zipf
        if len(noted) >= MAX_REMEMBERED:  # analyses outside a session, where no message ever starts
            noted.clear()
        for word in typed:
            if word in self._stems:
                continue
            token = stem(word)
            if token in self._token_zipf:
                continue
            value = english.zipf(word)
            if value > noted.get(token, -1.0):
                noted[token] = value

    def _remember(self, word: str) -> None:
        token = self._stems.get(word) or stem(word)
        value = english.zipf(word)
        if value > self._token_zipf.get(token, -1.0):
            self._token_zipf[token] = value

    def common_word_tokens(self, word: str) -> tuple[str, ...]:
        """The tokens one of English's commonest words brings alone (`analyze(word).tokens`: "time" brings timing),
        kept across messages: such a word ("how", "long", "time") tells nothing of who typed it, and its reading
        never changes (the bank and the word lists are fixed once loaded). Only for a word English counts at least
        TELLING_ASPECT_ZIPF common; any other word is read as `analyze` reads it, within its message."""
        if english.zipf(word) < TELLING_ASPECT_ZIPF:
            return self.analyze(word).tokens
        kept = self.__dict__.setdefault("_common_word_tokens", {})
        found = kept.get(word)
        if found is None:
            found = self.analyze(word).tokens
            if len(kept) < MAX_REMEMBERED:
                kept[word] = found
        return found

    def knows(self, word: str) -> bool:
        """True if the bank or the general word lists use this folded word ("heterotopic", "apixaban")."""
        return word in self._stems

    def _stem(self, word: str) -> str:
        # Bank words are looked up; a patient's other words are stemmed and not kept.
        return self._stems.get(word) or stem(word)

    def correct(self, word: str, common_english: bool = True) -> str:
        """The word a typed word was meant to be: a bank word near it, else a common English word one slip away.

        A word English knows is left alone (see `real_word_readings` for "dose" meant as "does").
        """
        if self._needs_no_correction(word):
            return word
        if len(word) < MIN_TYPO_LENGTH:
            if not common_english or not self._may_search():
                return word
            fixed = english.correction(word)
            if fixed is None or fixed not in self._known:
                # "fst": English's nearest ("st") is no word the bank knows; a bank word with the one letter a
                # quick typist dropped is likelier ("fast"). Only a dropped letter: "gps" is no slip of "gp".
                nearest = [w for w in self._nearest_bank_words(word, 1) if len(w) == len(word) + 1]
                fixed = nearest[0] if nearest else fixed
            return fixed or word
        doubled = self._bank_words_doubled_apart(word)
        # A word spelled by its sound ("excersize", "exema") is tried last: it is often more slips from the bank's
        # word than a typo of its length may be, but keeps its sounds (see `understanding.sound_alike`).
        nearest = self._nearest_bank_words_not_short(word) or doubled or self._bank_words_sounding_alike(word)
        if nearest:
            if common_english and not doubled:
                # "realy" is "really" before the bank's "real", "stif" "stiff" before "stir": a letter typed once
                # for twice is the commonest slip. The bank's word is still tried (`typo_readings`): the question
                # decides.
                english_word = self._english_doubled_apart(word)
                if english_word is not None:
                    return english_word
            return nearest[0]
        if not common_english:
            return word
        fixed = self._corrections.get(word)
        if fixed is None:
            if not self._may_search():
                return word
            fixed = english.correction(word) or self._bank_form_one_slip_away(word) or word
            if len(self._corrections) < MAX_REMEMBERED:
                self._corrections[word] = fixed
        return fixed

    def _english_doubled_apart(self, word: str) -> str | None:
        """English's common word that differs from a typo only in a letter doubled or not (`english.doubled_apart`)."""
        found = self._doubled.get(word, "")
        if found == "":
            found = english.doubled_apart(word)
            if len(self._doubled) < MAX_REMEMBERED:
                self._doubled[word] = found
        return found

    def _other_stem_one_slip_away(self, word: str) -> str | None:
        """A bank word one slip from a typo that only shares its stem with another bank word by chance: "acident" stems
        to "acid", yet it is "accident". Asked only of a word neither English nor the bank knows (see
        `_needs_no_correction`); one whose stem is that of the word one slip away ("replacment") is read through
        the stem as it is."""
        if len(word) < MIN_TYPO_LENGTH:
            return None
        nearest = self._nearest_bank_words(word, 1)
        own = self._stem(word)
        return next((other for other in nearest if self._stem(other) != own), None) if nearest else None

    def _bank_words_doubled_apart(self, word: str) -> list[str]:
        """The bank's words that differ from a typo only in letters typed twice or once ("verucca", "veruca" for
        "verruca"): the commonest slip in spelling, and in a short word two of them are more than `correct` allows."""
        if self._by_single_letters is None:
            found: dict[str, list[str]] = defaultdict(list)
            for bucket in self._domain_buckets.values():
                for candidate in bucket:
                    found[_single_letters(candidate)].append(candidate)
            self._by_single_letters = dict(found)
        return sorted(self._by_single_letters.get(_single_letters(word), ()), key=lambda w: (-english.zipf(w), w))

    def _bank_words_sounding_alike(self, word: str) -> list[str]:
        """The bank's words spelled as a typo sounds ("exercise" for "excersize", "physio" for "fisio"), commonest in
        English first; a plural typo meets the bank's singular ("excersizes": "exercise"). Built on first need."""
        if len(word) < MIN_SOUND_ALIKE_LETTERS:
            return []
        key = sound_key(word)
        # Indexed by the key's first letter, each part on first need from the few first letters that sound so: a
        # bank of 50,000 entries keys only a small share of its words for one typo.
        index = self._by_sound.get(key[0])
        if index is None:
            found: dict[str, list[str]] = defaultdict(list)
            for (first, _), bucket in self._domain_buckets.items():
                if first in first_letters_sounding(key[0]):
                    for candidate in bucket:
                        if len(candidate) >= MIN_SOUND_ALIKE_LETTERS:
                            found[sound_key(candidate)].append(candidate)
            index = self._by_sound[key[0]] = dict(found)
        same = index.get(key) or (index.get(key[:-1], []) if key.endswith("s") else [])
        return sorted(same, key=lambda w: (-english.zipf(w), w))

    def _bank_form_one_slip_away(self, word: str) -> str | None:
        """The commonest English word one slip from a typo that is a form of a word the bank uses, however rare in
        English: "elbwos" is "elbows" and "satged" "staged" where the bank says "elbow" and "stage". The bank lists
        its words in some forms only, so a slip of another form is at two slips from all of them."""
        return next((other for other in self._bank_forms_one_slip_away(word)), None)

    def _bank_forms_one_slip_away(self, word: str) -> tuple[str, ...]:
        found = self._bank_forms.get(word)
        if found is None:
            # Remembered: a search of every slip costs about as much as reading the whole question.
            found = tuple(
                other
                for other in (english.one_slip_away(word) if len(word) >= MIN_TYPO_LENGTH else ())
                if other[0] == word[0] and other not in self.stopwords and self._stem(other) in self._known_stems
            )
            if len(self._bank_forms) < MAX_REMEMBERED:
                self._bank_forms[word] = found
        return found

    def _needs_no_correction(self, word: str) -> bool:
        """A word `correct` leaves as it is, whatever the text: the bank's or English's, or not one to correct."""
        return (
            word in self._known
            or not 3 <= len(word) <= MAX_TYPO_LENGTH
            or not word.isalpha()
            or english.is_known(word)
            or (self._stem(word) in self._known_stems and self._other_stem_one_slip_away(word) is None)
        )

    def _may_search(self) -> bool:
        """True while this text may still search the English dictionary (see MAX_SEARCHES_PER_TEXT)."""
        self._searches_left -= 1
        return self._searches_left >= 0

    def _nearest_bank_words_not_short(self, word: str) -> list[str]:
        """`_nearest_bank_words` at the distance a typo of this length allows, less the bank's short forms shorter
        than the typed word: "ther" is no slip of "thr" (total hip replacement). A short form is typed as it is,
        and a letter more on one makes an everyday word ("there") far more often (round 21)."""
        return [
            other
            for other in self._nearest_bank_words(word, _allowed_typo_distance(word))
            if not (len(other) < MIN_TYPO_LENGTH and len(other) < len(word))
        ]

    def _nearest_bank_words(self, word: str, limit: int) -> list[str]:
        """The bank's words at the least distance from a typed word (at most `limit`), commonest in English first
        ("tpes" is "types", not "toes"). Only words with the same first letter: a slip there is rare."""
        candidates = [
            candidate
            for size in range(len(word) - limit, len(word) + limit + 1)
            for candidate in self._domain_buckets.get((word[0], size), ())
        ]
        found = process.extract(word, candidates, scorer=OSA.distance, score_cutoff=limit, limit=None)
        if not found:
            return []
        least = min(distance for _, distance, _ in found)
        return [
            candidate
            for candidate, _, _ in sorted(
                (item for item in found if item[1] == least), key=lambda item: (-english.zipf(item[0]), item[0])
            )
        ]

    def typo_readings(self, typed: tuple[str, ...], limit: int = 4) -> list[tuple[str, ...]]:
        """Other readings of a message in which a typo has another bank word just as near: "tipes" is as near
        "times" as "types". The commoner in English is the first reading; the session tries these others and
        keeps the one the bank answers best, so the question decides ("wat r the tipes of HO")."""
        readings = []
        for index, word in enumerate(typed):
            if word in self._typed_names:
                continue  # "ALS" typed in capitals is a name, no slip of a bank word (see `typed_names`)
            fixed = self.correct(word)
            if fixed == word:
                continue
            if len(word) < MIN_TYPO_LENGTH:
                # A short non-word was read as English's nearest word ("bne" as "be"); a bank word with the one
                # letter a quick typist dropped is as likely ("bone"): the bank's answer decides. Only where
                # another word says the message is about health (see `_health_elsewhere`).
                if not self._health_elsewhere(typed, index):
                    continue
                others = [w for w in self._nearest_bank_words(word, 1) if len(w) == len(word) + 1 and w != fixed]
            else:
                others = [w for w in self._nearest_bank_words_not_short(word) if w != fixed]
                # A form of a bank word one slip away ("hpis": "his", or "hips" where the bank says "hip").
                others += [w for w in self._bank_forms_one_slip_away(word) if w != fixed and w not in others]
            for other in others:
                readings.append((*typed[:index], other, *typed[index + 1 :]))
                if len(readings) >= limit:
                    return readings
        return readings

    def real_word_readings(self, typed: tuple[str, ...], limit: int = 4) -> list[tuple[str, ...]]:
        """Other readings of a message in which one real word was a slip for a bank word.

        "what dose it look like" may be "what does it look like"; "will it heel" "will it heal".
        Only a word the bank does not use gets a reading, and only a small word or (for a health
        word) a bank health word one slip away, then a word of the bank's own questions one slip
        away, so the session can try each and keep the one the bank answers.
        """
        readings = []
        candidates = []  # the words a bank word may have been slipped into: see the second pass below
        for index, word in enumerate(typed):
            if len(word) < 3 or not word.isalpha() or word in self._known or self._stem(word) in self._known_stems:
                continue
            if word in self._typed_names:
                continue  # "POTS" typed in capitals is a name, no slip of a bank word (see `typed_names`)
            candidates.append(index)
            health = self._stem(word) in self.topic
            # A rare health word names a condition ("gout", 3.1): never a slip for a small word ("got", "out"),
            # which would drop the condition and answer about the bank's own ("symptoms of gout").
            small_ok = not (health and english.zipf(word) < TOPIC_ZIPF)
            for other in english.one_slip_away(word):
                # A slip keeps the kind of word: a small word for a small word ("dose" for "does"), a health
                # word for a health word ("heel" for "heal"); "cost" is never read as "most".
                # A rare word of the bank's topic is a likely slip target too ("planter" for "plantar").
                # The bank may use it in another form only ("healing" for "heal"): its stem is known.
                topical = (other in self._known or self._stem(other) in self._known_stems) and self._stem(
                    other
                ) in self.topic
                if (other in self.stopwords and small_ok) or (topical and (health or english.zipf(other) < TOPIC_ZIPF)):
                    readings.append((*typed[:index], other, *typed[index + 1 :]))
                    if len(readings) >= limit:
                        return readings
        # Then, with as many readings again: a word of the bank's own questions one slip from a real word, whether
        # or not English knows the bank's word ("broker" for "brooker", "serous" for "serious", "sins" for "signs").
        # Same first letter (see `correct`). Never for a part of the body or a condition, which is never another
        # one ("shin" is no slip of "skin"), nor for a person, who is whom a question is about ("can kids get it"
        # asks nothing of kinds); and only in a message another word makes medical ("connect with my phone" is
        # no question about being prone).
        offered = set(readings)
        limit += len(readings)
        for index in candidates:
            word = typed[index]
            if not english.is_known(word) or self._stem(word) in self.health or word in self.person_nouns:
                continue
            if not self._health_elsewhere(typed, index):
                continue
            for other in self._nearest_bank_words(word, 1):
                reading = (*typed[:index], other, *typed[index + 1 :])
                if reading in offered or self._stem(other) == self._stem(word):
                    continue
                readings.append(reading)
                if len(readings) >= limit:
                    return readings
        return readings

    def _health_elsewhere(self, typed: tuple[str, ...], index: int) -> bool:
        """True if a word of the message other than the one at `index` is a health word, a part of the body, one of
        the bank's rare topic words ("heterotopic", "brooker") or names its main topic: a slip is guessed only in a
        message that is plainly medical without it. A common word the bank reads as a concept ("refer" as "source",
        "form" as "grow") is not enough: "refer to me as chuck" asks nothing of the bank."""
        for at, other in enumerate(typed):
            if at == index or not other.isalpha():
                continue
            token = self._stem(other)
            if token in self.health or token in self.main_topic:
                return True
            if token in self.topic and english.zipf(other) < TOPIC_ZIPF:
                return True
            if self._phrases.get((token,)) and any(t in self.main_topic for t in self._phrases[(token,)]):
                return True  # "ho", "fop": a name of the topic
        return False

    def _join_spelled_letters(self, typed: list[str]) -> list[str]:
        """Read a short name typed letter by letter as the word ("p o h symptoms", "signs of F.O.P": the dots are
        gone by now): a run of one-letter words, longest first, whose letters together are a short form the bank's
        questions write in capitals. A run that makes no such word ("i a m") is left as typed."""
        if self._spellable is None:
            self._spellable = self._short_forms_of_bank()
        joined: list[str] = []
        index = 0
        while index < len(typed):
            run = 0
            while index + run < len(typed) and len(typed[index + run]) == 1 and typed[index + run].isalpha():
                run += 1
            for length in range(min(run, MAX_SPELLED_LETTERS), MIN_SPELLED_LETTERS - 1, -1):
                word = "".join(typed[index : index + length])
                if word in self._spellable:
                    joined.append(word)
                    index += length
                    break
            else:
                joined.append(typed[index])
                index += 1
        return joined

    def _short_forms_of_bank(self) -> frozenset[str]:
        """The words the bank's questions write in capitals ("FOP", "MRI", "NSAID"): the short forms a patient may
        spell out letter by letter. A word written in capitals is an initialism, never an everyday word."""
        return frozenset(
            word
            for entry in self._bank_entries
            for text in (entry.question, *entry.alternates)
            for word in typed_short_forms(text)
            if word in self._known and MIN_SPELLED_LETTERS <= len(word) <= MAX_SPELLED_LETTERS
        )

    def _join_split_words(self, typed: list[str]) -> list[str]:
        """Mend a word typed with a space inside ("hetero topic", "physio therapy")."""
        known = self._known
        joined: list[str] = []
        index = 0  # the words before it are read
        # Only a word the bank does not use, with a word after it, may be the first half: the rest is kept as it is.
        for start in [at for at, word in enumerate(typed[:-1]) if word not in known]:
            if start < index:
                continue  # the second half of a word just joined
            word, after = typed[start], typed[start + 1]
            together = word + after
            # Two real words ("remove my") are joined only into a word the bank uses, never into a guess
            # near one ("removemy" is no slip of "recovery").
            guess = not (english.is_known(word) and english.is_known(after))
            if together in known or (guess and self.correct(together, common_english=False) != together):
                joined.extend(typed[index:start])
                joined.append(together)
                index = start + 2
        joined.extend(typed[index:])
        return joined

    def _split_run_together(self, typed: list[str]) -> list[str]:
        """Split a long word that is English words typed with no spaces or with the hyphens dropped: "what joints
        does boneinthewrongplace hit". Only a word that neither the bank, nor the general word lists ("grandkids"),
        nor English knows, and no typo of a bank word or of an English word (see `run_together.run_together_split`,
        which reads disguised emergencies the same way)."""
        split: list[str] = []
        for word in typed:
            if len(word) < MIN_RUN_TOGETHER_LETTERS or word in self._stems or word in self._everyday_added:
                split.append(word)
                continue
            pieces = self._run_together_pieces.get(word, False)
            if pieces is False:
                pieces = self._pieces_run_together(word)
                if len(self._run_together_pieces) < MAX_REMEMBERED:
                    self._run_together_pieces[word] = pieces
            if pieces is None:
                split.append(word)
            else:
                split.extend(pieces)
        return split

    def _pieces_run_together(self, word: str) -> tuple[str, ...] | None:
        """The words a long word was typed from (see `_split_run_together`), or None. The same for a word in any
        text (the bank's words, English's and a bank-word correction never change), so it is remembered: a story's
        long words come again in every part of it that is read."""
        pieces = None
        if word.isalpha() and self.correct(word, common_english=False) == word:
            pieces = run_together_split(word, self._may_be_run_together)
        # Only into words of which one at least is the bank's own ("bone in the wrong place"): split into
        # English words alone it is some name or term the bank never speaks of, as good unread.
        if pieces and any(piece in self._known and piece not in self.stopwords for piece in pieces.split()):
            return tuple(pieces.split())
        return None

    def _may_be_run_together(self, word: str) -> bool:
        return word not in self._stems and self._stem(word) not in self._known_stems

    def _apply_phrases(self, typed: list[str]) -> list[str]:
        """Replace synonym phrases by their concept, the longest phrase first.

        Phrases are compared stem by stem, so "body parts" meets "body part";
        phrases of two words or more are first looked for without articles and
        possessives, so "bone in muscle" meets "bone in the muscles".
        """
        if self._bare_phrases and PHRASE_FILLERS.intersection(typed):
            typed = self._apply_bare_phrases(typed)
        known, lengths, phrases = self._stems.get, self._lengths_by_first, self._phrases
        remembered = english.remembered_stem
        stems = [known(word) or remembered(word) or stem(word) for word in typed]  # as `_stem`
        owners = (
            self._owner_places(typed, people=True)
            if not (PERSON_OWNERS.isdisjoint(typed) and self._owning_people.keys().isdisjoint(typed))
            else {}
        )
        pointing = not POINTERS.isdisjoint(typed)
        if not owners and not pointing:
            owned = stems  # no owner or pronoun: one reading
        else:
            owned = list(stems)
            for place, person in owners.items():
                owned[place] = "" if person == "" else ANY_OWNER  # "my" of "my dad's" is read with "dad's"
            if pointing:
                owned = [ANY_POINTER if word in POINTERS else part for word, part in zip(typed, owned, strict=True)]
        pairs = self.__dict__.get("_phrase_pairs") or self._first_pairs()
        last = len(stems) - 1
        result: list[str] = []
        index = 0  # the words before it are read
        # Only where a phrase's first stem is: the words between are kept as they are.
        starts = [place for place, first in enumerate(stems) if first in lengths or owned[place] in lengths]
        for start in starts:
            if start < index:
                continue  # inside a phrase already read
            target = None
            for reading in (owned, stems) if owned is not stems else (stems,):
                sizes = lengths.get(reading[start], ())
                if start < last and sizes and (reading[start], reading[start + 1]) not in pairs:
                    # No phrase of two words or more starts with these two (speed29): only the word alone may be one.
                    sizes = sizes[-1:] if sizes[-1] == 1 else ()
                for size in sizes:
                    target = phrases.get(tuple(reading[start : start + size]))
                    if target is not None:
                        break
                if target is not None:
                    break
            if target is not None:
                result.extend(typed[index:start])
                person = owners.get(start) if reading is owned and owned is not stems else None
                if person:
                    result.append(person)  # "my dad's temp": the fever is his, and he is who it is about
                result.extend(target)
                index = start + size
        result.extend(typed[index:])
        return result

    def _first_pairs(self, bare: bool = False) -> frozenset[tuple[str, str]]:
        """The first two stems of every synonym phrase of two words or more (of the phrases read without fillers, for
        `bare`): a start whose two stems are no such pair can only be a one-word phrase. Worked out on first use and
        kept (the phrases never change once the bank is loaded; a compiled copy made before needs none)."""
        phrases = self._bare_phrases if bare else self._phrases
        pairs = frozenset(key[:2] for key in phrases if len(key) >= 2)
        setattr(self, "_bare_pairs" if bare else "_phrase_pairs", pairs)
        return pairs

    def _owner_places(self, typed, people: bool = False) -> dict[int, str | None]:
        """The places of owners before a thing owned ("my", "his", "her" then a word that is no small word: not the
        "her" of "put her to sleep"). In a message (`people`) a person's possessive is an owner too ("dad's", typed
        "dads", before a thing: "my dad's temperature"), and the place maps to the person named ("dad"; None for a
        plain owner; an owner just before such a person maps to "", to be read with it)."""
        places: dict[int, str | None] = {}
        stopwords = self.stopwords
        # Only an owner, a word a person's possessive may be, or a word right after an owner can be a place: those
        # looked at, in order (speed29: a long story has few, and the rest were a Python step a word).
        owners = [index for index, word in enumerate(typed) if word in PERSON_OWNERS]
        if people:
            maybe = {*owners, *(index + 1 for index in owners)}
            if not self._owning_people.keys().isdisjoint(typed):
                maybe.update(index for index, word in enumerate(typed) if word in self._owning_people)
            owners = sorted(maybe)
        for index in owners:
            if index >= len(typed) - 1:
                break
            word, following = typed[index], typed[index + 1]
            if following in stopwords:
                continue
            if word in PERSON_OWNERS:
                if people and following in self._owned_people:
                    places[index] = ""
                else:
                    places[index] = None
            elif people and (word in self._owning_people or (index and typed[index - 1] in PERSON_OWNERS)):
                person = self._owned_people.get(word)
                if person:
                    places[index] = person
        return {
            place: person for place, person in places.items() if person != "" or places.get(place + 1) is not None
        }

    def _apply_bare_phrases(self, typed: list[str]) -> list[str]:
        # A person's possessive after an owner fills a phrase as the owner does ("bone in my dad's muscles"); the
        # person is kept before the concept (see `_owner_places`).
        owned = self._owned_people
        people = (
            {
                index: owned[word]
                for index, word in enumerate(typed)
                if index and word in owned and typed[index - 1] in PERSON_OWNERS
            }
            if not owned.keys().isdisjoint(typed)  # most texts name no such person (speed29)
            else {}
        )
        positions = [index for index, word in enumerate(typed) if word not in PHRASE_FILLERS and index not in people]
        known, lengths, phrases = self._stems.get, self._bare_lengths_by_first, self._bare_phrases
        remembered = english.remembered_stem
        kept = [typed[index] for index in positions]
        stems = [known(word) or remembered(word) or stem(word) for word in kept]  # as `_stem`
        pairs = self.__dict__.get("_bare_pairs") or self._first_pairs(bare=True)
        result: list[str] = []
        emitted = 0  # typed words before this one are in `result` already
        index = 0  # the kept words before it are read
        # Where a phrase may start: every bare phrase has two words or more, so only where its first two stand
        # (speed29: a story has few such places, and many a word that only begins one).
        for start in [at for at in range(len(stems) - 1) if (stems[at], stems[at + 1]) in pairs]:
            if start < index:
                continue  # inside a phrase already read
            for size in lengths[stems[start]]:
                target = phrases.get(tuple(stems[start : start + size]))
                if target is not None and start + size <= len(positions):
                    result.extend(typed[emitted : positions[start]])
                    if people:
                        span = range(positions[start], positions[start + size - 1])
                        result.extend(person for index, person in people.items() if index in span)
                    result.extend(target)
                    emitted = positions[start + size - 1] + 1
                    index = start + size
                    break
        result.extend(typed[emitted:])
        return result

    # What the analyzer remembers of the words people type, for speed (each a pure function of the word and the
    # bank, so none changes a reply): `forget_typed_words` puts them back as they were when the bank loaded.
    # A message's own memos (`_message_analyses`, `_typed_zipf`) go with `start_message`.
    _WORD_MEMOS = (
        "_corrections", "_bank_forms", "_doubled", "_run_together_pieces", "_plain_words", "_base_forms", "_related",
        "_everyday_cache",
    )  # fmt: skip

    # The bank's entry questions (`mark_loaded`), and their analyses as the reference (`fix_typos=False`), kept once
    # made: a message's readers analyze the questions of the entries they weigh again and again, message after message
    # (speed22). Only the bank's own texts are kept, never what a patient typed.
    _own_texts: frozenset[str] = frozenset()
    _own_analyses: dict | None = None

    def mark_loaded(self, own_texts=()) -> None:
        """Note the word memos as they are once the bank is loaded (its own words only). `own_texts`: the bank's entry
        questions, whose analyses as the reference are kept once made."""
        self._loaded_memos = {name: copy.copy(getattr(self, name)) for name in self._WORD_MEMOS}
        self._own_texts = frozenset(own_texts)
        self._own_analyses = {}

    def forget_typed_words(self) -> None:
        """Forget every word people have typed since the bank loaded (see `Bot.forget_typed_words`)."""
        loaded = self.__dict__.get("_loaded_memos", {})
        for name in self._WORD_MEMOS:
            setattr(self, name, copy.copy(loaded[name]) if name in loaded else type(getattr(self, name))())
        self.__dict__.pop("_common_word_tokens", None)  # English's commonest words only, but all the same
        if self._own_analyses:
            self._own_analyses = {}  # the bank's own, but which were read tells what the last person asked about
        self.start_message()

    def start_message(self) -> None:
        """Forget the analyses of the last message: a new one is being read.

        One message's sentences are read several times (alone, as questions, as the story
        around a question); within one message each text is analyzed once. Only within one:
        a memory across messages would make a repeated question look faster than it is.
        """
        self._message_analyses = {}
        self._typed_zipf = {}
        self._typed_names = set()
        forget_folded()

    def analyze(self, text: str, fix_typos: bool = True) -> Analysis:
        """Fold, correct and map a text to the concept tokens used for matching.

        The bank's own texts are analyzed with `fix_typos=False`: they are the reference.
        """
        if not fix_typos:
            if text in self._own_texts:
                own = self._own_analyses
                found = own.get(text)
                if found is None:
                    found = own[text] = self._analyze(text, fix_typos)
                return found
            return self._analyze(text, fix_typos)
        memo = self._message_analyses
        found = memo.get(text)
        if found is None:
            # Kept by text, and by the words typed (a tuple key: never equal to a text): a sentence is read with and
            # without its full stop, a clause as typed and inside its sentence. An analysis reads nothing of a text
            # but its words, so the same words give the same analysis.
            typed = words(expand_contractions(text))
            short_forms = typed_short_forms(text)
            key = (*typed, short_forms) if short_forms else tuple(typed)
            found = memo.get(key)
            if found is None:
                if len(memo) >= MAX_MESSAGE_ANALYSES:  # used outside a session, nobody starts a new message
                    memo.clear()
                found = memo[key] = self._analyze(text, fix_typos, typed, short_forms)
            memo[text] = found
        return found

    def _analyze(
        self, text: str, fix_typos: bool, typed: list[str] | None = None, short_forms: frozenset[str] = frozenset()
    ) -> Analysis:
        """`typed`: the text's words, if read already (`words(expand_contractions(text))`); `short_forms`: the
        words typed in capitals (`typed_short_forms`), never corrected into another word."""
        if typed is None:
            typed = words(expand_contractions(text))
        if fix_typos and self._spellings and not self._spellings.keys().isdisjoint(typed):
            typed = [meant for word in typed for meant in self._spellings.get(word, (word,))]
        if self._glued_units and _GLUED_UNIT.search(" ".join(typed)):
            typed = self._glued_units_apart(typed)
        if self._numbered and any(map(str.isdigit, "".join(typed))):
            typed = self._numbered_words_apart(typed)
        if self._numbered and ROMAN_NUMERALS.keys() & set(typed):
            typed = [
                ROMAN_NUMERALS[word]
                if word in ROMAN_NUMERALS and index and typed[index - 1] in self._numbered
                else word
                for index, word in enumerate(typed)
            ]
        if fix_typos and (self._digit_words or self._digit_one_after) and any(map(str.isdigit, typed)):
            typed = self._digits_as_words(typed)
        if self._idioms and not self._idioms.keys().isdisjoint(typed):
            typed = self._without_idioms(typed)
        typed = self._without_wrapper(typed)
        if fix_typos and self._exclusion_openers and not self._exclusion_openers.keys().isdisjoint(typed):
            typed = self._without_exclusions(typed)
        if fix_typos and self._intensifiers and not self._intensifiers.isdisjoint(typed):
            typed = self._without_intensifiers(typed)
        if self._kind_words and not self._kind_words.isdisjoint(typed):
            typed = self._without_kind_words(typed)
        if "back" in typed and self._back_verbs and not self._back_verbs.isdisjoint(typed):
            typed = self._without_adverb_back(typed)
        if "ago" in typed:
            typed = self._without_past_spans(typed)
        if fix_typos and self._relative_span_words and not self._relative_span_words.isdisjoint(typed):
            typed = self._without_relative_spans(typed)
        if fix_typos and not self._coming_span_openers.isdisjoint(typed) and not self._time_units.isdisjoint(typed):
            typed = self._without_coming_spans(typed)
        if any(map(str.isdigit, typed)):  # `map`: no Python frame a word (as in the test above)
            typed = self._without_counts(typed)
        if self.person_nouns and PERSON_OWNERS.intersection(typed):
            typed = self._without_person_descriptions(typed)
        if self._growing_up_openers.intersection(typed) and self._growing_up.intersection(typed):
            typed = self._without_growing_up(typed)
        if fix_typos:
            self._note_typed_commonness(typed)
        names = self.typed_names(short_forms) if fix_typos and short_forms else frozenset()
        self._searches_left = MAX_SEARCHES_PER_TEXT
        concepts = None
        fixed = typed
        if fix_typos:
            plain = self._plain_words
            if _has_spelled_letters(typed):
                typed = self._join_spelled_letters(typed)
            joined = self._join_split_words(typed)
            if joined and max(map(len, joined)) >= MIN_RUN_TOGETHER_LETTERS:
                joined = self._split_run_together(joined)
            fixed = [word if word in plain or word in short_forms else self.correct(word) for word in joined]
            fixed = [word if word in plain or word in names else self.base_form(word) for word in fixed]
            if "or" in fixed or "and" in fixed:
                fixed = self._with_shared_heads(fixed)
            fixed, concepts = self._with_related_words(fixed)
            if len(plain) < MAX_REMEMBERED:
                self._note_plain_words(joined)
        if concepts is None:
            concepts = self._apply_phrases(self._without_joining_conjunctions(fixed))
        if self._topic_heads and not self._topic_names.isdisjoint(concepts):
            concepts = self._without_topic_heads(concepts)
        if self._happening and "where" in concepts and not self._happening.isdisjoint(concepts):
            # "Where in the body does it usually turn up?" asks where it happens, not when it starts.
            concepts = [concept for concept in concepts if concept not in self._happening]
        if fix_typos and "how" in concepts and self._getting_verbs:
            concepts = self._getting_as_cause(concepts)
        stopwords, framing, concept_words = self.stopwords, self.framing, self._concept_words
        known_stem, remembered = self._stems.get, english.remembered_stem
        tokens = tuple(
            word if word in concept_words or word in names else known_stem(word) or remembered(word) or stem(word)
            for word in concepts
            if (word not in stopwords and word not in framing) or word in concept_words
        )
        return Analysis(words=tuple(typed), concepts=tuple(concepts), tokens=tokens)

    def _with_shared_heads(self, fixed: list[str]) -> list[str]:
        """A head two words share across "or" or "and" read with both: "elbow or shoulder joint replacement" is "elbow
        joint replacement or shoulder joint replacement", "hip and knee replacements" names both operations. Only
        where the first word with the head is itself a synonym phrase of the bank or the general layer (round 19):
        "fever and knee replacement" stays as typed."""
        lengths, phrases = self._lengths_by_first, self._phrases
        result = list(fixed)
        stems = None  # every word's stem, worked out once a phrase may start after "or" or "and" (most have none)
        for index in range(len(fixed) - 3, 0, -1):  # from the end: an insertion moves only the words after it
            if fixed[index] not in ("or", "and"):
                continue
            sizes = lengths.get(self._stem(fixed[index + 1]), ())
            if not sizes:
                continue
            if stems is None:
                stems = [self._stem(word) for word in fixed]
            for size in sorted(sizes, reverse=True):
                phrase = tuple(stems[index + 1 : index + 1 + size])
                if size < 2 or len(phrase) < size or phrase not in phrases:
                    continue
                for head in range(1, size):
                    shared = phrase[head:]
                    if (stems[index - 1], *shared) in phrases:
                        result[index:index] = fixed[index + 1 + head : index + 1 + size]
                        break
                break
        return result

    def _without_topic_heads(self, concepts: list[str]) -> list[str]:
        """Leave out a word of condition (the general layer's `topic_heads`) right after the bank's topic name: "what
        causes this bone condition?" asks what causes HO, not which other conditions do; "is my gout problem
        hereditary?" asks of gout. A word between keeps it ("is HO a disease?" asks what kind of thing HO is)."""
        names, heads = self._topic_names, self._topic_heads
        return [
            concept
            for index, concept in enumerate(concepts)
            if not (index and concept in heads and concepts[index - 1] in names)
        ]

    def _numbered_words_apart(self, typed: list[str]) -> list[str]:
        """A numbered word (the general layer's `numbered_words`: grade, stage, type ...) and its number typed as one
        word, or the numbered word cut short before its number: "grade3", "gr3", "gr 1", "stage2" read as "grade 3",
        "grade 3", "grade 1", "stage 2". A short form must be the start of one numbered word only ("st" may be a
        stage or a step, and stays as typed) and at least two letters long."""
        out: list[str] = []
        for index, word in enumerate(typed):
            glued = NUMBERED_GLUED.fullmatch(word)
            letters, number = (glued.group(1), glued.group(2)) if glued else (word, None)
            if number is None and not (index + 1 < len(typed) and typed[index + 1].isdigit()):
                out.append(word)
                continue
            named = self._numbered_word_for(letters)
            if named is None:
                out.append(word)
            else:
                out.extend((named, number) if number is not None else (named,))
        return out

    def _numbered_word_for(self, letters: str) -> str | None:
        """The numbered word these letters are, or start uniquely ("gr" -> "grade"), else None."""
        if letters in self._numbered:
            return letters
        if len(letters) < MIN_NUMBERED_SHORT_FORM or letters in self._stems or english.is_known(letters):
            return None  # a word of its own ("ty" is no "type" if English knows it)
        found = {word.rstrip("s") for word in self._numbered if word.startswith(letters)}
        if not found:
            # Typed without its vowels, as quick messages do ("grd 2", "stg 3"): the letters in order within one
            # numbered word that starts with the same letter.
            found = {word.rstrip("s") for word in self._numbered if word[0] == letters[0] and _within(letters, word)}
        return found.pop() if len(found) == 1 else None

    def _getting_as_cause(self, concepts: list[str]) -> list[str]:
        """The concepts with "how ... get it" read as "cause it": "how do you get HO?", "how did my dad get it?", "how
        does one develop it?" ask what causes the condition. Only "how", an auxiliary, at most a few words of who, a
        verb of coming to have (the general layer's `getting_verbs`) and then the condition itself: a pointing
        pronoun or a name of the bank's main topic, with the clause ending there or going on with a small word
        ("... in the first place", "... after a hip op"). "How do you get rid of it", "how do I get it checked", "how
        do you get it out" and "how do I get a referral" ask something else and are read as typed."""
        things = POINTERS | self._topic_names | {"these", "those"}
        for start, word in enumerate(concepts):
            if word != "how" or start + 2 >= len(concepts) or concepts[start + 1] not in self._getting_auxiliaries:
                continue
            if not self.stopwords.issuperset(concepts[:start]):
                break  # "talking therapy for IBS, how do I get it?": "it" is the thing named before, got as care
            for verb in range(start + 2, min(start + 2 + MAX_GETTING_WHO + 1, len(concepts) - 1)):
                if concepts[verb] not in self._getting_verbs:
                    continue
                after = verb + 2
                rest = concepts[after] if after < len(concepts) else None
                ends = rest is None or rest in self._circumstance_openers
                ends = ends or (rest in self.stopwords and rest not in self._getting_particles)
                if concepts[verb + 1] in things and ends:
                    return [*concepts[:start], "cause", *concepts[verb + 1 :]]
                break
        return concepts

    def _note_plain_words(self, typed: list[str]) -> None:
        """Remember the words `correct` leaves alone without a search (as it always will) and that `base_form` and
        `related_word` leave as they are: the next text passes them by. Each is asked only what `_analyze` has
        just asked of it, so nothing new is looked up."""
        plain = self._plain_words
        for word in typed:
            if (
                word not in plain
                and self._needs_no_correction(word)
                and self.base_form(word) == word
                and self.related_word(word) == word
            ):
                plain.add(word)

    def base_form(self, word: str) -> str:
        """A patient's word the bank never uses, read as the base form the bank does use: "taxi driver" meets
        "can I drive", "brownish" "brown", "scabby" "scab", "my children" "child".

        The stemmer joins inflections ("drives", "driving"), not words made from others. Only a base English knows,
        of at least four letters, that the bank uses, and that is not much rarer than the word ("number" is no
        form of "numb", "butter" none of "but"); never a health word, which names its own thing ("liver"), nor a
        word of a synonym phrase ("broke his leg" is an injury as it is written).
        """
        if word in self._stems:
            return word  # a word of the bank or of the general lists: read as it is
        found = self._base_forms.get(word)
        if found is not None:
            return found
        found = word
        # A word the general layer lists as everyday says nothing of health, and is read as typed: "healthy" is no
        # form of "health", which would make "can a healthy person get it?" a question about health problems.
        if word.isalpha() and word not in self._everyday_added and self._foreign_to_the_bank(word):
            found = self._derived_base(word)
        if len(self._base_forms) < MAX_REMEMBERED:
            self._base_forms[word] = found
        return found

    def _foreign_to_the_bank(self, word: str) -> bool:
        """A word the bank's vocabulary lacks as stemmed, and no small word, health word, concept word or word of a
        synonym phrase: only such a word may be read as another (its base form, or a related word)."""
        token = self._stem(word)
        return (
            token not in self._bank_tokens
            and word not in self.stopwords
            and token not in self.health
            and token not in self._concept_words
            and token not in self._phrase_stems
        )

    def _derived_base(self, word: str) -> str:
        irregular = self._irregular.get(word)
        if irregular is not None:
            return irregular if self._reads_as(irregular) else word
        most = english.zipf(word) - DERIVED_ZIPF_SLACK
        for suffix, ending in DERIVATIONS:
            if not word.endswith(suffix) or len(word) <= MIN_BASE_LENGTH:
                continue
            base = word[: -len(suffix)]
            if ending == "" and len(base) > 2 and base[-1] == base[-2] and base[-1] not in "aeiouls":
                base = base[:-1]  # "scabby", "swimmer": the doubled letter goes too (not in "smell", "small")
            base += ending
            if len(base) >= MIN_BASE_LENGTH and self._reads_as(base) and english.is_known(base):
                if english.zipf(base) >= most:
                    return base
        return word

    def _with_related_words(self, fixed: list[str]) -> tuple[list[str], list[str] | None]:
        """A text's everyday words the bank never uses, read as related words it does use (see `related_word`),
        only in a text about health care or the bank's topic: "can I get on a jet after my eye op" asks about
        flying; "I need to do laundry later today" is no question about washing one's hair. A part of the body
        alone tells where, not what is asked: in "I work on my feet all day in tight boots. Could I get a
        bunion?" the story's boots are no question about footwear (unless the body part is the bank's topic).

        Returns the words, and the text's concepts (as `_analyze` reads them) where they were read here and the
        words are kept: `_analyze` then need not read them again."""
        plain = self._plain_words
        related = [word if word in plain else self.related_word(word) for word in fixed]
        if related == fixed:
            return fixed, None
        # Read with its synonym phrases, as matched ("my eye op" is surgery), to see what the text is about.
        concepts = self._apply_phrases(self._without_joining_conjunctions(fixed))
        if not any(self._tells_care(self._stem(word)) for word in concepts):
            return fixed, concepts
        return related, None

    def _without_joining_conjunctions(self, fixed: list[str]) -> list[str]:
        """`_without_conjunctions`, except for a "when" or "where" inside a synonym phrase the text holds: in "is HO
        when bone grows where it shouldn't?" the "where" belongs to a name of HO, and dropped, the name is lost."""
        kept = _without_conjunctions(fixed)
        if len(kept) == len(fixed) or not self._conjunction_phrases:
            return kept
        stems = [self._stem(word) for word in fixed]
        positions = [index for index, word in enumerate(fixed) if word not in PHRASE_FILLERS]
        bare = [stems[index] for index in positions]
        inside: set[int] = set()
        for index, word in enumerate(fixed):
            for place, key, without_fillers in self._conjunction_phrases.get(word, ()):
                if without_fillers:
                    if index not in positions:
                        continue
                    start = positions.index(index) - place
                    found = start >= 0 and tuple(bare[start : start + len(key)]) == key
                else:
                    start = index - place
                    found = start >= 0 and tuple(stems[start : start + len(key)]) == key
                if found:
                    inside.add(index)
                    break
        if not inside:
            return kept
        return [
            word
            for index, word in enumerate(fixed)
            if word not in CONJUNCTIONS or not index or fixed[index - 1] in QUESTION_EMBEDDERS or index in inside
        ]

    def _tells_care(self, token: str) -> bool:
        if token in self.main_topic or token in self.subjects:
            return True
        return self.is_about_health(token) and token not in self.body

    def related_word(self, word: str) -> str:
        """An everyday word the bank never uses, read as a related word the bank does use (WordNet, see
        `relations`): its synonym ("kid" -> "child"), else the nearest kind of everyday thing or doing it names
        ("jet" -> "plane", "steak" -> "meat").

        Only a word English knows well but not one of its commonest (read in the sense a sentence gives it), of
        the bank's vocabulary neither as typed nor as stemmed, no small word, health word, synonym-phrase word or
        concept (as `base_form`); and never to a health word or a part of the body: a kind of body part, condition
        or procedure is another one ("knee" is no "hip"). (The table itself holds no word whose first sense is a
        part of the body, a condition or a bodily process, and no act, so no procedure or test.)"""
        found = self._related.get(word)
        if found is not None:
            return found
        found = word
        if (
            word.isalpha()
            and len(word) >= MIN_RELATED_LENGTH
            and MIN_RELATED_ZIPF <= english.zipf(word) <= MAX_RELATED_ZIPF
            and word not in self._stems
            and self._foreign_to_the_bank(word)
        ):
            # Everyday words only, on both sides: "pad" is a "tablet" of paper, never the pill a bank means.
            everyday = [other for other in (*relations.synonyms(word), *relations.kinds(word))
                        if self._stem(other) not in self.health]
            found = next((other for other in everyday if self._says(other)), word)
        if len(self._related) < MAX_REMEMBERED:
            self._related[word] = found
        return found

    def _says(self, other: str) -> bool:
        """A related word the bank's questions write, as it is written ("plane", "planes"), not only a word with
        its stem ("lock" is a kind of "fixing", which shares its stem with "can it be fixed"), and not only in an
        answer: an answer names many things ("red meat" in the diet answer) that its entry is not about."""
        return any(form in self._asked_words for form in (other, other + "s", other + "es")) and self._reads_as(other)

    def _reads_as(self, base: str) -> bool:
        """A base form a word may be read as: one the bank uses, and no small or everyday word ("went" read as
        "go" would only tip a tie between entries that say "go")."""
        token = self._stem(base)
        return token in self._bank_tokens and base not in self.stopwords and not self.is_everyday(token)

    def _without_past_spans(self, typed: list[str]) -> list[str]:
        """Leave out a span of time said to be over: "my first flare six months ago" tells when, and read as
        the concept of timing it would draw the entries about how long things last."""
        kept: list[str] = []
        for word in typed:
            if word == "ago" and kept and kept[-1] in self._time_units:
                kept.pop()
                while kept and (kept[-1] in self._span_counts or kept[-1].isdigit()):
                    kept.pop()
            kept.append(word)
        return kept

    def _without_relative_spans(self, typed: list[str]) -> list[str]:
        """Leave out a counted span before "after", "post" or "later" (the general layer's
        `relative_span_words`): "can she fly a week after her surgery?" asks whether she can fly; read as timing
        the span would draw the entries about how long things take. "How many weeks after ..." asks the span,
        and keeps it. Only a patient's message: a bank's own phrasing says what its entry answers."""
        kept: list[str] = []
        for word in typed:
            if word in self._relative_span_words and kept and kept[-1] in self._time_units:
                index = len(kept) - 1
                while index and (kept[index - 1] in self._span_counts or kept[index - 1].isdigit()):
                    index -= 1
                counted = kept[index:-1]
                # "How many weeks after" asks the span; "3 to 12 weeks after" names a range the bank may answer.
                asked = (index and kept[index - 1] in SPAN_ASKERS) or not VAGUE_COUNTS.isdisjoint(counted)
                if counted and not asked:
                    del kept[index:]
            kept.append(word)
        return kept

    def _without_coming_spans(self, typed: list[str]) -> list[str]:
        """Leave out a span still to come that tells when a planned thing happens: "I'm having a hip replacement in a
        few weeks, can that give me HO?" and "my op is next month" ask nothing of timing; read as timing, the span
        would draw the entries about when things happen. "next" right before a unit, or "in" before a count and a
        unit a few words after a word of planning (the general layer's `coming_span_openers`, `span_counts`,
        `time_units`, `planning_words`: "having", "getting", "booked"). "Does it show up in 3 weeks?", "within a few
        weeks", "in the next few weeks" and "how many weeks" keep theirs: they ask the span. Only a patient's
        message."""
        kept: list[str] = []
        index = 0
        while index < len(typed):
            word = typed[index]
            if word in self._coming_span_openers:
                end = index + 1
                if word == "in":
                    while end < len(typed) and (typed[end] in self._span_counts or typed[end].isdigit()):
                        end += 1
                    counted = end > index + 1
                else:
                    counted = True
                if counted and end < len(typed) and typed[end] in self._time_units:
                    before = typed[index - 1] if index else ""
                    # "next month" is a date whatever it follows ("after my surgery next month"); "in 3 weeks" only
                    # after a word of planning ("does it show up in 3 weeks?" asks the span).
                    planned = word != "in" or not self._planning_words.isdisjoint(
                        typed[max(0, index - MAX_PLANNED_WORDS) : index]
                    )
                    if planned and before not in SPAN_ASKERS and before != "the":
                        index = end + 1
                        continue
            kept.append(word)
            index += 1
        return kept

    def _glued_units_apart(self, typed: list[str]) -> list[str]:
        """ "Less than 1cm apart" -> "less than 1 cm apart": a number with a unit typed onto it (`glued_units`) is the
        two words the bank writes. A word the texting spellings read ("2day", today) has been read already."""
        read = []
        for word in typed:
            found = _GLUED_UNIT.fullmatch(word)
            if found and found.group(2) in self._glued_units:
                read.extend(found.groups())
            else:
                read.append(word)
        return read

    def _digits_as_words(self, typed: list[str]) -> list[str]:
        """ "What scans do they use 4 it": a digit before "it", "the", "know" ... stands for a small word, unless a
        word numbers follow comes just before it ("grade 4 the worst" is grade 4); "the worst 1" is "one"."""
        if "1" not in typed and self._digit_words.keys().isdisjoint(typed):
            return typed  # "she is 74": no digit that stands for a word
        read = []
        for index, word in enumerate(typed):
            before = typed[index - 1] if index else ""
            if word == "1" and before in self._digit_one_after:
                word = "one"
            elif (
                word in self._digit_words
                and index + 1 < len(typed)
                and typed[index + 1] in self._digit_word_before
                and before not in self._numbered
            ):
                word = self._digit_words[word]
            elif (
                word in self._digit_words
                and before in self._digit_word_after
                and index + 1 < len(typed)
                and typed[index + 1].isalpha()
                and typed[index + 1] not in self._time_units
            ):
                # "compared 2 normal bone", "conditions that lead 2 HO": after a word that asks for "to", never
                # before a unit ("due 2 weeks ago" counts).
                word = self._digit_words[word]
            read.append(word)
        return read

    def _without_idioms(self, typed: list[str]) -> list[str]:
        """Leave out phrases that say nothing of what is asked ("in the first place", "by the way")."""
        if len(typed) < 2:
            return typed
        idioms = self._idioms
        kept: list[str] = []
        index = 0  # the words before it are read
        # Only where an idiom's first word is: a long story has few such places, and the words between are kept as
        # they are.
        for start in [position for position, word in enumerate(typed) if word in idioms]:
            if start < index:
                continue  # inside an idiom already left out
            for idiom in idioms[typed[start]]:
                if tuple(typed[start : start + len(idiom)]) == idiom:
                    kept.extend(typed[index:start])
                    index = start + len(idiom)
                    break
        kept.extend(typed[index:])
        return kept

    def _without_kind_words(self, typed: list[str]) -> list[str]:
        """Leave out a word of kind (the general layer's `kind_words`) between two words that are no small words, and
        the word after it: "and ibuprofen type drugs?" asks about ibuprofen and what is like it; "type" read as the
        bank's kinds drew the entry about them, and "drugs" (the class of the word before) the entry on medicines.
        "What type of drugs", "POH type of HO", "the acquired type not the genetic one" and "type 2 diabetes" keep
        it: a small word or a number stands beside it."""
        stopwords = self.stopwords
        kept: list[str] = []
        skip = False
        for index, word in enumerate(typed):
            if skip:
                skip = False
                continue
            if word in self._kind_words and 0 < index < len(typed) - 1:
                before, after = typed[index - 1], typed[index + 1]
                if before.isalpha() and after.isalpha() and before not in stopwords and after not in stopwords:
                    skip = True  # the kind it names ("drugs") is the class of the word before: that word is asked
                    continue
            kept.append(word)
        return kept

    def _without_intensifiers(self, typed: list[str]) -> list[str]:
        """Leave out a word of how bad something was inside a story's noun phrase: "can bad burns cause it?", "he had
        a bad head injury" ask nothing of how serious the condition is, and "bad" read as "serious" would draw the
        entry about that. Only between one of the general layer's `intensifier_after` words (or at the start) and a
        word that is no small word and asks no judgement (`judged_nouns`): "is it a serious condition?", "is that a
        bad sign?", "how bad is it?" and "is it bad?" keep it, and so does a synonym phrase it starts ("a nasty
        break" names an injury)."""
        kept: list[str] = []
        for index, word in enumerate(typed):
            if word in self._intensifiers and index + 1 < len(typed):
                before = typed[index - 1] if index else None
                after = typed[index + 1]
                opens = before is None or before in self._intensifier_after
                thing = after not in self.stopwords and after not in self._judged_nouns and after.isalpha()
                if opens and thing and after not in self._intensifiers and not self._starts_phrase(typed, index):
                    continue
            kept.append(word)
        return kept

    def _without_adverb_back(self, typed: list[str]) -> list[str]:
        """Leave out a "back" that means "again" after one of the general layer's `back_again_verbs` up to
        BACK_AFTER_VERB words before it ("will physio help get my movement back", "to give him his walking back"):
        read as the body part, it counted against every entry that never names the back. A "back" after an owner, an
        article or a word of how it feels (`back_body_before`: "get my back checked", "got a sore back") is the
        body part and stays, and so does "back" before a word that is no small word ("he got back pain"), before one
        of `back_return_after` (a return: "get back to the gym", "back on my bike") or in a synonym phrase it
        starts."""
        kept: list[str] = []
        for index, word in enumerate(typed):
            after = typed[index + 1] if index + 1 < len(typed) else None
            # Not "got back pain", nor a return ("get back to the gym", "back on my bike", "back home").
            ends = after is None or (after in self.stopwords and after not in self._back_return)
            if word == "back" and ends and index and typed[index - 1] not in self._back_owners:
                before = typed[max(0, index - BACK_AFTER_VERB) : index]
                if not self._back_verbs.isdisjoint(before) and not self._starts_phrase(typed, index):
                    continue
            kept.append(word)
        return kept

    def _starts_phrase(self, typed: list[str], index: int) -> bool:
        """True if a synonym phrase starts at `index` ("a nasty break" is a lay name of an injury: kept whole)."""
        first = self._stem(typed[index])
        for size in self._lengths_by_first.get(first, ()):
            if size > 1 and tuple(self._stem(word) for word in typed[index : index + size]) in self._phrases:
                return True
        return False

    def _without_exclusions(self, typed: list[str]) -> list[str]:
        """Leave out the things a message sets aside: "what other illnesses cause it besides surgery and injuries?"
        asks about other illnesses; "surgery" and "injuries" are not what is asked, and read as asked they would
        count against the entry that answers. The opener stays (the bank may read it as "other"); after it, the
        words up to the next word that starts a clause (a small word that is not one of the general layer's
        `exclusion_joiners`: "are", "what", "can", "it" ...), at most `exclusion_max_words`, go. Only when at
        least one word that is no joiner is set aside, and never the whole rest of a message that asks nothing
        else ("is there anything besides surgery?" keeps its words: only everyday words would be left to ask)."""
        kept: list[str] = []
        index = 0
        while index < len(typed):
            word = typed[index]
            opener = next(
                (o for o in self._exclusion_openers.get(word, ()) if tuple(typed[index : index + len(o)]) == o), None
            )
            if opener is None:
                kept.append(word)
                index += 1
                continue
            start = index + len(opener)
            end = start
            while end < len(typed) and end - start < self._exclusion_max:
                following = typed[end]
                if following in self._exclusion_joiners or not (following in self.stopwords or following.isdigit()):
                    end += 1
                    continue
                break
            while end > start and typed[end - 1] in self._exclusion_joiners:
                end -= 1  # "besides surgery and" before "are": the joiner ends nothing
            things = [w for w in typed[start:end] if w not in self._exclusion_joiners]
            ends_clause = end == len(typed) or typed[end] in self.stopwords
            rest = kept + typed[end:]
            asks_more = any(w not in self.stopwords and not self.is_everyday(self._stem(w)) for w in rest)
            if things and ends_clause and asks_more:
                kept.extend(opener)
                index = end
            else:
                kept.extend(opener)
                index = start
        return kept

    def _without_counts(self, typed: list[str]) -> list[str]:
        """Leave out a number that counts: "I broke my elbow 4 days ago" names no grade 4, nor does the 3 of
        "3 to 12 weeks", nor the 2 of "the 2 types of HO". The counted word stays: "how many weeks" asks about
        timing."""
        # A number before a word that numbers follow counts them too: "the 2 types" are both types, not type 2.
        units = self._time_units | self._numbered
        kept = []
        for index, word in enumerate(typed):
            if word.isdigit():
                after = typed[index + 1 : index + 4]
                plural = bool(after) and len(after[0]) > 3 and after[0].endswith("s") and not after[0].endswith("ss")
                if index and typed[index - 1] in self._count_determiners and plural:
                    continue  # "what are the 2 kinds": how many, not which one ("the 90 percent figure" stays)
                if index and typed[index - 1] in self._age_words:
                    continue  # "diagnosed at age 4": an age, no grade 4
                if index and typed[index - 1] in self._age_telling and self._tells_age(typed, index):
                    continue  # "im 28", "my grandad is 78": an age
                if after[:1] and after[0] in units:
                    continue
                if len(after) == 3 and after[0] in ("to", "or", "and") and after[1].isdigit() and after[2] in units:
                    continue
            kept.append(word)
        return kept

    def _tells_age(self, typed: list[str], index: int) -> bool:
        """The number at `index`, after one of the general layer's `age_telling_words`, is a person's age: from
        MIN_TOLD_AGE to MAX_TOLD_AGE (no grade or stage is so high), and no numbered word in the few words before
        it ("the grade is 3" keeps its 3)."""
        if not MIN_TOLD_AGE <= int(typed[index]) <= MAX_TOLD_AGE:
            return False
        return self._numbered.isdisjoint(typed[max(0, index - 4) : index])

    def _without_person_descriptions(self, typed: list[str]) -> list[str]:
        """Leave out the age or sex that only says who a message is about: "my teenage son", "my little boy",
        "our 8 year old" (its number already left out as a count). Read as concepts, they would draw the entry
        about who is at risk. Only words between an owner ("my", "our") and the person it names go; "at my age"
        or "are boys more likely?" name no person and keep them."""
        dropped: set[int] = set()
        for start, word in enumerate(typed):
            if word not in PERSON_OWNERS:
                continue
            for end in range(start + 1, min(start + 1 + MAX_PERSON_WORDS, len(typed))):
                current = typed[end]
                aged = current == "old" and typed[end - 1] in self._time_units  # "8 year old"
                if current in PERSON_OWNERS:
                    break
                if current in self.person_nouns or aged:
                    for index in range(start + 1, end + 1):
                        if self._describes_person(typed[index]) or (aged and index >= end - 1):
                            dropped.add(index)
                    break
        return [word for index, word in enumerate(typed) if index not in dropped] if dropped else typed

    def _without_growing_up(self, typed: list[str]) -> list[str]:
        """Leave out a clause that only says when in someone's life: "could it affect his breathing when he is
        older", "what signs should we watch for as she grows". The clause opens with `growing_up_openers`, names
        a person (a pronoun, or "my son") and ends, within a few words, with a `growing_up` word."""
        for start, word in enumerate(typed):
            if word not in self._growing_up_openers or start + 2 >= len(typed):
                continue
            after = start + 1
            if typed[after] in PERSON_OWNERS and after + 1 < len(typed) and typed[after + 1] in self.person_nouns:
                after += 2  # "when my son is older"
            elif typed[after] in GROWING_PEOPLE:
                after += 1  # "as she grows"
            else:
                continue
            for end in range(after, min(after + MAX_PERSON_WORDS, len(typed))):
                if typed[end] in self._growing_up:
                    stop = end + 1 + (end + 1 < len(typed) and typed[end + 1] == "up")
                    return [*typed[:start], *self._without_growing_up(typed[stop:])]
        return typed

    def _describes_person(self, word: str) -> bool:
        target = self._phrases.get((self._stem(word),))
        return bool(target) and all(concept in self._person_concepts for concept in target)

    def _without_wrapper(self, typed: list[str]) -> list[str]:
        """A question without an opening that only asks the bot to tell: "can you tell me what HO is"."""
        if not typed or typed[0] not in self._wrappers_by_start:
            return self._without_teller(typed)
        for wrapper in self._wrappers_by_start[typed[0]]:
            if len(typed) > len(wrapper) and tuple(typed[: len(wrapper)]) == wrapper:
                return typed[len(wrapper) :]
        if not self._wrapper_fillers.isdisjoint(typed[: self._longest_filled_wrapper]):
            for wrapper in self._wrappers_by_start[typed[0]]:
                size = self._wrapper_size_with_fillers(typed, wrapper)
                if size is not None:
                    return typed[size:]  # "could you kindly tell us what causes it": "what causes it"
        return self._without_teller(typed)

    def _wrapper_size_with_fillers(self, typed: list[str], wrapper: tuple[str, ...]) -> int | None:
        """How many typed words a wrapper takes with the general layer's `wrapper_fillers` inside it ("could you
        kindly tell me"), or None. A filler is skipped only between the wrapper's words: one after the wrapper
        belongs to the question."""
        place = 0
        for index, word in enumerate(wrapper):
            while index and place < len(typed) and typed[place] != word and typed[place] in self._wrapper_fillers:
                place += 1
            if place >= len(typed) or typed[place] != word:
                return None
            place += 1
        return place if place < len(typed) else None

    def _without_teller(self, typed: list[str]) -> list[str]:
        """A message without an opening that only says who told the person the condition's name: "my physio said i
        have HO" is "i have HO"; the teller chose the answer (the physiotherapy entry). Only at the start, only with
        a reporting word after the teller ("can a physio help", "my physio wants me to rest" keep the physio), and
        only when what was told names the bank's condition: "my physio said this stuff grows fast. Is that true?"
        tells of health by the physio alone."""
        owners, tellers, verbs, after = self._reporting
        start = 1 if typed and typed[0] in owners else 0
        if len(typed) < start + 3 or typed[start] not in tellers or typed[start + 1] not in verbs:
            return typed
        rest = start + 2
        while rest < len(typed) - 1 and typed[rest] in after:
            rest += 1
        told = typed[rest:]
        if self._topic_names.isdisjoint(self.analyze(" ".join(told)).tokens):
            return typed
        return told

    def typed_names(self, short_forms: frozenset[str]) -> frozenset[str]:
        """The short forms typed in capitals (`typed_short_forms`) that name a thing the reader does not know: no word
        of the bank or its synonyms, no small or framing word of the general layer ("OK", "US"), no general health
        word ("MRI"), and no word English uses commonly (SHORT_FORM_NAME_ZIPF: "HELP", "WHY", "AM" are shouted).
        "Symptoms of MS", "early signs of ALS", "is POTS hereditary": a short form written in capitals is a name,
        whatever the same letters mean in lower case ("Ms", "pots"), so it is neither an everyday word nor a slip of
        another word, and it weighs as any word the bank does not know. Noted for this message (see `is_everyday`,
        `zipf`, `typo_readings`)."""
        found = frozenset(
            word
            for word in short_forms
            if word.isalpha()
            and word not in self._known
            and self._stem(word) not in self._known_stems
            and word not in self._concept_words
            and word not in self.stopwords
            and word not in self.framing
            and self._stem(word) not in self.health
            and english.zipf(word) < SHORT_FORM_NAME_ZIPF
        )
        if found:
            if len(self._typed_names) >= MAX_REMEMBERED:  # analyses outside a session, where no message starts
                self._typed_names.clear()
            self._typed_names.update(found)
        return found

    def names_condition(self, word: str) -> bool:
        """True for a typed word that names a condition by the general layer's word knowledge: one of its
        `graded_conditions` ("eczema", "psoriasis", "ms"), or a word with one of its `condition_endings` ("sarcoidosis",
        "fibrositis", "thalassaemia"); either way not common in English (CONDITION_NAME_ZIPF: "tear", "burn" and
        "strain" are everyday words first). Whether the bank knows it is the caller's to ask."""
        names, endings = self._condition_knowledge()
        if english.zipf(word) >= CONDITION_NAME_ZIPF and word not in self._typed_names:
            return False
        if word in names or self._stem(word) in names:
            return True
        return any(word.endswith(ending) and len(word) > len(ending) + 2 for ending in endings)

    def _condition_knowledge(self) -> tuple[frozenset[str], tuple[str, ...]]:
        """The general layer's condition names (as typed and stemmed) and condition endings, read on first need."""
        found = self.__dict__.get("_conditions")
        if found is None:
            vocabulary = general_vocabulary()
            listed = [name for name in vocabulary.get("graded_conditions", ()) if " " not in name]
            names = frozenset(listed) | frozenset(english.stem_many(listed))
            found = self.__dict__["_conditions"] = (names, tuple(vocabulary.get("condition_endings", ())))
        return found

    def is_everyday(self, token: str) -> bool:
        """True for common English words that the bank does not make its own (people, feelings, time)."""
        if token in self._typed_names:
            return False  # "MS" typed in capitals names a thing; "Ms" is everyday (see `typed_names`)
        found = self._everyday_cache.get(token)
        if found is None:
            found = token in self._everyday_added or (len(token) == 1 and token.isalpha())
            # Whether the bank alone decides it: a stem the bank never uses is as common as this message says (see
            # `zipf`), and the next message may say otherwise, so that answer is not kept.
            settled = True
            if not found and token not in self.topic and token not in self._concept_words:
                common = EVERYDAY_ZIPF if token in self._bank_tokens else EVERYDAY_UNSEEN_ZIPF
                found = token not in self._specific and self.zipf(token) >= common
                settled = token in self._specific or token in self._token_zipf
            if settled and len(self._everyday_cache) < MAX_REMEMBERED:
                self._everyday_cache[token] = found
        return found

    @property
    def concept_words(self) -> frozenset[str]:
        """The concepts synonym phrases are read as ("cause", "timing", "tv")."""
        return self._concept_words

    def is_aspect(self, token: str) -> bool:
        """True for a concept that says what is asked (causes, treatment, danger), not about what (FOP, grade)."""
        return (
            token in self._concept_words and token not in self.subjects and token not in self.things
            and not token.isdigit()
        )

    def misses_in_full(self, token: str) -> bool:
        """A concept the bank defines, or a number: an entry without it answers another question.

        What is asked ("causes") and what about ("FOP", "grade 2") both; only plain words ("my elbow") are
        details an entry may leave out.
        """
        # A lay-word concept ("belly", "blister") is the word it reads, in other spellings: a detail like it.
        return (token in self._concept_words and token not in self.things) or token.isdigit()

    def is_telling_aspect(self, token: str) -> bool:
        """An aspect that is not one of English's commonest words: "serious", "risk", not "when", "where"."""
        return self.is_aspect(token) and english.zipf(token) < TELLING_ASPECT_ZIPF

    def zipf(self, token: str) -> float:
        """How common a token's commonest word is in English (0 if unknown or never seen): of the bank's words with
        its stem, else of this message's words with it (see `_note_typed_commonness`)."""
        if token in self._typed_names:
            return 0.0  # a name typed in capitals, not the English word of the same letters (see `typed_names`)
        found = self._token_zipf.get(token)
        return found if found is not None else self._typed_zipf.get(token, 0.0)

    def is_bank_specific(self, token: str) -> bool:
        """True for a word the bank uses far more often than English does ("grow", "grade" in the HO bank)."""
        return token in self._specific or stem(token) in self._specific

    def is_topic_word(self, token: str) -> bool:
        """True for health words (whether or not the bank covers them) and the bank's own topic words."""
        return token in self.topic

    def is_about_health(self, token: str) -> bool:
        """True for a token that makes a message about health or about the bank: a topic word, a word naming
        the bank's main topic, or a lay health word or a word of the bank's own (see `_health_signals`)."""
        return token in self.topic or token in self._about or token in self.main_topic

    def is_lay_health(self, token: str) -> bool:
        """True for a lay health word or a word the bank makes its own that is not common in English (the signals
        of `_health_signals`, without the topic words)."""
        return token in self._about
