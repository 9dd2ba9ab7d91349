"""Claims lined up by what they count, as data for the claims pages and profiles: one
count per quantity (a unit and whose count it is, split by the act that made it), each
figure with who states it, and whether the figures dispute one another, change over time,
or were corrected by a later report."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from fractions import Fraction

from ..annotate import acts as acts_
from ..annotate import counted, numberwords
from ..annotate.amounts import currency_words
from ..annotate.units import SIGN_OF
from ..annotation import Claim
from . import issued, roundings
from .owned import owned_alike

_AMOUNT = re.compile(r"([\d,. \u00a0\u2009\u202f]*\d)(?:\s(million|billion)|(bn|mn|m|k)$)?")
_SCALES = {"million": 10**6, "billion": 10**9, "m": 10**6, "mn": 10**6, "bn": 10**9, "k": 10**3}
"""What a scale word or a multiplier letter ("£1.2m", "$3bn", "€40k": `annotate.units.SCALE_SUFFIX`)
multiplies a figure by: "£1.2m" and "1.2 million pounds" are one amount."""


@functools.lru_cache(maxsize=1 << 14)
def amount(value: str) -> Fraction:
    """The number a stated figure means, exactly ("1.3 million" -> 1300000, "£8 million" -> 8000000; thousands separated
    by ",", ".", a space, a no-break or a thin space: "12 500", "12.500" -> 12500): a fraction, not a float, so that
    two figures of 17 digits or more, or past 1.8e308, are never taken for one."""
    worded = numberwords.value(value)
    if worded is not None:
        return Fraction(worded)  # "nine": a figure written as a word
    m = _AMOUNT.match(re.sub(r"^\D+", "", value))  # "£8 million": the currency is the claim's unit
    if not m:
        return Fraction(0)
    digits, scale = m.group(1), m.group(2) or m.group(3)
    if re.fullmatch(r"\d{1,3}(?:([,. \u00a0\u2009\u202f])\d{3})(?:\1\d{3})*", digits) and not (scale and "." in digits):
        number = Fraction(re.sub(r"\D", "", digits))
    else:
        plain = re.sub(r"[^\d.]", "", digits.replace(",", ""))
        number = Fraction(plain) if re.fullmatch(r"\d+(?:\.\d+)?|\.\d+", plain) else Fraction(0)
    return number * _SCALES.get(scale or "", 1)


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
        """The count's heading on the claims pages (`names`: entity id -> name)."""
        title = self.unit.capitalize()
        if self.owner:
            title += f": {names[self.owner]}"
        else:
            title += ", no owner named"
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
            c.figures.sort(key=lambda f: (min(_when(dates, sid) for _, sid in f[1]), amount(f[0])))
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
            key = (_when(dates, sid), c.start)
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


def later_versions(
    versions: Iterable[tuple[str, str]], outlets: Mapping[str, str], dates: Mapping[str, dt.date | None]
) -> dict[str, frozenset[str]]:
    """Source id -> the sources that are later versions of its story by the same outlet:
    of each pair of versions (`versions`: near-duplicate texts, `link.relations`), the
    one published later when both name the same outlet. Versions published the same day
    have no order: neither replaces the other."""
    later: dict[str, set[str]] = defaultdict(set)
    for a, b in versions:
        if not outlets.get(a) or outlets.get(a) != outlets.get(b):
            continue
        da, db = dates.get(a), dates.get(b)
        if da is None or db is None or da == db:
            continue
        first, then = (a, b) if da < db else (b, a)
        later[first].add(then)
    return {sid: frozenset(v) for sid, v in later.items()}


def replaced(
    items: list[tuple[Claim, str]], dates: Mapping[str, dt.date | None], later: Mapping[str, Collection[str]],
    outlets: Mapping[str, str] | None = None,
) -> set[int]:
    """Indexes of the statements in `items` (one count's) that a later report replaced.

    A statement is replaced when the source gives it as the earlier figure (`Claim.revision`
    "old": "earlier reported 31") and the count has another figure, or when another figure
    of the count is stated by a later version of the same outlet's story (`later`), or
    as a correction ("new": "revised", "updated", "corrected", an editor's note) in a source
    published the same day or later (the same source: further on) by the same newsroom
    (`outlets`: source id -> outlet or agency) or stated by the same claimant, or when a
    report no earlier names its figure as the earlier one ("revised from 31"). A careful
    reader's rule: the newer report of the same newsroom, or one that says it corrects its
    own figure, stands; two newsrooms or two claimants that differ dispute, whatever word
    of correction one of them uses (a live blog's "Update:" does not settle another
    newsroom's figure)."""
    own = outlets or {}
    values = [amount(c.value) for c, _ in items]
    if len(set(values)) < 2:
        return set()
    by_source: dict[str, list[int]] = defaultdict(list)
    for j, (_, b) in enumerate(items):
        by_source[b].append(j)
    corrections = [j for j, (d, _) in enumerate(items) if d.revision == "new"]
    named_old: dict[Fraction, list[int]] = defaultdict(list)
    for j, (d, _) in enumerate(items):
        if d.revision == "old":
            named_old[values[j]].append(j)
    gone = set()
    for i, (c, a) in enumerate(items):
        v = values[i]
        if c.revision == "old" or any(
            j != i and _not_before(items[j][0], items[j][1], c, a, dates) for j in named_old.get(v, ())
        ) or any(
            values[j] != v for b in later.get(a, ()) for j in by_source.get(b, ())
        ) or (c.revision != "new" and any(
            values[j] != v and _not_before(items[j][0], items[j][1], c, a, dates) and _same_voice(items[j], (c, a), own)
            for j in corrections
        )):
            gone.add(i)
    return gone


def _same_voice(d: tuple[Claim, str], c: tuple[Claim, str], outlets: Mapping[str, str]) -> bool:
    """Whether two statements come from one voice: the same source, the same newsroom, or
    the same claimant."""
    (dc, b), (cc, a) = d, c
    return a == b or bool(outlets.get(a)) and outlets.get(a) == outlets.get(b) or bool(dc.claimant) and dc.claimant == cc.claimant


def _not_before(d: Claim, b: str, c: Claim, a: str, dates: Mapping[str, dt.date | None]) -> bool:
    """Whether statement `d` (of source `b`) comes no earlier than `c` (of source `a`)."""
    if a == b:
        return d.start > c.start
    da, db = dates.get(a), dates.get(b)
    return da is not None and db is not None and db >= da


def revised(
    items: list[tuple[Claim, str]], dates: Mapping[str, dt.date | None], later: Mapping[str, Collection[str]],
    outlets: Mapping[str, str] | None = None,
) -> tuple[tuple[str, dt.date | None, bool], ...]:
    """Each figure of a count with the first date stated and whether a later report
    replaced it (every statement of it `replaced`), in date order; () when no figure was
    replaced, or when every one was (nothing stands: read as stated)."""
    gone = replaced(items, dates, later, outlets)
    if not gone:
        return ()
    figures: dict[Fraction, list[int]] = defaultdict(list)
    for i, (c, _) in enumerate(items):
        figures[amount(c.value)].append(i)
    out = []
    for ix in figures.values():
        # the date a source stated the figure, not the date a later report gave it as the old one
        stated = [i for i in ix if items[i][0].revision != "old"]
        first = min(stated or ix, key=lambda i: (_when(dates, items[i][1]), items[i][0].start))
        out.append((items[(stated or ix)[0]][0].value, dates.get(items[first][1]) if stated else None,
                    all(i in gone for i in ix)))
    if not any(r for _, _, r in out) or all(r for _, _, r in out):
        return ()
    # a figure only given as the earlier one (no date of its own) comes before the rest
    return tuple(sorted(out, key=lambda x: (x[1] or (dt.date.min if x[2] else dt.date.max), not x[2])))


def _turned(steps: list[tuple[dt.date, set[Fraction]]], k: int, rose: bool,
            by_date: Mapping[dt.date, Mapping[str, set[Fraction]]]) -> bool:
    """Whether a series of `steps` ((date, the figures first stated that day), in date
    order) that first rose (`rose`; else fell) turns at step `k` as a report says it did:
    a source of the turning day (step `k + 1`) states the peak (or trough) of step `k`
    beside its new figure ("22 ships were still waiting on Friday, down from 74 at the
    peak"): the report gives the movement itself, a fall from the peak, not a figure that
    contradicts it. Without such a report a rise and a fall are figures that disagree."""
    peak = max(steps[k][1]) if rose else min(steps[k][1])
    when, new = steps[k + 1]
    return any(peak in told and told & new for told in by_date.get(when, {}).values())


def _when(dates: Mapping[str, dt.date | None], sid: str) -> dt.date:
    return dates.get(sid) or dt.date.max


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
    crashes" before "identified 22 crashes")."""
    acts = {acts_.base(c.act) for c, _ in items if c.act}
    if len(acts) < 2:
        return [("", items)]
    parent = {a: a for a in acts}

    def root(a: str) -> str:
        while parent[a] != a:
            a = parent[a]
        return a

    order = sorted(range(len(items)), key=lambda i: (_when(dates, items[i][1]), i))
    seen: dict[Fraction, str] = {}
    for i in order:
        c = items[i][0]
        if c.act:
            a, n = acts_.base(c.act), amount(c.value)
            if n in seen:
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
            groups.setdefault(root(same) if same else "" if alone else first, []).append(i)
    return [(items[ix[0]][0].act if items[ix[0]][0].act else "", [items[i] for i in sorted(ix)]) for ix in
            sorted(groups.values(), key=lambda ix: order.index(ix[0]))]


def _other_voice(items: list[tuple[Claim, str]], dates: Mapping[str, dt.date | None],
                 own: Collection[tuple[str, int]] = ()) -> bool:
    """Whether a named claimant who never tells the count as moving gives a figure that
    the named claimants who do never give ("the company said it was aware of 14 crashes"
    against the regulator's "now counts 31 crashes …, up from 22"): the running count is
    the one voice's; the other's figure for the same thing disagrees with it, which is a
    dispute (two sources that differ on one count: AP's "According to" rule that each
    figure is attributed because sources differ), not a step of the series. One source
    that tells the change itself through two voices (the body, then its president: "the
    figure had risen to 260") keeps its series. A figure told on a later date than every
    one of the movers' is the count's next reading, not a rival one ("had burned 3,800
    acres", the agency said on 15 August; "burned 27,950 acres before it was fully
    contained", a report of 10 September): what a later report gives supersedes an earlier
    count's reading, whoever tells it (the series' own order check still applies). A figure
    a report states in its own voice (`own`: (source id, start) of those credited to their
    publisher by `issued`: "The journal retracted two papers") is no named voice: the
    report tells it as established fact (AP style attributes only what is disputed or not
    known at first hand), a reading of the count as of that day, not a rival figure."""
    items = [(c, sid) for c, sid in items if (sid, c.start) not in own]
    movers = {c.claimant for c, _ in items if c.change and c.claimant}
    if not movers or len({sid for _, sid in items}) < 2:  # one source telling the change itself: its series
        return False
    theirs = {amount(c.value) for c, _ in items if c.claimant in movers}
    last = max(_when(dates, sid) for c, sid in items if c.claimant in movers)
    return any(c.claimant and c.claimant not in movers and amount(c.value) not in theirs and _when(dates, sid) <= last
               for c, sid in items)


def series(items: list[tuple[Claim, str]], dates: Mapping[str, dt.date | None],
           own: Collection[tuple[str, int]] = ()) -> tuple[tuple[str, dt.date], ...]:
    """The figures of a count that changes over time, each with the first date stated, in
    date order; () when the count is no series.

    A series: at least one figure is written as a change ("had risen to 23",
    `Claim.change`); the statements are dated and span two dates or more, or come from
    one source that states the change itself ("200 of its members … the figure had risen
    to 260", taken in the order written); no two sources give different figures on the
    same date (that is a dispute); and ordered by date the figures only rise or only fall
    (a later source's new figure never goes back across an earlier one's; a figure stated
    before may be restated), or they turn once at a figure that a report of the turn states
    itself as the count's earlier value (`_turned`: "22 ships … on Friday, down from 74 at
    the peak" after 38, 61 and 74: a peak, then the fall). A source may state several (the
    new figure and the one it replaces); one source's figures in the order written, a
    comparison's earlier term (`Claim.earlier`: "far more than the 400,000 it gave") before
    the figure it is compared with."""
    if not any(c.change for c, _ in items) or any(dates.get(sid) is None for _, sid in items):
        return ()
    if _other_voice(items, dates, own):
        return ()  # "aware of 14 crashes" (the maker) against the regulator's 22 rising to 31: a dispute
    by_date: dict[dt.date, dict[str, set[Fraction]]] = defaultdict(lambda: defaultdict(set))
    first: dict[Fraction, tuple[dt.date, str]] = {}
    for c, sid in items:
        when, n = dates[sid], amount(c.value)
        assert when is not None
        by_date[when][sid].add(n)
        if n not in first or when < first[n][0]:
            first[n] = (when, c.value)
    if len(first) < 2:
        return ()
    if any(len({frozenset(v) for v in per_source.values()}) > 1 for per_source in by_date.values()):
        return ()  # two sources, one day, different figures: a dispute
    if len(by_date) > 1:
        # each date's new figures (those not stated before): a later report may restate an
        # earlier figure ("four times the 1,200 hectares it reported on Sunday night")
        steps = [(when, new) for when, per_source in sorted(by_date.items())
                 if (new := {n for n in set().union(*per_source.values()) if first[n][0] == when})]
    elif len(next(iter(by_date.values()))) == 1:
        # one source on one date giving the change itself ("200 of its members … the
        # figure had risen to 260"): its figures in the order it states them
        day = next(iter(by_date))
        told = sorted((c for c, _ in items), key=lambda c: c.start)
        for k in range(1, len(told)):
            # "as many as 650,000 …, far more than the 400,000 it gave": the comparison's earlier term first
            if told[k].earlier and not told[k - 1].earlier and told[k].paragraph == told[k - 1].paragraph:
                told[k - 1], told[k] = told[k], told[k - 1]
        steps = [(day, {amount(c.value)}) for c in told]
    else:
        return ()
    ordered = [new for _, new in steps]
    moves = [1 if max(a) <= min(b) else -1 if min(a) >= max(b) else 0
             for a, b in zip(ordered, ordered[1:], strict=False)]
    if 0 in moves:
        return ()
    turns = [k for k in range(1, len(moves)) if moves[k] != moves[k - 1]]
    if turns and not (len(turns) == 1 and _turned(steps, turns[0], moves[0] > 0, by_date)):
        return ()
    rising = moves[0] > 0 if moves else True
    return tuple((value, when) for n, (when, value) in sorted(first.items(), key=lambda x: (x[1][0], x[0] if rising else -x[0])))
