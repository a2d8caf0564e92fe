"""Triage: find red flags in a message and say how urgent they are.

The rules are data a clinician can review (`chatbot/general/triage/triage.yaml`, the
general layer shared by every bank). This module only reads them and applies
them: every phrase is turned into words once, at load, and indexed by its first
word, so checking a message is one pass over its words plus a little work for
the rare message that holds a sign.

A sign found in a message is read in its clause: a past or hypothetical word
there ("once last year", "can HO cause ...") makes it a mention, answered
normally with one safety line; otherwise (or with a current word, "now",
"I have ...") it is happening now, and the rule's tier decides the reply.

Words are read forgivingly before that (each way is data in the table): a
word that is no English word as the table word one slip away, other forms
and clinical words as the table's word (`read_as`), temperatures in every
written form (triage_numbers.py), filler words skipped inside a phrase. A
sign's parts lie in one sentence or two of one story, never across a
question; time words reach their clause, their sentence or, for a story
closed later ("it was fine"), the whole sentence across its commas.
"""


import bisect
import copy
import functools
import itertools
import operator
import os
import re
import sys
from collections import Counter
from collections.abc import Sequence
from typing import Any, NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import OSA

from chatbot.errors import BankError, BankProblem
from chatbot.lazy_pattern import lazy_compile
from chatbot.safety.allergy_history import (
    only_background,
    reaction_positions,
    stating_clauses,
    told_as_usual_reaction,
)
from chatbot.safety.at_risk import AtRiskReader, AtRiskTable
from chatbot.safety.at_risk import table_from as at_risk_table_from
from chatbot.safety.checklist_denials import read_checklist_denials
from chatbot.safety.denial_readings import denies_another, denies_what_follows, read_losses
from chatbot.safety.episodes import as_episodes
from chatbot.safety.known_loss import told_as_known_loss
from chatbot.safety.lay_signs import LayFamily, LaySigns, families_from
from chatbot.safety.message_shape import REMEDY, SHAPE_LISTS, MessageShape, Shape
from chatbot.safety.packed_phrases import Phrases, PhraseSet, pack, pack_groups, packable, unpack, unpack_groups
from chatbot.safety.sign_reader import ReaderTable, SignReader, context_word, signs_for_rules, table_from
from chatbot.safety.story_joins import told_apart
from chatbot.safety.triage_numbers import read_numbers
from chatbot.understanding import english
from chatbot.understanding.text import fold

TIERS = ("emergency", "urgent", "routine")
# The time-frame kinds a word can give its clause (a rule's own lists may add current, past, hypothetical).
_KINDS = ("current", "past", "hypothetical", "future", "chronic", "resolved", "asking", "recent")
# Time-frame lists a table may leave out (older tables have none).
_OPTIONAL_FRAME_NAMES = (
    "asking", "onset", "negation_next", "pointing_back", "comparison", "story_past", "past_tense", "present",
    "subject_start", "subject_bound", "question_start", "topic_change", "recent", "relapse", "linking", "supposing",
    "owned_state", "pointing_back_chronic", "since_then", "owner_between", "causing", "ever", "since_start",
    "pointing_back_since", "typical", "not_theirs", "named_conditions", "worsening", "contrast",
    "condition_openers", "onset_in_condition", "general_ask", "emergency_visit", "scene",
    "future_question", "future_question_not_before", "relative", "course_in_future", "recurring",
    "episodes",  # round 24 clinic precision
    "long_standing_loss", "loss_news",  # round 25 readings
    "state_before", "state_then", "state_then_next",  # round 25 (lead)
    "put_down_to_condition",  # round 26 (lead)
    "usual_after",  # round 28 (recall26)
    "allergy_declared", "allergy_usual", "named_signs",  # round 29 falsealarm27
    "near_miss",  # round 30 clinictriage28
    "asks_about_now",  # round 30 falsealarm28
    "fear", "reason_openers",  # round 33 (the lead)
)  # fmt: skip
_OPTIONAL_FRAMES = frozenset(_OPTIONAL_FRAME_NAMES)
# A sentence opening with these asks a yes-no question, with or without its mark ("is a little fluid normal").
_YES_NO_OPENERS = frozenset({"is", "are", "does", "do", "should", "can", "could"})
# The words that point at a thing told before ("is *that* normal"), as against an amount ("is a bit ...").
_POINTING_WORDS = frozenset({"that", "this", "it", "these", "those", "there", "thats", "its"})
# A number right after one of these is a reading, even after "over" or "about" (not an age).
_TEMPERATURE_WORDS = frozenset({"temp", "temps", "temperature", "temperatures", "fever", "thermometer"})
# Times now that name a day just gone: a sign told in the past tense at such a time, then said to be over, is over.
_DAY_JUST_GONE = frozenset(
    {("yesterday",), ("last", "night"), ("this", "morning"), ("yesterday", "evening"), ("last", "evening"),
     ("overnight",)}
)  # fmt: skip
# A look at a sign in a sentence opening so is asked about, not told: "has the doctor checked it?" (round 15).
# round 24 (readers): a verdict after "how do I know", "how can I tell", "how can we be sure" is wondered, not said.
_SEEN_WONDERED = frozenset({"know", "tell", "sure", "certain"})
_SEEN_ASKED = frozenset({"has", "have", "did", "should", "will", "can", "could", "would", "do", "does", "shall"})
# The words between a scene word and its setting: "watching *a* film", "at *the* cinema" (round 18).
_SETTING_ARTICLES = frozenset({"a", "an", "the", "this", "that", "some", "our", "my"})
# A person word after these names anyone, not someone the message tells of ("a child", "any patient").
_ANY_ONE = frozenset({"a", "an", "any", "every", "each"})
# The kinds that outweigh a current frame ("I took", "I've had") in its clause.
_WEIGHTY = frozenset(("past", "chronic"))
# Words that turn a story from how a thing was to how it is: "it was fine but today it's swollen" (round 19).
_TURNS = frozenset(("but", "until", "till", "til"))
# Round 24 (readings): after a sign denied before it, these tell a first time, not a denial ("never had chest pain
# before", "no chest pain until this morning"); "ever" or "at all" may stand between ("never had chest pain ever
# before", "up until").
_UNTIL = frozenset(("until", "till", "til", "untill"))
_FIRST_TIME_SKIP = frozenset(("ever", "up"))
# Round 28 (recall26): how many words of the sign's own clause may stand between it and the "until" of a first time
# ("never had chest pain in my life till now", "no headache at all until today").
FIRST_TIME_GAP = 3
# Round 28 (recall26): the most words of a clause that turns to now before a habit's words ("but in the last hour").
TURN_CLAUSE_MOST = 6
# ... the words that make a "fine" after a sign the person's usual, not how it is now ("he's normally fine").
_USUALLY = frozenset(("normally", "usually", "normaly", "usualy", "generally", "ordinarily"))
# ... and the words after a "normally" that keep it a denial ("breathing normally again", "eating normally and ...").
_AFTER_NORMALLY = frozenset(("and", "but", "or", "again", "too", "as", "so", "though", "still", "at", "for", "since"))
# ... and the words that, right after that "until", tell the turn is to now ("till now", "until this morning").
_UNTIL_NOW = frozenset(
    ("now", "today", "tonight", "this", "yesterday", "last", "recently", "lately", "an", "a", "about", "just")
)
# ... but "before" with one of these after it dates the denial before a thing ("no chest pain before the op").
_BEFORE_A_THING = frozenset(
    ("the", "my", "his", "her", "their", "your", "our", "a", "an", "surgery", "op", "operation", "then", "that", "it")
)
# ... "but" only with a time after it ("fine but today", "fine but now"; "breathing fine but my leg is puffy" denies
# the breathing).
_TURNED_WHEN = frozenset(
    ("today", "now", "tonight", "this", "since", "yesterday", "overnight", "suddenly", "then", "lately", "recently")
)
# What makes a sign that is over more than just over: a date long ago, a long-standing pattern, a what-if.
_NOT_JUST_RESOLVED = frozenset(("past", "chronic", "hypothetical", "future"))
_ONLY_SUPPOSING = frozenset(("hypothetical",))
# What keeps a recent date ("a week after my op") from making a sign current: a past date, a pattern, an end.
_NOT_RECENT = frozenset(("past", "chronic", "resolved", "future"))
# Round 22 (readings): the one word that may lead a date told alone after a comma ("..., about ten years ago").
_DATE_LEADS = frozenset(("about", "around", "maybe", "roughly", "nearly", "almost", "over", "approx"))
_RANK = {"emergency": 2, "urgent": 1, "routine": 0}
# Round 23 (readings): a sentence that opens by pointing back at what was just told and dates it ("It was last month.",
# "That was years ago and it cleared up").
_POINTED_DATES = frozenset((("it", "was"), ("that", "was"), ("this", "was"), ("it", "happened"), ("that", "happened"),
                            ("this", "happened"), ("all", "that", "was"), ("twas",)))  # fmt: skip
# In a folder of its own: the general layer's loader reads every YAML file directly in `general/`
# as bank sections, and the triage table is not one (a topic bank adds rules in its `triage:` section,
# see bank_triage.py).
GENERAL_TRIAGE = os.path.join(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "general", "triage", "triage.yaml"
)
# The contexts every table must define (it may add more).
CONTEXTS = ("after_surgery", "blood_thinner", "spinal_cord_injury", "child", "pregnancy")
# The lists of `expected_after_effects` (see triage.yaml).
# `asking_last`: a word that asks it only as the last word of a question ("small bruises, normal?").
AFTER_EFFECT_LISTS = ("asking", "mild", "causes", "not_mild", "asking_last", "improving")
FRAMES = (
    "current", "current_frame", "owner", "past", "hypothetical", "future", "chronic", "resolved", "state",
    "topic", "personal", "question_opener", "pointing", "conditional", "negation_before", "negation_after",
    *_OPTIONAL_FRAME_NAMES,
)  # fmt: skip

# "will I have pain that keeps getting worse?": at most this many words of a sign's course after its relative word.
MAX_COURSE_WORDS = 3
# "went to A&E last night with my worst ever headache": a sign at most this many words after the visit (round 17).
VISIT_GAP = 5
# "if my calf is ever swollen": "ever" this many words after the owner makes the thing owned supposed.
EVER_GAP = 4
# ... but not "ever so swollen" (very) or "ever since" (a time now).
_NOT_EVER = frozenset(("so", "since"))
# "The worst headache ever", "the worst I've ever had": "ever" after a superlative or a perfect is the measure of the
# sign, no supposing of it (round 15: "she suddenly said the worst headache ever and then was sick" was a what-if).
_EVER_MEASURES = frozenset(("worst", "ive", "weve", "hes", "shes", "theyve", "youve", "had", "have", "has"))
# A denial after a sign ("breathing has been fine") may have this many linking words between.
LINKING_MOST = 3
# All the words of one sign must lie this close together (in words).
SIGN_WINDOW = 20
# A line of at most this many words that names the condition and asks nothing is a search, read as general.
SEARCH_WORDS = 6
# Words that may open a condition's name in a heading ("a DVT - how common is it?").
_ARTICLES = frozenset(("a", "an", "the"))
# Openers that make a question without its question mark ("does oxygen stop breathlessness"): not "is" or
# "are", which also open a report with its subject left off ("is having chest pain").
# Round 30 (falsealarm28): "whats" and "hows" too, the openers run together ("whats the treatment for sepsis" is as
# general as "what is the treatment for sepsis"); a question about now is kept apart by `asks_about_now`.
UNMARKED_QUESTION_OPENERS = frozenset(
    ("does", "do", "can", "could", "will", "would", "how", "why", "when", "what", "whats", "hows")
)
# How many sentences apart the parts of one sign may be told, in a story with no question between them.
STORY_SENTENCES = 2
# ... and how many words apart, then: a sentence between may explain ("I can't go on. The pain never stops and
# nobody listens. I'm on the bridge now"), so a story's parts reach further than those of one sentence.
STORY_WINDOW = 40
# The words that close a list a negation runs along across its commas: "isn't hot, red or swollen".
_LIST_CLOSERS = frozenset(("or", "nor"))
# Round 24 (readings): a word that is a number as typed ("97", "38.5", "120/80").
# Round 25 (readings): small words between a state word and a reading ("if his sats are below 92").
_READING_LINKS = frozenset(("over", "about", "around", "above", "below", "under", "at", "reading", "reads"))
_READING_NUMBER = lazy_compile(r"\d+(?:[.,/]\d+)*[%cf]?")  # "200", "39c", "101f", "94%"
_NUMBER_WORD = lazy_compile(r"\d+(?:[.,/]\d+)*%?")
# ... and the words that name a measure read with a number.
_MEASURE_NAMES = frozenset(
    ("heart", "rate", "pulse", "hr", "bpm", "bp", "pressure", "temp", "temperature", "sugar", "sugars", "glucose",
     "bm", "inr", "weight", "sats", "oxygen", "o2", "spo2", "resp", "respiratory", "breathing", "saturation")
)
# Round 24 (readings): a verb that a wh-word a few words before it asks with ("what signs *should* I watch for",
# "which symptoms *do* we look for") is part of that question, not a new part of the message.
_WH_WORDS = frozenset(("what", "which", "whats", "how", "when", "where", "who", "wat", "wot"))
_WH_INVERTED = frozenset(
    ("should", "shall", "do", "does", "did", "can", "could", "will", "would", "must", "might", "are", "is")
)
_WH_GAP = 3
# Round 24 (readings): the words that ask what a thing is, right before its name ("whats sepsis").
_DEFINING = frozenset(
    (("whats",), ("what", "is"), ("what", "are"), ("wats",), ("wots",), ("what", "exactly", "is"), ("define",),
     ("meaning", "of"), ("explain",))
)
# Round 27 (falsealarm25): a sign asked about by what it is like or which kind matters: the asking words before it (an
# article between) and the words after it that close the question ("what would an infected wound look like",
# "what does a clot feel like", "which bleeding is serious on a blood thinner").
_ASKING_WHAT_LIKE = frozenset(
    (("what", "would"), ("what", "does"), ("what", "do"), ("what", "will"), ("what", "might"), ("what", "can"),
     ("how", "would"), ("how", "does"), ("wat", "does"), ("wat", "would"))
)  # fmt: skip
_LIKE_AFTER = frozenset((("look", "like"), ("looks", "like"), ("feel", "like"), ("feels", "like")))
_WHICH = frozenset((("which",), ("what", "kind", "of"), ("what", "type", "of"), ("what", "sort", "of")))
_KIND_AFTER = frozenset((("is",), ("are",), ("means",), ("counts",), ("should",), ("needs",)))
# Round 24 (readings): the joiners a condition goes on across ("if I'm on X and I get Y").
_CONDITION_GOES_ON = frozenset(("and", "or"))
# Round 24 (readings): a present-tense link before a denial, and the words of now after it ("looks normal today").
_PRESENT_LINKS = frozenset(("is", "are", "looks", "look", "seems", "seem", "feels", "feel", "its"))
_NOW_WORDS = frozenset(("today", "now", "tonight"))
# Round 24 (readings): owners right before a context that make it the person's own, whatever negation comes before.
_CONTEXT_OWNERS = frozenset(("my", "his", "her", "their", "our", "mums", "dads", "your"))
# Round 24 (readings): sign words that open a time or a cause, so never carry a negation on along a list.
_LIST_STOPS = frozenset(("after", "since", "following", "when", "from", "because", "before", "post"))
# For each part of a sign, the places tried: the nearest, then the next nearest (when the nearest is denied).
SIGN_ALTERNATIVES = 2
# A current frame ("I have", "he is having") counts when at most this many words stand between it and the
# sign; an owner ("my", "his") only right before it ("my calf is swollen", not "can HO make my hip dislocate").
FRAME_GAP = 1
OWNER_GAP = 0
# A negation at most this many words before a context denies it: "I don't have a spinal injury".
CONTEXT_NEGATION_GAP = 1
# Or at most this many small words ("on", "any", "a") between: "not on any blood thinners".
CONTEXT_SMALL_WORDS = 3
# A date long ago at most this many words after "since" makes a long-standing span: "since my brain injury 5
# years ago".
SINCE_DATE_GAP = 8
# A context denied of the one it is about at most this many words after it: "on a blood thinner myself but
# she isn't".
NOT_THEIRS_GAP = 2
# Words of `subject_start` that open a part but name no one ("now", "anyway").
_NOT_SUBJECTS = frozenset(("now", "anyway"))
# A past time at most this many words after "than" is what now is compared with ("than it did last week").
COMPARISON_GAP = 4
# Sign words this long may be reached by one slip of the keyboard, from a word at least TYPO_FROM_LENGTH
# long; shorter words are too often other real words ("beach" is not "bleach"). A word ending in s the table
# does not know may be its singular, one of PLURAL_FROM_LENGTH letters or more (see _Spelling).
TYPO_MIN_LENGTH = 6
TYPO_FROM_LENGTH = 6
PLURAL_FROM_LENGTH = 4
# A word that is no English word at all ("wond", "cest", "bolod") is a slip whatever its length, from
# NONWORD_FROM_LENGTH letters on: it is read as the table word one slip away (a letter dropped, added,
# changed or swapped, anywhere), a word of NONWORD_TARGET_LENGTH letters or more.
NONWORD_FROM_LENGTH = 3
NONWORD_TARGET_LENGTH = 3
# A non-word this long or longer may be two slips from a sign word as long ("unconciuos" -> unconscious).
TWO_SLIPS_FROM_LENGTH = 7
# A non-word shorter than this ("caf", "lps") is read only as a sign word with one letter left out.
NONWORD_ANY_SLIP_LENGTH = 4

# Sentence punctuation ends a clause; a decimal point ("38.5") does not.
# An opening bracket is no end: what it holds glosses the words before it ("the headache and sweating thing
# (dysreflexia)", "my daughter (15)"), in their clause (round 17); the closing bracket ends it.
_CLAUSE_END = re.compile(r"[.?!;:,)\n]+(?!\d)")

# What ends a whole sentence, where a comma ends only a clause: "watch for fever, redness and pus" is one list.
_FULL_STOP = lazy_compile(r"[.?!;\n]")

# A phrase's parts: special words in angle brackets ("<number 5+>"), or plain words.
_ITEM_PARTS = lazy_compile(r"<[^>]*>|[^\s<]+")

_PLAIN = lazy_compile(r"[a-z0-9 ]+")

# "leg's been numb" is "leg has been numb", not "legs": an 's before one of these words is "has" or "is",
# so dropping the apostrophe does not make one leg two.
# The forms of a change done that the table's signs use: "turned purple", "gone numb" (`change_verbs`).
_CHANGED = ("turned", "gone")
_CAN_NOT = lazy_compile(r"\bcan\s+not\b", re.IGNORECASE)
# A share ("50% of her body") is no count of tablets ("50 of her tablets"): the sign "took <number> of her ..." must
# not read it, so the percent sign is read as the word.
# "one of his legs has swelled" tells of one leg, not both (round 17): read as "his leg".
_ONE_OF_PAIR = lazy_compile(
    r"\bone of (my|his|her|their|your|the|mums|dads|mum's|dad's) "
    r"(legs|arms|feet|hands|calves|knees|eyes|ears|ankles)\b",
    re.IGNORECASE,
)
_SINGULAR = {
    "legs": "leg", "arms": "arm", "feet": "foot", "hands": "hand", "calves": "calf", "knees": "knee", "eyes": "eye",
    "ears": "ear", "ankles": "ankle",
}  # fmt: skip
_PERCENT = lazy_compile(r"(\d)\s*%(?=\s+of\b)", re.IGNORECASE)  # only a share "of" something: "sats 85%" is a reading
_CONTRACTED_S = lazy_compile(
    r"(?<=[a-z])['\u2019]s (?=(?:been|gone|got|getting|just|not|started|become|turned|still|really|very|so|all|"
    r"swollen|swole|swolen|numb|red|hot|cold|blue|white|weak|sore|bleeding|broken|dislocated|killing)\b)",
    re.IGNORECASE,
)

# Text speak: "2" is "to" after a word that takes "to" and a verb ("dont want 2 live", "going 2 end it"), where
# it is no count ("took 2 tablets", "2 days ago"): only before a word of letters that is no medicine or unit.
_TEXT_TO_BEFORE = frozenset((
    "want", "wanna", "wants", "wanted", "going", "gonna", "goin", "need", "needs", "trying", "try", "tryin",
    "decided", "planning", "plan", "planned", "ready", "deserve", "how", "able", "started", "start", "about",
    # round 15: "dying 2 know" (a figure of speech once read as "to"), "supposed 2 be", "scared 2 ask".
    "dying", "supposed", "meant", "used", "scared", "afraid", "wish",
))  # fmt: skip
# ... and after the object of such a word: "want it all 2 end", "want him 2 stop", "need someone 2 help".
_TEXT_TO_OBJECTS = frozenset(("it", "all", "me", "him", "her", "them", "us", "this", "everything", "someone"))
_TEXT_TO_NOT_BEFORE = frozenset((
    "days", "day", "weeks", "week", "hours", "hour", "mins", "minutes", "times", "of", "more", "extra", "or",
    "and", "doses", "lots", "nite", "night", "nights", "moro", "morrow", "yrs", "wks",
))  # fmt: skip

# round 17: "then" slipped for "than" after a comparative of how a body part looks or feels ("one leg much fatter
# then the other", "hotter then yesterday"): read as "than".
# ("worse then", "better then", "more then" are left too: "it got worse then eased" tells of a sequence.)
_COMPARATIVES = frozenset(("bigger", "fatter", "larger", "thicker", "hotter", "warmer", "redder", "darker", "colder",
    "paler", "weaker", "wider", "puffier", "heavier", "sorer", "tighter", "bluer", "whiter", "greyer"))  # fmt: skip

# Clause numbers: the sentence's number times this, plus the joining words before it in the sentence.
_SENTENCE = 1000
# round 20 precision: words that open an aside told inside a condition ("if my dad, who has a new hip, ever ...").
_ASIDE_OPENERS = frozenset(("who", "which", "whose", "whos"))

# Number words, so "took ten pills" reads like "took 10 pills".
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "hundred": 100, "dozen": 12, "dozens": 24,
}  # fmt: skip


# Round 19 (precision): the verbs that open a clinician's reported words after a look ("the nurse saw it, said
# it's a bit red"), and the joining words that may stand before them ("and said ...").
_REPORTING = frozenset(("said", "says", "say", "thinks", "thought", "reckons", "reckoned"))
# round 21 precision: the words of `seen_by_clinician: new` that join a story or tell of treatment too ("but", "gave me
# new exercises"); the others ("worse", "spreading", "hotter") tell a change after a look (`Triage._worse_after`).
_JOINING_NEWS = frozenset(
    {("but",), ("now",), ("then", "it"), ("but", "then"), ("after", "that"), ("since", "then"), ("ever", "since"),
     ("new",), ("newly",), ("started",), ("starting",), ("again",)}
)
# Past forms that are states more than acts, no supposition in a condition ("if it was", "if he had").
_NOT_SUPPOSED = frozenset(
    ("was", "were", "had", "did", "said", "told", "thought", "felt", "kept", "left", "swollen", "broken", "torn",
     "stuck", "hurt", "cut", "lost", "held")
)
_CLAUSE_JOINERS = frozenset((("and",), ("but",), ("then",), ("who",), ("she",), ("he",), ("they",)))


class Assessment(NamedTuple):
    """What triage found in a message.

    `tier` is emergency, urgent or routine; `rule` names the rule that decided
    (for routine, the red flag only mentioned, or None); `crisis` is true for
    self-harm and suicidal words happening now; `informational` is true when a
    routine reply must carry the rule's one safety line.
    """

    tier: str
    rule: str | None = None
    crisis: bool = False
    informational: bool = False


ROUTINE = Assessment("routine")


class Rule(NamedTuple):
    """One row of the triage table (see triage.yaml for what each field means)."""

    name: str
    tier: str
    signs: tuple[tuple[tuple[tuple[str, ...], ...], ...], ...]  # sign -> groups -> items -> words
    context: tuple[str, ...] = ()
    unless: tuple[tuple[str, ...], ...] = ()
    crisis: bool = False
    cues: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = ()  # this rule's own time-frame words
    safety_line: str = ""
    event: bool = False  # something that happened (a knock, an overdose): feeling fine after does not undo it
    # The tier a sign moves to when it is asked about as small and expected ("a little blood when I wipe after the
    # colonoscopy, is that normal?"), never below what the NHS page says; "" keeps the rule's tier.
    if_mild: str = ""
    never_mild: tuple[tuple[str, ...], ...] = ()  # signs of this rule that are never small ("pus")
    # The tier the rule moves to when one of `said` is in the message (NHS: thoughts of suicide with no plan
    # to act on them need help today, not 999); "" keeps the rule's tier.
    if_said: str = ""
    said: tuple[tuple[str, ...], ...] = ()
    # The tier a sign moves to when it is the bank's own everyday content (numb fingers on a carpal tunnel bank)
    # and the message has no word of a stronger one (`bank_own_signs: stronger`); "" keeps the rule's tier.
    if_bank_own: str = ""
    never_bank_own: tuple[tuple[str, ...], ...] = ()  # words that keep the rule's tier even then ("blue")
    # The tier of a sign told as over and done with today ("chest pain earlier that went away, I feel fine
    # now"): NHS pages send some such signs to an urgent appointment, not to no help at all; "" reads it as a
    # mention, like any other. A past date ("last year") or a long-standing sign stays a mention.
    if_resolved: str = ""
    # Words that keep the rule's tier though one of `said` is there ("felt faint when I stood up" is same day;
    # "fainted when he stood up and won't wake" is not).
    never_said: tuple[tuple[str, ...], ...] = ()
    # Words that undo a sign only in the sign's own sentence (round 19): "hurt myself at work" is an accident, but
    # "the physio has been going well, I can do the stairs now. I cut my wrists" is not; `unless` reads the message.
    unless_near: tuple[tuple[str, ...], ...] = ()
    # round 24 clinic precision: the tier of a sign told as coming in episodes on a recurring occasion ("my chest
    # goes tight every time I walk out into the cold air, is that asthma?"), and the words that keep the rule's
    # tier even then (see `episodes.py`); "" keeps the rule's tier.
    if_episodes: str = ""
    never_episodes: tuple[tuple[str, ...], ...] = ()
    # round 25 readings: a loss of feeling or movement that a long-standing loss told in the message explains ("he is
    # paralysed and can't feel his legs"), with no word of news, is no new loss (see `known_loss.py`).
    known_loss: bool = False
    # round 29 falsealarm27: a sign whose cause is an allergy the message states ("allergic to penicillin, had hives as
    # a kid") is timed by its reaction's clauses alone (see `allergy_history.py`).
    allergy_history: bool = False


class TriageRules(NamedTuple):
    """The whole validated triage table."""

    emergency_number: str
    wording: dict[str, str]
    safety_lines: dict[str, str]
    time_frame: dict[str, tuple[tuple[str, ...], ...]]
    clause_breaks: tuple[str, ...]
    contexts: dict[str, tuple[tuple[str, ...], ...]]
    rules: tuple[Rule, ...]
    sources: tuple[dict, ...]
    figures: Sequence[tuple[str, ...]] = ()  # figures of speech, read as no sign at all (a Phrases: packed when kept)
    negation_joiners: frozenset[str] = frozenset()  # words that carry a negation on along a list
    # Words before ("I'm", "aged") and after ("days", "years") a bare number that make it no temperature.
    # (words before, words after, reading verbs before "at"): see `numbers` in triage.yaml.
    not_temperature: tuple[tuple[tuple[str, ...], ...], ...] = ((), (), ())
    list_openers: tuple[tuple[str, ...], ...] = ()  # "watch for": a list of signs to look out for follows
    fillers: frozenset[str] = frozenset()  # words a phrase may have inside it: "can't *really* walk"
    read_as: dict[str, str] = {}  # noqa: RUF012 - never changed: another form of a sign word -> the table's word
    # `expected_after_effects`: asking (is that normal?), mild (a little), causes (the nerve block), not_mild (heavy).
    after_effects: dict[str, tuple[tuple[str, ...], ...]] = {}  # noqa: RUF012 - never changed
    # `bank_own_signs: stronger`: words that a bank's everyday sign is more than everyday ("sudden", "worst").
    bank_own_stronger: tuple[tuple[str, ...], ...] = ()
    # The words of the `medicine` word group: "want 2 paracetamol" is a count, not text speak for "to".
    medicines: frozenset[str] = frozenset()
    # `change_verbs`: "going purple", "turning cold" read also as the table's "gone purple", "gone cold".
    change_verbs: frozenset[str] = frozenset()
    changed_states: frozenset[str] = frozenset()
    # `seen_by_clinician` (round 15): looks (a clinician examined, scanned, treated or explained the sign), the words
    # that make a sign told after a look new, and the words that void a look (sent on to A&E).
    seen_looks: Sequence[tuple[str, ...]] = ()  # a Phrases (packed when kept), as `figures`
    seen_new: tuple[tuple[str, ...], ...] = ()
    seen_unless: tuple[tuple[str, ...], ...] = ()
    seen_persisting: frozenset[str] = frozenset()
    # The crisis lines and the same-day service the wording names ({crisis_lines}, {urgent_service}); a bank's meta
    # may name its own (`Triage.reply_text`'s `services`).
    crisis_lines: str = ""
    urgent_service: str = ""
    # `message_shape` (round 18): who a sign is told of and what the sentence does with it (`message_shape.py`).
    shape: dict[str, tuple[tuple[str, ...], ...]] = {}  # noqa: RUF012 - never changed
    # `follow_up_asks` (round 18): a sign's part that asks what to do about what the sentence just before told
    # ("missed my apixaban yesterday. Take it now or skip?"): told in that question, it still joins the sign.
    follow_up_asks: tuple[tuple[str, ...], ...] = ()
    # `lay_signs` (round 21): families of everyday descriptions read as a word the rules know (`lay_signs.py`).
    lay_signs: tuple[LayFamily, ...] = ()
    # `sign_reader` (round 25 reader): body parts, signs and contexts known from general English, and the rows that
    # read their combinations as a rule's sign (`sign_reader.py`).
    sign_reader: ReaderTable = ReaderTable()
    # `at_risk` (round 26 at-risk): the groups at risk (a young baby by age, pregnancy, a weak immune system, long-term
    # steroids), read into the contexts the rules that join a group with a sign name (`at_risk.py`).
    at_risk: AtRiskTable = AtRiskTable()


# The services the wording names, each filled from the bank's meta or else from the table's own value.
SERVICES = ("crisis_lines", "urgent_service")


# Reading and checking the YAML.

# One tuple for each phrase and one string for each word, however often the table's phrases and their expansions
# (every person, every part of a figure of speech) repeat them: the same values, so nothing reads differently, but
# the compiled copy keeps each once (pickle writes a shared object once), loads faster and takes less memory.
_PHRASES: dict[tuple[str, ...], tuple[str, ...]] = {}


def _phrase(words) -> tuple[str, ...]:
    """Words as a phrase: the one shared tuple of shared (interned) strings with these values."""
    item = tuple(map(sys.intern, words))
    return _PHRASES.setdefault(item, item)


def _item(text: Any) -> tuple[str, ...] | None:
    """A phrase as its words, keeping the special words (<number 5+>, <temperature>, <year>) and trailing *."""
    if not isinstance(text, (str, int)) or isinstance(text, bool):  # YAML reads a bare no/yes as a boolean
        return None
    text = str(text)
    if _PLAIN.fullmatch(text):  # the common case, already folded: loading stays fast
        return _phrase(text.split()) or None
    if "<" not in text and "*" not in text:
        return _phrase(fold(text).split()) or None
    result: list[str] = []
    for part in _ITEM_PARTS.findall(text):
        if part.startswith("<"):
            result.append(part)
        elif part.endswith("*") and len(part) >= 4:
            result.append(fold(part[:-1]) + "*")
        else:
            result.extend(fold(part).split())
    return _phrase(result) or None


def _items(
    value: Any, where: str, problems: list[BankProblem], file: str, groups: dict | None = None
) -> tuple[tuple[str, ...], ...]:
    if not isinstance(value, list) or not value:
        problems.append(BankProblem(file, None, where, "must be a non-empty list of words or phrases"))
        return ()
    try:  # the common case, a whole list of plain phrases at once: loading stays fast
        if _PLAIN.fullmatch(" ".join(value)):
            return tuple(_phrase(raw.split()) for raw in value)
    except TypeError:  # not all text: checked one by one below
        pass
    items = []
    for raw in value:
        if type(raw) is str and raw.startswith("@"):  # a named word group ("@leg"): all its words
            if groups is None or raw[1:] not in groups:
                problems.append(BankProblem(file, None, where, f"unknown word group {raw!r}"))
            else:
                items.extend(groups[raw[1:]])
            continue
        if type(raw) is str and _PLAIN.fullmatch(raw):  # the common case, inline: loading stays fast
            items.append(_phrase(raw.split()))
            continue
        item = _item(raw)
        if item is None or "<" in str(raw) and not all(_special_ok(w) for w in item if w[0] == "<"):
            hint = " (put quotes around yes, no, on, off)" if isinstance(raw, bool) else ""
            problems.append(BankProblem(file, None, where, f"not a word or phrase: {raw!r}{hint}"))
        else:
            items.append(item)
    return tuple(items)


def _figures(value: Any, problems: list[BankProblem], file: str, groups: dict) -> tuple[tuple[str, ...], ...]:
    """The figures of speech: phrases, and lists of parts written [[...], [...]] that stand for every phrase
    made of one item of each part in order ("[[can't breathe], [when I see, when I think about]]")."""
    if not isinstance(value, list) or not value:
        return _items(value, "figures_of_speech", problems, file, groups)
    plain = [raw for raw in value if not isinstance(raw, list)]
    items = list(_items(plain, "figures_of_speech", problems, file, groups)) if plain else []
    for raw in value:
        if isinstance(raw, list):
            parts = [_items(part, "figures_of_speech", problems, file, groups) for part in raw]
            items += [_phrase(word for item in chosen for word in item) for chosen in itertools.product(*parts)]
    return tuple(items)


class _Persons(NamedTuple):
    """`person_forms:` how a first-person phrase reads of other people."""

    forms: dict[str, tuple[str, ...]]  # "i" -> ("he", "she", "they", "we")
    singular: frozenset[str]  # the forms whose verb takes -s: "he", "she"
    verbs: dict[str, str]  # "do" -> "does", "have" -> "has", "am" -> "is"
    memo: dict  # an item -> its variants: a word group's items come again in every rule that names the group


def _person_forms(raw: Any, problems: list[BankProblem], file: str) -> _Persons | None:
    if raw is None:
        return None
    forms = raw.get("forms") if isinstance(raw, dict) else None
    verbs = raw.get("verbs") if isinstance(raw, dict) else None
    if (
        not isinstance(forms, dict)
        or not all(isinstance(v, list) for v in forms.values())
        or not isinstance(verbs, dict)
    ):
        problems.append(BankProblem(file, None, "person_forms", "needs forms (word: [its forms]) and verbs (do: does)"))
        return None
    return _Persons(
        {fold(str(word)): tuple(fold(str(f)) for f in values) for word, values in forms.items()},
        frozenset(fold(str(w)) for w in raw.get("singular") or []),
        {fold(str(verb)): fold(str(form)) for verb, form in verbs.items()},
        {},
    )


def _with_persons(items: tuple[tuple[str, ...], ...], persons: _Persons | None) -> tuple[tuple[str, ...], ...]:
    """Each phrase of more than one word as written and with its first-person word as each other person: a
    time frame or a figure of speech is told of a carer's mum or husband as of oneself ("how would she know
    if", "took his breath away"). With "he" or "she" the verb beside it agrees ("how do i know" -> "how does
    she know", "i have" -> "she has"); the plain verb is kept too ("how do she know"), as a second-language
    writer may put it."""
    if persons is None:
        return items
    result = list(items)
    seen = set(items)
    forms, memo = persons.forms, persons.memo
    for item in items:
        if len(item) < 2 or forms.keys().isdisjoint(item):
            continue
        known = memo.get(item)
        if known is None:
            known = memo[item] = _person_variants(item, persons)
        for one in known:
            if one not in seen:
                seen.add(one)
                result.append(one)
    return tuple(result)


def _change_verbs(raw: Any, problems: list[BankProblem], file: str) -> tuple[frozenset[str], frozenset[str]]:
    """`change_verbs: {verbs: [...], states: [...]}` as (verbs, states)."""
    if raw is None:
        return frozenset(), frozenset()
    if not isinstance(raw, dict) or not all(isinstance(raw.get(k), list) for k in ("verbs", "states")):
        problems.append(BankProblem(file, None, "change_verbs", "needs verbs and states, each a list of words"))
        return frozenset(), frozenset()
    return tuple(frozenset(fold(str(w)) for w in raw[key]) for key in ("verbs", "states"))  # type: ignore[return-value]


def _person_variants(item: tuple[str, ...], persons: _Persons) -> tuple[tuple[str, ...], ...]:
    """An item with its first-person word as each other person, the verb beside it agreed for he or she."""
    forms, verbs = persons.forms, persons.verbs
    variants: list[tuple[str, ...]] = []
    for place, word in enumerate(item):
        for form in forms.get(word, ()):
            variant = [*item[:place], form, *item[place + 1 :]]
            variants.append(_phrase(variant))
            if form in persons.singular:
                for near in (place - 1, place + 1):
                    if 0 <= near < len(item) and item[near] in verbs:
                        agreed = list(variant)
                        agreed[near] = verbs[item[near]]
                        variants.append(_phrase(agreed))
    return tuple(dict.fromkeys(variants))


def _special_ok(word: str) -> bool:
    return (
        word in ("<temperature>", "<normal temperature>", "<low temperature>", "<year>")
        or re.fullmatch(r"<number \d+(\+|-\d+)>", word) is not None
    )


def _text(value: Any) -> str:
    return " ".join(str(value).split()) if isinstance(value, str) else ""


def rules_from_document(document: Any, file: str = "triage.yaml") -> TriageRules:
    """Validate a parsed triage file; raises BankError listing every problem."""
    problems: list[BankProblem] = []
    if not isinstance(document, dict):
        raise BankError([BankProblem(file, None, None, "the triage file must be a mapping")])
    wording = document.get("wording") if isinstance(document.get("wording"), dict) else {}
    texts = {key: _text(wording.get(key)) for key in ("emergency", "crisis", "urgent")}
    lines_raw = wording.get("safety_line") if isinstance(wording.get("safety_line"), dict) else {}
    lines = {key: _text(lines_raw.get(key)) for key in ("emergency", "crisis", "urgent")}
    for key, value in [*texts.items(), *(("safety_line " + k, v) for k, v in lines.items())]:
        if not value:
            problems.append(BankProblem(file, None, None, f"wording is missing {key!r}"))
    # Optional: the urgent wording for a bank whose meta names its own contact ("the clinic"), with {contact}.
    for key, source, target in (("urgent_with_contact", wording, texts), ("urgent_with_contact", lines_raw, lines)):
        if _text(source.get(key)):
            target[key] = _text(source.get(key))
    number = _text(document.get("emergency_number"))
    if not number:
        problems.append(BankProblem(file, None, None, "missing 'emergency_number'"))
    services = {key: _text(document.get(key)) for key in SERVICES}
    for key, value in services.items():
        if not value and any("{" + key + "}" in text for text in (*texts.values(), *lines.values())):
            problems.append(BankProblem(file, None, None, f"the wording names {{{key}}} but the file has no {key!r}"))
    persons = _person_forms(document.get("person_forms"), problems, file)
    frames_raw = document.get("time_frame") if isinstance(document.get("time_frame"), dict) else {}
    time_frame = {
        kind: _items(frames_raw.get(kind), f"time_frame {kind}", problems, file)
        if kind in frames_raw or kind not in _OPTIONAL_FRAMES
        else ()
        for kind in FRAMES
    }
    if persons:  # "how would she know if", "took his breath away": every person a first-person phrase has
        time_frame = {kind: _with_persons(items, persons) for kind, items in time_frame.items()}
    breaks = tuple(fold(str(w)) for w in document.get("clause_breaks") or [] if isinstance(w, str))
    groups: dict[str, tuple[tuple[str, ...], ...]] = {}
    groups_raw = document.get("word_groups") if isinstance(document.get("word_groups"), dict) else {}
    for name, value in groups_raw.items():  # in order: a group may use the groups above it
        groups[str(name)] = _with_persons(_items(value, f"word_groups {name}", problems, file, groups), persons)
    figures = _figures(document["figures_of_speech"], problems, file, groups) \
        if "figures_of_speech" in document else ()  # fmt: skip
    figures = Phrases(_with_persons(figures, persons))  # a tuple that a compiled copy keeps packed
    joiners = frozenset(str(w) for w in document.get("negation_joiners") or [] if isinstance(w, str))
    numbers = document.get("numbers") if isinstance(document.get("numbers"), dict) else {}
    not_temperature = tuple(
        _items(numbers[key], f"numbers {key}", problems, file) if key in numbers else ()
        for key in ("not_a_temperature_after", "not_a_temperature_before", "reading_verbs_before_at")
    )
    not_temperature = (not_temperature[1], not_temperature[0], not_temperature[2])  # (before, after, reading verbs)
    openers = _items(document["list_openers"], "list_openers", problems, file) if "list_openers" in document else ()
    follow_ups = (
        _items(document["follow_up_asks"], "follow_up_asks", problems, file, groups)
        if "follow_up_asks" in document
        else ()
    )
    fillers = frozenset(fold(str(w)) for w in document.get("fillers") or [] if isinstance(w, str))
    read_as: dict[str, str] = {}
    for word, forms in (document.get("read_as") or {}).items():
        if not isinstance(forms, list) or not all(isinstance(form, str) and form.strip() for form in forms):
            problems.append(BankProblem(file, None, f"read_as {word}", "must be a list of words"))
            continue
        read_as.update({fold(form): fold(str(word)) for form in forms})
    effects_raw = document.get("expected_after_effects")
    after_effects: dict[str, tuple[tuple[str, ...], ...]] = {}
    if effects_raw is not None:
        if not isinstance(effects_raw, dict):
            problems.append(BankProblem(file, None, "expected_after_effects", "must be a mapping"))
            effects_raw = {}
        after_effects = {
            key: _items(effects_raw.get(key), f"expected_after_effects {key}", problems, file, groups)
            for key in AFTER_EFFECT_LISTS
        }
        # round 17: optional, so an older table without it still loads.
        after_effects["minor"] = (
            _items(effects_raw["minor"], "expected_after_effects minor", problems, file, groups)
            if "minor" in effects_raw
            else ()
        )
    own_raw = document.get("bank_own_signs")
    bank_own_stronger: tuple[tuple[str, ...], ...] = ()
    if own_raw is not None:
        if not isinstance(own_raw, dict):
            problems.append(BankProblem(file, None, "bank_own_signs", "must be a mapping"))
        else:
            bank_own_stronger = _items(own_raw.get("stronger"), "bank_own_signs stronger", problems, file, groups)
    seen = _seen_by_clinician(document.get("seen_by_clinician"), problems, file, groups)
    shape_raw = document.get("message_shape")
    shape: dict[str, tuple[tuple[str, ...], ...]] = {}
    if shape_raw is not None:  # round 18: optional, so an older table without it still loads
        if not isinstance(shape_raw, dict):
            problems.append(BankProblem(file, None, "message_shape", "must be a mapping"))
        else:
            shape = {
                key: _items(shape_raw[key], f"message_shape {key}", problems, file, groups)
                for key in SHAPE_LISTS
                if key in shape_raw
            }
    lay_signs = families_from(
        document.get("lay_signs"), problems, file, lambda value, where: _items(value, where, problems, file, groups)
    )
    contexts_raw = document.get("contexts") if isinstance(document.get("contexts"), dict) else {}
    names = list(CONTEXTS) + [name for name in contexts_raw if name not in CONTEXTS]
    contexts = {
        name: _with_persons(_items(contexts_raw.get(name), f"contexts {name}", problems, file, groups), persons)
        for name in names
    }
    rules = tuple(
        rule
        for raw in document.get("rules") or []
        if (rule := _rule(raw, problems, file, contexts, groups, persons)) is not None
    )
    if not rules:
        problems.append(BankProblem(file, None, None, "no rules"))
    # round 25 reader: each combination row adds one sign of class words to its rule; each context row a class word.
    reader = table_from(document.get("sign_reader"), problems, file, {rule.name for rule in rules})
    if reader.combos:
        extra = signs_for_rules(reader, groups)
        rules = tuple(rule._replace(signs=rule.signs + extra[rule.name]) if rule.name in extra else rule
                      for rule in rules)
    for cue in reader.contexts:
        if cue.context in contexts:
            contexts[cue.context] = (*contexts[cue.context], (context_word(cue.context),))
        else:
            problems.append(BankProblem(file, None, "sign_reader contexts", f"unknown context {cue.context!r}"))
    # round 26 at-risk: each group at risk adds its class word to the context it marks.
    at_risk = at_risk_table_from(document.get("at_risk"), problems, file, contexts)
    for name, word in AtRiskReader(at_risk).class_words().items():
        if name in contexts:
            contexts[name] = (*contexts[name], word)
    names = [rule.name for rule in rules]
    for name in sorted({n for n in names if names.count(n) > 1}):
        problems.append(BankProblem(file, None, name, "two rules have this name"))
    sources = document.get("sources")
    if not isinstance(sources, list) or not all(isinstance(s, dict) and s.get("name") for s in sources):
        problems.append(BankProblem(file, None, None, "'sources' must list the public sources, each with a name"))
        sources = []
    if problems:
        raise BankError(problems)
    return TriageRules(
        number,
        texts,
        lines,
        time_frame,
        breaks,
        contexts,
        rules,
        tuple(sources),
        figures,
        joiners,
        not_temperature,
        openers,
        fillers,
        read_as,
        after_effects,
        bank_own_stronger,
        frozenset(word for item in groups.get("medicine", ()) for word in item),
        *_change_verbs(document.get("change_verbs"), problems, file),
        *seen,
    )._replace(**services, shape=shape, follow_up_asks=follow_ups, lay_signs=lay_signs,
                sign_reader=reader, at_risk=at_risk)


def _seen_by_clinician(raw: Any, problems: list[BankProblem], file: str, groups: dict):
    """`seen_by_clinician: {looks, new, persisting, unless}` as (looks, new, unless, persisting); looks may be
    written in parts, as figures of speech are ([[the doctor, the gp], [said it, checked]])."""
    if raw is None:
        return (), (), (), frozenset()
    if not isinstance(raw, dict) or not isinstance(raw.get("looks"), list):
        problems.append(BankProblem(file, None, "seen_by_clinician", "needs looks (and new, unless), each a list"))
        return (), (), (), frozenset()
    looks = Phrases(_figures(raw["looks"], problems, file, groups))  # a tuple that a compiled copy keeps packed
    new = _items(raw["new"], "seen_by_clinician new", problems, file, groups) if "new" in raw else ()
    unless = _items(raw["unless"], "seen_by_clinician unless", problems, file, groups) if "unless" in raw else ()
    persisting = frozenset(fold(str(word)) for word in raw.get("persisting") or [] if isinstance(word, str))
    return looks, new, unless, persisting


def _lower_tier(raw, key, words_key, name, tier, problems, file, groups, needs_words=False):
    """A rule's move to a lower tier (`if_mild`, `if_said`, `if_bank_own`): that tier ("" if the rule has
    none) and the words that go with it (`never` words, or the words that must be said)."""
    if key not in raw:
        return "", ()
    spec = raw[key] if isinstance(raw[key], dict) else {}
    lower = str(spec.get("tier") or "")
    if lower not in TIERS or _RANK[lower] >= _RANK.get(str(tier), 0):
        problems.append(BankProblem(file, None, name, f"{key} needs a tier below the rule's own"))
    if words_key not in spec and not needs_words:
        return lower, ()
    return lower, _items(spec.get(words_key), f"{name} {key} {words_key}", problems, file, groups)


def _rule(
    raw: Any, problems: list[BankProblem], file: str, contexts: dict, groups: dict, persons: _Persons | None = None
) -> Rule | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
        problems.append(BankProblem(file, None, None, "each rule needs a name"))
        return None
    name = raw["name"]
    tier = raw.get("tier")
    if tier not in TIERS:
        problems.append(BankProblem(file, None, name, f"tier must be one of {', '.join(TIERS)}"))
        return None
    signs = []
    for sign in raw.get("signs") or []:
        if isinstance(sign, list):
            parts = tuple(
                _with_persons(_items(group, f"{name} signs", problems, file, groups), persons) for group in sign
            )
            if parts and all(parts):
                signs.append(parts)
            else:
                problems.append(BankProblem(file, None, name, f"a sign must be a phrase or a list of groups: {sign!r}"))
        elif type(sign) is str and _PLAIN.fullmatch(sign):  # the common case: loading stays fast
            signs.append((_with_persons((_phrase(sign.split()),), persons),))
        else:
            item = _with_persons(_items([sign], f"{name} signs", problems, file, groups), persons)
            if item:
                signs.append((item,))
    if not signs:
        problems.append(BankProblem(file, None, name, "a rule needs signs"))
        return None
    context = tuple(raw.get("context") or ())
    for item in context:
        if item not in contexts:
            problems.append(BankProblem(file, None, name, f"unknown context {item!r} (known: {', '.join(contexts)})"))
    safety_line = _text(raw.get("safety_line"))
    if tier == "routine" and not safety_line:
        problems.append(BankProblem(file, None, name, "a routine rule needs its safety_line"))
    cues = tuple(
        (kind, _items(raw[kind], f"{name} {kind}", problems, file, groups))
        for kind in ("current", "past", "hypothetical")
        if kind in raw
    )
    unless = _items(raw["unless"], f"{name} unless", problems, file, groups) if "unless" in raw else ()
    if_mild, never_mild = _lower_tier(raw, "if_mild", "never", name, tier, problems, file, groups)
    if_said, said = _lower_tier(raw, "if_said", "words", name, tier, problems, file, groups, needs_words=True)
    if_bank_own, never_bank_own = _lower_tier(raw, "if_bank_own", "never", name, tier, problems, file, groups)
    never_said = ()
    if isinstance(raw.get("if_said"), dict) and "never" in raw["if_said"]:
        never_said = _items(raw["if_said"]["never"], f"{name} if_said never", problems, file, groups)
    unless_near = ()
    if "unless_near" in raw:
        unless_near = _items(raw["unless_near"], f"{name} unless_near", problems, file, groups)
    if_resolved = str(raw.get("if_resolved") or "")
    # round 24 clinic precision: a sign told as episodes on a recurring occasion (see `episodes.py`).
    if_episodes, never_episodes = _lower_tier(raw, "if_episodes", "never", name, tier, problems, file, groups)
    if if_resolved and (if_resolved not in TIERS or not 0 < _RANK[if_resolved] <= _RANK[tier]):
        problems.append(BankProblem(file, None, name, "if_resolved needs a tier above routine, at most the rule's own"))
    return Rule(
        name,
        tier,
        tuple(signs),
        context,
        unless,
        bool(raw.get("crisis")),
        cues,
        safety_line,
        bool(raw.get("event")),
        if_mild,
        never_mild,
        if_said,
        said,
        if_bank_own,
        never_bank_own,
        if_resolved,
        never_said,
        unless_near,
        if_episodes,
        never_episodes,
        bool(raw.get("known_loss")),
        bool(raw.get("allergy_history")),
    )


# Finding phrases in a message.


# A word no phrase of the table has been looked up for yet (see `_PhraseIndex._starts_of`).
_UNSEEN = object()
# At most this many words' starts are remembered: a server fed made-up words must not grow without end.
MAX_REMEMBERED_WORDS = 20_000


@functools.lru_cache(maxsize=4096)  # a long pasted text repeats its numbers
def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word) if len(word) < 7 else None
    if len(word) > 1 and word[-1] in "cf" and word[:-1].isdigit() and len(word) < 6:  # "39c", "101f"
        return int(word[:-1])
    return _NUMBER_WORDS.get(word)


def forget_words() -> None:
    """Forget the typed words matched against the table's patterns so far (see `english.forget_words`)."""
    _word_fits.cache_clear()
    _number.cache_clear()
    _PhraseIndex._numbers_alone.cache_clear()


@functools.lru_cache(maxsize=8192)
def _word_fits(pattern: str, word: str) -> bool:
    if pattern[0] == "<":
        value = _number(word)
        if value is None:
            return False
        if pattern == "<temperature>":
            return word[0].isdigit() and (38 <= value <= 43 or 101 <= value <= 108)
        if pattern == "<normal temperature>":  # only a sure reading ("37.2", "98.6F"), never a bare 37
            return word[-1] == "c" and 36 <= value <= 37 or word[-1] == "f" and 96 <= value <= 99
        if pattern == "<low temperature>":  # round 17: a sure reading under 36 °C ("35.1", "95F"), a sepsis sign
            return word[-1] == "c" and 34 <= value <= 35 or word[-1] == "f" and 93 <= value <= 95
        if pattern == "<year>":
            return word.isdigit() and len(word) == 4 and 1900 <= value <= 2099
        low, _, high = pattern[len("<number ") : -1].partition("-")  # "<number 5+>" or "<number 1-15>"
        if high:
            return int(low) <= value <= int(high)
        return value >= int(low.rstrip("+"))
    if pattern[-1] == "*":
        return word.startswith(pattern[:-1])
    return pattern == word


# A pair's phrases are compared one by one up to this many; a longer list is looked up by length (`_pair_hits`).
FEW_PAIRED = 8


class _PhraseIndex:
    """Every phrase of the table, found in a message's words in one pass.

    Plain one-word phrases are a dict lookup; longer ones are indexed by their
    first two words, so common words ("i", "my") cost nothing. Phrases with a
    special word or a word ending in * are indexed by their first word (its
    first three letters for a *, any number for a special word).
    """

    def __init__(self, items):
        self.single: dict[str, tuple[str, ...]] = {}
        self.pairs: dict[tuple[str, str], list[tuple[str, ...]]] = {}
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        self.by_prefix: dict[str, list[tuple[str, ...]]] = {}
        self.numeric: dict[str | None, list[tuple[str, ...]]] = {}  # by their second word
        for item in items:
            first = item[0]
            if first[0] == "<":
                self.numeric.setdefault(item[1] if len(item) > 1 else None, []).append(item)
            elif first[-1] == "*":
                self.by_prefix.setdefault(first[:3], []).append(item)
            elif len(item) == 1:
                self.single[first] = item
            elif "<" in (rest := " ".join(item[1:]) + " ") or "* " in rest:
                self.by_first.setdefault(first, []).append(item)
            else:
                self.pairs.setdefault((first, item[1]), []).append(item)

    @functools.lru_cache(maxsize=1024)  # noqa: B019 (one index per table, kept for the program's life)
    def _numbers_alone(self, word: str) -> tuple[tuple[str, ...], ...]:
        """The one-word special phrases a number fits ("<temperature>"): worked out once per number."""
        return tuple(item for item in self.numeric.get(None, ()) if _word_fits(item[0], word))

    def __getstate__(self) -> dict:
        # What each word starts is worked out on use: a compiled copy of the bank never holds it.
        state = dict(self.__dict__)
        state.pop("_starts", None)
        state.pop("_pair_firsts", None)
        state.pop("_pair_lookups", None)
        # The two-word-and-longer phrases go as text, one string per pair grouped by its first word (round 17:
        # rebuilding them as tuples was a third of a start); a word's pairs are set out on its first sight
        # (`_starts_of`), a pair's phrases decoded on its first use (`_paired`), in the order they had.
        by_first = {first: dict(unpack_groups(packed)) for first, packed in self.__dict__.get("_packed", {}).items()}
        kept = {}
        for (first, second), items in self.pairs.items():
            if items.__class__ is str:
                by_first.setdefault(first, {})[second] = items
            elif packable([(first, second), *items]):
                by_first.setdefault(first, {})[second] = pack(items)
            else:
                kept[first, second] = items
        state["pairs"] = kept
        state["_packed"] = {first: pack_groups(texts) for first, texts in by_first.items()}
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        # Worked out here, not on first need: the pairs are filled in as words are first seen, by any thread.
        self._pair_firsts = frozenset(map(operator.itemgetter(0), self.pairs)).union(self.__dict__.get("_packed", ()))

    def all_pairs(self) -> dict[tuple[str, str], list[tuple[str, ...]]]:
        """Every pair's phrases, each list in its order: all decoded, for checks and reports (a message never
        needs this)."""
        for word in list(self.__dict__.get("_packed", ())):
            self._starts_of(word)  # sets the word's pairs out
        for key, items in list(self.pairs.items()):
            if items.__class__ is str:
                self._paired(key, items)
        return self.pairs

    def _paired(self, key: tuple[str, str], text: str) -> list[tuple[str, ...]]:
        """The phrases of one pair, decoded from the text a compiled copy kept them as (once)."""
        items = unpack(text)
        self.pairs[key] = items  # two threads may both decode it: equal lists, either serves
        return items

    def _starts_of(self, word: str) -> tuple | None:
        """What a word may start: its one-word phrase, whether a two-word phrase starts with it, the looser phrases
        that may (by its first word or first three letters), and whether it is a number; None for nothing at all.
        Worked out once per word (a bounded memo: the table never changes)."""
        starts = self.__dict__.setdefault("_starts", {})
        found = starts.get(word, _UNSEEN)
        if found is _UNSEEN:
            pair_firsts = self.__dict__.get("_pair_firsts")
            if pair_firsts is None:
                pair_firsts = self._pair_firsts = frozenset(map(operator.itemgetter(0), self.pairs))
            packed = self.__dict__.get("_packed")
            texts = packed.get(word) if packed else None
            if texts is not None:  # a compiled copy's pairs of this word: set out (once) before `find` asks
                pairs = self.pairs
                for second, text in unpack_groups(texts):
                    pairs.setdefault((word, second), text)
                packed.pop(word, None)
            loose = (*self.by_first.get(word, ()), *(self.by_prefix.get(word[:3], ()) if self.by_prefix else ()))
            # Only those whose first word fits this word (`find` then reads them from their second word on): a word's
            # first three letters name dozens of "*" phrases that most words sharing them do not start (speed29).
            loose = tuple((item, len(item)) for item in loose if _word_fits(item[0], word))
            number = bool(self.numeric) and _number(word) is not None
            found = (self.single.get(word), word in pair_firsts, loose, number)
            if found[0] is None and not found[1] and not loose and not number:
                found = None
            if len(starts) < MAX_REMEMBERED_WORDS:
                starts[word] = found
        return found

    def _pair_hits(self, items: list[tuple[str, ...]], words: list[str], start: int, count: int) -> list:
        """The phrases of one pair's long list (`items`, hundreds for "so much" or "run off") standing in the words
        from `start`, in the list's order: looked up by each length the list holds, not compared one by one. Each
        list's lengths and places are worked out on first use (never kept in a compiled copy)."""
        lookups = self.__dict__.setdefault("_pair_lookups", {})
        lookup = lookups.get(id(items))
        if lookup is None or lookup[0] is not items:  # kept with its list, so an id is never another list's
            place = {item: position for position, item in enumerate(items)}
            lookup = lookups[id(items)] = (items, sorted({len(item) for item in items}), place)
        _, lengths, place = lookup
        hits = [
            item
            for size in lengths
            if start + size <= count and (item := tuple(words[start : start + size])) in place
        ]
        if len(hits) > 1:
            hits.sort(key=place.__getitem__)
        return hits

    def find(self, words: list[str]) -> dict[tuple[str, ...], list[tuple[int, int]]]:
        """Each phrase found, with the (start, end) word positions of every occurrence."""
        found: dict[tuple[str, ...], list[tuple[int, int]]] = {}
        count = len(words)
        pairs = self.pairs
        starts = self.__dict__.get("_starts") or {}
        for start, word in enumerate(words):
            kind = starts.get(word, _UNSEEN)
            if kind is _UNSEEN:
                kind = self._starts_of(word)
            if kind is None:
                continue  # a word no phrase starts with
            item, paired, loose, number = kind
            if item is not None:
                found.setdefault(item, []).append((start, start + 1))
            if paired and start + 1 < count:
                items = pairs.get((word, words[start + 1]), ())
                if items.__class__ is str:
                    items = self._paired((word, words[start + 1]), items)
                if len(items) <= FEW_PAIRED:
                    for item in items:
                        end = start + len(item)
                        if end <= count and item == tuple(words[start:end]):
                            found.setdefault(item, []).append((start, end))
                else:
                    for item in self._pair_hits(items, words, start, count):
                        found.setdefault(item, []).append((start, start + len(item)))
            if number:
                for item in self._numbers_alone(word):  # "<temperature>": the word alone decides
                    found.setdefault(item, []).append((start, start + 1))
            # The loose phrases (with their lengths) fit this word already (`_starts_of`): read from their second word.
            for item, size in loose:
                end = start + size
                if end > count:
                    continue
                for offset in range(1, size):  # as `all(...)`, without a generator per phrase
                    if not _word_fits(item[offset], words[start + offset]):
                        break
                else:
                    found.setdefault(item, []).append((start, end))
            if number:  # then the patterns of numbers by the word after: read from their first word
                following = words[start + 1] if start + 1 < count else None
                for item in self.numeric.get(following, ()):
                    end = start + len(item)
                    if end > count:
                        continue
                    for offset, pattern in enumerate(item):
                        if not _word_fits(pattern, words[start + offset]):
                            break
                    else:
                        found.setdefault(item, []).append((start, end))
        return found


class _Spelling:
    """Fixes one slip inside a long sign word ("brething", "swolen", "unconsious", "temprature").

    Only words the table does not know are corrected: a plural or a verb in
    -s to the word without it when the table knows that ("wants to die"), a
    word short of a final e to the word with it ("strok"); a word of
    TYPO_FROM_LENGTH letters or more to a sign or context word of
    TYPO_MIN_LENGTH letters or more, only for one letter
    dropped or added inside the word (not at its end, where "collapse" and
    "collapsed" are different words) or two letters swapped.

    A word that is not English at all (not in the English word list) is a
    slip of some word, so it is read more freely, from NONWORD_FROM_LENGTH
    letters on and into short sign words too: one letter dropped, added,
    changed or swapped anywhere ("wond" -> wound, "cest" -> chest, "bolod" ->
    blood, "clafs" -> calfs). A real word ("pin", "pan") is never changed this way.
    """

    def __init__(self, items, rules: TriageRules):
        self.known = {word for item in items for word in item}
        self.rules = rules
        self.buckets: dict[tuple[str, int], list[str]] | None = None  # built on first need: start-up stays fast
        self.targets: frozenset[str] = frozenset()  # the words a non-word may be read as (built with buckets)
        self.longest_target = 0
        self.sign_words: frozenset[str] = frozenset()
        self.memo: dict[str, str] = {}
        # Sign words long enough for two slips, by length (built on first need).
        self.long_signs: dict[int, list[str]] | None = None

    def _build(self) -> dict[tuple[str, int], list[str]]:
        signs = {
            word
            for rule in self.rules.rules
            for sign in rule.signs
            for group in sign
            for item in group
            for word in item
        }
        # Time-frame words are not corrected into, unless a sign uses them too ("fever" in "fever came down").
        timing = {word for values in self.rules.time_frame.values() for item in values for word in item} - signs
        buckets: dict[tuple[str, int], list[str]] = {}
        for word in self.known - timing:
            if len(word) >= TYPO_MIN_LENGTH and word.isalpha():
                buckets.setdefault((word[0], len(word)), []).append(word)
        contexts = {word for items in self.rules.contexts.values() for item in items for word in item}
        self.sign_words = frozenset(signs | contexts)
        # A non-word may be read as any word of the table, time-frame words too ("waht is a DVT?").
        self.targets = frozenset(w for w in self.known if len(w) >= NONWORD_TARGET_LENGTH and w.isalpha())
        self.longest_target = max(map(len, self.targets), default=0)
        return buckets

    def _nonword(self, word: str) -> str:
        """The table word a word that is no English word is one slip from, or the word itself."""
        if len(word) < NONWORD_FROM_LENGTH or english.is_known(word):
            return word
        if len(word) > self.longest_target + 1:  # no table word is one slip away; listing the slips of a
            return word  # 16,000-letter "word" took 35 s and 13 GB
        found = [(slip, target) for target, slip in _one_edit(word).items() if target in self.targets]
        if len(word) < NONWORD_ANY_SLIP_LENGTH:  # "caf", "lps": only a letter left out of a sign word
            found = [(slip, target) for slip, target in found if slip == 1 and target in self.sign_words]
        if not found:
            return self._two_slips(word)
        # Several table words one slip away ("cest": chest or test): the likelier slip (two letters swapped,
        # a letter left out, one too many, one wrong), then a sign word before a time-frame or an `unless`
        # word ("whie": white, not while), then the commoner English word.
        found.sort(key=lambda pair: (pair[0], pair[1] not in self.sign_words, -english.zipf(pair[1]), pair[1]))
        return found[0][1]

    def _two_slips(self, word: str) -> str:
        """A long non-word two slips from a long sign word ("unconciuos", "surggury", "paaracetamol"), or a
        plural of a word one or two slips away ("paracetaamols"); else the word itself."""
        if len(word) < TWO_SLIPS_FROM_LENGTH:
            return word
        if self.long_signs is None:  # by length: a message of unknown words asks for each of them
            self.long_signs = {}
            for sign in sorted(self.sign_words):
                if len(sign) >= TWO_SLIPS_FROM_LENGTH and sign.isalpha():
                    self.long_signs.setdefault(len(sign), []).append(sign)
        candidates = [w for size in range(len(word) - 2, len(word) + 3) for w in self.long_signs.get(size, ())]
        best = process.extractOne(word, candidates, scorer=OSA.distance, score_cutoff=2)
        found = best[0] if best is not None else None
        if found is None and word[-1] == "s" and len(word) > TWO_SLIPS_FROM_LENGTH:  # a plural: the singular,
            single = self._nonword(word[:-1])  # one or two slips off
            found = single if single != word[:-1] else None
        # One slip from a common English word, it is a slip of that word: "dianosed" is "diagnosed", not
        # "cyanosed" two slips away ("my wife has been dianosed with vasculitis" met the emergency screen).
        # (Asked only once a sign is in reach: listing a word's slips in the English list is the slow part, and
        # a pasted page of made-up words, none near a sign, took seconds.)
        if found is None or english.correction(word) is not None:
            return word
        return found

    def correct(self, word: str) -> str:
        read_as = self.rules.read_as.get(word)
        if read_as is not None:  # another form of a sign word, as the table lists it ("throbbed" -> throbbing)
            return read_as
        if len(word) < NONWORD_FROM_LENGTH or word in self.known or not word.isalpha():
            return word
        fixed = self.memo.get(word)
        if fixed is None and len(word) >= PLURAL_FROM_LENGTH and word[-1] == "s" and word[:-1] in self.known:
            fixed = word[:-1]  # "paracetamols", "wants"
        if fixed is None and word + "e" in self.known and len(word) >= PLURAL_FROM_LENGTH + 1:  # "strok"
            fixed = word + "e"
        if fixed is None:
            if self.buckets is None:
                self.buckets = self._build()
            found = {
                target
                for size in (len(word) - 1, len(word), len(word) + 1)
                for target in self.buckets.get((word[0], size), ())
                if _one_slip(word, target)
            } if len(word) >= TYPO_FROM_LENGTH else set()  # fmt: skip
            single = found.pop() if len(found) == 1 else None
            fixed = single if single is not None else self._nonword(word)
            if single is not None and _commoner_word(word, single):
                # round 20 precision: an English word commoner than the table word one slip away is that word, no
                # slip ("cooked ones are fine" is not "crooked"); a rarer one still is ("a stoke" is a stroke).
                fixed = word
            if len(self.memo) < 10_000:  # a bounded memo: a long-running server must not grow without end
                self.memo[word] = fixed
        return fixed


_LETTERS = "abcdefghijklmnopqrstuvwxyz"
# round 20 precision: how common (Zipf) an English word must be before it is never read as a slip of a rarer word.
COMMON_WORD_ZIPF = 3.8


def _commoner_word(word: str, target: str) -> bool:
    """Whether `word` is a common English word, commoner than the table word `target` it is one slip from."""
    frequency = english.zipf(word)
    return frequency >= COMMON_WORD_ZIPF and frequency > english.zipf(target)


def _one_edit(word: str) -> dict[str, int]:
    """Every string one slip away from `word`, with how likely that slip is (0 likeliest): two neighbours
    swapped (0), a letter left out of the intended word (1), one letter too many (2), one wrong (3)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits: dict[str, int] = {}
    for slip, strings in enumerate((
        (left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1),
        (left + c + right for left, right in splits for c in _LETTERS),
        (left + right[1:] for left, right in splits if right),
        (left + c + right[1:] for left, right in splits if right for c in _LETTERS),
    )):  # fmt: skip
        for edit in strings:
            edits.setdefault(edit, slip)
    edits.pop(word, None)
    return edits


def _one_slip(word: str, target: str) -> bool:
    """One letter dropped or added before the last letter, or two neighbouring letters swapped."""
    if len(word) == len(target):
        differ = [i for i in range(len(word)) if word[i] != target[i]]
        return len(differ) == 2 and differ[1] == differ[0] + 1 and word[differ[0]] == target[differ[1]] \
            and word[differ[1]] == target[differ[0]]  # fmt: skip
    short, long = (word, target) if len(word) < len(target) else (target, word)
    for i in range(len(short)):
        if short[i] != long[i]:
            return short[i:] == long[i + 1 :]
    return False  # the extra letter is the last one: a different word ending, not a slip


class _Message(NamedTuple):
    words: list[str]
    clause: list[int]  # the clause number of each word
    found: dict[tuple[str, ...], list[tuple[int, int]]]
    # The time-frame kinds found in each clause (current, past) and sentence (hypothetical; a sign put down to the
    # condition under its own key, `_put_down`).
    kinds: dict[int | tuple[str, int], set[str]]
    frames: list[tuple[int, int, int]]  # where a current frame ("I have", "my") is, and its largest gap
    negators: list[tuple[int, int, bool | str]]  # where a negation is: after what it denies (True), before, or "next"
    general: list[frozenset[int]]  # [the sentences that are general questions: about the condition, or no one]
    sentence: list[int]  # the sentence number of each word (commas do not end a sentence; clause numbers do)
    questions: frozenset[int]  # the sentences that end in a question mark
    memo: dict  # what is worked out once per message on first need (see _list_runs, _frames_near)


class Triage:
    """Applies a triage table to messages: `assess(text)` says emergency, urgent or routine."""

    def __init__(self, rules: TriageRules):
        self.rules = rules
        self.emergency_number = rules.emergency_number
        self._by_name = {rule.name: rule for rule in rules.rules}
        # Each sign's groups as sets, to look phrases up in them; made on a rule's first need (start-up stays fast).
        self._sign_sets: dict[str, list[tuple[frozenset, ...]]] = {}
        items: list[tuple[str, ...]] = []
        # Which signs each phrase belongs to, so a message's phrases lead straight to the signs to check, and which
        # part of each sign, as one bit of the sign's parts: a message makes a sign whole when its phrases light
        # every bit (`_whole_signs`), counted from the phrases found, not by reading every part of every sign they
        # touch.
        parts_of: dict[tuple[str, ...], dict[tuple[int, int], int]] = {}
        self._all_parts: dict[tuple[int, int], int] = {}
        for number, rule in enumerate(rules.rules):
            for sign_number, sign in enumerate(rule.signs):
                key = (number, sign_number)
                self._all_parts[key] = (1 << len(sign)) - 1
                for bit, group in enumerate(sign):
                    for item in group:
                        bits = parts_of.setdefault(item, {})
                        bits[key] = bits.get(key, 0) | (1 << bit)
            items += rule.unless
            items += rule.never_mild
            items += rule.said
            items += rule.never_said
            items += rule.unless_near
            items += rule.never_bank_own
            items += rule.never_episodes  # round 24 clinic precision
            for _, cue_items in rule.cues:
                items += cue_items
        # Each (sign, bits) pair and each phrase's tuple of them made once and shared by every phrase that has the
        # same (round 25, speed27): 67,000 tuples held 7,000 values, and a compiled copy rebuilt each one at every
        # start (a sixth of unpickling the bot). Equal tuples either way: only their number changes.
        same: dict[tuple, tuple] = {}
        self._parts_of = {
            item: same.setdefault(pairs, pairs)
            for item, bits in parts_of.items()
            for pairs in (tuple(same.setdefault(pair, pair) for pair in bits.items()),)
        }
        # `_parts_of` is also the one map of which phrases are sign phrases (its keys) and of each phrase's signs
        # (the keys of its pairs): round 29 (speed31) dropped a second map of phrase -> signs, which held the same
        # phrases and cost a sixth of unpickling the table at every start.
        for values in (*rules.time_frame.values(), *rules.contexts.values()):
            items += values
        items += [(word,) for word in rules.clause_breaks]
        items += rules.figures
        for values in rules.after_effects.values():
            items += values
        items += rules.bank_own_stronger
        self._stronger = frozenset(rules.bank_own_stronger)
        items += rules.seen_looks
        items += rules.seen_new
        items += rules.seen_unless
        self._seen_looks = PhraseSet(rules.seen_looks)  # as a frozenset, kept packed in a compiled copy
        self._seen_new = frozenset(rules.seen_new)
        self._seen_unless = frozenset(rules.seen_unless)
        self._shape = MessageShape(rules.shape)
        # round 34 triage32: the words for a real person, read to tell whether a later sentence of a story turns to
        # someone else (`story_joins.py`).
        self._person_words = frozenset(item[0] for item in rules.shape.get("person", ()) if len(item) == 1)
        items += self._shape.items()
        self._number_of = {rule.name: number for number, rule in enumerate(rules.rules)}
        items += rules.follow_up_asks
        self._follow_ups = frozenset(rules.follow_up_asks)
        # The rules whose signs are the bank's own everyday content: none in the general table (see for_bank).
        self._bank_own: frozenset[int] = frozenset()
        self._after_effects = {key: frozenset(values) for key, values in rules.after_effects.items()}
        self._figures = PhraseSet(rules.figures)  # as a frozenset, kept packed in a compiled copy
        self._sign_singles = frozenset(item for item in parts_of if len(item) == 1 and item[0][0] != "<")
        self._list_openers = frozenset(rules.list_openers)
        self._onsets = frozenset(rules.time_frame["onset"])
        self._state_before = frozenset(word for item in rules.time_frame.get("state_before", ()) for word in item)
        self._state_then = tuple(tuple(item) for item in rules.time_frame.get("state_then", ()))
        self._state_then_next = tuple(tuple(item) for item in rules.time_frame.get("state_then_next", ()))
        self._pointing_back = frozenset(rules.time_frame["pointing_back"])
        self._pointing_back_chronic = frozenset(rules.time_frame["pointing_back_chronic"])
        self._since_start = frozenset(rules.time_frame["since_start"])
        self._pointing_back_since = frozenset(rules.time_frame["pointing_back_since"])
        self._typical = frozenset(rules.time_frame["typical"])
        self._episodes = frozenset(rules.time_frame.get("episodes", ()))  # round 24 clinic precision
        # round 25 readings: a long-standing loss told as background, and the words that make a loss news.
        self._long_standing_loss = frozenset(rules.time_frame.get("long_standing_loss", ()))
        self._loss_news = frozenset(rules.time_frame.get("loss_news", ()))
        # round 28 (recall26): a sign pointed back at as the person's usual ("been the same for years").
        self._usual_after = frozenset(rules.time_frame.get("usual_after", ()))
        # round 29 falsealarm27: an allergy stated as a fact about the person, and the allergen's usual reaction.
        self._allergy_declared = frozenset(rules.time_frame.get("allergy_declared", ()))
        self._allergy_usual = frozenset(rules.time_frame.get("allergy_usual", ()))
        self._named_signs = frozenset(rules.time_frame.get("named_signs", ()))
        # round 30 clinictriage28: "nearly fainted" tells of no faint, so such a word does not keep a tier up (if_said).
        self._near_miss = frozenset(word for item in rules.time_frame.get("near_miss", ()) for word in item)
        self._worsening = frozenset(rules.time_frame["worsening"])
        self._contrast = frozenset(word for item in rules.time_frame["contrast"] for word in item)
        # round 17 (precision): "if my scar started leaking": a word of onset in a clause a condition opens is a
        # what-if, not a time now; and asks that make a sentence naming no one a general question.
        self._condition_openers = frozenset(rules.time_frame["condition_openers"])
        self._onset_in_condition = frozenset(rules.time_frame["onset_in_condition"])
        # round 20 (hostile18): "will I have pain that keeps getting worse after surgery?" asks what may come; the
        # course told of the sign in its own relative clause ("that keeps ...", "that won't stop") is supposed too.
        self._future_question = frozenset(rules.time_frame["future_question"])
        not_before = rules.time_frame["future_question_not_before"]
        self._future_not_before = frozenset(word for item in not_before for word in item)
        self._relative = frozenset(word for item in rules.time_frame["relative"] for word in item)
        self._course_in_future = frozenset(rules.time_frame["course_in_future"])
        self._course_words = frozenset(word for item in self._course_in_future for word in item)
        self._general_ask = frozenset(rules.time_frame["general_ask"])
        # round 30 (falsealarm28): "what is wrong", "whats happening": a question opener asking about now.
        self._asks_about_now = frozenset(rules.time_frame["asks_about_now"])
        items += rules.time_frame["asks_about_now"]
        self._emergency_visits = frozenset(rules.time_frame["emergency_visit"])
        items += rules.time_frame["emergency_visit"]
        items += rules.time_frame["condition_openers"]
        items += rules.time_frame["general_ask"]
        items += rules.time_frame["worsening"]
        self._not_theirs = frozenset(rules.time_frame["not_theirs"])
        # round 23 readings: words of a thing that comes again ("I keep getting cramp"): now, unless told with a span of
        # years ("..., been happening for years"), which makes them a long-standing pattern.
        self._recurring = frozenset(rules.time_frame["recurring"])
        items += rules.time_frame["recurring"]
        # Names of conditions ("sepsis", "cauda equina"): one alone before a question is what the question is about.
        self._named_conditions = frozenset(rules.time_frame["named_conditions"])
        items += rules.time_frame["named_conditions"]
        # "since then": as current as the time it points back to ("an hour ago and since then"), else long-standing.
        self._since_then = frozenset(rules.time_frame["since_then"])
        items += rules.time_frame["since_then"]
        # Words that a sign said to be over is back or still there: "it passed, but now it's back".
        self._relapse = frozenset(rules.time_frame["relapse"])
        # The one word that may stand between a sign and a denial after it ("my calf feels fine"); any other
        # ("took two extra by mistake feel fine", "a temp of 38.2 feeding ok") leaves the sign undenied.
        self._linking = frozenset(word for item in rules.time_frame["linking"] for word in item)
        items += rules.time_frame["relapse"]
        # A story dated long ago ("back in 2018") goes on in the past tense ("and lost a lot of blood").
        self._story_past = frozenset(rules.time_frame["story_past"])
        items += rules.time_frame["story_past"]
        self._past_tense = frozenset(word for item in rules.time_frame["past_tense"] for word in item)
        self._present = frozenset(word for item in rules.time_frame["present"] for word in item)
        # Unpunctuated run-on messages: a subject ("i", "he") starts a clause unless a word binds it to the last.
        self._subject_start = frozenset(word for item in rules.time_frame["subject_start"] for word in item)
        self._subject_bound = frozenset(word for item in rules.time_frame["subject_bound"] for word in item)
        self._question_start = frozenset(rules.time_frame["question_start"])
        items += rules.time_frame["question_start"]
        items += rules.time_frame["pointing_back"]
        items += rules.time_frame["pointing_back_chronic"]
        items += rules.time_frame["onset"]
        # Where the writer was ("watching a film", "at the cinema"): a story word after it is a setting (round 18).
        self._scenes = frozenset(rules.time_frame["scene"])
        items += rules.time_frame["scene"]
        # A fear word that ends its clause is a feeling about what is told, no fear of what may come (round 33).
        self._fears = frozenset(rules.time_frame["fear"])
        self._reason_openers = frozenset(word for item in rules.time_frame["reason_openers"] for word in item)
        items += rules.time_frame["comparison"]
        self._comparisons = frozenset(rules.time_frame["comparison"])
        # Filler words, and filler phrases ("a bit"), whose first words may be no filler alone ("a").
        self._fillers = frozenset(filler for filler in rules.fillers if " " not in filler)
        self._filler_phrases = tuple(tuple(filler.split()) for filler in rules.fillers if " " in filler)
        items += rules.list_openers
        # Words that turn to another subject ("anyway", "btw"): a question after one asks nothing about a sign.
        self._topic_changes = frozenset(rules.time_frame["topic_change"])
        items += rules.time_frame["topic_change"]
        items += rules.time_frame["supposing"]
        items += rules.time_frame["causing"]
        items += rules.time_frame["ever"]
        self._causing = frozenset(rules.time_frame["causing"])
        self._ever = frozenset(rules.time_frame["ever"])
        self._question_openers = frozenset(word for item in rules.time_frame["question_opener"] for word in item)
        self._not_temperature = (frozenset(rules.not_temperature[0]), frozenset(rules.not_temperature[1]))
        # round 27 falsealarm25: the verbs of a reading that reach a number with "at" ("peaked at 40").
        self._reading_verbs_at = frozenset(item[0] for item in rules.not_temperature[2])
        # round 21: everyday descriptions read as the words the rules know ("his leg is fat and shiny": swollen).
        self._lay = LaySigns(rules.lay_signs, parts_of)
        self._reader = SignReader(rules.sign_reader)  # round 25 reader
        # round 26 at-risk: the child context's counts of weeks or months ("<number 1-52> weeks") are no child's age
        # where they are a pregnancy's weeks; a pregnancy told by the table's own words makes "I'm 28 weeks" one.
        self._at_risk = AtRiskReader(
            rules.at_risk,
            child_ages=frozenset(item for item in rules.contexts.get("child", ()) if item[0].startswith("<number")),
            pregnancy_items=frozenset(rules.contexts.get("pregnancy", ())),
            context_items={name: frozenset(items) for name, items in rules.contexts.items()},
        )
        items += self._lay.items()
        unique = set(items).union(parts_of)
        self._temperature_items = frozenset(item for item in unique if _is_temperature(item))
        # round 22 readings: a number alone that a sign reads as a measure (an INR, a blood pressure, a pulse, a sugar).
        self._bare_readings = frozenset(
            item for item in unique if len(item) == 1 and item[0].startswith("<number ") and not _is_temperature(item)
        )
        self._index = _PhraseIndex(unique)
        # A state a part has "gone" ("gone purple", "gone cold"): after a verb of change in -ing ("going
        # purple", "turning cold") it is read as "gone" too (`change_verbs`).
        self._change_verbs = rules.change_verbs
        self._changed_states = rules.changed_states
        self._current_items = frozenset(rules.time_frame["current"])
        self._spelling = _Spelling(unique, rules)
        self._breaks = frozenset((word,) for word in rules.clause_breaks)
        # Words that turn to another subject start a new sentence, typed with a full stop or not.
        changes = sorted((" ".join(item) for item in rules.time_frame["topic_change"]), key=len, reverse=True)
        self._topic_change_phrases = tuple(change.lower() for change in changes)
        # Kept as its text and compiled on the first message that may change topic (`_topic_change_pattern`): a
        # compiled copy compiled it at every start (speed23).
        self._topic_change = (
            r"(?<![.?!;:\n])\s+(" + "|".join(map(re.escape, changes)) + r")\b" if changes else None
        )
        # A sign put down to the condition ("from the HO") reads as a `hypothetical` word does, but is kept apart
        # (`_put_down_for`) so that it never reaches an act or a happening (an `event` rule: an overdose, a fall).
        self._put_down = frozenset(rules.time_frame.get("put_down_to_condition", ()))
        self._kinds = _kinds_of(
            [(*rules.time_frame[kind], *(self._put_down if kind == "hypothetical" else ())) for kind in _KINDS]
        )
        self._frame_gaps = {item: FRAME_GAP for item in rules.time_frame["current_frame"]}
        self._frame_gaps.update({item: OWNER_GAP for item in rules.time_frame["owner"]})
        self._conditional = frozenset(rules.time_frame["conditional"])
        self._supposing = frozenset(rules.time_frame["supposing"])
        self._owned_states = frozenset(word for item in rules.time_frame["owned_state"] for word in item)
        # Words that may stand between an owner and the thing owned: "my *left* leg", "his *operated* knee".
        self._owner_between = frozenset(word for item in rules.time_frame["owner_between"] for word in item)
        self._owners = frozenset(item[0] for item in rules.time_frame["owner"] if len(item) == 1)
        self._states = frozenset(word for item in rules.time_frame["state"] for word in item)
        self._negation: dict[tuple[str, ...], bool | str] = {
            item: False for item in rules.time_frame["negation_before"]
        }
        # "hasn't dislocated": only the word right after, so "hasn't stopped bleeding" is no denial.
        self._negation.update({item: "next" for item in rules.time_frame["negation_next"]})
        self._negation.update({item: True for item in rules.time_frame["negation_after"]})
        self._topic = frozenset(rules.time_frame["topic"])
        self._personal = frozenset(rules.time_frame["personal"])
        self._openers = frozenset(word for item in rules.time_frame["question_opener"] for word in item)
        self._pointing = frozenset(word for item in rules.time_frame["pointing"] for word in item)
        # Small words a denial of a context runs across: "not on any blood thinners", "never had an operation".
        self._context_joiners = rules.negation_joiners | {"on"}
        self._context_names: dict[tuple[str, ...], list[str]] = {}
        for name, context_items in rules.contexts.items():
            for item in context_items:
                self._context_names.setdefault(item, []).append(name)
        self._own_kinds = {
            rule.name: _kinds_of([dict(rule.cues).get(kind, ()) for kind in _KINDS])
            for rule in rules.rules
            if rule.cues
        }

    def knows_word(self, word: str) -> bool:
        """Whether a folded word is one of the table's (a sign, a context, a time-frame word): a word a patient
        starred out ("k*ll", "d*e") is read first as the one the table has."""
        return word in self._spelling.known
    def _read(self, text: str) -> _Message:
        words: list[str] = []
        clause: list[int] = []
        correct = self._spelling.correct
        # In plain ASCII the pattern needs "'s " or "'S " (a case-blind match also takes letters of other scripts).
        if "s " in text and (not text.isascii() or "'s " in text or "'S " in text):
            text = _CONTRACTED_S.sub(" is ", text)
        if "%" in text:
            text = _PERCENT.sub(r"\1 percent", text)
        if "one of" in text.lower():
            text = _ONE_OF_PAIR.sub(lambda m: f"{m.group(1)} {_SINGULAR[m.group(2).lower()]}", text)
        text = read_numbers(text)  # "38,5" -> "38c", "thirty nine" -> "39"
        if "not" in text:  # "I can not feel my legs": one word, read as the table's "cant" (read_as: cannot)
            text = _CAN_NOT.sub("cannot", text)
        text = read_losses(text)  # round 25 readings: "he can no longer feel his legs" is a loss, not a denial
        text = read_checklist_denials(text)  # round 27 recall: "chest pain? no." is "no chest pain."
        # "... swelled up suddenly Anyway how long ...": a new sentence.
        if self._topic_change is not None and self._may_change_topic(text):
            text = _topic_change_pattern(self._topic_change).sub(r". \1", text)
        sentence: list[int] = []
        questions: set[int] = set()
        full_stops = 0
        parts = _CLAUSE_END.split(text)
        ends = _CLAUSE_END.findall(text)
        typed: list[str] = []  # round 25 reader: the words as typed, before the table's own spelling fixes
        for number, part in enumerate(parts):
            typed_words = fold(part).split()
            part_words = [correct(word) for word in typed_words]
            typed += typed_words
            words += part_words
            clause += [number * _SENTENCE] * len(part_words)
            sentence += [full_stops] * len(part_words)
            if number < len(ends) and _FULL_STOP.search(ends[number]):
                if "?" in ends[number]:
                    questions.add(full_stops)
                full_stops += 1
        if "2" in words:
            self._text_to(words)
        if "then" in words:
            for position in range(1, len(words)):
                if words[position] == "then" and words[position - 1] in _COMPARATIVES:
                    words[position] = "than"
        found = self._index.find(words)
        # A plural is also its singular, where a sign lists only that: "pains in my tummy", and "poos" too, though
        # the table knows "poos" only inside a longer phrase ("poos have changed").
        plurals: dict[tuple[str, ...], list[tuple[int, int]]] = {}
        for position, word in enumerate(words):
            if len(word) >= PLURAL_FROM_LENGTH and word[-1] == "s" and (word[:-1],) in self._sign_singles:
                plurals.setdefault((word[:-1],), []).append((position, position + 1))
        for single, places in plurals.items():
            if single not in found:
                found[single] = places
        broken = self._break_before_time_now(words, clause, sentence, questions, found)
        full_stops += broken
        if self._lay.families:
            found = self._lay.read(words, sentence, found, self._index.find, self._lay_keeps)
        if self._reader:  # round 25 reader: a part, a sign and a context told in general English
            found = self._reader.read(words, sentence, found, typed)
        if self._at_risk:  # round 26 at-risk: who is at risk (a young baby by age, pregnancy, chemotherapy, steroids)
            found = self._at_risk.read(words, sentence, found)
        if self._change_verbs and not self._change_verbs.isdisjoint(words):
            found = self._with_changes_as_gone(words, found)
        if self._fillers and not self._fillers.isdisjoint(words):
            found = self._with_fillers_skipped(words, found)
        if not self._owner_between.isdisjoint(words):
            found = self._with_sides_skipped(words, found)
        if len(parts) > 1 or broken:
            found = _within_clauses(found, clause)
        if self._figures and not self._figures.isdisjoint(found):
            found = self._without_figures(found)
        if self._temperature_items and not self._temperature_items.isdisjoint(found):
            found = self._without_counts(words, found)
        if self._bare_readings and not self._bare_readings.isdisjoint(found):
            found = self._without_counted_readings(words, found)
        if text.rstrip().endswith("?"):
            questions.add(full_stops)
        return _Message(words, clause, found, {}, [], [], [frozenset()], sentence, frozenset(questions), {})

    def _break_before_time_now(self, words, clause, sentence, questions: set[int], found) -> int:
        """Round 33 (run-on): a word of now that closes a phrase of being over ("went away now", "fine now") and is
        followed, with no punctuation, by a new subject ("... now i cant breathe", "... now my lips are blue") opens
        the next sentence, as if a full stop stood before it: a message typed on a phone or dictated runs its
        sentences together, and the story that ended must not carry its ending over to what is told now.

        The phrase keeps the rest of its words ("went away"), so a sign told before it is still over; the word of now
        then tells its own sentence. Numbers clauses and sentences on in place and says how many breaks it made."""
        starts = self._subject_start | self._owners  # a person ("i", "she") or a thing owned ("my", "his") opens it
        breaks: set[int] = set()
        for item, spans in found.items():
            if len(item) < 2 or "resolved" not in self._kinds.get(item, ()):
                continue
            if "current" not in self._kinds.get(item[-1:], ()):
                continue
            opening = [
                end - 1
                for start, end in spans
                if end < len(words) and words[end] in starts and clause[start] == clause[end]
            ]
            if opening:  # its key unchanged: the rest of its words are still those of being over
                found[item] = [(start, end - 1) if end - 1 in opening else (start, end) for start, end in spans]
                breaks.update(opening)
        for at in sorted(breaks, reverse=True):
            told_in = sentence[at]  # a question mark at its end now ends the sentence after the break
            kept = {number if number < told_in else number + 1 for number in questions}
            questions.clear()
            questions.update(kept)
            for position in range(at, len(words)):
                clause[position] += _SENTENCE
                sentence[position] += 1
        return len(breaks)

    def _lay_keeps(self, item: tuple[str, ...]) -> bool:
        """A phrase found in an everyday description's reading counts when it is part of a sign (never a time word
        of now: "gone" read into a description must not make a question a report)."""
        return item in self._parts_of and item not in self._current_items

    def _may_change_topic(self, text: str) -> bool:
        """False only if a plain ASCII text holds none of the topic-change phrases, in any case: then the pattern
        cannot match, and the pass over the text is left out. (A case-blind match also takes a few letters of other
        scripts, "ı" for "i", so other text is always read.)"""
        if not text.isascii():
            return True
        lowered = text.lower()
        return any(phrase in lowered for phrase in self._topic_change_phrases)

    def _text_to(self, words: list[str]) -> None:
        """ "dont want 2 live anymore": text speak's "2" read as "to" between a word that takes "to" and a word of
        letters that is no medicine, unit or count word."""
        medicines = self.rules.medicines
        for position in range(1, len(words) - 1):
            after = words[position + 1]
            if (
                words[position] == "2"
                and self._takes_to(words, position)
                and after.isalpha()
                and after not in _TEXT_TO_NOT_BEFORE
                and after not in medicines
            ):
                words[position] = "to"

    @staticmethod
    def _takes_to(words: list[str], position: int) -> bool:
        """Whether the word before the "2" at `position` takes "to", itself or as the object of one within two
        words before it ("want it all 2 end")."""
        if words[position - 1] in _TEXT_TO_BEFORE:
            return True
        start = position - 1
        while start > 0 and position - start <= 2 and words[start] in _TEXT_TO_OBJECTS:
            start -= 1
        return start < position - 1 and words[start] in _TEXT_TO_BEFORE

    def _with_changes_as_gone(self, words: list[str], found):
        """Signs found again with a verb of change in -ing read as "gone" before a state (`change_verbs`): "my
        fingers are going purple", "his foot turning cold" as "gone purple", "gone cold" (word for word, so every
        position stays where it was), and as "turned purple". Only signs: "gone purple" as a time word of now
        would make "what if they start going purple?" a report."""
        states, verbs = self._changed_states, self._change_verbs
        for done in _CHANGED:
            changed = [
                done if word in verbs and place + 1 < len(words) and words[place + 1] in states else word
                for place, word in enumerate(words)
            ]
            if changed == words:
                return found
            for item, spans in self._index.find(changed).items():
                if item not in self._parts_of or item in self._current_items:  # a sign, never a time "now"
                    continue
                for span in spans:
                    if span not in found.get(item, ()):
                        found.setdefault(item, []).append(span)
        return found

    def _with_fillers_skipped(self, words: list[str], found):
        """Phrases found again with the filler words left out: "can't really walk", "puffed right up"."""
        skipped = {position for position, word in enumerate(words) if word in self._fillers}
        places: dict[str, list[int]] = {}  # each word's places: a phrase is tried only where its first word is
        for position, word in enumerate(words):
            places.setdefault(word, []).append(position)
        for phrase in self._filler_phrases:  # "getting a bit worse": the "a" of "a bit" too
            size = len(phrase)
            for position in places.get(phrase[0], ()) if size else ():
                if tuple(words[position : position + size]) == phrase:
                    skipped.update(range(position, position + size))
        kept = [position for position in range(len(words)) if position not in skipped]
        if not kept:
            return found
        for item, spans in self._index.find([words[position] for position in kept]).items():
            if len(item) < 2:  # a single word is found as it stands
                continue
            for start, end in spans:
                span = (kept[start], kept[end - 1] + 1)
                if span not in found.get(item, ()):
                    found.setdefault(item, []).append(span)
        return found

    def _with_sides_skipped(self, words: list[str], found):
        """Phrases found again with a side or kind word after an owner left out (round 26 recall): "can't lift his
        left foot" is the table's "can't lift his foot", as "my left leg is swollen" is "my leg is swollen"; a sign
        phrase names its owner, never which side."""
        skipped = [
            position
            for position in range(1, len(words))
            if words[position] in self._owner_between and words[position - 1] in self._owners
        ]
        if not skipped:
            return found
        left_out = set(skipped)  # once, not once a word
        kept = [position for position in range(len(words)) if position not in left_out]
        for item, spans in self._index.find([words[position] for position in kept]).items():
            if len(item) < 2 or not any(word in self._owners for word in item):
                continue  # only phrases whose owner the side word followed
            for start, end in spans:
                span = (kept[start], kept[end - 1] + 1)
                if span not in found.get(item, ()):
                    found.setdefault(item, []).append(span)
        return found

    def _without_counts(self, words: list[str], found):
        """A bare number that is an age or a count is no temperature: "39 days ago", "I'm 40", "aged 38"."""
        before, after = self._not_temperature
        counts = {
            position
            for position, word in enumerate(words)
            if word.isdigit()
            and (
                position + 1 < len(words)
                and (words[position + 1],) in after
                or any(tuple(words[max(0, position - size) : position]) in before for size in (1, 2))
                # "her temp is over 39": a temperature named just before it is read, not an age ("over 40")
                and _TEMPERATURE_WORDS.isdisjoint(words[max(0, position - 4) : position])
                # "my bp is 158/102": the second number of a pair whose first is above any body temperature (108 °F)
                # is a blood pressure's lower figure, never a temperature ("temp 101 102" stays a reading)
                or position > 0
                and words[position - 1].isdigit()
                and int(words[position - 1]) >= 108
            )
        }
        counts |= self._ages_at(words)
        if not counts:
            return found
        kept = {}
        for item, spans in found.items():
            if item in self._temperature_items:
                at = [i for i, word in enumerate(item) if word[0] == "<"]
                spans = [span for span in spans if not any(span[0] + i in counts for i in at)]
            if spans:
                kept[item] = spans
        return kept

    def _ages_at(self, words: list[str]) -> set[int]:
        """round 27 falsealarm25: "had my hip replaced at 41", "was diagnosed at 39": "at" and a bare number after a
        thing done (a regular past tense) is the age it was done at, when no temperature is named in the message. A
        reading's own verbs ("peaked at 40", "spiked at 39") keep the number a reading."""
        if "at" not in words or not _TEMPERATURE_WORDS.isdisjoint(words):
            return set()
        return {
            position
            for position in range(2, len(words))
            if words[position].isdigit()
            and words[position - 1] == "at"
            and _past_form(words[position - 2])
            and words[position - 2] not in self._reading_verbs_at
        }

    def _without_counted_readings(self, words: list[str], found):
        """A number with a unit of time or amount after it is a count, no reading (round 22): "stopped after 5 mins,
        INR checked today and in range" has no INR of 5; "bp 190" still reads as a blood pressure."""
        after = self._not_temperature[1]
        kept = {}
        for item, spans in found.items():
            if item in self._bare_readings:
                spans = [span for span in spans if not (span[1] < len(words) and (words[span[1]],) in after)]
            if spans:
                kept[item] = spans
        return kept

    def _inside_a_sign(self, start: int, end: int, message: _Message) -> bool:
        """Whether words start..end lie inside a longer sign phrase found in the message (round 29): the time word is
        then that sign's own wording ("asking the same questions"), not a word about the sign."""
        return any(
            begin <= start and end <= stop and stop - begin > end - start
            for item, spans in message.found.items()
            if len(item) > end - start and item in self._parts_of
            for begin, stop in spans
        )

    def _without_figures(self, found):
        """A figure of speech ("took my breath away", "dying to know") hides the sign words inside it. A context
        that is the whole figure stays: "blood thinner" hides the "blood" in it, not that one takes a blood
        thinner. A context that is not a sign is hidden only when it lies wholly inside a longer figure (round 31
        urgent29): the "3 weeks" of "started a new tablet 3 weeks ago" is a span of time, not a baby's age, while a
        context reaching past a figure ("3 weeks after my op": "after my op") stays."""
        # Only the figures in the message: the table holds thousands (every person, every part combined).
        figure_spans = {span for item in self._figures.intersection(found) for span in found[item]}
        hidden = {p for start, end in figure_spans for p in range(start, end)}
        kept = {}
        for item, spans in found.items():
            if item in self._context_names and item not in self._parts_of:
                spans = [
                    span
                    for span in spans
                    if not any(
                        low <= span[0] and span[1] <= high and high - low > span[1] - span[0]
                        for low, high in figure_spans
                    )
                ]
            elif item in self._parts_of:
                spans = [
                    span
                    for span in spans
                    if hidden.isdisjoint(range(*span))
                    or (item in self._context_names and span in figure_spans)
                    or _holds_figures(span, figure_spans)
                ]
            if spans:
                kept[item] = spans
        return kept

    def assess(self, text: str) -> Assessment:
        """How urgent a message is; ROUTINE when it holds no red flag at all."""
        message = self._read(text)
        found = message.found
        whole = self._whole_signs(found)
        if not whole:
            # Sign words, but no sign of any rule whole ("hard" without "lump"): routine, without reading clauses
            # and time frames, which only decide how a whole sign is meant.
            return ROUTINE
        self._split_clauses(message)
        self._note_time_frame(message)
        present = {
            name
            for item in found
            if item in self._context_names and not self._context_denied(found[item], message)
            for name in self._context_names[item]
        }
        current: list[Rule] = []
        mentioned: list[Rule] = []
        for number in sorted(whole):
            rule = self.rules.rules[number]
            if rule.context and not present.intersection(rule.context):
                continue
            if any(item in found for item in rule.unless):
                continue
            frame = self._frame_of(rule, whole[number], message)
            if frame == "current":
                current.append(rule)
            elif frame == "resolved":  # "chest pain earlier, gone now": the rule's own tier for that
                current.append(rule._replace(tier=rule.if_resolved))
            elif frame is not None:
                mentioned.append(rule)
        if any(rule.if_mild for rule in current) and self._asked_as_expected(message):
            # "a little blood when I wipe after the colonoscopy, is that normal?": a small, expected after-effect.
            current = [
                rule._replace(tier=rule.if_mild) if rule.if_mild and not self._never_mild(rule, message) else rule
                for rule in current
            ]
        if self._bank_own and any(rule.if_bank_own for rule in current):
            # "why does my hand go numb at night with carpal tunnel?" on a carpal tunnel bank: its everyday sign.
            current = [self._as_bank_own(rule, message) for rule in current]
        if any(rule.if_said for rule in current):
            # "I keep thinking everyone would be better off without me, no plans though": the tier line a rule draws.
            current = [
                rule._replace(tier=rule.if_said)
                if rule.if_said
                and any(item in found for item in rule.said)
                and not self._told_undenied(rule.never_said, message, near_misses=True)
                else rule
                for rule in current
            ]
        # round 24 clinic precision: a sign told as episodes on a recurring occasion ("every time I walk out into the
        # cold air my chest feels tight, why is that?") is the NHS's sign that comes and goes (see `episodes.py`).
        if any(rule.if_episodes for rule in current):
            told = functools.partial(self._told_undenied, message=message)
            current = as_episodes(current, self._episodes, message.found, told)
        crisis = any(rule.crisis and rule.tier == "emergency" for rule in current)
        urgent_now = [rule for rule in current if rule.tier != "routine"]
        if urgent_now:
            top = max(urgent_now, key=lambda rule: (_RANK[rule.tier], not rule.crisis))
            return Assessment(top.tier, top.name, crisis and top.tier == "emergency")
        told = [*current, *mentioned]
        if told:
            top = max(told, key=lambda rule: (_RANK[rule.tier], rule.crisis))
            return Assessment("routine", top.name, top.crisis, informational=True)
        return ROUTINE

    def for_bank(self, texts) -> "Triage":
        """This table for one bank: a rule that says `if_bank_own` and has a sign that the bank's own texts
        (its questions and alternates, a clinic's reviewed `triage: expected` list) speak of is the bank's
        everyday content, so it keeps its tier only with a stronger word (`bank_own_signs: stronger`) or one
        of its `never` words. The general table is shared and never changed: the bank gets a copy."""
        own: set[int] = set()
        marked = {number for number, rule in enumerate(self.rules.rules) if rule.if_bank_own}
        # Only a text that could speak of a marked rule's sign is read in full (reading every question of a
        # 50,000-entry bank took minutes): one with a word of every part of the sign, or of all parts but one
        # for a sign of three or more. A sign a text only misspells is missed: its rule keeps its tier.
        forms: dict[str, set[str]] = {}
        for form, word in self.rules.read_as.items():
            forms.setdefault(word, set()).add(form)
        signs = []
        for number in marked:
            for sign in self.rules.rules[number].signs:
                parts = []
                for group in sign:
                    # An item is told by its rarest word ("slurring" in "is slurring"), never by "is" or "can".
                    words = {min(item, key=english.zipf) for item in group if item}
                    parts.append(frozenset(words.union(*(forms.get(word, ()) for word in words))))
                signs.append((number, parts, len(parts) - 1 if len(parts) >= 3 else len(parts)))
        telling = frozenset().union(*(part for _, parts, _ in signs for part in parts))
        for text in texts:
            if own >= marked:
                break
            typed = set(fold(text).split())
            typed |= {word[:-1] for word in typed if word.endswith("s")}
            if typed.isdisjoint(telling) or not any(
                number not in own and sum(1 for part in parts if not part.isdisjoint(typed)) >= needed
                for number, parts, needed in signs
            ):
                continue
            message = self._read(text)
            for item in message.found:
                for (number, sign_number), _ in self._parts_of.get(item, ()):
                    if number in own or not self.rules.rules[number].if_bank_own:
                        continue
                    sign = self._sets_of(self.rules.rules[number])[sign_number]
                    # A sign of three parts or more is the bank's when it speaks of all but one of them: "numb
                    # fingers" without the "since this morning" that makes it new on the general table. What is
                    # kept must not be the onset part (mostly stronger words: new, sudden, spreading): "a new
                    # knee" without any numbness is no numbness.
                    onset = [len(part & self._stronger) * 2 >= len(part) for part in sign]
                    partial = [
                        sign[:i] + sign[i + 1 :]
                        for i in range(len(sign))
                        if len(sign) >= 3 and not any(onset[j] for j in range(len(sign)) if j != i)
                    ]
                    if any(
                        next(
                            self._occurrences(
                                part,
                                message.found,
                                message.sentence,
                                message.questions,
                                follow_ups=self._follow_up_starts(message),
                            ),
                            None,
                        )
                        for part in (sign, *partial)
                    ):
                        own.add(number)
        bank = copy.copy(self)
        bank._bank_own = frozenset(own)
        return bank

    @property
    def bank_own_rules(self) -> frozenset[str]:
        """The names of the rules with a sign that is this bank's everyday content (for reports and tests)."""
        return frozenset(self.rules.rules[number].name for number in self._bank_own)

    def _as_bank_own(self, rule: Rule, message: _Message) -> Rule:
        """The rule at its `if_bank_own` tier when the bank speaks of its signs as everyday and the message has no
        stronger word ("sudden", "worst", "spreading") and none of the rule's `never` words ("blue", "swollen")."""
        if (
            not rule.if_bank_own
            or _RANK[rule.if_bank_own] >= _RANK[rule.tier]
            or self._number_of[rule.name] not in self._bank_own
        ):
            return rule
        found = message.found
        if not self._stronger.isdisjoint(found) or any(item in found for item in rule.never_bank_own):
            return rule
        return rule._replace(tier=rule.if_bank_own)

    def _sets_of(self, rule: Rule) -> list[tuple[frozenset, ...]]:
        sets = self._sign_sets.get(rule.name)
        if sets is None:
            sets = self._sign_sets[rule.name] = [tuple(map(frozenset, sign)) for sign in rule.signs]
        return sets

    def _context_denied(self, spans, message: _Message) -> bool:
        """Every mention of a context is denied just before it: "I'm not spinal injured", "I don't take a
        blood thinner", "no surgery yet" (at most CONTEXT_NEGATION_GAP words between), not counting the
        small words a negation runs across ("not on any blood thinners": "on", "any"); or said of the writer
        and denied of the one it is about just after it ("I'm on a blood thinner myself but she isn't")."""
        theirs = [
            (start, message.sentence[start])
            for item in self._not_theirs.intersection(message.found)
            for start, end in message.found[item]
            if item[0] == "but" or not _tells_an_act(end, message.words)
        ]
        if theirs and all(
            any(here == message.sentence[end - 1] and 0 <= start - end <= NOT_THEIRS_GAP for start, here in theirs)
            for _, end in spans
        ):
            return True
        before = message.memo.get("negation_ends")
        if before is None:  # where each negation before what it denies ends, with its sentence: once per message
            before = message.memo["negation_ends"] = {
                (end, message.sentence[start]) for start, end, after in message.negators if after is False
            }
        if not before:
            return False
        words, small = message.words, self._context_joiners

        def denied(start: int) -> bool:
            here = message.sentence[start]
            if start and words[start - 1] in _CONTEXT_OWNERS:
                # Round 24 (readings): "I haven't had my apixaban for 3 days" says whose blood thinner it is: a missed
                # dose, no denial that they take one ("not on any blood thinners" still denies).
                return False
            if any((start - gap, here) in before for gap in range(CONTEXT_NEGATION_GAP + 1)):
                return True
            at = start  # or only small words between: "not on any blood thinners" (not "no reason on warfarin")
            while at > 0 and start - at < CONTEXT_SMALL_WORDS and words[at - 1] in small:
                at -= 1
                if (at, here) in before:
                    return True
            return False

        return all(denied(start) for start, _ in spans)

    def _asked_as_expected(self, message: _Message) -> bool:
        """A question whether a small or explained after-effect is normal: "is that normal?" with "a little" or
        "from the nerve block", and no word of a large one ("heavy", "won't stop", "@severe"). A question in a
        sentence that turns to another subject ("Anyway, how long does HO take?") asks nothing about the sign."""
        effects, found = self._after_effects, message.found
        if not effects:
            return False
        # Words inside a phrase of getting better are part of it: "a lot less swollen" has no "a lot" of anything.
        better = [span for item in effects["improving"].intersection(found) for span in found[item]]
        # Told as minor by the writer ("only small bruises, nothing big", round 17): the same, its words shielded.
        better += [span for item in effects.get("minor", frozenset()).intersection(found) for span in found[item]]
        if any(
            not any(begin <= start and end <= stop for begin, stop in better)
            for item in effects["not_mild"].intersection(found)
            for start, end in found[item]
        ):
            return False
        if better:
            # Told as getting better ("less than last week", "going down every day"): a small after-effect (round 16).
            return True
        asking = [item for item in effects["asking"] if item in found and self._asks_here(item, message)]
        if not asking and not self._asks_at_end(message):
            return False
        if not self._topic_changes.isdisjoint(found):
            turned = {message.sentence[start] for item in self._topic_changes for start, _ in found.get(item, ())}
            if all(message.sentence[start] in turned for item in asking for start, _ in found.get(item, ())):
                return False
        return not (effects["mild"].isdisjoint(found) and effects["causes"].isdisjoint(found))

    def _asks_here(self, item: tuple[str, ...], message: _Message) -> bool:
        """Whether an `asking` phrase asks: one that opens a yes-no question about an amount ("is a bit of fluid
        normal") asks only as the opening of its sentence or in a sentence with a question mark; told inside a
        statement it describes ("my grip is a bit weaker", round 16). One about a thing pointed at ("is that
        normal") asks wherever it stands."""
        if item[0] not in _YES_NO_OPENERS or len(item) < 2 or item[1] in _POINTING_WORDS:
            return True
        sentence = message.sentence
        return any(
            sentence[start] in message.questions or sentence.index(sentence[start]) == start
            for start, _ in message.found.get(item, ())
        )

    def _asks_at_end(self, message: _Message) -> bool:
        """A question whose last word asks whether it is as expected: "small bruises on my arms, normal?"."""
        sentence, last, words = message.sentence, len(message.words), message.words
        return any(
            (end == last or sentence[end] != sentence[start])
            and (sentence[start] in message.questions or self._opens_as_asking(sentence.index(sentence[start]), words))
            for item in self._after_effects.get("asking_last", ())
            for start, end in message.found.get(item, ())
        )

    @staticmethod
    def _opens_as_asking(first: int, words: list[str]) -> bool:
        """A sentence typed without its question mark that opens as a yes-no question about a thing: "is a tiny
        bit of clear fluid on the dressing on day 2 normal" (not "is not ...")."""
        return words[first] in _YES_NO_OPENERS and first + 1 < len(words) and words[first + 1] != "not"

    def _never_mild(self, rule: Rule, message: _Message) -> bool:
        """A sign of this rule that is never small ("pus", "black poo") is in the message, and not said to be
        absent ("clear fluid, not red, is that fine?" names no redness)."""
        found = message.found
        minor_items = self._after_effects.get("minor", frozenset()).intersection(found)
        minor = [span for item in minor_items for span in found[item]]
        return any(
            not self._is_denied(set(range(start, end)), message)
            and not any(begin <= start and end <= stop for begin, stop in minor)  # "nothing big" names nothing big
            for item in rule.never_mild
            for start, end in found.get(item, ())
        )

    def _split_clauses(self, message: _Message) -> None:
        """Joining words ("and", "but") end a clause too: number the clauses again with them.

        Not inside a phrase of the table that holds one ("on and off", "red and swollen").
        """
        extra = 0
        clause = message.clause
        inside = {
            p
            for item, spans in message.found.items()
            if len(item) > 1
            for start, end in spans
            for p in range(start + 1, end)  # its last word too: "for a while" is no clause break
        }
        words = message.words
        # Where each time phrase that ends just before a word began ("back in January" before "I").
        timed: dict[int, int] = {}
        for item, spans in message.found.items():
            if item in self._kinds:
                for begin, stop in spans:
                    timed[stop] = min(begin, timed.get(stop, begin))
        question_start = self._question_start
        questions = {start for item, spans in message.found.items() if item in question_start for start, _ in spans}
        # A subject word that opens a long-standing time phrase is that phrase, not a new part: "he gets it now
        # and then", where "... swollen now i cant walk" starts a part at "now".
        patterns = {
            begin
            for item, spans in message.found.items()
            if len(item) > 1 and "chronic" in self._kinds.get(item, ()) and "current" not in self._kinds[item]
            for begin, _ in spans
        }
        # "so" right before a sign word is "very" ("a big meal makes me so breathless"), not "and so": no break.
        intensified = {
            start - 1 for item, spans in message.found.items() if item in self._parts_of for start, _ in spans
        }
        opened = 0  # where the current clause began
        part = clause[0] if clause else 0
        shift = 0  # stretches read as if a comma stood before them
        breaks, subject_start = self._breaks, self._subject_start
        for position, word in enumerate(words):
            if clause[position] != part:  # punctuation: a new part
                part, opened = clause[position], position
            if (word,) in breaks and position not in inside and not (word == "so" and position in intensified):
                extra += 1
                opened = position
            elif (
                # Only a subject or a question may open a part (`_opens_part` says no to any other word).
                (word in subject_start or position in questions)
                and position not in inside
                and position not in patterns
                and self._opens_part(position, opened, timed, questions, message)
            ):
                # "my dads calf is swollen he had his knee done last month", "the lump is getting bigger what is
                # it": a new subject or a question, typed without a comma, starts a part of its own.
                shift += 1
                opened = position
            clause[position] += extra + shift * _SENTENCE

    def _opens_part(self, position: int, opened: int, timed: dict[int, int], questions, message: _Message) -> bool:
        """A subject ("i", "he") or a question ("what is it", "should i") with no comma or binding word before
        it starts a part of its own, as if a comma stood there: a message typed without punctuation runs its
        clauses together. A time that opens the clause before it belongs to it ("back in January I hit my
        head"); one that closes a clause does not ("the hip that was replaced 6 weeks ago i cant walk on it")."""
        words = message.words
        if not position or words[position] not in self._subject_start and position not in questions:
            return False
        clause = message.clause
        if position + 1 == len(words) or clause[position + 1] != clause[position]:
            return False  # the last word of its part ends the clause before it: "oozing for 2 days now"
        before = words[position - 1]
        if before in self._subject_bound or (before,) in self._breaks:
            return False
        if opened == position:  # punctuation just before: a part already
            return False
        if words[position] in _WH_INVERTED and any(
            words[p] in _WH_WORDS for p in range(max(opened, position - _WH_GAP), position)
        ):  # round 24 (readings): "what signs should I watch for": the verb of its own wh-question, no new part
            return False
        return position not in timed or timed[position] > opened + 1

    def _note_time_frame(self, message: _Message) -> None:
        """Which time-frame words each clause holds, and where the current frames are: once per message."""
        clause = message.clause
        # "if I get chest pain", "could I have a stroke": a frame right after these is no statement about now.
        # (Each set read from the message's few phrases found, not by looking up every time-frame phrase.)
        conditions = {end for item, spans in message.found.items() if item in self._conditional for _, end in spans}
        # ... and after an owner word there: "if my dad gets chest pain" is "if he gets chest pain".
        conditions |= {end + 1 for end in conditions if end < len(message.words) and message.words[end] in self._owners}
        if conditions:
            # Round 24 (readings): a condition goes on after "and" ("if I'm on clopidogrel and I get blood in my wee, is
            # that a reason to call?"): the frame after it is supposed too.
            held = {clause[end] for end in conditions if end < len(clause)}
            conditions |= {
                at + 1
                for at, word in enumerate(message.words)
                if word in _CONDITION_GOES_ON and at and clause[at - 1] in held and at + 1 < len(clause)
            }
        # "what if my calf is swollen?": a supposition, whatever state the thing owned is said to be in.
        supposed = {end for item, spans in message.found.items() if item in self._supposing for _, end in spans}
        # "it hurts much more than it did last week": a past time after "than" is what now is compared with.
        compared = [(start, clause[start]) for item in self._comparisons for start, _ in message.found.get(item, ())]
        timed = [(start, end) for item in message.found if item in self._kinds for start, end in message.found[item]]
        # Where a time now, or an onset word, begins: "she was fine an hour ago", "fine until this morning".
        onsets = {
            start
            for item, spans in message.found.items()
            if item in self._onsets or "current" in self._kinds.get(item, ())
            for start, _ in spans
        }
        # And where an "otherwise" ends: "otherwise I'm fine" speaks of everything but the sign.
        onset_ends = {end for item, spans in message.found.items() if item in self._onsets for _, end in spans}

        # The time phrases by where they start, so a phrase inside a longer one is found by looking only at
        # the few places a longer phrase could start (not at every time phrase of a long pasted text).
        ends_from: dict[int, list[int]] = {}
        for begin, stop in timed:
            ends_from.setdefault(begin, []).append(stop)
        longest = max((stop - begin for begin, stop in timed), default=0)

        def inside_longer(start: int, end: int) -> bool:
            return any(
                stop >= end and stop - begin > end - start
                for begin in range(max(0, end - longest), start + 1)
                for stop in ends_from.get(begin, ())
            )

        # "could HO make my calf swollen?", "if my calf is ever swollen, who do I call?": in a question, an owner
        # right after a verb of causing, or with "ever" between it and its state, owns a supposed thing.
        causes = [end for item in self._causing for _, end in message.found.get(item, ())]
        evers = [
            start
            for item in self._ever
            for start, end in message.found.get(item, ())
            if end == len(message.words) or message.words[end] not in _NOT_EVER
        ]
        words, sentence = message.words, message.sentence

        def asks(position: int) -> bool:
            number = sentence[position]
            opening = sentence.index(number)
            return number in message.questions or words[opening] in self._question_openers

        def supposed_owner(start: int, end: int) -> bool:
            if any(0 <= start - at <= 1 and sentence[at] == sentence[start] for at in causes) and asks(start):
                return True
            return any(end <= at <= end + EVER_GAP and clause[at] == clause[start] for at in evers) and (
                start in conditions or asks(start)
            )

        def caused_frame(start: int) -> bool:
            return asks(start) and any(0 <= start - at <= 1 and sentence[at] == sentence[start] for at in causes)

        def unresolving(start: int, end: int) -> bool:
            # An onset word right after, in the same sentence: "it settled. Now ..." is a story that ended.
            same = message.sentence
            after = any(p in onsets and p < len(same) and same[p] == same[end - 1] for p in (end, end + 1))
            return after or start in onset_ends or state_then(end)

        def state_then(end: int) -> bool:
            # "he was fine then his face drooped": a word of being well with "then" and a new subject after it tells
            # what came before the sign, as "until" does; "it passed then" (no word of being well) still ends a story.
            # "it was fine then, by lunch" (then: at that time) is no onset: a new clause's subject must follow.
            words = message.words
            if words[end - 1] not in self._state_before:
                return False
            for then in self._state_then:
                at = end + len(then)
                if tuple(words[end:at]) == then:
                    return any(tuple(words[at : at + len(next_)]) == next_ for next_ in self._state_then_next)
            return False

        # Where a word that a sign got worse begins ("... said it was fine but it's got worse"), by sentence.
        # Not one asked about in a clause that opens as a question ("the x-ray was fine, does a fall make it worse?").
        worse_at = [
            (sentence[begin], clause[begin], begin)
            for item in self._worsening.intersection(message.found)
            for begin, _ in message.found[item]
            if message.words[clause.index(clause[begin])] not in self._question_openers
        ]

        # Where a later clause opens with a contrast and tells of a sign in the present ("... but it's a bad pain
        # under my ribs"), not of the writer ("... but I'm worried").
        words_now = message.words
        contrasted = []
        if not self._contrast.isdisjoint(words_now):
            sign_starts = {
                begin for item, spans in message.found.items() if item in self._parts_of for begin, _ in spans
            }
            contrasted = [
                (sentence[p], clause[p], p)
                for p, word in enumerate(words_now)
                if word in self._contrast
                and any(words_now[q] in self._present for q in range(p + 1, len(words_now)) if clause[q] == clause[p])
                and any(q > p and sentence[q] == sentence[p] for q in sign_starts)
            ]

        def worse_after(end: int) -> bool:
            # A later clause of the sentence says the sign got worse, or tells against the resolution in the present:
            # the resolution does not reach past it.
            here = sentence[end - 1]
            return any(
                number == here and part != clause[end - 1] and at >= end
                for number, part, at in (*worse_at, *contrasted)
            )

        long_since = self._since_long_ago(message)
        # round 29 falsealarm27: a "since" that ends its clause is "since then": after an event dated long ago earlier
        # in its sentence ("stroke 2020, left side a bit weak since, no change", `story_past`) it is long-standing, as
        # `since_then` reads; after a time now or an event told with no date ("had my hip replaced, my leg has been
        # numb since") it stays a "since" of now.
        dated_long_ago = [
            (sentence[begin], begin)
            for item in self._story_past.intersection(message.found)
            if "when" not in item  # an undated moment ("back when I lifted the box, terrible pain since"), no date
            for begin, _ in message.found[item]
        ]
        asking_now = self._asking_now_openers(message)
        since_then = {
            start
            for start, end in message.found.get(("since",), ())
            if (end == len(message.words) or clause[end] != clause[start])
            and any(here == sentence[start] and begin < start for here, begin in dated_long_ago)
            and not self._recent_before(start, message)
        }
        for start in since_then:  # (after an event told with no date, or a time now, "since" stays now, below)
            message.kinds.setdefault(clause[start], set()).add("chronic")
        # round 24 recall: where a sign phrase opens with "stopped" and an -ing word ("stopped eating", "stopped
        # draining", "stopped buzzing"): the "has stopped" of being over that ends on that word tells the sign itself
        stopped_signs = {
            start
            for item, spans in message.found.items()
            if len(item) > 1 and item[0] == "stopped" and item[1].endswith("ing") and item in self._parts_of
            for start, _ in spans
        }
        for item, spans in message.found.items():
            kinds = self._kinds.get(item)
            if kinds:
                for start, end in spans:  # in the clause of its last word: "what if" speaks of the clause "if" opens
                    if len(timed) > 1 and inside_longer(start, end):
                        continue  # inside a longer time-frame phrase: "now" in "it's fine now"
                    if kinds == _ONLY_SUPPOSING and self._inside_a_sign(start, end, message):
                        # round 29: "she keeps asking the same thing" is a sign of memory loss; the "the same" of
                        # its own words compares nothing, so it makes no what-if of the sentence.
                        continue
                    if stopped_signs and item[-1] == "stopped" and end - 1 in stopped_signs and kinds == {"resolved"}:
                        continue  # "she has stopped eating": the "stopped" of the sign itself says nothing is over
                    if start in asking_now and "hypothetical" in kinds and "current" not in kinds:
                        continue  # round 30 (falsealarm28): "what is wrong crushing chest pain" asks about now
                    if item == ("since",) and start in since_then:
                        continue  # round 29 falsealarm27: "weak since, no change": long-standing, read above
                    if end - 1 in long_since:
                        # "droopy since my injury 5 years ago": since a date long ago, so long-standing.
                        message.kinds.setdefault(clause[end - 1], set()).add("chronic")
                        continue
                    if item in self._since_then and self._recent_before(start, message):
                        # "fell an hour ago and since then I can't feel my legs": since a time now, so now.
                        message.kinds.setdefault(clause[end - 1], set()).add("current")
                        continue
                    if item == ("ever",) and not _EVER_MEASURES.isdisjoint(message.words[max(0, start - 3) : start]):
                        continue  # "the worst headache ever", "the worst I've ever had": a measure, no what-if
                    if (
                        "current" in kinds
                        and item in self._course_in_future
                        and self._in_future_question(start, message)
                    ):
                        # "will I have bleeding that won't stop after surgery?": the course of a sign asked about.
                        message.kinds.setdefault(clause[end - 1], set()).add("future")
                        message.kinds.setdefault(_scope("hypothetical", clause[end - 1]), set()).add("hypothetical")
                        continue
                    if "current" in kinds and item in self._onset_in_condition and self._in_condition(start, message):
                        # "if my scar started leaking pus, who would I call?": the onset is supposed, not now.
                        message.kinds.setdefault(clause[end - 1], set()).add("future")
                        message.kinds.setdefault(_scope("hypothetical", clause[end - 1]), set()).add("hypothetical")
                        continue
                    if "future" in kinds and self._in_condition(start, message):
                        # "if the wound goes red after my op, who do I call?": a change supposed in a condition, with no
                        # owner to make it now ("if the chest pain is crushing" has no change word: still now).
                        message.kinds.setdefault(_scope("hypothetical", clause[end - 1]), set()).add("hypothetical")
                    # "the scan was clear last year": an over-and-done phrase dated long ago outside its own words.
                    dated_apart = "resolved" in kinds and self._dated_long_ago(
                        clause[start], message, range(start, end)
                    )
                    for kind in kinds:
                        if kind == "past" and start in conditions:  # "if I was gone": a condition, no past
                            continue
                        if kind == "resolved" and dated_apart:
                            # "my calf is swollen and hot, the scan was clear last year": an old look, over in its
                            # own clause only; it reaches no sign told now.
                            message.kinds.setdefault(clause[end - 1], set()).add(kind)
                            continue
                        if kind == "hypothetical" and self._a_setting(start, end, message):
                            # "we were watching a film and my husband collapsed": where they were, in its own clause
                            # only; who a sign is told of is the shape reader's question.
                            message.kinds.setdefault(clause[end - 1], set()).add(kind)
                            continue
                        if kind == "hypothetical" and self._fear_ends_its_clause(item, end, message):
                            # "we are worried because he can't breathe": the feeling, in its own clause only.
                            message.kinds.setdefault(clause[end - 1], set()).add(kind)
                            continue
                        if kind == "past" and self._sets_a_scene(end, message):
                            continue  # "we were watching tv when dad grabbed his chest": the scene, no date
                        if kind == "past" and any(
                            0 < start - at <= COMPARISON_GAP and here == clause[start] for at, here in compared
                        ):
                            continue
                        if kind == "resolved" and unresolving(start, end):
                            continue  # "she was fine an hour ago": the start of something, not its end
                        if kind == "resolved" and worse_after(end):
                            # "thought it was heartburn but it's a bad pain ...": over in its own clause only.
                            message.kinds.setdefault(clause[end - 1], set()).add(kind)
                            continue
                        if kind == "hypothetical" and item in self._put_down:
                            message.kinds.setdefault(_put_down(clause[end - 1]), set()).add(kind)
                            continue
                        message.kinds.setdefault(_scope(kind, clause[end - 1]), set()).add(kind)
                    if "resolved" in kinds and not unresolving(start, end) and not worse_after(end) and not dated_apart:
                        # Across commas too: "the wound leaked for a day, the nurse said it was fine".
                        message.kinds.setdefault(_whole(message.sentence[end - 1]), set()).add("resolved")
                        message.memo.setdefault("resolutions", []).append(start)
            gap = self._frame_gaps.get(item)
            if gap is not None:
                # A condition voids a frame ("if I get ..."), and an owner unless a state follows the thing
                # owned: "is it a DVT if my calf is sore?" tells of a calf that is sore now, "should I go to
                # A&E if my calf swells?" of one that may swell.
                spans = [
                    span
                    for span in spans
                    if span[0] not in conditions
                    or gap == OWNER_GAP
                    and span[0] not in supposed
                    and (self._state_follows(span[1], message.words) or self._described(span[1], message.words))
                    # round 25 readings: "if his blood pressure is 200 over 115, what do we do?": a reading after the
                    # state word is supposed, as "if it goes over 200" is ("if my calf is sore" still tells now).
                    and not self._reading_supposed(span[1], message.words)
                ]
                if gap == OWNER_GAP and spans and (causes or evers):
                    spans = [span for span in spans if not supposed_owner(*span)]
                elif spans and causes:
                    # "can stress make you feel short of breath?": a frame right after a verb of causing, in a
                    # question, tells what the cause may do to anyone, not what is happening now.
                    spans = [span for span in spans if not caused_frame(span[0])]
                message.frames.extend((start, end, gap) for start, end in spans)
            after = self._negation.get(item)
            if after is not None:
                # "my calf was fine this morning": fine then, so said of before; no denial of now. A reading is
                # of the time told with it: "temperature 37.4 this evening" denies a fever this evening.
                reading = "<normal temperature>" in item
                # "She's breathing normally and says she feels well": a claim in the next clause is no onset.
                message.negators.extend(
                    (start, end, after)
                    for start, end in spans
                    if reading
                    or not (
                        after is True
                        and (
                            end in onsets
                            or end + 1 in onsets
                            and not (end < len(message.words) and (message.words[end],) in self._breaks)
                        )
                    )
                    or self._fine_now(start, end, message.words)
                )
        if self._condition_openers and not self._condition_openers.isdisjoint(message.found):
            self._note_past_in_condition(message)
        if self._story_past and not self._story_past.isdisjoint(message.found):
            self._carry_story_past(message)
        # "Could my swollen leg be a clot? It's been like this since yesterday": a sentence that points back
        # at the sign with a time now makes the sentence before it about now too.
        # "..., had it for years" points back with a long span: the clauses before it are long-standing, and
        # its "been like this for" is no sign of now.
        long_spans = [
            span for item in self._pointing_back_chronic.intersection(message.found) for span in message.found[item]
        ]
        # "... but that's been since my brain injury 5 years ago": a pointer back to a date long ago is long too.
        long_spans += [
            (start, end)
            for item in self._pointing_back_since.intersection(message.found)
            for start, end in message.found[item]
            if end - 1 in long_since
        ]
        # "out of breath on the stairs today, but I always am": the one time told is the usual one, whatever time
        # now it was told with, in its own clause and the one just before it in its sentence; opening its clause,
        # it speaks of what came before only ("As always, thanks. ..." says nothing of the signs after it), and
        # no further back ("bleeding gums, and dizzy when I stand, always have been": the gums are not usual).
        for item in self._typical.intersection(message.found):
            for start, _ in message.found[item]:
                # "... gets chest pain walking, nothing new, but right now it's crushing": a later clause of the
                # sentence told now says this time is not the usual one (round 14).
                if self._told_now_after(start, message):
                    continue
                opens = start == 0 or clause[start - 1] != clause[start]
                told = {clause[start]} if not opens else set()
                before = [p for p in range(start) if clause[p] != clause[start]]
                if before and message.sentence[before[-1]] == message.sentence[start]:
                    told.add(clause[before[-1]])
                for number in told:
                    message.kinds.setdefault(number, set()).update(("chronic", "typical"))
        for item in self._pointing_back.intersection(message.found):
            for start, _ in message.found[item]:
                if any(low <= start < high for low, high in long_spans):
                    continue
                told = message.sentence[start]
                for position, number in enumerate(message.sentence):
                    if number in (told - 1, told):
                        message.kinds.setdefault(clause[position], set()).add("current")
        for start, _ in long_spans:
            told = message.sentence[start]
            for position, number in enumerate(message.sentence):
                if number in (told - 1, told) and position < start:
                    message.kinds.setdefault(clause[position], set()).add("chronic")
        if long_spans and self._recurring:
            self._recurring_as_pattern(long_spans, message)
        if len(message.sentence) and message.sentence[-1] > message.sentence[0]:
            self._dated_by_next_sentence(message)
        # "told to watch for fever, redness and pus": every sign of the list that follows, across its commas,
        # is something to look out for, not something happening.
        for item in self._list_openers.intersection(message.found):
            for _, end in message.found[item]:
                for position in range(end, len(message.words)):
                    if message.sentence[position] != message.sentence[end - 1]:
                        break
                    message.kinds.setdefault(_scope("hypothetical", clause[position]), set()).add("hypothetical")
        found = message.found.keys()
        # A general question: it names the condition, or it is one question that opens like one ("is chest
        # pain after hip surgery normal?"), and in either case names no person and no "now".
        # Read sentence by sentence: in "A question about HO. Swollen calf." the second sentence names
        # neither the condition nor a person, and is a report, not a general question; in "What is HO? Is
        # chest pain after surgery normal?" the second one is a general question of its own.
        named: dict[int, set[str]] = {}
        for item in found & (self._topic | self._personal):
            kind = "topic" if item in self._topic else "personal"
            for start, _ in message.found[item]:
                if kind == "personal" and start and message.words[start - 1] in _ANY_ONE:
                    continue  # "what temperature is too high for a child?": anyone's child, no one told of
                named.setdefault(message.sentence[start], set()).add(kind)
        # A sentence with a time now or a measured temperature is a report, even with no pronoun in it:
        # "temp 38.8 and shivery, 4 days after HO excision".
        reported = {
            message.sentence[p]
            for p, word in enumerate(message.words)
            if "current" in message.kinds.get(clause[p], ()) or word[0].isdigit() and word[-1] in "cf"
        }
        # round 24 (readers): ... and so does a bare fever reading named as one ("fever 38 after the op, is it from
        # the HO?"): a number a temperature word just before makes a temperature.
        reported |= {
            message.sentence[start]
            for start, _ in message.found.get(("<temperature>",), ())
            if not _TEMPERATURE_WORDS.isdisjoint(message.words[max(0, start - 2) : start])
        }
        openings: dict[int, list[str]] = {}  # each sentence's first two words
        # round 30 (falsealarm28): a sentence whose opener asks what is going on now ("what is wrong, crushing chest
        # pain") is a report, never a general question.
        asks_now = {message.sentence[first] for first in self._asking_now_openers(message)}
        # ... and the words of its second clause when its first is a condition's name alone: "cauda equina - what
        # is it?" names a topic, then asks about it (round 14).
        headed: dict[int, list[str]] = {}
        for p, number in enumerate(message.sentence):
            opening = openings.setdefault(number, [])
            if len(opening) < 2:
                opening.append(message.words[p])
        by_sentence: dict[int, list[int]] = {}
        for p, number in enumerate(message.sentence):
            by_sentence.setdefault(number, []).append(p)
        for number, positions in by_sentence.items():
            clauses = sorted({clause[p] for p in positions})
            if len(clauses) < 2:
                continue
            heading = [p for p in positions if clause[p] == clauses[0]]
            rest = [message.words[p] for p in positions if clause[p] == clauses[1]]
            a_name = any(
                start <= heading[0] + (message.words[heading[0]] in _ARTICLES) and end == heading[-1] + 1
                for item in self._named_conditions.intersection(message.found)
                for start, end in message.found[item]
            )
            if a_name and len(rest) >= 2:
                headed[number] = rest
        general = set()
        # Each sentence's length in words, counted once: counting per sentence was quadratic on a long paste.
        lengths = Counter(message.sentence)
        for number, opening in openings.items():
            if "personal" in named.get(number, ()) or number in reported or number in asks_now:
                continue
            # A short line naming the condition is a search ("FOP breathing problems", "suicide rates in FOP
            # patients"); a longer statement is a report told in short.
            asked = (
                number in message.questions
                or bool(opening) and opening[0] in self._openers
                or lengths[number] <= SEARCH_WORDS
            )
            # A question typed without its mark, opening like one ("does oxygen stop breathlessness").
            unmarked = len(opening) > 1 and opening[0] in UNMARKED_QUESTION_OPENERS and opening[1] != "not"
            # Naming the condition makes a question general ("can HO cause chest pain"), not a report told in
            # short ("ate peanuts, tongue swollen, have eczema and a nut allergy").
            if self._general_ask and any(
                message.sentence[start] == number
                for item in self._general_ask.intersection(found)
                for start, _ in message.found[item]
            ):
                # round 17: "hot swollen joint, when is it serious?": when a sign matters, asked of no one.
                general.add(number)
            elif "topic" in named.get(number, ()) and asked or (
                (number in message.questions or unmarked)
                and len(opening) > 1
                and opening[0] in self._openers
                and opening[1] not in self._pointing  # "is this a heart attack?" is about now
            ):
                general.add(number)
            elif number in message.questions and number in headed:
                # A condition's name alone, then a question that opens like one: "sepsis - what are the signs?",
                # "cauda equina, what is that". "Stroke - is it serious?" points at it (about now), "... what
                # should I do?" names a person, and "... what is causing it?" asks about one happening: none is
                # general. A sign told as felt ("severe chest pain, what is it?") is no name of a condition.
                second = headed[number]
                if (
                    second[0] in self._openers
                    and second[0] not in ("is", "are")
                    and second[1] not in self._pointing
                    and not any(
                        word in ("is", "are", "am") and later.endswith("ing")
                        for word, later in zip(second, second[1:], strict=False)
                    )
                ):
                    general.add(number)
        message.general[0] = frozenset(general)

    def _asking_now_openers(self, message: _Message) -> set[int]:
        """Round 30 (falsealarm28): where a sentence opens with a question about what is going on now: its first word,
        when a word of `time_frame: asks_about_now` begins at its second or third ("what is wrong, crushing chest
        pain", "whats happening to me", "what is this pain"). Such an opener is no general question and no what-if."""
        openers = message.memo.get("asking_now")
        if openers is None:
            firsts: dict[int, int] = {}
            for p, number in enumerate(message.sentence):
                firsts.setdefault(number, p)
            openers = {
                firsts[message.sentence[start]]
                for item in self._asks_about_now.intersection(message.found)
                for start, _ in message.found[item]
                if start - firsts[message.sentence[start]] in (1, 2)
                and message.words[firsts[message.sentence[start]]] in self._openers
            }
            message.memo["asking_now"] = openers
        return openers

    def _dated_by_next_sentence(self, message: _Message) -> None:
        """Round 23 (readings): a sentence that opens by pointing back with a past date and nothing else in its clause
        ("a tight chest after a cold, is that normal? It was last month and it's cleared up") dates the sentence before
        it, as a date inside it would: each clause of that sentence with no word of now and no "today", "still" or
        "again" is past ("my calf is swollen. It was fine last week" compares: no date right after the pointer).
        A recent date ("it was three days ago") or a time now ("it was this morning") dates nothing."""
        words, sentence, clause, found = message.words, message.sentence, message.clause, message.found
        starts = [p for p in range(1, len(words)) if sentence[p] != sentence[p - 1]]
        for start in starts:
            lead = next((n for n in (3, 2, 1) if tuple(words[start : start + n]) in _POINTED_DATES), 0)
            if not lead:
                continue
            at = start + lead
            dates = [
                end
                for item in found
                if "past" in self._kinds.get(item, ())
                and self._kinds[item].isdisjoint(("current", "recent", "resolved", "hypothetical"))
                for begin, end in found[item]
                if begin == at
            ]
            if not dates:
                continue
            end = max(dates)
            if end < len(words) and clause[end] == clause[start] and sentence[end] == sentence[start]:
                continue  # more in the clause than the date ("it was last month that it started")
            before = sentence[start - 1]
            numbers = sorted({clause[p] for p in range(len(words)) if sentence[p] == before})
            for number in numbers:
                told = [words[p] for p in range(len(words)) if clause[p] == number]
                if "current" in message.kinds.get(number, ()) or any(
                    word in ("now", "today", "still", "again", "tonight") for word in told
                ):
                    continue
                message.kinds.setdefault(number, set()).add("past")

    def _recurring_as_pattern(self, long_spans, message: _Message) -> None:
        """Round 23 (readings): a clause before a span of years in its sentence ("I keep getting cramp in my calf at
        night, been happening for years") whose only word of now is one of coming again ("keep getting") tells a
        long-standing pattern, not a change now: its "current" is dropped (the span already made it "chronic"). Any
        other word of now in the clause ("keep getting it and today it's swollen") keeps it current."""
        clause, sentence, found = message.clause, message.sentence, message.found
        recurring_in: dict[int, int] = {}
        other_now: set[int] = set()
        for item, spans in found.items():
            if "current" not in self._kinds.get(item, ()):
                continue
            for start, end in spans:
                if item in self._recurring:
                    recurring_in[clause[start]] = start
                elif not any(
                    low <= start and end <= high for other in self._recurring for low, high in found.get(other, ())
                ):
                    other_now.add(clause[start])
        for number, start in recurring_in.items():
            if number in other_now or "chronic" not in message.kinds.get(number, ()):
                continue
            if any(sentence[low] == sentence[start] and low > start for low, _ in long_spans):
                message.kinds[number].discard("current")

    def _in_condition(self, start: int, message: _Message) -> bool:
        """Whether the clause holding `start` opens with a condition ("if", "in case", "what if"), before `start`."""
        if not self._condition_openers:
            return False
        clause = message.clause
        opening = clause.index(clause[start])
        if self._opens_with_condition(opening, start, message):
            return True
        # round 20 precision: a condition whose subject is told before an aside ("if my husband (spinal cord injury)
        # ever gets a banging headache", "if my dad, who has a new hip, ever ..."): the part after the aside goes
        # on with the condition when the condition's part has no verb of its own; an aside of its own ("who ...")
        # may stand between.
        sentence = message.sentence[start]
        before = opening
        for _ in range(2):
            if not before or message.sentence[before - 1] != sentence:
                return False
            aside_start = before
            before = clause.index(clause[before - 1])
            if self._opens_with_condition(before, aside_start, message):
                return not any(self._has_verb(word) for word in message.words[before:aside_start])
            if message.words[before] not in _ASIDE_OPENERS:
                return False
        return False

    def _opens_with_condition(self, opening: int, start: int, message: _Message) -> bool:
        return any(
            begin == opening and end <= start
            for item in self._condition_openers.intersection(message.found)
            for begin, end in message.found[item]
        )

    def _in_future_question(self, start: int, message: _Message) -> bool:
        """Whether the clause holding `start` opens as a question about what will come ("will I have", "am I going to
        get"; not "will I have to ...") and `start` follows a relative word ("that", "which"): "will I have pain that
        keeps getting worse?" supposes the pain and its course. A course told with no relative word ("will I need
        stitches, my cut won't stop bleeding"; "will I get stitches my cut won't stop") stays a sign now."""
        if not self._future_question:
            return False
        clause, words = message.clause, message.words
        # Back over the course's own words ("that keeps getting worse": "getting worse" follows "that keeps").
        before = start - 1
        while before >= 0 and start - before <= MAX_COURSE_WORDS and words[before] in self._course_words:
            before -= 1
        if before < 0 or words[before] not in self._relative:
            return False
        opening = clause.index(clause[start])
        return any(
            begin == opening
            and end < start
            and words[end] not in self._future_not_before
            for item in self._future_question.intersection(message.found)
            for begin, end in message.found[item]
        )

    def _has_verb(self, word: str) -> bool:
        return word in self._present or word in self._past_tense or word in self._states

    def _note_past_in_condition(self, message: _Message) -> None:
        """A past tense in a clause a condition opens is a supposition (round 19, precision): "what would happen if my
        hip wound got infected?", "if the knee got really hot and swollen suddenly, is that when you ring?". Read as an
        onset in a condition is ("if my scar started leaking"); a time now in the clause keeps it now."""
        clause, words = message.clause, message.words
        openings = {
            (begin, end)
            for item in self._condition_openers.intersection(message.found)
            for begin, end in message.found[item]
            if begin == clause.index(clause[begin])
        }
        for begin, end in openings:
            number = clause[begin]
            if "current" in message.kinds.get(number, ()):
                continue
            rest = [p for p in range(end, len(words)) if clause[p] == number]
            if not self._present.isdisjoint(words[p] for p in rest):
                continue  # "is it a clot if my calf is swollen and red?": a state now, no supposition
            if any(words[p] in self._past_tense and words[p] not in _NOT_SUPPOSED for p in rest):
                message.kinds.setdefault(number, set()).add("future")
                message.kinds.setdefault(_scope("hypothetical", number), set()).add("hypothetical")

    def _act_supposed(self, rule: Rule, positions: set[int], message: _Message) -> bool:
        """A sign told in pieces whose last piece, the act, is in a clause a condition opens, with no time now there:
        "he's on indomethacin, is it dangerous if he takes too many?" (round 19, precision). The thing named first
        is only what the condition is about; the act is supposed, as it is when the whole sign is in the condition. For
        an event (an overdose, a double dose) the act's own clause dates it: "on apixaban since my knee. Last month I
        took my evening tablet twice". A thing named in one sentence and the act in a list or a what-if of the next is
        supposed too: "she's on a new tablet. The leaflet says look out for a rash"."""
        clause = message.clause
        last = max(positions)
        if clause[min(positions)] == clause[last]:
            return False
        start = min(p for p in positions if clause[p] == clause[last])
        sentence = message.sentence
        earlier = [p for p in positions if sentence[p] != sentence[last]]
        if len(earlier) == len(positions) - 1 and all(
            "past" in message.kinds.get(clause[p], ()) and "current" not in message.kinds.get(clause[p], ())
            for p in earlier
        ):
            # "after my op years ago I was so swollen and breathless ... Now I'm nervous about having the other leg
            # done": the sign was told in a dated story; one word of the next sentence does not make it now.
            return True
        kinds = message.kinds.get(clause[last], ())
        if "current" in kinds:
            return False
        if rule.event and "past" in kinds:
            return True  # "on apixaban since my new knee. Last month I took my evening tablet twice": the act's date
        supposed = message.kinds.get(_scope("hypothetical", clause[last]), set())
        supposed = supposed | self._put_down_for(rule, clause[last], message)
        if message.sentence[min(positions)] != message.sentence[last] and "hypothetical" in supposed:
            return True  # "she's on a new tablet. The leaflet says look out for a rash": the act in a list told of
        return self._in_condition(start, message)

    def _sets_a_scene(self, end: int, message: _Message) -> bool:
        """Whether a past word ending at `end` opens the scene of an event told after "when" in its clause: "we were
        watching tv when dad grabbed his chest", "I was walking the dog when I got crushing chest pain" (round 15).
        Such a clause is dated by its own time words, if any ("... in 2019 when dad collapsed"), not by "we were"."""
        words, clause = message.words, message.clause
        # Not a sign word itself ("I was bleeding when ..." tells the sign, not a scene).
        if end >= len(words) or len(words[end]) < 5 or not words[end].endswith("ing"):
            return False
        if (words[end],) in self._parts_of:
            return False
        here = clause[end - 1]
        return any(words[p] == "when" and clause[p] == here for p in range(end + 1, min(len(words), end + 12)))

    def _a_setting(self, start: int, end: int, message: _Message) -> bool:
        """Whether a one-word story word at `start` ("film", "book", "news") is where the writer was, after a scene
        word and an article at most ("watching a film", "at the cinema", "reading the news"; round 18): a setting,
        which speaks of its own clause only, not a story about the signs told in the clauses after it."""
        if end - start != 1 or not self._scenes or self._scenes.isdisjoint(message.found):
            return False
        words = message.words
        before = start - 1 if start and words[start - 1] in _SETTING_ARTICLES else start
        scenes = self._scenes.intersection(message.found)
        return any(stop == before for item in scenes for _, stop in message.found[item])

    def _fear_ends_its_clause(self, item: tuple[str, ...], end: int, message: _Message) -> bool:
        """Whether a fear word ("worried", "scared") has nothing feared after it in its clause: it ends the message,
        its sentence or its clause, or a reason follows it ("worried because ..."). Then it tells how the writer
        feels about what they say, not a fear of what may come ("worried I might get a clot") (round 33)."""
        if item not in self._fears:
            return False
        words, clause, sentence = message.words, message.clause, message.sentence
        return (
            end == len(words)
            or sentence[end] != sentence[end - 1]
            or clause[end] != clause[end - 1]
            or words[end] in self._reason_openers
        )

    @staticmethod
    def _told_now_after(start: int, message: _Message) -> bool:
        """Whether a later clause of the sentence of word `start` has a current word ("..., but right now")."""
        clause, sentence = message.clause, message.sentence
        for p in range(start, len(clause)):
            if sentence[p] != sentence[start]:
                return False
            if clause[p] != clause[start] and "current" in message.kinds.get(clause[p], ()):
                return True
        return False

    def _since_long_ago(self, message: _Message) -> set[int]:
        """Where a "since" is followed in its clause by a date long ago ("since my injury 5 years ago", "since
        the accident in 2010"): a long-standing span, not a time now. "since my op 5 days ago" is recent."""
        if self._since_start.isdisjoint(message.found) or self._story_past.isdisjoint(message.found):
            return set()
        clause = message.clause
        dates = [start for item in self._story_past.intersection(message.found) for start, _ in message.found[item]]
        return {
            end - 1
            for item in self._since_start.intersection(message.found)
            for _, end in message.found[item]
            if any(end <= date <= end + SINCE_DATE_GAP and clause[date] == clause[end - 1] for date in dates)
        }

    def _recent_before(self, start: int, message: _Message) -> bool:
        """A time now or a recent date ("an hour ago", "my op last week") is the last time told before it in
        its sentence: what "since then" points back to. The sentence's times are gathered once per message and
        looked up by where they end, so a long text with many "since then"s stays linear."""
        times = message.memo.get("times_by_sentence")
        if times is None:
            times = message.memo["times_by_sentence"] = {}
            for item, spans in message.found.items():
                kinds = self._kinds.get(item, frozenset())
                if not kinds.isdisjoint(("current", "past", "recent")):
                    for begin, end in spans:
                        times.setdefault(message.sentence[begin], []).append((end, end - begin, kinds, item))
            for told in times.values():
                told.sort(key=lambda time: time[:2])
        told = times.get(message.sentence[start], ())
        # The time that ends last before it, the longest of those ("an hour ago", not "ago").
        at = bisect.bisect_right(told, (start, len(message.words) + 1), key=lambda time: time[:2])
        if not at:
            return False
        end, _, kinds, item = told[at - 1]
        words = message.words
        if item[0] == "when" and "past" in kinds and end < len(words) and words[end].endswith("ing"):
            # An undated moment told by what was being done ("it went click when I was putting my socks on and
            # since then it's painful"; not "when I was 20"): since that moment, unless a date long ago stands
            # before it.
            return not any(
                message.sentence[begin] == message.sentence[start] and begin < start
                for story in self._story_past.intersection(message.found)
                if story[0] != "when"  # the moment itself ("when I was ..." also opens a story long ago)
                for begin, _ in message.found[story]
            )
        return not kinds.isdisjoint(("current", "recent")) and "past" not in kinds

    def _carry_story_past(self, message: _Message) -> None:
        """A story dated long ago goes on in the past: "I was stabbed back in 2018 and lost a lot of blood.
        Broke my femur, was in ICU for a week." Each later clause told in the past tense (a past verb, no
        present one, no time now) is part of that story; a clause in the present ("now my hip is stiff")
        ends it. Only a distant date carries so ("last week" does not: "I had my op last week and developed
        a fever" is news)."""
        # A date after "since" reaches to now ("para since 2015, head thumping now"): it starts no story.
        dated = {clause for item in self._story_past.intersection(message.found) for clause in
                 (message.clause[start] for start, _ in message.found[item]
                  if not start or message.words[start - 1] != "since")}  # fmt: skip
        by_clause: dict[int, list[str]] = {}
        for position, number in enumerate(message.clause):
            by_clause.setdefault(number, []).append(message.words[position])
        carried = False
        told_in = -1  # the part (between punctuation) of the story's last clause
        sentence_of_clause = {number: message.sentence[message.clause.index(number)] for number in by_clause}
        last_of_sentence = {sentence: number for number, sentence in sorted(sentence_of_clause.items())}
        previous = None
        for number in sorted(by_clause):
            kinds = message.kinds.get(number, set())
            words = by_clause[number]
            if "current" in kinds or not self._present.isdisjoint(words):
                carried = False
            elif number in dated:
                carried = True
            elif carried:
                # A past verb goes on with the story; so does a clause with no verb at all (no state word, no
                # word in -ing: "head thumping" is told now) in the same part, a list of what happened then ("in
                # ICU with a chest infection and a clot on my lung"). Round 21 precision: or in the same sentence,
                # after a comma, when it ends the sentence right after the dated clause ("I reacted to a plaster as
                # a child, blisters everywhere."): the dated clause's own aside.
                if any(word in self._past_tense or _past_form(word) for word in words) or (
                    (
                        number // _SENTENCE == told_in
                        or previous in dated
                        and last_of_sentence[sentence_of_clause[number]] == number
                        and sentence_of_clause[previous] == sentence_of_clause[number]
                    )
                    and not any(word in self._states or word.endswith("ing") for word in words)
                ):
                    message.kinds.setdefault(number, set()).add("past")
                else:
                    carried = False
            told_in = number // _SENTENCE
            previous = number
        # Round 19 (precision): a clause with no verb between two clauses of one dated story, in one sentence, is an
        # aside of that story ("had his first episode of dysreflexia last year, pounding headache and sweating, it was
        # a blocked catheter"): the aside has no present word, no time now and no state word, and the clause after it
        # is in the past tense with no present word.
        numbers = sorted(by_clause)
        sentence_of = {number: message.sentence[message.clause.index(number)] for number in numbers}

        def plain(number: int) -> bool:  # nothing in it tells of now
            return "current" not in message.kinds.get(number, ()) and self._present.isdisjoint(by_clause[number])

        def past(number: int) -> bool:
            return "past" in message.kinds.get(number, ()) or (
                plain(number) and any(word in self._past_tense or _past_form(word) for word in by_clause[number])
            )

        for at, number in enumerate(numbers):
            if "past" not in message.kinds.get(number, ()):
                continue
            asides = []
            for later in numbers[at + 1 :]:
                if sentence_of[later] != sentence_of[number]:
                    break
                if "past" in message.kinds.get(later, ()):
                    break
                if plain(later) and not any(word in self._states for word in by_clause[later]):
                    if past(later):
                        for aside in (*asides, later):
                            message.kinds.setdefault(aside, set()).add("past")
                        asides = []
                        continue
                    asides.append(later)
                    continue
                break
        # Round 22 (readings): a long-ago date told alone after a comma dates the clause just before it in its sentence
        # ("in my country I have blood clot in leg, ten years ago."), as a date inside that clause would; a clause that
        # says now or tells a state ("my calf is swollen and hot, ...") is not reached, nor any clause before it.
        date_spans = [
            (start, end)
            for item in self._story_past.intersection(message.found)
            for start, end in message.found[item]
            if not start or message.words[start - 1] != "since"
        ]
        for start, end in date_spans:
            number = message.clause[start]
            at = numbers.index(number)
            if at == 0 or message.clause[end - 1] != number:
                continue
            extra = [w for w, n in zip(message.words, message.clause, strict=True) if n == number]
            if len(extra) - (end - start) > 1 or (len(extra) > end - start and extra[0] not in _DATE_LEADS):
                continue  # more than the date (and one lead word: "about ten years ago") in its clause
            before = numbers[at - 1]
            if sentence_of[before] != sentence_of[number] or "current" in message.kinds.get(before, ()):
                continue
            if any(
                word in ("now", "today", "still", "again") or word in self._owned_states for word in by_clause[before]
            ):
                continue  # told now, or a state ("my calf is swollen, like ...") that is the sign as it is
            message.kinds.setdefault(before, set()).add("past")

    def _described(self, end: int, words: list[str]) -> bool:
        """The thing owned is described by its state now, right after the owner: "could my swollen calf be a
        clot?" tells of a calf that is swollen, where "could my calf swell?" asks what may come."""
        return end < len(words) and words[end] in self._owned_states

    def _reading_supposed(self, end: int, words: list[str]) -> bool:
        """Round 25 (readings): whether the state word after an owned thing is followed by a number, at once or after
        "over", "about", "around", "above" ("if his bp is 200 over 115", "if my sats are below 92"): a reading in a
        condition, supposed like any other condition."""
        for p in range(end + 1, min(end + 3, len(words))):
            if words[p] in self._states:
                after = words[p + 1 : p + 3]
                if after and after[0] in _READING_LINKS:
                    after = after[1:]
                return bool(after) and bool(_READING_NUMBER.fullmatch(after[0]))
        return False

    def _state_follows(self, end: int, words: list[str]) -> bool:
        """A state word ("is", "feels", "looks") one or two words after an owned thing ("my calf is ...")."""
        return any(words[p] in self._states for p in range(end + 1, min(end + 3, len(words))))

    def _whole_signs(self, found) -> dict[int, list[int]]:
        """The rules with a phrase of every part of some sign in the message, each with those signs in order.
        `_frame_of` is None for every other rule and skips every other sign (`_occurrences` finds no place for a
        sign with a part missing), so only these need reading: a message names parts of dozens of rules ("hip",
        "lump", "scar") and makes few of them whole."""
        lit: dict[tuple[int, int], int] = {}
        for item in found:
            for key, bits in self._parts_of.get(item, ()):
                lit[key] = lit.get(key, 0) | bits
        whole: dict[int, list[int]] = {}
        all_parts = self._all_parts
        for key in sorted(lit):
            if lit[key] == all_parts[key]:
                whole.setdefault(key[0], []).append(key[1])
        return whole

    def _shape_of(self, positions: set[int], message: _Message) -> Shape:
        """Who a sign is told of and what its sentence does with it (`message_shape.py`); a clause with a time-now
        word is told now of a real person whatever else it holds."""
        told_now = message.memo.get("told_now")
        if told_now is None:
            told_now = message.memo["told_now"] = {
                number for number, kinds in message.kinds.items() if "current" in kinds
            }
        return self._shape.shape(
            positions, message.found, message.words, message.clause, message.sentence, message.questions, told_now
        )

    def _reported(self, rule: Rule, positions: set[int], message: _Message) -> bool:
        """Whether the sign at `positions` is reported of a real person. A medicine asked for a sign named in general
        (round 26 at-risk: "what can I give my child for a fever?") is no report, except of an emergency sign: "what
        can I take for chest pain" may be asked while it happens (safe first)."""
        shape = self._shape_of(positions, message)
        return shape.is_report or (shape.does == REMEDY and rule.tier == "emergency")

    def _frame_of(self, rule: Rule, sign_numbers: list[int], message: _Message) -> str | None:
        """Whether these signs of a rule are "current" (happening now) or only a "mention" (past or
        hypothetical); None if none of them is whole in the message."""
        told = resolved = False
        sets = self._sign_sets.get(rule.name)
        if sets is None:
            sets = self._sign_sets[rule.name] = [tuple(map(frozenset, sign)) for sign in rule.signs]
        keys = message.memo.get("found_keys")
        if keys is None:  # once per message: every sign of every candidate rule is read against it
            keys = message.memo["found_keys"] = set(message.found)
        found, sentence, questions = message.found, message.sentence, message.questions
        follow_ups = self._follow_up_starts(message)
        for sign_number in sign_numbers:
            occurrences = list(self._occurrences(sets[sign_number], found, sentence, questions, keys, follow_ups))
            # Round 19 (precision): a sign whole in one clause is read there; the same sign pieced together with a word
            # of an earlier clause is no second report ("my husband has had a catheter since his injury, is it true
            # a blocked catheter can be dangerous?" asks of a blocked catheter in general).
            clause = message.clause
            whole_in = {clause[min(p)] for p in occurrences if clause[min(p)] == clause[max(p)]}
            for positions in occurrences:
                if clause[min(positions)] != clause[max(positions)] and clause[max(positions)] in whole_in:
                    continue
                if sentence[min(positions)] != sentence[max(positions)] and told_apart(
                    positions, message.words, sentence, clause, message.kinds, self._person_words, self._owners,
                    event=rule.event,
                ):
                    continue  # round 34 triage32: "I hit my head. My husband has been sick all day": two things
                if message.negators and self._is_denied(positions, message):
                    continue
                if message.negators and denies_another(positions, message.negators):
                    continue  # round 25 readings: "we haven't seen any blood in his wee": no denial of the wee
                if denies_what_follows(positions, message.words):
                    continue  # round 25 readings: "oxygen 94 percent, no cough": no "no oxygen"
                if self._reading_of_another(positions, message.words):
                    continue  # "sats 97% and heart rate 72": the 72 is the heart rate's reading, not the sats'
                if (
                    rule.unless_near
                    and self._undone_near(rule, positions, message)
                    and not (rule.if_resolved and self._may_be_over(rule) and self._over_since(positions, message))
                ):
                    continue  # "I cut myself chopping onions": an accident told in the sign's own sentence
                # (An episode told as over keeps its `if_resolved` tier whatever is near it: "had chest pain this
                # morning, it's fine now, only a bit sore when I press" is pain that went, for the care team today.)
                told = True
                reading = self._reading(rule, positions, message)
                if reading == "current" and self._may_be_over(rule) and self._over_since(positions, message):
                    reading = "resolved"  # "chest pain for a few minutes yesterday, it went away on its own"
                if (
                    reading in ("current", "resolved")
                    and not rule.crisis
                    and not self._reported(rule, positions, message)
                ):
                    reading = "mention"  # "my dog is vomiting blood", "the leaflet says chest pain means call 999"
                if reading == "current" and self._seen_looks and self._already_seen(rule, positions, message):
                    reading = "mention"  # "had the dvt scan for my swollen calf, all clear": in care already
                elif (
                    reading == "current"
                    and rule.tier == "emergency"
                    and self._emergency_visits
                    and self._seen_in_emergency_care(rule, positions, message)
                ):
                    reading = "mention"  # "went to A&E last night with the worst headache, the scan was clear"
                elif (
                    reading in ("current", "resolved")
                    and rule.tier == "emergency"
                    and not rule.event
                    and self._seen_looks
                    and self._told_as_over(positions, message)
                    and self._already_seen(rule, positions, message, any_tier=True)
                ):
                    reading = "mention"  # "dad had chest pains this morning, the paramedics came, his ECG was normal"
                elif (
                    reading == "current"
                    and rule.tier == "emergency"
                    and not rule.event
                    and not rule.crisis
                    and self._seen_looks
                    and self._looked_at_between(positions, message)
                ):
                    reading = "mention"  # "she had a fit, the paramedics came, what do we do now?": seen to
                elif (
                    reading == "resolved"
                    and not rule.crisis
                    and self._seen_looks
                    and self._already_seen(rule, positions, message, any_tier=True)
                ):
                    # round 21 precision: an episode over and done (`if_resolved`: "tell the team today") that a
                    # clinician has already seen to ("had dysreflexia last week, the GP has seen me since"): the team
                    # knows; the answer carries the safety line.
                    reading = "mention"
                if (
                    reading == "current"
                    and rule.known_loss
                    and told_as_known_loss(
                        positions, message.found, message.sentence, self._long_standing_loss, self._loss_news
                    )
                ):
                    reading = "mention"  # round 25 readings: "he's paralysed and can't feel his legs": no new loss
                if (
                    reading == "current"
                    and rule.allergy_history
                    and self._allergy_told_as_history(rule, positions, message)
                ):
                    reading = "mention"  # round 29 falsealarm27: "allergic to penicillin, had hives as a kid"
                if reading == "current":
                    return "current"
                resolved = resolved or reading == "resolved"
        if resolved and rule.if_resolved:
            return "resolved"
        return "mention" if told else None

    def _allergy_told_as_history(self, rule: Rule, positions: set[int], message: _Message) -> bool:
        """Round 29 falsealarm27: a sign joined to an allergy the message states ("allergic to penicillin, had hives as
        a kid", "I'm allergic to ibuprofen, it makes me wheezy") is no reaction now when its reaction, read without the
        clauses that state the allergy, is past or the allergen's usual reaction (see `allergy_history.py`)."""
        reaction = reaction_positions(positions, message.found, message.clause, self._allergy_declared)
        if not reaction:
            return False
        stating = stating_clauses(message.found, message.clause, self._allergy_declared)
        if not only_background(reaction, stating, message.clause, message.sentence, self._asking_sentences(message)):
            return False
        told_now = {number for number, kinds in message.kinds.items() if "current" in kinds}
        if told_as_usual_reaction(reaction, message.found, message.clause, self._allergy_usual, told_now):
            return True
        return not self._is_current(rule, reaction, message)

    def _asking_sentences(self, message: _Message) -> set[int]:
        """The sentences that ask: with a question mark, or opening with a question's start ("what will they give
        me", "can I still have") or a yes-no opener, typed without the mark."""
        sentence, words = message.sentence, message.words
        first: dict[int, int] = {}
        for position, number in enumerate(sentence):
            first.setdefault(number, position)
        opening = {start for item in self._question_start for start, _ in message.found.get(item, ())}
        return {
            number
            for number, start in first.items()
            if number in message.questions or start in opening or self._opens_as_asking(start, words)
        }

    @staticmethod
    def _undone_near(rule: Rule, positions: set[int], message: _Message) -> bool:
        """Whether one of the rule's `unless_near` words is in a sentence of the sign (round 19)."""
        sentences = {message.sentence[p] for p in positions}
        return any(
            message.sentence[start] in sentences
            for item in rule.unless_near
            for start, _ in message.found.get(item, ())
        )

    def _looks(self, message: _Message) -> list[tuple[int, int]]:
        """Where the message tells that a clinician has looked at the problem (`seen_by_clinician`), once per
        message: none when a clinician sent the person on (`unless`); not a look denied just before it ("haven't
        seen the doctor") or asked about ("has the doctor checked it?", a sentence opening like a question)."""
        looks = message.memo.get("looks")
        if looks is not None:
            return looks
        looks = message.memo["looks"] = []
        found = message.found
        if self._seen_looks.isdisjoint(found) or not self._seen_unless.isdisjoint(found):
            return looks
        words, sentence = message.words, message.sentence
        negations = {word for item in self._negation for word in item if len(item) == 1}
        for item in self._seen_looks.intersection(found):
            for start, end in found[item]:
                if any(words[p] in negations or words[p] == "yet" for p in range(max(0, start - 2), start)):
                    continue
                opening = sentence.index(sentence[start])
                if words[opening] in _SEEN_ASKED and opening < start:
                    continue
                before = words[max(opening, start - 6) : start]
                if "how" in before and not _SEEN_WONDERED.isdisjoint(before):
                    continue  # round 24: "how do I know it's not a clot?" wonders, no clinician has said so
                if "since" in words[max(opening, start - 4) : start]:
                    # round 24: "getting worse since the arthritis was diagnosed" dates, it is no look at the sign
                    continue
                looks.append((start, end))
        looks.sort()
        return looks

    def _seen_in_emergency_care(self, rule: Rule, positions: set[int], message: _Message) -> bool:
        """An emergency sign told as what took the person to emergency care ("went to A&E last night with my worst
        ever headache, they did a scan and said it's migraine"), then looked at with nothing new told after the look
        (round 17): the emergency was seen to. Never a crisis; "but now", a present verb or a time now after the look
        makes it new, as for same-day signs."""
        if rule.crisis:
            return False
        first, sentence = min(positions), message.sentence
        if not any(
            end <= first and first - end <= VISIT_GAP and sentence[start] == sentence[first]
            for item in self._emergency_visits.intersection(message.found)
            for start, end in message.found[item]
        ):
            return False
        return self._already_seen(rule, positions, message, any_tier=True)

    def _told_as_over(self, positions: set[int], message: _Message) -> bool:
        """A sign told as over and done (round 18, the message's shape: what it does is tell that a clinician saw to
        it): every clause of the sign is in the past tense, with no present word and no "since", no question asks
        what to do about it now ("what should I do?"), and nothing
        after it, outside a question, is told in the present or as new ("... his ECG was normal and they left him
        at home. Can he still do his physio?"; not "... they said it was fine, but now it is back")."""
        words, clause, sentence = message.words, message.clause, message.sentence
        if any("asking" in kinds for kinds in message.kinds.values()) and not any(
            min(positions) < start and end <= max(positions) for start, end in self._looks(message)
        ):
            # "... the doctor said it was angina, what should I do?" asks about it now; an ask that is a part of the
            # sign told after the look asks about what was seen to ("she had a fit, the paramedics came, what now?").
            return False
        own = {clause[p] for p in positions}
        for number in own:
            span = [p for p in range(len(words)) if clause[p] == number]
            # A day just gone is over when told in the past tense ("had chest pains this morning"); one that runs
            # on to now is not ("had chest pain since this morning").
            if not self._present.isdisjoint(words[p] for p in span) or "since" in (words[p] for p in span):
                return False
        told = {sentence[p] for p in positions}
        if not any(
            words[p] in self._past_tense or _past_form(words[p]) for p in range(len(words)) if sentence[p] in told
        ):
            return False  # the past tense in the sign's sentence: "had a scare last week: chest pain, went to A&E"
        asked = {
            number
            for number in set(sentence)
            if number in message.questions or self._opens_as_asking(sentence.index(number), words)
        }
        # What the clinician said is no news ("the GP said breath-holding spells are harmless"): a look's own clause.
        said = {clause[start] for start, _ in self._looks(message)}
        after = [p for p in range(max(positions) + 1, len(words)) if sentence[p] not in asked and clause[p] not in said]
        # round 20 precision: nor is a present verb in what the clinician said, in a clause of its own ("the doctor
        # listened today and said it's muscular").
        if any(
            words[p] in self._present
            and words[p] not in self.rules.seen_persisting
            and not (said and self._in_their_words(p, message))
            for p in after
        ):
            return False
        # round 20 precision: a word of change told before the look ("chest went tight, but it went straight away,
        # and the doctor listened today") is what the clinician saw; only one after the look is new.
        later = [start for start, _ in self._looks(message) if start > max(positions)]
        since = min(later) if later else max(positions)
        return not any(
            begin > since and sentence[begin] not in asked
            for item in self._seen_new.intersection(message.found)
            for begin, _ in message.found[item]
        )

    def _looked_at_between(self, positions: set[int], message: _Message) -> bool:
        """A sign told in pieces with a clinician's look between them (round 18, now-asks): "she had a seizure, the
        paramedics came, what do we do now?". What was told before the look, in the past tense with no present word
        and no time now, was seen to; the ask after it asks about that, not about a new sign."""
        words, clause = message.words, message.clause
        for start, end in self._looks(message):
            before = [p for p in positions if p < start]
            if not before or not any(p >= end for p in positions) or any(start <= p < end for p in positions):
                continue
            told = {clause[p] for p in before}
            span = [p for p in range(len(words)) if clause[p] in told]
            if any("current" in message.kinds.get(number, ()) for number in told):
                continue
            if not self._present.isdisjoint(words[p] for p in span):
                continue
            if any(words[p] in self._past_tense or _past_form(words[p]) for p in span):
                return True
        return False

    def _already_seen(self, rule: Rule, positions: set[int], message: _Message, any_tier: bool = False) -> bool:
        """A same-day sign that a clinician has already looked at (round 15): told before a look in the story ("her
        thigh is suddenly red and hot. The nurse said it might be ..."), or after one with nothing new told between
        ("they treated my dad for a clot in his leg, swollen, hot, painful"). A present verb, a time now or a word of
        change after the look (`new`: "but now", "worse") makes the sign new; a look dated long ago does not reach
        a sign told now. Never an emergency sign or a crisis."""
        if rule.tier != "urgent" and not any_tier or rule.crisis:
            return False
        looks = self._looks(message)
        if not looks:
            return False
        first, last = min(positions), max(positions)
        words, sentence, clause = message.words, message.sentence, message.clause
        for start, end in looks:
            if last < start:  # told, then looked at
                if sentence[start] - sentence[last] > STORY_SENTENCES:
                    continue
                dated = message.kinds.get(clause[start], set())
                if "past" in dated and any("current" in message.kinds.get(clause[p], ()) for p in positions):
                    continue  # "my calf is hot today. The GP checked it last year": a new sign
                if self._dated_long_ago(clause[start], message) and not any(
                    "past" in message.kinds.get(clause[p], ()) for p in positions
                ):
                    continue  # "my calf is swollen and hot, the scan was clear last year": a look long ago, a sign now
                if self._worse_after(end, message):
                    continue  # round 21 precision: "..., the GP checked it yesterday but now it's worse": new since
                return True
            if first >= start or start <= last:  # looked at, then told (or told around the look)
                if sentence[last] - sentence[start] > STORY_SENTENCES:
                    continue
                # What a question says tells nothing new ("... found nothing. Is a fever one of the signs?").
                asked = {
                    number
                    for number in range(sentence[end - 1], sentence[last] + 1)
                    if number in message.questions or self._opens_as_asking(sentence.index(number), words)
                }
                between = [p for p in range(end, last + 1) if sentence[p] not in asked]
                # Round 19 (precision): a present verb inside what the clinician looked at ("the doctor saw my
                # husband's swollen calf", the 's read as "is") or in what they said of it ("the nurse saw his
                # wound, said it's a bit red") is the look's own object, no news after it.
                # round 25 readings: nor is one in a clause that tells the sign goes on ("scan clear on monday.
                # it's still a bit sore": the "it's" of "still"); a word of change or of now after the look is still
                # news, below.
                persisting = {clause[p] for p in between if words[p] in self.rules.seen_persisting}
                if any(
                    words[p] in self._present
                    and words[p] not in self.rules.seen_persisting
                    and clause[p] != clause[start]
                    and clause[p] not in persisting
                    and not self._in_their_words(p, message)
                    for p in between
                    if p not in positions
                ):
                    continue
                # A time in the look's own clause dates the look ("went to A&E last night"), not a new sign (round 16).
                told = {p for p in between if clause[p] != clause[start]}
                if any(
                    begin in told and (item in self._seen_new or "current" in self._kinds.get(item, ()))
                    for item, spans in message.found.items()
                    if item in self._seen_new or item in self._kinds
                    for begin, _ in spans
                ):
                    continue
                return True
        return False

    def _worse_after(self, end: int, message: _Message) -> bool:
        """Whether a word of change (`seen_by_clinician: new`, without its joining words "but", "now", "then it" ...
        and "new", "started", "again", which also tell of treatment: "gave me new exercises") stands after a look
        ending at `end`, outside a question and the look's own clause (round 21 precision: "the physio saw me
        yesterday but now it's worse" is news since the look)."""
        clause, sentence, words = message.clause, message.sentence, message.words
        look_clause = clause[end - 1]
        for item in self._seen_new.intersection(message.found):
            if item in _JOINING_NEWS:
                continue
            for begin, _ in message.found[item]:
                if begin < end or clause[begin] == look_clause:
                    continue
                number = sentence[begin]
                if number in message.questions or self._opens_as_asking(sentence.index(number), words):
                    continue
                return True
        return False

    @staticmethod
    def _in_their_words(position: int, message: _Message) -> bool:
        """Whether `position` stands after a reporting verb ("said", "says") that opens its clause, with no subject
        of its own before it: "..., said it's a bit red" (the clinician of the clause before is still speaking)."""
        clause, words = message.clause, message.words
        opening = clause.index(clause[position])
        while opening < position and (words[opening],) in _CLAUSE_JOINERS:
            opening += 1
        return opening < position and words[opening] in _REPORTING

    def _dated_long_ago(self, number: int, message: _Message, apart_from: range = range(0)) -> bool:
        """Whether clause `number` holds a date long ago ("last year", "in 2019", "years ago"; `story_past`) that
        does not start inside `apart_from` (a phrase whose own words are a date: "that was last year")."""
        return any(
            message.clause[start] == number and start not in apart_from
            for item in self._story_past.intersection(message.found)
            for start, _ in message.found[item]
        )

    @staticmethod
    def _may_be_over(rule: Rule) -> bool:
        """Whether a sign told now and then said to be over in its sentence reads as over: for rules with a tier
        of their own for that (`if_resolved`), and for emergency rules, whose reply is for what is happening now
        ("short of breath yesterday going up the hill, but it passed" is no 999 call; round 14). Never for an
        event (a knock, an overdose: feeling fine after does not undo it) or for thoughts of suicide."""
        return bool(rule.if_resolved) or rule.tier == "emergency" and not rule.event and not rule.crisis

    @functools.cached_property
    def _list_words(self) -> frozenset[str]:
        """The words a negation may run across to reach a later sign of a list: "no chest pain or
        breathlessness", "not sick or sleepy" (sign words and a few joiners, never "but" or "im").
        Built on first need: start-up stays fast."""
        frame = self.rules.time_frame
        people = {word for item in (*frame["personal"], *frame["owner"]) for word in item}
        signs = {word for item in self._parts_of for word in item if word[0] != "<"}
        breaks = set(self.rules.clause_breaks)  # "no fever and a swollen calf": the calf is not denied
        # Round 24 (readings): a word that opens a time or a cause ends the list too: in "no vomiting after bumping his
        # head" the knock is told, not denied ("after" is a sign word of its own, as in "pain after surgery").
        return frozenset(signs - people - breaks - _LIST_STOPS) | self.rules.negation_joiners

    def _told_undenied(self, items, message: _Message, near_misses: bool = False) -> bool:
        """Whether one of `items` is in the message and not denied there: "breathing is normal, no chest pain"
        tells of no breathlessness and no chest pain (round 17). With `near_misses` (round 30), an item right after
        a word such as "nearly" is not told either: "nearly fainted twice standing up" tells of feeling faint on
        standing, not of a faint, so an if_said `never` word ("fainted") does not keep the rule's tier. Only the
        if_said step reads so: the sign itself is still read ("nearly fainted" is a faint feeling, as "feel faint")."""
        for item in items:
            for start, end in message.found.get(item, ()):
                if near_misses and start and message.words[start - 1] in self._near_miss:
                    continue
                if not (message.negators and self._is_denied(set(range(start, end)), message)):
                    return True
        return False

    def _is_denied(self, positions: set[int], message: _Message) -> bool:
        """A sign said to be absent: "no chest pain", "without a fever", "breathing is fine".

        A negation before the sign reaches it across a list of sign words and
        joiners ("no chest pain or breathlessness", "not sick or sleepy") but
        stops at any other word ("no idea why my chest hurts" is no denial); one
        after it must follow at once (at most one word between). Both stay in
        the sentence, and a negation that is part of the sign ("not breathing",
        "no feeling in my leg") never denies it.
        """
        clause, sentence = message.clause, message.sentence
        opens, closes, closers = self._list_runs(message)
        for start, end, after in self._negators_near(positions, opens, message):
            if not positions.isdisjoint(range(start, end)):  # part of the sign: "is not breathing"
                continue
            if (
                after
                and after != "next"
                and end < len(message.words)
                and message.words[end] in _TURNS
                and (message.words[end] != "but" or _TURNED_WHEN.intersection(message.words[end + 1 : end + 2]))
                and any(position > end for position in positions)
            ):  # "the wound was fine but today it's swollen" (round 19): fine before, the sign after the turn to now
                continue
            if after is False and self._first_time(max(positions) + 1, message):
                continue
            if after is True and _habit_adverb(start, end, message):
                continue  # round 28 recall: "her fits normally last a minute": the usual, no denial of the fit now
            if after is True and start and message.words[start - 1] in _USUALLY:
                continue  # round 28 recall: "he's confused, he's normally fine": fine is the usual, the sign is new
            for position in positions:
                if after == "next":
                    # The word right after it, first in the sign or not: every part of a sign must be there, so
                    # "a bad headache on warfarin, I haven't fallen" has no fall (round 14).
                    near = end in positions
                elif after:  # right after, or after linking words: "breathing fine", "my calf feels fine", and
                    # in any tense of the verb: "breathing has been fine", "chest is still fine"
                    between = start - position - 1
                    near = 0 <= between <= LINKING_MOST and all(
                        message.words[place] in self._linking for place in range(position + 1, start)
                    )
                else:  # only list words between: the run of them that ends at the sign began at or before it
                    near = position >= end and opens[position] <= end
                if not near:
                    continue
                if clause[start] // _SENTENCE == clause[position] // _SENTENCE:  # in one part
                    return True
                # A list read on from the negation runs across its commas when it ends in "or" ("isn't hot,
                # red or swollen"), not when a new report follows the comma ("no fever, coughing up blood").
                if after is False and sentence[start] == sentence[position]:
                    if closers[closes[position]] > closers[end]:  # an "or" between the negation and the run's end
                        return True
        return False

    @staticmethod
    def _fine_now(start: int, end: int, words: list[str]) -> bool:
        """Round 24 (readings): a denial after a sign told in the present with today or now after it ("his eczema looks
        normal today", "breathing is fine now") says how it is now, not how it was before an onset ("my calf was fine
        this morning" stays no denial of now)."""
        return (
            start > 0
            and words[start - 1] in _PRESENT_LINKS
            and end < len(words)
            and words[end] in _NOW_WORDS
            and (end + 1 == len(words) or words[end + 1] not in _TURNS)
        )

    @staticmethod
    def _defined(positions: set[int], message: _Message) -> bool:
        """Round 24 (readings): whether a sign is the thing a "what is" asks the meaning of, opening its clause and
        ending it ("whats autonomic dysreflexia and what signs should I watch for?", "what is sepsis, is it serious?"):
        a question about the sign, no report. "whats wrong crushing chest pain" is no such question (the sign is not
        right after the question's words)."""
        words, clause = message.words, message.clause
        first, last = min(positions), max(positions)
        if len(positions) != last - first + 1:
            return False  # the sign's words must run together: the name asked of
        start = first - 1 if first and words[first - 1] in _ARTICLES else first
        opener = next(
            (
                length
                for length in (2, 1)
                if start - length >= 0 and tuple(words[start - length : start]) in _DEFINING
            ),
            None,
        )
        if opener is None or (start - opener and clause[start - opener - 1] == clause[start - opener]):
            return False  # the asking words must open their clause
        after = last + 1
        return after == len(words) or clause[after] != clause[last] or words[after] in ("and", "exactly", "actually")

    @staticmethod
    def _asked_what_like(positions: set[int], message: _Message) -> bool:
        """Round 27 (falsealarm25): whether a sign is asked about by what it is like or which kind of it matters, in
        a question of its own clause ("what would an infected wound look like, im paranoid", "which bleeding is
        serious when you take a blood thinner"): a question about the sign, no report. The sign must run whole
        right after the asking words (an article between), the closing words at most two words after it, and be
        no one's: "what does it mean, my wound looks
        infected" and "what would my swollen calf look like" are not this."""
        words, clause = message.words, message.clause
        first, last = min(positions), max(positions)
        if len(positions) != last - first + 1:
            return False
        start = first - 1 if first and words[first - 1] in _ARTICLES else first
        for openers, closers in ((_ASKING_WHAT_LIKE, _LIKE_AFTER), (_WHICH, _KIND_AFTER)):
            for length in (3, 2, 1):
                opening = start - length
                if opening < 0 or tuple(words[opening:start]) not in openers:
                    continue
                if opening and clause[opening - 1] == clause[opening]:
                    continue  # the asking words must open their clause
                # The rest of the thing's name may stand between ("an infected wound look like"), in the clause.
                for after in range(last + 1, min(last + 4, len(words))):
                    if clause[after] != clause[last]:
                        break
                    if any(tuple(words[after : after + size]) in closers for size in (1, 2)):
                        return True
        return False

    def _named_signs_asked(self, positions: set[int], message: _Message) -> bool:
        """Round 29 falsealarm27: whether a sign is the name of the signs asked for, run whole between "the" and a word
        of a list of signs (`time_frame: named_signs`), after "what" or "which" or in a sentence with a question mark:
        "I just want to know what the cauda equina warning signs are", "what are the sepsis symptoms?". The name
        says which list is meant, as in "the warning signs of cauda equina"; no report. "he is showing cauda equina
        symptoms" (no "the") and "what are the signs, my calf is swollen" (the sign is no name before the list) are
        not this."""
        words = message.words
        first, last = min(positions), max(positions)
        if len(positions) != last - first + 1 or first < 1 or words[first - 1] != "the":
            return False
        if not any(start == last + 1 for item in self._named_signs for start, _ in message.found.get(item, ())):
            return False
        return first >= 2 and words[first - 2] in ("what", "which") or message.sentence[first] in message.questions

    @staticmethod
    def _reading_of_another(positions: set[int], words: list[str]) -> bool:
        """Round 24 (readings): whether a sign pieced from a measure's name and a number took a number that is not the
        first one after the name ("sats 97% and heart rate 72": the sats read 97; the 72 is another measure's)."""
        first = min(positions)
        numbers = [p for p in sorted(positions) if p > first and _NUMBER_WORD.fullmatch(words[p])]
        if not numbers or numbers[0] - first > SIGN_WINDOW:
            return False
        between = [p for p in range(first + 1, numbers[0]) if p not in positions]
        other = next((p for p in between if _NUMBER_WORD.fullmatch(words[p])), None)
        # ... only when another measure is named after that first number: "temp 37 this morning, now 39.5" is one
        # measure read twice, and its 39.5 still counts.
        return other is not None and any(words[p] in _MEASURE_NAMES for p in between if p > other)

    @staticmethod
    def _first_time(after: int, message: _Message) -> bool:
        """Round 24 (readings): whether the words right after a sign denied before it make the denial one of the time
        before ("I've never had chest pain before, now it's crushing", "no chest pain until this morning"): a first
        time is told, not denied. "before" with a thing after it ("no chest pain before the op") still denies.
        Round 28 (recall26): the "until" may come a few words on in the sign's clause ("never had chest pain in my
        life till now"): the denial still ends where the turn to now begins."""
        words, clause = message.words, message.clause
        if after < len(words) and words[after] in _FIRST_TIME_SKIP:
            after += 1
        if after >= len(words):
            return False
        if words[after] == "before":
            return after + 1 >= len(words) or words[after + 1] not in _BEFORE_A_THING
        if words[after] in _UNTIL:
            return True
        # A few words on, only with a time of now after it: "no chest pain at all until I climb stairs" is a pattern.
        last = min(len(words) - 1, after + FIRST_TIME_GAP + 1)
        return any(
            words[p] in _UNTIL
            and clause[p] == clause[after - 1]
            and (words[p + 1] in _UNTIL_NOW or _NUMBER_WORD.fullmatch(words[p + 1]))
            for p in range(after + 1, last)
        )

    @staticmethod
    def _negators_near(positions: set[int], opens: list[int], message: _Message):
        """The negations that may deny a sign: from a few words before the list run that leads to it, to two
        words after it (looked up by where they start, so a long text that denies a sign a thousand times
        costs one look per sign, not one per negation)."""
        memo = message.memo.get("negators")
        if memo is None:
            ordered = sorted(message.negators, key=lambda negator: negator[0])
            longest = max((end - start for start, end, _ in ordered), default=0)
            opening: dict[int, int] = {}  # where each sentence begins: a negation denies only in its sentence
            for position, number in enumerate(message.sentence):
                opening.setdefault(number, position)
            memo = message.memo["negators"] = (ordered, [start for start, _, _ in ordered], longest, opening)
        ordered, starts, longest, opening = memo
        first = min(positions)
        low = max(min(min(opens[p] for p in positions), first) - longest, opening[message.sentence[first]])
        high = max(positions) + 1 + LINKING_MOST
        # Nearest first: a sign denied is most often denied by the negation just before it.
        return reversed(ordered[bisect.bisect_left(starts, low) : bisect.bisect_right(starts, high)])

    def _list_runs(self, message: _Message) -> tuple[list[int], list[int], list[int]]:
        """Where each run of list words begins and ends, and how many "or"s come before each word: made
        once per message, so a long pasted text with thousands of negations costs one pass, not one per
        negation ("not not not ... chest pain"). opens[p]: where the run of list words just before word p
        began (p itself when the word before is none); closes[p]: where the run from p on ends, in p's
        sentence; closers[p]: the closing words ("or") before p."""
        runs = message.memo.get("runs")
        if runs is not None:
            return runs
        words, sentence, list_words = message.words, message.sentence, self._list_words
        count = len(words)
        listed = [word in list_words for word in words]
        opens = [0] * (count + 1)
        for p in range(1, count + 1):
            opens[p] = opens[p - 1] if listed[p - 1] else p
        closes = [count] * (count + 1)
        for p in range(count - 1, -1, -1):
            if not listed[p]:
                closes[p] = p
            elif p + 1 < count and sentence[p + 1] != sentence[p]:
                closes[p] = p + 1
            else:
                closes[p] = closes[p + 1]
        closers = [0] * (count + 1)
        for p, word in enumerate(words):
            closers[p + 1] = closers[p] + (word in _LIST_CLOSERS)
        runs = message.memo["runs"] = (opens, closes, closers)
        return runs

    def _follow_up_starts(self, message: _Message) -> frozenset[int]:
        """Where a follow-up ask starts ("take it now or skip?"), in a question right after a sentence that is
        none: that question's ask may join the sign the sentence before told (round 18). Once per message."""
        starts = message.memo.get("follow_ups")
        if starts is None:
            sentence, questions = message.sentence, message.questions
            starts = message.memo["follow_ups"] = frozenset(
                start
                for item in self._follow_ups.intersection(message.found)
                for start, _ in message.found[item]
                if sentence[start] in questions and sentence[start] - 1 >= 0 and sentence[start] - 1 not in questions
            )
        return starts

    @staticmethod
    def _occurrences(sign, found, sentence, questions, keys=None, follow_ups=frozenset()):
        """Each place a sign is in the message, as the word positions it covers.

        The parts of a sign lie in one sentence, or in sentences of one story up to STORY_SENTENCES apart ("He
        hit his head. Now he is being sick."; "Fell and banged my head. I take apixaban. Now I've been sick."),
        within SIGN_WINDOW words in one sentence (STORY_WINDOW across sentences), never across a question: "The
        waiting list is killing me. What does a heart attack feel like?" makes no chest pain of "heart" and
        "killing me".

        `keys`: the phrases found, as a set (`found`'s keys otherwise): a set's `isdisjoint` reads a group against
        it by the hashes both keep, where a dict's keys would be hashed again for every group.

        `follow_ups`: where a follow-up ask starts in a question right after a told sentence (`follow_up_asks`):
        that ask may join a part told in the sentence just before ("missed my apixaban. Take it now or skip?")."""
        if keys is None:
            keys = found.keys()
        if len(sign) > 1 and any(group.isdisjoint(keys) for group in sign):
            return  # a group with nothing in the message (the common case): no need to gather places
        # A group may hold many phrases (a word group) and a message few: walk the smaller side.
        spans = [
            [span for item in group for span in found.get(item, ())]
            if len(group) < len(found)
            else [span for item, item_spans in found.items() if item in group for span in item_spans]
            for group in sign
        ]
        if not all(spans):
            return
        # Each other group's places in order, so only those within the window of an anchor are looked at
        # (a long pasted text can hold a sign word hundreds of times).
        ordered = [sorted(set(other)) for other in spans[1:]]
        starts = [[span[0] for span in other] for other in ordered]
        for anchor in spans[0]:
            choices = []  # for each other group, its places near the anchor, nearest first
            here = sentence[anchor[0]]
            for other, other_starts in zip(ordered, starts, strict=True):
                low = bisect.bisect_left(other_starts, anchor[0] - STORY_WINDOW)
                high = bisect.bisect_right(other_starts, anchor[0] + STORY_WINDOW)
                near = sorted(
                    (
                        span
                        for span in other[low:high]
                        if sentence[span[0]] == here
                        and abs(span[0] - anchor[0]) <= SIGN_WINDOW
                        or sentence[span[0]] != here
                        and abs(sentence[span[0]] - here) <= STORY_SENTENCES
                        and questions.isdisjoint(range(min(here, sentence[span[0]]), max(here, sentence[span[0]]) + 1))
                        or follow_ups
                        and abs(sentence[span[0]] - here) == 1
                        and (span[0] if sentence[span[0]] > here else anchor[0]) in follow_ups
                    ),  # one place once, though two phrases find it ("swell*", "swelling")
                    key=lambda span: (abs(span[0] - anchor[0]), span),
                )
                if not near:
                    break
                choices.append(near[:SIGN_ALTERNATIVES])
            else:
                # The nearest places first; then the next nearest, so a denied part ("no swelling in my calf
                # but it's red and hot") leaves the sign's other words to be read.
                for combination in itertools.product(*choices):
                    positions = set(range(*anchor))
                    for span in combination:
                        positions.update(range(*span))
                    yield positions

    @staticmethod
    def _frames_near(positions: set[int], message: _Message):
        """The frames that may bear on a sign: those that start a few words before its first word or inside
        it (looked up by where they start, so a long text with hundreds of "I have"s costs no more)."""
        memo = message.memo.get("frames")
        if memo is None:
            by_start: dict[int, list[tuple[int, int, int]]] = {}
            for frame in message.frames:
                by_start.setdefault(frame[0], []).append(frame)
            reach = max((end - start + gap for start, end, gap in message.frames), default=0)
            memo = message.memo["frames"] = (by_start, reach)
        by_start, reach = memo
        first = min(positions)
        starts = set(range(max(0, first - reach - 1), first + 1)) | positions
        return [frame for start in sorted(starts) for frame in by_start.get(start, ())]

    def _over_since(self, positions: set[int], message: _Message) -> bool:
        """A sign said to be over after it was told, in its sentence ("... this morning, it passed after ten
        minutes"), with no word after that of it coming back or still being there ("came back", "still").
        Read only for rules that give an over-and-done sign a tier of its own (`if_resolved`)."""
        last = max(positions)
        sentence = message.sentence[last]
        resolutions = message.memo.get("resolutions", ())
        ends = [start for start in resolutions if start > last and message.sentence[start] == sentence]
        spans = [span for item in self._relapse for span in message.found.get(item, ())]
        # A relapse phrase that holds the resolution takes it back ("getting better now" holds "better now":
        # the sign is still there); one after the resolution says it came back ("came back", "still").
        holders = [(start, end) for start, end in spans if any(start < at < end for at in ends)]
        ends = [at for at in ends if not any(start < at < end for start, end in holders)]
        if not ends:
            return False
        return not any(start > min(ends) for start, end in spans if (start, end) not in holders)

    def _reading(self, rule: Rule, positions: set[int], message: _Message) -> str:
        """How a sign is told: happening now ("current"), over and done with and told of no past date,
        long-standing pattern or what-if ("resolved": "it went away after ten minutes"), or past or
        hypothetical ("mention")."""
        if self._is_current(rule, positions, message):
            return "current"
        if not rule.if_resolved:
            return "mention"
        clause = message.clause
        if rule.name in self._own_kinds and any(
            start <= min(positions) and max(positions) < end
            for item, kinds in self._own_kinds[rule.name].items()
            if "current" not in kinds
            for start, end in message.found.get(item, ())
        ):
            return "mention"  # inside the rule's own past phrase: "since her stroke"
        told = []
        for number in sorted({clause[p] for p in positions}):
            sentence = message.sentence[min(p for p in positions if clause[p] == number)]
            kinds = message.kinds.get(number, set()) | message.kinds.get(_scope("hypothetical", number), set())
            kinds = kinds | message.kinds.get(_whole(sentence), set()) | self._put_down_for(rule, number, message)
            if sentence in message.general[0]:  # a general question ("does chest pain that goes away matter?")
                kinds = kinds | {"hypothetical"}
            told.append(kinds)
        if any("resolved" in kinds for kinds in told) and all(kinds.isdisjoint(_NOT_JUST_RESOLVED) for kinds in told):
            return "resolved"
        return "mention"

    @staticmethod
    def _own_kinds_in(own, number: int, message: _Message) -> set[str]:
        """The kinds a rule's own time words give clause `number` (a past or current word there, a hypothetical one
        in its sentence)."""
        kinds: set[str] = set()
        for item, item_kinds in (own or {}).items():
            for _, end in message.found.get(item, ()):
                kinds |= {kind for kind in item_kinds if _scope(kind, message.clause[end - 1]) == _scope(kind, number)}
        return kinds

    def _dated_later(self, whole: dict[int, int], message: _Message) -> bool:
        """A sign told in the past tense with its date long ago later in the sentence: "my foot was cold and
        blue in 2015", "my wound was red and oozing years ago" ("and" splits the clauses, so the date is not
        in the sign's own clause). Every clause of the sign, and every one up to the date, has no time now and
        no present verb, and the sign's first clause has a past verb. Not "a lump, hard and painful, that
        wasn't there a month ago" (present), nor "felt it then, never had one like it" (no date)."""
        first, last = min(whole), max(whole)
        sentence = whole[first]
        clause, words = message.clause, message.words
        dates = [
            clause[start]
            for item in self._story_past.intersection(message.found)
            for start, _ in message.found[item]
            if message.sentence[start] == sentence and clause[start] >= last
        ]
        # A later clause with a subject of its own dates its own event, not the sign: "elbow suddenly swollen and
        # red, he had a brain injury last year".
        dates = [number for number in dates if number in whole or not self._own_subject(number, message)]
        # A date in a later clause that tells a clinician's look dates the look, when the message then asks what to do
        # now: "dad collapsed, the GP saw him last year for his heart, what do I do?" (round 18).
        if dates and any("asking" in kinds for kinds in message.kinds.values()):
            looked = {clause[start] for start, _ in self._looks(message)}
            dates = [number for number in dates if number in whole or number not in looked]
        if not dates:
            return False
        until = min(dates)
        span = [p for p in range(len(words)) if first <= clause[p] <= until and message.sentence[p] == sentence]
        if any("current" in message.kinds.get(clause[p], ()) for p in span):
            return False
        if not self._present.isdisjoint(words[p] for p in span):
            return False
        return any(words[p] in self._past_tense or _past_form(words[p]) for p in span if clause[p] == first)

    @staticmethod
    def _put_down_for(rule: Rule, number: int, message: _Message) -> set[str]:
        """The `hypothetical` kind a sign put down to the condition gives clause `number`'s sentence, for a rule
        that is no act or happening: "my knee is stiff from the HO" is long-standing, but "took 40 of my ibuprofen
        because I can't take the pain from the HO" is an overdose now (round 26, the lead)."""
        if rule.event:
            return set()
        return message.kinds.get(_put_down(number), set())

    def _own_subject(self, number: int, message: _Message) -> bool:
        """Clause `number` opens with a subject ("he had ...", "I was ..."), after a joining word at most."""
        words = message.words
        opening = [p for p, here in enumerate(message.clause) if here == number][:2]
        if opening and (words[opening[0]],) in self._breaks:
            opening = opening[1:]
        return bool(opening) and words[opening[0]] in self._subject_start and words[opening[0]] not in _NOT_SUBJECTS

    def _is_current(self, rule: Rule, positions: set[int], message: _Message) -> bool:
        """A sign is current unless every clause it touches reads as past or hypothetical.

        In a clause: a current word or frame ("now", "I have ...") wins; else a
        past word ("last year"), or a future one in a question or condition ("if
        my wound starts oozing"), makes it a mention; else an owner right before the sign ("my calf ...")
        makes it current; else a hypothetical word ("can HO cause ...") makes it
        a mention; a clause with none is current.
        """
        first = min(positions)
        own = self._own_kinds.get(rule.name)
        if own:
            # The sign inside a rule's own past or hypothetical phrase is that phrase ("since her stroke" is no
            # stroke now), whatever time words stand around it.
            for item, item_kinds in own.items():
                if (
                    "current" not in item_kinds
                    and any(start <= first and max(positions) < end for start, end in message.found.get(item, ()))
                    and not self._habit_told_now(first, message)
                ):
                    return False
        if not rule.crisis and not rule.event and self._usual_told_after(positions, message):
            return False  # "swollen ankles after a long shift, been the same for years": the usual, not what is new
        framed = owned = False
        for start, end, gap in self._frames_near(positions, message):
            if gap == OWNER_GAP:
                # Right before it, with a side between ("my left leg is swollen"), or opening the sign's own phrase
                # ("my left leg is bigger than the right").
                owned = (
                    owned
                    or end == first
                    or start == first
                    or end + 1 == first
                    and message.words[end] in self._owner_between
                )
            elif start <= first and first - end <= gap or start in positions:  # just before, or overlapping
                framed = True
        clause = message.clause
        if not rule.crisis and self._act_supposed(rule, positions, message):
            return False  # "he's on indomethacin, is it dangerous if he takes too many?"
        if not rule.crisis and self._defined(positions, message):
            return False  # "whats autonomic dysreflexia and what signs should I watch for?"
        if not rule.crisis and self._asked_what_like(positions, message):
            return False  # "what would an infected wound look like?", "which bleeding is serious on warfarin?"
        if not rule.crisis and self._named_signs_asked(positions, message):
            return False  # round 29 falsealarm27: "I just want to know what the cauda equina warning signs are"
        if framed:
            if not rule.crisis and all(
                "typical" in message.kinds.get(clause[p], ()) for p in positions
            ):  # "I was out of breath today, but I always am"
                return False
            # "I got calf cramp last night in bed, gone now": a frame told in the past tense at a day just gone, said
            # to be over in its sentence, is over, as it is without a frame (round 15; same-day rules only: the 999
            # line reads an emergency that is over in `_may_be_over`).
            if rule.tier == "urgent" and not rule.event and not rule.crisis:
                told = {clause[p]: message.sentence[p] for p in positions}
                if all(
                    {"current", "resolved"}
                    <= message.kinds.get(number, set()) | message.kinds.get(_whole(told[number]), set())
                    and self._over_since_yesterday(number, told, message)
                    for number in told
                ):
                    return False
            # A past time ("I took 20 paracetamol in 2015") or a long-standing problem ("I've had chest pain
            # on and off for years") outweighs a frame; a current word does not, the rule's own ones too. Nor does
            # it outweigh a later part of the sign told with a current word after a pattern (round 19: "I get
            # nosebleeds on and off, usually they stop. This one has been going for 45 minutes": the pattern, then the
            # episode now). A past event stays past ("took too many once years ago. Now I'm on painkillers").
            numbers = sorted({clause[p] for p in positions})
            return not any(
                not _WEIGHTY.isdisjoint(message.kinds.get(number, ()))
                and "current" not in message.kinds.get(number, ())
                and "current" not in self._own_kinds_in(own, number, message)
                and not (
                    # round 24 recall: a past told at a recent date ("hit my head last week and the headache has been
                    # getting worse for 3 days") is the cause, the later part told now is the sign: not dated long ago
                    ("past" not in message.kinds.get(number, ()) or not self._dated_long_ago(number, message))
                    and any("current" in message.kinds.get(later, ()) for later in numbers if later > number)
                )
                for number in numbers
            )
        whole = {clause[p]: message.sentence[p] for p in positions}
        if self._dated_later(whole, message):
            return False
        if len(whole) > 1:
            # A story told across clauses that opens with its date ("I had a nosebleed last month, it stopped
            # after 20 minutes") is dated by it, unless a clause says it is happening now. A date at its end
            # is a comparison ("a lump, hard and painful, that wasn't there a month ago").
            # The rule's own time words count here too ("stopped my rivaroxaban last week, I thought I was
            # finished": for a blood thinner stopped early, "last week" is a stop still in force).
            told = [
                message.kinds.get(number, set()) | self._own_kinds_in(own, number, message) for number in sorted(whole)
            ]
            # An ask about now does not undo a date long ago in the story's first clause (round 18, now-asks): "she
            # had a seizure years ago, what do we do now?" asks about the old fit.
            dated = self._dated_long_ago(min(whole), message)
            if (
                not any(
                    "current" in kinds and not (dated and "asking" in message.kinds.get(number, ()))
                    or later and _told_lately(kinds)
                    for later, (number, kinds) in enumerate(zip(sorted(whole), told, strict=True))
                )
                and not _WEIGHTY.isdisjoint(told[0])
                and not self._turned_to_now_between(positions, message)
            ):
                return False
        for number in whole:
            kinds = message.kinds.get(number, set()) | message.kinds.get(_scope("hypothetical", number), set())
            kinds = kinds | message.kinds.get(_whole(whole[number]), set()) | self._put_down_for(rule, number, message)
            if "resolved" in kinds and self._resolved_before_now(number, positions, message):
                kinds = kinds - {"resolved"}
            if own:
                kinds |= self._own_kinds_in(own, number, message)
            if (
                message.general[0]
                and message.sentence[min(p for p in positions if clause[p] == number)] in message.general[0]
            ):
                kinds = kinds | {"hypothetical"}
            if "hypothetical" not in kinds:  # a future word counts only in a question or condition
                kinds = kinds - {"future"}
            if (
                "asking" in kinds
            ):  # "should I call?" asks about now, unless about an "if": "if my calf swells, should I"
                kinds = kinds - {"asking"} | (set() if "hypothetical" in kinds else {"current"})
            if "recent" in kinds:  # "a week after my op": now, unless dated long ago, long-standing or over
                kinds = kinds - {"recent"} | (set() if kinds & _NOT_RECENT else {"current"})
            if (
                not rule.event
                and not rule.crisis
                and {"current", "resolved"} <= kinds
                and self._over_since_yesterday(number, whole, message)
            ):  # "his temp was 38.5 last night but it's normal now and he's fine": over, not now
                continue
            if rule.event:  # a knock or an overdose is not undone by feeling fine
                kinds = kinds - {"resolved"}
            if rule.crisis:  # thoughts of suicide "sometimes" or "for years" are thoughts now too
                kinds = kinds - {"chronic", "typical"}
            if "typical" in kinds:  # "today, but I always am": the usual episode, told with its day
                continue
            if "current" in kinds or not kinds or owned and not kinds & {"past", "future", "chronic", "resolved"}:
                return True
        return False

    def _usual_told_after(self, positions: set[int], message: _Message) -> bool:
        """Round 28 (recall26): whether a phrase after the sign, in its sentence or the next, points back at it as the
        person's usual (`time_frame: usual_after`: "been the same for years", "that's his normal"), with no turn, time
        of now or word of change between the sign and the phrase ("..., been the same for years, but today it's hot
        and red" stays new)."""
        starts = message.memo.get("usual_after")
        if starts is None:  # once per message: where each pointer to the usual begins
            starts = message.memo["usual_after"] = [
                start for item in self._usual_after if item in message.found for start, _ in message.found[item]
            ]
        if not starts:
            return False
        words, sentence, clause, kinds = message.words, message.sentence, message.clause, message.kinds
        last = max(positions)
        for start in starts:
            if start <= last or sentence[start] - sentence[last] > 1:
                continue
            between = range(last + 1, start)
            if any(words[p] in _TURNS or words[p] in self._contrast for p in between):
                continue
            if any("current" in kinds.get(clause[p], ()) for p in (*between, last)):
                continue
            return True
        return False

    @staticmethod
    def _turned_to_now_between(positions: set[int], message: _Message) -> bool:
        """Round 28 (recall26): whether a clause between a sign's first and last word, in the sentence of its first,
        opens with a turn ("but", "until") and tells a time of now: "my eye is always a little dry, but this morning I
        woke and it is red and painful" tells the usual, then what is new, and the sign pieced across them is new."""
        clause, words, kinds, sentence = message.clause, message.words, message.kinds, message.sentence
        first = min(positions)
        for position in range(first + 1, max(positions)):
            if clause[position] == clause[position - 1] or sentence[position] != sentence[first]:
                continue
            told = kinds.get(clause[position], set())
            if words[position] in _TURNS and "current" in told and told.isdisjoint(_WEIGHTY):
                return True
        return False

    @staticmethod
    def _habit_told_now(first: int, message: _Message) -> bool:
        """Round 28 (recall26): whether a sign told in a habit's words ("I get breathless") follows a turn to now told
        just before it in its sentence ("no swelling at all, but in the last hour I get breathless just talking"):
        the habit's words then tell what is new against what was, not what is usual. Only a short clause that opens
        with the turn ("but", "until") and holds a word of now (`current`) and no date, pattern or usual: "I get
        breathless when I walk far", "today I get breathless on the stairs" and "but for years I get breathless"
        stay the usual (a first version that took a word of now anywhere in the sign's clause raised false alarms on
        the unseen half and was dropped)."""
        clause, kinds, words, sentence = message.clause, message.kinds, message.words, message.sentence
        end = first  # walk back over the sign's own clause, then over the one before it (a few words: no long scan)
        while end > 0 and clause[end - 1] == clause[first]:
            end -= 1
        if end == 0 or sentence[end - 1] != sentence[first]:
            return False
        opening = end - 1
        while opening > 0 and clause[opening - 1] == clause[end - 1] and end - opening <= TURN_CLAUSE_MOST:
            opening -= 1
        told = kinds.get(clause[opening], set())
        return (
            words[opening] in _TURNS
            and (opening == 0 or clause[opening - 1] != clause[opening])
            and end - opening <= TURN_CLAUSE_MOST
            and "current" in told
            and told.isdisjoint(_WEIGHTY)
            and "typical" not in told
        )

    @staticmethod
    def _resolved_before_now(number: int, positions: set[int], message: _Message) -> bool:
        """Whether every word of a sign's sentence that something is over comes before the sign, with a clause told
        now between ("recovery was ok, we went out today and she suddenly had the worst headache ever"): what was over
        is the earlier story, not the sign (round 15)."""
        first, clause, sentence = min(positions), message.clause, message.sentence
        here = sentence[first]
        ends = [start for start in message.memo.get("resolutions", ()) if sentence[start] == here]
        if not ends or max(ends) > first:
            return False
        return any("current" in message.kinds.get(c, ()) for c in range(clause[max(ends)] + 1, number + 1))

    def _over_since_yesterday(self, number: int, whole: dict[int, int], message: _Message) -> bool:
        """Clause `number` tells of a sign in the past tense whose only time now is a day just gone ("my calf was
        sore after the walk yesterday", "her temp was 38.5 last night"), so a word in its sentence that it is over
        ("it's fine today", "normal now") is believed: the time word dates the episode, it does not make it now.
        Not when another part of the sign is told in the present ("an attack last night, it settled, but I'm still
        sore and feverish")."""
        words = [message.words[p] for p, here in enumerate(message.clause) if here == number]
        if not any(word in self._past_tense or _past_form(word) for word in words):
            return False
        if not self._present.isdisjoint(message.words[p] for p, here in enumerate(message.clause) if here in whole):
            return False
        timed = [
            item
            for item, spans in message.found.items()
            if "current" in self._kinds.get(item, ())
            for start, _ in spans
            if message.clause[start] == number
        ]
        return bool(timed) and all(item in _DAY_JUST_GONE for item in timed)

    # What to say.

    def reply_text(
        self, assessment: Assessment, number: str | None = None, contact: str = "", services: dict | None = None
    ) -> str:
        """The emergency, crisis or urgent reply for an assessment of that tier; `contact` is who the bank's own
        meta says to contact ("the clinic"), named in the urgent reply when the wording has a form for it;
        `services`: the bank's own `crisis_lines` and `urgent_service`, each in place of the table's."""
        rule = self._by_name.get(assessment.rule or "")
        if rule is not None and rule.crisis:  # at either tier: its wording says when to call now
            text = self.rules.wording["crisis"]
        elif assessment.tier == "urgent":
            text = _with_contact(self.rules.wording, "urgent", contact)
        else:
            text = self.rules.wording["emergency"]
            if assessment.crisis:
                text += " " + self.rules.safety_lines["crisis"]
        return self._filled(text, number, services)

    def only_asks_a_check(self, assessment: Assessment) -> bool:
        """True when the safety line is a routine rule's own (a symptom to have checked), not a call for help."""
        rule = self._by_name.get(assessment.rule or "")
        return rule is not None and rule.tier == "routine"

    def safety_line(
        self, assessment: Assessment, number: str | None = None, contact: str = "", services: dict | None = None
    ) -> str:
        """The one line added to a routine reply when a red flag is mentioned ("" when none)."""
        rule = self._by_name.get(assessment.rule or "")
        if not assessment.informational or rule is None:
            return ""
        if rule.tier == "routine":
            line = rule.safety_line
        else:
            line = _with_contact(self.rules.safety_lines, "crisis" if rule.crisis else rule.tier, contact)
        return self._filled(line, number, services)

    def services(self, own: dict | None = None) -> dict[str, str]:
        """The crisis lines and the urgent service to name: the bank's own (`own`), else the table's."""
        own = own or {}
        return {key: own.get(key) or getattr(self.rules, key) for key in SERVICES}

    def _filled(self, text: str, number: str | None, services: dict | None) -> str:
        """A reply or line with the number to call and the services to name filled in."""
        if "{" not in text:
            return text
        for key, value in self.services(services).items():
            text = text.replace("{" + key + "}", value)
        return text.replace("{emergency_number}", number or self.emergency_number)


@functools.cache
def _topic_change_pattern(source: str) -> re.Pattern:
    """The pattern of a table's topic changes, compiled once per process on first need."""
    return re.compile(source, re.IGNORECASE)


def _with_contact(texts: dict[str, str], key: str, contact: str) -> str:
    """The text for `key`, or its `<key>_with_contact` form with {contact} filled when the bank names a contact."""
    named = texts.get(f"{key}_with_contact") if contact else None
    return named.replace("{contact}", contact) if named else texts[key]


def _tells_an_act(end: int, words: list[str]) -> bool:
    """ "she hasn't been kicking": a bare "she hasn't" followed by "been" and an -ing word tells what she has not been
    doing, not that the writer's own context is not hers ("I'm on warfarin, she isn't"); round 32 falsealarm30."""
    return end + 1 < len(words) and words[end] == "been" and words[end + 1].endswith("ing")


def _habit_adverb(start: int, end: int, message) -> bool:
    """Round 28 (recall26): whether a "normally" after a sign tells how it usually goes, not that it is fine: a word of
    its own clause follows that is no time of now and no joiner ("her fits normally last a minute or two. this one
    has gone on 7 minutes"). "breathing normally", "breathing normally now" and "eating normally and drinking" still
    deny."""
    words, clause = message.words, message.clause
    if words[start:end] != ["normally"] or end >= len(words) or clause[end] != clause[start]:
        return False
    return words[end] not in _NOW_WORDS and words[end] not in _AFTER_NORMALLY


def _told_lately(kinds: set[str]) -> bool:
    """Round 28 (recall26): a later clause of a story told at a recent time of its own ("tingling for months, but over
    the last 4 days it's got weak"): what is new after what was usual, unless that clause is dated long ago, a
    pattern or over."""
    return "recent" in kinds and kinds.isdisjoint(_NOT_RECENT)


def _past_form(word: str) -> bool:
    """A regular past tense ("stabbed", "crashed"), not a word that only ends so ("bleed", "red", "bed")."""
    return len(word) > 4 and word.endswith("ed") and not word.endswith("eed")


def _holds_figures(span: tuple[int, int], figure_spans) -> bool:
    """Whether a sign phrase is longer than every figure of speech it overlaps and holds each of them whole (round 22):
    the table names the longer phrase as a sign ("a mechanical heart valve" for the INR rule), so the figure inside it
    ("heart valve", the heart named as a condition) hides no word of it. A figure as long as the sign, or reaching
    past it, still hides it."""
    start, end = span
    overlapping = [(low, high) for low, high in figure_spans if low < end and start < high]
    return bool(overlapping) and all(
        start <= low and high <= end and high - low < end - start for low, high in overlapping
    )


def _within_clauses(found, clause: list[int]):
    """A phrase lies inside one stretch between punctuation: "the wound was fine, now it's gaping" holds no
    "fine now"."""
    kept = {}
    for item, spans in found.items():
        if len(item) > 1:
            spans = [span for span in spans if clause[span[0]] == clause[span[1] - 1]]
        if spans:
            kept[item] = spans
    return kept


def _is_temperature(item: tuple[str, ...]) -> bool:
    """A phrase with a special word that reads a bare number as a body temperature."""
    if "<" not in "".join(item):  # most phrases: no special word at all
        return False
    for word in item:
        if word == "<temperature>":
            return True
        if word.startswith("<number ") and "-" in word:
            low, high = word[len("<number ") : -1].split("-")
            if int(low) >= 34 and int(high) <= 109:
                return True
    return False


def _whole(sentence: int) -> int:
    """Where a `resolved` word also counts: its whole sentence, commas and all (apart from every clause key)."""
    return -_SENTENCE * _SENTENCE - sentence


def _put_down(clause: int) -> tuple[str, int]:
    """Where a sign put down to the condition counts: the whole sentence, as a hypothetical word, kept apart."""
    return ("put down", _scope("hypothetical", clause))


def _scope(kind: str, clause: int) -> int:
    """Where a time-frame word counts: current and past words in their clause, hypothetical and resolved
    words in the whole sentence ("what is the difference between HO and a blood clot" is one question, "my
    legs were numb but it wore off" one story)."""
    return -1 - clause // _SENTENCE if kind in ("hypothetical", "resolved") else clause


def _kinds_of(lists) -> dict[tuple[str, ...], frozenset[str]]:
    """Each time-frame phrase with its kinds, from the lists of _KINDS in that order."""
    kinds: dict[tuple[str, ...], set[str]] = {}
    for kind, items in zip(_KINDS, lists, strict=True):
        for item in items:
            kinds.setdefault(item, set()).add(kind)
    # One frozenset for all the phrases of the same kinds (each made in the order of _KINDS, so equal sets iterate
    # alike): a compiled copy holds a handful, not thousands.
    shared: dict[frozenset[str], frozenset[str]] = {}
    return {item: shared.setdefault(kind, kind) for item, value in kinds.items() for kind in (frozenset(value),)}


SUBJECT = "{subject}"


def with_subjects(value: Any, subjects: tuple[str, ...]) -> Any:
    """The table with each phrase naming `{subject}` written once for every name of the bank's condition.

    The general table knows no condition by name; a bank gives its own names ("HO", "FOP"), so that
    "can HO cause chest pain?" is read as a question about the condition. Without names, such phrases
    are left out.
    """
    if isinstance(value, dict):
        return {key: with_subjects(item, subjects) for key, item in value.items()}
    if isinstance(value, list):
        expanded = []
        for item in value:
            if isinstance(item, str) and SUBJECT in item:
                expanded += [item.replace(SUBJECT, subject) for subject in subjects]
            else:
                expanded.append(with_subjects(item, subjects))
        return expanded
    return value


@functools.cache
def general_triage(subjects: frozenset[str] = frozenset()) -> Triage:
    """The packaged triage table (the general layer) for a bank whose condition has these names,
    built once per process and set of names."""
    document = with_subjects(_general_document(), tuple(sorted(subjects)))
    return Triage(rules_from_document(document, GENERAL_TRIAGE))


@functools.cache
def _general_document() -> Any:
    from chatbot.safety.triage_file import read_triage_document

    return read_triage_document(GENERAL_TRIAGE)


def general_document() -> Any:
    """The general table as parsed (shared: read it, never change it)."""
    return _general_document()


def general_emergency_number() -> str:
    """The number the general table tells people to call, without building the table."""
    return " ".join(str(_general_document().get("emergency_number") or "").split())
