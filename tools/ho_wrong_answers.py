"""List every case of the HO tuning sets with the reply, how it was reached and the message read whole, so the wrong
answers can be grouped by why the wrong entry won (docs/how-it-decides.md, round 21, horeading23).

    python tools/ho_wrong_answers.py out.jsonl ho-questions-part2 ho-questions-part4 tuning2
    python tools/ho_wrong_answers.py out.jsonl --even      # the development half: parts 2-14 even, and tuning2

A row: the set, the question (and the turns before it in a conversation), the expected ids, the reply's kind, entry,
path (`via`), score and suggestions, a label (right, wrong, offtopic, falseE, miss, ok) and the first five entries of
the message read whole (id, score, coverage). Only sets we may tune on are read: the retired HO parts
(`measure.RETIRED`), tests/data/eval.yaml and tests/data/tuning2.yaml; a held-apart set is refused.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import measure  # noqa: E402

from chatbot.bot import Bot  # noqa: E402
from chatbot.quality.evaluation import load_cases  # noqa: E402

KINDS = ("fallback", "clarify", "smalltalk", "emergency", "urgent")


def path_of(name: str) -> Path:
    if name in ("eval", "tuning2"):
        return ROOT / "tests" / "data" / f"{name}.yaml"
    if f"{name}.yaml" not in measure.RETIRED:
        raise SystemExit(f"{name}: not a set we may tune on (see tests/data/heldout/README.md)")
    return ROOT / "tests" / "data" / "heldout" / f"{name}.yaml"


def label(case, reply) -> str:
    in_scope = any(e not in KINDS for e in case.expect)
    if reply.kind == "answer":
        return ("right" if reply.id in case.expect else "wrong") if in_scope else "offtopic"
    if reply.kind == "emergency" and "emergency" not in case.expect:
        return "falseE"
    return "miss" if in_scope and reply.kind not in case.expect else "ok"


def row(bot: Bot, name: str, case, reply, before: list[str]) -> dict:
    analysis = bot.analyzer.analyze(case.question)
    whole = bot.matcher.rank(analysis.tokens, analysis.concepts, limit=5)
    return {
        "set": name, "q": case.question, "before": before, "expect": list(case.expect), "kind": reply.kind,
        "got": reply.id, "via": reply.via, "score": reply.score, "sugg": [s.id for s in reply.suggestions],
        "label": label(case, reply), "whole": [[c.entry.id, round(c.score, 1), round(c.coverage, 2)] for c in whole],
    }  # fmt: skip


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("sets", nargs="*")
    parser.add_argument("--even", action="store_true", help="HO parts 2, 4, ... 14 and tuning2")
    args = parser.parse_args(argv)
    names = list(args.sets) + ([f"ho-questions-part{i}" for i in range(2, 15, 2)] + ["tuning2"] if args.even else [])
    bot = Bot.load()
    with open(args.out, "w", encoding="utf-8") as out:
        for name in names:
            cases, conversations = load_cases(path_of(name))
            for case in cases:
                out.write(json.dumps(row(bot, name, case, bot.session().ask(case.question), [])) + "\n")
            for turns in conversations:
                session, before = bot.session(), []
                for case in turns:
                    out.write(json.dumps(row(bot, name, case, session.ask(case.question), list(before))) + "\n")
                    before.append(case.question)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
