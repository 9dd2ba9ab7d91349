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
from ..escaping import printable_line
from ..model import Entity
from . import periods, tense, verbs
from .phrases import (
    DETERMINERS,
    OPENERS,
    STOP,
    TITLE_WORDS,
    appositions_dropped,
    balanced,
    capitalised,
    cut,
    dated_noun_phrase,
    noun_phrase,
    untrail,
    without_relative,
)
from .reported import SAYING_WORD, accused_act, speaker_and_said

_LEAD = re.compile(
    r"(?:\b(?:as\s(?:early|late|soon)\sas|(?:(?:originally|initially)\s)?due(?:\s(?:in|on|by))?|(?:starting|beginning)(?:\s(?:in|on|from))?|"
    r"(?:dating\s)?back\sto|dating\sfrom|around|as\sof|on|in|at|by|for|of|during|since|from|until|between|this|last|next|early|late)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
"""The words that lead a date into its sentence and go with it ("as early as March",
"originally due later this year", "starting in April", "around 2020")."""
_COPULA_END = re.compile(r"\b(?:is|are|was|were|be|been|remains|remained)\s+$")
_HYPHENED = re.compile(r"\b(?:mid|early|late)-$", re.IGNORECASE)
"""A part of a period written onto its date ("mid-2006"): cut with it."""
_ABBREVIATION_END = re.compile(r"\b(?:[A-Z]\.){2,}$")
_SUBORDINATE = re.compile(r"(?:When|Once|After|Before|As soon as|Shortly after|Soon after|Just after)\s")
"""A time clause opening a sentence: it tells its own happening ("When the Air Force
selected X on February 29, Kessel challenged the award")."""
_PARENTHESES = re.compile(r"\([^()]*\)")
_DATELINE = re.compile(r"^[A-Z][A-Z .,'’-]+(?:\([^)]*\))?\s*(?:[,—–-]|--)\s*(?:[A-Z][\w ]*?\s*(?:—|–|--|-)\s*)?")
_CAPITALS = re.compile(r"^[A-Z]{2,}")
_DATELINE_DASH = re.compile(r"^[^,]{0,40}?(?:—|–|--)\s+")
_ATTRIBUTION = re.compile(
    r",\s*(?:he|she|they|it|the\s[a-z]+|(?:[a-z]+\s)?[a-z]{3,}s|[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*)*)\s+(?:said|says|told|added|reported|shows|showed)\b[^\s\w]*(?:\s+\S+){0,6}\s*$"
)
"""An attribution that ends the sentence (", he said", ", Holt told reporters on Monday", ", the
filing shows"); a
speaker followed by what was said ("..., Aer Lingus said it will receive ...") stays."""
_ATTRIBUTION_ASIDE = re.compile(r",\s*(?:he|she|they|it|[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*)*)\s+(?:said|says|added)\s*,")
"""An attribution between commas ("This switch, he said, would happen")."""
_ATTRIBUTION_VERB = re.compile(r",\s*(?:said|says|saying|adding|according to)\b.*$")
_ASIDE = re.compile(r",\s*(?:which|who|whose|where|a|an|particularly|especially|including|notably|such as)\b(?:[^,]|,(?=\d))*,(?:\s*,)?")
"""An aside between commas (a comma inside a number, "1,200", is no end); its closing comma
may be doubled where a date was cut from it."""
_APPOSITION = re.compile(r"(\b[A-Z][\w’'-]*),\s(?:the|a|an)\s(?:[\w’'-]+\s?){1,4},(?=\s[a-z])")
"""A short apposition after a name, followed by the verb ("Phnom Penh, the capital, were
closed"): without it the title keeps its verb."""
_FRONTED = re.compile(
    r"^\s*(?:(?:Even|Just|Only|Still|To\s[a-z]+)\s[^,]{0,60},\s*|(?:Despite|After|Before|Following|Since|While|As|In|On|At|By|During|With|Amid|Under|"
    r"Within|Earlier|Later|Meanwhile|However|Also|[A-Z][a-z]+ing(?=\s[a-z]))\b[^,]{0,80},\s+)")
_IN_A_ROW = re.compile(r"\s+in\s+a\s+row\b")
_DASH_ASIDE = re.compile(r"\s(?:--|—|–)\s[^—–]*?\s(?:--|—|–)\s(?=(?!(?:and|but|or|then|while)\b)[a-z])")
"""An aside between two dashes with the clause going on after it in lower case (not a
new clause: "-- two years late -- and only became public")."""
_CONJUNCTION_ASIDE = re.compile(r",\s*(and|but|or)\s*,(?:\s*,)*\s*")
_BARE_LEAD = re.compile(r"^\s*(?:For|On|In|At|By|During|Over|Throughout|Since|Until|From|As)\s*,\s*")
_SPACE_PUNCTUATION = re.compile(r"\s+([,.;:!?])")
_DANGLING = re.compile(r"\s\b(?:for|on|in|at|by|of|to|from|until|since|or|and|between)(?=[,;:]|$)")
_COMMAS = re.compile(r",(?:\s*,)+")
_DOUBLED = re.compile(r"\b(\w+) \1\b")
HE_SHE = re.compile(r"(?:He|She)\b")
"""A sentence or title whose subject is a pronoun for a person."""
_CLAUSE = re.compile(r";\s|\s(?:--|—|–)\s|,\s(?:and|but|then|while|whereas|although|though)\s|,?\s(?:and|but)\sthat\s|\s(?:after|before|when|while|because)\s(?!\w+ing\b)"
                     r"|\s(?:and|but)\s(?=(?:[\w’'-]+\s){0,3}(?:will|would|could|can|may|might|should|shall|must)\s"
                     r"|(?:not\s|also\s|then\s|still\s|now\s|[a-z]+ly\s)?(?:is|are|was|were|has|have|had)\s)")
"""Where one clause of a sentence ends and another starts (also " and "/" but " before a
clause with its own modal or a finite form of be/have and no subject: "met Vogt on Monday
and will meet her again on Thursday", "left last week but is expected to return this week")."""
_RELATIVE_WORD = re.compile(r"\b(?:which|who|whose|whom|that)\b")
_NEW_SUBJECT = re.compile(r",\swhere\s|\s(?:and|but)\s(?=(?:the|a|an|its|their|his|her)\s(?:[\w’'-]+\s){0,4}?"
                          r"(?:[a-z]{3,}ed|said|was|were|had|has|will|would)\s)")
"""With two dates in a sentence, " and " before a subject (a determiner, up to five words)
and its verb starts a clause too, as ", where" does."""
_MODAL_START = re.compile(r"(?:will|would|could|can|may|might|should|shall|must)\s")
_REPORT = re.compile(r"\b(?:said|says|told|announced|added|stated|reported|warned|insisted|argued)\b")
_REPORTING_PARTICIPLE = re.compile(r",?\s(?:adding|saying)\b")
"""Reporting verbs: what follows them is what was said, with its own subject and verb; also
a reporting participle after a comma ("he told reporters, adding the union planned to ...")."""
_REPORT_OBJECT = re.compile(r"\s+(?:(?:reporters|journalists|the\s\w+|[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)*)\s+)?")
_PASSIVE = re.compile(r"\b(?:was|were|is|are|be|been|being|not|n't)\s+$")
_NOT_COMPLEMENT = re.compile(r"\s+(?:when|if|after|before|since|as|while|because|in|on|at|by|to|for|from)\b(?!\s+[A-Z0-9])")
_THAT_SUBORDINATE = re.compile(
    r"\b(that|said|says)\s+(?:while|although|though|even\s+though|whereas|if|because|as|when|once|after|before|"
    r"(?:on|in|at|during|by|despite|following|under)(?=\s[^,;]{3,60},))\s[^,;]{3,140},\s")
"""A subordinate clause opening what was said ("said that while his party could not expect
victory ..., the election would ..."): the title tells the said clause's own verb."""
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
_RELATIVE_BEFORE = re.compile(r",\s(?:which|who)\s+$")
"""A non-restrictive relative opening right before a reporting verb."""
_RELATIVE_END = re.compile(r",|\s(?:--|—|–)\s")
_SUBORDINATE_IN = re.compile(r"\s(?:since|when|after|before|because|once|as|while|whereas|although|though)\s")
_AS_PHRASE = frozenset("part well much many far long soon early late of a an such if though to for".split())
_NEVER_PREPOSITION = frozenset("while whereas although though".split())
"""Subordinators that never head a phrase: the date right after one is in its clause
("while earlier this month another A330 suffered ...")."""
_PRONOUN_SUBJECT = re.compile(r"(?:it|they)\s", re.IGNORECASE)
HE_SHE_SUBJECT = re.compile(r"(?:he|she)\s")
"""A person's pronoun opening what a named speaker said: it stands for the speaker."""
_SPEAKER_HEAD = re.compile(r"^((?:[\w’'&.-]+\s){0,3}[\w’'&.-]+)(?:,\s(?:which|who|whose|the|a|an)\b.*)?$", re.DOTALL)
"""A speaker of at most four words, before a relative or an apposition after a comma."""
_PARTICIPLE_END = re.compile(r"\b(?:\w+ing|to|for|of|at|with|about|from|by|as|like)$", re.IGNORECASE)
"""Words a title does not end on: a dangling participle or preposition ("… saying")."""


def _subject(text: str, s: int, e: int, longest: int = 5) -> str:
    """The subject of the clause text[s:e]: its words before the first verb (a modal or a
    past form, `tense`'s markers), if one to `longest` words without a comma; else ""."""
    opening = _SUBORDINATE.match(text, s, e)
    comma = text.find(", ", s, e) if opening else -1
    if comma > 0:
        s = comma + 2  # "After his party ran second in 1993, Hun Sen insisted": Hun Sen
    words = text[s:e].split()
    lowered = [w.lower().strip(",") for w in words]
    bare = verbs.words_of(text[s:e])
    for i in range(1, min(len(words), longest + 1)):
        if (_MODAL_START.match(lowered[i] + " ") or tense.is_past(lowered, i, words[i][:1].islower())
                or verbs.is_finite(bare, i)):
            subject = " ".join(words[:i]).rstrip(",")
            return subject if i <= 5 or "," not in subject else ""
    return ""


_ADVERBS = frozenset("only now also later then still just already again soon first further".split())


def _subjectless(text: str, a: int, b: int, dates: tuple[TimeExpression, ...] | list[TimeExpression] = ()) -> bool:
    """Whether the clause text[a:b] starts with its finite verb, an adverb before it at
    most ("and only became public", "but will now receive"): an elliptical clause that
    shares the subject of the clause before it."""
    lead = len(text[a:b]) - len(text[a:b].lstrip())
    dated = False
    for d in dates:
        if d.start == a + lead:
            a, dated = d.end, True  # "two years later narrowly escaped"
    words = verbs.words_of(text[a:b])
    while words and words[0].lower() in ("and", "but", "then", "or"):
        words = words[1:]
    k = 0
    while k < len(words) - 1 and (words[k].lower() in _ADVERBS or words[k].lower().endswith("ly")):
        k += 1
    if dated and k == 0:
        return False  # "2007 was the year": the date is the subject
    return bool(words) and words[k][:1].islower() and verbs.is_finite(("it",) + words[k:], 1) \
        and words[k].lower() not in ("'s", "’s")


def _antecedent(text: str, s: int, comma: int) -> str:
    """The noun phrase before ", which/who" at `comma`: words back to a determiner (kept)
    or a function word (not kept), at most four."""
    words = text[s:comma].split()
    taken: list[str] = []
    for word in reversed(words[-4:]):
        lowered = word.lower()
        if lowered in DETERMINERS:
            taken.append(word)
            break
        if lowered in STOP or word.endswith(","):
            break
        taken.append(word)
    return " ".join(reversed(taken))


def _told(text: str, a: int, b: int, dates: list[TimeExpression], names: list[Mention], prefix: str = "",
          anchor: TimeExpression | None = None) -> str:
    """`title` of the clause text[a:b], after `prefix` (a subject the clause lacks); an
    `anchor` lets a time clause opening it title its own happening."""
    told = title(text, a, b, [d for d in dates if a <= d.start < b], names) if anchor is None else _title(
        text, a, b, [d for d in dates if a <= d.start < b], names, anchor)
    if not prefix:
        return told
    if text[a:b].lstrip()[:1].islower():
        told = told[:1].lower() + told[1:]
    words = (capitalised(prefix) + " " + told).split()
    return " ".join(cut(words) if len(words) > TITLE_WORDS + 2 else words)  # "about 12 words"


def _clause_title(text: str, s: int, e: int, dates: list[TimeExpression], names: list[Mention],
                  anchor: TimeExpression) -> str:
    """The title of the clause of text[s:e] that holds `anchor`, or "" when the clause is
    the whole sentence: what was said after a reporting verb ("X said the union would hold
    a rally on Saturday" -> "The union would hold a rally"), a relative clause ("the
    walkout, which began last Wednesday" -> "The walkout began"), a subordinate clause
    ("since Cambodia returned to democracy in 1998"), one of two clauses joined by "and"
    ("met Vogt on Monday and will meet her again on Thursday")."""
    until = anchor.start if anchor.start > s else e
    report = _REPORT.search(text, s, until)
    chunk = text[s:until]
    if "adding" in chunk or "saying" in chunk:
        participle = _REPORTING_PARTICIPLE.search(text, s, until)
        if participle and (report is None or participle.start() < report.start()):
            report = participle
    if report is not None and (_PASSIVE.search(text, max(s, report.start() - 12), report.start())
                               or _NOT_COMPLEMENT.match(text, report.end())):
        report = None  # "was not reported when ...": no speaker, no complement
    if report is not None and _RELATIVE_BEFORE.search(text, max(s, report.start() - 8), report.start()) and (
            0 <= text.find(", ", report.end(), anchor.start)):
        report = None  # "The union, which says it has 1,200 members, has called a protest": an aside's verb
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
            head = _SPEAKER_HEAD.match(speaker)
            if pronoun and not subject and head and pronoun.group().lower().startswith("it"):
                subject = head.group(1)  # "The CSWU, whose 900 members ..., said it would": the CSWU
            if not pronoun and head and head.group(1)[:1].isupper() and head.group(1).split()[0].lower() not in DETERMINERS:
                pronoun = HE_SHE_SUBJECT.match(text, start)
                subject = head.group(1) if pronoun else ""  # "Justice Eleanor Wyatt said she would"
            if pronoun and subject and len(subject.split()) <= 4 and "," not in subject:
                prefix, start = subject, pronoun.end()
            inner = _clause_title(text, start, e, dates, names, anchor) if start < e else ""
            return inner or _told(text, start, e, dates, names, prefix)
        if (anchor.start < start and anchor.start >= report.start() and speaker and len(text[start:e].split()) >= 3
                and any(start <= d.start < e and d.value != anchor.value for d in dates)):
            # "said last month that it expected a loss next year": the saying is the
            # happening of its own date, told with what was said (the other date cut:
            # "The company said that it expected a loss"; "X said" alone tells nothing);
            # without a date of its own, what was said is the news and the whole
            # sentence titles it ("had said that talks broke down").
            return _told(text, s, e, dates, names)
    reduced = _REDUCED_RELATIVE.search(text, max(s, anchor.start - 80), anchor.start)
    if reduced and reduced.start() > s and not STOP.intersection(reduced.group("np").lower().split() + [reduced.group("verb")]) and (
            reduced.group("np").split()[-1].lower() not in _PERIOD_NOUNS) and _OBJECT_BEFORE.search(
            text, max(s, reduced.start() - 30), reduced.start()) and (
            reduced.group("verb").endswith("ed") or tense.is_past([reduced.group("verb")], 0)) and (
            reduced.group("verb") not in verbs.PAST_ONLY) and verbs.has_finite(text[s : reduced.start()]):
        # ("the strike began on Monday": its own verb; "The trial of X over the collapse of
        # the bridge opened on Monday": no finite verb before it, so it is the main verb)
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
        word = sub.group().strip()
        if word == "as" and (text[sub.end() :].split(" ", 1)[0].lower() in _AS_PHRASE
                             or text[sub.end() :].split(" ", 2)[1:2] == ["as"]
                             or text[max(s, sub.start() - 20) : sub.start()].split()[-2:-1] == ["as"]
                             or text[max(s, sub.start() - 20) : sub.start()].split()[-1:] in (["such"], ["Such"])):
            continue  # "as part of", "as a result", "as quickly as it had", "such as": a phrase or a comparison
        if word not in _NEVER_PREPOSITION and any(0 <= d.start - sub.end() <= 4 for d in dates):
            continue  # "in turmoil since 2019, filed ...": a preposition heading a date, no clause
        main_verb = _ended_before(text, sub.end(), anchor.start)
        if main_verb >= 0:
            # "Relatives of the two people killed when the bridge gave way packed the
            # gallery on Monday": the time clause belongs to the subject; the title is
            # the main clause without it (blanked, so that offsets stay)
            blanked = text[: sub.start()] + " " * (main_verb - sub.start()) + text[main_verb:]
            return _title(blanked, s, e, [d for d in dates if not sub.start() <= d.start < main_verb], names, anchor)
        if (len(text[sub.end() : anchor.start].split()) >= 3 or word in _NEVER_PREPOSITION) and not _CLAUSE.search(
                text, sub.end() - 1 if word in _NEVER_PREPOSITION else sub.end(), anchor.start):
            end = _CLAUSE.search(text, anchor.end, e)
            b = end.start() if end else e
            own = (text[sub.end() : anchor.start] + text[anchor.end : b]).split(", which")[0].split(", who")[0]
            if len(text[sub.end() : b].split()) >= 4 and verbs.has_finite(own):  # not a relative clause's verb
                return _told(text, sub.end(), b, dates, names)
            if word in ("after", "before", "since"):
                # "after the collapse of Marlow & Penn in September": the noun phrase
                # is what the date dates
                phrase = text[sub.end() : anchor.start].split()
                day_of_clause = word != "since" and bool(phrase) and phrase[-1].lower() in ("on", "at")
                while phrase and phrase[-1].lower() in ("in", "on", "at", "during", "of"):
                    phrase.pop()
                # ("appeared before the court on Monday": a day after "on" is the clause's own)
                if phrase and not day_of_clause and phrase[0].lower() in DETERMINERS and noun_phrase(phrase) == phrase:
                    return balanced(" ".join([phrase[0].capitalize()] + phrase[1:]))
    two_dates = any(d.value != anchor.value for d in dates if s <= d.start < e)
    seg = text[s:e]
    if not two_dates and ";" not in seg and "—" not in seg and "–" not in seg and "--" not in seg and (
            " and " not in seg and " but " not in seg and ", then " not in seg and ", while " not in seg
            and ", whereas " not in seg and "though " not in seg):
        return ""  # no clause break a single date could sit behind
    found_breaks = list(_CLAUSE.finditer(text, s, e))
    if two_dates:  # "... set records and the court signaled on Tuesday that ...": a new subject, a new clause
        found_breaks = sorted(found_breaks + list(_NEW_SUBJECT.finditer(text, s, e)), key=lambda m: m.start())
    breaks = [m for m in found_breaks if (two_dates or m.group()[1:3] not in _BARE_START) and (
        "and" not in m.group() or not _in_range(m.start(), dates, text)) and not (
        m.re is _CLAUSE and m.group().strip() in ("and", "but") and not _MODAL_START.match(text, m.end())
        and _RELATIVE_WORD.search(text, s, m.start()))]
    # ("whose V400 first sailed in 2005 and is expected to ...": the elliptical clause's
    # subject is the relative clause's, which a title cannot lend: no break there)
    asides = [(m.start(), m.end()) for m in _DASH_ASIDE.finditer(text, s, e) if not m.start() <= anchor.start < m.end()] if (
        "--" in seg or "—" in seg or "–" in seg) else []
    if asides:  # "the fifteen unions -- that is, those which ... -- had agreed": one clause
        breaks = [m for m in breaks if not any(a <= m.start() < b for a, b in asides)]
    # ("protest before the GAO": with one date, a bare "before" may head a phrase, not a clause)
    starts = [s] + [m.end() for m in breaks]
    ends = [m.start() for m in breaks] + [e]
    bounds = starts + [e]
    for a, b in zip(starts, ends, strict=True):
        if a <= anchor.start < b and len(text[a:b].split()) >= 5 and (a, b) != (s, e) and (
                text[a:b].split()[-1].lower().strip(",;:") not in OPENERS):  # "said Saturday that [while ...]"
            lend = _MODAL_START.match(text, a) or _subjectless(text, a, b, dates)
            if not two_dates and not (lend or verbs.has_finite(text[a:b])):
                break  # one date, and its clause tells nothing alone: the sentence titles it
            prefix = _subject(text, s, bounds[1], 10) if lend else ""
            return _told(text, a, b, dates, names, prefix, anchor if a == s else None)
    return ""


_GLUE_STOPPERS = frozenset("it he she they we i you that which who whom and but or nor to not".split())


def _ended_before(text: str, a: int, b: int) -> int:
    """Where the main clause's verb starts when the subordinate clause opening at `a`
    ends before `b`, else -1: two finite verbs follow each other in text[a:b] with
    nothing but content words between them (no comma, conjunction, pronoun or relative
    word), so the second is the main clause's ("killed when the bridge gave way packed
    the gallery": "packed" is the verb of "Relatives"; a finite clause has one finite
    verb, Quirk et al. 1985 §3.52)."""
    raw = text[a:b].split()
    words = verbs.words_of(text[a:b])
    first = verbs.first_finite(words)
    if first < 0 or len(raw) != len(words):
        return -1
    for j in range(first + 1, len(words)):
        if raw[j - 1].endswith((",", ";", ":")) or words[j].lower() in _GLUE_STOPPERS:
            return -1
        if verbs.is_finite(words, j) and words[j].lower() not in verbs.FINITE_AUX | verbs.MODALS and (
                words[j - 1].lower() not in verbs.FINITE_AUX | verbs.MODALS):
            at = a
            for k in range(j):
                at = text.index(raw[k], at) + len(raw[k])
            return text.index(raw[j], at)
    return -1


_BARE_START = frozenset("af be wh".split())
"""How a bare " after/before/when/while/because " break starts (after its space)."""


def _in_range(at: int, dates: list[TimeExpression], text: str) -> bool:
    """Whether the clause break at `at` is the "and" of a range between two dates
    ("between 2014 and 2016 it will take delivery")."""
    return any(0 <= at - d.end <= 1 and text[max(0, d.start - 8) : d.start].lower().endswith("between ") for d in dates) and any(
        0 <= d.start - at <= 5 for d in dates)


_QUOTE_FIRST = re.compile(
    r"\s*[\"“‘'](?P<quote>[^\"“”‘’]{3,}?)[,.!?]?[\"”’'],?\s+(?:"
    r"(?:said|says|insisted|insists|added|adds|warned|warns|argued|argues|stated|declared|replied|explained|claimed)\s+"
    r"(?P<after>(?:[A-Z][\w.’'-]*\s){0,4}[A-Z][\w’'-]*)"
    r"|(?P<before>(?:[A-Z][\w.’'-]*\s){0,4}[A-Z][\w’'-]*)\s+"
    r"(?:said|says|insisted|insists|added|adds|warned|warns|argued|argues|stated|declared|replied|explained|claimed))\b")
"""A sentence opening with a quote and its attribution, the reporting verb before or after
the speaker's name ("'The money is gone,' insisted Mary O'Hara on Friday"; "\"We will
appeal,\" John Smith said on Wednesday")."""


def _quoted_first(text: str, s: int, e: int, anchor: TimeExpression) -> str:
    """"SPEAKER: CLAUSE" for a sentence that opens with a quote and names its speaker, the
    date after the quote ("Mary O'Hara: The money is gone"), else "": the title is never the
    bare name, and its quotation marks are never left unbalanced."""
    m = _QUOTE_FIRST.match(text, s, e)
    if m is None or anchor.start < m.end("quote"):
        return ""
    speaker = m.group("after") or m.group("before")
    words = m.group("quote").split()
    words = cut(words) if len(words) > TITLE_WORDS else words
    clause = " ".join(words).strip(" ,;:")
    return f"{speaker}: {capitalised(clause)}" if clause else ""


def title(text: str, s: int, e: int, dates: list[TimeExpression], names: list[Mention],
          anchor: TimeExpression | None = None) -> str:
    """`_told_title` without the characters a one-line field may not hold (bidirectional
    overrides and isolates, controls: `escaping.CONTROLS`; "Trojan Source"): the source's
    paragraph keeps its exact text, the title shows as written."""
    told = _told_title(text, s, e, dates, names, anchor)
    return told if told.isprintable() else printable_line(told)


def _told_title(text: str, s: int, e: int, dates: list[TimeExpression], names: list[Mention],
                anchor: TimeExpression | None = None) -> str:
    """A short whole clause for the event in text[s:e]: the dateline, date phrases,
    attributions, parentheses and side clauses removed, then cut at a phrase boundary
    so that it has at most `TITLE_WORDS` words. Never an ellipsis. The clause told is
    the one that holds `anchor` (the event's date), not the sentence's main clause when
    the date sits in what was said, a relative or subordinate clause, or the second of
    two clauses (`_clause_title`)."""
    if anchor is not None:
        quoted = _quoted_first(text, s, e, anchor) if text[s : s + 3].lstrip()[:1] in "\"“‘'" else ""
        if quoted:
            return quoted
        phrase = dated_noun_phrase(text, s, e, anchor, after=True)
        if phrase:
            return phrase  # the date dates the noun phrase, not the clause around it
        told = (_gapped(text, s, e, dates, names, anchor)
                or accused_act(text, s, e, dates, names, anchor, _title, _CLAUSE)
                or _clause_title(text, s, e, dates, names, anchor)
                or _title(text, s, e, dates, names, anchor))
        return told
    return _title(text, s, e, dates, names, anchor)


_GAP = re.compile(r"(?:,\s*|\s)(?:and|but)\s+(?P<np>(?:the|a|an|its|their|his|her|our|my)\s+[\w’'-]+)\s+(?:(?:in|on|at)\s+)?")
"""A second conjunct with its verb and noun left out ("her first report was sent in June
2022 and her second last January"): a determiner, one modifier, then its own date."""


def _gapped(text: str, s: int, e: int, dates: list[TimeExpression], names: list[Mention],
            anchor: TimeExpression) -> str:
    """The title of `anchor`'s conjunct when text[s:e] ends in a gapped second conjunct
    (`_GAP` + a date + the sentence's end), else "": the first date titles the first
    conjunct; the second borrows the first's head noun and verb ("Her second report was
    sent"; gapping and noun ellipsis, Quirk et al. 1985 §13.92, §12.5)."""
    if " and " not in text[s:e] and " but " not in text[s:e]:
        return ""
    for m in _GAP.finditer(text, s, e):
        last = next((d for d in dates if d.start == m.end()), None)
        if last is None or text[last.end : e].strip(" .!?\"”’") or not any(s <= d.start < m.start() for d in dates):
            continue
        before = [d for d in dates if s <= d.start < m.start()]
        if anchor.start < m.start():
            return title(text, s, m.start(), before, names, anchor)
        first = title(text, s, m.start(), before, names, before[0])
        words = first.split()
        np = m.group("np").split()
        k = next((k for k in range(len(words) - 2) if words[k].lower() == np[0].lower()), -1)
        if k < 0 or not verbs.has_finite(first):
            return ""
        # "Her first report was sent" -> "Her second report was sent"; "The union held its
        # first strike" -> "The union held its second strike"
        return capitalised(" ".join(words[:k] + np + words[k + 2 :]))
    return ""


def _title(text: str, s: int, e: int, dates: list[TimeExpression], names: list[Mention],
           anchor: TimeExpression | None = None) -> str:
    """`title` of text[s:e] once the clause is chosen."""
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
        if d.start == s and not text.startswith(",", d.end) and verbs.first_finite(verbs.words_of(text[d.end : e])[:1]) == 0:
            continue  # the date is the subject: "7/8/07 was chosen as its date"
        if periods.RANKED_BEFORE.search(text, max(s, d.start - 30), d.start):
            continue  # a ranked unit stays: "US stock markets have their best week"
        if d is not anchor and text[max(s, d.start - 5) : d.start].lower() == "than ":
            continue  # the term of a comparison stays: "40 percent lower than a year earlier"
        if s <= d.start and d.end <= e:
            possessive = text[d.end : d.end + 2] in ("'s", "’s")
            hyphened = _HYPHENED.search(text, max(s, d.start - 6), d.start) if text[d.start - 1 : d.start] == "-" else None
            at = d.start - (len(hyphened.group()) if hyphened else 0)
            lead = _LEAD.search(text[max(s, at - 20) : at])
            if lead and lead.group(0).lower().startswith("of "):
                following = verbs.words_of(text[d.end : d.end + 40])[:1] if text[d.end : d.end + 1] == " " else ()
                if following and following[0][:1].isalpha() and not verbs.is_finite(("it",) + following, 1):
                    lead = None  # "announcement of August unemployment data": "of" stays with its noun
            if lead and lead.group(0).lower().startswith("due") and _COPULA_END.search(text, max(s, at - 30), at - len(lead.group(0))):
                lead = _LEAD.search(text[at - len(lead.group(0)) + 4 : at])  # "Results are due [on Friday]": the predicate stays
            start = at - (len(lead.group(0)) if lead and not possessive else 0)
            end = d.end + (2 if possessive else 0)
            row = _IN_A_ROW.match(text, end) if d.precision in ("day", "week", "month", "year") and text.startswith(
                " in a", end) else None
            end = row.end() if row else end  # "for a fourth week in a row"
            # "in Sunday's general election" -> "in the general election"
            cuts.append((max(s, start) - s, min(e, end) - s, "the" if possessive else " "))
    pieces, at = [], 0
    for cut_start, cut_end, put in sorted(cuts):
        if cut_start >= at:
            pieces += [text[s + at : s + cut_start], put]
            at = cut_end
    chars = "".join(pieces) + text[s + at : e]
    if "that " in chars or "said " in chars or "says " in chars:
        chars = _THAT_SUBORDINATE.sub(r"\1 ", chars)
    if chars.lstrip().startswith("(") and chars.rstrip(" .").endswith(")"):
        chars = chars.strip().strip("()").strip()  # a sentence in parentheses: its words
    chars = _PARENTHESES.sub(" ", chars)
    chars = _DATELINE.sub("", chars)
    chars = _DATELINE_DASH.sub("", chars) if _CAPITALS.match(chars) else chars
    # Side clauses between commas go before attributions are looked for: the comma that
    # closes "Charities, such as X, today said that ..." does not open an attribution.
    chars = _ASIDE.sub("", chars) if ", " in chars else chars
    chars = _ATTRIBUTION_ASIDE.sub("", chars)
    unattributed = _ATTRIBUTION.sub("", chars)
    chars = unattributed if len(unattributed.split()) >= 2 else chars.lstrip(" ,")  # ", Vogt said the union would strike"
    chars = _ATTRIBUTION_VERB.sub("", chars)
    # Appositions between commas ("The index, a measure of ..., fell"); the side clauses
    # went before the attributions ("Rivermark, which filed on June 1, will close plants").
    chars = _DASH_ASIDE.sub(" ", chars) if ("--" in chars or "—" in chars or "–" in chars) else chars  # "the fifteen unions -- that is, those which ... -- had agreed"
    chars = _APPOSITION.sub(r"\1", chars)  # "in Phnom Penh, the capital, were closed"
    if chars.count(", ") >= 2:
        chars = appositions_dropped(chars)
    # A fronted phrase before the subject ("Despite his party's showing, Rainsy ...").
    chars = _BARE_LEAD.sub("", chars) if chars[:20].count(",") else chars  # "For [the day], the index closed": the preposition went with its date
    fronted = _FRONTED.match(chars)
    if fronted and len(chars[fronted.end() :].split()) >= 3:
        chars = chars[fronted.end() :]
    words = chars.split()
    words = [w for w in words if w not in ("—", "–", "--", "-")]
    text_title = " ".join(words).strip(" ,;:—–-")
    text_title = _SPACE_PUNCTUATION.sub(r"\1", text_title)
    text_title = text_title if text_title.endswith(".") and _ABBREVIATION_END.search(text_title[-12:]) else (
        text_title.rstrip(".!?"))  # "to the U.S."
    # What a removed date leaves: "rescheduled for, occurring", "The take-off,, was".
    text_title = _CONJUNCTION_ASIDE.sub(r", \1 ", text_title)  # "fall, and, [as of 18:00 UTC], it had fallen"
    text_title = _DANGLING.sub("", text_title)
    text_title = _COMMAS.sub("", text_title).strip(" ,;:")  # an aside that was only a date: "delivery, [in May], will"
    text_title = _DOUBLED.sub(r"\1", text_title)  # "0.9% and and a further 0.1%"
    words = text_title.split()
    if len(words) > TITLE_WORDS:
        words = without_relative(words)
        said = speaker_and_said(words) if len(words) > TITLE_WORDS and SAYING_WORD.search(text_title) else None
        if said is None or said[0] is words:
            words = said[1] if said is not None else cut(words)
        else:
            words = cut(said[0]) if len(said[0]) > TITLE_WORDS else said[0]
    words = untrail(words)  # "The first flight of the 777 was [in 1994]"
    joined = " ".join(words)
    absolute = joined.split(", with ", 1)[1] if ", with " in joined else ""
    if absolute and not verbs.has_finite(absolute) and not any(w.endswith("ing") for w in absolute.split()) and len(
            joined.split(", with ", 1)[0].split()) >= 3:
        words = joined.split(", with ", 1)[0].split()  # an absolute "with" phrase cut short: side detail
    if len(words) > 3 and words[0] in ("and", "but", "then"):
        words = words[1:]  # a clause cut from its sentence: "and only became public this weekend"
    result = balanced(" ".join(words).strip(" ,;:—–-\"“”'‘’"))
    return capitalised(result) if result else " ".join(text[s:e].split()[:TITLE_WORDS])


def subject_named(title: str, subject: list[Mention], entities: dict[str, Entity]) -> str:
    """The title with a leading "He"/"She" replaced by the person it stands for."""
    if subject and HE_SHE.match(title):
        return entities[subject[0].entity].name + title[title.index(" ") :] if " " in title else title
    return title
