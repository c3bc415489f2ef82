"""One body, one name across the corpus (issue #4); invented names only."""

from __future__ import annotations

from citekit.merge.aliases import unify_bodies, unify_people
from citekit.models import Author, Fields, Mention


def _said(doc: str, *authors: Author, **fields) -> Mention:
    return Mention(document=doc, kind="attribution", start=0, end=1, text="x",
                   fields=Fields(type="report", authors=list(authors), **fields))


def _names(m: Mention) -> list[str]:
    return [a.literal or a.display() for a in m.fields.authors]


def test_acronyms_possessives_and_defined_names_become_the_full_name():
    full = _said("a", Author(literal="Office for River Value"))
    bare = _said("b", Author(literal="ORV"))
    defined = _said("a", Author(literal="Lakeland Statistical Office (Lakestat)"))
    short = _said("c", Author(literal="Lakestat"))
    owned = _said("d", Author(literal="Office for River Value’s"), institution="Office for River Value’s")
    unify_bodies([full, bare, defined, short, owned])
    assert _names(bare) == ["Office for River Value"]
    assert _names(defined) == _names(short) == ["Lakeland Statistical Office"]
    assert _names(owned) == ["Office for River Value"] and owned.fields.institution == "Office for River Value"


def test_an_acronym_two_bodies_could_stand_for_stays_as_it_is():
    mentions = [_said("a", Author(literal="Office for River Value")), _said("b", Author(literal="Ohio River Vessels")),
                _said("c", Author(literal="ORV"))]
    unify_bodies(mentions)
    assert _names(mentions[2]) == ["ORV"]


def test_of_two_bodies_an_acronym_could_stand_for_its_documents_affair_chooses():
    mentions = [_said("a", Author(literal="Office for River Value (ORV)"), Author(literal="Tessel Water Board")),
                _said("a", Author(family="Brandt", given="Ilse")),
                _said("b", Author(literal="Ohio River Vessels (ORV)"), Author(literal="Harbour Pilots Guild")),
                _said("c", Author(literal="ORV")), _said("c", Author(literal="Tessel Water Board")),
                _said("d", Author(literal="ORV")), _said("d", Author(family="Brandt", given="Ilse")),
                _said("e", Author(literal="ORV")), _said("e", Author(literal="Statistics Ohio")),
                _said("f", Author(literal="ORV")), _said("f", Author(literal="Tessel Water Board")),
                _said("f", Author(literal="Harbour Pilots Guild"))]
    unify_bodies(mentions)
    assert _names(mentions[3]) == _names(mentions[5]) == ["Office for River Value"]  # a body, a person in common
    assert _names(mentions[7]) == ["Ohio River Vessels"]  # its own word "Ohio"
    assert _names(mentions[9]) == ["ORV"]  # one in common with each: which, the document does not say


def test_a_body_read_as_a_person_takes_the_name_another_document_gives_it():
    body = _said("a", Author(literal="Equal Harbour"))
    misread = _said("b", Author(family="Harbour", given="Equal"))
    person = Mention(document="c", kind="attribution", start=0, end=1, text="x",
                     fields=Fields(type="misc", authors=[Author(family="Harbour", given="Equal")],
                                   note="personal communication"))
    unify_bodies([body, misread, person])
    assert _names(misread) == ["Equal Harbour"]
    assert person.fields.authors[0].family == "Harbour"  # someone quoted stays a person


def test_a_name_short_of_one_leading_word_is_the_corpus_s_only_longer_body():
    full = _said("a", Author(literal="National Harbour Security Agency"))
    short = _said("b", Author(literal="Harbour Security Agency"))
    unify_bodies([full, short])
    assert _names(short) == ["National Harbour Security Agency"]
    regional = _said("c", Author(literal="Regional Harbour Security Agency"))
    short = _said("b", Author(literal="Harbour Security Agency"))
    unify_bodies([full, regional, short])
    assert _names(short) == ["Harbour Security Agency"]  # two longer bodies: which one, the text does not say


def test_a_two_word_name_is_the_longer_body_only_after_a_word_like_international():
    full = _said("a", Author(literal="International Mediation Group"))
    short = _said("b", Author(literal="Mediation Group"))
    unify_bodies([full, short])
    assert _names(short) == ["International Mediation Group"]
    for longer in ("Hauptstadtzeitung Harbour Chronicle", "municipal water company"):
        # a descriptor run into a name, a lower-case description: no body's full name
        short = _said("b", Author(literal=longer.split(" ", 1)[1]))
        unify_bodies([_said("a", Author(literal=longer)), short])
        assert _names(short) == [longer.split(" ", 1)[1]]


def _person(doc: str, family: str, given: str | None = None) -> Mention:
    return Mention(document=doc, kind="attribution", start=0, end=1, text="x",
                   fields=Fields(type="misc", authors=[Author(family=family, given=given)],
                                 note="personal communication"))


def test_a_person_quoted_by_family_name_alone_is_the_corpus_s_one_person_of_that_name():
    full, bare = _person("a", "Renn", "Tobias"), _person("b", "Renn")  # "Governor Renn says"
    two = [_person("c", "Holm", "Annika"), _person("d", "Holm", "Karl"), _person("e", "Holm")]
    unify_people([full, bare, *two])
    assert _names(bare) == ["Renn, Tobias"]
    assert _names(two[2]) == ["Holm"]  # two people of that name: either


def test_of_two_people_of_one_family_name_the_documents_affair_chooses():
    annika, karl = _person("c", "Holm", "Annika"), _person("d", "Holm", "Karl")
    firm = _said("c", Author(literal="Tessel Water Board"))
    bare, board = _person("e", "Holm"), _said("e", Author(literal="Tessel Water Board"))
    unify_people([annika, karl, firm, bare, board])
    assert _names(bare) == ["Holm, Annika"]


def test_a_reference_entrys_group_author_by_its_acronym_is_the_body_the_corpus_defines():
    defined = _said("a", Author(literal="Harbour Failures Branch (HFB)"))
    entry = Mention(document="b", kind="reference", start=0, end=1, text="x",
                    fields=Fields(type="report", title="Quay collapse", authors=[Author(literal="HFB")]))
    person = Mention(document="b", kind="reference", start=0, end=1, text="x",
                     fields=Fields(type="book", title="Quays", authors=[Author(family="Lee", given="A.")]))
    unify_bodies([defined, entry, person])
    assert _names(entry) == ["Harbour Failures Branch"] and person.fields.authors[0].family == "Lee"
