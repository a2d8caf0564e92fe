"""Why an entry's own question does not reach it, in words a bank's editor can act on.

`chatbot check` asks every entry its own question; for each one that gets
something else, this says what got in the way (the rival entry, the rule or
the missing topic word), which words are involved, and what to change.
"""

from __future__ import annotations

from chatbot.bank.model import FaqEntry
from chatbot.bot import Bot
from chatbot.reply import Reply


def _quoted(items) -> str:
    return ", ".join(repr(item) for item in items) or "none"


def _shared_words(bot: Bot, entry: FaqEntry, rival_id: str) -> list[str]:
    """The words this entry's question has in common with a rival entry's wording, as the editor wrote them.

    Where the two share only a concept ("advil" here, "ibuprofen" there), the concept word is named instead.
    """
    analyzer = bot.analyzer
    rival = bot.bank.by_id[rival_id]
    mine = analyzer.analyze(entry.question, fix_typos=False)
    theirs = [analyzer.analyze(text, fix_typos=False) for text in (rival.question, *rival.alternates)]

    def content(words) -> set[str]:
        return {w for w in words if w not in analyzer.stopwords and not analyzer.is_everyday(w)}

    typed = content(mine.words) & set().union(*(content(t.words) for t in theirs))
    if typed:
        return sorted(typed)
    return sorted(content(mine.tokens) & set().union(*(content(t.tokens) for t in theirs)))


def _rival(bot: Bot, entry: FaqEntry, rival_id: str) -> str:
    rival = bot.bank.by_id[rival_id]
    shared = _quoted(_shared_words(bot, entry, rival_id))
    return f"{rival_id!r} ({rival.question!r}, {rival.file}:{rival.line}), sharing the words {shared}"


def why_unreached(bot: Bot, entry: FaqEntry, reply: Reply) -> str:
    """What `entry.question` gets instead of the entry, why, and the fix; `reply` is what it got."""
    question = entry.question
    if reply.kind == "answer" and reply.id in bot.bank.by_id:
        return (
            f"its own question gets entry {_rival(bot, entry, reply.id)}; "
            f"add an alternate or a word that sets {entry.id!r} apart, or merge the two entries"
        )
    if reply.kind == "clarify":
        rivals = [s.id for s in reply.suggestions if s.id != entry.id and s.id in bot.bank.by_id]
        described = "; ".join(_rival(bot, entry, rival_id) for rival_id in rivals)
        return (
            f'its own question gets a choice ("Did you mean") with {described}; '
            "reword one of the questions so they differ in more than these words, or merge the entries"
        )
    if reply.kind in ("emergency", "urgent"):
        rule = bot.triage.assess(question).rule or "?"
        return (
            f"its own question reads as {'an emergency' if reply.kind == 'emergency' else 'urgent'} "
            f"(triage rule {rule!r}); "
            "reword the question so it asks for general facts, not about someone in danger now"
        )
    if reply.kind == "smalltalk":
        small = bot.smalltalk.match(question)
        name = small.id if small else "?"
        return f"its own question reads as small talk ({name!r}); reword the question"
    rule = bot.advice.rule_for(question)
    if rule is not None:
        return (
            f"its own question reads as a request for personal advice ({rule}); reword it as a general question "
            '("Can ... help with ...?" rather than "Should I ...?"), or, if that rule is wrong for this bank, '
            "take it out with a `remove:` section"
        )
    analysis = bot.analyzer.analyze(question)
    if not any(bot.analyzer.is_topic_word(token) for token in (*analysis.words, *analysis.tokens)):
        words = [w for w in analysis.words if w not in bot.analyzer.stopwords and not bot.analyzer.is_everyday(w)]
        # Where the list goes, too: a clinic's IT person has never seen a bank section named.
        example = f" (a line `topic_words: [{words[0]}]` in one of the bank's .yaml files)" if words else ""
        return (
            f"its own question gets a fallback: none of its words ({_quoted(words)}) is a topic word; "
            f"add one of them to topic_words{example}"
        )
    return (
        "its own question gets a fallback: no entry fits it closely enough; "
        "add alternates that use the words of the question"
    )
