"""Record every reply the bot gives to the tuning sets, and compare two recordings.

    python tools/compare_replies.py record FILE     # write the replies as JSON lines to FILE
    python tools/compare_replies.py record FILE --every 4  # only every 4th case (a quicker check between merges)
    python tools/compare_replies.py compare OLD NEW # print every reply that differs; exit 1 if any

For a change that must not change behaviour (speed work): record before, change, record after,
compare. What is asked: every tuning set (`tests/data/*.yaml`, the held-apart sets retired to tuning,
`tests/data/tuning/`; never a set still held apart: `tools/measure.py` tells them apart), each case in a
fresh session and each conversation in one session, on its own bank; `benchmarks/run.py`'s questions
and stories; long messages made by joining tuning questions (40 to 160 words, and up to the
2,000-character limit), each in a fresh session; and the CLINC150 lines (off-topic), in a fresh session
and after one answer. Each reply is recorded as its kind, entry id, path, score, suggestions and a hash of
its text. Run both recordings with the same PYTHONHASHSEED (a compiled bank may round a score
differently under another seed).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from measure import CLINC, _sets  # noqa: E402

from chatbot.bot import Bot  # noqa: E402
from chatbot.quality.evaluation import load_cases  # noqa: E402

FILLER = [
    "Sorry to bother you with this.",
    "My husband had an operation a few months ago and has been doing his exercises every day.",
    "We live quite far from the hospital so it is hard to get there.",
    "I have been reading a lot online and I am a bit worried.",
    "The physio said it would take time but it still feels stiff.",
    "Thank you for reading this long message.",
    "My daughter helps me with the computer.",
    "Last winter I also had a bad cold that lasted weeks.",
]


def _record(reply) -> dict:
    return {
        "kind": reply.kind,
        "id": reply.id,
        "via": reply.via,
        "score": None if reply.score is None else round(reply.score, 6),
        "suggestions": [str(s) for s in reply.suggestions],
        "text": hashlib.sha256(reply.text.encode()).hexdigest()[:16],
    }


def long_messages(questions: list[str], count: int, seed: int = 15) -> list[str]:
    """Messages of 40-160 words and of about 2,000 characters: filler sentences around tuning questions."""
    rng = random.Random(seed)  # noqa: S311 - made-up messages, not secrets
    messages = []
    for number in range(count):
        if number % 4 == 3:
            limit_chars, limit_words = 2000, 10_000
        else:
            limit_chars, limit_words = 10_000, rng.randint(40, 160)
        parts: list[str] = []
        while sum(len(p.split()) for p in parts) < limit_words and sum(len(p) + 1 for p in parts) < limit_chars:
            parts.append(rng.choice(FILLER) if rng.random() < 0.6 else rng.choice(questions))
        messages.append(" ".join(parts)[:limit_chars])
    return messages


def cases() -> list[tuple[Path | None, str, list[str]]]:
    """(bank, label, messages asked in one session) for everything asked."""
    asked = []
    packaged_questions = []
    for group, label, bank, path in _sets():
        if group != "tuning":
            continue
        singles, conversations = load_cases(path)
        for case in singles:
            asked.append((bank, label, [case.question]))
            if bank is None:
                packaged_questions.append(case.question)
        for turns in conversations:
            asked.append((bank, label, [case.question for case in turns]))
    from run import PACKAGED_QUESTIONS, STORIES

    asked += [(None, "benchmark", [q]) for q in (*PACKAGED_QUESTIONS, *STORIES)]
    asked += [(None, "long", [m]) for m in long_messages(packaged_questions, 400)]
    if CLINC.is_file():
        lines = [line for line in CLINC.read_text(encoding="utf-8").splitlines() if line.strip()]
        asked += [(None, "clinc", [line]) for line in lines]
        asked += [(None, "clinc after HO", ["What is HO?", line]) for line in lines]
    return asked


def record(out: Path, every: int = 1) -> None:
    bots: dict = {}
    with out.open("w", encoding="utf-8") as file:
        for number, (bank, label, turns) in enumerate(cases()):
            if number % every:
                continue
            if bank not in bots:
                bots[bank] = Bot.load(bank) if bank else Bot.load()
            session = bots[bank].session()
            for turn, text in enumerate(turns):
                where = "packaged" if bank is None else str(bank.relative_to(ROOT))
                row = {"set": label, "bank": where, "turn": turn, "text": text, **_record(session.ask(text))}
                file.write(json.dumps(row) + "\n")


def _by_set(path: Path) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        bank = row.pop("bank")  # a checkout elsewhere: the same bank under another folder
        row["bank"] = bank.split("tests/data/")[-1] if bank not in ("None", "packaged") else "packaged"
        rows.setdefault(row["set"], []).append(row)
    return rows


def compare(old: Path, new: Path) -> int:
    """Every reply of the sets both recordings hold, in order; a set only one holds is named, not compared."""
    before, after = _by_set(old), _by_set(new)
    for name in sorted(before.keys() ^ after.keys()):
        print(f"only {'before' if name in before else 'after'}: {name} (not compared)")
    compared = differ = 0
    for name in sorted(before.keys() & after.keys()):
        if len(before[name]) != len(after[name]):
            print(f"{name}: {len(before[name])} replies before, {len(after[name])} after")
            differ += 1
            continue
        for a, b in zip(before[name], after[name], strict=True):
            compared += 1
            if a != b:
                differ += 1
                print("before:", json.dumps(a), "\nafter: ", json.dumps(b))
    print(f"{compared} replies compared, {differ} differ")
    return 1 if differ else 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    recording = sub.add_parser("record")
    recording.add_argument("file", type=Path)
    recording.add_argument("--every", type=int, default=1, help="record only every Nth case (both sides the same N)")
    both = sub.add_parser("compare")
    both.add_argument("old", type=Path)
    both.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    if args.command == "record":
        record(args.file, max(1, args.every))
        return 0
    return compare(args.old, args.new)


if __name__ == "__main__":
    raise SystemExit(main())
