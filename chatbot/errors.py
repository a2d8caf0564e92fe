"""The errors the chatbot raises: one base class, and a bank error that lists every problem."""


from typing import NamedTuple


class ChatbotError(Exception):
    """Base class for every error this package raises on purpose."""


class BankProblem(NamedTuple):
    """One problem found in a bank: where it is and what is wrong."""

    file: str
    line: int | None
    entry_id: str | None
    message: str
    # The entry's field the problem is in ("answer", "related"), when one is: a sheet's import names its column.
    field: str | None = None

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        entry = f" [{self.entry_id}]" if self.entry_id else ""
        return f"{where}{entry}: {self.message}"


class BankError(ChatbotError):
    """The bank could not be loaded; `problems` holds every problem found, not only the first."""

    def __init__(self, problems: list[BankProblem]):
        self.problems = list(dict.fromkeys(problems))  # the same problem at the same place is said once
        count = len(self.problems)
        header = f"the FAQ bank has {count} problem{'s' if count != 1 else ''}:"
        super().__init__("\n".join([header, *(f"  {p}" for p in self.problems)]))


class Terminated(KeyboardInterrupt):
    """SIGTERM: a request to stop cleanly (exit 0).

    A KeyboardInterrupt, so an event loop lets it through instead of logging it
    as an error, and no `except Exception` swallows it; front ends that treat
    Ctrl-C as "clear the line" must let this one pass.
    """
