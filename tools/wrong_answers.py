"""List every wrong and off-topic answer on the clinic tuning banks, with how it was reached, so the causes can be
counted (docs/how-it-decides.md, round 16, clinicwrong18).

    python tools/wrong_answers.py out.jsonl                 # every clinic tuning bank
    python tools/wrong_answers.py out.jsonl --banks gout uti
    python tools/wrong_answers.py out.jsonl --all           # every in-scope and off-topic case, not only the misled

A row: the bank, the question (and the turns before it in a conversation), the expected ids, the reply's kind, entry,
path (`via`) and score, and the first five entries of the message read whole (id, score, coverage). Only the clinic
banks we may tune on are read: the retired held-apart banks, tests/data/tuning/ and the heel bank.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chatbot.bot import Bot  # noqa: E402
from chatbot.quality.evaluation import load_cases  # noqa: E402

sys.path.insert(0, str(ROOT / "tools"))
import leader_features  # noqa: E402  (a sibling script: its list of the clinic banks we may tune on)

ENTRY_KINDS = ("fallback", "clarify", "smalltalk", "emergency", "urgent")


def banks() -> dict[str, tuple[Path, list[Path]]]:
    """name -> (bank folder, question files), in name order: the banks `tools/leader_features.py` reads."""
    return dict(sorted(leader_features.banks().items()))


def _row(bot: Bot, name: str, case, reply, before: list[str]) -> dict:
    analysis = bot.analyzer.analyze(case.question)
    whole = bot.matcher.rank(analysis.tokens, analysis.concepts, limit=5)
    in_scope = any(e not in ENTRY_KINDS for e in case.expect)
    if reply.kind == "answer":
        label = ("right" if reply.id in case.expect else "wrong") if in_scope else "offtopic"
    elif reply.kind == "emergency" and "emergency" not in case.expect:
        label = "falseE"  # round 23 clinic precision: an emergency screen on a question that is not one
    else:
        label = "miss" if in_scope else "kept"
    return {
        "bank": name,
        "question": case.question,
        "before": before,
        "expect": list(case.expect),
        "kind": reply.kind,
        "got": reply.id,
        "via": reply.via,
        "score": reply.score,
        "label": label,
        "whole": [[c.entry.id, round(c.score, 1), round(c.coverage, 2)] for c in whole],
    }


def record(out: Path, names: list[str] | None, everything: bool) -> None:
    totals: dict[str, int] = {}
    with out.open("w", encoding="utf-8") as sink:
        for name, (folder, files) in banks().items():
            if names and name not in names:
                continue
            bot = Bot.load(folder)
            counts: dict[str, int] = {}
            for path in files:
                cases, conversations = load_cases(path)
                asked = [[case] for case in cases] + conversations
                for turns in asked:
                    session = bot.session()
                    before: list[str] = []
                    for case in turns:
                        if case.tier is not None:
                            continue
                        reply = session.ask(case.question)
                        row = _row(bot, name, case, reply, list(before))
                        before.append(case.question)
                        counts[row["label"]] = counts.get(row["label"], 0) + 1
                        if everything or row["label"] in ("wrong", "offtopic", "falseE"):
                            sink.write(json.dumps(row) + "\n")
            for label, count in counts.items():
                totals[label] = totals.get(label, 0) + count
            print(name, counts, flush=True)
    print("all", totals)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--banks", nargs="*")
    parser.add_argument("--all", action="store_true")
    args = parser.parse_args(argv)
    record(args.out, args.banks, args.all)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
