"""`data/dossier.ftm.json`: the dossier as FollowTheMoney entities, checked by the
library's own model and round-tripped through its `ftm` command line."""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml
from followthemoney import model
from followthemoney.util import make_entity_id

from builder.present import ftm
from builder.read import linebreaks

from conftest import SEEDS, run_builder

FTM = Path(sys.executable).parent / "ftm"
_DEMO_NAMESPACE = f"{ftm.NAMESPACE}:{yaml.safe_load((SEEDS / 'dossier.yml').read_text(encoding='utf-8'))['title']}"
"""The demo's id namespace, made here from its dossier.yml (not by `ftm.namespace`)."""

OFFLINE = {"http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9", "HTTP_PROXY": "http://127.0.0.1:9",
           "HTTPS_PROXY": "http://127.0.0.1:9", "no_proxy": "", "NO_PROXY": ""}
"""Any request the command line tried would go to a closed port and fail."""


def entities(docs: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (docs / "data" / "dossier.ftm.json").read_text(encoding="utf-8").splitlines()]


def the_id(*key: str) -> str:
    """The id the demo dossier's export gives the record `key` (namespaced by its title)."""
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
    forms = {(m["source"], m["entity"], m["text"]) for m in dossier["mentions"]}
    assert schemas["Mention"] == len(forms)
    for sid, eid, text in forms:
        mention = by_id[the_id("mention", sid, eid, text)]["properties"]
        assert mention["name"] == [text] and mention["document"] == [the_id("source", sid)]
        if kinds[next(e["kind"] for e in dossier["entities"] if e["id"] == eid)] != "Address":
            assert mention["resolved"] == [the_id("entity", eid)]
        else:  # a mention resolves only to a legal entity: the place is linked to the article instead
            assert "resolved" not in mention and the_id("documentation", sid, eid) in by_id
    assert schemas["Event"] == len(dossier["events"])
    assert schemas["UnknownLink"] == sum(r["kind"] in ("co-mention", "version") for r in dossier["relations"])


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
])
def test_timeline_dates_as_ftm_dates(value: str, expected: tuple[str, str, str]) -> None:
    assert ftm.period(value) == expected


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
        date, start, end = ftm.period(ev["date"])
        assert (made.get("date", [""]), made.get("startDate", [""]), made.get("endDate", [""])) == ([date], [start], [end])
    assert any(ev["precision"] == "week" for ev in dossier["events"])


@pytest.mark.parametrize(("kind", "schema"), [
    ("person", "Person"), ("party", "Organization"), ("organisation", "Organization"), ("place", "Address"),
    ("company", "Company"), ("Public body", "PublicBody"), ("public-bodies", "PublicBody"),
    ("strike committee", "LegalEntity"), ("vessel", "LegalEntity"),  # a vessel is an asset, not a legal entity
])
def test_kinds_as_schemata(kind: str, schema: str) -> None:
    assert ftm.schema_of(kind) == schema


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


def test_byte_identical_across_builds_and_hash_seeds(tmp_path: Path) -> None:
    texts = set()
    for seed in ("0", "1", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=seed, **OFFLINE)  # (and the build reaches for no network)
        result = subprocess.run([sys.executable, "-m", "builder", "build", "--seeds", str(SEEDS), "--docs", str(tmp_path / seed)],
                                env=env, capture_output=True, text=True, cwd=Path(__file__).parent.parent)
        assert result.returncode == 0, result.stderr
        texts.add((tmp_path / seed / "data" / "dossier.ftm.json").read_bytes())
    assert len(texts) == 1


@pytest.mark.parametrize("command", ["check", "stats"])
def test_commands_that_write_no_export_do_not_import_the_library(command: str) -> None:
    code = ("import sys; from builder.__main__ import main; status = main([sys.argv[1], '--seeds', sys.argv[2]]);"
            "print(status, 'followthemoney' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code, command, str(SEEDS)], capture_output=True, text=True,
                            cwd=Path(__file__).parent.parent)
    assert result.stdout.strip().splitlines()[-1] == "0 False", result.stdout + result.stderr


def test_a_provisional_entity_says_so(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    result = run_builder("build", "--seeds", str(SEEDS), "--docs", str(docs), "--discover")
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
