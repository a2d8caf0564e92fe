"""Record, for every HO tuning question the bot leaves unanswered (a fallback or a choice, fresh session), the leader
of the message read whole and the evidence `dense_lead` weighs, gate by gate, so the right leaders under the bar can
be told from the wrong ones (docs/how-it-decides.md, round 25, horeading27).

    python tools/ho_leader_gate.py record rows.jsonl            # eval.yaml and the retired HO parts 1-19
    python tools/ho_leader_gate.py summary rows.jsonl           # per half: right / wrong / off-topic by failed gate

The halves are those of `tools/ho_miss_causes.py` (eval.yaml and the even parts to choose on, the odd parts to
check on). A row's label: `right` (the leader is an expected entry), `wrong` (another entry of an in-scope case),
`offtopic` (a case that expects no entry). Only sets we may tune on are read (`ho_wrong_answers.path_of`).
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import ho_miss_causes  # noqa: E402
import ho_wrong_answers  # noqa: E402

from chatbot.bot import Bot  # noqa: E402
from chatbot.conversation import last_resort, message_readings  # noqa: E402
from chatbot.quality.evaluation import load_cases  # noqa: E402
from chatbot.understanding import dense_lead, second_reading  # noqa: E402
from chatbot.understanding.health_evidence import names_health  # noqa: E402
from chatbot.understanding.late_lead import words_left_asked  # noqa: E402

SETS = ["eval", "ho-questions", *(f"ho-questions-part{i}" for i in range(2, 20))]
KINDS = ("fallback", "clarify", "smalltalk", "emergency", "urgent")


def features(bot, analysis, message) -> dict | None:
    """The whole message's leader and each piece of `dense_lead`'s evidence about it."""
    matcher, analyzer = bot.matcher, bot.analyzer
    ranking = matcher.rank(analysis.tokens, analysis.concepts)
    if not ranking:
        return None
    top = ranking[0]
    asked = [analyzer.analyze(part).tokens for part in message.questions] if message.story else None
    told = [analyzer.analyze(part).tokens for part in message.story] if message.story else None
    left = words_left_asked(matcher, analyzer, top.entry, analysis.tokens, asked, told)
    second = second_reading.describe(matcher, analyzer, analysis.tokens)
    alone = analyzer.analyze(message.questions[-1]) if message.questions else analysis

    def says(question_tokens) -> bool:
        return second_reading.says(matcher, analyzer, top.entry, question_tokens)

    alone_ranking = matcher.rank(alone.tokens, alone.concepts)
    alone_ids = [c.entry.id for c in alone_ranking[:5]]
    return {
        "leader": top.entry.id,
        "second_id": ranking[1].entry.id if len(ranking) > 1 else None,
        "score": round(top.score, 1),
        "coverage": round(top.coverage, 3),
        "margin": round(top.score - (ranking[1].score if len(ranking) > 1 else 0.0), 1),
        "asks_more": top.asks_more,
        "details_only": top.details_only,
        "about_health": message_readings.is_about_health(bot, analysis),
        "names_health": names_health(analyzer, analysis.words, analysis.tokens),
        "names_topic": not set(bot.default_subject).isdisjoint(analysis.tokens),
        "tokens": list(analysis.tokens),
        "story": bool(message.story),
        "questions": len(message.questions),
        "words": len(analysis.words),
        "left": left,
        "question_says": None if asked is None else any(says(q) for q in asked),
        "other_part": dense_lead._names_another_part(matcher, analyzer, top.entry, analysis.tokens, asked),
        "second": second,
        "alone_rank": alone_ids.index(top.entry.id) if top.entry.id in alone_ids else -1,
        "alone_score": round(alone_ranking[0].score, 1) if alone_ranking else 0.0,
        "alone_leader": alone_ids[0] if alone_ids else None,
    }


def record(out: Path) -> None:
    bot = Bot.load()
    seen: dict = {}
    original = last_resort.unanswered_reply

    def spy(session, analysis, message, decision, prefix, clean, reads_last_question):
        seen["call"] = (analysis, message)  # the outermost call comes last (a question read alone comes first)
        return original(session, analysis, message, decision, prefix, clean, reads_last_question)

    last_resort.unanswered_reply = spy
    with out.open("w", encoding="utf-8") as sink:
        for name in SETS:
            cases, _ = load_cases(ho_wrong_answers.path_of(name))
            for case in cases:
                seen.clear()
                reply = bot.session().ask(case.question)
                if reply.kind not in ("fallback", "clarify") or "call" not in seen:
                    continue
                found = features(bot, *seen["call"])
                if found is None:
                    continue
                in_scope = any(e not in KINDS for e in case.expect)
                label = ("right" if found["leader"] in case.expect else "wrong") if in_scope else "offtopic"
                sugg = [s.id for s in reply.suggestions]
                found.update(set=name, q=case.question, expect=list(case.expect), kind=reply.kind, sugg=sugg,
                             label=label)  # fmt: skip
                sink.write(json.dumps(found) + "\n")


def first_failed_gate(row: dict) -> str:
    """The first of `dense_lead`'s gates the row fails, in its order, or 'passes'."""
    left, second = row["left"], row["second"]
    checks = (
        ("not about health / names no health", not (row["about_health"] and row["names_health"])),
        ("asks more", row["asks_more"]),
        ("score < 40", row["score"] < dense_lead.DENSE_SCORE),
        ("coverage < 0.4", row["coverage"] < dense_lead.DENSE_COVERAGE),
        ("margin < 15", row["margin"] < dense_lead.DENSE_MARGIN),
        ("number / rare / health left", left["left_number"] or left["left_rare"] or left["left_health"] > 1),
        ("question does not say it", row["question_says"] is False),
        ("another joint", row["other_part"]),
        ("second reading differs", second["id"] != row["leader"]),
        ("second reading ratio", second["ratio"] < dense_lead.DENSE_RATIO),
        ("second reading shared/content", second["shared"] < 3 or second["content"] < 2),
    )
    return next((name for name, failed in checks if failed), "passes")


def summary(path: Path) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for half, in_half in (("even", True), ("odd", False)):
        part = [r for r in rows if (r["set"] in ho_miss_causes.EVEN) == in_half]
        counts = collections.Counter((first_failed_gate(r), r["story"], r["label"]) for r in part)
        print(f"{half}: {collections.Counter(r['label'] for r in part)}")
        for gate in dict.fromkeys(g for g, _, _ in sorted(counts)):
            for story in (False, True):
                cells = {label: counts[(gate, story, label)] for label in ("right", "wrong", "offtopic")}
                if any(cells.values()):
                    print(f"  {gate:36} {'story' if story else 'plain':5} {cells}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("record", "summary"))
    parser.add_argument("rows")
    args = parser.parse_args(argv)
    if args.command == "record":
        record(Path(args.rows))
    else:
        summary(Path(args.rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
