"""What `suggest` prints: the unregistered names (`discover`) as YAML stubs ready to paste
into entities.yml, each with its id (as `--discover` gives it), its forms as aliases
(shared or waiting for the full name where a registry needs them so), and a comment on
how often it is mentioned and where.
"""

from __future__ import annotations

import json

from .annotate import discover, nameparts, provisionals
from .escaping import CONTROLS
from .present.wording import counted
from .read.registry import SUMMARY_PLACEHOLDER, alias_key


def _own_forms(forms: tuple[str, ...] | list[str], *others: str) -> list[str]:
    """`forms` less those the matcher derives from another form: the all-capitals form
    of the name or of another alias ("KESTREL BAY" for "Kestrel Bay", from a date line),
    which a registry would report as a duplicate."""
    every = (*others, *forms)
    return [f for f in forms if not any(g != f and g.upper() == f for g in every)]


def _where(sources: list[str] | tuple[str, ...]) -> str:
    """"3 sources: a, b, c" ("1 source: a"; "and 2 more" after the first three)."""
    more = f" and {len(sources) - 3} more" if len(sources) > 3 else ""
    return f"{counted(len(sources), 'source')}: {', '.join(sources[:3])}{more}"


def _how_often(s: discover.Suggestion, mentions: tuple[int, tuple[str, ...]] | None) -> str:
    """A stub's first line: its mentions in the annotated text ("8 mentions in the
    annotated text, in 5 sources: …", as the review page counts them), or without them how
    often the name was found written ("written 3× in 2 sources: …")."""
    if mentions is None:
        return f"written {s.count}× in {_where(s.sources)}"
    return f"{counted(mentions[0], 'mention')} in the annotated text, in {_where(mentions[1])}"


def _claims(suggestions: list[discover.Suggestion]) -> tuple[set[str], set[str]]:
    """The names the stubs give (`alias_key`), and the aliases two or more of them claim
    ("Brannock" of "Dietrich Brannock" and of "Konrad Brannock"). Pasted into entities.yml
    the stubs must pass `check`, which takes an alias two entities claim for a mistake
    unless both mark it shared (`registry._check_alias_claims`): a shared alias is
    marked so (the one last named in full gets each mention, as `--discover` does), and a
    form that is another stub's name is left out (a name cannot be shared)."""
    names = {alias_key(s.name) for s in suggestions if not s.registered}
    claimed: dict[str, set[int]] = {}
    for i, s in enumerate(suggestions):
        for f in (*s.forms, *s.short_forms):
            claimed.setdefault(alias_key(f), set()).add(i)
    return names, {k for k, owners in claimed.items() if len(owners) > 1}


def _alias(form: str, shared: set[str], after: bool = False) -> str:
    """One alias of a stub as YAML: the plain form, or a mapping when it waits for the full
    name (`after`) or is claimed by another stub too (`shared`)."""
    marks = ([" after_full_name: true"] if after else []) + ([" shared: true"] if alias_key(form) in shared else [])
    if not marks:
        return json.dumps(form, ensure_ascii=False)
    return f"{{text: {json.dumps(form, ensure_ascii=False)},{','.join(marks)}}}"


def stubs(
    suggestions: list[discover.Suggestion], unused: tuple[str, ...] = (), taken: tuple[str, ...] = (),
    counts: dict[str, tuple[int, tuple[str, ...]]] | None = None,
) -> str:
    """YAML stubs ready to paste into entities.yml. `unused`: ids of registered entities
    no source mentions (an example left from `new`?), whose aliases may hide a form of
    a name suggested here ("Marsh" of a left-over "Edda Marsh" is not proposed for the
    story's "Helena Marsh"): named at the top, to remove before suggesting again.
    `taken`: the registered ids; each stub's id is unique among them and the other stubs
    (`provisionals.unique_ids`, as `--discover` gives them). `counts`: each entity's mentions
    in the annotated text and their sources (`occurrences.mentioned`), the figure the
    review page shows; a stub without one (a named event, no entity; no `counts`) says
    how often the name was found written."""
    lines = ["# Unregistered names, most frequent first. Review, then paste into entities.yml."]
    if unused:
        lines.append(
            f"# entities.yml holds {', '.join(repr(i) for i in unused[:5])}{' and more' if len(unused) > 5 else ''}, "
            "never mentioned in the sources: remove what is not part of this story (such as new's example) and run "
            "suggest again, as its aliases are left out of what is suggested here"
        )
    names, shared = _claims(suggestions)
    # every form a stub gives or its person's surname may give, by how many stubs claim it
    claimed: dict[str, int] = {}
    for s in suggestions:
        last = nameparts.surname(s.name) if s.kind == "person" else ""
        for key in {alias_key(f) for f in (*s.forms, *s.short_forms, last) if f}:
            claimed[key] = claimed.get(key, 0) + 1
    # ids as `provisionals.provisional` gives them (a named event, no entity there, after the others)
    new = sorted((s for s in suggestions if not s.registered), key=lambda s: (s.kind == "event", s.name))
    ids = dict(zip(map(id, new), provisionals.unique_ids([s.name for s in new], set(taken)), strict=True))
    counts = counts or {}
    # most mentioned first, by the figure each stub prints (`_how_often`)
    order = sorted(range(len(suggestions)), key=lambda i: (
        -counts.get(ids.get(id(suggestions[i]), ""), (suggestions[i].count,))[0], i))
    for s in (suggestions[i] for i in order):
        if s.registered:
            forms = [_alias(f, shared) for f in s.forms if alias_key(f) not in names]
            forms += [_alias(f, shared, after=True) for f in s.short_forms if alias_key(f) not in names]
            lines += [
                "",
                f"# these forms written {s.count}× in {_where(s.sources)}",
                f"# {json.dumps(s.context[:200], ensure_ascii=False)}",
                f"# {'; '.join(s.evidence)}",
                f"# add to the aliases of the registered entity '{s.registered}':",
                f"#   aliases: [{', '.join(forms)}]",
            ]
            continue
        lines += [
            "",
            f"# {_how_often(s, counts.get(ids[id(s)]))}",
            f"# {json.dumps(s.context[:200], ensure_ascii=False)}",
            *([f"# {s.kind}: {'; '.join(s.evidence)}"] if s.evidence else []),
            f"- id: {ids[id(s)]}",
            f"  kind: {s.kind}",
            f"  name: {json.dumps(s.name, ensure_ascii=False)}",
            f"  summary: {json.dumps(SUMMARY_PLACEHOLDER, ensure_ascii=False)}",
        ]
        own = alias_key(s.name)
        aliases = [_alias(f, shared) for f in _own_forms(s.forms, s.name) if f != s.name
                   and (alias_key(f) not in names or alias_key(f) == own)]
        # an organisation's short form that counts in any source (`Suggestion.alone`:
        # "Nordhavn" for "Nordhavn Shipping Group") is a plain alias, as `--discover` makes
        # it; a surname waits for the full name (another person may share it)
        aliases += [_alias(f, shared, after=not (f in s.alone and s.kind != "person"))
                    for f in _own_forms(s.short_forms, s.name, *s.forms) if alias_key(f) not in names]
        # a surname two stubs claim: the one last named in full gets each mention, which
        # may be the wrong one ("The last, Gómez, came out" after the daughter was named)
        lines[-4:-4] = [
            f"# '{f}' is shared with {', '.join(repr(o.name) for o in suggestions if o is not s and f in o.short_forms)}:"
            " each bare mention goes to the one last named in full; check them, or give each a longer form"
            for f in s.short_forms if alias_key(f) in shared and alias_key(f) not in names
        ]
        last = nameparts.surname(s.name) if s.kind == "person" and not s.short_forms else ""
        if last and alias_key(last) not in names and claimed.get(alias_key(last)) == 1:
            # a person's surname, waiting for the full name, though not yet written alone
            # ("Marchetti" of "Helena Marchetti"): how news refers to her after the first mention
            aliases.append(_alias(last, shared, after=True))
        if aliases:
            lines.append("  aliases: [" + ", ".join(aliases) + "]")
    # A bidirectional control, a line separator or a byte-order mark copied from a source
    # would reorder or break the lines shown ("Trojan Source"): written as its escape.
    return CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", "\n".join(lines)) + "\n"
