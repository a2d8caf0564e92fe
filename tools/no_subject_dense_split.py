"""Rows for a lead of the packaged bank (many phrasings an entry) for a short question with no subject of its own:
every fresh question of the HO tuning sets (and CLINC150, asked only to count false answers) that fell back or got a
choice, with its readings, so bars can be chosen on one half and checked on the other (docs/how-it-decides.md,
round 22, horeading24).

    python tools/no_subject_dense_split.py rows.jsonl --sets even      # eval.yaml and HO parts 2, 4, ... 16
    python tools/no_subject_dense_split.py rows.jsonl --sets odd       # HO parts 1, 3, ... 15
    python tools/no_subject_dense_split.py rows.jsonl --sets clinc

A row: the set, the question, the expected ids, the label the leader would get (right, wrong, offtopic), the gate
(`message_readings.asks_with_no_subject`, a pronoun, about the topic) and `no_subject.readings` as the packaged bank
reads it (the bare and the topic readings' leaders, the words the topic leader leaves)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import ho_wrong_answers  # noqa: E402
import measure  # noqa: E402

from chatbot.bot import Bot  # noqa: E402
from chatbot.conversation import message_readings  # noqa: E402
from chatbot.quality.evaluation import load_cases  # noqa: E402
from chatbot.understanding.late_lead import words_left  # noqa: E402
from chatbot.understanding.message import split_message  # noqa: E402
from chatbot.understanding.no_subject import _top  # noqa: E402

HALVES = {
    "even": ["eval"] + [f"ho-questions-part{i}" for i in range(2, 17, 2)],
    "odd": ["ho-questions"] + [f"ho-questions-part{i}" for i in range(3, 17, 2)],
}


def readings(bot: Bot, question: str) -> dict | None:
    session = bot.session()
    analysis = bot.analyzer.analyze(question)
    message = split_message(question)
    if not message_readings.asks_with_no_subject(bot, analysis, message):
        return None
    pointed = message_readings.pointing_phrase_as_it(bot, analysis)
    subject = bot.default_subject
    tokens, concepts = pointed.tokens, pointed.concepts
    bare = bot.matcher.rank(tuple(tokens), tuple(concepts))
    with_topic = tuple(dict.fromkeys((*tokens, *subject)))
    topic = bot.matcher.rank(with_topic, (*concepts, *subject), lenient=False)
    if not topic:
        return None
    return {
        "pronoun": bool(message_readings.pronouns_in(bot, pointed)),
        "about": message_readings.is_about_health(bot, pointed)
        or message_readings.points_back_at_topic(session, pointed, fresh=True),
        "only_asks": message_readings.only_asks(bot, pointed),
        "bare": _top(bare),
        "topic": _top(topic),
        "left": words_left(bot.matcher, bot.analyzer, topic[0].entry, tuple(tokens)),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--sets", choices=("even", "odd", "clinc"), required=True)
    args = parser.parse_args(argv)
    bot = Bot.load()
    questions = []
    if args.sets == "clinc":
        questions = [("clinc", line, ["fallback"]) for line in measure.CLINC.read_text().splitlines() if line.strip()]
    else:
        for name in HALVES[args.sets]:
            cases, _ = load_cases(ho_wrong_answers.path_of(name))
            questions += [(name, case.question, list(case.expect)) for case in cases]
    with open(args.out, "w", encoding="utf-8") as out:
        for name, question, expect in questions:
            reply = bot.session().ask(question)
            if reply.kind not in ("fallback", "clarify"):
                continue
            row = readings(bot, question)
            if row is None:
                continue
            in_scope = any(e not in ho_wrong_answers.KINDS for e in expect)
            label = ("right" if row["topic"]["id"] in expect else "wrong") if in_scope else "offtopic"
            out.write(json.dumps({"set": name, "q": question, "expect": expect, "label": label, **row}) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
