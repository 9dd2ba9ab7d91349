"""The names a title's opening pronoun stands for: "His"/"Her" the person of its sentence
(`owner_named`), "It" the name the sentence before opens with (`it_named`), "Its"/"Their"
the subject of its own clause or of the sentence before (`its_owner`), and a statement's
"I" its author (`author_named`), so that a title read alone says who acted. Closed classes
of English only (pronouns, copulas); no topic words.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..annotation import Mention
from ..model import Entity, Source
from . import verbs
from .clauses import subject_before
from .phrases import capitalised
from .pronouns import allows
from .stems import REPORTING
from .titlewords import HEAD_ENDS, SECTION_LABEL

_HIS_HER = re.compile(r"(?:His|Her)\s")


def owner_named(told: str, in_sentence: list[Mention], people: list[Mention], person_ends: list[int], s: int,
                 entities: dict[str, Entity]) -> str:
    """A title opening with "His"/"Her" ("His party's good showing", cut from "Despite his
    party's good showing Sunday, Rainsy will ...") with the person it stands for: the
    first person named in the sentence, else the last one named before it, of the pronoun's
    gender as far as the name tells it ("her office said" is not Andrew Talbot's: a personal
    pronoun agrees with its antecedent in gender, Quirk et al. 1985, ch. 6; `pronouns.allows`)."""
    if not _HIS_HER.match(told):
        return told
    pronoun = "he" if told.startswith("His") else "she"
    person = next((m for m in in_sentence if entities[m.entity].kind == "person" and allows(pronoun, entities[m.entity])), None)
    if person is None:
        last = bisect_right(person_ends, s)
        person = people[last - 1] if last and allows(pronoun, entities[people[last - 1].entity]) else None
    if person is None:
        return told
    name = entities[person.entity].name
    return name + ("’" if "’" in told else "'") + ("" if name.endswith("s") else "s") + told[3:]


_IT = re.compile(r"It\s")
_EXPLETIVE_IT = re.compile(r"It\s(?:is|was|has\sbeen|had\sbeen|seems|seemed|appears|appeared|remains|remained)\s(?:not\s)?"
                           r"(?:[\w-]+\s)?(?:that|whether|if|to|when|how|why)\b")
"""An anticipatory "it" (Quirk et al. 1985, ch. 18, theme, focus and information): "It is expected that ..."."""


def it_named(told: str, text: str, s: int, source: Source, mentions: tuple[Mention, ...],
              entities: dict[str, Entity]) -> str:
    """A title that is the sentence's own opening "It" clause ("It would seek talks with
    the administrators"), with the entity the previous sentence's subject names: a
    name (not a person's) at that sentence's start, after a determiner at most; else the
    title as it was."""
    if _THEY.match(told):
        return _they_named(told, text, s, source, mentions, entities)
    if not _IT.match(told) or not _IT.match(text, s) or (told[3:].split(" ", 1)[0] != text[s + 3 : s + 40].split(" ", 1)[0] and not (
            _AND_VERB_GROUP.search(text, s, s + 200) and f" and {told[3:].split(' ', 1)[0]} " in text[s : s + 200])):
        # ("It is expected that ... when it arrives": the title's "it" is another one; "It has scaled
        # back the search and will decide ...": the second verb group of the same "it")
        return told
    if _EXPLETIVE_IT.match(text, s):
        return told  # "It is expected that ...", "It was unclear whether ...": no referent
    before = [span for p in source.paragraphs for span in p.sentences if span[1] <= s]
    if not before:
        return told
    a, b = before[-1]
    label = SECTION_LABEL.match(text, a, b)
    a = label.end() if label else a  # "Notes to editors: The Kelsey Bridge opened in 1964 ... It was last inspected"
    i = bisect_left([m.start for m in mentions], a)
    first = mentions[i] if i < len(mentions) and mentions[i].start < s else None
    lead = text[a : first.start].strip().lower() if first is not None else "-"
    if first is not None and entities[first.entity].kind == "person" and lead in ("", "the"):
        return told
    if first is not None and lead in ("", "the"):
        return entities[first.entity].name + told[2:]
    if _IT_BE_NOUN.match(told) or any(m.start < b and entities[m.entity].kind == "person" for m in mentions[i:]):
        return told  # "It was a hard meeting": a situation, not a thing named before; a person is no "it"
    said = " ".join(text[a:b].split()).rstrip(".")
    copula = _COPULA_NAME.match(said)
    subject = copula.group("np") if copula else _named_subject(said)
    return capitalised(subject) + told[2:] if subject else told


_ITS_THEIR = re.compile(r"(Its|Their)\s+([\w’'-]+)")
_POSSESSOR = re.compile(r"(.+?)(?:’s|'s)\s")
_FIRST_PERSON = re.compile(r"I\s(?:(have|am|was)\s)?")
_THIRD_PERSON = {"have": "has", "am": "is", "was": "was"}


def author_named(told: str, text: str, s: int, source: Source, entities: dict[str, Entity]) -> str:
    """A title opening with "I" in a source's own words (outside any quotation) put as the
    one person its title names ("Statement from the Rt Hon Helen Ashdown MP": "I have
    written to X" -> "Helen Ashdown has written to X"): a statement's "I" is its author,
    and a title is told in the third person as news is (AP Stylebook, "first-person
    references"). Else the title as it was: no person, or two, named in the source's title."""
    if _WE.match(told):
        return _we_named(told, text, s, source, entities)
    mt = _FIRST_PERSON.match(told)
    if mt is None or not source.title:
        return told
    line_start = text.rfind("\n", 0, s) + 1
    if sum(text.count(q, line_start, s) for q in "\"“”") % 2:
        return told  # inside a quotation: the quoted speaker's "I"
    people = {ent.name for ent in entities.values() if ent.kind == "person" and any(
        re.search(rf"(?<!\w){re.escape(form)}(?!\w)", source.title) for form in (ent.name, *(a.text for a in ent.aliases)) if len(form) > 3)}
    if len(people) != 1:
        return told
    verb = _THIRD_PERSON.get(mt.group(1) or "", "")
    return f"{next(iter(people))} {verb + ' ' if verb else ''}{told[mt.end():]}"


def its_owner(told: str, text: str, s: int, e: int, source: Source, mentions: tuple[Mention, ...],
               entities: dict[str, Entity]) -> str:
    """A title opening with "Its"/"Their" ("Its shares rose 1.1%", "Their union and X reached
    a tentative agreement") with the owner named: a possessive determiner stands for the
    subject of its own clause before it, or of the sentence before when it opens the
    sentence, as a subject pronoun does (Quirk et al. 1985, ch. 6, pronoun concord: "its" a
    singular non-person, "their" a plural; Grosz, Joshi and Weinstein 1995, centering
    theory: the preferred centre is the subject). In the sentence: its subject before the
    pronoun, up to its head ("Dockworkers at the Port of X will return ... after their
    union" -> "Dockworkers' union"), or that subject's own possessor ("The chain's sales
    fell, and its shares ..." -> "The chain's shares"); at the sentence's start: the name
    or "The" + name the sentence before opens with (`it_named`'s). Only when the title is a
    clause (the possessive's phrase its subject) and no reporting verb or "that" stands
    between the subject and the pronoun (what was said has subjects of its own: "The firm
    said songs had been downloaded since its launch"). Else the title as it was."""
    mt = _ITS_THEIR.match(told)
    if mt is None or not verbs.has_finite(told):
        return told  # "Its launch": a noun phrase, the possessive no clause's subject
    pronoun = mt.group(1).lower()
    at = re.search(rf"\b{pronoun}\s+{re.escape(mt.group(2))}\b", text[s:e], re.IGNORECASE)
    if at is None:
        return told
    p = s + at.start()
    owner = _owner_in_sentence(text, s, p, pronoun, mentions, entities) if p > s else (
        _previous_subject(text, s, source, mentions, entities, pronoun))
    if not owner:
        return told
    return capitalised(owner) + ("’" if "’" in told else "'") + ("" if owner.endswith("s") else "s") + told[len(mt.group(1)):]


def _agrees(phrase: str, pronoun: str, name: bool = True) -> bool:
    """Whether the noun phrase `phrase` agrees with "its" (singular) or "their" (plural) by
    its head's -s (Quirk et al. 1985, ch. 5, the regular plural); a capitalised head is a
    name's word ("Veloria Motors"), singular, unless `name` is False (a common noun opening
    the sentence, "Dockworkers")."""
    words = phrase.split()
    head = words[-1]
    plural = head.endswith("s") and not head.endswith(("ss", "us", "is")) and (head[:1].islower() or not name and len(words) == 1)
    return plural == (pronoun == "their")


def _owner_in_sentence(text: str, s: int, p: int, pronoun: str, mentions: tuple[Mention, ...],
                       entities: dict[str, Entity]) -> str:
    """The subject of text[s:p] (its words before the first finite verb) cut at its head, or
    that subject's possessor, when it agrees with `pronoun` and is no person's name for "its";
    else ""."""
    subject = subject_before(text, s, p, 8)
    if not subject or subject.split()[0].lower() in _PRONOUNS:
        return ""
    if any(w.lower() in REPORTING or w.lower() == "that" for w in verbs.words_of(text[text.find(subject, s) + len(subject) : p])):
        return ""  # "The firm said ... since its launch": what was said has subjects of its own
    words = subject.split()
    head = next((i for i, w in enumerate(words) if i and (w.lower() in HEAD_ENDS or w.endswith(","))), len(words))
    phrase = " ".join(words[:head]).rstrip(",")
    possessor = _POSSESSOR.match(phrase + " ")
    for candidate in (phrase, possessor.group(1) if possessor else ""):
        if not candidate or "’s " in candidate + " " or "'s " in candidate + " ":
            continue
        start = text.find(candidate, s, p)
        named = [m for m in mentions if m.start == start]
        if not _agrees(candidate, pronoun, bool(named)) or pronoun == "its" and any(
                entities[m.entity].kind == "person" for m in named):
            continue
        return candidate
    return ""


_PRONOUNS = frozenset("it its they their he his she her we our you i this that these those there".split())


def _previous_subject(text: str, s: int, source: Source, mentions: tuple[Mention, ...], entities: dict[str, Entity],
                      pronoun: str) -> str:
    """The name the sentence before text[s] opens with (after "the" at most), not a person's
    for "its" ("Veloria now expects ... . Its shares rose" -> Veloria); else ""."""
    before = [span for p in source.paragraphs for span in p.sentences if span[1] <= s]
    if not before:
        return ""
    a, _ = before[-1]
    i = bisect_left([m.start for m in mentions], a)
    first = mentions[i] if i < len(mentions) and mentions[i].start < s else None
    if first is None or text[a : first.start].strip().lower() not in ("", "the"):
        return ""
    entity = entities[first.entity]
    if entity.kind == "person" and pronoun == "its":
        return ""
    return entity.name if pronoun == "its" or _agrees(entity.name, "their") else ""


def _named_subject(sentence: str) -> str:
    """The subject of `sentence` when it is "The", a capitalised name and at most one
    singular noun before a finite verb ("The S&P had seen", "The Merval index fell"); else ""."""
    mt = _SINGULAR_SUBJECT.match(sentence) or _COMMON_SUBJECT.match(sentence)
    if mt is None:
        return ""
    rest = sentence[mt.end() :].split()
    rest = rest[1:] if rest[:1] in (["now"], ["also"], ["still"]) else rest  # "The coastguard now says"
    for k in (0, 1):
        if k < len(rest) and (verbs.is_finite(("it", rest[k]), 1) or rest[k] in ("says", "said")):
            return mt.group() + (" " + rest[0] if k else "")
        if not (rest and rest[0].isalpha() and rest[0].islower() and not rest[0].endswith("s")):
            break  # a plural noun or no noun: no singular head after the name
    return ""


_IT_BE_NOUN = re.compile(r"It\s(?:is|was)\s(?:a|an|the|not|no)\s")
_SINGULAR_SUBJECT = re.compile(r"The\s(?:[A-Z][\w&.’'-]*\s){0,3}[A-Z][\w&.’'-]*")
"""The previous sentence's subject, "The" and a capitalised name ("The S&P had seen its
fourth loss. It has lost ..."): the preferred centre of the sentence before is its subject
(Grosz, Joshi and Weinstein 1995, centering theory), as `pronouns` has it for "he"/"she"."""
_AND_VERB_GROUP = re.compile(r"\sand\s(?:will|would|has|have|had|is|was|can|could|may|might|must|should)\s")
_COMMON_SUBJECT = re.compile(r"The\s[a-z]{3,}[a-rt-z](?=\s(?:now\s|also\s|still\s)?[a-z])")
"""A singular common noun as the subject before ("The coastguard now says 17 people are
missing. It has scaled back the search"): the same centre, for a thing or a body."""
_COPULA_NAME = re.compile(r"[^,;]{3,80}?\s(?:is|was)\s(?P<np>the\s(?:[A-Z][\w&.’'-]*\s){1,4}[a-z]+)$")
"""A previous sentence whose subject is identified by the name after its copula ("One of the
worst indexes was the Brazilian Bovespa index. It has fallen ..."): subject and complement
of an identifying "be" are one referent (Quirk et al. 1985, ch. 10, the copula)."""


_THEY = re.compile(r"They\s(?!(?:are|were)\s(?:a|an|the|not|no)\s)")
_SAID_THEY = re.compile(r"[^,;:]{0,60}?\s(?:said|says|told\s[\w\s]{1,30}?)\s(?:that\s)?they\s", re.IGNORECASE)
_PLURAL_SUBJECT = re.compile(r"The\s(?:[a-z][\w-]*\s){0,3}[a-z][\w-]*[a-rt-z]s")
"""A plural subject of common nouns before an apposition ("The two closed schools")."""
_IRREGULAR_PLURALS = frozenset("men women people children police staff crew".split())
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten both several some".split())


def _they_named(told: str, text: str, s: int, source: Source, mentions: tuple[Mention, ...],
                entities: dict[str, Entity]) -> str:
    """A title opening with "They" ("They left", cut from "They left at 03:08.") with the
    plural subject of the sentence before ("At 03:01, two men entered the museum" -> "The
    two men left"; a number-led noun phrase made definite on its second mention): the
    preferred antecedent of a subject pronoun is the subject before it (Grosz, Joshi and
    Weinstein 1995, centering theory), in number concord (Quirk et al. 1985, ch. 6). Only
    when "They" opens the sentence or what a single speaker said ("X said they would ...":
    a person is no "they"); a person named in that subject, or none found: the title as it was."""
    said = _SAID_THEY.match(text, s)
    aside = _SAID_THEY_AFTER_ASIDE.match(text, s) if told.startswith("They ") else None
    own = _plural_sayer(text, s, aside.end()) if aside and not any(
        s <= m.start < aside.end() and entities[m.entity].kind == "person" for m in mentions) else ""
    if own:
        return capitalised(own) + told[len("They") :]  # "Families of the missing, who ..., said they would meet X"
    if not text.startswith("They ", s) and not (said and any(
            s <= m.start < said.end() and entities[m.entity].kind == "person" for m in mentions)):
        return told
    before = [span for p in source.paragraphs for span in p.sentences if span[1] <= s]
    if not before:
        return told
    a, b = before[-1]
    comma = text.find(", ", a, b)
    if comma > 0 and not verbs.has_finite(text[a:comma]) and len(text[a:comma].split()) <= 8:
        a = comma + 2  # "At approximately 03:01 on Sunday 7 March, two men entered": past the fronted phrase
    first = text[a : text.find(", ", a, b)] if 0 < text.find(", ", a, b) else ""
    subject = first if _PLURAL_SUBJECT.fullmatch(first) else subject_before(text, a, b, 6).split(", ")[0]
    # ("The two closed schools, X and Y, will not reopen": the noun phrase before its apposition)
    words = subject.split()
    if not words or words[0].lower() in _PRONOUNS or any(a <= m.start < a + len(subject) and entities[m.entity].kind == "person"
                                                         for m in mentions):
        return told
    head = words[-1].lower()
    if not _plural_head(head):
        return told
    if words[0].lower() in _NUMBER_WORDS or words[0][:1].isdigit():
        subject = "the " + subject  # "two men" -> "The two men": the same men, a second mention
    return capitalised(subject) + told[len("They") :]


_SAID_THEY_AFTER_ASIDE = re.compile(r"[^;:]{0,160}?\s(?:said|says)\s(?:that\s)?they\s")


def _plural_sayer(text: str, s: int, e: int) -> str:
    """The plural subject of "X said they ..." in text[s:e], its apposition or relative
    clause left out ("Families of the missing, who have formed a group, said they would"):
    the subject of the reporting verb is the nearest antecedent in number of a "they" in
    what it said (Quirk et al. 1985, 6.16, number concord; centering theory as above); ""
    when the subject is no plural noun phrase of at most six words."""
    subject = re.split(r",\s|\s(?:said|says|told)\b", text[s:e], maxsplit=1)[0].strip()
    words = subject.split()
    if not 1 <= len(words) <= 6 or words[0].lower() in _PRONOUNS or verbs.has_finite(subject):
        return ""
    head = subject.split(" of ")[0].split()[-1].lower()
    return subject if _plural_head(head) else ""


def _plural_head(head: str) -> bool:
    """Whether a lower-case head noun is plural: an irregular plural or a regular -s one
    ("members", not "process", "bus", "analysis")."""
    return head in _IRREGULAR_PLURALS or (head.endswith("s") and not head.endswith(("ss", "us", "is")) and head.isalpha())


_WE = re.compile(r"We\s(?:(are|have|were)\s)?")
_PLURAL_TO_SINGULAR = {"are": "is", "have": "has", "were": "was"}


def _we_named(told: str, text: str, s: int, source: Source, entities: dict[str, Entity]) -> str:
    """A title opening with "We" in a source's own words (outside any quotation) put as the
    one organisation the source's outlet or title names ("Meadowbrook lodges appeal", outlet
    "Meadowbrook Retail Group": "We changed it" -> "Meadowbrook changed it"): an
    organisation's statement speaks as "we", and a title is told in the third person, the
    organisation singular in concord (AP Stylebook, "collective nouns"). Else as it was."""
    line_start = text.rfind("\n", 0, s) + 1
    if sum(text.count(q, line_start, s) for q in "\"“”") % 2:
        return told  # inside a quotation: the quoted speakers' "we"
    heading = f"{source.outlet} {source.title}"
    named = {ent.name for ent in entities.values() if ent.kind == "organisation" and any(
        re.search(rf"(?<!\w){re.escape(form)}(?!\w)", heading) for form in (ent.name, *(a.text for a in ent.aliases)) if len(form) > 3)}
    if len(named) != 1:
        return told
    mt = _WE.match(told)
    assert mt is not None
    verb = _PLURAL_TO_SINGULAR.get(mt.group(1) or "", "")
    return f"{next(iter(named))} {verb + ' ' if verb else ''}{told[mt.end():]}"


_DO_SO = re.compile(r"\bdo\sso\b")
_PLANNED_VP = re.compile(r"\b(?:(?:planned|expected|hoped|intended|wanted|agreed|promised|pledged|aimed|sought|was\sdue|were\sdue|had\sbeen\sdue)"
                         r"\sto|would|will)\s(?P<vp>[a-z][^,;:]*?)(?=\s(?:on|in|by|at|before|after|until|from|during|this|next|last)\s(?:[A-Z0-9]|the\s(?:end|start|week|month))|[,;:.]|$)")
"""The infinitive of a plan in the sentence before ("The council had planned to reopen the
bridge to cars on June 15", "said it would shut the plant"), up to its date phrase: what a
later "do so" stands for."""


def do_so_told(told: str, text: str, s: int, source: Source) -> str:
    """A title whose "do so" stands for the verb phrase of a plan in the sentence before ("It
    now expects to do so in the week of September 7" after "The council had planned to
    reopen the A614 bridge to cars on June 15" -> "... now expects to reopen the A614 bridge
    to cars"): the pro-form "do so" substitutes for a predicate (Quirk et al. 1985, 12.22),
    told in its place so that the title reads alone; the title as it was otherwise."""
    if not _DO_SO.search(told):
        return told
    before = [span for p in source.paragraphs for span in p.sentences if span[1] <= s]
    if not before:
        return told
    a, b = before[-1]
    plan = _PLANNED_VP.search(" ".join(text[a:b].split()))
    if plan is None or len(plan.group("vp").split()) > 8:
        return told
    return _DO_SO.sub(plan.group("vp").replace("\\", "\\\\"), told, count=1)
