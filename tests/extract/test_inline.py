from citekit.extract.inline import Marker, find_author_year, find_numeric, find_page_only
from citekit.extract.link import link
from citekit.models import Author, Fields


def _f(families, year, title, **kw):
    return Fields(title=title, date=year, authors=[Author(family=f, given="A.") for f in families], **kw)


ENTRIES = [
    _f(["Roggio"], "2023", "Afghan Taliban and Al Qaeda"),
    _f(["Roggio", "Weiss"], "2023", "UN reports veteran leader"),
    _f(["Liptak", "Atwood", "Bertrand"], "2022", "US kills leader"),
    _f([], "2021", 'IntelBrief: "I Can\'t Quit You Baby": Relationship', container="The Soufan Center"),
    _f(["Smith"], "2020", "First"),
    _f(["Smith"], "2020", "Second"),
    Fields(title="Progress on water", date="2021",
           authors=[Author(literal="World Health Organization"), Author(literal="UNICEF")]),
]


def _linked(text):
    markers = find_author_year(text, [(0, len(text))])
    for m in markers:
        link(m, ENTRIES)
    return [(text[m.start:m.end], m.reference) for m in markers if m.reference or not m.requires_link]


def test_parenthetical_forms_link_to_the_right_entry():
    assert _linked("as (Roggio, 2023) and (Roggio & Weiss, 2023) and (Liptak et al., 2022).") == [
        ("(Roggio, 2023)", 1), ("(Roggio & Weiss, 2023)", 2), ("(Liptak et al., 2022)", 3)]


def test_title_as_author_marker_finds_the_title():
    assert _linked('strong (Intel Brief: "I Can\'t Quit You Baby," 2021).') == [
        ('(Intel Brief: "I Can\'t Quit You Baby," 2021)', 4)]


def test_several_in_one_bracket_year_suffixes_locators_and_narrative():
    got = _linked("see (Smith, 2020a; Smith, 2020b, p. 5) and Roggio (2023) argued (WHO and UNICEF 2021).")
    assert got == [("Smith, 2020a", 5), ("Smith, 2020b, p. 5", 6), ("Roggio (2023)", 1),
                   ("(WHO and UNICEF 2021)", 7)]


def test_non_citations_are_ignored_and_unlinked_years_are_kept_for_reporting():
    got = _linked("In their first regime (1996-2001), the (NRF) and (TTP) in (June 2023); (Nobody, 2019).")
    assert got == [("(Nobody, 2019)", None)]


def test_numeric_markers_and_ranges():
    text = "as shown [1], [2–4] and [1, 3] and [3]–[5] and here.²"
    got = [(text[m.start:m.end], m.reference) for m in find_numeric(text, [(0, len(text))], {i: i for i in range(1, 6)})]
    assert got == [("[1]", 1), ("[2–4]", 2), ("[2–4]", 3), ("[2–4]", 4), ("[1, 3]", 1), ("[1, 3]", 3),
                   ("[3]–[5]", 3), ("[3]–[5]", 4), ("[3]–[5]", 5), ("²", 2)]


def test_numeric_markers_with_a_locator():
    text = "It failed [2, Sec. 4], as the design foresaw [3, Annex B; see below] and [5, p. 9] and [1, pp. 3–5]."
    got = [(text[m.start:m.end], m.reference) for m in find_numeric(text, [(0, len(text))], {i: i for i in range(1, 6)})]
    assert got == [("[2, Sec. 4]", 2), ("[5, p. 9]", 5), ("[1, pp. 3–5]", 1)]  # (not a locator with prose in it)


def test_mla_page_only_marker_takes_the_author_named_in_the_sentence():
    text = "Liptak, drawing on letters, connected the two (38). A table (12)."
    got = find_page_only(text, [(0, len(text))], ENTRIES)
    assert [(text[m.start:m.end], m.reference) for m in got] == [("(38)", 3)]


def test_unknown_names_do_not_link():
    m = Marker(0, 1, "Nobody", "2023")
    link(m, ENTRIES)
    assert m.reference is None


def test_names_as_printed_at_the_head_of_an_entry_link_acronyms():
    entries = [Fields(title="Progress", date="2021", authors=[Author(literal="World Health Organization"),
                                                               Author(literal="United Nations Children's Fund")])]
    raws = ["WHO (World Health Organization) and UNICEF (United Nations Children's Fund). 2021. Progress."]
    m = Marker(0, 1, "WHO and UNICEF", "2021")
    link(m, entries, raws)
    assert m.reference == 1
    other = Marker(0, 1, "UNICEF and WHO", "2021")  # the order matters: not the first name
    link(other, entries, raws)
    assert other.reference is None


def test_an_entry_that_opens_with_the_name_beats_one_that_names_it_later():
    edited = Fields(title="Frankenstein annotated", date="2017", authors=[Author(family="Shelley", given="Mary")],
                    editors=[Author(family="Guston", given="David H.")])
    novel = Fields(title="Frankenstein", date="2003", authors=[Author(family="Shelley", given="Mary")])
    raws = ["Guston, David H., et al., editors. Frankenstein annotated. By Mary Shelley, MIT Press, 2017.",
            "Shelley, Mary. Frankenstein. Penguin, 2003."]
    m = Marker(0, 1, "Shelley", None)
    link(m, [edited, novel], raws)
    assert m.reference == 2


def test_markdown_footnote_markers_link_to_their_notes_but_definitions_are_no_markers():
    text = "Salinity rose.[^1] Yields fell.[^2][^3]\n\n[^1]: A note.\n[^2]: Another.\n"
    found = find_numeric(text, [(0, len(text))], {1: 1, 2: 2})
    assert [(text[m.start:m.end], m.reference) for m in found] == [("[^1]", 1), ("[^2]", 2)]


def test_a_power_after_a_unit_or_ten_is_no_note_but_one_after_a_year_is():
    from citekit.extract.inline import find_numeric
    text = "The lake covers 2,150 km² and 420 m³ of water, 10³ years old, since June 2025²."
    assert [m.reference for m in find_numeric(text, [(0, len(text))], {2: 1, 3: 2})] == [1]


def test_parenthetical_names_may_open_with_a_particle():
    text = "Later work agrees (van der Maaten & Hinton, 2008) and (O'Neil, 2016; de la Cruz et al., 2019) but not (the 2020 data)."
    assert [(m.names, m.year) for m in find_author_year(text, [(0, len(text))])] == \
        [("van der Maaten & Hinton", "2008"), ("O'Neil", "2016"), ("de la Cruz et al.", "2019")]


def test_an_apa_group_abbreviation_names_the_group_in_full():
    text = "Hunger rose (Food and Agriculture Organization of the United Nations [FAO], 2022; FAO, 2020)."
    assert [(m.names, m.year) for m in find_author_year(text, [(0, len(text))])] == \
        [("Food and Agriculture Organization of the United Nations", "2022"),
         ("Food and Agriculture Organization of the United Nations", "2020")]


def test_a_body_cited_by_its_whole_name_is_not_another_body_sharing_a_word():
    entries = [Fields(title="Inquiry: interim update", date="2032", authors=[Author(literal="Lenn Pensions Authority")]),
               Fields(title="Oral evidence", date="2032",
                      authors=[Author(literal="Assembly Select Committee on Public Service Pensions")])]
    entries += [Fields(title="Pension schemes", date="2032", authors=[Author(literal="Statistics Lenn")]),
                Fields(title="Update", date="2032", authors=[Author(literal="Ministry of Energy and Infrastructure")])]
    text = ("as a trustee said (Assembly Select Committee on Public Service Pensions, 2032, para. 9); the figures "
            "(Statistics Lenn, 2032) and the update (Ministry of Energy and Infrastructure, 2032).")
    markers = find_author_year(text, [(0, len(text))])
    for marker in markers:
        link(marker, entries)
    assert [m.reference for m in markers] == [2, 3, 4]


def test_a_work_with_authors_is_cited_by_them_not_by_its_publisher():
    entries = [Fields(title="Special inspection", date="2027", authors=[Author(literal="Harlan Engineers")],
                      publisher="Lenn Highways Agency"),
               Fields(title="Traffic counts", date="2027", authors=[Author(literal="Lenn Highways Agency")])]
    text = "about 38,600 vehicles a day (Lenn Highways Agency, 2027)."
    (marker,) = find_author_year(text, [(0, len(text))])
    link(marker, entries)
    assert marker.reference == 2


def test_a_see_note_marker_points_at_its_numbered_note():
    text = "The Fund suspended investment (see note 4) and restated its accounts (see notes 2 and 3)."
    got = [(text[m.start:m.end], m.reference) for m in find_numeric(text, [(0, len(text))], {i: i for i in range(1, 5)})]
    assert got == [("(see note 4)", 4), ("(see notes 2 and 3)", 2), ("(see notes 2 and 3)", 3)]


def test_a_markdown_link_to_a_listed_address_cites_that_entry():
    from collections import Counter
    from citekit.extract.document import extract_document
    from citekit.models import Document
    text = ("# Three questions\n\nParents have [applied for judicial review](https://fairgrading.example/news/jr) and "
            "the regulator's [interim review](https://esa.example/reports/interim) found a fault; see also "
            "[our home page](https://cap.example/).\n\n## Sources\n\n"
            "- Standards Authority (2037). *Interim review of the incident*. https://esa.example/reports/interim\n"
            "- Parents for Fair Grading (2037). *Judicial review filed*. https://fairgrading.example/news/jr\n")
    doc = Document(id="b", path="b.md", sha256="0", text=text, format="markdown")
    found = [m for m in extract_document(doc).mentions if m.kind == "inline-citation"]
    assert [(m.text, m.reference) for m in found] == [("applied for judicial review", 2), ("interim review", 1)]


def test_a_persons_affiliation_in_brackets_is_no_citation_of_that_bodys_work():
    entries = [Fields(title="Below the limit", date="2036", authors=[Author(literal="Clearwater Institute")])]
    text = "Guests: Maren Oduya (Sallow Action), Dr Lior Haddad-Kemp (Clearwater Institute)\n\nThe limit is too high (Clearwater Institute)."
    markers = find_author_year(text, [(0, len(text))])
    assert [text[m.start:m.end] for m in markers] == ["(Clearwater Institute)"]
    assert markers[0].start == text.rindex("(Clearwater")
