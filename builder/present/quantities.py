"""Claims lined up by what they count, as data for the claims pages and profiles: one
count per quantity (a unit and whose count it is, split by the act that made it), each
figure with who states it, and whether the figures dispute one another, change over time,
or were corrected by a later report."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from fractions import Fraction

from ..annotate import acts as acts_
from ..annotate import counted, states, wordclass
from ..annotate.amounts import currency_words
from ..annotate.units import SIGN_OF
from ..annotation import Claim
from . import countacts, issued, roundings
from .corrections import revised
from .figures import amount, when
from .owned import owned_alike
from .series import series


@dataclass(frozen=True)
class Count:
    """Every claim about one quantity, grouped by the figure stated."""

    unit: str
    owner: str
    figures: list[tuple[str, list[tuple[Claim, str]]]]
    """(figure as first stated, [(claim, source id)]) in ascending order of the figure; a
    disputed count's in the order first stated (by publication date), then by figure."""
    changes: tuple[tuple[str, dt.date], ...] = ()
    """For a count that changes over time (`series`): each figure with the first date a
    source stated it, in date order; () for any other count."""
    revisions: tuple[tuple[str, dt.date | None, bool], ...] = ()
    """For a count with a corrected figure (`replaced`): each figure with the first date a
    source stated it and whether a later report replaced it, in date order; () for any
    other count."""

    comparable: bool = True
    """Whether the statements are of one quantity, which sources can dispute or correct:
    False for amounts of money that say neither what they are nor whose ("refused a
    further 3 million euros", "lent the firm 8 million euros", "bringing its exposure to
    9.5 million euros"): a loan, a claim and an exposure are different things counted, and
    nothing says two such sums are one (listed, never disputed, corrected or read as a
    series; `counts`). "£8 million in unpaid wages" against "£12 million in unpaid wages"
    names one quantity and is compared with no owner named."""

    @functools.cached_property
    def replaced(self) -> frozenset[str]:
        """The figures (as first stated) a later report replaced."""
        return frozenset(value for value, _, gone in self.revisions if gone)

    @property
    def disputed(self) -> bool:
        """Different figures for the same thing at the same time (a count that changes
        over time is no dispute, nor a figure a later report replaced)."""
        return self.comparable and sum(value not in self.replaced for value, _ in self.figures) > 1 and not self.changes

    @functools.cached_property
    def stated_by(self) -> list[tuple[str, list[str]]]:
        """Each figure with who states it (entity ids; "" for the source itself), in order."""
        return [(value, list(dict.fromkeys(claim.claimant for claim, _ in items))) for value, items in self.figures]

    @functools.cached_property
    def voices(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """Each figure with who states it as (entity id, words): the entity, or "" and the
        source's words for a claimant the dossier does not know (`Claim.stated_as`; "" when
        the source states it itself), in order."""
        return [(value, list(dict.fromkeys((claim.claimant, "" if claim.claimant else claim.stated_as)
                                           for claim, _ in items))) for value, items in self.figures]

    def heading(self, names: dict[str, str]) -> str:
        """The count's heading on the claims pages (`names`: entity id -> name): the unit,
        then whose count it is when a source says ("Seats: Party X"); a count no source
        gives an owner is headed by its unit alone ("Babies per year"), since a tail
        saying so ("…, no owner named") reads as a fault of the page, not of the figures
        (AP style: headlines say what is known, not what is not)."""
        title = self.unit.capitalize()
        if self.owner:
            title += f": {names[self.owner]}"
        return title + (" — disputed" if self.disputed else " — over time" if self.changes
                        else " — corrected" if self.revisions else "")


def counts(
    claims: list[tuple[Claim, str]], published: Mapping[str, dt.date | None] | None = None,
    later_versions: Mapping[str, Collection[str]] | None = None, outlets: Mapping[str, str] | None = None,
    issuers: Mapping[str, tuple[str, str]] | None = None,
) -> list[Count]:
    """Claims lined up by quantity: disputed ones first, then those told over time, then the
    corrected, then the rest; within each, quantities with an owner first (as the claims
    page says: "disputed ones first").

    A quantity is a unit (synonyms as one: `counted.unit_key`) and an owner, split by the
    act that made the count when two acts never give the same figure ("recalled 40,000
    packs" and "refunded 31,000 packs" are two counts; "took 68 seats" and "won 68
    seats" one; see `by_act`). `published`: source id -> publication date, for `series`
    and `replaced`; `later_versions`: source id -> the later versions of its story by
    the same outlet (`later_versions`), for `replaced`. A statement that gives a figure as
    the earlier, replaced one (`Claim.revision` "old") marks it replaced but is no row of
    it: the correcting report does not state the old figure. `issuers`: source id -> (the
    registered entity its outlet or agency is, or "", and the outlet's name), for `issued.issued`.
    """
    by_quantity: dict[tuple[str, str], list[tuple[Claim, str]]] = defaultdict(list)
    own = {(sid, c.start) for c, sid in claims if not c.claimant and not c.stated_as}  # a report's own voice
    claims = issued.issued(claims, issuers or {})
    claims = rehomed(claims, published or {})
    claims = countacts.relined(claims)  # "2,614 deaths", "eight passengers have died": one count of people who died
    units = {claim.unit for claim, _ in claims}
    unit_keys = {unit: counted.unit_key(unit, units) for unit in units}
    claims = owned_alike(claims, amount, unit_keys.__getitem__)  # the same figure told without its owner
    for claim, sid in claims:
        by_quantity[(unit_keys[claim.unit], claim.owner)].append((claim, sid))
    dates = published or {}
    result = []
    for (unit, owner), items in by_quantity.items():
        for act, part in by_act(items, dates):
            values: dict[Fraction, list[tuple[Claim, str]]] = defaultdict(list)
            for claim, sid in part:
                if claim.revision != "old":  # the correcting report does not state the old figure
                    values[amount(claim.value)].append((claim, sid))
            if not values:
                continue  # only given as the earlier figure: nothing a source states
            comparable = bool(owner) or not _bare_money(unit)
            if comparable:  # "£14m" is "£14.2 million" rounded: one figure (`roundings`)
                values = defaultdict(list, roundings.merge_roundings(values, lambda item: item[0].value))
            changes = () if not comparable or any(claim.revision == "old" for claim, _ in part) else series(part, dates, own)
            result.append(Count(
                f"{unit} {act}" if act else unit, owner,
                [(stated[0][0].value, stated) for _, stated in sorted(values.items())], changes,
                () if changes or not comparable else revised(part, dates, later_versions or {}, outlets or {}),
                comparable,
            ))
    for c in result:
        if c.disputed:  # a dispute's figures in the order first stated (then by value): how it unfolded
            c.figures.sort(key=lambda f: (min(when(dates, sid) for _, sid in f[1]), amount(f[0])))
    return sorted(result, key=lambda c: (not c.disputed, not c.changes, not c.revisions, not c.owner, c.unit, c.owner))


def rehomed(claims: list[tuple[Claim, str]], dates: Mapping[str, dt.date | None]) -> list[tuple[Claim, str]]:
    """`claims` with the counts of money that state one revision lined up as one: when two
    counts in one currency (with the same owner, or none) each replace the same earlier
    figure by the same new one ("It was €250,000, not €400,000" under "transferred (€)";
    "corrected that figure to €250,000" under "moved (€)"; "revising the sum … from
    €400,000 to €250,000", in the currency alone), they are one sum, told by the words
    each clause used: a correction of one figure to another names what it corrects. The
    count stated first (by publication date, then order) gives the heading; a revision in
    a currency alone (`annotate.revisions.in_revision`) joins as the statements of its own
    paragraph only, since a bare currency says nothing else of what it is."""
    signs = set(SIGN_OF.values())

    def group(c: Claim, sid: str) -> tuple[str, ...]:
        return ("", sid, str(c.paragraph), c.unit) if c.unit in signs else (c.unit, c.owner)

    def currency(unit: str) -> str:
        mt = re.search(r"\((.+)\)$", unit)
        return unit if unit in signs else SIGN_OF.get(mt.group(1), mt.group(1)) if mt else ""

    pairs: dict[tuple[str, ...], dict[tuple[str, int], tuple[set[Fraction], set[Fraction]]]] = defaultdict(dict)
    for c, sid in claims:
        if c.revision in ("old", "new") and currency(c.unit):
            olds, news = pairs[group(c, sid)].setdefault((sid, c.paragraph), (set(), set()))
            (olds if c.revision == "old" else news).add(amount(c.value))
    by_signature: dict[tuple[str, Fraction, Fraction], list[tuple[str, ...]]] = defaultdict(list)
    for g, told in pairs.items():
        for olds, news in told.values():
            for o in olds:
                for n in news - {o}:
                    by_signature[(currency(g[0] or g[3]), o, n)].append(g)
    if not by_signature:
        return claims
    parent: dict[tuple[str, ...], tuple[str, ...]] = {}

    def root(g: tuple[str, ...]) -> tuple[str, ...]:
        while parent.get(g, g) != g:
            g = parent[g]
        return g

    def join(a: tuple[str, ...], b: tuple[str, ...]) -> None:
        if root(a) != root(b):
            parent[root(a)] = root(b)

    for groups in by_signature.values():
        if len({g[1] for g in groups if g[0]}) > 1:
            continue  # two owners: two sums, whatever the figures
        for g in groups[1:]:
            join(g, groups[0])
    # the earlier figure names the count it revises: the one named count of its currency
    # and owner that states it (not as an earlier figure of its own)
    stated: dict[tuple[str, Fraction], set[tuple[str, ...]]] = defaultdict(set)
    for c, sid in claims:
        if c.revision != "old" and c.unit not in signs and currency(c.unit):
            stated[(currency(c.unit), amount(c.value))].add(group(c, sid))
    for (cur, o, _), groups in sorted(by_signature.items(), key=lambda x: str(x[0])):
        owners = {g[1] for g in groups if g[0]}
        homes = {root(h) for h in stated.get((cur, o), ()) if h[1] in (owners or {h[1]})} - {root(groups[0])}
        if len(homes) == 1:
            join(groups[0], next(iter(homes)))
    if not parent:
        return claims
    heading: dict[tuple[str, ...], tuple[tuple[dt.date, int], Claim]] = {}
    for c, sid in claims:
        g = group(c, sid)
        if g[0]:
            key = (when(dates, sid), c.start)
            if root(g) not in heading or key < heading[root(g)][0]:
                heading[root(g)] = (key, c)
    out = []
    for c, sid in claims:
        home = heading.get(root(group(c, sid)))
        out.append((replace(c, quantity=home[1].quantity, unit=home[1].unit, owner=home[1].owner)
                    if home and (c.unit, c.owner) != (home[1].unit, home[1].owner) else c, sid))
    return out


def _bare_money(unit: str) -> bool:
    """Whether a count's unit is an amount of money that says nothing of what it is: a
    currency word ("euros", "euros per day") or sign ("€": "moved €250,000 of it"), not "debts (euros)" or "unpaid wages (£)"
    (`annotate.amounts`), which name one quantity whoever holds it."""
    return unit.split()[0] in currency_words() or unit in SIGN_OF.values()


def by_act(items: list[tuple[Claim, str]], dates: Mapping[str, dt.date | None]) -> list[tuple[str, list[tuple[Claim, str]]]]:
    """The statements of one unit and owner as counts of different acts: [(act as first
    written, or "" for one count), statements].

    Acts compare by their base form (`acts.base`). Two acts that give a same figure
    are two ways of saying one count ("took 68 seats", "won 68 seats") and join; acts
    that never do stay apart ("recalled 40,000 packs", "refunded 31,000 packs"; a
    subject's verb is an act too, `acts.subject_act`: "destroyed 146 homes" and "2,100
    homes are affected"). A statement that names no act ("the number of packs stood at
    52,000") belongs to the act that gives the same figure, else to the act stated first
    (by publication date, then order), unless it is written as a change ("down from 312",
    `Claim.change`) or as the whole a part is of ("120 of its 312 stores", `Claim.whole`),
    or told before that act's first statement ("forcing about 14,000 people from their
    homes" before "two people were found dead": an anaphoric restatement follows what it
    restates, Halliday & Hasan 1976, ch. 2): a reading of the running count, the group
    itself or a count of its own, which no act made, is the plain count (act ""); a
    sentence of such figures that two acts give joins them. With fewer than two acts left,
    one count (a figure that names none against one act's may be its rival: "aware of 14
    crashes" before "identified 22 crashes"), but for the group a body has or a partitive's
    whole (`Claim.whole`: "which employs 48,000 people" beside "67,000 people had now
    joined"), a count of its own when no act gives its figure."""
    asked = [(c, sid) for c, sid in items if countacts.proposed(c.act)]
    if asked and len(asked) < len(items):  # "had proposed a fine of £28 million": never a rival of the fine imposed
        return [*by_act([i for i in items if i not in asked], dates), (asked[0][0].act, asked)]
    acts = {acts_.base(c.act) for c, _ in items if c.act}
    held = [(c, sid) for c, sid in items if c.whole and not c.act and not c.change]
    if len(acts) == 1 and not acts & acts_.NOT_ACTS and held and len(held) < len(items) and not {amount(c.value) for c, _ in held} & {
            amount(c.value) for c, _ in items if c.act}:  # "which employs 48,000 people" beside "67,000 had joined"
        others = [i for i in items if i not in held]
        return [("", held), (next(c.act for c, _ in others if c.act), others)]
    if len(acts) < 2:
        return [("", items)]
    parent = {a: a for a in acts}

    def root(a: str) -> str:
        while parent[a] != a:
            a = parent[a]
        return a

    order = sorted(range(len(items)), key=lambda i: (when(dates, items[i][1]), i))
    seen: dict[Fraction, str] = {}
    for i in order:
        c = items[i][0]
        if c.act:
            a, n = acts_.base(c.act), amount(c.value)
            if n in seen and not _two_states(a, seen[n]):
                parent[root(a)] = root(seen[n])
            else:
                seen[n] = a
    # a sentence of figures that name no act, and that two acts give ("put the number of striking
    # drivers at 1,150, not 1,500" after "1,500 drivers walked out" and before "1,150 drivers
    # marched"), says the two acts count one thing
    linked: dict[tuple[str, int], set[str]] = defaultdict(set)
    for c, sid in items:
        if not c.act and amount(c.value) in seen:
            linked[(sid, c.paragraph)].add(root(seen[amount(c.value)]))
    for roots in linked.values():
        one, *rest = sorted(roots)
        for r in rest:
            parent[root(r)] = root(one)
    if len({root(a) for a in acts}) < 2:
        return [("", items)]
    groups: dict[str, list[int]] = {}
    for i in order:
        c = items[i][0]
        if c.act:
            groups.setdefault(root(acts_.base(c.act)), []).append(i)
    first = min(groups, key=lambda r: order.index(groups[r][0]))
    opened = order.index(groups[first][0])
    for i in order:
        if not items[i][0].act:
            same = seen.get(amount(items[i][0].value))  # the act that gives the same figure, else the first
            # a reading of a running count ("leaving it with roughly 130, down from 312") that no act gives: the
            # count itself; and so a figure told before any act's ("forcing 14,000 people from their homes" before
            # "two people were found dead"), which can restate no count not yet told
            alone = items[i][0].change or items[i][0].whole or order.index(i) < opened
            told = next((j for j in order if items[j][0].act and items[j][1] == items[i][1] and items[i][0].change
                         and items[j][0].change and items[j][0].paragraph == items[i][0].paragraph), None)
            if told is not None and not same:  # "67,000 had now joined, up from 52,000": the earlier value of that act's count
                same = acts_.base(items[told][0].act)
            groups.setdefault(root(same) if same else "" if alone else first, []).append(i)
    return [(items[ix[0]][0].act if items[ix[0]][0].act else "", [items[i] for i in sorted(ix)]) for ix in
            sorted(groups.values(), key=lambda ix: order.index(ix[0]))]


def _two_states(a: str, b: str) -> bool:
    """Whether acts `a` and `b` (base forms) are two different states of the things counted
    ("dead" as "die", "missing": `states.STATES`, or an adjective WordNet knows only as
    one): the complement says what a figure counts (Quirk et al. 1985, ch. 16 on subject
    complements), and the dead and the missing are two counts that a same figure on two
    days ("nine bodies recovered", "nine people remain missing") does not join."""
    def state(act: str) -> bool:
        return act in states.STATES.values() or wordclass.adjective_only(act)
    return a != b and state(a) and state(b)
