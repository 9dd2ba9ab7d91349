"""A title's text once its dates are cut: asides, attributions, datelines and leftovers removed.

`tidy` takes the characters of the chosen clause with its dates already cut
(`clausetitle.clause_title`) and returns the title's words: side clauses between commas, appositions,
attributions ("..., officials said"), a dateline at the start, a fronted phrase before the
subject, what a removed date leaves ("rescheduled for, occurring"), and, past
`TITLE_WORDS` words, the cut at a clause's end (`phrases.cut`, never "…").
"""

from __future__ import annotations

import functools
import re

from . import opening, transcript, verbs
from .phrases import OPENERS, TITLE_WORDS, balanced, cut, untrail
from .phrases import STOP as STOP_WORDS
from .postmodifiers import appositions_dropped, without_participle, without_relative
from .reported import SAYING_WORD, speaker_and_said
from .titlewords import SECTION_LABEL

DASH_ASIDE = re.compile(r"\s(?:--|—|–)\s[^—–]*?\s(?:--|—|–)\s(?=(?!(?:and|but|or|then|while)\b)[a-z])")
"""An aside between two dashes with the clause going on after it in lower case (not a
new clause: "-- two years late -- and only became public")."""
_ABBREVIATION_END = re.compile(r"\b(?:[A-Z]\.){2,}$")
_PARENTHESES = re.compile(r"\([^()]*\)")
_COUNTRY = r"(?:\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2},)?"
"""A country or region written out after a date line's place ("LOWMOOR, England, May 6
(Albion Press) -": the comma after the place is the place's own)."""
_DATELINE = re.compile(r"^[" + opening.CAPITALS + r"][" + opening.CAPITALS + r" .,'’-]+" + opening.REGION + r"?" + _COUNTRY + r"(?:\([^)]*\))?\s*(?:[,—–-]|--)\s*(?:[A-Z][\w ]*?(?:\s*(?:—|–|--)|\s-)\s*)?")
_CAPITALS = re.compile(r"^[" + opening.CAPITALS + r"]{2,}")
_CLOCK_LABEL = re.compile(r"^[\s,;:*_-]*(?:[01]?[0-9]|2[0-3])[:.][0-5][0-9](?:\s*(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|hrs|h|local\s+time))?"
                          r"\s*(?::|—|–|-)\s+")
"""A clock time labelling a line of a timeline once its day is cut ("Sunday 6 October, 14:00: We
decided ..." -> "14:00: We decided"): the entry's time, no word of its clause."""
_LABEL_COMMA = re.compile(r"^([A-Z][\w’'-]*(?:\s[\w’'-]+)?),\s*:\s")
"""What a cut date leaves of a label ("Correction, [12 October 2024]: ..."): its comma."""
_DATELINE_DASH = re.compile(r"^[^,]{0,40}?(?:—|–|--)\s+")
_ATTRIBUTION = re.compile(
    r",\s*(?:he|she|they|it|the\s(?:[a-z-]+\s){0,3}[a-z]+|(?:a|an|its|their|his|her)\s(?:[a-z]+\s)?[a-z]+|(?:[a-z]+\s)?[a-z]{3,}s|[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*)*|(?:(?:the\s)?[\w.-]+[’']s\s)?(?:[a-z-]+\s){1,3}[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*)+)\s+(?:said|says|told|added|reported|shows|showed|confirmed|confirms)\b(?:\s*[^\s\w]+)?(?:\s+\S+){0,6}\s*$"
)
"""An attribution that ends the sentence (", he said", ", Holt told reporters on Monday", ", the
filing shows", ", a spokeswoman said", ", a department spokesman confirmed", ", a union official said", ", the bankrupt department store
chain said", ", Salnikov's lawyer Isabelle Moreau said": a role before a name); a
speaker followed by what was said ("..., Aer Lingus said it will receive ...") stays."""
_ATTRIBUTION_ASIDE = re.compile(r",\s*(?:he|she|they|it|[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*)*)\s+(?:said|says|added)\s*,")
"""An attribution between commas ("This switch, he said, would happen")."""
_ACCORDING = re.compile(r"\s*according\sto\b")
_ATTRIBUTION_VERB = re.compile(r",\s*(?:said|says|saying|adding|according to)\b.*$")
_ASIDE = re.compile(r",\s*(?:which|who|whose|where|a|an|particularly|especially|including|notably|such as)\b(?:[^,]|,(?=\d))*,(?!\d)(?:\s*,)?")
"""An aside between commas (a comma inside a number, "1,200", is no end); its closing comma
may be doubled where a date was cut from it."""
_WITH_ASIDE = re.compile(r",\swith\s[^,;:]{1,70},(?=\s(?:had|has|have|was|were|is|are|will|would|could|may|might|must|[a-z]+ed)\b)")
"""A "with" phrase between the subject and its verb ("Last week's heatwave, with temperatures
above 44 degrees, had left the hills"): side detail of the subject, the clause goes on after it."""
_PARTICIPLE_ASIDE = re.compile(r"(?<=\w),\s(?:[a-z]+ly\s)?[a-z]{3,}(?:ed|en)\s+(?:[a-z]+ly\s+)?(?:by|in|on|at|for|from|with|as|to|under)\b"
                               r"(?:[^,;:]|,(?=\d)){1,90}?(?:,\s[1-9][0-9]?(?=,))?\s*,\s"
                               r"(?=[a-z]{2,}s\b|(?:has|had|was|were|is|are|will|would|said|told)\b)")
"""A past-participle clause between commas after the subject, the clause's own verb after it
("The draft, prepared by the clerks and dated [Sept. 28], says"; "The firm, founded in 1990,
has"; "the technician, named locally as X, 34, was": an adverb after the participle, a name's
age inside): non-restrictive postmodification of the subject (Quirk et al. 1985, ch. 17), side
detail of it."""
OPEN_APPOSITION = re.compile(r",\s(?:the|a|an)\s[^,]{1,60}$")
"""An apposition opened by a comma and not yet closed ("A report by X, the council's auditors")."""


def _participle_gone(mt: re.Match[str]) -> str:
    """What a participle aside leaves: a space, or the comma that closes an apposition it
    followed ("A report by X, the council's auditors, published on [D], said": the
    apposition's own comma stays, and `_APPOSITION` drops it whole)."""
    return ", " if OPEN_APPOSITION.search(mt.string, 0, mt.start()) else " "


_ITEM = r"(?:the\s)?[A-Z][\w’'.&-]*(?:\s+(?:of\s(?:the\s)?)?[A-Z][\w’'.&-]*)*"
_SERIES = re.compile(rf"(?P<first>{_ITEM})(?P<more>(?:,\s+{_ITEM}){{2,}}),?\s+and\s+{_ITEM}(?=\s+[a-z])")
"""A series of four names or more before a verb ("the Bank of Canada, the Bank of England,
the European Central Bank, the Bank of Japan, and the Swiss National Bank jointly
announced"): not appositions of the first name."""
_COUNT_WORDS = "two three four five six seven eight nine ten".split()


_SINGLE_OPEN = re.compile(r"(?:^|\s)(['‘])(?=\w)")


def _single_closed(chars: str) -> str:
    """`chars` with a single quotation mark opened before a word and not closed after it closed
    at its end ("said the forecast 'does not include adequate provision" + "'"): the title
    strips its last mark with its punctuation, and a quotation is shown whole (`balanced` does
    the double marks; a single closing mark is also an apostrophe, so only an opening one is
    looked for)."""
    opened = _SINGLE_OPEN.search(chars)
    if opened is None:
        return chars
    mark = "'" if opened.group(1) == "'" else "’"
    rest = chars[opened.end() :]
    return chars if re.search(re.escape(mark) + r"(?=[\s,.;:!?]|$)", rest) else chars + mark


def _series_shortened(mt: re.Match[str]) -> str:
    """A `_SERIES` as its first name and how many others ("the Bank of Canada and five others")."""
    others = mt.group("more").count(",") + 1
    return f"{mt.group('first')} and {_COUNT_WORDS[others - 2] if others <= 10 else others} others"


_APPOSITION = re.compile(r"(\b[A-Z][\w’'-]*),\s(?:the|a|an)\s(?:[\w’'-]+\s?){1,4},(?=\s[a-z])")
"""A short apposition after a name, followed by the verb ("Phnom Penh, the capital, were
closed"): without it the title keeps its verb."""
_AGE = re.compile(r"(?<=[A-Za-z]),\s[1-9][0-9]?,(?=\s(?:and\s|or\s)?[a-zA-Z])")
"""An age in apposition after a name, between commas ("Craig Dunleavy, 41, and Kieran Osei,
26, are due"; AP Stylebook, "ages": always figures, after the name): side detail of the
person, its commas no clause's."""
_FRONTED = re.compile(
    r"^\s*(?:(?:Even|Just|Only|Still|To\s[a-z]+)\s[^,]{0,60},\s*|(?:Despite|After|Before|Following|Since|While|As|In|On|At|By|During|With|Amid|Under|"
    r"Within|Earlier|Later|Meanwhile|However|Also|[A-Z][a-z]+ing(?=\s[a-z]))\b[^,]{0,80},\s+)")
_CONJUNCTION_ASIDE = re.compile(r",\s*(and|but|or)\s*,(?:\s*,)*\s*")
_BARE_LEAD = re.compile(r"^\s*(?:For|On|In|At|By|During|Over|Throughout|Since|Until|From|As)\s*,\s*")
_SPACE_PUNCTUATION = re.compile(r"\s+([,.;:!?])")
_DANGLING = re.compile(r"\s\b(?:for|on|in|at|by|of|to|from|until|since|or|and|between)(?=[,;:]|$)")
_FOCUS_LEFT = re.compile(r",\s+(?:(?:most|more|only|until|as)\s+)?(?:recently|lately|latterly)(?=[,;:]|$)")
"""A time adverb that only focused the date the title cut ("postponed twice, most recently [in
March]", "delayed, until recently [in May]"): an adverbial of the date, nothing alone
(Quirk et al. 1985, ch. 8, time adjuncts and their premodifiers)."""
_COMMAS = re.compile(r",(?:\s*,)+")
_COLONS = re.compile(r":(?:\s*:)+")
_DOUBLED = re.compile(r"\b(\w+) \1\b")
_THAT_SUBORDINATE = re.compile(
    r"\b(that|said|says)\s+(?:while|although|though|even\s+though|whereas|if|because|as|when|once|after|before|"
    r"(?:on|in|at|during|by|despite|following|under)(?=\s[^,;]{3,60},))\s(?:(?!\sthat\s)[^,;]){3,140},\s")
"""A subordinate clause opening what was said ("said that while his party could not expect
victory ..., the election would ..."): the title tells the said clause's own verb. Not a
phrase before the "that" of what was said ("said in an update that the search ..., named
..., was continuing": the reported clause starts at "that")."""


_MEASURE_END = re.compile(r"(?:some\s|about\s|nearly\s|almost\s|just\s|only\s)?(?:[0-9]+|a|an|one|two|three|four|five|six|seven|eight|"
                          r"nine|ten|several|a\sfew)\s(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)")
"""A measure of time and nothing after it ("three weeks"): what a cut before "after",
"before", "later" or "earlier" leaves of the phrase."""
_SUBJECT_COMMA = re.compile(r"((?:The|A|An)\s[^,]{2,50}),(?=\s(?:was|were|is|are|has|have|had)\b)")
"""A comma between a subject and its verb, as some sources write it ("The Dow Jones, was down")."""


_TIME_APPOSITION_END = re.compile(r"(?<=\w),\s(?:the|that)\s(?:same\s|following\s|previous\s|next\s|very\s)?"
                                  r"(?:day|night|morning|afternoon|evening|week|weekend|month|year)(?:\s(?:after|before)\s[^,;:]+)?$")
"""A time noun in apposition to a cut date, all its phrase gone with it ("opened its
investigation [on 8 October 2024], the day [after the trust reported the breach]")."""
_ADVERB_ASIDE = re.compile(r",\s(?:however|meanwhile|though|therefore|nonetheless|nevertheless|moreover|furthermore|instead|too|"
                           r"in\sturn|as\ssuch|for\sits\spart|for\stheir\spart),")
"""A sentence adverb between commas ("The index, however, gained 0.8%"): it links the
sentence to the one before, which the title does not show."""
_SPACE_COMMA = re.compile(r"(?<=\w)\s+,(?=\s[a-z])")
_PLACE = re.compile(r"\s(?:in|at|near|outside)\s(?:the\s)?[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,3}$")
"""A place phrase ending an object ("the factory in Port Elizabeth")."""
_CONTROL = re.compile(r"\b(?:ordered|forced|told|asked|urged|allowed|required|compelled|directed|persuaded|orders|forces|tells|asks|urges)"
                      r"\s(.{3,80}?)\sto\s[a-z]")
"""A verb whose object is the subject of the infinitive after it ("ordered the factory to
shut down", Quirk et al. 1985 ch. 16, verb complementation, object control): the object and its "to" stay together."""
_TOLD_THAT = re.compile(r"\b(told\s(?:[\w’'-]+\s){1,4}?)that\s(?=(?:he|she|they|it|we|the|a|an|[A-Z][\w’'-]*)\s)")
""""told" and its hearer before the "that" of what was told ("told a federal jury that she
created ..."): "that" may be left out after a verb of saying (Quirk et al. 1985, ch. 16, the
zero "that"-clause), so a title cut past the length keeps what was told, not a bare hearer."""
_SAID_PHRASE_THAT = re.compile(r"\b(said|says|announced|stated|added)\s(?:in|on|at|during|through)\s(?:[\w’'-]+\s){1,4}?that\s"
                               r"(?=(?:he|she|they|it|we)\s)")
"""A reporting verb, a phrase of where or how it was said and "that" ("said in a court filing
that she expected"): the phrase is the verb's adjunct, the "that" may be left out (`_TOLD_THAT`)."""
_SUBJECT_STARTS = frozenset("the a an it they he she we its their his her this these those some all no".split())


_NAMED_APPOSITION = re.compile(r"^((?:The|Its|Their|His|Her|All|Both)\s[^,]{2,50}[a-z]s),\s[A-Z][^,]{1,40}\s(?:and|or)\s[^,]{2,40},\s(?=[a-z])")
"""Names in apposition between commas after a plural subject of common nouns, one for each
member ("The two closed schools, Ridgefield Primary and St. Brendan's Academy, will not
reopen"): non-restrictive, side detail of the subject (Quirk et al. 1985, ch. 17,
apposition). A single name after a role ("The trustee, Sandra Orme, said") names the
subject better, and stays."""


_ROLE_THEN_NAME = re.compile(r"^(?:The|Its|Their|His|Her)\s[^,]{2,60},\s((?:[A-Z][\w.’'-]*\s){1,4}[A-Z][\w’'-]*),\s(?=[a-z])")
"""A role as subject and the one name in apposition to it ("The Parliamentary Commissioner for
Standards, Dame Helen Marsh, is expected ..."): the two corefer (Quirk et al. 1985, ch. 17,
apposition), and the name alone is the subject a short title keeps."""


def _named_apposition_dropped(words: list[str]) -> list[str]:
    """`words` without a `_NAMED_APPOSITION` when the clause's finite verb comes right after it:
    a title over the length keeps its verb rather than the names; a role before one name in
    apposition gives way to the name (`_ROLE_THEN_NAME`)."""
    joined = " ".join(words)
    role = _ROLE_THEN_NAME.match(joined)
    if role is not None and verbs.is_finite(("she",) + verbs.words_of(joined[role.end() :])[:1], 1) and not (
            SAYING_WORD.search(joined, role.end(), role.end() + 30) or " that " in joined[role.end() :]):
        # (a saying keeps its own shape: "X, Y, announced that ...": `speaker_and_said`)
        return (role.group(1) + " " + joined[role.end() :]).split()
    mt = _NAMED_APPOSITION.match(joined)
    if mt is None or len(mt.group(1).split()) > 5 or not verbs.is_finite(("they",) + verbs.words_of(joined[mt.end() :])[:1], 1):
        return words
    return (mt.group(1) + " " + joined[mt.end() :]).split()


_OWN_FINDING = re.compile(r"^\s*(?:Our|My)\s(?:[a-z-]+\s){1,3}(?:found|finds|showed|shows|concluded|established|revealed|confirmed)"
                          r"\sthat\s+(?=[A-Z]|(?:the|a|an)\s)")
"""A source's own finding framing what it found ("Our investigation found that Meadowbrook
passed ..."): the first person is the source's, which the title cannot show, and the news is
what was found, told as the reported clause (Quirk et al. 1985, ch. 16, "that" clauses after
verbs of knowing)."""
_BE_HAVE = frozenset("be been being is are was were am has have had get got remain remains remained stay stays stayed "
                     "seem seems seemed".split())
"""Auxiliaries and copulas: a participle after one is the verb's own or the complement ("remains
closed"; Quirk et al. 1985, ch. 16, copular verbs), no participle postmodifying a noun."""


def _left_alone_dropped(words: list[str]) -> list[str]:
    """`words` without a last word its own phrase was cut from: an infinitive after a
    figure or a comma ("gained 155.91 points, or 1.67%, [to end] the day at 9505.96", a
    purpose clause cut to its verb), or a participle postmodifying the noun before it
    after the clause's own finite verb ("cites a rise in unemployment numbers [released
    Thursday]", "in a press release [released earlier today]": a reduced relative clause,
    Quirk et al. 1985, ch. 17, whose date went with the cut)."""
    if len(words) <= 5:
        return words
    last, before = words[-1].lower(), words[-2].lower()
    if before == "to" and verbs.is_finite(("they", last), 1) and (
            words[-3].endswith(",") or words[-3].rstrip(",%").replace(".", "").replace(",", "").isdigit() or words[-3].endswith("%")):
        return untrail(words[:-2])
    bare = verbs.words_of(" ".join(words))
    if (last in verbs.PARTICIPLES or last.endswith("ed")) and before.isalpha() and before not in _BE_HAVE and (
            before not in STOP_WORDS) and not before.endswith("ly") and words[-2][:1].islower() and not words[-2].endswith(",") and not any(
            w.lower() in ("which", "who") or w.lower() == "that" and k and bare[k - 1].lower() not in OPENERS
            and not verbs.is_finite(bare, k - 1) for k, w in enumerate(bare)) and not any(
            w.lower() in _BE_HAVE or w.lower() == "with" for w in words[-4:-2]):
        # ("The strike that began in March ended": after a relative clause the last verb is the main
        # one; "has been provisionally suspended", "is now anticipated", "with no talks planned": the verb's
        # own, an absolute phrase's; "Talks aimed at ending a strike at the Port of X collapsed": after a name)
        opened = max((k for k, w in enumerate(bare[:-1]) if w.lower() in OPENERS), default=-1)
        if verbs.first_finite(bare[opened + 1 : -2]) >= 0:
            return words[:-1]
    return words


_COMMENT = re.compile(r",\s(?:a|an|the)\s(?:[a-z0-9][\w’'%.,-]*\s?){1,10}$")
"""A noun phrase after the last comma that sums up or rates the clause before it (", a
slight increase from earlier today", ", the biggest fall since 2008", ", a sum its lawyers
called excessive"): a supplementary (sentential) apposition, Huddleston & Pullum 2002, ch.
15 §5, Quirk et al. 1985, 17.73. It comments on the happening, and once a date inside it is
cut it can say the opposite ("a slight increase" of a fall). No capital inside: an
apposition that names ("a new chief, the former banker Ann Holt") is the object's."""


def _comment_dropped(words: list[str]) -> list[str]:
    """`words` without a closing `_COMMENT` when a whole clause (a finite verb, three words
    or more) stands before it."""
    joined = " ".join(words)
    comment = _COMMENT.search(joined) if ", " in joined else None
    if comment is None or any(c.isupper() for c in comment.group()):
        return words  # ("its latest addition to the line, the iPod nano": a name, the object's apposition)
    before = joined[: comment.start()]
    return before.split() if len(before.split()) >= 3 and verbs.has_finite(before) else words


@functools.lru_cache(maxsize=1 << 14)
def tidy(chars: str) -> str:
    """The title's text from the clause `chars` (its dates cut): its words joined, or ""
    when nothing is left. Cached per clause: the versions of a story, and the sources that
    quote one statement, repeat their clauses."""
    if "that " in chars or "said " in chars or "says " in chars:
        chars = _THAT_SUBORDINATE.sub(r"\1 ", chars)
    if chars.lstrip().startswith("(") and chars.rstrip(" .").endswith(")"):
        chars = chars.strip().strip("()").strip()  # a sentence in parentheses: its words
    if "(" in chars:
        chars = _SPACE_COMMA.sub(",", _PARENTHESES.sub(" ", chars))  # "Hoshino Foods (…), the maker": the apposition's comma
    chars = _DATELINE.sub("", chars)
    chars = _OWN_FINDING.sub("", chars) if chars.lstrip()[:3] in ("Our", "My ") else chars  # "Our investigation found that X ..."
    chars = _LABEL_COMMA.sub(r"\1: ", _CLOCK_LABEL.sub("", chars)) if ":" in chars[:40] or chars.lstrip(" ,;:*_-")[:1].isdigit() else chars
    if ":" in chars[:12] and (spoken := transcript.label(chars, 0, len(chars))) and (
            spoken[0].casefold() in transcript.QUESTION | transcript.ANSWER):
        chars = chars[spoken[1] :]  # "A: She will appeal by 20 October": the answer's words (attack review s15b #2)
    chars = _DATELINE_DASH.sub("", chars) if _CAPITALS.match(chars) else chars
    chars = _COLONS.sub(":", chars) if "::" in chars.replace(" ", "")[:60] else chars  # "Update: [3 March]: The council ..."
    label = SECTION_LABEL.match(chars) if ":" in chars[:40] else None
    chars = chars[label.end() :] if label and not verbs.has_finite(label.group().rstrip(": ")) else chars  # "Notes to editors: The bridge opened"
    # Side clauses between commas go before attributions are looked for: the comma that
    # closes "Charities, such as X, today said that ..." does not open an attribution.
    chars = _ASIDE.sub(lambda m: "," if _ATTRIBUTION.match("," + m.string[m.end() :]) or _ACCORDING.match(
        m.string, m.end()) else "", chars) if ", " in chars else chars
    # (", including four in Ohio, the chain said", ", who donated ..., according to records": the
    # attribution after the aside keeps its comma, and goes after it)
    chars = _WITH_ASIDE.sub("", chars) if ", with " in chars else chars
    chars = _PARTICIPLE_ASIDE.sub(_participle_gone, chars) if chars.count(",") >= 2 else chars  # "The draft, prepared by X and dated, says"
    chars = _ATTRIBUTION_ASIDE.sub("", chars)
    chars = _ADVERB_ASIDE.sub("", chars) if ", " in chars else chars  # "The index, however, gained": the clause
    unattributed = _ATTRIBUTION.sub("", chars)
    chars = unattributed if len(unattributed.split()) >= 2 else chars.lstrip(" ,")  # ", Vogt said the union would strike"
    attributed = _ATTRIBUTION_VERB.search(chars)
    if attributed and chars.count(", ") >= 2 and verbs.has_finite(chars[: attributed.start()]) and (
            _ATTRIBUTION_VERB.search(dropped := appositions_dropped(chars)) is None):
        chars, attributed = dropped, None  # "X, the grandmaster who was his opponent, said he had": the subject's verb
    if attributed and ("according" in attributed.group() or verbs.has_finite(chars[: attributed.start()])):
        chars = chars[: attributed.start()]  # ("Its president, Sunita Devi, said that the figure had risen": the speaker is the subject, and stays)
    # Appositions between commas ("The index, a measure of ..., fell"); the side clauses
    # went before the attributions ("Rivermark, which filed on June 1, will close plants").
    chars = DASH_ASIDE.sub(" ", chars) if ("--" in chars or "—" in chars or "–" in chars) else chars  # "the fifteen unions -- that is, those which ... -- had agreed"
    chars = _SERIES.sub(_series_shortened, chars) if chars.count(", ") >= 2 else chars
    chars = _APPOSITION.sub(r"\1", chars)  # "in Phnom Penh, the capital, were closed"
    chars = _AGE.sub("", chars) if ", " in chars else chars  # "X, 41, and Y, 26, are due": the ages
    if chars.count(", ") >= 2:
        chars = appositions_dropped(chars)
    # A fronted phrase before the subject ("Despite his party's showing, Rainsy ...").
    chars = _BARE_LEAD.sub("", chars) if chars[:20].count(",") else chars  # "For [the day], the index closed": the preposition went with its date
    fronted = _FRONTED.match(chars)
    if fronted and fronted.group().split(None, 1)[0].endswith("ing") and verbs.has_finite(
            fronted.group().split(None, 1)[1] if " " in fronted.group().strip() else ""):
        fronted = None  # "Striking dockers at the port voted to accept the deal, ending ...": a subject, and its clause
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
    text_title = _FOCUS_LEFT.sub("", _DANGLING.sub("", text_title))
    text_title = _COMMAS.sub("", text_title).strip(" ,;:")  # an aside that was only a date: "delivery, [in May], will"
    text_title = _DOUBLED.sub(r"\1", text_title)  # "0.9% and and a further 0.1%"
    words = text_title.split()
    if len(words) > 3 and words[0] in ("that", "That") and (words[1] in _SUBJECT_STARTS or words[1][:1].isupper()) and (
            verbs.has_finite(" ".join(words[1:]))):
        words = words[1:]  # "[and] that the company hoped to reopen it": a reported clause's "that"
    if len(words) > TITLE_WORDS and " that " in text_title and ("told " in text_title or SAYING_WORD.search(text_title)):
        # "told a jury [that] she created ...", "said [in a court filing that] she expected ...": what was said stays in the cut
        words = _SAID_PHRASE_THAT.sub(r"\1 ", _TOLD_THAT.sub(r"\1", " ".join(words))).split()
    if len(words) > TITLE_WORDS:
        joined = " ".join(words)
        control = _CONTROL.search(joined)
        if control:  # "ordered the factory [in Port Elizabeth] to shut down": the object keeps its infinitive
            placed = (joined[: control.start(1)] + _PLACE.sub("", control.group(1)) + joined[control.end(1) :]).split()
            words = placed
    if len(words) > TITLE_WORDS:
        words = _named_apposition_dropped(words)
    if len(words) > TITLE_WORDS:
        words = without_participle(without_relative(words))
        said = speaker_and_said(words) if len(words) > TITLE_WORDS and SAYING_WORD.search(text_title) else None
        if said is None or said[0] is words:
            words = said[1] if said is not None else cut(words)
        else:
            words = cut(said[0]) if len(said[0]) > TITLE_WORDS else said[0]
    words = untrail(words)  # "The first flight of the 777 was [in 1994]"
    words = _left_alone_dropped(words)
    if len(words) > 5 and words[-2].lower() in ("that", "which", "who") and (
            words[-1].lower() in ("read", "reads") or SAYING_WORD.fullmatch(words[-1])):
        words = untrail(words[:-2])  # "a message Voss sent [that read]": a relative's verb of saying alone, what it says cut
    joined = " ".join(words)
    absolute = joined.split(", with ", 1)[1] if ", with " in joined else ""
    if absolute and not verbs.has_finite(absolute) and not any(w.endswith("ing") for w in absolute.split()) and len(
            joined.split(", with ", 1)[0].split()) >= 3:
        words = joined.split(", with ", 1)[0].split()  # an absolute "with" phrase cut short: side detail
    words = _comment_dropped(words)
    if len(words) > 3 and words[0] in ("and", "but", "then"):
        words = words[1:]  # a clause cut from its sentence: "and only became public this weekend"
    if len(words) > 4 and words[-2].endswith(",") and words[-1][:1].islower() and not verbs.has_finite(words[-1]):
        words = words[:-1]  # "from all its 212 stores, hours [after ...]": one word left after a comma
    after = max((k for k in range(2, len(words) - 1) if words[k - 1].endswith(",")), default=0)
    if after and len(words) - after <= 3 and _MEASURE_END.fullmatch(" ".join(words[after:])):
        words = words[:after]  # "The inquiry was set up, three weeks [after the strike ended]": a measure left of its phrase
    joined = _TIME_APPOSITION_END.sub("", " ".join(words))  # "opened its investigation, the day [after ...]"
    comma = _SUBJECT_COMMA.match(joined)
    if comma and not verbs.has_finite(comma.group(1)):
        joined = comma.group(1) + joined[comma.end() :]  # "The index, was down 3.76%": a stray comma before the verb
    return _single_closed(balanced(joined.strip(" ,;:—–-\"“”'‘’")))
