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

from ..annotation import Mention, TimeExpression
from ..model import Entity
from . import tense

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
_TRAILING = STOP - frozenset("one two three four five six seven eight nine ten hundred thousand million billion percent cent again".split())
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
_APPOSITION = re.compile(r"(\b[A-Z][\w’'-]*),\s(?:the|a|an)\s(?:[\w’'-]+\s?){1,4},(?=\s[a-z])")
"""A short apposition after a name, followed by the verb ("Phnom Penh, the capital, were
closed"): without it the title keeps its verb."""
_FRONTED = re.compile(
    r"^\s*(?:(?:Even|Just|Only)\s[^,]{0,60},\s*|(?:Despite|After|Before|Following|Since|While|As|In|On|At|By|During|With|Amid|Under|"
    r"Within|Earlier|Later|Meanwhile|However|Also|[A-Z][a-z]+ing)\b[^,]{0,80},\s+)")
_SPACE_PUNCTUATION = re.compile(r"\s+([,.;:!?])")
_DANGLING = re.compile(r"\s\b(?:for|on|in|at|by|of|to|from|until|since|or|and|between)(?=[,;:]|$)")
_COMMAS = re.compile(r",(?:\s*,)+")
_DOUBLED = re.compile(r"\b(\w+) \1\b")
HE_SHE = re.compile(r"(?:He|She)\b")
"""A sentence or title whose subject is a pronoun for a person."""
_CLAUSE = re.compile(r";\s|\s(?:--|—|–)\s|,\s(?:and|but|while|whereas|although|though)\s|\s(?:after|before|when|while|because)\s(?!\w+ing\b)"
                     r"|\s(?:and|but)\s(?=(?:[\w’'-]+\s){0,3}(?:will|would|could|can|may|might|should|shall|must)\s)")
"""Where one clause of a sentence ends and another starts (also " and " before a clause
with its own modal: "met Vogt on Monday and will meet her again on Thursday")."""
_MODAL_START = re.compile(r"(?:will|would|could|can|may|might|should|shall|must)\s")
_REPORT = re.compile(r"\b(?:said|says|told|announced|added|stated|reported|warned|insisted|argued)\b")
"""Reporting verbs: what follows them is what was said, with its own subject and verb."""
_REPORT_OBJECT = re.compile(r"\s+(?:(?:reporters|journalists|the\s\w+|[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)*)\s+)?")
_PASSIVE = re.compile(r"\b(?:was|were|is|are|be|been|being|not|n't)\s+$")
_NOT_COMPLEMENT = re.compile(r"\s+(?:when|if|after|before|since|as|while|because|in|on|at|by|to|for|from)\b(?!\s+[A-Z0-9])")
_THAT = re.compile(r"(?:(?:[^,.;]{0,40}?)\s)?that\s")
_OBJECT_BEFORE = re.compile(
    r"(?:\b(?:from|at|of|to|for|with|over|about|into|during|despite|against)|(?<![,;])\s(?!(?:when|after|before|once|as|since|until|while|because|if|and|but|or)\b)[a-z]+)\s+$")
"""What puts a noun phrase in object position (a preposition or a verb before it), so that
a participle after it is a reduced relative ("hide from the meetings held ...", "cited the
talks held ..."), not the clause's own verb ("when the plant opened on ...")."""
_PERIOD_NOUNS = frozenset("day days week weeks month months year years quarter quarters period session".split())
"""Spans of time: "the week ended Friday" names a period, not a happening."""
_REDUCED_RELATIVE = re.compile(
    r"\b(?P<det>the|its|their|his|her)\s+(?P<np>(?:[\w’'-]+\s+){0,2}[\w’'-]+)\s+(?P<verb>(?!(?:on|in|at)\b)[a-z]+)\s+(?:(?:on|in|at)\s+)?$")
"""A noun phrase and a participle right before a date ("the meetings held Sept. 14-15")."""
_RELATIVE = re.compile(r"(?:,|\s(?:--|—|–))\s(?:which|who)\s")
_RELATIVE_END = re.compile(r",|\s(?:--|—|–)\s")
_SUBORDINATE_IN = re.compile(r"\s(?:since|when|after|before|because|once)\s")
_PRONOUN_SUBJECT = re.compile(r"(?:it|they)\s", re.IGNORECASE)
_DETERMINERS = frozenset("the a an its their his her our this that these those".split())
_PARTICIPLE_END = re.compile(r"\b(?:\w+ing|to|for|of|at|with|about|from|by|as|like)$", re.IGNORECASE)
"""Words a title does not end on: a dangling participle or preposition ("… saying")."""


def _subject(text: str, s: int, e: int) -> str:
    """The subject of the clause text[s:e]: its words before the first verb (a modal or a
    past form, `tense`'s markers), if one to five words; else ""."""
    words = text[s:e].split()
    lowered = [w.lower().strip(",") for w in words]
    for i in range(1, min(len(words), 6)):
        if _MODAL_START.match(lowered[i] + " ") or tense.is_past(lowered, i, words[i][:1].islower()):
            return " ".join(words[:i]).rstrip(",")
    return ""


def _antecedent(text: str, s: int, comma: int) -> str:
    """The noun phrase before ", which/who" at `comma`: words back to a determiner (kept)
    or a function word (not kept), at most four."""
    words = text[s:comma].split()
    taken: list[str] = []
    for word in reversed(words[-4:]):
        lowered = word.lower()
        if lowered in _DETERMINERS:
            taken.append(word)
            break
        if lowered in STOP or word.endswith(","):
            break
        taken.append(word)
    return " ".join(reversed(taken))


def _told(text: str, a: int, b: int, dates: list[TimeExpression], names: list[Mention], prefix: str = "") -> str:
    """`title` of the clause text[a:b], after `prefix` (a subject the clause lacks)."""
    told = title(text, a, b, [d for d in dates if a <= d.start < b], names)
    if not prefix:
        return told
    if text[a:b].lstrip()[:1].islower():
        told = told[:1].lower() + told[1:]
    return prefix[:1].upper() + prefix[1:] + " " + told


def _clause_title(text: str, s: int, e: int, dates: list[TimeExpression], names: list[Mention],
                  anchor: TimeExpression) -> str:
    """The title of the clause of text[s:e] that holds `anchor`, or "" when the clause is
    the whole sentence: what was said after a reporting verb ("X said the union would hold
    a rally on Saturday" -> "The union would hold a rally"), a relative clause ("the
    walkout, which began last Wednesday" -> "The walkout began"), a subordinate clause
    ("since Cambodia returned to democracy in 1998"), one of two clauses joined by "and"
    ("met Vogt on Monday and will meet her again on Thursday")."""
    report = _REPORT.search(text, s, anchor.start if anchor.start > s else e)
    if report is not None and (_PASSIVE.search(text, max(s, report.start() - 12), report.start())
                               or _NOT_COMPLEMENT.match(text, report.end())):
        report = None  # "was not reported when ...": no speaker, no complement
    if report is not None:
        at = report.end()
        if report.group() == "told":
            told_whom = _REPORT_OBJECT.match(text, at)
            at = told_whom.end() if told_whom else at
        else:
            at += len(text[at:]) - len(text[at:].lstrip())
        said_date = [d for d in dates if 0 <= d.start - at <= 4 and d.start < e]
        that = _THAT.match(text, at, e)
        start = that.end() if that else (said_date[0].end if said_date else at)
        if said_date and not that:
            start += len(text[start:e]) - len(text[start:e].lstrip(" ,"))
        speaker = text[s : report.start()].strip()
        if anchor.start >= start and len(text[start:e].split()) >= 3 and speaker:
            prefix = ""
            pronoun = _PRONOUN_SUBJECT.match(text, start)
            subject = _subject(text, s, e) if pronoun and pronoun.group().lower().startswith("it") else ""
            if pronoun and subject and len(subject.split()) <= 4 and "," not in subject:
                prefix, start = subject, pronoun.end()
            inner = _clause_title(text, start, e, dates, names, anchor) if start < e else ""
            return inner or _told(text, start, e, dates, names, prefix)
        if (anchor.start < start and anchor.start >= report.start() and speaker and len(text[start:e].split()) >= 3
                and any(start <= d.start < e and d.value != anchor.value for d in dates)):
            # "said last month that it expected a loss next year": the saying is the
            # happening of its own date; without a date of its own, what was said is
            # the news and the whole sentence titles it ("had said that talks broke down").
            return _told(text, s, anchor.end if not that else that.start(), dates, names)
    reduced = _REDUCED_RELATIVE.search(text, max(s, anchor.start - 80), anchor.start)
    if reduced and reduced.start() > s and not STOP.intersection(reduced.group("np").lower().split() + [reduced.group("verb")]) and (
            reduced.group("np").split()[-1].lower() not in _PERIOD_NOUNS) and _OBJECT_BEFORE.search(
            text, max(s, reduced.start() - 30), reduced.start()) and (
            reduced.group("verb").endswith("ed") or tense.is_past([reduced.group("verb")], 0)):
        # "nothing to hide from the meetings held Sept. 14-15": the meetings are what the
        # date anchors (a reduced relative clause), told in the passive.
        noun = reduced.group("np").split()[-1]
        be = "were" if noun.endswith("s") and not noun.endswith("ss") else "was"
        return f"{reduced.group('det').capitalize()} {reduced.group('np')} {be} {reduced.group('verb')}"
    for rel in _RELATIVE.finditer(text, s, anchor.start):
        found = _RELATIVE_END.search(text, rel.end(), e)
        close = found.start() if found else -1
        if 0 <= close < anchor.start:
            between = text[close + 1 : anchor.start].split()
            if len(between) > 2:
                continue
            found = _RELATIVE_END.search(text, anchor.end, e)
            close = found.start() if found else -1
        close = e if close < 0 else close
        antecedent = _antecedent(text, s, rel.start())
        if antecedent and anchor.end <= close and len(text[rel.end() : close].split()) >= 2:
            return _told(text, rel.end(), close, dates, names, antecedent)
    for sub in _SUBORDINATE_IN.finditer(text, s, anchor.start):
        if len(text[sub.end() : anchor.start].split()) >= 3 and not _CLAUSE.search(text, sub.end(), anchor.start):
            end = _CLAUSE.search(text, anchor.end, e)
            b = end.start() if end else e
            if len(text[sub.end() : b].split()) >= 4:
                return _told(text, sub.end(), b, dates, names)
    if any(d.value != anchor.value for d in dates if s <= d.start < e):
        bounds = [s] + [m.end() for m in _CLAUSE.finditer(text, s, e)] + [e]
        for a, b in zip(bounds, bounds[1:], strict=False):
            if a <= anchor.start < b and len(text[a:b].split()) >= 5 and (a, b) != (s, e):
                prefix = _subject(text, s, bounds[1]) if _MODAL_START.match(text, a) else ""
                return _told(text, a, b, dates, names, prefix)
    return ""


def title(text: str, s: int, e: int, dates: list[TimeExpression], names: list[Mention],
          anchor: TimeExpression | None = None) -> str:
    """A short whole clause for the event in text[s:e]: the dateline, date phrases,
    attributions, parentheses and side clauses removed, then cut at a phrase boundary
    so that it has at most `TITLE_WORDS` words. Never an ellipsis. The clause told is
    the one that holds `anchor` (the event's date), not the sentence's main clause when
    the date sits in what was said, a relative or subordinate clause, or the second of
    two clauses (`_clause_title`)."""
    if anchor is not None:
        told = _clause_title(text, s, e, dates, names, anchor)
        if told:
            return told
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
    unattributed = _ATTRIBUTION.sub("", chars)
    chars = unattributed if len(unattributed.split()) >= 2 else chars.lstrip(" ,")  # ", Vogt said the union would strike"
    chars = _ATTRIBUTION_VERB.sub("", chars)
    # Side clauses and appositions between commas ("Rivermark, which filed on June 1, will
    # close plants", "The index, a measure of ..., fell").
    chars = _ASIDE.sub("", chars)
    chars = _APPOSITION.sub(r"\1", chars)  # "in Phnom Penh, the capital, were closed"
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
    words = _untrail(words)  # "The first flight of the 777 was [in 1994]"
    if len(words) > 3 and words[0] in ("and", "but", "then"):
        words = words[1:]  # a clause cut from its sentence: "and only became public this weekend"
    result = _balanced(" ".join(words).strip(" ,;:—–-\"“”'‘’"))
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
    cut = _untrail(words[:best], 1)
    cut[-1] = cut[-1].rstrip(",;:")
    return cut


_PARTICLES = frozenset("up down out off over back away in on it them him her us me".split())
"""A verb's particle or object pronoun: kept at a title's end after a content word ("talks
broke down", "later retracted it"), dropped after a function word ("was [in 1994]")."""
_DANGLING_WORDS = frozenset("ahead according prior due".split())


def _untrail(words: list[str], keep: int = 3) -> list[str]:
    """`words` without what a title must not end on: function words (but a verb's particle
    or object pronoun after a content word), a dangling participle ("remarks attributed to
    X saying") or preposition-like word ("ahead")."""
    words = list(words)
    while len(words) > keep:
        last = words[-1].lower().strip(",;:")
        before = words[-2].lower().strip(",;:\"“”")
        if last in _PARTICLES and before.isalpha() and (before.endswith("ed") or tense.is_past([before], 0)):
            break  # "talks broke down", "later retracted it"
        if last in _TRAILING or last in _DANGLING_WORDS or (
                last.endswith("ing") and len(last) > 5 and words[-1][:1].islower() and len(words) > 4
                and words[-2][:1].isupper()):  # "remarks attributed to Kem Sokha saying"
            words.pop()
            continue
        break
    return words


def _balanced(chars: str) -> str:
    """`chars` with a quotation opened and not closed closed at its end ("his remarks were
    “twisted" -> "… “twisted”")."""
    if chars.count("“") > chars.count("”"):
        chars += "”"
    if chars.count('"') % 2:
        chars += '"'
    return chars


def subject_named(title: str, subject: list[Mention], entities: dict[str, Entity]) -> str:
    """The title with a leading "He"/"She" replaced by the person it stands for."""
    if subject and HE_SHE.match(title):
        return entities[subject[0].entity].name + title[title.index(" ") :] if " " in title else title
    return title
