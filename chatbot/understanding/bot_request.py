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


def is_request_to_bot(
    words: tuple[str, ...],
    asked: bool,
    about_health: bool,
    request_markers: frozenset[str],
    pointers: frozenset[str],
    particles: frozenset[str],
) -> bool:
    """True for "please talk faster", "stop it", "slow down": said as a command, asking nothing of health.

    `asked`: the message is asked as a question; `about_health`: it has a health or topic word; `pointers`:
    the words that point back ("it", "that"); `particles`: the small words of phrasal verbs ("down", "out")."""
    if asked or about_health or len(words) < 2:
        return False
    if any(word in request_markers for word in words):
        return True
    follower = words[1]
    return follower in pointers or follower in particles or (follower.endswith("ing") and len(follower) > 5)
