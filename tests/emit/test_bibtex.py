from citekit.emit.bibtex import format_entry, to_entry
from citekit.models import Author, Fields, Work


def _work(**fields):
    return Work(key="k2023x", fields=Fields(**fields), cited_by=["doc2024a"])


def test_article_fields_raw_urls_bare_months_escaped_text():
    work = _work(type="article", title="R&D in the UN", authors=[Author(family="Roggio", given="B.")],
                 date="2023-06-16", container="Journal of Peace & Stability",
                 url="https://example.org/a_b%20c?x=1&y=2#frag", doi="10.1000/a_b")
    text = format_entry(to_entry(work))
    assert "@article{k2023x," in text
    fields = {line.split("=")[0].strip(): line.split("=", 1)[1].strip() for line in text.splitlines()[1:-1]}
    assert fields["url"] == "{https://example.org/a_b%20c?x=1&y=2#frag},"
    assert fields["doi"] == "{10.1000/a_b},"
    assert fields["month"] == "jun,"
    assert fields["journal"] == "{Journal of Peace \\& Stability},"
    assert fields["title"] == "{{R\\&D} in the {UN}},"
    assert fields["citedby"] == "{doc2024a},"


def test_report_and_organisation_author_in_both_dialects():
    work = _work(type="report", title="Annual report", date="2022", un_symbol="S/2022/419",
                 authors=[Author(literal="United Nations Security Council")])
    bibtex = to_entry(work, "bibtex")
    assert bibtex.type == "techreport"
    assert bibtex.fields["author"] == "{United Nations Security Council}"
    assert bibtex.fields["institution"] == "United Nations Security Council"
    assert bibtex.fields["number"] == "S/2022/419"
    assert bibtex.fields["year"] == "2022"
    biblatex = to_entry(work, "biblatex")
    assert biblatex.type == "report" and biblatex.fields["date"] == "2022"
    assert "year" not in biblatex.fields


def test_article_without_container_is_misc_or_online():
    work = _work(type="article", title="T", url="https://x.org/a")
    assert to_entry(work, "bibtex").type == "misc"
    assert to_entry(work, "biblatex").type == "online"


def test_classic_bibtex_gets_what_plain_bst_requires():
    report = to_entry(_work(type="report", title="Annual report", date="2022", institution="World Bank"))
    assert report.type == "techreport" and report.fields["author"] == "{World Bank}"
    news = to_entry(_work(type="article", title="Floods return", date="2022", container="Al Jazeera"))
    assert news.type == "misc" and news.fields["howpublished"] == "Al Jazeera" and "journal" not in news.fields
    assert news.fields["key"] == "Al Jazeera"  # sortable without an author
    edited = to_entry(_work(type="book", title="F", date="2017", publisher="P",
                            authors=[Author(family="Shelley", given="Mary")],
                            editors=[Author(family="Guston", given="D.")]))
    assert "editor" not in edited.fields and "editor" in to_entry(_work(
        type="book", title="F", date="2017", publisher="P", authors=[Author(family="S", given="M.")],
        editors=[Author(family="G", given="D.")]), "biblatex").fields
    bare = to_entry(_work(url="https://www.example.org/a/b"))
    assert bare.fields["howpublished"] == "www.example.org"


def test_an_issue_without_a_volume_is_the_volume_for_classic_styles():
    entry = to_entry(_work(type="article", title="T", date="2024", container="Series", number="3",
                           authors=[Author(family="Doe", given="J.")]))
    assert entry.fields["volume"] == "3" and "number" not in entry.fields  # plain.bst warns otherwise
    assert to_entry(_work(type="article", title="T", date="2024", container="Series", number="3",
                          authors=[Author(family="Doe", given="J.")]), "biblatex").fields["number"] == "3"


def test_a_volume_that_is_no_number_goes_to_the_note():
    # biber's data model takes an integer volume only ("Invalid value of field 'volume'")
    for dialect in ("bibtex", "biblatex"):
        entry = to_entry(_work(type="article", title="T", date="2024", container="Series", volume="Day",
                               note="transcript", authors=[Author(family="Doe", given="J.")]), dialect)
        assert "volume" not in entry.fields and entry.fields["note"] == "transcript; vol. Day"
    assert to_entry(_work(type="article", title="T", date="2024", container="S", volume="12")).fields["volume"] == "12"


def test_an_edited_newsletter_issue_has_a_key_to_sort_by_and_an_edited_book_does_not():
    editor = [Author(family="Achterberg", given="Fenna")]
    issue = Work(key="achterberg2027reserve", fields=Fields(type="article", title="Reserve? What reserve?",
                                                             editors=editor, container="The Load Curve", date="2027"))
    entry = to_entry(issue)
    assert entry.fields["editor"] == "Achterberg, Fenna" and entry.fields["key"] == "The Load Curve"
    book = Work(key="achterberg2027grids", fields=Fields(type="book", title="Grids", editors=editor, date="2027",
                                                         publisher="Harbour Press"))
    assert "key" not in to_entry(book).fields


def test_a_bracket_in_the_key_is_braced_for_natbib():
    # plainnat copies the key into \bibitem[…] when there is no author: a bare "]" ends the label
    case = _work(type="misc", title="Pensioners v Greyhollow Capital [2032] KHC 1184", date="2032")
    assert to_entry(case).fields["key"] == "Pensioners v Greyhollow Capital {[}2032{]} KHC 1184"


def test_a_language_is_written_for_zotero_and_babel():
    work = _work(type="article", title="T", container="De Grenskoerier", date="2027", language="nl")
    assert to_entry(work, "bibtex").fields["language"] == "dutch"  # Zotero's Language, babelbib
    assert to_entry(work, "biblatex").fields["langid"] == "dutch"  # biblatex: hyphenation of the entry
    assert "language" not in to_entry(_work(type="article", title="T", language="xx"), "bibtex").fields


def test_a_name_suffix_goes_where_bibtex_and_csl_want_it():
    from citekit.emit.bibtex import format_names
    from citekit.models import Author
    assert format_names([Author(family="King", given="M. L. Jr."), Author(family="Gates", given="Henry Louis III")]) \
        == "King, Jr., M. L. and Gates, III, Henry Louis"
