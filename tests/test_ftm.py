"""`data/dossier.ftm.json`: the dossier as FollowTheMoney entities, checked by the
library's own model and round-tripped through its `ftm` command line."""

from __future__ import annotations

import dataclasses
import html
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml
from followthemoney import model
from followthemoney.util import make_entity_id

from builder.present import ftm, ftmmaker, ftmrecords
from builder.read import linebreaks

from conftest import SEEDS, call_builder, seeds_with_a_new_name

FTM = Path(sys.executable).parent / "ftm"
_DEMO_NAMESPACE = "dossier-builder"
"""The demo's id namespace (its dossier.yml gives no `id`), written out here, not taken from `ftm`."""

OFFLINE = {"http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9", "HTTP_PROXY": "http://127.0.0.1:9",
           "HTTPS_PROXY": "http://127.0.0.1:9", "no_proxy": "", "NO_PROXY": ""}
"""Any request the command line tried would go to a closed port and fail."""


def entities(docs: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (docs / "data" / "dossier.ftm.json").read_text(encoding="utf-8").splitlines()]


def the_id(*key: str) -> str:
    """The id the demo dossier's export gives the record `key`."""
    made = make_entity_id("\x1f".join(key), key_prefix=_DEMO_NAMESPACE)
    assert made
    return made


@pytest.fixture(scope="module")
def demo_ftm(demo: Path) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    return entities(demo), json.loads((demo / "data" / "dossier.json").read_text(encoding="utf-8"))


def test_every_entity_is_valid_for_the_library(demo_ftm: tuple[list[dict[str, Any]], dict[str, Any]]) -> None:
    lines, _ = demo_ftm
    ids = {e["id"] for e in lines}
    assert len(ids) == len(lines) > 200
    by_id = {e["id"]: e for e in lines}
    for data in lines:
        proxy = model.get_proxy(data, cleaned=False)  # every value cleaned again by the library
        assert proxy.to_dict() == data, data  # ... and nothing changed: the values were clean
        proxy.schema.validate(data)  # required properties present, every value valid for its type
        for prop, values in data["properties"].items():
            prop_ = proxy.schema.get(prop)
            assert prop_ is not None and not prop_.stub, (data["schema"], prop)
            if prop_.type.name == "entity":
                for value in values:  # every reference resolves, to a schema in the property's range
                    assert value in by_id, (data["schema"], prop, value)
                    assert model.get(by_id[value]["schema"]).is_a(prop_.range), (data["schema"], prop, by_id[value]["schema"])


def test_the_file_is_sorted_by_id_with_sorted_keys(demo: Path) -> None:
    text = (demo / "data" / "dossier.ftm.json").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert text.endswith("\n") and lines == sorted(lines)
    assert all(line.startswith('{"id":"') for line in lines)
    assert [list(e) for e in entities(demo)][:1] == [["id", "properties", "schema"]]


def test_registry_sources_mentions_and_events_are_all_there(demo_ftm: tuple[list[dict[str, Any]], dict[str, Any]]) -> None:
    lines, dossier = demo_ftm
    by_id = {e["id"]: e for e in lines}
    schemas = Counter(e["schema"] for e in lines)
    kinds = {"person": "Person", "party": "Organization", "organisation": "Organization", "place": "Address"}
    for e in dossier["entities"]:
        made = by_id[the_id("entity", e["id"])]
        assert made["schema"] == kinds[e["kind"]]
        assert made["properties"]["name"] == [e["name"]] and made["properties"]["summary"] == [e["summary"]]
    for s in dossier["sources"]:
        article = by_id[the_id("source", s["id"])]
        assert article["schema"] == "Article"
        p = article["properties"]
        assert p["title"] == [s["title"]] and p["publishedAt"] == [s["published"]] and p["sourceUrl"] == [s["url"]]
        assert p["publisher"] == [x for x in (s["outlet"], s["agency"]) if x]
        # the text as the site shows it: line-end hyphen breaks joined
        assert p["bodyText"] == [linebreaks.join((SEEDS / s["file"]).read_text(encoding="utf-8"))[0]]
    kind = {e["id"]: e["kind"] for e in dossier["entities"]}
    forms = {(m["source"], m["entity"], m["text"]) for m in dossier["mentions"]}
    legal = {f for f in forms if kind[f[1]] != "place"}
    assert schemas["Mention"] == len(legal) < len(forms)
    for sid, eid, text in legal:
        mention = by_id[the_id("mention", sid, eid, text)]["properties"]
        assert mention == {"name": [text], "document": [the_id("source", sid)], "resolved": [the_id("entity", eid)],
                           "detectedSchema": [kinds[kind[eid]]]}
    # a mention resolves only to a legal entity: a place named in a source is linked to the
    # article by one Documentation, which holds the forms it is written in, in the order of the text
    places = {(sid, eid) for sid, eid, _ in forms - legal}
    assert schemas["Documentation"] == len(places) > 0
    for sid, eid in places:
        written = list(dict.fromkeys(m["text"] for m in dossier["mentions"] if (m["source"], m["entity"]) == (sid, eid)))
        documentation = by_id[the_id("documentation", sid, eid)]["properties"]
        assert documentation == {"document": [the_id("source", sid)], "entity": [the_id("entity", eid)], "role": ["mention"],
                                 "namesMentioned": written}
        assert the_id("mention", sid, eid, written[0]) not in by_id
    assert schemas["Event"] == len(dossier["events"])
    # a co-mention is a link when the two are named together in two paragraphs or more and
    # the registry does not link them already (a party, a leader, a role in an organisation;
    # a person's post in a place links the person to the post, not to the place)
    relations = dossier["relations"]
    registry = {tuple(sorted((r["a"], r["b"]))) for r in relations if r["kind"] in ("member", "leader")
                or r["kind"] == "role" and not (kind[r["a"]] == "person" and kind[r["b"]] == "place")}
    written = [r for r in relations if r["kind"] == "co-mention" and r["weight"] >= 2 and (r["a"], r["b"]) not in registry]
    assert schemas["UnknownLink"] == len(written) + sum(r["kind"] == "version" for r in relations)
    comentions = [r for r in relations if r["kind"] == "co-mention"]
    assert any(r["weight"] == 1 for r in comentions) and any(r["weight"] >= 2 and (r["a"], r["b"]) in registry for r in comentions)
    assert 0 < len(written) < len(comentions)
    for r in comentions:
        made = by_id.get(the_id("co-mention", r["a"], r["b"]))
        if r not in written:
            assert made is None, r
            continue
        assert made is not None, r
        link = made["properties"]
        assert link["subject"] == [the_id("entity", r["a"])] and link["object"] == [the_id("entity", r["b"])]
        assert link["summary"] == [f"Named together in {r['weight']:g} paragraphs"] and link["role"] == ["co-mention"]


def test_a_party_a_place_and_an_alias_after_the_full_name(demo_ftm: tuple[list[dict[str, Any]], dict[str, Any]]) -> None:
    by_id = {e["id"]: e for e in demo_ftm[0]}
    assert by_id[the_id("entity", "cpp")]["properties"]["topics"] == ["pol.party"]
    cambodia = by_id[the_id("entity", "cambodia")]["properties"]
    assert cambodia["full"] == ["Cambodia"] and "country" not in cambodia  # no gazetteer: its index costs a second
    rainsy = by_id[the_id("entity", "sam-rainsy")]["properties"]
    assert rainsy["weakAlias"] == ["Rainsy"] and "alias" not in rainsy  # "Rainsy" counts only after "Sam Rainsy"
    assert by_id[the_id("entity", "hun-sen")]["properties"]["alias"] == ["Hun Sun"]


def test_party_leader_and_roles_with_their_dates(demo_ftm: tuple[list[dict[str, Any]], dict[str, Any]]) -> None:
    by_id = {e["id"]: e for e in demo_ftm[0]}
    rainsy, cnrp = the_id("entity", "sam-rainsy"), the_id("entity", "cnrp")
    member = by_id[the_id("membership", "sam-rainsy", "cnrp")]
    assert member["schema"] == "Membership" and member["properties"] == {"member": [rainsy], "organization": [cnrp]}
    leader = by_id[the_id("leader", "cnrp", "sam-rainsy")]
    assert leader["schema"] == "Directorship" and leader["properties"]["director"] == [rainsy]
    role = by_id[the_id("role", "sam-rainsy", "leader", "cnrp", "", "")]  # a role in an organisation
    assert role["schema"] == "Membership" and role["properties"]["role"] == ["leader"]
    # a role in a place: a post, and its holder's occupancy from 1993
    occupancy = by_id[the_id("role", "sam-rainsy", "finance minister", "cambodia", "1993", "")]
    assert occupancy["schema"] == "Occupancy"
    assert occupancy["properties"]["startDate"] == ["1993"] and occupancy["properties"]["holder"] == [rainsy]
    post = by_id[occupancy["properties"]["post"][0]]
    assert post["schema"] == "Position"
    assert post["properties"] == {"name": ["finance minister, Cambodia"]}


@pytest.mark.parametrize(("value", "expected"), [
    ("2013-07-28", ("2013-07-28", "", "")),
    ("2013-07", ("2013-07", "", "")),
    ("1993", ("1993", "", "")),
    ("2013-W32", ("", "2013-08-05", "2013-08-11")),
    ("2013-W01", ("", "2012-12-31", "2013-01-06")),
    ("1975/1979", ("", "1975", "1979")),
    ("2014-06-09/2014-06-23", ("", "2014-06-09", "2014-06-23")),
    ("2013-W32/2013-W33", ("", "2013-08-05", "2013-08-18")),
    ("9999-W51", ("", "9999-12-20", "9999-12-26")),  # the last whole week (9999-W52: test_hostile_round3)
])
def test_timeline_dates_as_ftm_dates(value: str, expected: tuple[str, str, str]) -> None:
    assert ftmrecords.period(value) == expected


def test_an_events_dates_entities_and_sources(demo_ftm: tuple[list[dict[str, Any]], dict[str, Any]]) -> None:
    lines, dossier = demo_ftm
    by_id = {e["id"]: e for e in lines}
    places = {e["id"] for e in dossier["entities"] if e["kind"] == "place"}
    for ev in dossier["events"]:
        made = by_id[the_id("event", ev["id"])]["properties"]
        assert made["name"] == [ev["title"]] and made["recordId"] == [ev["id"]]
        assert made.get("involved", []) == [the_id("entity", e) for e in ev["entities"] if e not in places]
        assert made.get("addressEntity", []) == [the_id("entity", e) for e in ev["entities"] if e in places]
        assert made["proof"] == list(dict.fromkeys(the_id("source", c["source"]) for c in ev["citations"]))
        date, start, end = ftmrecords.period(ev["date"])
        assert (made.get("date", [""]), made.get("startDate", [""]), made.get("endDate", [""])) == ([date], [start], [end])
    assert any(ev["precision"] == "week" for ev in dossier["events"])


@pytest.mark.parametrize(("kind", "schema"), [
    ("person", "Person"), ("party", "Organization"), ("organisation", "Organization"), ("place", "Address"),
    ("company", "Company"), ("Public body", "PublicBody"), ("public-bodies", "PublicBody"),
    ("strike committee", "LegalEntity"), ("vessel", "LegalEntity"),  # a vessel is an asset, not a legal entity
])
def test_kinds_as_schemata(kind: str, schema: str) -> None:
    assert ftmmaker.schema_of(kind) == schema


@pytest.mark.slow
def test_the_ftm_command_line_reads_the_file_back(demo: Path, tmp_path: Path) -> None:
    """`ftm validate` re-parses and cleans every entity, `ftm aggregate` merges
    fragments by id: both give back what the builder wrote, with no network."""
    path = demo / "data" / "dossier.ftm.json"
    original = sorted(entities(demo), key=lambda e: e["id"])
    env = dict(os.environ, **OFFLINE)
    for command in ("validate", "aggregate"):
        out = tmp_path / f"{command}.json"
        result = subprocess.run([str(FTM), command, "-i", str(path), "-o", str(out)], env=env, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        again = sorted((json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()), key=lambda e: e["id"])
        # (the command line's entities also carry their datasets and referents: none here)
        assert [{k: e[k] for k in ("id", "schema", "properties")} for e in again] == original, command
        assert all(not e.get("datasets") and not e.get("referents") for e in again)


@pytest.mark.slow
def test_byte_identical_across_builds_and_hash_seeds(tmp_path: Path) -> None:
    texts = set()
    for seed in ("0", "1", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=seed, **OFFLINE)  # (and the build reaches for no network)
        result = subprocess.run([sys.executable, "-m", "builder", "build", "--seeds", str(SEEDS), "--docs", str(tmp_path / seed)],
                                env=env, capture_output=True, text=True, cwd=Path(__file__).parent.parent)
        assert result.returncode == 0, result.stderr
        texts.add((tmp_path / seed / "data" / "dossier.ftm.json").read_bytes())
    assert len(texts) == 1


@pytest.mark.slow
@pytest.mark.parametrize("command", ["check", "stats"])
def test_commands_that_write_no_export_do_not_import_the_library(command: str) -> None:
    code = ("import sys; from builder.__main__ import main; status = main([sys.argv[1], '--seeds', sys.argv[2]]);"
            "print(status, 'followthemoney' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code, command, str(SEEDS)], capture_output=True, text=True,
                            cwd=Path(__file__).parent.parent)
    assert result.stdout.strip().splitlines()[-1] == "0 False", result.stdout + result.stderr


@pytest.mark.slow
def test_a_provisional_entity_says_so(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    result = call_builder("build", "--seeds", str(seeds_with_a_new_name(tmp_path)), "--docs", str(docs), "--discover")
    assert result.returncode == 0, result.stderr
    dossier = json.loads((docs / "data" / "dossier.json").read_text(encoding="utf-8"))
    provisional = [e for e in dossier["entities"] if not e["reviewed"]]
    assert provisional
    by_id = {e["id"]: e for e in entities(docs)}
    for e in provisional:
        assert by_id[the_id("entity", e["id"])]["properties"]["notes"][0].startswith("Provisional")
    assert all("notes" not in by_id[the_id("entity", e["id"])]["properties"] for e in dossier["entities"] if e["reviewed"])


def test_the_data_page_shows_a_line_of_the_file_and_how_to_load_it(demo: Path) -> None:
    page = (demo / "data" / "index.md").read_text(encoding="utf-8")
    assert "[dossier.ftm.json](dossier.ftm.json)" in page and "alephclient write-entities -i dossier.ftm.json" in page
    example = re.search(r"<pre><code>(.+)</code></pre>", page)
    assert example
    line = html.unescape(example.group(1))
    assert line in (demo / "data" / "dossier.ftm.json").read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["schema"] == "Person"


def _seeds_with(tmp_path: Path, **fields: str) -> Path:
    """A copy of the demo's seeds whose dossier.yml has `fields` changed or added."""
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    identity = yaml.safe_load((seeds / "dossier.yml").read_text(encoding="utf-8"))
    (seeds / "dossier.yml").write_text(yaml.safe_dump({**identity, **fields}, allow_unicode=True), encoding="utf-8")
    return seeds


@pytest.mark.slow
def test_renaming_the_dossier_keeps_every_id(demo: Path, tmp_path: Path) -> None:
    """The ids hang on the records' own ids, not on the dossier's title or description:
    a renamed dossier's file is the same, byte for byte (so a re-import into Aleph
    updates the entities rather than adding a second copy)."""
    seeds = _seeds_with(tmp_path, title="A renamed dossier", description="Said another way.")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs"))
    assert result.returncode == 0, result.stderr
    assert "A renamed dossier" in (tmp_path / "docs" / "index.md").read_text(encoding="utf-8")  # the title did change
    renamed = (tmp_path / "docs" / "data" / "dossier.ftm.json").read_bytes()
    assert renamed == (demo / "data" / "dossier.ftm.json").read_bytes()


@pytest.mark.slow
def test_the_dossiers_own_id_keys_every_id(demo: Path, tmp_path: Path) -> None:
    seeds = _seeds_with(tmp_path, id="cambodia-2013")
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs"))
    assert result.returncode == 0, result.stderr
    keyed, plain = entities(tmp_path / "docs"), entities(demo)
    assert len(keyed) == len(plain) and not {e["id"] for e in keyed} & {e["id"] for e in plain}
    dossier = json.loads((demo / "data" / "dossier.json").read_text(encoding="utf-8"))
    first = dossier["entities"][0]["id"]
    by_id = {e["id"]: e for e in keyed}
    assert make_entity_id(f"entity\x1f{first}", key_prefix="dossier-builder:cambodia-2013") in by_id
    # references follow: every mention's document is an article of this file
    assert all(by_id[v]["schema"] == "Article" for e in keyed if e["schema"] == "Mention" for v in e["properties"]["document"])


@pytest.mark.parametrize("value", ["Cambodia 2013", "cambodia_2013", "-cambodia", "x--y", "ÉLECTION"])
def test_a_dossier_id_that_is_no_short_name_is_refused(tmp_path: Path, value: str) -> None:
    seeds = _seeds_with(tmp_path, id=value)
    docs = tmp_path / "docs"
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 2
    assert "dossier.yml" in result.stderr and "id" in result.stderr and "lowercase letters, digits and hyphens" in result.stderr
    assert not (docs / "data" / "dossier.ftm.json").exists()


def test_a_second_call_reuses_what_did_not_change(demo: Path) -> None:
    """`made` with the last call's result (as `watch` keeps it) makes again only the
    lines of what changed: here one source's text; then the language, which every
    article carries, makes every source's lines again. Each result equals a call
    without the last one."""
    from builder import cache, pipeline
    from builder.link import crossref, timeline
    from builder.read import sources

    def state(dossier):  # type: ignore[no-untyped-def]
        keys = cache.keys(dossier.sources, dossier.entities)[1]
        annotated = pipeline.annotate_all(dossier.sources, dossier.entities, 1, {}, None, keys)
        links = crossref.link(dossier, annotated)
        return dossier, annotated, links, timeline.build_events(dossier, annotated), keys

    dossier, annotated, links, events, keys = state(sources.load(SEEDS))
    first = ftm.made(dossier, annotated, links, events, keys)
    assert first.text() == (demo / "data" / "dossier.ftm.json").read_text(encoding="utf-8")
    again = ftm.made(dossier, annotated, links, events, keys, first)
    assert all(again.sources[s][1] is first.sources[s][1] for s in first.sources)
    assert all(again.relations[r] is first.relations[r] for r in first.relations)

    edited = dossier.sources[2]
    changed = dataclasses.replace(edited, text=edited.text + "\nHun Sen spoke to Kem Sokha on Monday.\n")
    dossier2, annotated2, links2, events2, keys2 = state(dataclasses.replace(
        dossier, sources=tuple(changed if s.id == edited.id else s for s in dossier.sources)))
    second = ftm.made(dossier2, annotated2, links2, events2, keys2, first)
    remade = {s for s in second.sources if second.sources[s][1] is not first.sources[s][1]}
    assert remade == {edited.id}
    assert second.text() == ftm.lines(dossier2, annotated2, links2, events2) != first.text()

    dossier3 = dataclasses.replace(dossier2, identity=dataclasses.replace(dossier2.identity, language="fr"))
    third = ftm.made(dossier3, annotated2, links2, events2, keys2, second)
    assert all(third.sources[s][1] is not second.sources[s][1] for s in second.sources)
    assert third.text() == ftm.lines(dossier3, annotated2, links2, events2)
    articles = [json.loads(line) for line in third.text().splitlines() if '"schema":"Article"' in line]
    assert articles and all(a["properties"]["language"] == ["fra"] for a in articles)

    dossier4 = dataclasses.replace(dossier3, identity=dataclasses.replace(dossier3.identity, id="another-dossier"))
    fourth = ftm.made(dossier4, annotated2, links2, events2, keys2, third)
    assert fourth.text() == ftm.lines(dossier4, annotated2, links2, events2)
    assert not {line[:48] for line in fourth.text().splitlines()} & {line[:48] for line in third.text().splitlines()}


@pytest.mark.parametrize("key", [
    ("entity", "hun-sen"),
    ("mention", "2013-07-28-a-source", "hun-sen", "Hun Sen"),
    ("mention", "a-source", "an-entity", "  a form with spaces at both ends  "),  # the library strips the key
    ("mention", "a-source", "an-entity", "Élysée’s Jiří Ångström 東京"),  # hashed as UTF-8
    ("role", "a", "finance minister", "", "1993", ""),  # empty parts in the middle and at the end
])
@pytest.mark.parametrize("dossier_id", ["", "harbour-strike-2024"])
def test_ids_are_the_librarys_make_entity_id(key: tuple[str, ...], dossier_id: str) -> None:
    """`ftmmaker.Maker.id` hashes the prefix once per build and copies the hash for each id: the
    same id as the library's `make_entity_id` of the joined key, whatever the key holds."""
    from builder.read import sources

    dossier = sources.load(SEEDS)
    dossier = dataclasses.replace(dossier, identity=dataclasses.replace(dossier.identity, id=dossier_id))
    prefix = "dossier-builder" + (f":{dossier_id}" if dossier_id else "")
    assert ftmmaker.Maker(dossier).id(*key) == make_entity_id("\x1f".join(key), key_prefix=prefix)


@pytest.mark.slow
def test_a_post_two_people_held_is_one_entity(tmp_path: Path) -> None:
    """A post is keyed by its title and place, so two holders make one `Position` line
    (each with an `Occupancy` of it): the file holds it once, and every id once."""
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    registry = yaml.safe_load((seeds / "entities.yml").read_text(encoding="utf-8"))
    people = [e for e in registry if e["kind"] == "person"][:2]
    for person in people:
        person["roles"] = [*person.get("roles", []), {"title": "harbour master", "of": "cambodia", "from": "2001"}]
    (seeds / "entities.yml").write_text(yaml.safe_dump(registry, allow_unicode=True, sort_keys=False), encoding="utf-8")
    docs = tmp_path / "docs"
    result = call_builder("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 0, result.stderr
    made = entities(docs)
    assert len({e["id"] for e in made}) == len(made)
    posts = [e for e in made if e["schema"] == "Position" and e["properties"]["name"] == ["harbour master, Cambodia"]]
    assert len(posts) == 1
    holders = {e["properties"]["holder"][0] for e in made if e["schema"] == "Occupancy" and e["properties"]["post"] == [posts[0]["id"]]}
    assert holders == {the_id("entity", p["id"]) for p in people}


def _demo_state():  # type: ignore[no-untyped-def]
    from builder import cache, pipeline
    from builder.link import crossref, timeline
    from builder.read import sources

    dossier = sources.load(SEEDS)
    keys = cache.keys(dossier.sources, dossier.entities)[1]
    annotated = pipeline.annotate_all(dossier.sources, dossier.entities, 1, {}, None, keys)
    return dossier, annotated, crossref.link(dossier, annotated), timeline.build_events(dossier, annotated), keys


def test_lines_made_where_the_sources_are_annotated_are_the_same_and_not_made_again(
    demo: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`source_lines` (run in the annotate workers) gives each source the lines `made`
    gives it, and `made` with them (`Fresh`) makes no source's lines itself; lines made
    for another registry or another scope (namespace, language) are not taken."""
    from builder import cache

    dossier, annotated, links, events, keys = _demo_state()
    registry = cache.registry_digest(dossier.entities, cache.code_digest())
    scope = ftmmaker.Scope.of(dossier)
    whole = ftm.made(dossier, annotated, links, events, keys)
    there = ftm.source_lines(scope, registry, dossier.entities, ((s, annotated[s.id]) for s in dossier.sources))
    assert there == [whole.sources[s.id][1] for s in dossier.sources]
    made_here: list[str] = []
    original = ftmrecords.source

    def spy(m, s, ann):  # type: ignore[no-untyped-def]
        made_here.append(s.id)
        return original(m, s, ann)

    monkeypatch.setattr(ftmrecords, "source", spy)
    fresh = ftm.Fresh(scope, registry, {keys[s.id]: lines for s, lines in zip(dossier.sources, there, strict=True)})
    assert ftm.made(dossier, annotated, links, events, keys, fresh=fresh).lines == whole.lines
    assert made_here == []
    for other in (ftm.Fresh(scope, "another registry", fresh.lines),
                  ftm.Fresh(ftmmaker.Scope(scope.namespace, "fr"), registry, fresh.lines),
                  ftm.Fresh(ftmmaker.Scope("dossier-builder:other", scope.language), registry, fresh.lines)):
        assert ftm.made(dossier, annotated, links, events, keys, fresh=other).lines == whole.lines
        assert sorted(made_here) == sorted(s.id for s in dossier.sources)
        made_here.clear()
    assert (demo / "data" / "dossier.ftm.json").read_bytes() == whole.pieces().text().encode("utf-8")


@pytest.mark.slow
@pytest.mark.parametrize(("jobs", "discover"), [(1, False), (2, False), (1, True)])
def test_a_build_makes_each_sources_lines_once_as_it_annotates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int, discover: bool,
) -> None:
    """A build makes each source's lines where it annotates the source (in this process
    with one job or few sources; in the workers, forked from it, otherwise) and never
    again at export; the file is byte-identical to a `--no-cache` build with one job.
    With `--discover`, only the last annotation's lines are made (the first pass's
    registry lacks the provisional entities)."""
    from builder import pipeline

    calls: list[str] = []
    original = ftmrecords.source

    def spy(m, s, ann):  # type: ignore[no-untyped-def]
        calls.append(s.id)
        return original(m, s, ann)

    monkeypatch.setattr(ftmrecords, "source", spy)
    monkeypatch.setattr(pipeline, "LOCAL_FROM", 2)  # the demo's few sources go to workers with 2 jobs
    seeds = seeds_with_a_new_name(tmp_path) if discover else SEEDS  # a provisional entity to make
    result = pipeline.build(pipeline.Options(seeds, tmp_path / "docs", jobs=jobs, discover=discover))
    here = list(calls)
    if jobs == 1:
        assert sorted(here) == sorted(result.annotated)
    else:
        assert here == []  # all in the workers (the spy counts only this process's calls)
    if discover:
        assert any(not e.reviewed for e in result.dossier.entities)  # the registry changed between the passes
    plain = pipeline.build(pipeline.Options(seeds, tmp_path / "plain", jobs=1, discover=discover, cache=False))
    assert plain.annotated.keys() == result.annotated.keys()
    made = (tmp_path / "docs" / "data" / "dossier.ftm.json").read_bytes()
    assert made == (tmp_path / "plain" / "data" / "dossier.ftm.json").read_bytes()

