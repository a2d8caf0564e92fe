"""A clinic's leader that several readings of a message agree on, answered when nothing else did.

Work in progress: `readings` describes a message's rankings for tools/leader_features.py.
"""

from __future__ import annotations


def _describe(ranking) -> dict | None:
    if not ranking:
        return None
    top = ranking[0]
    second = ranking[1] if len(ranking) > 1 else None
    return {
        "id": top.entry.id,
        "score": top.score,
        "coverage": round(top.coverage, 3),
        "fit": round(top.fit, 3),
        "margin": round(top.score - (second.score if second else 0.0), 1),
        "second": second.entry.id if second else None,
        "second_coverage": round(second.coverage, 3) if second else 0.0,
        "details_only": top.details_only,
        "sparse_lead": top.sparse_lead,
        "asks_more": top.asks_more,
        "phrasings": top.phrasings,
    }


def readings(session, analysis, message) -> dict:
    """The message's readings and its leader's features (see tools/leader_features.py)."""
    bot = session.bot
    matcher, analyzer = bot.matcher, bot.analyzer
    subject = tuple(bot.default_subject)
    found = {"whole": _describe(matcher.rank(analysis.tokens, analysis.concepts))}
    if subject:
        tokens = tuple(dict.fromkeys((*analysis.tokens, *subject)))
        found["whole_topic"] = _describe(matcher.rank(tokens, (*analysis.concepts, *subject), lenient=False))
    if message.questions and (message.story or len(message.questions) > 1):
        alone = analyzer.analyze(message.questions[-1])
        found["alone"] = _describe(matcher.rank(alone.tokens, alone.concepts))
        if subject:
            tokens = tuple(dict.fromkeys((*alone.tokens, *subject)))
            found["alone_topic"] = _describe(matcher.rank(tokens, (*alone.concepts, *subject), lenient=False))
    found = {name: reading for name, reading in found.items() if reading is not None}
    whole = found.get("whole")
    leader = whole["id"] if whole else None
    return {
        "leader": leader,
        "readings": found,
        "agree": sum(1 for reading in found.values() if reading["id"] == leader),
        "n_readings": len(found),
        "about_health": session._is_about_health(analysis),
        "story": bool(message.story),
        "questions": len(message.questions),
        "words": len(analysis.words),
        "names_topic": bool(subject) and set(subject) <= set(analysis.tokens),
    }


def rule_holds(row: dict, score: float, coverage: float, margin: float, agree: int, **extra) -> bool:
    """Whether a rule answers a row's leader (the thresholds a search tries)."""
    whole = row["readings"].get("whole")
    if whole is None or not row["about_health"]:
        return False
    if whole["asks_more"]:
        return False
    if extra.get("no_story") and row["story"]:
        return False
    return (
        whole["score"] >= score and whole["coverage"] >= coverage and whole["margin"] >= margin and row["agree"] >= agree
    )
