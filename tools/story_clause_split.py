"""Record, for every HO tuning question told with a story that the bot leaves unanswered in a fresh session, the
leader of the message read whole and the reading of each asking clause alone, the story only lending its subject
(docs/how-it-decides.md, round 26, horeading28): does the asking clause's own score tell the right leaders under the
bar from the wrong ones, where the whole message's does not?

    python tools/story_clause_split.py record rows.jsonl     # eval.yaml, tuning2.yaml and the retired HO parts 1-20
    python tools/story_clause_split.py summary rows.jsonl    # per half of the split: right / wrong / off-topic
    python tools/ho_wrong_answers.py all.jsonl eval tuning2 ho-questions ho-questions-part2 ... ho-questions-part20
    python tools/story_clause_split.py figures all.jsonl     # right / wrong / off-topic / misses per half

The split is by a hash of the question's text (`half`): half "a" to choose on, half "b" to check on. A row's label:
`right` (the whole message's leader is an expected entry), `wrong` (another entry of an in-scope case), `offtopic`
(a case that expects no entry). Only sets we may tune on are read (`ho_wrong_answers.path_of`).
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import ho_wrong_answers  # noqa: E402

from chatbot.bot import Bot  # noqa: E402
from chatbot.conversation import last_resort, message_readings  # noqa: E402
from chatbot.quality.evaluation import load_cases  # noqa: E402
from chatbot.understanding import dense_lead  # noqa: E402
from chatbot.understanding.health_evidence import names_health  # noqa: E402
from chatbot.understanding.message import without_denied  # noqa: E402

SETS = ["eval", "tuning2", "ho-questions", *(f"ho-questions-part{i}" for i in range(2, 21))]
KINDS = ("fallback", "clarify", "smalltalk", "emergency", "urgent")
# The story's most specific subjects tried as a clause's subject, as `story_questions.question_answers` tries them.
STORY_SUBJECTS_TRIED = 2


def half(question: str) -> str:
    """The half of the split a question falls in, by its text alone (stable across runs and machines)."""
    return "a" if hashlib.md5(question.encode("utf-8")).digest()[0] % 2 == 0 else "b"  # noqa: S324 (no secret)


def story_subjects(bot, message) -> tuple[str, ...]:
    """The bank's subjects the story names, what it denies left out (as `stories.story_reading` reads them)."""
    analyzer = bot.analyzer
    return tuple(
        dict.fromkeys(
            t
            for part in message.story
            for t in analyzer.analyze(without_denied(part, bot.denials)).tokens
            if t in analyzer.subjects and not t.isdigit()
        )
    )


def clause_readings(bot, message, subjects, leader: str) -> list[dict]:
    """Each asking clause read alone: bare, with each of the story's most specific subjects, and with the main
    topic; for each reading its own leader and the whole message's leader's place and score in it."""
    matcher, analyzer = bot.matcher, bot.analyzer
    specific = sorted(subjects, key=lambda s: -matcher.weight(s))[:STORY_SUBJECTS_TRIED]
    found = []
    for index, question in enumerate(message.questions):
        analysis = analyzer.analyze(question)
        own = bool(message_readings.own_subjects(bot, analysis))
        pronoun = bool(message_readings.pronouns_in(bot, analysis))
        for name, extra in (
            ("bare", ()),
            *((f"story:{s}", (s,)) for s in specific),
            ("topic", tuple(bot.default_subject)),
        ):
            tokens = tuple(dict.fromkeys((*analysis.tokens, *extra)))
            if not tokens:
                continue
            ranking = matcher.rank(tokens, (*analysis.concepts, *extra), limit=5)
            if not ranking:
                continue
            ids = [c.entry.id for c in ranking]
            at = ids.index(leader) if leader in ids else -1
            found.append({
                "clause": index, "reading": name, "top": ids[0], "score": round(ranking[0].score, 1),
                "coverage": round(ranking[0].coverage, 3),
                "margin": round(ranking[0].score - (ranking[1].score if len(ranking) > 1 else 0.0), 1),
                "leader_at": at, "leader_score": round(ranking[at].score, 1) if at >= 0 else 0.0,
                "words": len(analysis.words), "own": own, "pronoun": pronoun,
            })  # fmt: skip
    return found


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
                analysis, message = seen["call"]
                if not message.story:
                    continue
                ranking = bot.matcher.rank(analysis.tokens, analysis.concepts, limit=5)
                if not ranking:
                    continue
                leader = ranking[0].entry.id
                in_scope = any(e not in KINDS for e in case.expect)
                label = ("right" if leader in case.expect else "wrong") if in_scope else "offtopic"
                subjects = story_subjects(bot, message)
                asked = [bot.analyzer.analyze(q).tokens for q in message.questions]
                sink.write(json.dumps({
                    "set": name, "q": case.question, "expect": list(case.expect), "half": half(case.question),
                    "kind": reply.kind, "label": label, "leader": leader, "score": round(ranking[0].score, 1),
                    "coverage": round(ranking[0].coverage, 3),
                    "margin": round(ranking[0].score - (ranking[1].score if len(ranking) > 1 else 0.0), 1),
                    "subjects": list(subjects), "questions": len(message.questions),
                    "names_topic": not set(bot.default_subject).isdisjoint(analysis.tokens),
                    "about_health": message_readings.is_about_health(bot, analysis),
                    "names_health": names_health(bot.analyzer, analysis.words, analysis.tokens),
                    "other_part": dense_lead._names_another_part(
                        bot.matcher, bot.analyzer, ranking[0].entry, analysis.tokens, asked
                    ),
                    "clauses": clause_readings(bot, message, subjects, leader),
                }) + "\n")  # fmt: skip


def clause_agrees(row: dict, score: float, margin: float) -> bool:
    """True if some reading of an asking clause leads with the whole message's leader, at this score and margin."""
    return any(
        c["top"] == row["leader"] and c["score"] >= score and c["margin"] >= margin for c in row["clauses"]
    )


def summary(path: Path) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for name in ("a", "b"):
        part = [r for r in rows if r["half"] == name]
        print(f"half {name}: {dict(collections.Counter(r['label'] for r in part))}")
        for score in (40, 50, 60, 70):
            for margin in (0, 7, 15):
                cells = collections.Counter(r["label"] for r in part if clause_agrees(r, score, margin))
                print(f"  clause leads with the leader, score >= {score}, margin >= {margin:2}: {dict(cells)}")


def figures(path: Path) -> None:
    """Right / wrong / off-topic answered / misses per half, from rows of `tools/ho_wrong_answers.py` (fresh questions
    and conversation turns), and the fresh in-scope share right among the cases tagged story and no-subject."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    tags = {}
    for name in sorted({r["set"] for r in rows}):
        cases, _ = load_cases(ho_wrong_answers.path_of(name))
        tags.update({(name, c.question): c.tags for c in cases})
    for name in ("a", "b"):
        part = [r for r in rows if half(r["q"]) == name]
        counts = collections.Counter(r["label"] for r in part)
        fresh = [r for r in part if not r["before"] and r["label"] in ("right", "wrong", "miss")]
        rates = {}
        for tag in ("story", "no-subject"):
            tagged = [r for r in fresh if tag in tags.get((r["set"], r["q"]), ())]
            rates[tag] = f"{sum(r['label'] == 'right' for r in tagged)}/{len(tagged)}"
        print(f"half {name}: right {counts['right']}  wrong {counts['wrong']}  off-topic answered {counts['offtopic']}"
              f"  misses {counts['miss']}  false E {counts['falseE']}  stories {rates['story']}"
              f"  no subject {rates['no-subject']}")  # fmt: skip


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("record", "summary", "figures"))
    parser.add_argument("rows")
    args = parser.parse_args(argv)
    if args.command == "record":
        record(Path(args.rows))
    elif args.command == "figures":
        figures(Path(args.rows))
    else:
        summary(Path(args.rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
