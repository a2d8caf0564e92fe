"""Record every reply to the tuning question sets (not triage), and compare two recordings by half.

    python tools/othercond_split.py record FILE     # one JSON line per case or conversation turn
    python tools/othercond_split.py figures OLD NEW # right / wrong / off-topic answered / misses per half, and
                                                    # every reply that changed

The halves are by a hash of the question's text (the first byte of its MD5: even to half a, the half the rules were
chosen on; odd to half b, the half they were checked on), so every set's writer is in both halves. What is asked:
every tuning question set of `tools/measure.py` (the packaged bank's HO sets, eval.yaml, tuning2, the heel sets, the
dev24 conversations, the retired and tuning clinic banks' questions), each case fresh and each conversation in one
session; never a held-apart set, never a triage file (`measure.py --tuning --only triage` reads those).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from measure import _sets  # noqa: E402

from chatbot.bot import Bot  # noqa: E402
from chatbot.quality.evaluation import KINDS, load_cases  # noqa: E402


def half(question: str) -> str:
    return "a" if hashlib.md5(question.encode()).digest()[0] % 2 == 0 else "b"  # noqa: S324 - a split, not security


def record(out: Path) -> None:
    bots: dict = {}
    with out.open("w", encoding="utf-8") as file:
        for group, label, bank, path in _sets():
            if group != "tuning" or "triage" in label:
                continue
            singles, conversations = load_cases(path)
            if bank not in bots:
                bots[bank] = Bot.load(bank) if bank else Bot.load()
            bot = bots[bank]
            runs = [[case] for case in singles] + conversations
            for turns in runs:
                session = bot.session()
                for turn, case in enumerate(turns):
                    if case.tier is not None:
                        continue
                    reply = session.ask(case.question)
                    row = {
                        "set": label, "turn": turn, "question": case.question, "expect": list(case.expect),
                        "kind": reply.kind, "id": reply.id, "via": reply.via,
                    }  # fmt: skip
                    file.write(json.dumps(row) + "\n")


def outcome(row: dict) -> str:
    """right, wrong (another entry), off (an answer to an off-topic case) or miss."""
    in_scope = any(item not in KINDS for item in row["expect"])
    if row["kind"] == "answer":
        if row["id"] in row["expect"]:
            return "right"
        return "wrong" if in_scope else "off"
    if not in_scope:
        return "right" if row["kind"] in row["expect"] or row["kind"] in ("fallback", "clarify") else "miss"
    return "miss"


def figures(old: Path, new: Path) -> None:
    before = [json.loads(line) for line in old.read_text(encoding="utf-8").splitlines()]
    after = [json.loads(line) for line in new.read_text(encoding="utf-8").splitlines()]
    counts = {(h, side): dict.fromkeys(("right", "wrong", "off", "miss"), 0) for h in "ab" for side in (0, 1)}
    for side, rows in enumerate((before, after)):
        for row in rows:
            counts[(half(row["question"]), side)][outcome(row)] += 1
    for h in "ab":
        cells = " | ".join(f"{k} {counts[(h, 0)][k]} -> {counts[(h, 1)][k]}" for k in ("right", "wrong", "off", "miss"))
        print(f"half {h}: {cells}")
    for a, b in zip(before, after, strict=True):
        if (a["kind"], a["id"]) != (b["kind"], b["id"]):
            print(
                f"[{half(a['question'])}] {a['set']} t{a['turn']}: {a['question'][:110]!r}\n"
                f"    expect {a['expect']}: {a['kind']} {a['id']} ({a['via']}, {outcome(a)})"
                f" -> {b['kind']} {b['id']} ({b['via']}, {outcome(b)})"
            )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("record").add_argument("file", type=Path)
    both = sub.add_parser("figures")
    both.add_argument("old", type=Path)
    both.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    if args.command == "record":
        record(args.file)
    else:
        figures(args.old, args.new)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
