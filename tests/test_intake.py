"""Bringing sources in: `add` proposes a `sources.yml` entry from what a file's opening
says (a headline, a byline, a date line with its date and wire service), never
repeating its front matter and never cutting a word in two; a source with no
publication date warns, naming the relative dates it could not place (review s10: H1,
M8's titles, L1, L2). All texts invented."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from builder.annotate import opening, undated
from builder.read.text import make_source
from builder.read.yamldoc import Mapping

from conftest import call_builder

WIRE = (
    "NORWICK, May 6 (Coast Wire) - Ferry crews at Norwick walked off the job on Monday, stranding "
    "commuters on both banks after talks over rotas collapsed late on Sunday, their union said.\n\n"
    "The ferry company said it would meet the union next week.\n"
)
HEADED = (
    "Council backs river crossing plan\n\nBy Ida Brenner\n\n"
    "The town council on Thursday backed plans for a second river crossing, a year after the flood.\n"
)


def source(text: str, **record: object) -> object:
    return make_source("s.txt", text, Mapping(record), "s")


@pytest.mark.parametrize(("text", "title", "published", "day", "agency"), [
    (WIRE, "Ferry crews at Norwick walked off the job on Monday", "", "May 6", "Coast Wire"),
    # the year in the date line: the full date
    ("NORWICK, May 6, 2024 (Coast Wire) — The ferry company cut its timetable.\n", "The ferry company cut its timetable",
     "2024-05-06", "", "Coast Wire"),
    # a place and an agency, no date
    ("NORWICK (Coast Wire) -- Ferry crews voted to strike.\n", "Ferry crews voted to strike", "", "", "Coast Wire"),
    # an abbreviated month, no agency
    ("AVEL, Oct. 14 – The mill closed its doors.\n", "The mill closed its doors", "", "Oct. 14", ""),
    # a date line of its own after the headline
    ("Mill closes after 90 years\n\nMarch 09, 2011\n\nThe mill closed on Friday.\n", "Mill closes after 90 years",
     "2011-03-09", "", ""),
    # no date line: capitals and a dash alone are not one
    ("EU - China talks resumed on Monday.\n", "EU - China talks resumed on Monday", "", "", ""),
    # no date line: a comma after capitals is not one
    ("The mill, which opened in 1921, closed on Friday. Its owners blamed costs.\n",
     "The mill, which opened in 1921, closed on Friday", "", "", ""),
    # a body's name and its acronym in brackets before a dash: a heading, no date line and no agency
    # (fresh-user review s15a #13: the title was "RECALL NOTICE No", the agency "NFSA")
    ("NATIONAL FOOD SAFETY AGENCY (NFSA) - RECALL NOTICE No. 2025-0147\n\nIssued 3 March 2025.\n\nThe agency orders a recall.\n",
     "NATIONAL FOOD SAFETY AGENCY (NFSA) - RECALL NOTICE No. 2025-0147", "2025-03-03", "", ""),
    ("PORT OF AVEL AUTHORITY (PAA) - NOTICE TO MARINERS\n\nThe channel closes on Monday.\n",
     "PORT OF AVEL AUTHORITY (PAA) - NOTICE TO MARINERS", "", "", ""),
    # an agency that is not the place's initials stays one
    ("PORT AVEL (Coast Wire) - The channel closed on Monday.\n", "The channel closed on Monday", "", "", "Coast Wire"),
    # a sentence's title is not cut at a numbering abbreviation before a number
    ("Case No. 2401234/2024 was heard on Monday in Avel. The claim failed.\n",
     "Case No. 2401234/2024 was heard on Monday in Avel", "", "", ""),
    # a letterhead in capitals, then a case's caption: the caption is the title (s15b #14: "DISCIPLINARY TRIBUNAL")
    ("DISCIPLINARY TRIBUNAL\n\nCase No. SR/2025/0417 - Integrity Unit v. Jan Nowak\n\nDate: 3 October 2025\n\n1. The Panel met.\n",
     "Case No. SR/2025/0417 - Integrity Unit v. Jan Nowak", "2025-10-03", "", ""),
    ("IN THE HIGH COURT OF JUSTICE\n\nRex Haulage Ltd v Harbour Board\n\nThe claim fails.\n",
     "Rex Haulage Ltd v Harbour Board", "", "", ""),
    # a headline in capitals with a second short line that is no caption keeps the first
    ("STRIKE UPDATE\n\nWorkers vote to return\n\nThe union said so on Monday.\n", "STRIKE UPDATE", "", "", ""),
])
def test_opening_reads_the_date_line_and_a_title(text: str, title: str, published: str, day: str, agency: str) -> None:
    said = opening.opening(text)
    assert (said.title, said.published, said.day, said.agency) == (title, published, day, agency)


def test_a_long_lede_is_cut_at_a_clause_or_a_word_never_inside_one() -> None:
    long_clause = "Ferry crews at Norwick walked off the job on Monday, " + "stranding commuters " * 8 + "on both banks."
    assert opening.cut(long_clause) == "Ferry crews at Norwick walked off the job on Monday"
    no_comma = "Ferry crews " + "and harbour pilots and lock keepers " * 6 + "walked out on Monday."
    cut = opening.cut(no_comma)
    assert cut.endswith("…") and len(cut) <= opening.TITLE_CHARS + 1
    assert no_comma.startswith(cut[:-1]) and no_comma[len(cut) - 1] == " "  # a whole word, then the cut
    assert opening.cut("Short and whole. Then more.") == "Short and whole"


def test_headline_and_byline_are_proposed_as_fields_and_skipped_paragraphs() -> None:
    said = opening.opening(HEADED)
    assert (said.title, said.byline, said.skip) == ("Council backs river crossing plan", "By Ida Brenner", (1, 2))
    # a converted file's paragraphs are its own: nothing to skip
    assert opening.opening(HEADED, plain=False).skip == ()
    # a text that is only a headline keeps it
    assert opening.opening("Council backs river crossing plan\n").skip == ()


def test_unplaced_lists_the_dates_only_a_publication_date_places() -> None:
    text = "Crews walked out on Monday. The first strike was in 2019. Talks resume next week.\n"
    found = undated.unplaced(source(text))
    assert [d.text for d in found] == ["Monday", "next week"]
    assert undated.unplaced(source(text, published="2024-05-07")) == ()
    # a skipped paragraph is not part of the report
    assert undated.unplaced(source("Talks resume next week\n\n" + "The strike began in 2019.\n", skip=[1])) == ()
    line = undated.warning("seeds/s.txt", found)
    assert line == ('seeds/s.txt: no published date, so 2 dates that count from it ("Monday", "next week") were not '
                    "placed on the timeline; add published: YYYY-MM-DD to its entry in sources.yml")
    many = undated.unplaced(source("On Monday, Tuesday, Wednesday and Thursday, and again on Monday.\n"))
    assert undated.quoted(many) == '"Monday", "Tuesday", "Wednesday" and 1 more'


def test_a_build_and_a_check_warn_of_each_source_without_a_date(tmp_path: Path) -> None:
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    (seeds / "a-wire.txt").write_text(WIRE, encoding="utf-8")
    (seeds / "b-dated.txt").write_text("The ferry stopped on Monday.\n", encoding="utf-8")
    (seeds / "c-years.txt").write_text("The ferry first sailed in 1921.\n", encoding="utf-8")
    (seeds / "sources.yml").write_text(
        "a-wire.txt: {title: Crews walk out}\nb-dated.txt: {title: Stop, published: 2024-05-07}\n"
        "c-years.txt: {title: History}\n", encoding="utf-8")
    for command in (("check",), ("build", "--docs", str(docs))):
        result = call_builder(*command, "--seeds", str(seeds))
        assert result.returncode == 0, result.stderr
        warned = [line for line in result.stderr.splitlines() if "no published date" in line]
        assert warned == [
            f'warning: {seeds / "a-wire.txt"}: no published date, so 4 dates that count from it ("May 6", "Monday", '
            '"Sunday" and 1 more) were not placed on the timeline; add published: YYYY-05-06 (its date line says "May 6": '
            "give the year) to its entry in sources.yml"
        ], result.stderr


def test_add_proposes_the_date_lines_day_and_agency_and_a_placeholder(tmp_path: Path) -> None:
    inbox, seeds = tmp_path / "in", tmp_path / "seeds"
    inbox.mkdir()
    seeds.mkdir()
    (inbox / "walkout.txt").write_text(WIRE, encoding="utf-8")
    (inbox / "plan.txt").write_text(HEADED, encoding="utf-8")
    (inbox / "mill.txt").write_text("AVEL, May 6, 2024 (Coast Wire) - The mill closed on Friday.\n", encoding="utf-8")
    result = call_builder("add", *(str(inbox / n) for n in ("walkout.txt", "plan.txt", "mill.txt")), "--seeds", str(seeds))
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "# Review, then paste into sources.yml:\n"
        '"walkout.txt":\n  title: "Ferry crews at Norwick walked off the job on Monday"\n  agency: "Coast Wire"\n'
        "  # published: YYYY-05-06    # give the year (its date line says \"May 6\") and remove the '# ' before "
        'published: it places "May 6", "Monday", "Sunday" and 1 more on the timeline\n'
        '"plan.txt":\n  title: "Council backs river crossing plan"\n  byline: "By Ida Brenner"\n  skip: [1, 2]\n'
        "  # published: YYYY-MM-DD    # fill in the day it was published and remove the '# ' before published: "
        'it places "Thursday" on the timeline\n'
        '"mill.txt":\n  title: "The mill closed on Friday"\n  agency: "Coast Wire"\n  published: "2024-05-06"\n'
    )
    # appended, then the year filled in as the comment says: the entries are valid and the warning goes
    assert call_builder("add", str(inbox / "walkout.txt"), "--seeds", str(seeds), "--append").returncode == 0
    meta = seeds / "sources.yml"
    assert yaml.safe_load(meta.read_text(encoding="utf-8")) == {
        "walkout.txt": {"title": "Ferry crews at Norwick walked off the job on Monday", "agency": "Coast Wire"}}
    assert "no published date" in call_builder("check", "--seeds", str(seeds)).stderr
    meta.write_text(meta.read_text(encoding="utf-8").replace("  # published: YYYY-05-06    #", "  published: 2024-05-06    #"),
                    encoding="utf-8")
    check = call_builder("check", "--seeds", str(seeds))
    assert check.returncode == 0 and "walkout.txt: no published date" not in check.stderr, check.stderr
    # a date line opening the first paragraph with its year dates a source with no entry, as one of its own does
    assert f"{seeds / 'mill.txt'}: no 'published' in sources.yml; taken from its date line (2024-05-06)" in check.stderr


def test_add_does_not_repeat_the_front_matter(tmp_path: Path) -> None:
    """A field the front matter gives is not written again in sources.yml (two copies
    would soon disagree, which is an error); a file whose front matter gives everything
    needs no entry."""
    inbox, seeds = tmp_path / "in", tmp_path / "seeds"
    inbox.mkdir()
    seeds.mkdir()
    (inbox / "full.md").write_text("---\ntitle: Crews return\npublished: 2024-05-20\n---\nCrews returned on Monday.\n",
                                   encoding="utf-8")
    (inbox / "part.txt").write_text("---\ntitle: Crews vote\n---\nCrews voted on Monday to return.\n", encoding="utf-8")
    result = call_builder("add", str(inbox / "full.md"), str(inbox / "part.txt"), "--seeds", str(seeds), "--append")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("1 entry added, 0 already there, 1 with its entry in its front matter")
    text = (seeds / "sources.yml").read_text(encoding="utf-8")
    assert text.startswith('"part.txt":\n  # published: YYYY-MM-DD') and "title" not in text and "full.md" not in text
    printed = call_builder("add", str(inbox / "full.md"), "--seeds", str(seeds))
    assert printed.stdout.endswith("# full.md: its front matter is its entry\n")
    assert call_builder("check", "--seeds", str(seeds)).returncode == 0


def test_an_agency_that_is_the_outlet_is_named_once(tmp_path: Path) -> None:
    """A wire service's own copy (outlet and agency the same) reads "Coast Wire", not
    "Coast Wire · Coast Wire" (review s10: L10); another outlet's copy names both."""
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    (seeds / "wire.txt").write_text("Crews walked out.\n", encoding="utf-8")
    (seeds / "paper.txt").write_text("Crews walked out, the wire said.\n", encoding="utf-8")
    (seeds / "sources.yml").write_text(
        "wire.txt: {title: Crews walk out, outlet: Coast Wire, agency: Coast Wire, published: 2024-05-06}\n"
        "paper.txt: {title: Crews out, outlet: Norwick Post, agency: Coast Wire, published: 2024-05-07}\n", encoding="utf-8")
    assert call_builder("build", "--seeds", str(seeds), "--docs", str(docs)).returncode == 0
    wire = (docs / "sources" / "2024-05-06-crews-walk-out.md").read_text(encoding="utf-8")
    paper = (docs / "sources" / "2024-05-07-crews-out.md").read_text(encoding="utf-8")
    assert "**Coast Wire**" in wire and "Coast Wire · Coast Wire" not in wire.replace("**", "")
    assert "**Norwick Post** · Coast Wire" in paper
    listing = (docs / "sources" / "index.md").read_text(encoding="utf-8")
    assert "| Coast Wire |" in listing and "Coast Wire (Coast Wire)" not in listing
    assert "| Norwick Post (Coast Wire) |" in listing


def test_add_never_copies_through_a_link_in_the_seeds_folder(tmp_path: Path) -> None:
    """A seeds folder from a clone can hold a link whose target does not exist yet
    (`report.txt -> elsewhere/planted.txt`): `add report.txt` copied the user's document to
    the link's target, outside the seeds folder (attack review, session 12, F0). Now one
    line, exit 2, nothing written anywhere."""
    seeds, elsewhere = tmp_path / "seeds", tmp_path / "elsewhere"
    seeds.mkdir()
    elsewhere.mkdir()
    (seeds / "report.txt").symlink_to(elsewhere / "planted.txt")
    (seeds / "other.txt").symlink_to(elsewhere / "kept.txt")
    (elsewhere / "kept.txt").write_text("kept\n", encoding="utf-8")
    mine = tmp_path / "mine"
    mine.mkdir()
    for name in ("report.txt", "other.txt"):
        (mine / name).write_text("Dockers walk out\n\nThe dockers walked out on Monday.\n", encoding="utf-8")
    result = call_builder("add", "--seeds", str(seeds), "--append", str(mine / "report.txt"), str(mine / "other.txt"))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"{seeds / 'report.txt'}: a symbolic link is in the way; remove it to add report.txt",
        f"{seeds / 'other.txt'}: a symbolic link is in the way; remove it to add other.txt",
    ]
    assert sorted(p.name for p in elsewhere.iterdir()) == ["kept.txt"]
    assert (elsewhere / "kept.txt").read_text(encoding="utf-8") == "kept\n"
    assert not (seeds / "sources.yml").exists()


@pytest.mark.parametrize("name", ["a\u202eb.txt", "tab\there.txt", "bell\x07.txt"])
def test_add_refuses_a_name_the_build_would_refuse(tmp_path: Path, name: str) -> None:
    seeds, mine = tmp_path / "seeds", tmp_path / "mine"
    seeds.mkdir()
    mine.mkdir()
    (mine / name).write_text("Title\n\nText.\n", encoding="utf-8")
    result = call_builder("add", "--seeds", str(seeds), str(mine / name))
    assert result.returncode == 2 and "the file name holds a control or bidirectional character" in result.stderr
    assert result.stderr.isprintable() or result.stderr.count("\n") == 1
    assert list(seeds.iterdir()) == []


def test_add_refuses_a_twin_in_another_normal_form(tmp_path: Path) -> None:
    import unicodedata

    seeds, mine = tmp_path / "seeds", tmp_path / "mine"
    seeds.mkdir()
    mine.mkdir()
    (seeds / unicodedata.normalize("NFC", "café.txt")).write_text("Café\n\nOne.\n", encoding="utf-8")
    nfd = mine / unicodedata.normalize("NFD", "café.txt")
    nfd.write_text("Café\n\nTwo.\n", encoding="utf-8")
    result = call_builder("add", "--seeds", str(seeds), str(nfd))
    assert result.returncode == 2 and "differs from its name only in Unicode normal form" in result.stderr
    assert len(list(seeds.iterdir())) == 1


@pytest.mark.parametrize(
    ("text", "title", "skip"),
    [
        # fresh-user review s13 #12: the slug stayed in the title (and the page's address),
        # the editing note was read as the story's last paragraph
        ("UPDATE 1-Court adjourns Coldharbour hearing, strike called off\n\n"
         "DUNMERE, Feb 20 (Northline Wire) - A judge adjourned the hearing.\n\nThe strike was called off.\n\n"
         "(Adds strike called off in paragraphs 5-6)\n", "Court adjourns Coldharbour hearing, strike called off", (1, 4)),
        ("REFILE-Talks resume\n\nBy Ann Lee\n\nLONDON, March 3 (Harbor Wire) - Talks resumed.\n\nMore text here.\n\n"
         "(Reporting by Ann Lee; Editing by Bo Chan)\n", "Talks resume", (1, 2, 5)),
        ("CORRECTED-Mill to close in June\n\n(Corrects date of closure in paragraph 2)\n\nThe mill will close in June.\n\n"
         "Its 300 staff were told on Monday.\n", "Mill to close in June", (1, 2)),
        # not a slug, not a note: a headline that says "update", a bracket inside a sentence
        ("Update on the talks\n\nThe talks (Adds detail) resumed.\n\nMore.\n", "Update on the talks", (1,)),
    ],
)
def test_a_wires_version_slug_and_editing_notes_are_no_part_of_the_story(text: str, title: str, skip: tuple[int, ...]) -> None:
    said = opening.opening(text)
    assert (said.title, said.skip) == (title, skip)


@pytest.mark.parametrize(
    ("text", "day", "agency", "byline"),
    [
        # fresh-user review s14: an editing note between the headline and the date line hid
        # the date line (no agency, the placeholder without its month and day)
        ("UPDATE 1-Judge freezes builder's accounts\n\n(Adds union reaction in paragraph 5)\n\n"
         "VELSBURG, March 15 (Nordwire) - A judge on Friday froze the accounts.\n", "March 15", "Nordwire", ""),
        ("Talks resume\n\nBy Ann Lee\n\n(Reporting by Ann Lee)\n\nAVEL, March 4 (Avel Wire) - Talks resumed.\n",
         "March 4", "Avel Wire", "By Ann Lee"),
        ("Talks resume\n\n(Corrects date in paragraph 2)\n\nBy Ann Lee\n\nAVEL, March 4 (Avel Wire) - Talks resumed.\n",
         "March 4", "Avel Wire", "By Ann Lee"),
        # no note: as before
        ("Talks resume\n\nAVEL, March 4 (Avel Wire) - Talks resumed.\n", "March 4", "Avel Wire", ""),
    ],
)
def test_a_date_line_after_an_editing_note_still_dates_the_source(text: str, day: str, agency: str, byline: str) -> None:
    said = opening.opening(text)
    assert (said.day, said.agency, said.byline) == (day, agency, byline)
