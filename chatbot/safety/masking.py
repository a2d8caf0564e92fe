"""Mask what could tell who wrote a question, before it is written to the log of unanswered questions.

Rules, applied in this order (each replaces what it finds with a label in
brackets, so a later rule never sees it):

- web addresses and e-mail addresses, also written out ("jane at example dot com"), and social media
  handles ("@jane_doe")
- identity numbers named as such (NHS, MRN, insurance, policy, member, SSN ...) and
  shaped like one (123-45-6789, AB 12 34 56 C, letters and 4+ digits mixed)
- dates in any format (12/03/1980, 1980-03-12, 12 March 1980, March 12th, the fifth of May)
- UK postcodes, and US ZIP codes after a state, "zip" or a street address
- street addresses (a house number, or a name in capitals, then Street/Road/Avenue ...;
  flat/apartment/unit numbers)
- phone numbers, and numbers written as two or more number words ("seven seven zero")
- names after a cue ("my name is ...", "I'm John", "call me ...", "this is Mrs Patel",
  "my son Tom", "mum's name is ...", "Sincerely, Jane", a title such as Mr, Mrs, Dr followed
  by a name, even one of the bank's own words: "Mrs Ho", "Dr Young")
- finally every digit left becomes "#"

Medical words (HO, FOP, hip, warfarin ...) are never taken for names. What is
not masked: a name with no cue and no title ("Jane Doe asked"), a lower-case
name after "I'm" ("im jane"), towns and countries, and rare ways of writing
things that no rule foresaw. The log is for curators only, and off by default.
"""

from __future__ import annotations

import re

_TLDS = (
    r"(?:com|org|net|edu|gov|mil|int|info|biz|io|co|uk|us|ca|au|nz|ie|de|fr|es|it|nl|be|ch|at|se|no|dk|fi|pl|pt|"
    r"in|jp|cn|br|mx|za|eu|me|tv|app|dev|health|nhs|online|site|xyz|ly|gl)"
)
_URL = re.compile(
    r"\b(?:(?:https?|ftp)://|www\.)\S+"
    r"|\b(?:[a-z0-9-]+\.)+" + _TLDS + r"\b(?:/\S*)?",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A social media handle ("@jane_doe_99"), once e-mail addresses are masked.
_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_][A-Za-z0-9_.]*")
_AT = r"(?:\s*@\s*|\s*[(\[{<]\s*at\s*[)\]}>]\s*|\s+at\s+)"
_DOT = r"(?:\s*[(\[{<]\s*dot\s*[)\]}>]\s*|\s+dot\s+|\s*\.\s*)"
_SPELLED_EMAIL = re.compile(
    r"\b[\w+-]+(?:" + _DOT + r"[\w+-]+)*" + _AT + r"[\w-]+(?:" + _DOT + r"[\w-]+)*" + _DOT + _TLDS + r"\b",
    re.IGNORECASE,
)

_ID_WORDS = (
    r"(?:nhs|mrn|medical record|hospital|patient|chi|insurance|insurer|policy|member|membership|subscriber|"
    r"medicare|medicaid|ssn|social security|national insurance|ni|passport|driving licen[cs]e|"
    r"driver'?s licen[cs]e|licen[cs]e|account|reference|ref|claim|id|identification)"
)
_ID_NAMED = re.compile(
    r"\b(" + _ID_WORDS + r")(\s*(?:number|num|no\.?|#|id|code)?\s*(?:is|was|:|=|-)?\s*)"
    r"((?:[a-z]{1,3}[\s-]?)?\d(?:[\s-]?\d){2,}[a-z]?\b)",
    re.IGNORECASE,
)
_ID_SHAPED = re.compile(
    r"\b\d{3}-\d{2}-\d{4}\b"  # US social security
    r"|\b[a-z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[a-d]\b"  # UK national insurance
    r"|\b(?=[a-z-]*\d)(?=[\d-]*[a-z])(?=(?:[a-z-]*\d){4})[a-z\d-]{5,}\b",  # letters mixed with 4+ digits
    re.IGNORECASE,
)

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_ORDINAL_WORDS = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
    r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|"
    r"(?:twenty|thirty)[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))"
)
_DAY = r"(?:\d{1,2}(?:st|nd|rd|th)?|" + _ORDINAL_WORDS + r")"
_YEAR = r"(?:\d{4}|'?\d{2})"
_DATE = re.compile(
    r"\b\d{1,4}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{1,4}\b"  # 12/03/1980, 1980-03-12, 3.12.80
    r"|\b(?:the\s+)?" + _DAY + r"\s+(?:of\s+)?" + _MONTHS + r"(?:,?\s+" + _YEAR + r")?\b"  # 12 March 1980
    r"|\b" + _MONTHS + r"\s+(?:the\s+)?" + _DAY + r"(?:,?\s+" + _YEAR + r")?\b"  # March 12th, 1980
    r"|\b" + _MONTHS + r",?\s+\d{4}\b"  # March 1980
    r"|\b\d{1,2}/\d{4}\b",  # 03/1980
    re.IGNORECASE,
)

# The inward part ("1AA") never uses C, I, K, M, O or V, so "B12 5mg" is not a postcode.
_UK_POSTCODE = re.compile(r"\b[a-z]{1,2}\d[a-z\d]?\s*\d[abd-hjlnp-uw-z]{2}\b", re.IGNORECASE)
_STATES = (
    r"(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|"
    r"ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR)"
)
_ZIP = re.compile(
    r"(?:\b" + _STATES + r"\.?,?\s+|\bzip(?:\s*code)?\s*(?:is|:)?\s*|\bpostal code\s*(?:is|:)?\s*)"
    r"\d{5}(?:-\d{4})?\b"
)

_STREET_SUFFIXES = (
    r"(?:street|st|road|rd|avenue|ave|av|lane|ln|drive|dr|close|way|boulevard|blvd|court|ct|place|pl|terrace|"
    r"crescent|cres|grove|gardens|gdns|square|sq|parkway|pkwy|highway|hwy|row|mews|circle|cir|trail|"
    r"park|walk|hill|rise|view|green|parade|broadway|alley|loop|pike|plaza|esplanade)\b\.?"
)
_ADDRESS = re.compile(
    # a house number (221, 221B, 12-14), then one to four words, then the kind of street
    r"\b\d+[a-z]?(?:-\d+)?,?\s+(?:[a-z][\w'.-]*\s+){1,4}"
    + _STREET_SUFFIXES
    # flat, apartment, unit, suite, PO box with a number
    + r"|\b(?:flat|apartment|apt|unit|suite|ste|p\.?\s?o\.?\s?box|box)\.?\s*#?\s*\d+[a-z]?\b",
    re.IGNORECASE,
)
_NAMED_STREET = re.compile(
    # a name in capitals, then the kind of street in any case ("Baker Street", "Elm road")
    r"\b(?:[A-Z][\w'-]*\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Terrace|Crescent|"
    r"Grove|Gardens|Square|Parkway|Highway|Mews|Drive|Close|Court|Place|Way)\b\.?",
)
_LIVE_ON = re.compile(
    r"\b(?P<cue>(?:i|we|she|he|they|who)\s+(?:live|lives|living|stay|stays)\s+(?:on|at|in)|address\s+is|"
    r"address:|my\s+address)\s+(?P<place>(?:[\w'.-]+\s+){0,3}?" + _STREET_SUFFIXES + r")",
    re.IGNORECASE,
)

_PHONE = re.compile(r"\+?\(?\d[\d\s().-]{5,}\d")
_NUMBER_WORD = (
    r"(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"hundred|thousand|double|triple|treble)"
)
# Two or more number words in a row, or one from "eleven" up (an age, a year); "grade three" stays.
_BIG_NUMBER_WORD = (
    r"(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundred|thousand)"
)
_NUMBER_WORDS = re.compile(
    r"\b" + _NUMBER_WORD + r"(?:(?:\s*[-,]\s*|\s+(?:and\s+)?)" + _NUMBER_WORD + r")+\b|\b" + _BIG_NUMBER_WORD + r"\b",
    re.IGNORECASE,
)

# Words that are never a name, even when typed with a capital: body parts, medicines, tests. A bank's
# own words (its condition, "HO", "FOP") are added by the caller (`mask(text, keep=...)`).
MEDICAL_WORDS = frozenset(
    """
    hip hips knee knees elbow elbows shoulder shoulders spine back neck jaw pelvis thigh leg legs arm arms muscle
    muscles bone bones joint joints tissue skin wrist ankle foot feet hand hands chest lung lungs
    warfarin coumadin nsaid nsaids ibuprofen advil motrin naproxen aleve indomethacin indocin celecoxib celebrex
    aspirin diclofenac meloxicam bisphosphonate bisphosphonates vitamin steroid
    steroids corticosteroid corticosteroids prednisone radiation radiotherapy surgery physio physiotherapy
    grade stage ct mri xray x-ray scan ultrasound bloodwork
    pain painful sore stiff stiffness swollen swelling fever lump hurts aching
    diabetic pregnant worried scared anxious confused tired sick ill unwell new old fine ok okay sorry not
    just also still really very so a an the in on at with from about having getting taking going trying
    looking asking wondering feeling here there back home
    """.split()
)
_NAME = r"(?-i:[A-Z][a-z'’-]+)"  # a word with a capital, as names are written, even in a case-blind pattern
_ANY_WORD = r"[A-Za-z][A-Za-z'’-]*"
_STOP_AFTER_NAME = frozenset(
    "and or but i im i'm my is was are has had have am will can could should would do does did who "
    "with from in on at to for of the a an please thanks thank here hi hello hey dear "
    "mr mrs ms miss mx dr doctor prof professor nurse sister sir".split()
)
_KIN = (
    r"(?:son|daughter|wife|husband|mum|mom|mother|dad|father|brother|sister|partner|friend|child|kid|baby|"
    r"grandson|granddaughter|doctor|surgeon|gp|nurse|consultant)"
)
_ANY_CASE_CUES = re.compile(
    r"\b(?:my\s+name\s+is|my\s+name's|name\s*:|name's|names|call\s+me|they\s+call\s+me|i\s+am\s+called|"
    r"i'm\s+called|im\s+called|i\s+go\s+by|"
    # "my mum's name is", and as often without the "my": "mum's name is", "her name is"
    r"(?:my\s+)?" + _KIN + r"(?:'|’)s\s+name\s+is|(?:his|her|their)\s+name\s+is|"
    r"my\s+" + _KIN + r"(?:(?:\s+is)?\s+called|(?:\s+is)?\s+named))\s+",
    re.IGNORECASE,
)
_CAPITAL_CUES = re.compile(
    r"\b(?:i\s+am|i'm|i’m|im|this\s+is|it's|it’s|its|here\s+is|here's|signed|regards,?|cheers,?|love,?|"
    r"thanks,?|sincerely,?|faithfully,?|best\s+wishes,?|yours\s+truly,?|from|"
    r"my\s+(?:son|daughter|wife|husband|mum|mom|mother|dad|father|brother|sister|partner|friend|boyfriend|"
    r"girlfriend|child|kid|baby|grandson|granddaughter|grandma|grandpa|nan|aunt|uncle|cousin|carer|neighbour|"
    r"neighbor|doctor|surgeon|gp|nurse|physio|consultant),?)\s+",
    re.IGNORECASE,
)
_TITLES = re.compile(
    r"\b(?P<title>mr|mrs|ms|mx)\.?\s+(?P<name>" + _ANY_WORD + r")(?:\s+" + _NAME + r")?"
    r"|\b(?P<title2>dr|doctor|prof|professor|nurse|sister|miss|sir|dame|lady|lord|rev|father)\.?\s+"
    r"(?P<name2>" + _NAME + r")(?:\s+" + _NAME + r")?",
    re.IGNORECASE,
)


def _is_name_word(word: str, need_capital: bool, keep: frozenset[str] = frozenset(), named: bool = False) -> bool:
    """Whether `word` after a cue is part of a name. `named`: the cue says a name follows ("my name is"), so one of
    the bank's own words written with a capital is one too ("my name is Ho Chi")."""
    plain = word.strip("'’-").lower()
    written_as_name = word[:1].isupper() and not (word.isupper() and len(word) <= 4)  # HO, FOP, MRI are not names
    if not plain or plain in MEDICAL_WORDS or plain in _STOP_AFTER_NAME:
        return False
    if plain in keep and not (named and written_as_name):
        return False
    return written_as_name or not need_capital


def _mask_after(
    pattern: re.Pattern, text: str, need_capital: bool, most: int = 3, keep: frozenset[str] = frozenset(),
    named: bool = False,
) -> str:
    """Replace the one to `most` name-like words right after each cue with [name]."""
    out = []
    position = 0
    for cue in pattern.finditer(text):
        if cue.start() < position:
            continue
        end = cue.end()
        for count, word in enumerate(re.finditer(r"\S+", text[cue.end() :])):
            plain = word.group().rstrip(".,;:!?)")
            between = text[end : cue.end() + word.start()]
            if count >= most or between.strip() or not re.fullmatch(_ANY_WORD, plain):
                break
            if not _is_name_word(plain, need_capital, keep, named):
                break
            end = cue.end() + word.start() + len(plain)
            if plain != word.group():
                break  # punctuation ends the name
        if end > cue.end():
            out.append(text[position : cue.end()] + "[name]")
            position = end
    out.append(text[position:])
    return "".join(out)


def _mask_title(match: re.Match, keep: frozenset[str] = frozenset()) -> str:
    title = match.group("title") or match.group("title2")
    name = match.group("name") or match.group("name2")
    if name.lower() in MEDICAL_WORDS or name.lower() in _STOP_AFTER_NAME:
        return match.group(0)
    # A bank's own word is a surname when a title comes before it with a capital: "Mrs Ho", "Dr Young", "Dr. Stone"
    # ("Dr HO", a short word in capitals, stays a subject word, as HO, FOP and MRI are elsewhere).
    if name.lower() in keep and not _is_name_word(name, need_capital=True):
        return match.group(0)
    return f"{match.group(0)[: len(title)]} [name]"


def mask(text: str, keep: frozenset[str] = frozenset()) -> str:
    """The text with names, contacts, addresses, dates, identity numbers and every digit masked.

    `keep`: lower-case words that are never a name here, such as the bank's own subject words.
    """
    text = _EMAIL.sub("[email]", text)
    text = _SPELLED_EMAIL.sub("[email]", text)
    text = _URL.sub("[url]", text)
    text = _HANDLE.sub("[handle]", text)
    text = _ID_SHAPED.sub("[id]", text)
    text = _ID_NAMED.sub(lambda m: f"{m.group(1)}{m.group(2) or ' '}[id]", text)
    text = _DATE.sub("[date]", text)
    text = _UK_POSTCODE.sub("[postcode]", text)
    text = _ADDRESS.sub("[address]", text)
    text = _NAMED_STREET.sub("[address]", text)
    text = _LIVE_ON.sub(lambda m: f"{m.group('cue')} [address]", text)
    text = _ZIP.sub(lambda m: m.group(0)[: m.group(0).rfind(re.findall(r"\d{5}", m.group(0))[-1])] + "[zip]", text)
    text = _PHONE.sub("[phone]", text)
    text = _NUMBER_WORDS.sub("[number]", text)
    text = _TITLES.sub(lambda match: _mask_title(match, keep), text)
    text = _mask_after(_ANY_CASE_CUES, text, need_capital=False, keep=keep, named=True)
    text = _mask_after(_CAPITAL_CUES, text, need_capital=True, keep=keep)
    return re.sub(r"\d", "#", text)
