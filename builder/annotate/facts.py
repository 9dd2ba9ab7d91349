"""Stated facts about people in one source: ages ("Hun Sen, 60", "25-year-old X"),
roles ("CNRP deputy president Kem Sokha", "Jan Brandt, chief executive of …") and
descriptions: a noun phrase in apposition ("Khieu Kanharith, a spokesman for …") or a
relative clause of leading or holding ("X, who represents Y", `appositions`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..annotation import Fact, Mention
from ..model import Entity, Paragraph, Source
from . import appositions, predicated, pronouns, verbs
from .nameparts import POSTNOMINALS
from .namewords import GENERIC_HEADS, HONORIFICS, STYLE_POSSESSIVES, STYLES, TITLE_MODIFIERS, TITLES
from .speakers import people_of

ROLE_NOUNS = frozenset(
    "minister premier president leader spokesman spokeswoman spokesperson official analyst "
    "king queen prince chairman chairwoman chair head secretary candidate member director "
    "governor mayor founder chief commander ambassador envoy lawmaker senator deputy "
    "cadre banker judge general adviser advisor editor reporter justice mp mep msp mla".split()
)
"""Nouns of a role; "justice" (a judge's title: "Justice Miriam Okafor") and an elected
office's letters ("Local MP Sarah Quinlan", `nameparts.OFFICE_LETTERS`) too; and the
occupations and offices of `appositions.ROLE_WORDS` that are no honorific (`HONORIFICS`:
"Mr", "Dr", "Dame"), in lower case before a name as a premodifying role ("shop steward
Karim Al-Mansouri", "Valdor engineer Jo Hart") or as a title ("Prosecutor Amara Osei",
"Detective Sergeant Colin Avery"; Quirk et al. 1985, ch. 17, on a title or role noun
before a name)."""
ROLE_NOUNS |= appositions.ROLE_WORDS - HONORIFICS - TITLE_MODIFIERS
_FUNCTION = frozenset(
    "the a an of by to and or that with from for in on at as his her their its is was "
    "said says told who which while after before than though although because whether if when where "
    "but nor yet".split()
)
"""Words that end a title read backwards from a name: articles, prepositions, reporting
verbs, and conjunctions ("though Transport Minister Jonas Berg": "though" opens the
clause; Quirk et al. 1985, ch. 14 on subordinators)."""


_POSTNOMINAL = re.compile(r"[ \u00a0]([A-Z]{2,4})\b(?=[ \u00a0]*,)")
"""Letters after a name before its apposition's comma ("Amara Osei KC, Senior Crown
Prosecutor"; `nameparts.POSTNOMINALS`)."""
_AGE_AFTER = re.compile(r"^[’']?\s*,\s*(\d{1,3})\s*,")
_AGE_BEFORE = re.compile(r"(\d{1,3})-year-old\s+$")
_APPOSITION = re.compile(r"^,\s+((?:a|an|the)\s[^,;.“\"]{3,120})")
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[\w’'-]+|[^\w\s]")
"""A word, an initialism with its full stops ("U.S.": no sentence end), or a mark."""
_WORD_START = re.compile(r"\w")
_TOKENS_READ = 10
"""How many of the last tokens before a name `_title_before` reads at most: a title of
four words, "of", a head of three and the token before them (and the one before that)."""
_TAIL = 120
"""Characters before a name tokenised first: they hold more than `_TOKENS_READ` tokens but
for long words."""


def find_facts(
    source: Source, mentions: tuple[Mention, ...], entities: dict[str, Entity]
) -> tuple[Fact, ...]:
    """Ages, roles and descriptions stated next to a person's name."""
    text = source.text
    facts: list[Fact] = []
    index = ([x.start for x in mentions], max((x.end - x.start for x in mentions), default=0))
    for m in people_of(mentions, entities):
        para = source.paragraphs[m.paragraph - 1]
        # What a fact needs sits next to the name: a window, not the paragraph's rest
        # (which made the cost quadratic in a long paragraph's length).
        after = text[m.end : min(para.end, m.end + FACT_WINDOW)]
        letters = _POSTNOMINAL.match(after)
        if letters and letters.group(1).lower() in POSTNOMINALS:
            after = after[letters.end() :]  # "Amara Osei KC, Senior Crown Prosecutor …": the letters are the name's
        before = text[max(para.start, m.start - FACT_WINDOW) : m.start]
        age_after = _AGE_AFTER.match(after)
        age = age_after or (_AGE_BEFORE.search(before) if "-year-old" in before else None)
        if age and 10 <= int(age.group(1)) <= 120:
            facts.append(Fact(m.entity, "age", age.group(1), m.paragraph))
        rest = after[age_after.end() - 1 :] if age_after else after
        appo = _APPOSITION.match(rest)
        if appo and (verbs.has_finite(_RELATIVE.split(appo.group(1), 1)[0]) or _vocative(before)):
            appo = None  # "'Łukasz, the truth does not need to shout'": a clause said to him, no description
        if appo:
            facts.append(Fact(m.entity, "description", _trim(appo.group(1)), m.paragraph))
        if _opens_subject(text, para, m):
            facts.extend(predicated.stated_after(rest, m.entity, m.paragraph))
        titled = _without_honorific(before)  # "chief executive Dr Niamh …", "our medical director, Dr Rajesh …"
        role = _title_before(titled, mentions, m, entities, index) or appositions.role_before(titled)
        if role and not role.endswith(")"):  # a role with no body: the one named after the person
            body = appositions.body_after(text, m, mentions[bisect_right(index[0], m.start) :][:2], entities)
            role = f"{role} ({body})" if body else role
        if role and not role.endswith(")"):
            role = _of_body(role, _ITS_BEFORE.search(titled, max(0, len(titled) - 120)) is not None, m, mentions, entities,
                            text, tuple(para.sentences))
        if role:
            facts.append(Fact(m.entity, "role", role, m.paragraph))
        its = _ITS_AFTER.match(rest) if not appo else None
        stated = "" if appo else appositions.role_after(", " + rest[its.end() :] if its else rest)
        if stated:
            stated = _off_name(stated)
            facts.append(Fact(m.entity, "role", _trim(_of_body(stated, its is not None, m, mentions, entities, text, tuple(para.sentences))), m.paragraph))
        relative = "" if appo or stated else appositions.relative_after(rest)
        if relative:  # "X, who represents Y,": a verb phrase describes, it names no role
            facts.append(Fact(m.entity, "description", _trim(_RELATIVE_PRONOUN.sub("", relative, count=1)), m.paragraph))
    return tuple(sorted(set(facts), key=lambda f: (f.paragraph, f.entity, f.kind, f.value)))


_RELATIVE_PRONOUN = re.compile(r"^(?:who|whom|which|that)\s+")
"""A relative clause's pronoun: a description starts after it ("who runs a farm" -> "runs
a farm"), the pronoun standing for the person the profile already names."""
_ITS_AFTER = re.compile(r",\s+its\s+(?=[a-z])")
"""An apposition opened by "its" after a name: "Julian Fairbrother, its chief executive,"."""
_ITS_BEFORE = re.compile(r"(?:^|\s)[Ii]ts\s+[^,;:.]{1,80},\s*$")
"""A role opened by "its" before a name: "its chief executive, Julian Fairbrother"."""
_POSSESSED = re.compile(r"((?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*)(?:[’']s|(?<=s)[’'])\s+([a-z].*)")
"""A role opened by a name's genitive: "Brackley's managing director"."""
_RECENT_BODY = 1500
"""How far back (characters, two or three news paragraphs) the body "its" stands for is looked for."""


def _of_body(
    role: str, its: bool, m: Mention, mentions: tuple[Mention, ...], entities: dict[str, Entity],
    text: str = "", sentences: tuple[tuple[int, int], ...] = (),
) -> str:
    """A role with the organisation it is held in, as "role (Body)": the body a genitive
    names ("Brackley's managing director" -> "managing director (Brackley Poultry)", when
    the source names an organisation or party whose name or alias is that word or begins
    with it: a short form on second reference, AP Stylebook, "second reference"; the
    genitive in the apposition after the name is read first: "X, Corvell's chairman"), or the
    body "its" stands for (`its`: "Julian Fairbrother, its chief executive" -> "chief
    executive (Harrowgate Chemicals)"): the body that is the subject of the name's
    sentence before it or of the sentence before (`sentences`, the paragraph's: the
    centre, Grosz, Joshi and Weinstein 1995), else the organisation or party named last
    before the person, nearby; "its" is a non-personal possessive, which a person cannot
    be the antecedent of (Quirk et al. 1985, ch. 6, pronouns; Hobbs 1978, recency). A genitive that names a person ("Dietrich
    Brannock's lawyer") or no known body keeps the role as written; "its" with no body
    before leaves the role bare."""
    owner = _POSSESSED.fullmatch(role)
    if owner is None and not its:
        return role
    before = [o for o in mentions[: bisect_left([o.start for o in mentions], m.start)] if o.end <= m.start
              and entities.get(o.entity) is not None and entities[o.entity].kind in ("organisation", "party")]
    if owner is not None:
        word = owner.group(1)
        after = [o for o in mentions[bisect_left([o.start for o in mentions], m.end) :][:3] if o.start - m.end < 120
                 and entities.get(o.entity) is not None and entities[o.entity].kind in ("organisation", "party")]
        for o in [*after, *reversed(before)]:  # "X, Corvell's chairman": the genitive after the name first
            body = entities[o.entity]
            if any(n == word or n.startswith(word + " ") for n in (body.name, *(a.text for a in body.aliases))):
                return f"{owner.group(2)} ({body.name})"
        return role
    near = [o for o in before if o.start >= m.start - _RECENT_BODY]
    for s, e in [(s, e) for s, e in sentences if s < m.start][-2:][::-1]:
        subject = pronouns.sentence_subject(text, s, min(e, m.start), [o for o in mentions if s <= o.start < min(e, m.start)])
        if subject is not None and subject in near:
            return f"{role} ({entities[subject.entity].name})"  # the centre: "The NEA said …. Its area director, X"
        if subject is None and _unnamed_subject(text, s, near, entities):
            # "The independent review … is due to report. Its chair, X": no body's role, unless
            # a body is named in that sentence ("The announcement followed a week for X. Its …")
            inside = [o for o in near if o.start >= s]
            return f"{role} ({entities[inside[-1].entity].name})" if inside else role
    return f"{role} ({entities[near[-1].entity].name})" if near else role


_THE_SUBJECT = re.compile(r"\s*[Tt]he\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")
"""A definite noun phrase of lower-case words opening a sentence: "The independent review
ordered", "The authority"."""


def _unnamed_subject(text: str, s: int, near: list[Mention], entities: dict[str, Entity]) -> bool:
    """Whether the sentence at `s` opens with a definite noun phrase that names no body
    ("The independent review ordered last month by …": none of its first words is a
    generic body noun, `GENERIC_HEADS`, nor a word of a body named nearby, `near`). "its"
    in the next sentence stands for that subject, the centre (Grosz, Joshi and Weinstein
    1995), or for a body that sentence names, not for one named before it (Hobbs 1978
    reads the sentence before first, its subject first)."""
    phrase = _THE_SUBJECT.match(text, s)
    if phrase is None:
        return False
    words = set(phrase.group(1).split())
    named = {w.lower() for o in near for w in entities[o.entity].name.split()}
    return not words & (GENERIC_HEADS | {"firm", "company", "corporation", "group", "party"} | named)


def _without_honorific(before: str) -> str:
    """The text before a name without the courtesy titles right before it ("chief executive
    Dr " -> "chief executive ", "our medical director, Dr " -> "our medical director, "):
    an honorific is how the person is addressed, part of neither the role nor the name
    that follows it (`namewords.HONORIFICS`; Quirk et al. 1985, ch. 17 on appositive titles),
    and so is "Professor" written before a name, an academic form of address as "Dr" is
    ("Inquiry chair Professor Miriam Okafor" -> "inquiry chair"; Debrett's, "academics")."""
    cut = len(before)
    while True:
        mt = re.search(r"(?<![\w’'-])([A-Za-z]+)\.?[ \u00a0]+$", before[:cut])
        if not mt or mt.group(1).lower() not in HONORIFICS | {"professor"} or not mt.group(1)[0].isupper():
            return before[:cut]
        cut = mt.start()


FACT_WINDOW = 400
"""Characters either side of a name searched for its age, description and title (an
apposition is at most 120 characters, a title four words)."""


_RELATIVE = re.compile(r"\s(?:who|whom|whose|which|that|where|when)\s")
"""A relative clause's start: a finite verb after it postmodifies the noun phrase ("a
former cadre who defected"); one before it makes the phrase a clause ("the truth does not
need to shout"; Quirk et al. 1985, ch. 17, relative clauses)."""
_VOCATIVE = re.compile(r"(?:^|[\s:—–(])[“\"‘'«„]$")
"""An opening quotation mark right before a name: the name opens what is said, and a
comma after it sets off a vocative, the one addressed (Quirk et al. 1985, ch. 10,
vocatives), not an apposition."""


def _vocative(before: str) -> bool:
    """Whether the name after `before` opens a quotation (a vocative: "'Łukasz, the …'")."""
    return bool(_VOCATIVE.search(before))


def _opens_subject(text: str, para: Paragraph, m: Mention) -> bool:
    """Whether the name `m` is the subject of its sentence, or in apposition to it: it opens
    the sentence, or follows a short noun phrase and a comma that open it ("The Athlete, Mr
    Łukasz Wróblewski, born …, is …"; Quirk et al. 1985, ch. 17, apposition), with an
    honorific between."""
    start = next((s for s, e in para.sentences if s <= m.start < e), None)
    if start is None:
        return False
    lead = text[start : m.start]
    return not lead.strip() or bool(_SUBJECT_LEAD.fullmatch(lead))


_SUBJECT_LEAD = re.compile(
    r"\s*(?:\d{1,3}\.\s+)?(?:(?:[Tt]he|[Aa]n?|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3},\s+)?"
    r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+)?")
"""What may stand before a subject's name in its sentence: a numbered paragraph's number
("2."), a short noun phrase the name is in apposition to ("The Athlete,"), an honorific."""


def _off_name(phrase: str) -> str:
    """A title set off from the name by a comma, in lower case when it is only title and
    role words ("Graham Pelling, Chief Executive Officer" -> "chief executive officer"): a
    title is capitalised before a name, lower case when set off from it by commas (AP
    Stylebook, "titles"), so that a press release's house capitals and a report's lower
    case give one role. A name in it keeps it as written ("Senior Crown Prosecutor for CPS
    Mercia")."""
    words = phrase.split()
    if all(w[:1].isupper() and w.lower() in ROLE_NOUNS | TITLES | TITLE_MODIFIERS for w in words):
        return phrase.lower()
    return phrase


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
    # Only the last tokens are read: those of a tail of `before`, when it holds more than
    # that (all but its first token, which the cut may split, are the tokens of the whole).
    words = _TOKEN.findall(before, max(0, len(before) - _TAIL))
    if len(words) <= _TOKENS_READ + 1:
        words = _TOKEN.findall(before)
    title: list[str] = []
    for word in reversed(words):
        if not _WORD_START.match(word) or word.lower() in _FUNCTION:
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
            if not _WORD_START.match(word) or word.lower() in _FUNCTION:
                break
            head.insert(0, word)
            if len(head) == 3:
                break
        if any(w.lower() in ROLE_NOUNS for w in head):
            return _as_stated(" ".join([*head, "of", *title]), words[: stop - len(head)])
    # A title is a noun phrase: what a finite verb ends is the clause before it ("Hun Sen
    # had also accused CNRP senior official Son Chhay": "CNRP senior official"; "Judge Vos
    # also referred Dietrich Brannock": no title of his, the judge's is before her name)
    verb = max((i for i in range(len(title)) if verbs.is_finite(tuple(title), i)), default=-1)
    title = title[verb + 1 :]
    # "Her Honour Judge": the style is how the holder is addressed; the title is "Judge"
    while len(title) > 1 and title[0].lower() in STYLE_POSSESSIVES and title[1].lower() in STYLES:
        title = title[2:]
    if len(title) > 1 and title[0].lower() in STYLES and len(words) > len(title) and (
            words[len(words) - len(title) - 1].lower() in STYLE_POSSESSIVES):
        title = title[1:]
    # "meet Governor Helen Marsh": lower-case words before a capitalised title that are no
    # title or role words are the clause's (a verb's), not the title's
    capital = next((i for i, w in enumerate(title) if w[0].isupper()), 0)
    while capital > 0 and title[0].lower() not in TITLES | TITLE_MODIFIERS | ROLE_NOUNS | {"longtime", "then", "current"}:
        title, capital = title[1:], capital - 1
    # "Mr Justice Pellew", "Mrs Justice Ward": an honorific before "Justice" is how a
    # High Court judge in England and Wales is styled; the role is a judge's (Courts and
    # Tribunals Judiciary, "How to address a judge")
    if len(title) == 2 and title[0].lower().rstrip(".") in HONORIFICS and title[1] == "Justice":
        return "judge"
    # Keep the run from its first role noun on, with any organisation named just before.
    lowered = [w.lower() for w in title]
    if not any(w in ROLE_NOUNS for w in lowered):
        return ""
    lowest = m.start - len(" ".join(title)) - 2
    starts, longest = index
    near = mentions[bisect_left(starts, lowest - longest) : bisect_left(starts, m.start)]
    if any(o.end <= m.start and o.end > lowest and entities.get(o.entity) and entities[o.entity].kind == "person" for o in near):
        return ""  # "Judge Vos Brannock …": a title with another person's name in it is that person's
    org = shown = ""
    for other in near:
        if other.end <= m.start and other.end >= lowest:
            if entities.get(other.entity) and entities[other.entity].kind not in ("person", "place"):
                org = shown = other.text  # (a place is the title's jurisdiction, kept in it: "U.S. District Judge")
                full = entities[other.entity].name
                if full.startswith(org + " "):
                    shown = full  # "Hopewell director-general": a short form on second reference (AP), the body's name
    phrase = " ".join(w for w in title if w != org and w.lower() != org.lower())
    if org and phrase.lower().startswith(org.lower() + " "):
        phrase = phrase[len(org) + 1 :]  # "Brennan Lowe partner": a body's name of several words
    # "former" stays: a former prosecutor is no prosecutor (AP Stylebook, "former")
    phrase = re.sub(r"^(?:longtime|then|current)\s", "", phrase, flags=re.I)
    phrase = _as_stated(phrase, words[: len(words) - len(title)])
    return f"{phrase} ({shown})" if org else phrase
