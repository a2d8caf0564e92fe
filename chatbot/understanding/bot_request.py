"""A request to the bot about the talk itself is no follow-up of the conversation (issue 9, part 4).

After "How fast does the extra bone grow?", "please talk faster" shares "fast" with that entry and "stop it"
shares "stop" with the prevention entry; read as elliptical follow-ups they got those answers, where a fresh
session falls back. A message that asks nothing (no question mark, no question word or auxiliary first), names
no health word, and is said as a command is a request to the bot, not a question leaning on the last answer.

A command shows in its shape, not in a list of requests: a word of asking kindly ("please"), or a first word
followed by an object pronoun ("stop it", "repeat that"), a particle ("slow down", "cut it out") or a verb's
-ing form ("stop talking"). Bare aspects ("symptoms", "causes", "risk factors") and openers ("and in
children?") stay follow-ups.
"""

from __future__ import annotations

from chatbot.understanding import english

# "Faster" is "fast" said more: a comparative's base is a word at least this common in English ("later" is "late"
# more; "corner" is no "corn" more only by luck, and a request of two words naming a corner asks nothing of health).
COMPARATIVE_BASE_ZIPF = 4.0


def is_request_to_bot(
    words: tuple[str, ...],
    asked: bool,
    about_health: bool,
    request_markers: frozenset[str],
    pointers: frozenset[str],
    particles: frozenset[str],
    openers: frozenset[str] = frozenset(),
    objects: frozenset[str] = frozenset(),
) -> bool:
    """True for "please talk faster", "stop it", "slow down", "be serious", "show me", "go quicker": said as a
    command, asking nothing of health.

    `asked`: the message is asked as a question; `about_health`: it has a health or topic word; `pointers`:
    the words that point back ("it", "that"); `particles`: the small words of phrasal verbs ("down", "out");
    `openers`: first words only a command has ("be"); `objects`: people a command is done to ("me")."""
    if asked or about_health or not words:
        return False
    if len(words) == 1:
        return is_comparative(words[0])  # "quicker", "louder": how to talk, not what is asked
    if any(word in request_markers for word in words) or words[0] in openers:
        return True
    follower = words[1]
    return (
        follower in pointers
        or follower in particles
        or follower in objects
        or (follower.endswith("ing") and len(follower) > 5)
        or is_comparative(follower)
    )


def is_comparative(word: str) -> bool:
    """ "Faster", "slower", "bigger", "easier", "later": a common English word with "-er" added."""
    if len(word) < 5 or not word.endswith("er"):
        return False
    base = word[:-2]
    bases = [base, word[:-1]]  # "fast" + "er"; "late" + "r"
    if len(base) > 2 and base[-1] == base[-2]:
        bases.append(base[:-1])  # "bigg" -> "big"
    if base.endswith("i"):
        bases.append(base[:-1] + "y")  # "easi" -> "easy"
    return any(english.zipf(candidate) >= COMPARATIVE_BASE_ZIPF for candidate in bases)
