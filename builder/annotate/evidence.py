"""Evidence about entities in one source: attributed quotes (`quotes`), stated facts
(`facts`) and numeric claims (`claims`), one module each; this module gathers their
entry points for the annotation stage.
"""

from __future__ import annotations

from .claims import find_claims
from .facts import find_facts
from .quotes import find_quotes

__all__ = ["find_claims", "find_facts", "find_quotes"]
