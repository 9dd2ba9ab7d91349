"""Numeric claims in one source: counted figures ("1,200 members", "55 seats") and
amounts of money said of something ("£8 million in unpaid wages"), with whose count each
is and who states it.

This module walks the sentences and puts each claim together; the figure and its unit
are read by `units`, an amount of money by `amounts`, whose a figure is by `holders`, and
who states it by `claimants`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from ..annotation import Claim, Mention, Quote
from ..model import Entity, Source
from . import (
    acts,
    amounts,
    antecedents,
    claimants,
    costings,
    counted,
    days,
    earlierfigures,
    figurestating,
    holders,
    namedby,
    nameruns,
    numberwords,
    passives,
    percentages,
    registered,
    revisions,
    rivals,
    tolls,
    units,
    wholes,
)


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
    The owner is the clause's grammatical holder (`holders`: a genitive, a label, "jobs at
    X", the subject of "has", "owes" or "employs" across an apposition or an indirect
    object; never the speaker of "X said"), or else the last party named before it in the
    clause. The claimant is the speaker of the quotation the figure is in, the
    entity after "according to", the subject of the reporting verb, or for "he said"
    and "the election authority said" the claimant of the sentence before.
    """
    text = source.text
    claims: list[Claim] = []
    last_claimant = ""
    starts = [m.start for m in mentions]
    bodies = namedby.Bodies(mentions, entities)
    # Most sentences hold no figure: who states theirs is read only when a later sentence's
    # figures are told by a pronoun ("he said") and need the claimant before.
    unread: list[tuple[int, int]] = []
    ranged: set[int] = set()  # figures told with one before: a range's upper end, a denied percentage
    disputing: set[int] = set()  # figures set against another voice's, never a correction of it (`percentages`)

    def claimant_before() -> str:
        """The claimant of the last sentence before that names one."""
        nonlocal last_claimant
        while unread:
            s0, e0 = unread.pop()
            found = claimants.claimant(text, s0, e0, list(mentions[bisect_left(starts, s0) : bisect_left(starts, e0)]),
                                       entities, bodies.before(s0))
            if found:
                last_claimant = found
                unread.clear()
        return last_claimant

    for p in source.paragraphs:
        if p.skipped:
            continue
        if units.DIGIT.search(text, p.start, p.end) is None and numberwords.FIGURE.search(text, p.start, p.end) is None:
            # no figure (most paragraphs)
            unread.extend(p.sentences)
            continue
        paragraph_unit = paragraph_owner = ""
        # "…the records of 1.3 million patients. ¶ … the true figure was 'closer to 800,000'": "the
        # figure" before a paragraph's first count refers to the last count named, in the paragraph before
        carried = (claims[-1].unit, claims[-1].owner) if claims and claims[-1].paragraph == p.number - 1 else ("", "")
        for s, e in p.sentences:
            figures = sorted([*units.FIGURE.finditer(text, s, e), *numberwords.figures(text, s, e)], key=lambda m: m.start())
            if not figures:
                unread.append((s, e))
                continue
            # mentions are in text order: the sentence's are a slice (a filter of all
            # mentions per sentence cost time quadratic in the source's length)
            in_sentence = list(mentions[bisect_left(starts, s) : bisect_left(starts, e)])
            parties = [m for m in in_sentence if entities.get(m.entity) and entities[m.entity].kind == "party"]
            owners = [m for m in in_sentence if entities.get(m.entity) and entities[m.entity].kind in ("party", "organisation")]
            claimant = claimants.claimant(text, s, e, in_sentence, entities, bodies.before(s))
            stated_as = claimants.described(text, s, e) if claimant == "" else ""
            if stated_as and (known := registered.entity_named(stated_as, entities)):
                claimant, stated_as = known, ""  # "Meadowbrook said": a registered short form names its entity
            if claimant is None:
                claimant = claimant_before()
            elif claimant:
                last_claimant = claimant
                unread.clear()
            unit = ""
            if claimant and figurestating.only_cited(text, s, e, figures):
                claimant = stated_as = ""  # "covers 305,000, more than the 212,000 [Veloria said it would recall]"
            sentence_claimant, sentence_stated_as = claimant, stated_as
            for mt in figures:
                fs, fe = mt.start(), mt.end()
                if fs in ranged:
                    continue  # the upper end of "between $12m and $15m", "not the 94 percent": told with the first
                if acts.counterfactual(text, s, fs, fe, e):
                    continue  # "would have proposed a fine of £6.2 million": what did not happen
                if claimants.SOURCING.match(text, mt.end(1), e):
                    continue  # "two people familiar with the matter": who the source is, not a count
                if _asked(text, fe, e):
                    continue  # "Ninety engineers, Mr. Voss?": a question states no figure
                if counted.increment(text, s, fs):
                    continue  # "has risen to 11, … after two passengers died": the step, no count
                if counted.of_past_year(text, s, fs, source.published.year if source.published else None):
                    continue  # "since 1988, when about 1,100 people died": another happening's figure
                claimant, stated_as = figurestating.clause_claimant(text, s, e, fs, in_sentence, entities, bodies,
                                                       sentence_claimant, sentence_stated_as)
                at, agent = passives.agent_after(text, fe, e)  # "the 240 estimated by police": police's figure
                if agent:
                    known = next((m.entity for m in in_sentence if at <= m.start < at + len(agent)), "")
                    known = known or registered.entity_named(agent, entities)
                    claimant, stated_as = (known, "") if known else ("", agent)
                sign = amounts.currency_before(text, s, fs)
                if not sign and units.SCALED.search(mt.group(1)):
                    continue  # "100m", "5k": a multiplier letter makes a figure only after a currency sign
                before = claims[-1] if claims and claims[-1].start >= s else None
                head = earlierfigures.head_claim(text, s, claims) or before  # not "11 agencies" of "110 people from 11 agencies"
                if head and earlierfigures.earlier_of(text, s, e, sign.start() if sign else fs, fe, mt, head):
                    before = head
                    # "owed £97 million, revised from the £84 million it gave", "to 900, down
                    # from the 1,200 it gave", "65, not 64 as earlier reported": the same count's
                    # earlier figure (`revisions` marks it old), not a fresh claim of its own
                    speaker = figurestating.speaker(text, quotes, fs, claimant, in_sentence)
                    claims.append(Claim(before.quantity, text[sign.start() : mt.end(1)] if sign else mt.group(1),
                                        speaker or claimant or before.claimant, p.number, before.unit, before.owner,
                                        sign.start() if sign else fs, fe, before.act, before.change,
                                        "" if speaker else stated_as, earlier=before.change))
                    continue
                if sign and amounts.in_conversion(text, s, sign.start()):
                    continue  # "$916m (£690m)": the bracketed conversion is the amount before it
                if sign:  # an amount of money: a claim only when it says what it is of
                    upper = amounts.range_end(text, s, e, sign.start(), mt.end(1))
                    if upper:  # "lost between $12m and $15m in transit fees": one range, what follows its upper end
                        ranged.add(upper[0])
                    ends = upper[1] if upper else mt.end(1)
                    what, what_end = costings.named(text, s, e, sign.start(), ends) or amounts.what(text, s, e, sign.start(), ends)
                    what = what or amounts.cost(text, s, sign.start()) or costings.verb_named(text, s, sign.start(), ends)
                    if what:
                        what, owner = amounts.owner(text, s, sign.start(), fe, what, owners, parties,
                                                   mentions[: bisect_left(starts, fs)], entities, claims, p.start)
                        money = f"{what} ({sign.group(1)})"
                        speaker = figurestating.speaker(text, quotes, fs, claimant, in_sentence)
                        if not speaker and not claimant and (judge := figurestating.ruled_by(text, s, sign.start(), in_sentence)):
                            claimant, stated_as = judge, ""  # "Mr Justice X awarded Avery £85,000": the award's maker
                        # "owes more than $2 billion": the bound is part of what is stated, shown with it
                        limit = counted.BOUND.search(text, max(s, sign.start() - 16), sign.start())
                        value = text[limit.start() if limit else sign.start() : upper[1] if upper else mt.end(1)]
                        value = f"between {value}" if upper and " and " in value else value  # "£6 million to £8 million"
                        made, reading = costings.act_and_reading(
                            text, s, sign.start(), what, amounts.act(text, s, limit.start() if limit else sign.start()))
                        claims.append(Claim(f"{money} of {owner}" if owner else money, value, speaker or claimant or "",
                                            p.number, money, owner, sign.start(), what_end,
                                            made, _running_total(text, s, e, limit.start() if limit else sign.start()) or reading,
                                            stated_as="" if speaker else stated_as))
                    elif ((denied := earlierfigures.denied(text, mt.end(1), e, sign.group(1), claims)
                                     or earlierfigures.corrected(text, s, sign.start(), sign.group(1), claims, p.start))
                          or amounts.part_of(text, mt.end(1), e) or earlierfigures.NOT_FIGURE.match(text, mt.end(1), e)
                          or revisions.in_revision(text, s, sign.start(), e)):
                        # "moved €250,000 of it": money of no named kind, its currency alone; "It was
                        # €250,000, not €400,000", "corrected that figure to €250,000": the count the denied,
                        # corrected figure was stated for (in the currency alone when the source states
                        # none before: another source's count, `present.quantities.rehomed`); "revising
                        # the sum from €400,000 to €250,000": its currency alone, lined up with the count
                        # the earlier figure was stated for across the dossier (`present.quantities`)
                        speaker = figurestating.speaker(text, quotes, fs, claimant, in_sentence)
                        quantity, unit_of, owner = ((denied.quantity, denied.unit, denied.owner) if denied
                                                    else (sign.group(1), sign.group(1), ""))
                        claims.append(Claim(quantity, text[sign.start() : mt.end(1)], speaker or claimant or "",
                                            p.number, unit_of, owner, sign.start(), fe,
                                            stated_as="" if speaker else stated_as))
                    elif counted.refers_back(text, s, sign.start()):
                        # "The company's figure is £38 million": the amount stated last in that currency
                        same = next((c for c in reversed(claims) if c.unit.endswith(f"({sign.group(1)})")), None)
                        if same:
                            who = claimants.possessor(text, s, sign.start(), in_sentence, entities, bodies.before(s))
                            claims.append(Claim(same.quantity, text[sign.start() : mt.end(1)], who or claimant or "",
                                                p.number, same.unit, same.owner, sign.start(), fe,
                                                stated_as="" if who else stated_as))
                    continue
                if rates := percentages.rated(text, s, e, fs, fe):  # "put the match rate at 71 per cent, not the 94 …"
                    for value, rate, r0, r1, words in rates:
                        ranged.add(r0)
                        if len(rates) > 1 and rates[1][4]:
                            disputing.add(r0)  # "not the 94 percent cited in its decision": another voice's, a dispute
                        claims.append(Claim(rate, value, "" if words else claimant, p.number, rate, "", r0, r1,
                                            stated_as=words or ("" if claimant else stated_as)))
                    continue
                earlier = counted.EARLIER.search(text, max(s, fs - 25), fs)  # "more than the 23 it reported"
                earlier_of = wholes.EARLIER_OF.search(text, max(s, fs - 60), fs)  # "Our earlier figure of 410,000"
                earlier = earlier or earlier_of
                # "a fine of 15,000 Swiss francs": "of" after what the money is, no bound or change
                money_of = bool(mt.group(2) and mt.group(2) in amounts.currency_words()
                                and re.search(r"(?<![\w’'])[a-z]{3,}\s+of\s$", text[max(s, fs - 20) : fs])
                                and not re.search(r"\b(?:loss|lost|losing|gained|total|sum)\s+of\s$", text[max(s, fs - 20) : fs])
                                and amounts.what(text, s, e, fs, mt.end(2))[0])
                bound = counted.bound_back(text, s, fs, e)  # "put the number at fewer than 2,500": a contrary figure
                bound = bound if bound >= 0 else tolls.bound(text, s, fs)
                rival = rivals.disputed(text, s, fs, claims, p.number)  # "disputed that figure, saying fewer than N"
                if rival and bound < 0 and rival[0] < fs:
                    bound = rival[0]
                if bound < 0 and not earlier and not money_of and (
                    (units.NOT_A_COUNT.search(text[max(s, fs - 20) : fs])
                     and not units.POSSESSOR_OF.search(text, max(s, fs - 50), fs)
                     and not units.OF_COMPLEX.search(text, max(s, fs - 30), fs)
                     and not units.OF_WHOLE.search(text, max(s, fs - 30), fs)
                     and not units.OF_VALUE.search(text, max(s, fs - 20), fs)
                     and not (not mt.group(2) and tolls.adjective_head(text, s, fs, fe, e)))  # "families of the 14 still missing"
                    or text.startswith(" per cent", fe)
                ):
                    if mt.group(2):
                        unit = mt.group(2)
                    continue
                what, what_end = amounts.what(text, s, e, fs, mt.end(2)) if (
                    mt.group(2) and mt.group(2) in amounts.currency_words()
                    and not counted.rate(text, mt.end(2), e)) else ("", fe)  # "450 dollars a week": a rate
                if (not what and earlier and before and mt.group(2) and before.owner == ""
                        and before.unit.endswith(f" ({mt.group(2)})")):
                    # "at 412 million pounds, well above the 340 million pounds the department has
                    # given": a comparison's earlier term is a figure of the quantity it is compared with
                    cited = claimants.cited(text, mt.end(2), e, in_sentence, entities)
                    who, said_as = cited or (figurestating.speaker(text, quotes, fs, claimant, in_sentence) or claimant or "",
                                             stated_as)
                    claims.append(Claim(before.quantity, mt.group(1), who, p.number, before.unit, "", fs,
                                        mt.end(2), change=cited is None, stated_as=said_as, earlier=cited is None))
                    continue
                if what:
                    # "debts stand at 4.2 million euros": an amount of money lined up by what it
                    # is, as "debts of €4.2 million" is; one that does not say stays a count of
                    # euros, told apart by its act ("had cost it 41 million euros")
                    what, owner = amounts.owner(text, s, fs, fe, what, owners, parties,
                                               mentions[: bisect_left(starts, fs)], entities, claims, p.start)
                    money = f"{what} ({mt.group(2)})"
                    speaker = figurestating.speaker(text, quotes, fs, claimant, in_sentence)
                    claims.append(Claim(f"{money} of {owner}" if owner else money, mt.group(1), speaker or claimant or "",
                                        p.number, money, owner, fs, max(what_end, mt.end(2)), amounts.act(text, s, fs),
                                        _running_total(text, s, e, fs), stated_as="" if speaker else stated_as))
                    continue
                label = re.search(r"([A-Z]\w+)[ \u00a0]$", text[max(s, fs - 20) : fs])
                if label and label.group(1).lower() in nameruns.LABEL_NOUNS:
                    continue  # "Chapter 11", "Article 5": a label's number, no count ("now count 65 claimants" is one)
                if mt.group(2) and units.model_number(text, s, mt):
                    continue  # "four Rolls-Royce Trent 900 engines": a name's number, not a count
                tied = holders.tied(text, s, fs, fe, owners)
                if not tied and _name_number(text, s, fs, mt.group(1)):
                    continue  # "ILO Convention 169 requires": the number of a name, no count
                of_total = units.OF_TOTAL.match(text, fe, e)
                modified = units.modified_noun(text, fe, e) if not mt.group(2) else None  # "447 unpaid workers"
                part, determiner = counted.partitive(text, fe, e) if not (mt.group(2) or modified) else ("", "")
                continued = counted.continues(text, s, fs)
                referred = (continued or counted.refers_back(text, s, fs) or bound >= 0
                            or wholes.of_whole(text, s, fs) or earlier_of is not None)
                since = claims[-1].end if claims and claims[-1].start >= p.start else p.start
                named = rivals.named_count(text, since, fs) if referred else ""
                this_unit = rival[1].unit if rival else (
                    units.counted_unit(mt.group(2)) or (units.counted_unit(modified.group(2)) if modified else "")
                    or (units.counted_unit(of_total.group(1)) if of_total else "") or units.counted_unit(part)
                    or (unit if tied or earlier else "") or ((named or paragraph_unit or carried[0]) if referred else "")
                )
                this_unit = counted.tally(text, s, fs, mt.end(2) if mt.group(2) else fe, this_unit) or this_unit
                if re.fullmatch(r"(?:1[89]|20)\d\d", mt.group(1)):
                    continue  # a year ("2013 elections")
                if units.for_other(text, s, fs):
                    continue  # "referral letters for about 9,000 patients": what the letters are for
                worded = not mt.group(1)[:1].isdigit()
                if worded and not (mt.group(2) or modified or of_total or part or continued or earlier):
                    # a numeral word counts only the noun written with it ("Thirty-one of our members": the
                    # partitive's), or a count it continues
                    this_unit = ""
                if not this_unit:
                    # "within the 72 hours required by law": a noun of no count (`units.NOT_COUNTED`)
                    # is the figure's own, so no people or earlier noun are implied
                    this_unit = counted.number_of(text, s, fs) or tolls.toll_unit(text, s, fs) or (
                        "people" if not mt.group(2) and tolls.adjective_head(text, s, fs, fe, e) else "") or (
                        "" if worded or mt.group(2) else units.implicit_unit(text, s, fs, fe, e, paragraph_unit))
                if not this_unit:
                    continue  # no counted noun
                end = mt.end(2) if mt.group(2) else modified.end() if modified else fe
                told_before = bool(paragraph_unit)  # a count named earlier in the paragraph
                unit = paragraph_unit = this_unit
                per = counted.rate(text, end, e) or (units.borrowed_rate(claims[-1].unit, this_unit) if claims and claims[-1].start >= p.start
                                                     and not (mt.group(2) or modified or part or of_total) else "")
                shown = f"{this_unit} {per}" if per else this_unit
                scope = acts.rescoped(text, s, fs)  # "expanded its recall of X to 318,000": the recall's new size
                act = (acts.act(text, s, fs) or ("" if acts.in_complement(text, s, fs) else acts.subject_act(text, end, e)) or scope
                       or (acts.GATHERED if counted.crowd(text, s, fs) else ""))
                act = acts.qualified(text, s, fs, act) if act else act
                act = rival[1].act if rival else act  # the disputed count's act: one count, two voices
                if not rival and (toll := tolls.recount(text, s, fs, fe, e, this_unit, act, bool(mt.group(2)))) != (this_unit, act):
                    this_unit, act = toll  # "nine bodies recovered", "the number of people confirmed dead": the dead
                    unit = paragraph_unit = shown = this_unit
                owner = (rival[1].owner if rival else "") or (
                    tied or holders.subject_owner(text, fs, s, owners) or holders.subject_of_having(text, s, fs, owners)
                    or holders.relative_owner(text, fs, s, owners)
                    or (antecedents.subject_body(text, s, fs, mentions, entities)
                        if holders.its_own(text, s, fs, this_unit) else "")
                    or holders.located(text, mt.end(), owners)
                    or holders.party_before(text, fs, s, parties)
                    or (holders.body_before(owners, fs) if determiner in ("its", "their") else "")
                    or (holders.body_before(owners, fs) if act and acts.indirect_object(text, s, fs) else "")
                    or ((paragraph_owner if told_before else carried[1]) if referred and not named else "")
                )
                paragraph_owner = owner
                speaker = figurestating.speaker(text, quotes, fs, claimant, in_sentence)
                who, said_as = speaker or claimant or "", "" if speaker else stated_as
                quantity = f"{shown} of {owner}" if owner else shown
                change = (bool(earlier) or continued or counted.is_change(text, s, fs) or counted.timed(text, s, e)
                          or counted.now_after(text, end, e)
                          or _coordinated_change(text, fs, before) or scope is not None)
                gap = claimants.CITED.match(text, end, e) if not act else None
                if gap:  # "the 212,000 vehicles [Veloria said it would recall]": the reported verb's object
                    act = acts.gap_act(text, gap.end(), e)
                if rival and not speaker:  # "Brookfield disputed that figure, saying …": the disputer's figure
                    found, words = rivals.disputer(text, s, rival[0], in_sentence, entities)
                    if found or words:  # the subject of disputing, not the clause's other words
                        who, said_as = found, words
                own = claimants.possessor(text, s, bound if bound >= 0 else fs, in_sentence, entities,
                                          bodies.before(s), mentions)
                if own:  # "the Commission's figure of 6.1 million": whose figure it is, in anyone's sentence
                    who, said_as = own, ""
                cited = claimants.cited(text, end, e, in_sentence, entities)
                if cited:
                    # "more than the 8 million euros the administrator cited": the relative
                    # clause's subject gave it; a comparison with another's figure, no change
                    (who, said_as), change = cited, False
                claims.append(Claim(quantity, text[bound : mt.end(1)] if bound >= 0 else mt.group(1), who, p.number,
                                    shown, owner, bound if bound >= 0 else fs, fe, act, change, said_as,
                                    whole=bool(units.WHOLE_BEFORE.search(text, max(s, fs - 40), fs)
                                               or counted.HELD.search(text, max(s, fs - 40), fs)
                                               or (rival and rival[1].whole)),
                                    earlier=bool(earlier) and cited is None))
    return tuple(replace(c, revision="") if c.start in disputing else c for c in revisions.mark(source, tuple(claims), mentions))




def _coordinated_change(text: str, fs: int, before: Claim | None) -> bool:
    """Whether the figure at `fs` is coordinated with the sentence's figure before it, and
    that one is a change ("now counts 31 crashes and six injuries, up from 22 crashes and
    four injuries"), or is a part of it ("had risen to 287, including 11 deaths"): conjoined
    noun phrases share the predicate and what modifies it (Quirk et al. 1985, ch. 13 on
    coordination), and a part named by "including" is read at the whole's time (ch. 17 on
    appended inclusive phrases), so both are readings of running counts."""
    return bool(before and before.change and before.end <= fs
                and re.fullmatch(r"\s*(?:,\s*)?(?:and|including|of\s+which|of\s+them)\s+", text[before.end : fs]))


_NAME_BEFORE = re.compile(r"(?:\b[A-Z][A-Za-z]*|[A-Z]{2,})\s+([A-Z][a-z]+)\s$")


def _name_number(text: str, s: int, fs: int, figure: str) -> bool:
    """Whether the figure at `fs` ends a name of capitalised words ("ILO Convention 169",
    "Security Council Resolution 2231"): a number written without a separator after a
    capitalised singular noun that itself follows a capitalised word is the name's own
    number (AP style capitalises a numbered document's name with its
    figure), no count; a weekday or month ("By Monday 23 ships") is no name."""
    if not figure.isdigit() or len(figure) > 4:
        return False
    mt = _NAME_BEFORE.search(text, max(s, fs - 40), fs)
    if not mt:
        return False
    low = mt.group(1).lower()
    # a title-case headline's verb ("Chile Arrests 23 Protesters", "Police Detained 40") is no name's noun
    return low not in days.MONTHS and low not in days.WEEKDAYS and not low.endswith(("s", "ed"))


_STOP = re.compile(r"(?<![A-Z])(?<![A-Z][a-z])[.?!](?=[\s\"”’')]|$)")
"""The end of a sentence or of a question inside one: a full stop, question or exclamation
mark before a space, a closing quote or the end, not an abbreviation's ("Mr.", "U.S.")."""


def _asked(text: str, fe: int, e: int) -> bool:
    """Whether the figure ending at `fe` is in a question: the first stop after it (up to
    `e`, the sentence's end, or a quoted question inside it: "'Ninety engineers, Mr. Voss?
    Quillpay had 41 employees,' Cho said.") is a question mark. An interrogative asks, it
    asserts nothing (Quirk et al. 1985, ch. 11 on questions; a rhetorical one too), so its
    figure is no one's claim."""
    mt = _STOP.search(text, fe, e + 1)
    return mt is not None and mt.group() == "?"


_TO_DATE = re.compile(r"\b(?:(?i:total)|so\s+far|to\s+date)\b")


def _running_total(text: str, s: int, e: int, fs: int) -> bool:
    """Whether the amount of money at `fs` is a running total's new reading: written as a
    change ("had reached £7.3 million", `counted.is_change`) in a sentence that names it a
    total or a sum to date ("total compensation had reached", "so far": to the time of
    speaking, Quirk et al. 1985, §8.57 on "so far"), so that its readings over time are a
    series. Any other amount written as a change ("the deficit swelled to $212 million") is
    compared as a figure, which another voice may dispute the same day."""
    return counted.is_change(text, s, fs) and _TO_DATE.search(text, s, e) is not None
