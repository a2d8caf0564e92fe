"""The kind of question a clause asks, by its asking words: how long, when, why, can (may I, is it ok to), what is,
how, whether (yes or no) ... (round 21, clinicstory23). "And when can he go back to school?" asks when; "how long
till the stitches dissolve" asks how long; "is it ok to fly" asks whether one can.

Only the asking words count, never what is asked about: two questions of one kind may be about anything."""

from __future__ import annotations

from chatbot.lazy_pattern import lazy_compile

# Openings that ask nothing themselves ("and", "so", "also", "please", "just wondering", "do you know").
_LEAD = lazy_compile(
    r"^(?:(?:and|so|but|also|ok|okay|oh|um|hi|hello|please|then|just|now|well|anyway|basically|honestly|"
    r"also|plus|or|i\s+wonder(?:ed)?|wondering|just\s+wondering|do\s+you\s+know|does\s+anyone\s+know|"
    r"can\s+you\s+tell\s+me|could\s+you\s+tell\s+me|tell\s+me|i\s+want\s+to\s+know|i'?d\s+like\s+to\s+know|"
    r"my\s+question\s+is|question)\b[\s,:]*)+"
)
_KINDS = (
    (
        "how long",
        r"^(?:how\s+(?:long|soon|quickly|fast|many\s+(?:days|weeks|months|hours|years))|"
        r"till\s+when|until\s+when|for\s+how\s+long)\b",
    ),
    ("when", r"^(?:when|what\s+time|at\s+what\s+(?:age|point|stage))\b"),
    ("why", r"^(?:why|how\s+come|what\s+(?:causes|caused|makes|made|triggers|triggered|sets))\b"),
    ("how many", r"^(?:how\s+(?:many|much|often|common|likely|rare)|what\s+(?:are\s+the\s+chances|percentage))\b"),
    (
        "what is",
        r"^(?:what(?:'s|\s+is|\s+are|s)\s+(?:it|that|this|they|a|an)?\s*\w+\s*\??$|"
        r"what\s+(?:does|do)\s+(?:it|that|this|\w+)\s+mean)",
    ),
    (
        "what to do",
        r"^(?:what\s+(?:should|can|do|could|would)\s+(?:i|we|he|she|they|you|my)\b|"
        r"what\s+(?:helps|can\s+help|will\s+help|works)|how\s+(?:can|do|should|could)\s+"
        r"(?:i|we|he|she|they|you)\s+(?:help|stop|prevent|avoid|ease|relieve|treat|manage|get\s+rid))",
    ),
    ("how", r"^how\b"),
    ("where", r"^where\b"),
    ("who", r"^(?:who|which\s+(?:people|patients|kids|children))\b"),
    ("which", r"^which\b"),
    (
        "can",
        r"^(?:can|could|may|might|is\s+it\s+(?:ok|okay|safe|alright|fine|possible)\s+(?:to|for|if)|"
        r"am\s+i\s+allowed|are\s+(?:we|they)\s+allowed|is\s+(?:he|she)\s+allowed)\b",
    ),
    (
        "normal",
        r"^(?:is|was|are|'?s)\s+(?:it|this|that|these|those|he|she|this\s+\w+)\s+(?:\w+\s+)?"
        r"(?:normal|ok|okay|alright|usual|common|expected|serious|dangerous|bad|worrying|something)\b",
    ),
    ("will", r"^(?:will|would|shall|is\s+(?:it|he|she|this|that)\s+going\s+to)\b"),
    ("should", r"^(?:should|shall|do\s+(?:i|we|you|they)\s+(?:need|have)|does\s+(?:he|she)\s+(?:need|have))\b"),
    ("whether", r"^(?:is|are|was|were|does|do|did|has|have|had|isn'?t|doesn'?t|don'?t)\b"),
    ("what", r"^(?:what|whats)\b"),
)
_COMPILED = tuple((kind, lazy_compile(pattern)) for kind, pattern in _KINDS)
# Where a clause opens with none of these, the first asking word inside it decides ("my son ... when can he go").
_INNER = lazy_compile(r"\b(?:how|when|why|what|whats|where|who|which|can|could|will|is|does|should)\b")


def question_kind(text: str) -> str:
    """The kind of question a clause asks ("how long", "when", "can", "what is", "whether" ...), "other" if none."""
    clause = " ".join(text.lower().replace("’", "'").split()).strip(" ,.;:!-")
    clause = _LEAD.sub("", clause)
    kind = _kind_at_start(clause)
    if kind != "other":
        return kind
    for found in _INNER.finditer(clause):
        kind = _kind_at_start(clause[found.start() :])
        if kind != "other":
            return kind
    return "other"


def _kind_at_start(clause: str) -> str:
    for kind, pattern in _COMPILED:
        if pattern.search(clause):
            return kind
    return "other"
