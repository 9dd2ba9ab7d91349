"""The builder's exceptions; `__main__` turns them into a message and an exit status."""

from __future__ import annotations


class BuilderError(Exception):
    """Anything the builder reports to the user instead of a traceback."""

    status = 1


class InputError(BuilderError):
    """The dossier's inputs are invalid: every problem, one line each (exit 2)."""

    status = 2

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


class BuildError(BuilderError):
    """The build could not complete, for example it would overwrite a hand-written page."""

    status = 1
