"""The reporting clause of a quotation, in closed classes of English: the verbs that
report speech or frame a quoted phrase, the participle clause that reports after a main
clause, and a pronoun as the subject of a reporting verb (helpers of `quotes`).

Source: English verbs of speaking and of evaluative naming (a closed class), the verbs
taking a reported that-clause (Quirk et al. 1985, ch. 16, verb complementation), direct
and indirect speech (Quirk et al. 1985, ch. 14, the complex sentence).
"""

from __future__ import annotations

import re

VERBS = (r"\b(?:said|says|added|told|replied|answered|responded|asked|insisted|stated|wrote|warned|declared|explained"
         r"|ruled|concluded)\b")
"""Reporting verbs: before a quotation or after it ("…," X said; "…," the court ruled)."""
FRAMING = (
    r"\b(?:said|says|added|told|replied|asked|insisted|stated|wrote|warned|declared|explained"
    r"|ruled|rules|concluded|concludes|found|finds|(?:held|holds)\s+that"
    r"|called|calls|accused|accuses|urged|urges|described|describes|vowed|vows|promised|promises|pledged|pledges"
    r"|branded|brands|dismissed|dismisses|praised|praises|condemned|condemns|hailed|hails|denied|denies)\b"
)
"""Verbs whose subject speaks the quotation that completes them: reporting verbs, and the
verbs that frame a quoted phrase as their complement: X called the walkout "…", X called
on both sides to "…", X accused the minister of "…", X described the ruling as "…", X
vowed to "…" (English verbs of speaking and of evaluative naming; closed class), and the
verbs of a court's or an inquiry's judgment, which report what it decided in its words:
X ruled that the offer had "…", X found the claim "…", X concluded, X held that (verbs
taking a reported that-clause, Quirk et al. 1985, ch. 16, verb complementation; "held"
only with "that": "held talks" reports nothing). They attribute a quotation that comes
after them; only the reporting verbs (`VERBS`) do after a quotation ("…," X said; "…,"
the court ruled)."""
CAUSED_TO = re.compile(
    r"(?:[’']s?)?(?:\s*,[^,;:“”\"]{0,60},|\s*,)?\s+to\s+(?:\w+ly\s+)?"
    r"(?:say|tell|add|warn|insist|declare|call|accuse|describe|brand|dismiss|condemn|urge|praise|hail|deny|label|demand)\b"
)
"""After a name: a to-infinitive of reporting or framing ("…, prompting the local MP, Sarah
Lindley, to accuse him of "…""; "leading X to describe it as "…""): the object of a verb of
causing (`CAUSING`) is the understood subject of the infinitive after it, so the quoted
words are the object's, not the main clause's subject's (object control, Quirk et al. 1985,
ch. 16, complementation by an object and a to-infinitive)."""
CAUSING = re.compile(r"\b(?:prompt(?:s|ed|ing)?|lead(?:s|ing)?|led|caus(?:e|es|ed|ing)|forc(?:e|es|ed|ing)"
                     r"|spur(?:s|red|ring)?|provok(?:e|es|ed|ing))\s+[^;.!?“”\"]{0,80}$")
"""Before the object of `CAUSED_TO`: a verb of causing ("prompting ", "which led ",
"forcing the minister, "): closed class."""
PARTICIPLE = re.compile(
    r",\s+(?:saying|adding|warning|insisting|arguing|declaring|explaining|stating|writing|ruling|concluding"
    r"|finding|calling|describing|accusing|urging|vowing|promising|pledging|branding|dismissing|denying|citing"
    r"|telling|noting|stressing|acknowledging|admitting)\b"
)
"""A participle clause of reporting or framing after the main clause ("X referred the
strike to the court, saying the dispute was "…""): its subject, unstated, is the main
clause's (the attachment rule of supplementive clauses, Quirk et al. 1985, ch. 15, the
syntactic and semantic functions of subordinate clauses). "citing" gives the subject's own
reason in its words ("X retracted two papers, citing "…"": the cited words are the
subject's statement of its grounds); "telling" reports to a hearer ("X announced the
inquiry on Monday, telling MPs that the families had been "…"": X's words)."""
IT_SAYS = re.compile(r"(?<![\w’'])[Ii]t\s+(?:\w+\s+){0,2}?(?:says|said|stated|states|claims|claimed|"
                     r"insists|insisted|argues|argued|maintains|maintained)\b")
"""A body as pronoun subject of a reporting verb before a quotation, in a relative or
comment clause ("3.5%, which it says is "…""; "as it said, "…""): "it" stands for the
body that is the main clause's subject (`antecedents.subject_body`)."""
SPEAKING_KINDS = ("person", "organisation", "party")
"""The kinds of entity that can speak a quotation: a person, or a body through its
statement (a place cannot)."""
FRAMED = re.compile(
    r"(?:[’']s?)?\s*(?:,(?:[^,“”\"]|(?<=\d),(?=\d{3})){0,100},|,|\s+(?:of|from|at|for)\s+[^,.;:“”\"]{1,50}?(?=\s))?\s*"
    r"(?:(?:also|later|then|again|once|has|have|had|on\s+\w+|\w+ly)\s+)*"
    + FRAMING
)
"""A framing verb whose subject is the name just before it ("Okafor, chief executive of
Meridian, called the walkout", "Mendes of the union called that", "Fairbanks on Thursday
called on", "X also described"): a name's apposition or its "of/from/at/for" phrase
(the post-modifier of an English noun phrase), or its relative clause, whose numbers
may hold a thousands comma ("X, which charges up to 2,000 crowns a month, said"), stays
with the subject; a framing verb
further on has another subject ("X expressed condolences for Y and described him as "…""
is not Y's)."""
PRONOUN_SAYS = re.compile(r"\b([Hh]e|[Ss]he)\s+(?:[a-z]+\s+){0,2}?" + FRAMING)
"""A person pronoun as the subject of a framing verb before a quotation ("he said", "She
later called it")."""


WITH_SUBJECT = re.compile(r"\bwith\s+(?:[\w’'.-]+\s+){1,6}?(?:saying|telling|adding|warning|arguing|insisting|writing)\b")
"""A nonfinite clause with a subject of its own introduced by "with" ("…, with one barrister
telling reporters "…"", Quirk et al. 1985, ch. 15, the syntactic and semantic functions
of subordinate clauses): its participle is that subject's, not the main clause's."""
INTRODUCES = re.compile(FRAMING + r"|\b(?:saying|adding|telling|writing|stating|declaring|quotes|quoted|quoting)\b")
"""A reporting clause of its own before a quotation ("GovExec.com quotes a "Senate aide" as
saying: "…""): the quotation is that clause's speaker's, named or not, never the previous
quotation's by continuation."""


def reports(text: str, start: int, qs: int) -> bool:
    """Whether text[start:qs], after a subject, holds its reporting verb (`FRAMED`) or a
    reporting participle clause (`PARTICIPLE`), and no other speaker's reporting clause
    ("he said", "it says") or quotation mark between."""
    gap = text[start:qs]
    return len(gap) < 200 and bool(FRAMED.match(gap) or PARTICIPLE.search(gap)) and not (
        PRONOUN_SAYS.search(gap) or IT_SAYS.search(gap) or WITH_SUBJECT.search(gap) or re.search(r"[“”\"]", gap))


INTRO = re.compile(r"(?:" + VERBS + r"(?:\s+[\w’'-]+){0,3}|\bthe\s+following\s+(?:statement|comments?|remarks|message|response|reply))"
                   r"\s*:\s*$")
"""A paragraph's end in a reporting verb (and up to three words: "told reporters") and a
colon, which introduces direct speech after it (Quirk et al. 1985, ch. 14, direct and
indirect speech), or in "the following statement" (comment, remarks, message) and a
colon: "the following" points forward to the text after it (cataphoric reference, Quirk
et al. 1985, ch. 19, the forward reference of "the following"), here the statement's
words ("X issued the following statement:")."""
PRONOUN_SUBJECT = re.compile(r"\s*([Hh]e|[Ss]he)\s[^“”\"«»„]*?(?:\b(?:but|and|then)\s+(?:also\s+|later\s+)?" + VERBS
                             + "|" + PARTICIPLE.pattern + ")")
"""A person pronoun as the subject of a main clause whose coordinated verb is a reporting
verb before the quotation ("she agreed that she had signed them, but said she had done
so "…"": coordinated verbs share the clause's subject, Quirk et al. 1985, ch. 13,
coordination; not "he met the lawyer, who said", a relative clause's own subject), or
whose participle clause of reporting follows it ("She rejected his argument …, saying the
guidance "…"": `PARTICIPLE`, the main clause's subject)."""
