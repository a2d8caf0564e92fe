"""Split a clinic's unanswered in-scope questions by why they were missed, with counts, per half of the banks
(docs/how-it-decides.md, round 19, clinicrecall21).

    python tools/miss_classes.py out.jsonl                  # every clinic tuning bank
    python tools/miss_classes.py out.jsonl --banks gout uti
    python tools/miss_classes.py --summary out.jsonl        # the counts again, from recorded rows

Each in-scope question is asked alone, in a fresh session. A miss (a fallback, a choice or a triage reply) is
classed by where its right entry stands in the matcher's ranking of the message read whole: `first` (leads, but
under every bar), `top3` (second or third), `answer words` (lower, but first in the second reading, which reads each
entry's answer and title too: the patient used the answer's words), `elsewhere` (lower in both). Beside the class,
tags: `story` (the message tells something before or after its question) and `short question` (its question part
has four words or fewer), `no subject` (it asks with "it" or nothing for the topic), `other condition` (a health
word the right entry never says is left over: another condition, a medicine, a body part), `names health`
(`health_evidence.names_health`), `about health` (the general test).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import leader_features  # noqa: E402

from chatbot.bot import Bot  # noqa: E402
from chatbot.conversation import matching, message_readings, whole_message  # noqa: E402
from chatbot.quality.evaluation import load_cases  # noqa: E402
from chatbot.session import Session  # noqa: E402
from chatbot.understanding import second_reading  # noqa: E402
from chatbot.understanding.health_evidence import names_health  # noqa: E402
from chatbot.understanding.late_lead import words_left  # noqa: E402

ENTRY_KINDS = ("fallback", "clarify", "smalltalk", "emergency", "urgent")
SHORT_QUESTION = 4


def _features(session: Session, analysis, clean: str, expect) -> dict:
    bot = session.bot
    matcher, analyzer = bot.matcher, bot.analyzer
    ranking = matcher.rank(analysis.tokens, analysis.concepts, limit=len(matcher.entries))
    ids = [c.entry.id for c in ranking]
    rank = min((ids.index(e) + 1 for e in expect if e in ids), default=0)
    second = [entry_id for entry_id, _ in second_reading.rank(matcher, analyzer, analysis.tokens)]
    second_rank = min((second.index(e) + 1 for e in expect if e in second), default=0)
    message = whole_message.split(session, clean)
    right = next((c for c in ranking if c.entry.id in expect), None)
    left = words_left(matcher, analyzer, right.entry, analysis.tokens) if right else {}
    question_words = len(message.questions[-1].split()) if message.questions else 0
    if rank == 1:
        kind = "first"
    elif rank in (2, 3):
        kind = "top3"
    elif second_rank == 1:
        kind = "answer words"
    else:
        kind = "elsewhere"
    return {
        "class": kind,
        "rank": rank,
        "second_rank": second_rank,
        "score": round(right.score, 1) if right else 0.0,
        "coverage": round(right.coverage, 2) if right else 0.0,
        "margin": round(right.score - ranking[1].score, 1) if right and rank == 1 and len(ranking) > 1 else None,
        "story": bool(message.story),
        "short_question": bool(message.story) and 0 < question_words <= SHORT_QUESTION,
        "no_subject": message_readings.asks_with_no_subject(session.bot, analysis, message),
        "other_condition": bool(left.get("left_health")),
        "left": {k: v for k, v in left.items() if k.startswith("left_")},
        "left_health_words": [
            t
            for t in analysis.tokens
            if t in analyzer.health and right and not matcher.says(right.entry, frozenset((t,)))
        ],  # fmt: skip
        "names_health": names_health(analyzer, analysis.words, analysis.tokens),
        "about_health": message_readings.is_about_health(session.bot, analysis),
    }


def record(out: Path, names: list[str] | None) -> None:
    seen: dict = {}
    original = matching.match

    def spy(self, analysis, prefix, clean):
        seen.setdefault("args", (self, analysis, clean))
        return original(self, analysis, prefix, clean)

    matching.match = spy
    with out.open("w", encoding="utf-8") as sink:
        for name, (folder, files) in sorted(leader_features.banks().items()):
            if names and name not in names:
                continue
            bot = Bot.load(folder)
            for path in files:
                cases, _ = load_cases(path)
                for case in cases:
                    if case.tier is not None or not any(e not in ENTRY_KINDS for e in case.expect):
                        continue
                    seen.clear()
                    reply = bot.session().ask(case.question)
                    if reply.kind == "answer":
                        continue
                    row = {"bank": name, "question": case.question, "expect": list(case.expect), "kind": reply.kind}
                    if "args" in seen:
                        session, analysis, clean = seen["args"]
                        row |= _features(session, analysis, clean, case.expect)
                    else:
                        row["class"] = "never matched"
                    sink.write(json.dumps(row) + "\n")
            print(name, flush=True)
    matching.match = original
    summary(out)


def summary(path: Path) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    halves = {"A-M": [r for r in rows if r["bank"][0] <= "m"], "N-Z": [r for r in rows if r["bank"][0] > "m"]}
    tags = ("story", "short_question", "no_subject", "other_condition", "names_health", "about_health")
    for half, found in (*halves.items(), ("all", rows)):
        print(f"{half}: {len(found)} misses")
        for kind, count in Counter(r["class"] for r in found).most_common():
            those = [r for r in found if r["class"] == kind]
            tagged = ", ".join(f"{tag} {sum(1 for r in those if r.get(tag))}" for tag in tags)
            print(f"  {kind:14} {count:4}  ({tagged})")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--banks", nargs="*")
    parser.add_argument("--summary", action="store_true", help="only count recorded rows")
    args = parser.parse_args(argv)
    if args.summary:
        summary(args.out)
    else:
        record(args.out, args.banks)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
