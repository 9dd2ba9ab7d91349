"""Reported speech in a dated sentence: which clause a date after a reporting verb titles.

A date in what was said ("X said the union would hold a rally on Saturday") titles what
was said ("The union would hold a rally"), a pronoun in it replaced by the speaker it
stands for ("Justice Eleanor Wyatt said she would" -> "Justice Eleanor Wyatt would"; "Its parent,
Nordhavn AG, said it would" -> "Nordhavn AG would"); a date of the saying itself titles
the saying with what was said (Quirk et al. 1985, ch. 14, direct and indirect speech, and
ch. 16, "that" omitted). How a too long "SPEAKER said CLAUSE" title is shortened is
`reported`'s. Closed classes of English only (reporting verbs, auxiliaries); no topic
words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..annotation import Mention, TimeExpression
from . import opening, verbs, wordclass
from .clauses import MODAL_START, subject_before, subjectless
from .clausetitle import span_title
from .phrases import DETERMINERS, TITLE_WORDS, capitalised, cut
from .titlewords import AUXILIARY_END, PRONOUN_SUBJECT

ClauseTitler = Callable[[str, int, int, list[TimeExpression], list[Mention], TimeExpression], str]
"""`titles`' choice of the clause of an anchor in text[s:e] and its title, for what was
said, passed in so that this module stays below `titles` in the import graph."""

_REPORT = re.compile(r"\b(?:said|says|told|announced|added|stated|reported|warned|insisted|argued|confirmed|confirms)\b")
_NOUN_OBJECT = frozenset("reported announced warned stated added confirmed confirms".split())
"""Reporting verbs that also take a plain noun phrase for object ("reported the breach to
the regulator", "announced a recall", "warned of delays"): with no finite verb after them
nothing was said, and the clause is the sentence's own (Quirk et al. 1985, ch. 16:
monotransitive use beside the "that"-clause)."""
_AND_SPEAKER_VERB = re.compile(r"\s(?:and|but)\s(?:also\s|later\s)?(?:denied|said|added|insisted|warned|rejected|dismissed|"
                               r"declined|refused|admitted|acknowledged|confirmed)\b")
"""A second verb of the speaker after what was said ('said the slide was "temporary" and
denied that ...'): a coordinated predicate sharing the reporting verb's subject (Quirk et
al. 1985, ch. 13), which ends what the first verb said."""
_REPORTING_PARTICIPLE = re.compile(r",?\s(?:adding|saying)\b")
"""Reporting verbs: what follows them is what was said, with its own subject and verb; also
a reporting participle after a comma ("he told reporters, adding the union planned to ...")."""
_REPORT_OBJECT = re.compile(r"\s+(?:(?:the\s[A-Z][\w’'-]*(?:\s(?:of\s(?:the\s)?)?[A-Z][\w’'-]*)*(?=\s(?:that|on|in|at|by)\b)|reporters|journalists|(?:the|a|an)\s(?:(?!(?:that|on|in|at|by)\b)[a-z][\w-]*\s){0,3}?(?!(?:that|on|in|at|by)\b)[a-z][\w-]*(?=\s(?:that|on|in|at|by|they|he|she|it|we|[A-Z])\b)|"
                            r"(?!(?:us|this|thus|is|was|has|as)\b)[a-z]{3,}s(?=\s(?:that|on|in|at|by|they|he|she|it|we)\b)|[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)*)\s+)?")
"""Who was told, after "told": reporters, a named body ("the Board of Inquiry"), a noun phrase
of a determiner and at most four words ("a federal jury", "the court", "a packed town hall meeting"), a bare plural ("jurors", "investors") before what was said
or its date, or a name."""
_TELLER = re.compile(r"(?:^|[\"”’]\s*|[.!?]\s+)(?P<who>(?:he|she|they|it|the\s(?:[a-z][\w-]*\s){0,2}[a-z][\w-]*|[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*){0,3}))\s+$")
"""The teller right before "told", after a closed quotation or at the sentence's start."""
_HEARER_END = re.compile(r"\s+(?:on|in|at|by|during|late|early|last|this|earlier|later)(?:\s+(?:the|on))?\s*$")
_PASSIVE = re.compile(r"\b(?:was|were|is|are|be|been|being|not|n't)\s+$")
_NOT_COMPLEMENT = re.compile(r"\s+(?:when|if|after|before|since|as|while|because|in|on|at|by|to|for|from|over|about|against|with|of)\b"
                             r"(?!\s+[A-Z0-9])")
"""What follows a reporting verb that is no clause said: a time clause, or a preposition
of the verb's own ("argued over fees on Monday", "warned of job losses")."""
_STATES = frozenset("dead safe bankrupt insolvent".split())
"""Predicative adjectives of state that WordNet also lists as nouns ("the dead")."""


def _state_complement(text: str, at: int) -> bool:
    """Whether a reporting verb's form ending at `at` is followed by a predicative adjective
    or participle ("people confirmed dead", "reported missing", "confirmed killed"): a passive
    verb with its subject complement (Quirk et al. 1985, 16.44, complex transitive
    complementation), no saying and nothing said."""
    following = verbs.words_of(text[at : at + 32])[:2]
    word = following[0] if following else ""
    if following[1:] and following[1] in ("to", "with", "of"):
        return False  # "said according to those figures": an adjective heading a phrase, what was said after it
    return word.islower() and (word in _STATES or wordclass.adjective_only(word) or (
        word.endswith("ed") and not verbs.is_finite(("it", word), 1)))


_THAT = re.compile(r"(?:(?:[^,.;]{0,40}?)\s)?that\s")
_RELATIVE_BEFORE = re.compile(r",\s(?:which|who)\s+$")
"""A non-restrictive relative opening right before a reporting verb."""
HE_SHE_SUBJECT = re.compile(r"(?:he|she)\s")
"""A person's pronoun opening what a named speaker said: it stands for the speaker."""
_SPEAKER_HEAD = re.compile(r"^((?:[\w’'&.-]+\s){0,3}[\w’'&.-]+)(?:,\s(?:which|who|whose|the|a|an)\b.*)?$", re.DOTALL)
"""A speaker of at most four words, before a relative or an apposition after a comma."""
_LAST_CONJUNCT = re.compile(r"^.*(?:,\s(?:and|but)\s|;\s)", re.DOTALL)
"""Everything up to the last clause joined by ", and", ", but" or ";" ("Talks ... collapsed on
Tuesday, and Labor Secretary X said she would ...": the reporting verb's subject is its own
conjunct's, "Labor Secretary X"; Quirk et al. 1985, ch. 13, coordination of clauses)."""
_AND_REPORT = re.compile(r"(?<=\s(?:and|but)\s)(?:then\s|also\s|later\s)?(?:said|says|told|announced|added|warned)\b(?=\s+(?:that\s|it\s|he\s|she\s|they\s))")
"""A reporting verb coordinated after another verb of the same subject ("The company reported a
loss it blamed on the strike and said it would publish results": the verbs share their subject,
Quirk et al. 1985, ch. 13, coordination of predicates): what was said follows the second."""
_QUOTE_CLOSED = re.compile(r"[,.!?]?[\"”’]\s*$")
"""A quotation closed right before a reporting verb: the verb is inverted, its subject after it."""
_APPOSITIVE_NAME = re.compile(r"^(?:[\w’'&.-]+\s){0,3}[\w’'&.-]+,\s(?P<name>[A-Z][\w’'&.-]*(?:\s[A-Z][\w’'&.-]*){0,3}),?$")
"""A speaker told as a noun phrase and a name in apposition ("Its parent, Nordhavn AG"):
the name is what a pronoun in what was said stands for."""
_APPOSITIVE_SPEAKER = re.compile(
    r"^(?:[\w’'&.-]+\s){0,3}[\w’'&.-]+,\s(?P<name>(?:the\s)?[A-Z][\w’'&.-]*(?:\s[A-Z][\w’'&.-]*){0,3}),?$")
"""A speaker told as a noun phrase and a name in apposition ("Its parent, Nordhavn AG",
"Their union, the CSWU"): the name speaks for the phrase."""
_OWNER_OF_SPEAKER = re.compile(
    r"^(?P<owner>(?:[Tt]he\s)?[\w’'&.-]+(?:\s[\w’'&.-]+){0,2})['’]s\s(?:[a-z][\w-]*\s){0,2}[a-z][\w-]*,\s"
    r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'&.-]*(?:\s[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'&.-]*){0,3},?$")
"""A speaker told as an owner's role and a name in apposition ("The company's chief
executive, Hélène Marchetti-Dubois"): an "it" in what was said is the owner, never the person."""


def _shared_subject(text: str, s: int, e: int) -> str:
    """The subject of the sentence text[s:e] (`clauses.subject_before`), past a date line
    opening it ("NEW YORK, July 17 (Reuters) - The chain won ...": "The chain")."""
    subject = subject_before(text, s, e)
    if not subject and text[s : s + 2].isupper():
        subject = subject_before(text, s + opening.dateline(text[s:e])[0], e)
    return subject


_LEADING_PRONOUN = re.compile(r"(It|He|She|They)\s(?!(?:is|was|seems|seemed|appears|appeared)\s)")
"""A title opening with a subject pronoun, not an anticipatory "it" ("It is expected ...")."""
_BARE_PLURAL = re.compile(r"[a-z]{3,}s")


def _pronoun_named(inner: str, text: str, s: int, e: int, speaker_np: str, hearer: str) -> str:
    """The title `inner` of what was said with its opening pronoun put as what it stands
    for in the reporting clause ("The port authority said ... and that it expected the
    backlog to clear" -> "The port authority expected ..."; "Judge X told jurors they could
    expect" -> "Jurors could expect"), by concord of person and number (Quirk et al. 1985,
    ch. 6, pronoun concord; ch. 14, indirect speech): "it" the speaker not a person, "he"/"she"
    a named speaker, "they" a plural hearer told by one person; else `inner` as it was."""
    mt = _LEADING_PRONOUN.match(inner)
    if mt is None:
        return inner
    head = _SPEAKER_HEAD.match(speaker_np)
    words = head.group(1).split() if head else []
    plural = words[-1].endswith("s") and not words[-1].endswith("ss") and (words[0][:1].islower() or len(words) == 1) if words else False
    person = bool(words) and words[-1][:1].isupper() and words[0].lower() not in DETERMINERS and not plural  # not "Officials"
    referent = ""
    if mt.group(1) == "It":
        owner, named = _OWNER_OF_SPEAKER.match(speaker_np), _APPOSITIVE_NAME.match(speaker_np)
        referent = owner.group("owner") if owner else named.group("name") if named else _shared_subject(text, s, e)
        if not referent and "," in speaker_np and len(speaker_np.split(",")[0].split()) <= 5 and speaker_np[:1].isupper():
            referent = speaker_np.split(",")[0]  # "The Bank of Avel Corporation, the second-largest bank, has announced that it"
    elif mt.group(1) == "They":
        referent = hearer if person and _BARE_PLURAL.fullmatch(hearer) else ""
    elif person:
        referent = head.group(1) if head else ""
    if not referent or len(referent.split()) > 5 or "," in referent:
        return inner
    told = capitalised(referent) + inner[mt.end(1) :]
    if len(told.split()) > TITLE_WORDS + 1 and ", " in told and len(told.split(", ", 1)[0].split()) >= 4:
        told = told.split(", ", 1)[0]  # "... lost $2.24 billion[, mainly due to ...]": the clause, its aside gone
    return told if len(told.split()) <= TITLE_WORDS + 1 else " ".join(cut(told.split()))


def said_clause(text: str, s: int, e: int, dates: list[TimeExpression], names: list[Mention],
                anchor: TimeExpression, clause_of: ClauseTitler) -> str | None:
    """The title of a date in what was said after a reporting verb of text[s:e], or of a
    saying with a date of its own (`clause_of` titles what was said once its subject is
    known); None when no reporting verb decides the date's clause."""
    until = anchor.start if anchor.start > s else e
    report = _REPORT.search(text, s, until)
    chunk = text[s:until]
    if "adding" in chunk or "saying" in chunk:
        participle = _REPORTING_PARTICIPLE.search(text, s, until)
        if participle and (report is None or participle.start() < report.start()):
            report = participle
    if report is not None and (_PASSIVE.search(text, max(s, report.start() - 12), report.start())
                               or _NOT_COMPLEMENT.match(text, report.end()) or _state_complement(text, report.end())):
        report = None  # "was not reported when ...", "people confirmed dead": no speaker, no complement
    if report is not None and _RELATIVE_BEFORE.search(text, max(s, report.start() - 8), report.start()) and (
            0 <= text.find(", ", report.end(), anchor.start)):
        report = None  # "The union, which says it has 1,200 members, has called a protest": an aside's verb
    if report is not None and _QUOTE_CLOSED.search(text, max(s, report.start() - 4), report.start()):
        report = None  # '"...," said X, a plater who came ...': after an inverted verb comes its speaker, not what was said
    shared = ""
    if report is not None and report.group() != "told":
        later = _AND_REPORT.search(text, max(s, report.start() - 10), until)
        shared = _shared_subject(text, s, e) if later else ""
        if shared:
            report = later  # "reported a loss and said it would publish results": the second verb reports
    second = _second_predicate(text, report.end(), e, dates) if report is not None else None
    if second is not None and report is not None and anchor.start >= second.end():
        return _speaker_predicate(text, s, e, dates, names, second, report)
    e = second.start() if second is not None else e  # 'X told MPs on 9 November that ..., [and last Tuesday announced ...]'
    hearer = ""
    if report is not None:
        at = report.end()
        if report.group() == "told":
            told_whom = _REPORT_OBJECT.match(text, at)
            at = told_whom.end() if told_whom else at
            hearer = text[report.end() : at].strip()
            if not verbs.has_finite(text[at:e]):
                # '"...," he told Polish broadcaster TVP Sport on Saturday': the telling is the
                # happening, nothing said after it: "He told Polish broadcaster TVP Sport"
                teller = _TELLER.search(text, max(s, report.start() - 60), report.start())
                if teller is None:
                    return None
                hearer = text[report.end() : anchor.start if anchor.start > report.end() else e]
                hearer = _HEARER_END.sub("", hearer).strip(" ,")
                return capitalised(f"{teller.group('who')} told {hearer}".strip()) if hearer else None
        else:
            while at < len(text) and text[at].isspace():
                at += 1  # past the white space (not `len(text[at:].lstrip())`: a copy of the rest of the source per date)
            if report.group() in _NOUN_OBJECT and not verbs.has_finite(text[at : anchor.start if anchor.start > at else e]):
                return None  # "KVHN reported the breach to the regulator on 8 February": an object, nothing said
        said_date = [d for d in dates if 0 <= d.start - at <= 4 and d.start < e and text[d.end : d.end + 2] not in ("'s", "’s")]
        # ("said last week's heatwave had left ...": a possessive date opens what was said, not the saying's date)
        that = _THAT.match(text, at, e)
        if that and text[at : that.end()].split(None, 1)[0].lower() in DETERMINERS - {"that"}:
            that = None  # "said the last of the 44 ships that waited at anchor left": a relative "that", not the said clause's
        start = that.end() if that else (said_date[0].end if said_date else at)
        if said_date and not that:
            start += len(text[start:e]) - len(text[start:e].lstrip(" ,"))
            if text.startswith("that ", start):
                start += len("that ")  # "said the week before that it would": what was said follows "that"
        speaker = shared or text[s : report.start()].strip()
        # the reporting verb's own auxiliaries and adverbs are no part of its subject ("Judge
        # X has said she will rule": "Judge X", not "Judge X has"; Quirk et al. 1985, ch. 3, the verb phrase)
        speaker_np = _LAST_CONJUNCT.sub("", AUXILIARY_END.sub("", " " + speaker).strip())
        if anchor.start >= start and len(text[start:e].split()) >= 3 and speaker:
            prefix = ""
            pronoun = PRONOUN_SUBJECT.match(text, start)
            subject = subject_before(text, s, e, 7) if pronoun and pronoun.group().lower().startswith("it") else ""
            head = _SPEAKER_HEAD.match(speaker_np)
            named = _APPOSITIVE_NAME.match(speaker_np)
            owner = _OWNER_OF_SPEAKER.match(speaker_np)
            if pronoun and owner and pronoun.group().lower().startswith("it"):
                # "The company's chief executive, X, said it had halted": "it" agrees with the
                # owner, not with the person the possessive names (Quirk et al. 1985, ch. 6, pronoun concord)
                subject = owner.group("owner")
            elif pronoun and named and pronoun.group().lower().startswith("it") and (not subject or "," in subject):
                subject = named.group("name")  # "Its parent, Nordhavn AG, said it would": Nordhavn AG
            if pronoun and not subject and head and pronoun.group().lower().startswith("it"):
                subject = head.group(1)  # "The CSWU, whose 900 members ..., said it would": the CSWU
            person = head or _SPEAKER_HEAD.match(speaker_np.split(" of ")[0])  # "Retail analyst X of Keel Research": X's role and name
            if not pronoun and person and (person.group(1)[:1].isupper() or person.group(1).split()[-1][:1].isupper()) and (
                    person.group(1).split()[0].lower() not in DETERMINERS):
                pronoun = HE_SHE_SUBJECT.match(text, start)
                subject = person.group(1) if pronoun else ""  # "Justice Eleanor Wyatt said she would", "chief executive Tom Vale said he would"
            if pronoun and subject and "," not in subject and (len(subject.split()) <= 4 or len(subject.split()) <= 7 and sum(
                    not w[:1].isupper() for w in subject.split()) <= 1):  # a long name: "The European Chess Union's Fair Play Commission"
                prefix, start = subject, pronoun.end()
            inner = clause_of(text, start, e, dates, names, anchor) if start < e else ""
            if inner and prefix and text[start : start + 1].islower() and (
                    inner.split(None, 1)[0].lower() == text[start:e].split(None, 1)[0].lower()
                    or MODAL_START.match(inner[:1].lower() + inner[1:])):
                # the clause after the pronoun, its subject put back; also to its second, elliptical
                # clause ("she had asked ... and would speak to X": she would speak)
                inner = f"{capitalised(prefix)} {inner[:1].lower()}{inner[1:]}"
            told = inner or span_title(text, start, e, dates, names, prefix)
            again = _LEADING_PRONOUN.match(told) if prefix and pronoun else None
            if again is not None and pronoun is not None and again.group(1).lower() == pronoun.group().strip().lower():
                # "X said it will receive ... in 2011, then in 2014 it will take ...": the same pronoun, the same speaker
                return capitalised(prefix) + told[again.end(1) :]
            return _pronoun_named(told, text, s, e, speaker_np, hearer) if told and not prefix else told
        named = _APPOSITIVE_SPEAKER.match(speaker_np)
        if (anchor.start < start and anchor.start >= report.start() and named and report.group() != "told"
                and len(text[start:e].split()) >= 3 and not verbs.has_finite(speaker_np)):
            # "Its parent, Nordhavn AG, said last week that it would review its investment in
            # Port Ardmore": the saying is the date's happening; the name in apposition stands
            # for the noun phrase it renames (Quirk et al. 1985, ch. 17, apposition), and what
            # was said is told whole, its "that" dropped as in speech (ch. 16, "that" omitted)
            return span_title(text, start, e, dates, names, f"{named.group('name')} {report.group()}")
        second = _AND_SPEAKER_VERB.search(text, start, e) if anchor.start < start and anchor.start >= report.start() else None
        if second is not None and speaker and len(text[start : second.start()].split()) >= 3:
            return span_title(text, s, second.start(), dates, names)  # 'said on Sunday that X was "temporary" and denied ...'
        if (anchor.start < start and anchor.start >= report.start() and speaker and len(text[start:e].split()) >= 3
                and any(start <= d.start < e and d.value != anchor.value for d in dates)):
            # "said last month that it expected a loss next year": the saying is the
            # happening of its own date, told with what was said (the other date cut:
            # "The company said that it expected a loss"; "X said" alone tells nothing);
            # without a date of its own, what was said is the news and the whole
            # sentence titles it ("had said that talks broke down").
            return span_title(text, s, e, dates, names)
    return None


_COMMA_AND = re.compile(r",\s(?:and|but)\s")


def _second_predicate(text: str, a: int, e: int, dates: list[TimeExpression]) -> re.Match[str] | None:
    """The ", and"/", but" in text[a:e] after which a clause opens with its finite verb (a date
    or an adverb before it at most): a second predicate of the clause's subject, not of what
    was said (Quirk et al. 1985, ch. 13, coordination with ellipsis of the subject)."""
    return next((m for m in _COMMA_AND.finditer(text, a, e) if subjectless(text, m.end(), e, dates)), None)


def _speaker_predicate(text: str, s: int, e: int, dates: list[TimeExpression], names: list[Mention],
                       join: re.Match[str], report: re.Match[str]) -> str | None:
    """The title of a date in a second predicate of the speaker after what was said (`join`
    opens it), with the speaker for its subject ('X told MPs that the government would
    "leave no stone unturned", and last Tuesday announced a fund' -> "X announced a fund");
    None when no speaker of a few words stands before the reporting verb."""
    speaker = _LAST_CONJUNCT.sub("", AUXILIARY_END.sub("", " " + text[s : report.start()]).strip()).strip(" ,")
    if not speaker or len(speaker.split()) > 6 or speaker.split()[0].lower() in ("that", "which", "who"):
        return None
    return span_title(text, join.end(), e, dates, names, speaker)
