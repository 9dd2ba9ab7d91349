"""The closed-class words more than one kind of title clause reads: a pronoun subject, the
auxiliaries and adverbs that end a verb group, the prepositions after a noun's head and
those of place. English only; no topic words.
"""

from __future__ import annotations

import re

PRONOUN_SUBJECT = re.compile(r"(?:it|they)\s", re.IGNORECASE)
"""A clause opening with "it" or "they", which stands for a noun phrase before it."""
HEAD_ENDS = frozenset("of in on at for from with between among by to over under".split())
"""Prepositions after a noun phrase's head."""
AUXILIARY_END = re.compile(r"(?:\s(?:has|have|had|will|would|also|then|again|formally|repeatedly|later|earlier))+$")
"""A verb's own auxiliaries and adverbs at the end of the words before it: no part of its subject."""
PLACE_WORDS = frozenset("outside inside near against between among across through without within along around behind "
                        "beyond upon over under".split())
"""Prepositions of place: a noun phrase ends before one ("the plant outside the town")."""
SECTION_LABEL = re.compile(r"\s*(?:[A-Z][a-z’'-]*)(?:\s[a-z’'-]+){0,3}:\s+(?=[A-Z0-9\"“‘'])")
"""A section label opening a paragraph's first sentence ("Notes to editors: The bridge
opened in 1964", "Background: ..."): a heading run into its text, no word of the sentence
(a press release's "notes to editors" section, AP Stylebook, "news release")."""
