"""The general lay-word lexicon (chatbot/general/lay_words.yaml): patients' words for things, for any bank.

Every group names one thing; these tests hold the pairs that must never be read as the same thing, and
the loader and analyzer rules that let a clinic's bank keep its own meaning.
"""

from __future__ import annotations

import pytest
import yaml
from conftest import DATA, META, entry_yaml

from chatbot import BankError, Bot, load_bank
from chatbot.bank.loader import general_layer_dir
from chatbot.understanding import english
from chatbot.understanding.text import words

LAY_FILE = f"{general_layer_dir()}/lay_words.yaml"
HEEL = DATA / "heel-bank"


@pytest.fixture(scope="module")
def heel() -> Bot:
    """A clinic's bank with no synonyms of its own: it reads the general layer as it stands."""
    return Bot.load(HEEL)


def read(bot: Bot, text: str) -> set[str]:
    return set(bot.analyzer.analyze(text, fix_typos=False).tokens)


def test_the_general_layer_reads_the_lay_words_beside_its_synonyms(heel):
    groups = yaml.safe_load(open(LAY_FILE, encoding="utf-8"))["lay_words"]
    assert len(groups) >= 150
    assert set(groups) <= set(heel.bank.synonyms)
    assert "belly" in heel.bank.lay_concepts and "cause" not in heel.bank.lay_concepts
    # Lay words and the general synonyms both apply: "tummy ache" is the belly and pain.
    assert read(heel, "tummy ache") == {"belly", "pain"} == read(heel, "pain in the abdomen")
    assert read(heel, "poo sample") == read(heel, "stool sample")
    assert read(heel, "being sick") == read(heel, "vomiting") == read(heel, "throwing up")
    assert read(heel, "pins and needles") == read(heel, "tingling")
    # UK and US spellings a stemmer cannot join.
    assert read(heel, "anaemia") == read(heel, "anemia") and read(heel, "oedema") == read(heel, "edema")


# Pairs of different things: neither may be read as (a part of) the other.
APART = [
    ("knee", "hip"),
    ("rectum", "anus"),
    ("bum", "anus"),
    ("tummy", "stomach"),
    ("bowel", "large bowel"),
    ("large bowel", "small bowel"),
    ("womb", "vagina"),
    ("voice box", "windpipe"),
    ("windpipe", "gullet"),
    ("feeling sick", "being sick"),
    ("pins and needles", "numbness"),
    ("dizzy", "vertigo"),
    ("dizzy", "fainted"),
    ("trapped wind", "passing wind"),
    ("bloating", "trapped wind"),
    ("night sweats", "the chills"),
    ("heartburn", "indigestion"),
    ("x ray", "ct scan"),
    ("x ray", "mri"),
    ("x ray", "ultrasound"),
    ("x ray", "scan"),
    ("gastroscopy", "colonoscopy"),
    ("colonoscopy", "sigmoidoscopy"),
    ("cystoscopy", "gastroscopy"),
    ("biopsy", "blood test"),
    ("urine sample", "stool sample"),
    ("drip", "cannula"),
    ("plaster cast", "sticking plaster"),
    ("walking stick", "walking frame"),
    ("sedation", "put to sleep"),
    ("sedation", "local anaesthetic"),
    ("gas and air", "sedation"),
    ("heart attack", "stroke"),
    ("dvt", "pulmonary embolism"),
    ("high blood pressure", "low blood pressure"),
    ("chickenpox", "shingles"),
    ("cold sore", "blister"),
    ("smoking", "vaping"),
    ("pharmacy", "pharmacist"),
    ("optician", "eye surgeon"),
    ("gp surgery", "surgery"),
    ("pregnant", "breastfeeding"),
    ("sick note", "sick leave"),
    ("antibiotics", "antivirals"),
    ("incontinence", "bowel incontinence"),
    ("unwell", "being sick"),
    ("colostomy", "ileostomy"),
    # round 9 (clinic wording)
    ("kids", "baby"),
    ("children", "teenagers"),
    ("calves", "shin"),
    ("lymph nodes", "glands"),
    ("warfarin", "apixaban"),
    ("clexane", "clopidogrel"),
    ("insulin", "metformin"),
    ("gliclazide", "metformin"),
    ("gaviscon", "omeprazole"),
    ("ondansetron", "laxative"),
    ("desk job", "manual job"),
    ("ice pack", "heat pack"),
    ("frozen peas", "hot water bottle"),
    ("fags", "vaping"),
    ("cannabis", "smoking"),
    ("something to make you sleepy", "put to sleep"),
    ("trapped nerve", "nerve pain"),
    ("jaundice", "anaemia"),
    ("belly button", "tummy"),
    ("feeling low", "depression"),
    ("spinal anaesthetic", "epidural"),
    ("open surgery", "keyhole surgery"),
    ("follow up appointment", "check up"),
]

# A narrower thing names its kind as well, never the other way round: a camera test is an endoscopy, not a
# colonoscopy; a urine infection is not (only) cystitis.
KINDS = [
    ("camera test", "colonoscopy"),
    ("endoscopy", "gastroscopy"),
    ("urine infection", "cystitis"),
    ("blood clot", "dvt"),
    ("anaesthetic", "local anaesthetic"),
    ("x ray", "mammogram"),
    ("nerve pain", "pain"),
    ("housework", "hoovering"),
    ("stoma", "colostomy"),
    # round 9 (clinic wording): each medicine is of its kind, never the kind itself or another of the kind
    ("blood thinner", "warfarin"),
    ("blood thinner", "apixaban"),
    ("blood thinner", "clexane"),
    ("diabetes medicine", "insulin"),
    ("diabetes", "metformin"),
    ("camera up the bum", "colonoscopy"),
    ("anaesthetic", "numbing jab"),
    ("put to sleep", "the freezing"),
    ("operation", "open repair"),
    ("anaesthetic", "spinal block"),
    ("blood in the urine", "haematuria"),
    ("flu vaccine", "flu jab"),
]


@pytest.mark.parametrize(("one", "other"), APART)
def test_different_things_are_never_read_as_one(heel, one, other):
    first, second = read(heel, one), read(heel, other)
    assert first and second
    assert not first <= second and not second <= first, (one, first, other, second)


@pytest.mark.parametrize(("broad", "narrow"), KINDS)
def test_a_kind_names_its_kind_but_the_kind_is_not_the_narrower_thing(heel, broad, narrow):
    broad_tokens, narrow_tokens = read(heel, broad), read(heel, narrow)
    assert not narrow_tokens <= broad_tokens, (broad, broad_tokens, narrow, narrow_tokens)


def test_no_lay_word_stems_to_an_everyday_word():
    """A one-word phrase whose stem is an everyday or small word would read that word as the thing:
    "findings" stems to "find", "expectant" to "expect", "privates" to "private"."""
    from chatbot.bank.loader import general_layer_dir as folder
    from chatbot.understanding.language import general_vocabulary

    vocabulary = general_vocabulary()
    everyday = {*vocabulary["everyday_words"], *vocabulary["stopwords"], "private", "expect", "wind", "tire"}
    everyday_stems = set(english.stem_many(sorted(everyday)))
    groups = yaml.safe_load(open(f"{folder()}/lay_words.yaml", encoding="utf-8"))["lay_words"]
    clashes = [
        (concept, phrase)
        for concept, phrases in groups.items()
        for phrase in (concept, *phrases)
        if len(words(phrase)) == 1 and english.stem(words(phrase)[0]) in everyday_stems
    ]
    assert clashes == []


def test_the_packaged_bank_keeps_its_own_meaning_of_a_phrase():
    """HO reads x-rays, scans and exercises as its own concepts; the general groups give those phrases up."""
    bot = Bot.load()
    assert read(bot, "x ray") == read(bot, "scan") == {"imaging"}
    assert read(bot, "exercises") == {"physio"}
    assert not [c for c in bot.analyzer.collisions if "xrayimage" in c or "physicalactivity" in c]


def test_a_clinic_phrase_beats_the_general_one_and_a_clinic_may_add_lay_words(make_bank):
    folder = make_bank(
        {
            "entries.yaml": META + "entries:\n" + entry_yaml("scope", "What is a camera test of the gullet?"),
            "words.yaml": "synonyms:\n  ogd:\n    - camera test\n",
            "lay.yaml": "lay_words:\n  brace:\n    - splint\n    - boot\n",
        }
    )
    bot = Bot.load(folder)
    assert read(bot, "camera test") == {"ogd"}  # the bank's own meaning, not the general endoscopy
    assert read(bot, "endoscopy") == {"endoscopy"}  # the rest of the general group still applies
    assert read(bot, "boot") == {"brace"} and "brace" in bot.bank.lay_concepts
    assert bot.analyzer.collisions == []


def test_a_keyed_section_may_span_files_but_a_concept_only_once(make_bank):
    folder = make_bank(
        {
            "entries.yaml": META + "entries:\n" + entry_yaml("heel", "Why does my heel hurt?"),
            "a.yaml": "synonyms:\n  heelspur:\n    - heel spur\n",
            "b.yaml": "synonyms:\n  splint:\n    - night splint\n",
        }
    )
    bank = load_bank(folder)
    assert {"heelspur", "splint"} <= set(bank.synonyms)
    clash = make_bank(
        {
            "entries.yaml": META + "entries:\n" + entry_yaml("heel", "Why does my heel hurt?"),
            "a.yaml": "synonyms:\n  heelspur:\n    - heel spur\n",
            "b.yaml": "synonyms:\n  heelspur:\n    - spur\n",
        }
    )
    with pytest.raises(BankError) as error:
        load_bank(clash)
    assert "synonyms 'heelspur' is already defined in" in str(error.value)


def test_a_lay_concept_can_be_what_a_clinic_bank_is_about(make_bank):
    """A bank about shingles: "shingles" is a lay concept (herpes zoster) and still the bank's main topic."""
    entries = "".join(
        entry_yaml(f"e{n}", question)
        for n, question in enumerate(
            ["What is shingles?", "Is shingles contagious?", "How are shingles blisters treated?"]
        )
    )
    meta = "meta: {title: Shingles, topic: shingles, source: tests, reviewed: 2024-01-01}\n"
    bot = Bot.load(make_bank({"entries.yaml": meta + "entries:\n" + entries}))
    assert "shingles" in bot.analyzer.main_topic
    assert bot.session().ask("what is herpes zoster?").id == "e0"
    # A lay concept is a detail like the word it reads, and as medical: "vaccine" stays a health word.
    assert not bot.analyzer.misses_in_full("blister") and "vaccine" in bot.analyzer.health


def test_a_typo_is_not_corrected_to_a_lay_word_the_bank_never_uses():
    bot = Bot.load()
    assert "genetic" in read_fixed(bot, "is HO genitic or not")
    assert bot.session().ask("is HO genitic or not").kind == "answer"


def read_fixed(bot: Bot, text: str) -> set[str]:
    return set(bot.analyzer.analyze(text).tokens)


# A patient's word and a clinic's word for the same thing are read as one (round 9, clinic wording): the
# pairs come from how patients of many clinics wrote what each clinic's bank names in its own words.
SAME = [
    ("kids", "children"),
    ("calves", "calf"),
    ("lymph glands", "lymph nodes"),
    ("office job", "desk job"),
    ("hydrocortisone", "steroid"),
    ("co codamol", "painkillers"),
    ("calpol", "paracetamol"),
    ("amoxicillin", "antibiotics"),
    ("bag of frozen veg", "ice pack"),
    ("hot water bottle", "heat pad"),
    ("numbing needle", "local anaesthetic"),
    ("something to make you sleepy", "sedation"),
    ("fags", "cigarettes"),
    ("marijuana", "cannabis"),
    ("keep it elevated", "elevation"),
    ("turned yellow", "jaundice"),
    ("trapped nerve", "pinched nerve"),
    ("camera up the bum", "camera test"),
    ("tummy button", "navel"),
    ("feeling down", "low mood"),
    ("waterworks", "urine"),
    ("a few drinks", "alcohol"),
    ("gym", "exercise"),
    ("flu shot", "flu jab"),
]


@pytest.mark.parametrize(("patient", "clinic"), SAME)
def test_a_patients_word_meets_the_clinics_word_for_the_same_thing(heel, patient, clinic):
    assert read(heel, patient) == read(heel, clinic), (patient, read(heel, patient), clinic, read(heel, clinic))


def test_a_named_medicine_meets_its_kind_in_part():
    """ "I'm on apixaban" meets a clinic's "blood thinners"; "metformin" its "diabetes tablets"."""
    bot = Bot.load(HEEL)
    assert read(bot, "blood thinners") < read(bot, "apixaban")
    assert read(bot, "diabetes tablets") < read(bot, "metformin")
    assert {"diabetes", "medicine"} <= read(bot, "insulin")


def test_a_group_of_everyday_words_does_not_make_a_message_about_health():
    """ "Kids" and "office job" name things around care, but a request about them is no health question."""
    bot = Bot.load(HEEL)
    assert not bot.analyzer.is_about_health("child")
    for text in ("my kids want pizza tonight", "I hate my office job"):
        assert bot.session().ask(text).kind == "fallback", text
