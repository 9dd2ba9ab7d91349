"""Forms of a name written in brackets right after it: a short name a document defines
in quotes ('Ashcombe Industries plc ("Ashcombe")') and the name in a script without
capitals ("Hoshino Foods (星野食品)"), with the test of such a script (`caseless`: Han,
Kana, Hangul, Arabic…, which mark no name by its first letter). `namesplit` joins them to
the name as an acronym in brackets is; `names` finds one after a registered mention.
"""

from __future__ import annotations

import re

DEFINED = re.compile(r"[ \u00a0]?\((?:the[ \u00a0])?[\"“‘']([^\W\d_][^\"”’'()]{0,60}?)[\"”’']\)")
"""A defined short name in brackets and quotes after a name: ("Ashcombe"), (the "Bank")."""

NATIVE = re.compile(r"[ \u00a0]?[(（]([^\W\d_]{2,}(?:[ \u00a0][^\W\d_]+){0,3})[)）]")
"""A name in brackets right after a name ("Hoshino Foods (星野食品)", "Avel Bank (أفيل)")."""


def caseless(form: str) -> bool:
    """Whether a form is written wholly in scripts without capitals (Han, Kana, Hangul,
    Arabic, Hebrew, Thai, Devanagari…): letters whose lower and upper case are one."""
    return all(c.isspace() or (c.isalpha() and c.lower() == c.upper()) for c in form)
