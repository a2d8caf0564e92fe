"""Write a large, realistic bank for benchmarks and tests: varied questions, shared words, near-duplicates.

    python benchmarks/generate_bank.py SIZE OUT_DIR [--seed N]

Like a real clinic's bank, or MedQuAD, each condition gets several entries (what
it is, symptoms, causes, treatment, ...), so entries about the same condition
differ only in what is asked; conditions share their root with variants ("type 1
X", "type 2 X", "X of the knee", "X of the hip"), so whole questions are near-
duplicates; and every answer uses the same everyday health words. Alternates are
written from per-type frames in a patient's words. The names are made up from
syllables, so no generated fact is a real one.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]
SUFFIXES = ["itis", "osis", "emia", "algia", "oma", "pathy", "ectasia", "plasia"]
MODIFIERS = ["", "", "acute", "chronic", "juvenile", "type 1", "type 2", "familial", "late onset"]
SITES = ["", "", "", "knee", "hip", "shoulder", "liver", "kidney", "skin", "eye", "spine", "lung"]
# Question types: the question, then how patients ask it (six or more); {f} is the condition.
TYPES = {
    "what": (
        "What is {f}?",
        [
            "what is {f}",
            "tell me about {f}",
            "what does {f} mean",
            "explain {f} to me",
            "{f} meaning",
            "define {f}",
            "what kind of illness is {f}",
        ],
    ),
    "symptoms": (
        "What are the symptoms of {f}?",
        [
            "symptoms of {f}",
            "signs of {f}",
            "{f} symptoms",
            "what does {f} feel like",
            "early signs of {f}",
            "how does {f} show",
        ],
    ),
    "causes": (
        "What causes {f}?",
        [
            "why does {f} happen",
            "causes of {f}",
            "what leads to {f}",
            "{f} causes",
            "reason for {f}",
            "where does {f} come from",
        ],
    ),
    "treatment": (
        "How is {f} treated?",
        [
            "treatment for {f}",
            "how do doctors treat {f}",
            "{f} treatment",
            "can {f} be cured",
            "therapy for {f}",
            "what helps with {f}",
        ],
    ),
    "diagnosis": (
        "How is {f} diagnosed?",
        [
            "tests for {f}",
            "diagnosis of {f}",
            "how do doctors find {f}",
            "{f} scan",
            "which test shows {f}",
            "checking for {f}",
        ],
    ),
    "outlook": (
        "What is the outlook for {f}?",
        [
            "prognosis of {f}",
            "{f} outlook",
            "will {f} get better",
            "long term effects of {f}",
            "what to expect with {f}",
            "does {f} go away",
        ],
    ),
    "prevention": (
        "Can {f} be prevented?",
        [
            "how to prevent {f}",
            "ways to avoid {f}",
            "{f} prevention",
            "lower the risk of {f}",
            "stopping {f} before it starts",
            "is there a way to avoid {f}",
        ],
    ),
    "inherited": (
        "Is {f} inherited?",
        [
            "is {f} genetic",
            "does {f} run in families",
            "can parents pass on {f}",
            "{f} inheritance",
            "is {f} passed down",
            "genes and {f}",
        ],
    ),
}
ANSWER_PARTS = [
    "{F} is a condition that affects the {site} and can make daily life harder.",
    "Many people with {f} notice pain, stiffness or tiredness that comes and goes.",
    "Doctors usually confirm {f} with a physical exam, blood tests and sometimes a scan.",
    "Treatment often combines medicine, physical therapy and rest, depending on how severe it is.",
    "Most people manage {f} well when it is found early and followed up by their care team.",
    "Keeping active, eating well and not smoking can lower the risk of it getting worse.",
    "Ask your doctor or nurse what this means for you, as every person is different.",
]


def _root(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))) + rng.choice(SUFFIXES)


def _conditions(count: int, rng: random.Random) -> list[tuple[str, str]]:
    """`count` distinct condition names with their body site; several share each root."""
    names: dict[str, str] = {}
    roots = sorted({_root(rng) for _ in range(max(50, count // 3))})
    while len(names) < count:
        root, modifier, site = rng.choice(roots), rng.choice(MODIFIERS), rng.choice(SITES)
        name = " ".join(part for part in (modifier, root, f"of the {site}" if site else "") if part)
        names.setdefault(name, site or "body")
    return list(names.items())


def generate(size: int, seed: int = 7) -> tuple[list[dict], list[str]]:
    """`size` entries and the bank's topic words (its condition roots and body sites)."""
    rng = random.Random(seed)
    types = list(TYPES)
    conditions = _conditions(size // 5 + 1, rng)
    entries: list[dict] = []
    roots: set[str] = set()
    for name, site in conditions:
        roots.update(word for word in name.split() if word.endswith(tuple(SUFFIXES)))
        # Five to eight types per condition, so entries about one condition are many and alike.
        kinds = rng.sample(types, rng.randint(5, len(types)))
        ids = [f"{'-'.join(name.split())}-{kind}" for kind in kinds]
        for kind, entry_id in zip(kinds, ids, strict=True):
            question, frames = TYPES[kind]
            alternates = rng.sample(frames, 6)
            sentences = rng.sample(ANSWER_PARTS[1:], rng.randint(2, 4))
            answer = " ".join([ANSWER_PARTS[0], *sentences]).format(f=name, F=name[0].upper() + name[1:], site=site)
            entries.append(
                {
                    "id": entry_id,
                    "question": question.format(f=name),
                    "alternates": [alternate.format(f=name) for alternate in alternates],
                    "answer": answer,
                    "source": f"Generated: {name}",
                    "related": [other for other in ids if other != entry_id][:3],
                }
            )
            if len(entries) == size:
                break
        if len(entries) == size:
            break
    kept = {entry["id"] for entry in entries}
    for entry in entries:  # the last condition may be cut short
        entry["related"] = [other for other in entry["related"] if other in kept]
    return entries, sorted(roots | {site for site in SITES if site})


def _yaml_text(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_bank(size: int, folder: Path, seed: int = 7) -> list[dict]:
    """Write the bank as YAML files in `folder`; returns its entries."""
    entries, topic_words = generate(size, seed)
    folder.mkdir(parents=True, exist_ok=True)
    lines = ["meta: {title: Generated bank, source: benchmarks/generate_bank.py, reviewed: 2026-01-01}", "entries:"]
    for entry in entries:
        lines += [
            f"  - id: {entry['id']}",
            f"    question: {_yaml_text(entry['question'])}",
            "    alternates:",
            *(f"      - {_yaml_text(alternate)}" for alternate in entry["alternates"]),
            f"    answer: {_yaml_text(entry['answer'])}",
            f"    source: {_yaml_text(entry['source'])}",
            f"    related: [{', '.join(entry['related'])}]",
        ]
    (folder / "entries.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "topic_words.yaml").write_text(f"topic_words: [{', '.join(topic_words)}]\n", encoding="utf-8")
    return entries


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size", type=int, help="how many entries")
    parser.add_argument("out", type=Path, help="the bank folder to write")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    entries = write_bank(args.size, args.out, args.seed)
    print(f"wrote {len(entries)} entries to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
