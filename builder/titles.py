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


_LEAD = re.compile(
    r"(?:\b(?:as\s(?:early|late|soon)\sas|(?:(?:originally|initially)\s)?due(?:\s(?:in|on|by))?|(?:starting|beginning)(?:\s(?:in|on|from))?|"
    r"(?:dating\s)?back\sto|dating\sfrom|around|on|in|at|by|during|since|from|until|between|this|last|next|early|late)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
"""The words that lead a date into its sentence and go with it ("as early as March",
"originally due later this year", "starting in April", "around 2020")."""
_SUBORDINATE = re.compile(r"(?:When|Once|After|Before|As soon as|Shortly after|Soon after|Just after)\s")
"""A time clause opening a sentence: it tells its own happening ("When the Air Force
selected X on February 29, Boeing challenged the award")."""
_PARENTHESES = re.compile(r"\([^()]*\)")
_DATELINE = re.compile(r"^[A-Z][A-Z .,'’-]+(?:\([^)]*\))?\s*(?:[,—–-]|--)\s*(?:[A-Z][\w ]*?\s*(?:—|–|--|-)\s*)?")
_CAPITALS = re.compile(r"^[A-Z]{2,}")
_DATELINE_DASH = re.compile(r"^[^,]{0,40}?(?:—|–|--)\s+")
_ATTRIBUTION = re.compile(
    r",\s*(?:he|she|they|it|[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*)*)\s+(?:said|says|told|added|reported)\b[^\s\w]*(?:\s+\S+){0,6}\s*$"
)
"""An attribution that ends the sentence (", he said", ", Holt told reporters on Monday"); a
speaker followed by what was said ("..., Aer Lingus said it will receive ...") stays."""
_ATTRIBUTION_ASIDE = re.compile(r",\s*(?:he|she|they|it|[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*)*)\s+(?:said|says|added)\s*,")
"""An attribution between commas ("This switch, he said, would happen")."""
_ATTRIBUTION_VERB = re.compile(r",\s*(?:said|says|according to)\b.*$")
_ASIDE = re.compile(r",\s*(?:which|who|whose|where|a|an|particularly|especially|including|notably|such as)\b[^,]*,(?:\s*,)?")
"""An aside between commas; its closing comma may be doubled where a date was cut from it."""
_FRONTED = re.compile(
    r"^\s*(?:(?:Even|Just|Only)\s[^,]{0,60},\s*|(?:Despite|After|Before|Following|Since|While|As|In|On|At|By|During|With|Amid|Under|"
    r"Within|Earlier|Later|Meanwhile|However|Also|[A-Z][a-z]+ing)\b[^,]{0,80},\s+)")
_SPACE_PUNCTUATION = re.compile(r"\s+([,.;:!?])")
_DANGLING = re.compile(r"\s\b(?:for|on|in|at|by|of|to|from|until|since|or|and|between)(?=[,;:]|$)")
_COMMAS = re.compile(r",(?:\s*,)+")
_DOUBLED = re.compile(r"\b(\w+) \1\b")
HE_SHE = re.compile(r"(?:He|She)\b")
"""A sentence or title whose subject is a pronoun for a person."""
_CLAUSE = re.compile(r";\s|\s(?:--|—|–)\s|,\s(?:and|but|while|whereas|although|though)\s|\s(?:after|before|when|while|because)\s(?!\w+ing\b)")
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
    opening = _SUBORDINATE.match(text, s, e)
    comma = text.find(", ", s, e) if opening else -1
    if opening and anchor is not None and comma > 0 and len(text[opening.end() : comma].split()) >= 3:
        # The time clause dates its own happening; the main clause is told after it.
        if anchor.start < comma:
            return title(text, opening.end(), comma, [d for d in dates if opening.end() <= d.start < comma], names)
        if len(text[comma + 2 : e].split()) >= 4:
            return title(text, comma + 2, e, [d for d in dates if comma + 2 <= d.start < e], names)
    cuts: list[tuple[int, int, str]] = []  # (start, end, replacement), relative to s
    for d in dates:
        if d.start == s and not text.startswith(",", d.end):
            continue  # the date is the subject: "7/8/07 was chosen as its date"
        if s <= d.start and d.end <= e:
            possessive = text[d.end : d.end + 2] in ("'s", "’s")
            lead = _LEAD.search(text[max(s, d.start - 20) : d.start])
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
    chars = _PARENTHESES.sub(" ", chars)
    chars = _DATELINE.sub("", chars)
    chars = _DATELINE_DASH.sub("", chars) if _CAPITALS.match(chars) else chars
    chars = _ATTRIBUTION_ASIDE.sub("", chars)
    chars = _ATTRIBUTION.sub("", chars)
    chars = _ATTRIBUTION_VERB.sub("", chars)
    # Side clauses and appositions between commas ("Rivermark, which filed on June 1, will
    # close plants", "The index, a measure of ..., fell").
    chars = _ASIDE.sub("", chars)
    # A fronted phrase before the subject ("Despite his party's showing, Rainsy ...").
    fronted = _FRONTED.match(chars)
    if fronted and len(chars[fronted.end() :].split()) >= 4:
        chars = chars[fronted.end() :]
    words = chars.split()
    words = [w for w in words if w not in ("—", "–", "--", "-")]
    text_title = " ".join(words).strip(" ,;:—–-")
    text_title = _SPACE_PUNCTUATION.sub(r"\1", text_title).rstrip(".!?")
    # What a removed date leaves: "rescheduled for, occurring", "The take-off,, was".
    text_title = _DANGLING.sub("", text_title)
    text_title = _COMMAS.sub("", text_title).strip(" ,;:")  # an aside that was only a date: "delivery, [in May], will"
    text_title = _DOUBLED.sub(r"\1", text_title)  # "0.9% and and a further 0.1%"
    words = text_title.split()
    if len(words) > TITLE_WORDS:
        words = _cut(words)
    while len(words) > 3 and words[-1].lower().strip(",;:") in _TRAILING:
        words.pop()  # "The first flight of the 777 was [in 1994]"
    if len(words) > 3 and words[0] in ("and", "but", "then"):
        words = words[1:]  # a clause cut from its sentence: "and only became public this weekend"
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
    if subject and HE_SHE.match(title):
        return entities[subject[0].entity].name + title[title.index(" ") :] if " " in title else title
    return title
