"""Keep what a patient typed out of core dumps: a crash or a SIGQUIT must not write the process's memory to disk.

A core dump holds every question still in memory (the chat's history, every session of `serve`). Where the system
allows one (`ulimit -c unlimited`, a core pattern of `core`), Ctrl-\\ in the chat or `kill -QUIT` on a server wrote
a file of some 50 MB in the working folder, the questions in it. So the process forbids its own dumps at start: a
core size limit of 0 (honoured by the kernel for a file, and by systemd-coredump and apport, which receive the limit),
and on Linux the process marked not dumpable (`PR_SET_DUMPABLE` 0: the kernel writes no dump at all, even to a
pipe, and other programs of the same user can no longer read its memory). Standard library only, and cheap: it runs
before the heavy imports.
"""

from __future__ import annotations

import sys

PR_SET_DUMPABLE = 4  # <linux/prctl.h>


def forbid_core_dumps() -> None:
    """No core dump of this process, as far as the system lets a process say so; never fails."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):  # not on this system, or not allowed: the next measure still holds
        pass
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
        except (OSError, AttributeError):
            pass
