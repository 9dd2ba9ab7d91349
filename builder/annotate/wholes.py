"""A figure told with no noun of its own as a reading of the count named before it in
the paragraph: its earlier value ("Our earlier figure of 410,000"), or a part of it ("…,
of whom 461,000 were disconnected"). Used by `claims`, which gives such a figure the
paragraph's counted noun.
"""

from __future__ import annotations

import re

from .counted import APPROX

EARLIER_OF = re.compile(r"\b(?:the|its|their|our|his|her)\s+(?:earlier|previous|original|initial|first)\s+"
                        r"(?:figure|estimate|count|total|number)\s+of\s+" + APPROX + r"$", re.I)
"""Before a figure named as the earlier value of the count a paragraph revises ("Our
earlier figure of 410,000 was based on …" after "the approximately 640,000 customers who
lost supply"): the count named before, its old reading (a definite description refers
back, Halliday & Hasan 1976, ch. 2)."""
_OF_WHOLE = re.compile(r",?\s+of\s+(?:whom|which)\s+" + APPROX + r"$", re.I)


def of_whole(text: str, s: int, fs: int) -> bool:
    """Whether the figure at `fs` counts a part of the group the figure before it counted,
    by a partitive relative ("1,184,000 customers lost supply, of whom 461,000 were
    disconnected deliberately"): it counts that noun (a part, told apart by its own act,
    never a correction of the whole: Quirk et al. 1985, §17.13 on "of whom")."""
    return bool(_OF_WHOLE.search(text, max(s, fs - 30), fs))
