"""Evidence about entities in one source: attributed quotes, stated facts, numeric claims.

Heuristics over the text and its mentions, no model: a quotation is attributed by the
reporting verb next to it ("…," X said; X said "…"; said X; X told AFP "…"; according
to X), by a pronoun to the last person named, or by continuing the previous paragraph's
quote; in double marks of any family or in single marks. Facts are ages ("Hun Sen,
60", "25-year-old X") and roles ("CNRP deputy president Kem Sokha", "Khieu Kanharith, a
spokesman for …").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from ..annotation import Claim, Fact, Mention, Quote
from ..model import Entity, Source
from . import antecedents, appositions, claimants, counted
from .namewords import TITLES

OPENING = "“\"„«‹»‟"
"""Marks that open a quotation: curly, straight, low-high, guillemets either way."""
CLOSING = "”\"“»›«"
"""Marks that close one. Any opening mark pairs with the first closing mark after it
(“…" opened curly and closed straight is one quotation); a quotation may run over line
breaks inside its paragraph, and one left open continues in the next paragraph."""
_MARKS = re.escape("".join(sorted(set(OPENING + CLOSING))))
_QUOTE = re.compile(rf"[{re.escape(OPENING)}]([^{_MARKS}]*)([{re.escape(CLOSING)}]|$)")
# A quotation in single marks ('…,' said X; ‘…’): opened at a word's start, closed after
# the speech's own punctuation ("open,'") or just before it ("open', he said"); an
# apostrophe inside a word ("union's", "don't") is no mark. Scare quotes ('green'
# jobs) have neither, and are left alone.
_SINGLE = re.compile(
    r"(?<![\w’'‘])[‘'](?=[^\W_])((?:[^‘’'\"“”„«»‹›\n]|(?<=\w)[’'](?=\w))*?)"
    r"(?:(?<=[,.!?…])[’'](?!\w)|[’'](?=[,.]\s+(?:[A-Z][\w’'-]*\s+){0,3}(?:said|says|told|added|he|she|they)\b))"
)
_VERBS = r"\b(?:said|says|added|told|replied|asked|insisted|stated|wrote|warned|declared|explained)\b"
_FRAMING = (
    r"\b(?:said|says|added|told|replied|asked|insisted|stated|wrote|warned|declared|explained"
    r"|called|calls|accused|accuses|urged|urges|described|describes|vowed|vows|promised|promises|pledged|pledges"
    r"|branded|brands|dismissed|dismisses|praised|praises|condemned|condemns|hailed|hails|denied|denies)\b"
)
"""Verbs whose subject speaks the quotation that completes them: reporting verbs, and the
verbs that frame a quoted phrase as their complement: X called the walkout "…", X called
on both sides to "…", X accused the minister of "…", X described the ruling as "…", X
vowed to "…" (English verbs of speaking and of evaluative naming; closed class). They
attribute a quotation that comes after them; only the reporting verbs (`_VERBS`) do
after a quotation ("…," X said)."""
ROLE_NOUNS = frozenset(
    "minister premier president leader spokesman spokeswoman spokesperson official analyst "
    "king queen prince chairman chairwoman chair head secretary candidate member director "
    "governor mayor founder chief commander ambassador envoy lawmaker senator deputy "
    "cadre banker judge general adviser advisor editor reporter".split()
)
_FUNCTION = frozenset(
    "the a an of by to and or that with from for in on at as his her their its is was "
    "said says told who which while after before than".split()
)
MIN_QUOTE_WORDS = 4


def _people(mentions: tuple[Mention, ...], entities: dict[str, Entity]) -> list[Mention]:
    return [m for m in mentions if entities.get(m.entity) and entities[m.entity].kind == "person"]


def find_quotes(
    source: Source, mentions: tuple[Mention, ...], entities: dict[str, Entity]
) -> tuple[Quote, ...]:
    """Quotations with their speakers."""
    text = source.text
    people = _people(mentions, entities)
    bounds = ([m.start for m in people], [m.end for m in people])
    quotes: list[Quote] = []
    last_speaker = ""
    open_quote = quoted_before = False
    for p in source.paragraphs:
        if p.skipped:
            continue
        para_quotes = _quotations(text, p.start, p.end)
        spans = p.sentences if para_quotes else ()
        para_speaker = ""
        for i, (qs, qe, body) in enumerate(para_quotes):
            speaker = _attribute(text, spans, p.end, qs, qe, people, bounds)
            words = len(body.split())
            if not speaker and words >= MIN_QUOTE_WORDS and not _attributed_after(text, qe, p.end):
                if para_speaker:
                    speaker = para_speaker  # a second quote in the same paragraph
                elif i == 0 and qs == p.start and last_speaker and (open_quote or quoted_before):
                    speaker = last_speaker  # the paragraph continues the previous speaker
            if words < MIN_QUOTE_WORDS and not (speaker and _spoken(text, body, qe, p.end)):
                continue
            quotes.append(Quote(speaker, qs, qe, _speech(body), p.number))
            if speaker:
                last_speaker = para_speaker = speaker
        quoted_before = bool(para_quotes) and bool(para_speaker or (open_quote and last_speaker))
        if not para_quotes:
            last_speaker = ""
        # A quote left open at the end of a paragraph continues in the next one.
        open_quote = bool(para_quotes) and _ends_open(text, p.start, p.end)
    return tuple(quotes)


def _quotations(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The quotations of one paragraph in text order: (start, end, words), in double
    marks of any family (`_QUOTE`) or in single marks (`_SINGLE`) outside those."""
    double = [(mt.start(), mt.end(), " ".join(mt.group(1).split())) for mt in _QUOTE.finditer(text, start, end)]
    if "'" not in text[start:end] and "‘" not in text[start:end]:
        return double
    single = [
        (mt.start(), mt.end(), " ".join(mt.group(1).split()))
        for mt in _SINGLE.finditer(text, start, end)
        if not any(a <= mt.start() < b for a, b, _ in double)
    ]
    return sorted(double + single)


def _spoken(text: str, body: str, qe: int, end: int) -> bool:
    """A short quotation is speech, not a scare quote, when punctuation closes it, or when
    (attributed to a speaker) it ends its sentence: X said the deal was "expensive but
    fair"."""
    return bool(re.search(r"[,.!?…]$", body)) or bool(re.match(r",\s+(?:according to|\w+\s+said)|[.!?…]", text[qe:end]))


def _speech(body: str) -> str:
    """A quotation's words without the comma, semicolon or colon that joins it to the
    reporting clause ("not for weeks," Alvarez said -> "not for weeks"): that mark is the
    sentence's punctuation, not the speaker's; a full stop, question or exclamation mark
    and an ellipsis are the speaker's and stay."""
    return body.rstrip(",;: ")


def _ends_open(text: str, start: int, end: int) -> bool:
    """Whether the paragraph's last quotation has no closing mark."""
    closers = [mt.group(2) for mt in _QUOTE.finditer(text, start, end)]
    return bool(closers) and not closers[-1]


def _attributed_after(text: str, qe: int, end: int) -> bool:
    """Whether a reporting verb right after the quote gives it a speaker of its own
    ("…," said Ms. Rowe; "…," the clerk added), named or not: such a quote never takes
    the previous quote's speaker."""
    return bool(_OWN_VERB.match(text, qe, end))


_FRAMED = re.compile(
    r"(?:[’']s?)?\s*(?:,[^,“”\"]{0,80},|,)?\s*(?:(?:also|later|then|again|once|has|have|had|on\s+\w+|\w+ly)\s+)*"
    + _FRAMING
)
"""A framing verb whose subject is the name just before it ("Okafor, chief executive of
Meridian, called the walkout", "Fairbanks on Thursday called on", "X also described"): a
framing verb further on has another subject ("X expressed condolences for Y and
described him as "…"" is not Y's)."""
_PRONOUN_SAYS = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+(?:[a-z]+\s+){0,2}?" + _FRAMING)
"""A person pronoun as the subject of a framing verb before a quotation ("he said", "She
later called it")."""
_OWN_VERB = re.compile(r"[’'”\"\s,.]*(?:[\w.’'-]+\s+){0,5}?" + _VERBS)
_HONORIFIC_END = re.compile(r"\b([A-Z][a-z]{1,4})\.\s*$")


def _window(text: str, spans: Sequence[tuple[int, int]], end: int, qs: int, qe: int) -> tuple[int, int]:
    """Start of the sentence the quote opens in, end of the one it closes in."""
    s_start = next((s for s, e in spans if s <= qs < e), spans[0][0])
    s_end = next((e for s, e in spans if s < qe <= e), max(qe, end))
    # "Who will pay?" Ilse Varga asked.  The question mark ended a sentence; the short
    # reporting clause after it is still the quotation's attribution.
    after = next(((s, e) for s, e in spans if s >= qe), None)
    if s_end <= qe and after and _TRAILING_ATTRIBUTION.fullmatch(text, qe, after[1]):
        s_end = after[1]
    return s_start, max(s_end, qe)


_TRAILING_ATTRIBUTION = re.compile(r"\s*(?:[\w.’'-]+\s+){0,5}?" + _VERBS + r"(?:\s+[\w.’'-]+){0,6}[.!?]?\s*")
"""A sentence that is only a reporting clause: "Ilse Varga asked.", "said the judge, Helena Vos." """


def _attribute(
    text: str, spans: Sequence[tuple[int, int]], end: int, qs: int, qe: int, people: list[Mention],
    bounds: tuple[list[int], list[int]],
) -> str:
    """The speaker named by a reporting verb in the quote's sentence, or "".
    `people`: the people's mentions in text order; `bounds`: their starts and ends."""
    s_start, s_end = _window(text, spans, end, qs, qe)
    # people are in text order: each list is a slice (filtering all of them for every
    # quote cost time quadratic in the source's length)
    starts, ends = bounds
    after_people = people[bisect_left(starts, qe) : bisect_left(starts, s_end)]
    before_people = people[bisect_left(starts, s_start) : max(bisect_left(starts, s_start), bisect_right(ends, qs))]
    # "…," X said  /  "…," said X  /  "…," X told AFP
    if after_people:
        m = after_people[0]
        gap = text[qe : m.start]
        # an abbreviated title before the name ("said Ms. Jane Rowe") is part of the gap
        title = _HONORIFIC_END.search(gap)
        if title and title.group(1).lower() in TITLES:
            gap = gap[: title.start()] + " "
        tail = text[m.end : s_end]
        # "…," said X; "…," said the union's general secretary, X (a role in apposition)
        if re.fullmatch(r"[\s,.]*" + _VERBS + r"\s*(?:[\w’' -]{0,60}?(?:,\s*|\s))?", gap):
            return m.entity
        if re.fullmatch(r"[\s,.]*(?:[\w’' -]{0,30}\s)?", gap) and re.match(
            r"[’']?s?\s*(?:,[^,.“\"]{0,60},)?\s*(?:\w+\s)?" + _VERBS, tail
        ):
            return m.entity
        if re.search(r"according to\s+(?:[\w’' -]{0,50}\s)?$", gap):
            return m.entity
    # X said "…"  /  X told AFP: "…"  /  X called the walkout "…"  /  X accused Y of "…"
    if before_people:
        m = before_people[-1]
        gap = text[m.end : qs]
        if len(gap) < 200 and (re.search(_VERBS, gap) or _FRAMED.match(gap)) and not _PRONOUN_SAYS.search(gap):
            return m.entity
    # "…," he said  /  He said it would take "…": the last person named before the quote
    if re.match(r"[\s,.]*(?:he|she)\s+" + _VERBS, text[qe:s_end], re.I) or _PRONOUN_SAYS.search(text[s_start:qs]):
        last = bisect_right(ends, qs)
        return people[last - 1].entity if last else ""
    return ""


_AGE_AFTER = re.compile(r"^[’']?\s*,\s*(\d{1,3})\s*,")
_AGE_BEFORE = re.compile(r"(\d{1,3})-year-old\s+$")
_APPOSITION = re.compile(r"^,\s+((?:a|an|the)\s[^,;.“\"]{3,120})")


def find_facts(
    source: Source, mentions: tuple[Mention, ...], entities: dict[str, Entity]
) -> tuple[Fact, ...]:
    """Ages, roles and descriptions stated next to a person's name."""
    text = source.text
    facts: list[Fact] = []
    index = ([x.start for x in mentions], max((x.end - x.start for x in mentions), default=0))
    for m in _people(mentions, entities):
        para = source.paragraphs[m.paragraph - 1]
        # What a fact needs sits next to the name: a window, not the paragraph's rest
        # (which made the cost quadratic in a long paragraph's length).
        after = text[m.end : min(para.end, m.end + FACT_WINDOW)]
        before = text[max(para.start, m.start - FACT_WINDOW) : m.start]
        age_after = _AGE_AFTER.match(after)
        age = age_after or _AGE_BEFORE.search(before)
        if age and 10 <= int(age.group(1)) <= 120:
            facts.append(Fact(m.entity, "age", age.group(1), m.paragraph))
        rest = after[age_after.end() - 1 :] if age_after else after
        appo = _APPOSITION.match(rest)
        if appo:
            facts.append(Fact(m.entity, "description", _trim(appo.group(1)), m.paragraph))
        role = _title_before(before, mentions, m, entities, index) or appositions.role_before(before)
        if role and not role.endswith(")"):  # a role with no body: the one named after the person
            body = appositions.body_after(text, m, mentions[bisect_right(index[0], m.start) :][:2], entities)
            role = f"{role} ({body})" if body else role
        if role:
            facts.append(Fact(m.entity, "role", role, m.paragraph))
        stated = "" if appo else appositions.role_after(rest)
        if stated:
            facts.append(Fact(m.entity, "role", _trim(stated), m.paragraph))
    return tuple(sorted(set(facts), key=lambda f: (f.paragraph, f.entity, f.kind, f.value)))


FACT_WINDOW = 400
"""Characters either side of a name searched for its age, description and title (an
apposition is at most 120 characters, a title four words)."""


def _trim(phrase: str) -> str:
    words = phrase.split()
    return " ".join(words[:16]) + ("…" if len(words) > 16 else "")


def _as_stated(phrase: str, preceding: list[str]) -> str:
    """A stated role in the source's casing ("Cambodian Prime Minister" stays so), but for
    the capital a sentence gives its first word: "Opposition leader" opening a sentence
    is "opposition leader" (the rest of the phrase, all lower case, shows it was no
    title). `preceding`: the paragraph's tokens before the role."""
    first, _, rest = phrase.partition(" ")
    opens_sentence = not preceding or preceding[-1] in (".", "!", "?", "“", "\"", "‘", "'", ":")
    if opens_sentence and rest == rest.lower() and first[1:] == first[1:].lower():
        return f"{first.lower()} {rest}".rstrip()
    return phrase


def _title_before(
    before: str, mentions: tuple[Mention, ...], m: Mention, entities: dict[str, Entity], index: tuple[list[int], int],
) -> str:
    """"CNRP deputy president" before "Kem Sokha" -> "deputy president (CNRP)".
    `index`: the mentions' starts (they are in text order) and the longest mention's length."""
    words = re.findall(r"[\w’'-]+|[^\w\s]", before)
    title: list[str] = []
    for word in reversed(words):
        if not re.match(r"\w", word) or word.lower() in _FUNCTION:
            break
        title.insert(0, word)
        if len(title) == 4:
            break
    # "Mayor of Kestrel Bay Owen Pryce": a role noun, "of" and a name before the person
    stop = len(words) - len(title) - 1
    if title and stop >= 1 and words[stop].lower() == "of" and all(w[0].isupper() for w in title) and not any(
        w.lower() in ROLE_NOUNS for w in title
    ):
        head: list[str] = []
        for word in reversed(words[:stop]):
            if not re.match(r"\w", word) or word.lower() in _FUNCTION:
                break
            head.insert(0, word)
            if len(head) == 3:
                break
        if any(w.lower() in ROLE_NOUNS for w in head):
            return _as_stated(" ".join([*head, "of", *title]), words[: stop - len(head)])
    # Keep the run from its first role noun on, with any organisation named just before.
    lowered = [w.lower() for w in title]
    if not any(w in ROLE_NOUNS for w in lowered):
        return ""
    org = ""
    lowest = m.start - len(" ".join(title)) - 2
    starts, longest = index
    for other in mentions[bisect_left(starts, lowest - longest) : bisect_left(starts, m.start)]:
        if other.end <= m.start and other.end >= lowest:
            if entities.get(other.entity) and entities[other.entity].kind != "person":
                org = other.text
    phrase = " ".join(w for w in title if w != org and w.lower() != org.lower())
    phrase = re.sub(r"^(?:longtime|former|then|current)\s", "", phrase, flags=re.I)
    phrase = _as_stated(phrase, words[: len(words) - len(title)])
    return f"{phrase} ({org})" if org else phrase


# A counted noun: a plural ("members", "workers", "euros"), with a participle or an -ing
# noun before it ("registered voters", "shipping lines"; not a preposition in -ing:
# "during talks"), or one of the plurals without -s.
_UNITS = (
    r"(?:[a-z]+ed\s|(?!(?:during|including|following|regarding|concerning|according|excluding|pending|"
    r"notwithstanding|involving|ending|starting|beginning|totalling|totaling|being|having)\s)[a-z]{2,}ing\s)?"
    r"(?:[a-z]{2,}[a-z]s|people|men|women|children|staff|personnel)"
)
NOT_COUNTED = frozenset(
    "years months weeks days hours minutes seconds decades centuries times percent cents points "
    "kilometres kilometers miles metres meters feet inches".split()
)
"""Plural nouns after a number that are no count of things claimed: durations, shares,
changes and measures."""
# Thousands separated by a comma, full stop, space, no-break or thin space: "1,200",
# "12.500", "12 500" (a count has no decimals, so "12.500 members" is twelve thousand five hundred).
_INTEGER = r"\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:\.\d{3})+(?![\d.,])|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?!\d)|\d+"
_NUMBER = rf"(?:{_INTEGER})(?:\.\d+)?(?:\s(?:million|billion))?"
# A figure, with its unit when one follows (allowing "68 [National Assembly seats]").
_FIGURE = re.compile(rf"(?<![\w.,-])({_NUMBER})(?![\w-])(?:\s\[?(?:[A-Z]\w*\s){{0,2}}({_UNITS})\b)?")
_OF_TOTAL = re.compile(rf"\s+of\s+the\s+(?:{_NUMBER})\s(?:[A-Z]\w*\s){{0,2}}({_UNITS})\b")
# Figures that are not a count someone claims: changes, bounds, totals, shares.
_NOT_A_COUNT = re.compile(
    r"(?:loss of|losing|lost|gaining on the|gained|[Mm]ore than|[Ff]ewer than|[Ll]ess than|[Oo]ver|of|of the|of [\w’']+[’']s"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)\s$"
)
"""Before a figure that is no count claimed: a change, a bound, a total ("19 of Cambodia's
24 provinces"), or a day of a date ("July 28")."""
_REPORTING = claimants.REPORTING


def find_claims(
    source: Source, mentions: tuple[Mention, ...], entities: dict[str, Entity], quotes: tuple[Quote, ...] = ()
) -> tuple[Claim, ...]:
    """Counted figures (a number and a counted noun: "1,200 members", "55 seats"; an
    amount of money and what it is of: "£8 million in unpaid wages", unit "unpaid wages
    (£)"): whose
    count each is (`owner`, a party or organisation) and who states it (`claimant`).

    A figure takes the unit written after it, or after "of the 123 …" ("68 of the 123
    seats"), or, when it is tied to a party ("to the CNRP's 2.9 million", "55 for the
    CNRP", "CNRP 55"), the unit of the figure before it in the sentence. Changes, bounds
    and totals ("a loss of 22 seats", "more than 55", "of the 123 seats") are not claims.
    The owner is the party or organisation the figure is tied to, or else the last party
    named before it in the clause. The claimant is the speaker of the quotation the figure is in, the
    entity after "according to", the subject of the reporting verb, or for "he said"
    and "the election authority said" the claimant of the sentence before.
    """
    text = source.text
    claims: list[Claim] = []
    last_claimant = ""
    starts = [m.start for m in mentions]
    bodies = claimants.Bodies(mentions, entities)
    for p in source.paragraphs:
        if p.skipped:
            continue
        paragraph_unit = paragraph_owner = ""
        for s, e in p.sentences:
            # mentions are in text order: the sentence's are a slice (a filter of all
            # mentions per sentence cost time quadratic in the source's length)
            in_sentence = list(mentions[bisect_left(starts, s) : bisect_left(starts, e)])
            parties = [m for m in in_sentence if entities.get(m.entity) and entities[m.entity].kind == "party"]
            owners = [m for m in in_sentence if entities.get(m.entity) and entities[m.entity].kind in ("party", "organisation")]
            claimant = claimants.claimant(text, s, e, in_sentence, entities, bodies.before(s))
            stated_as = claimants.described(text, s, e) if claimant == "" else ""
            if claimant is None:
                claimant = last_claimant
            elif claimant:
                last_claimant = claimant
            unit = ""
            for mt in _FIGURE.finditer(text, s, e):
                fs, fe = mt.start(), mt.end()
                sign = _CURRENCY_BEFORE.search(text, max(s, fs - 4), fs)
                if sign:  # an amount of money: a claim only when it says what it is of
                    what, what_end = _money_what(text, s, e, sign.start(), mt.end(1))
                    if what:
                        money = f"{what} ({sign.group(1)})"
                        owner = (
                            _tied_party(text, sign.start(), fe, owners) or _relative_owner(text, sign.start(), s, owners)
                            or _party_before(text, sign.start(), s, parties)
                            or antecedents.debtor(text, sign.start(), s, mentions[: bisect_left(starts, fs)], entities)
                        )
                        speaker = next((q.speaker for q in quotes if q.start <= fs < q.end and q.speaker), "")
                        value = text[sign.start() : mt.end(1)]
                        claims.append(Claim(f"{money} of {owner}" if owner else money, value, speaker or claimant or "",
                                            p.number, money, owner, sign.start(), what_end,
                                            stated_as="" if speaker else stated_as))
                    continue
                earlier = counted.EARLIER.search(text, max(s, fs - 25), fs)  # "more than the 23 it reported"
                if not earlier and (_NOT_A_COUNT.search(text[max(s, fs - 20) : fs]) or text.startswith(" per cent", fe)):
                    if mt.group(2):
                        unit = mt.group(2)
                    continue
                tied = _tied_party(text, fs, fe, owners)
                of_total = _OF_TOTAL.match(text, fe, e)
                part, determiner = counted.partitive(text, fe, e) if not mt.group(2) else ("", "")
                continued = counted.continues(text, s, fs)
                this_unit = (
                    _counted(mt.group(2)) or (_counted(of_total.group(1)) if of_total else "") or _counted(part)
                    or (unit if tied or earlier else "") or (paragraph_unit if continued else "")
                )
                if re.fullmatch(r"(?:1[89]|20)\d\d", mt.group(1)):
                    continue  # a year ("2013 elections")
                if not this_unit:
                    this_unit = counted.number_of(text, s, fs) or _implicit_unit(text, s, fs, fe, e, paragraph_unit)
                if not this_unit:
                    continue  # no counted noun
                unit = paragraph_unit = this_unit
                end = mt.end(2) if mt.group(2) else fe
                per = counted.rate(text, end, e)
                shown = f"{this_unit} {per}" if per else this_unit
                act = counted.act(text, s, fs)
                owner = (
                    tied or _relative_owner(text, fs, s, owners) or _party_before(text, fs, s, parties)
                    or (_body_before(owners, fs) if determiner in ("its", "their") else "")
                    or (_body_before(owners, fs) if act and counted.indirect_object(text, s, fs) else "")
                    or (paragraph_owner if continued else "")
                )
                paragraph_owner = owner
                speaker = next((q.speaker for q in quotes if q.start <= fs < q.end and q.speaker), "")
                who = speaker or claimant or ""
                quantity = f"{shown} of {owner}" if owner else shown
                change = bool(earlier) or continued or counted.is_change(text, s, fs) or counted.timed(text, s, e)
                claims.append(Claim(quantity, mt.group(1), who, p.number, shown, owner, fs, fe, act, change,
                                    "" if speaker else stated_as))
    return tuple(claims)


_CURRENCY_BEFORE = re.compile(r"((?:[A-Z]{1,2})?[$£€¥₹₩₽₺₴₦₪฿₫₱¢])\s?$")
"""A currency sign (with a country's letters: "US$", "NZ$") right before a figure."""
_MONEY_OF = re.compile(
    r"\s(?:in|of)\s((?!(?:the|a|an|its|their|his|her|this|that|these|those|total|all|cash|value)\b)[a-z][a-z-]+"
    r"(?:\s(?!(?:to|from|for|and|or|by|on|at|in|of|with|over|after|since|than|but|as)\b)[a-z][a-z-]+){0,2})\b"
)
"""What an amount of money is of: "£8 million in unpaid wages", "$2 billion of debt" (at
most three lower-case words, up to the next small word). An amount with nothing said of
what it is ("a £2 million loan", "paid £8 million") is no claim: two such amounts need
not be the same quantity (`_money_what` reads the other ways of saying it)."""
_NOUN_OF = re.compile(
    r"(?<![\w’'])(?!(?:tens|hundreds|thousands|millions|billions|dozens|terms|excess)\b)([a-z]{3,}s)\s+of\s+"
    r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|roughly\s+|an estimated\s+)?$"
)
"""What an amount of money is, written before it: "debts of £12 million", "losses of
about $3 billion" (a plural noun and "of")."""
_OWED = re.compile(
    r"\b(?:owes|owed|owing|owe)\s+(?:[a-z]+\s+){0,2}?(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?$"
)
"""An amount owed ("owes suppliers about £8 million"): a debt, the quantity "debts of
£12 million" states."""


def _money_what(text: str, s: int, e: int, start: int, end: int) -> tuple[str, int]:
    """What the amount of money from `start` (its currency sign) to `end` is, and where
    the claim's words end; ("", end) when the sentence does not say: written after it ("£8 million in unpaid wages"), before
    it ("debts of £12 million", "losses of about $3 billion"), or owed ("owes suppliers
    about £8 million": "debts"). Changes and bounds ("a loss of", "more than") are none."""
    before = text[max(s, start - 40) : start]
    paid = _MONEY_OF.match(text, end, e)
    if paid and not _NOT_A_COUNT.search(text[max(s, start - 20) : start]):
        return paid.group(1), paid.end()
    noun = _NOUN_OF.search(before)
    if noun and noun.group(1) not in NOT_COUNTED:
        return noun.group(1), end
    if _OWED.search(before):
        return "debts", end
    return "", end


def _body_before(owners: list[Mention], start: int) -> str:
    """The organisation or party named last before `start` in the sentence (`owners`: the
    sentence's), which a pronoun or possessive standing for a body refers to ("the
    chamber said 200 of its members", "Halden said the closure had cost it £4 million");
    "" when none is named."""
    before = [m for m in owners if m.end <= start]
    return before[-1].entity if before else ""


def _relative_owner(text: str, start: int, s: int, owners: list[Mention]) -> str:
    """The party or organisation a figure is said of in a relative clause after its name:
    "Vantmoor, which employs 12 500 workers", "the union, which says it has 1,200
    members", "the CSWU, whose 900 members" (the clause's subject is the name before
    the comma). Source: English relative clauses (which, who, whose, that)."""
    for m in reversed(owners):
        if s <= m.end <= start and re.fullmatch(
            r"(?:[’']s)?,\s+(?:whose\s+|(?:which|who|that)\s+[^,;:.—()\d]*?)", text[m.end : start]
        ):
            return m.entity
    return ""


_SUBJECT_VERB = re.compile(r"\s+(?:were|was|are|have|had|did|[a-z]{2,}ed)\b")
_STATED_ALONE = re.compile(
    r"(?:said|says|say|claimed|claims|claim|estimated|estimates|counted|reported|put (?:it|the \w+) at)"
    r"\s+(?:only\s+|just\s+|about\s+|some\s+|around\s+|nearly\s+|almost\s+|up to\s+|at least\s+)?$"
)


def _implicit_unit(text: str, s: int, fs: int, fe: int, e: int, earlier: str) -> str:
    """The unit of a figure written without one, or "".

    - A figure that is the subject of a verb ("3,000 marched", "450 were laid off",
      "12 testified") counts people, unless a capitalised word stands before it (a
      designation: "Flight 447 crashed").
    - A figure stated alone after a reporting verb, ending its clause ("organisers said
      10,000.", "the administrator put the number at 380;"), counts what the paragraph's
      last counted figure counted (`earlier`; "" when there was none).

    Source: English news usage for disputed counts ("police said 3,000 marched;
    organisers said 10,000")."""
    before = text[max(s, fs - 40) : fs]
    if (
        _SUBJECT_VERB.match(text, fe, e) and not re.search(r"(?:[A-Z][\w.’'-]*\s|[:/])$", before)
        and not re.fullmatch(r"\d+\.\d+", text[fs:fe])
    ):
        return "people"
    if earlier and _STATED_ALONE.search(before) and re.match(r"\s*(?:[.;,)]|$|\s(?:and|but|while|whereas)\b)", text[fe:e]):
        return earlier
    return ""


def _counted(unit: str | None) -> str:
    """The unit, or "" when the noun is no count ("years", "points")."""
    if not unit or unit.split()[-1] in NOT_COUNTED:
        return ""
    return unit


def _tied_party(text: str, start: int, end: int, parties: list[Mention]) -> str:
    """The party a figure is written with: "the CNRP's 2.9 million", "CNRP 55",
    "55 for the opposition CNRP", "55 seats won by the CNRP"."""
    for m in parties:
        if m.end <= start and re.fullmatch(r"(?:[’']s)?\s+", text[m.end : start]):
            return m.entity
        if m.start >= end and m.start - end < 50 and re.fullmatch(
            r"\s*(?:for|won by|held by)\s+(?:the\s+)?(?:opposition\s+|ruling\s+)?", text[end : m.start]
        ):
            return m.entity
    return ""


def _party_before(text: str, start: int, s: int, parties: list[Mention]) -> str:
    """The last party named before the figure in the same clause (not across "that": in
    "the CNRP claims that 1.3 million names were missing" the party states the count)."""
    before = [
        m for m in parties
        if m.end <= start and not re.search(r"[;—]|\d", text[m.end : start])
        and not re.match(r"\s+" + _REPORTING.pattern + r"\s+that\b", text[m.end : start])
    ]
    return before[-1].entity if before else ""
