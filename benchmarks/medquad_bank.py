"""Turn a MedQuAD checkout into a chatbot bank folder, for the big-bank benchmark.

    python benchmarks/medquad_bank.py MEDQUAD_DIR OUT_DIR [--no-topic-words]

MedQuAD (Ben Abacha and Demner-Fushman, 2019; CC BY 4.0) holds question-answer
pairs from NIH websites. Its README says the answers of three MedlinePlus subsets
(A.D.A.M. encyclopedia, drugs, herbs and supplements) were removed for copyright:
those folders are skipped, and so is any other pair without an answer. The data
never enters this repository: get it with `git clone https://github.com/abachaa/MedQuAD`.

Each kept pair becomes one entry: MedQuAD's question as the question, six
alternates written from its question type and focus ("how is X treated",
"treatment for X", ...), the answer cleaned (the repeated question and
"Summary :" removed) and cut at a sentence end to the bank's 600-character limit,
and the other questions about the same focus as related entries. Only one entry
is kept per focus and question type (GARD and GHR often ask the same thing),
and an alternate that another entry already has, or that the bot reads the same
as another entry's question or alternate ("retinoblastoma gene" and "Is
retinoblastoma inherited?" both read as retinoblastoma + genetic), is not used.

It also writes `topic_words.yaml`: the words of the conditions' names (less small
and everyday words), so a question about them counts as on-topic, and
`medquad_ids.json` (not YAML, so the bank does not load it): for each entry, the
MedQuAD answer it was made from and the answers it stands in for (see
`answer_id`), so a benchmark can compare a chosen entry with judged answers.
`--no-topic-words` leaves it out (the bank then uses the packaged list).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ElementTree
from collections import defaultdict
from pathlib import Path

import yaml

from chatbot import Bot
from chatbot.bank.checks import YES_NO_OPENING
from chatbot.understanding.text import words

# The subsets whose answers MedQuAD removed (MedlinePlus copyright): nothing to answer with.
SKIPPED_FOLDERS = ("10_MPlus_ADAM_QA", "11_MPlusDrugs_QA", "12_MPlusHerbsSupplements_QA")
MAX_ANSWER_CHARS = 600
# Each entry's MedQuAD answer ids, beside the bank (JSON: the bank loads every .yaml file in its folder).
ORIGINS_FILE = "medquad_ids.json"
ALTERNATES = 6

# How patients ask each MedQuAD question type; {f} is the focus ("ABCD syndrome").
FRAMES = {
    "information": [
        "what is {f}",
        "tell me about {f}",
        "what does {f} mean",
        "explain {f}",
        "{f} meaning",
        "information about {f}",
        "define {f}",
        "what kind of condition is {f}",
    ],
    "symptoms": [
        "symptoms of {f}",
        "what are the signs of {f}",
        "{f} symptoms",
        "what does {f} feel like",
        "early signs of {f}",
        "what symptoms does {f} cause",
        "how does {f} show itself",
    ],
    "treatment": [
        "how is {f} treated",
        "treatment for {f}",
        "{f} treatment options",
        "can {f} be cured",
        "how do doctors treat {f}",
        "what therapies help {f}",
        "cure for {f}",
    ],
    "inheritance": [
        "is {f} inherited",
        "is {f} passed down in families",
        "how is {f} inherited",
        "{f} inheritance pattern",
        "does {f} run in families",
        "can parents pass on {f}",
        "inheritance of {f}",
    ],
    "frequency": [
        "how common is {f}",
        "how many people have {f}",
        "is {f} rare",
        "{f} prevalence",
        "how often does {f} occur",
        "how many people get {f}",
        "frequency of {f}",
    ],
    "genetic changes": [
        "what genes cause {f}",
        "genetic changes in {f}",
        "which gene mutations lead to {f}",
        "{f} gene",
        "genetic cause of {f}",
        "what mutation causes {f}",
        "genes behind {f}",
    ],
    "causes": [
        "what causes {f}",
        "why does {f} happen",
        "causes of {f}",
        "{f} causes",
        "what leads to {f}",
        "reason for {f}",
        "where does {f} come from",
    ],
    "exams and tests": [
        "how is {f} diagnosed",
        "tests for {f}",
        "diagnosis of {f}",
        "which tests find {f}",
        "how do doctors detect {f}",
        "{f} diagnosis",
        "exams for {f}",
    ],
    "research": [
        "what research is being done on {f}",
        "new research on {f}",
        "{f} clinical trials",
        "studies about {f}",
        "latest research for {f}",
        "are there trials for {f}",
        "research into {f}",
    ],
    "outlook": [
        "what is the outlook for {f}",
        "prognosis of {f}",
        "{f} life expectancy",
        "what to expect with {f}",
        "{f} prognosis",
        "long term outlook of {f}",
        "outlook of {f}",
    ],
    "susceptibility": [
        "who is at risk for {f}",
        "risk factors for {f}",
        "who gets {f}",
        "{f} risk",
        "who is likely to get {f}",
        "what raises the risk of {f}",
        "who can get {f}",
    ],
    "considerations": [
        "what to consider with {f}",
        "things to know about {f}",
        "{f} considerations",
        "what else is there to know about {f}",
        "important facts about {f}",
        "special concerns with {f}",
        "what to keep in mind about {f}",
    ],
    "prevention": [
        "how to prevent {f}",
        "can {f} be prevented",
        "preventing {f}",
        "{f} prevention",
        "ways to avoid {f}",
        "how to lower the chance of {f}",
        "prevention of {f}",
    ],
    "stages": [
        "what are the stages of {f}",
        "{f} stages",
        "how is {f} staged",
        "staging of {f}",
        "stages of {f}",
        "phases of {f}",
        "how far can {f} spread",
    ],
    "complications": [
        "complications of {f}",
        "what problems can {f} cause",
        "{f} complications",
        "can {f} lead to other problems",
        "risks of {f}",
        "what can go wrong with {f}",
        "side problems of {f}",
    ],
    "support groups": [
        "support groups for {f}",
        "where to find support for {f}",
        "{f} support",
        "help for people with {f}",
        "{f} patient groups",
        "who can help with {f}",
        "support with {f}",
    ],
}
GENERIC_FRAMES = [
    "question about {f}",
    "{f} facts",
    "more about {f}",
    "{f} information",
    "{f} explained",
    "facts on {f}",
]

SOURCE_NAMES = {
    "CancerGov": "National Cancer Institute (cancer.gov)",
    "GARD": "Genetic and Rare Diseases Information Center (GARD)",
    "GHR": "Genetics Home Reference",
    "MPlusHealthTopics": "MedlinePlus Health Topics",
    "NIDDK": "National Institute of Diabetes and Digestive and Kidney Diseases",
    "NINDS": "National Institute of Neurological Disorders and Stroke",
    "NIHSeniorHealth": "NIHSeniorHealth",
    "NHLBI": "National Heart, Lung, and Blood Institute",
    "CDC": "Centers for Disease Control and Prevention",
}


def clean_answer(text: str, limit: int = MAX_ANSWER_CHARS) -> str:
    """One paragraph of at most `limit` characters, ending on a whole sentence where possible."""
    text = " ".join(text.split())
    text = re.sub(r"^(Summary\s*:|Key Points\s*-?)\s*", "", text)
    # Many answers start by repeating the question ("What are the signs and symptoms of X? The ...").
    first = re.match(r"^[^.!?]{0,200}\?\s+", text)
    if first and len(text) > first.end():
        text = text[first.end() :]
    # Flattened bullet lists: "... cell). - Leukemia may ..." reads as sentences without the dashes.
    text = re.sub(r"(?<=[.!?:;)])\s+-\s+", " ", text)
    text = text.replace(" - ", ", ").strip(" ,-")
    if len(text) <= limit:
        return text
    cut = text[:limit]
    ends = [match.end() for match in re.finditer(r"[.!?](?=\s)", cut)]
    if ends and ends[-1] >= limit // 3:
        return cut[: ends[-1]]
    return cut[: cut.rfind(" ", 0, limit - 3)].rstrip(",;: ") + "..."


def standalone(question: str, raw: str) -> str:
    """The cleaned answer; one that opens with a bare yes or no names its question, so it reads right alone."""
    answer = clean_answer(raw)
    if not YES_NO_OPENING.match(answer):
        return answer
    opening = f"To the question {question.strip()!r}: "
    answer = clean_answer(raw, MAX_ANSWER_CHARS - len(opening))
    return opening + answer[0].lower() + answer[1:]


def slug(text: str) -> str:
    return "-".join(words(text))[:60].strip("-") or "entry"


def answer_id(source: str, document: str, position: int) -> str:
    """MedQuAD's name for one answer, as its judged-answers files (qrels) write it: "GHR_0000804_Sec4.txt".

    The number after "Sec" is the pair's place in its document (1 for the first <QAPair>, counting
    pairs without an answer too), not its pid: pids skip numbers in some collections (NHLBI's DVT
    document has pids 1, 3, 4, ...), and its "Sec4" is the fourth pair, the symptoms (pid 5).
    """
    return f"{source}_{document}_Sec{position}.txt"


def read_pairs(medquad: Path):
    """(source, focus, qtype, question, answer, answer id) for every pair with an answer, folder by folder."""
    folders = sorted(
        (p for p in medquad.iterdir() if p.is_dir() and p.name not in SKIPPED_FOLDERS),
        key=lambda p: int(p.name.split("_")[0]) if p.name.split("_")[0].isdigit() else 99,
    )
    for folder in folders:
        for file in sorted(folder.glob("*.xml")):
            root = ElementTree.parse(file).getroot()
            source = root.get("source", folder.name)
            focus = " ".join((root.findtext("Focus") or "").split())
            document = root.get("id") or file.stem
            for position, pair in enumerate(root.iter("QAPair"), start=1):
                question = pair.find("Question")
                answer = pair.findtext("Answer") or ""
                if question is None or not (question.text or "").strip() or not answer.strip() or not focus:
                    continue
                text = " ".join(question.text.split()).replace(" ?", "?")
                qtype = question.get("qtype") or "information"
                yield source, focus, qtype, text, answer, answer_id(source, document, position)


def build_entries(medquad: Path) -> list[dict]:
    """One entry per kept question-answer pair, with alternates no other entry reads the same.

    Each entry also holds, under "_medquad", the id of the MedQuAD answer it was made from, and under
    "_stands_for" the ids of the pairs left out because they ask its question again: the same question
    (folded) or the same focus and question type (GARD's and GHR's "Is X inherited?").
    """
    kept, seen_questions, seen_groups = [], {}, {}
    stands_for: dict[str, list[str]] = defaultdict(list)  # a kept pair's answer id -> the left-out twins
    for source, focus, qtype, question, answer, pair_id in read_pairs(medquad):
        key = " ".join(words(question))
        group = (" ".join(words(focus)), qtype)
        if not key:
            continue
        twin = seen_questions.get(key) or seen_groups.get(group)
        if twin is not None:
            stands_for[twin].append(pair_id)
            continue
        seen_questions[key] = pair_id
        seen_groups.setdefault(group, pair_id)
        kept.append((source, focus, qtype, question, answer, key, group, pair_id))
    # How the bot reads a text (its concept words, as a set): an alternate that reads like another
    # entry's question or alternate ("retinoblastoma gene" reads like "Is retinoblastoma inherited?")
    # would make the two entries tie, so it is not used. The packaged vocabulary is what a bank
    # without its own inherits.
    analyzer = Bot.load().analyzer

    def reading(text: str) -> frozenset[str]:
        return frozenset(analyzer.analyze(text, fix_typos=False).tokens)

    readers = {}  # each reading of a question so far, and the entry (by question) it belongs to
    for *_, question, _, key, _, _ in kept:
        readers.setdefault(reading(question), key)
    entries, used_ids = [], set()
    owned: set[str] = set(seen_questions)  # every question and alternate, folded: no way of asking is shared
    for source, focus, qtype, question, answer, key, group, pair_id in kept:
        name = focus if len(focus) <= 80 else focus[:80].rsplit(" ", 1)[0]
        alternates = []
        for frame in (*FRAMES.get(qtype, ()), *GENERIC_FRAMES):
            alternate = frame.format(f=name)
            folded = " ".join(words(alternate))
            if folded in owned or alternate in alternates or readers.get(reading(alternate), key) != key:
                continue
            alternates.append(alternate)
            if len(alternates) == ALTERNATES:
                break
        if len(alternates) < ALTERNATES:
            continue
        owned.update(" ".join(words(a)) for a in alternates)
        for alternate in alternates:
            readers.setdefault(reading(alternate), key)
        entry_id = slug(f"{name} {qtype}")
        number = 2
        while entry_id in used_ids:
            entry_id, number = f"{slug(f'{name} {qtype}')}-{number}", number + 1
        used_ids.add(entry_id)
        entries.append(
            {
                "id": entry_id,
                "question": question,
                "alternates": alternates,
                "answer": standalone(question, answer),
                "source": f"{SOURCE_NAMES.get(source, source)}: {name}",
                "related": [],
                "_focus": group[0],
                "_name": name,
                "_medquad": pair_id,
                "_stands_for": stands_for[pair_id],
            }
        )
    # Related: the other questions about the same focus, at most three.
    focus_ids = defaultdict(list)
    for entry in entries:
        focus_ids[entry["_focus"]].append(entry["id"])
    for entry in entries:
        entry["related"] = [i for i in focus_ids[entry.pop("_focus")] if i != entry["id"]][:3]
    return entries  # each still with "_name" (its condition's name, for the topic words) and its MedQuAD ids


def topic_words(entries: list[dict]) -> list[str]:
    """The words of the conditions' names (what the questions are about), less small and everyday words."""
    from chatbot.bank.loader import load_bank

    packaged = load_bank()
    common = packaged.stopwords | packaged.everyday_words
    names = {word for entry in entries for word in words(entry["_name"])}
    return sorted(word for word in names if len(word) > 2 and not word.isdigit() and word not in common)


def write_bank(entries: list[dict], out: Path, with_topic_words: bool) -> None:
    out.mkdir(parents=True, exist_ok=True)
    bank = {
        "meta": {
            "title": "MedQuAD consumer health questions",
            "source": "MedQuAD (Ben Abacha and Demner-Fushman, 2019, CC BY 4.0), from NIH websites",
            "reviewed": "2019-01-01",
        },
        "entries": [{key: value for key, value in entry.items() if not key.startswith("_")} for entry in entries],
    }
    with open(out / "entries.yaml", "w", encoding="utf-8") as handle:
        yaml.safe_dump(bank, handle, allow_unicode=True, sort_keys=False, width=1000)
    origins = {entry["id"]: {"answer": entry["_medquad"], "stands_for": entry["_stands_for"]} for entry in entries}
    (out / ORIGINS_FILE).write_text(json.dumps(origins, indent=0, sort_keys=True), encoding="utf-8")
    topic_file = out / "topic_words.yaml"
    if with_topic_words:
        with open(topic_file, "w", encoding="utf-8") as handle:
            yaml.safe_dump({"topic_words": topic_words(entries)}, handle, allow_unicode=True, width=1000)
    elif topic_file.exists():
        topic_file.unlink()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("medquad", type=Path, help="a MedQuAD checkout (its numbered folders of XML files)")
    parser.add_argument("out", type=Path, help="the bank folder to write")
    parser.add_argument("--no-topic-words", action="store_true", help="do not write topic_words.yaml")
    args = parser.parse_args(argv)
    if not args.medquad.is_dir():
        print(f"Error: {args.medquad} is not a folder", file=sys.stderr)
        return 2
    entries = build_entries(args.medquad)
    write_bank(entries, args.out, not args.no_topic_words)
    print(f"wrote {len(entries)} entries to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
