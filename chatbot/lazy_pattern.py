"""A regular expression compiled the first time it is used, not when its module is imported (speed24).

`chatbot ask` imports every module that any question may need, but one question uses few of their patterns:
"what is HO" used 28 of the 88 compiled at start-up, and compiling the other 60 (a parse and a code generation
each, in Python) was about a tenth of the process's CPU above the bare imports. A `LazyPattern` holds the text
and flags, and compiles on its first search, match or substitution; from then on each method is the compiled
pattern's own (kept on the instance, where Python looks first), so a pattern in use costs what it cost before.

Use it for a module's constant patterns only: an instance keeps bound methods, so it is not for pickling."""

from __future__ import annotations

import re

# The methods of `re.Pattern` that a module calls; any other attribute (`groups`, `groupindex`) is read through
# `__getattr__` from the compiled pattern.
_METHODS = ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer", "scanner")


class LazyPattern:
    """`re.compile(pattern, flags)`, done on first use (see the module's note)."""

    def __init__(self, pattern: str, flags: int | re.RegexFlag = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def compiled(self) -> re.Pattern:
        """The compiled pattern; its methods replace this class's on the instance once it is made. Two threads
        that both compile it make equal patterns, so either may win."""
        found = self.__dict__.get("_compiled")
        if found is None:
            found = re.compile(self.pattern, self._flags)
            for name in _METHODS:
                setattr(self, name, getattr(found, name))
            self._compiled = found
        return found

    def __getattr__(self, name: str):
        # Only for attributes the instance lacks: `flags`, `groups`, `groupindex` of the compiled pattern.
        if name.startswith("__") or name in ("_compiled", "_flags", "pattern"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self._flags!r})"

    # Each method compiles the pattern, then is shadowed by the compiled pattern's own (see `compiled`).
    def search(self, *args, **kwargs):
        return self.compiled().search(*args, **kwargs)

    def match(self, *args, **kwargs):
        return self.compiled().match(*args, **kwargs)

    def fullmatch(self, *args, **kwargs):
        return self.compiled().fullmatch(*args, **kwargs)

    def sub(self, *args, **kwargs):
        return self.compiled().sub(*args, **kwargs)

    def subn(self, *args, **kwargs):
        return self.compiled().subn(*args, **kwargs)

    def split(self, *args, **kwargs):
        return self.compiled().split(*args, **kwargs)

    def findall(self, *args, **kwargs):
        return self.compiled().findall(*args, **kwargs)

    def finditer(self, *args, **kwargs):
        return self.compiled().finditer(*args, **kwargs)

    def scanner(self, *args, **kwargs):
        return self.compiled().scanner(*args, **kwargs)


def lazy_compile(pattern: str, flags: int | re.RegexFlag = 0) -> LazyPattern:
    """A pattern compiled on first use: `re.compile`'s arguments, `re.compile`'s behaviour."""
    return LazyPattern(pattern, flags)
