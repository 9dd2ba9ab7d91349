"""An event's title: a short whole clause, never a sentence cut with an ellipsis.

The sentence stays the event's summary; the title is that sentence without its date
line, its date phrases ("in Sunday's general election" -> "in the general election"),
attributions ("..., he said"), parentheses, asides between commas and a fronted phrase
("Despite ..., "), cut at a phrase boundary to at most `TITLE_WORDS` words. A sentence
that dates two happenings gives each event the clause of its own date. Closed classes of
English only (conjunctions, prepositions, relative words); no topic words.
"""

from __future__ import annotations

import re

from .model import Entity, Mention, TimeExpression

STOP = frozenset(
    "the a an of to in on at by for and or but nor that this these those with from as is are was were be been "
    "being am has have had having do does did it its he she they them his her their our we you your i me my "
    "not no would will shall should can could may might must also than then there here which who whom whose "
    "what when where while after before since until about into over under up down out off so such very more "
    "most other some any all each both only just even still yet again per via one two three four five six "
    "seven eight nine ten hundred thousand million billion percent cent".split()
)
"""English function words, numbers and determiners: never content words."""
TITLE_WORDS = 12
"""The longest title, in words."""
_TRAILING = STOP - frozenset("one two three four five six seven eight nine ten hundred thousand million billion percent cent".split())
"""Words a title does not end on ("The first flight of the 777 was")."""


_CLAUSE = re.compile(r";\s|,\s(?:and|but|while|whereas|although|though)\s|\s(?:after|before|when|while|because)\s(?!\w+ing\b)")
"""Where one clause of a sentence ends and another starts."""


def title(text: str, s: int, e: int, dates: list[TimeExpression], names: list[Mention],
          anchor: TimeExpression | None = None) -> str:
    """A short whole clause for the event in text[s:e]: the dateline, date phrases,
    attributions, parentheses and side clauses removed, then cut at a phrase boundary
    so that it has at most `TITLE_WORDS` words. Never an ellipsis. When the sentence
    dates two happenings, the clause of `anchor` (the event's date) is the one told."""
    if anchor is not None and any(d.value != anchor.value for d in dates if s <= d.start < e):
        bounds = [s] + [m.end() for m in _CLAUSE.finditer(text, s, e)] + [e]
        for a, b in zip(bounds, bounds[1:], strict=False):
            if a <= anchor.start < b and len(text[a:b].split()) >= 5 and (a, b) != (s, e):
                clause = [d for d in dates if a <= d.start < b]
                return title(text, a, b, clause, names)
    cuts: list[tuple[int, int, str]] = []  # (start, end, replacement), relative to s
    for d in dates:
        if d.start == s and not text.startswith(",", d.end):
            continue  # the date is the subject: "7/8/07 was chosen as its date"
        if s <= d.start and d.end <= e:
            possessive = text[d.end : d.end + 2] in ("'s", "’s")
            lead = re.search(r"(?:\b(?:on|in|at|by|during|since|from|until|between|this|last|next|early|late)\s+(?:the\s+)?)?$",
                             text[max(s, d.start - 20) : d.start])
            start = d.start - (len(lead.group(0)) if lead and not possessive else 0)
            end = d.end + (2 if possessive else 0)
            # "in Sunday's general election" -> "in the general election"
            cuts.append((max(s, start) - s, min(e, end) - s, "the" if possessive else " "))
    pieces, at = [], 0
    for cut_start, cut_end, put in sorted(cuts):
        if cut_start >= at:
            pieces += [text[s + at : s + cut_start], put]
            at = cut_end
    chars = "".join(pieces) + text[s + at : e]
    chars = re.sub(r"\([^()]*\)", " ", chars)
    chars = re.sub(r"^[A-Z][A-Z .,'’-]+(?:\([^)]*\))?\s*(?:[,—–-]|--)\s*(?:[A-Z][\w ]*?\s*(?:—|–|--|-)\s*)?", "", chars)
    chars = re.sub(r"^[^,]{0,40}?(?:—|–|--)\s+", "", chars) if re.match(r"^[A-Z]{2,}", chars) else chars
    chars = re.sub(r",\s*(?:he|she|they|it|[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*)*)\s+(?:said|says|told|added|reported)\b.*$", "", chars)
    chars = re.sub(r",\s*(?:said|says|according to)\b.*$", "", chars)
    # Side clauses and appositions between commas ("Rivermark, which filed on June 1, will
    # close plants", "The index, a measure of ..., fell").
    chars = re.sub(r",\s*(?:which|who|whose|where|a|an|particularly|especially|including|notably|such as)\b[^,]*,", "", chars)
    # A fronted phrase before the subject ("Despite his party's showing, Rainsy ...").
    fronted = re.match(
        r"^\s*(?:(?:Even|Just|Only)\s[^,]{0,60},\s*|(?:Despite|After|Before|Following|Since|While|As|In|On|At|By|During|With|Amid|Under|"
        r"Within|Earlier|Later|Meanwhile|However|Also|[A-Z][a-z]+ing)\b[^,]{0,80},\s+)", chars)
    if fronted and len(chars[fronted.end() :].split()) >= 4:
        chars = chars[fronted.end() :]
    words = chars.split()
    words = [w for w in words if w not in ("—", "–", "--", "-")]
    text_title = " ".join(words).strip(" ,;:—–-")
    text_title = re.sub(r"\s+([,.;:!?])", r"\1", text_title).rstrip(".!?")
    # What a removed date leaves: "rescheduled for, occurring", "The take-off,, was".
    text_title = re.sub(r"\s\b(?:for|on|in|at|by|of|to|from|until|since|or|and|between)(?=[,;:]|$)", "", text_title)
    text_title = re.sub(r",(?:\s*,)+", ",", text_title).strip(" ,;:")
    text_title = re.sub(r"\b(\w+) \1\b", r"\1", text_title)  # "0.9% and and a further 0.1%"
    words = text_title.split()
    if len(words) > TITLE_WORDS:
        words = _cut(words)
    while len(words) > 3 and words[-1].lower().strip(",;:") in _TRAILING:
        words.pop()  # "The first flight of the 777 was [in 1994]"
    result = " ".join(words).strip(" ,;:—–-\"“”'‘’")
    return result[:1].upper() + result[1:] if result else " ".join(text[s:e].split()[:TITLE_WORDS])


_BOUNDARY = frozenset(
    "and but as after because while with amid following despite which who that where when although though "
    "since before until if unless over in on at for from by into during".split()
)
"""Words a phrase starts with: a title may end before one (never before `of` or `to`,
which bind what follows to what precedes)."""


def _cut(words: list[str]) -> list[str]:
    """The longest prefix of seven to `TITLE_WORDS` words that ends at a phrase boundary
    (before a conjunction or a preposition, or after a comma); else the first
    `TITLE_WORDS` words, without the function words they may end on."""
    best = 0
    for i in range(min(len(words), TITLE_WORDS + 1) - 1, 6, -1):
        prev, word = words[i - 1], words[i].lower().strip("\"“”")
        if prev.endswith((",", ";", ":")) or word in _BOUNDARY:
            best = i
            break
    if best < 7:
        best = TITLE_WORDS  # a phrase cut that short loses the verb: the first words, ending on a content word
    cut = words[:best]
    while cut and cut[-1].lower().strip(",;:") in _TRAILING:
        cut.pop()
    cut[-1] = cut[-1].rstrip(",;:")
    return cut


def subject_named(title: str, subject: list[Mention], entities: dict[str, Entity]) -> str:
    """The title with a leading "He"/"She" replaced by the person it stands for."""
    if subject and re.match(r"(?:He|She)\b", title):
        return entities[subject[0].entity].name + title[title.index(" ") :] if " " in title else title
    return title
