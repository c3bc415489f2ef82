"""HTML pages: main text as markdown, the page's own metadata, and the fallbacks."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.ingest import load_document, plain_view
from citekit.ingest.html import read_html
from citekit.ingest.htmlmeta import iso_date, person_or_org
from citekit.models import Author

ARTICLE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Gold Mines and Militants | The Example Review</title>
<meta name="citation_title" content="Gold Mines and Militants">
<meta name="citation_author" content="Roggio, Bill">
<meta name="citation_author" content="Caleb Weiss">
<meta name="citation_date" content="2023/06/16">
<meta name="citation_journal_title" content="The Example Review">
<meta name="citation_volume" content="7">
<meta name="citation_firstpage" content="95">
<meta name="citation_lastpage" content="98">
<meta name="citation_doi" content="10.37540/example.v7i1.162">
<meta property="og:url" content="https://example.org/2023/06/gold.html">
<meta name="description" content="Not used.">
</head><body>
<nav><a href="/">Home</a> | <a href="/about">About</a></nav>
<article>
<h1>Gold Mines and Militants</h1>
<p>Militant groups earn <b>millions</b> from the mines, according to a
<a href="https://un.org/reports/s_2023_370.pdf">UN report</a> published in June 2023,
which details the finances of snake_case_named groups.<sup>1</sup></p>
<h2>References</h2>
<ol><li>Roggio, B. (2023). Afghan Taliban. <i>Long War Journal</i>.</li>
<li>Harmouch, S. (2022). The Question of Succession. Texas National Security Review.</li></ol>
</article>
<footer>© 2024 The Example Review</footer>
</body></html>
"""


def test_read_html_text_and_metadata() -> None:
    text, fields = read_html(ARTICLE, "page.html")
    assert text.startswith("# Gold Mines and Militants\n")
    assert "[UN report](https://un.org/reports/s_2023_370.pdf)" in text
    assert "## References" in text and "Home" not in text and "©" not in text
    assert fields.type == "article"
    assert fields.title == "Gold Mines and Militants"
    assert fields.authors == [
        Author(family="Roggio", given="Bill"),
        Author(family="Weiss", given="Caleb"),
    ]
    assert fields.date == "2023-06-16"
    assert fields.container == "The Example Review"
    assert (fields.volume, fields.pages) == ("7", "95--98")
    assert fields.doi == "10.37540/example.v7i1.162"
    assert fields.url == "https://example.org/2023/06/gold.html"


def test_html_document_and_its_view(tmp_path: Path) -> None:
    path = tmp_path / "005_page.html"
    path.write_text(ARTICLE, encoding="utf-8")
    doc, problems = load_document(path)
    assert (doc.id, doc.format, doc.encoding, problems) == ("005_page", "html", "utf-8", [])
    assert doc.meta.title == "Gold Mines and Militants"
    view = plain_view(doc)
    flat = " ".join(view.text.split())
    assert "according to a UN report https://un.org/reports/s_2023_370.pdf published" in flat
    assert "snake_case_named groups.¹" in flat
    headings = [view.text[a:b] for a, b, _ in view.headings]
    assert headings == ["Gold Mines and Militants", "References"]
    i = view.text.index("https://un.org")
    a, b = view.to_source(i, i + len("https://un.org/reports/s_2023_370.pdf"))
    assert doc.text[a:b] == "https://un.org/reports/s_2023_370.pdf"


def test_webpage_with_json_ld_and_missing_title_heading() -> None:
    page = """<html><head><title>Site news</title>
    <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
      {"@type": "WebPage", "name": "Site news", "datePublished": "2022-08-02T10:00:00Z",
       "author": [{"@type": "Organization", "name": "United Nations Afghanistan"},
                  {"@type": "Person", "name": "Ayman al-Zawahiri"}]}]}</script>
    </head><body><div><p>Only a paragraph of body text here, long enough for trafilatura to keep
    it as the main content of this little page.</p></div></body></html>"""
    text, fields = read_html(page, "news.html")
    assert text.startswith("# Site news\n\n")  # the title trafilatura dropped comes back
    assert fields.type == "webpage" and fields.date == "2022-08-02"
    assert fields.authors == [
        Author(literal="United Nations Afghanistan"),
        Author(family="al-Zawahiri", given="Ayman"),
    ]


def test_fallback_to_body_text(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    monkeypatch.setattr(trafilatura, "extract", lambda *args, **kwargs: None)
    notes: list[str] = []
    page = (
        "<html><head><title>T</title><style>p {}</style></head>"
        "<body><p>One</p><p>Two</p></body></html>"
    )
    text, _ = read_html(page, "x.html", warnings=notes)
    assert text == "# T\n\nOne\nTwo"
    assert notes == ["no main text found in the HTML page; using all of its body text"]


def test_legacy_html_uses_its_meta_charset(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="iso-8859-15"><title>Prix</title></head><body>'
        "<p>Le prix est de 5 € pour tous les lecteurs de cette page, été comme hiver.</p>"
        "</body></html>"
    )
    path = tmp_path / "prix.htm"
    path.write_bytes(page.encode("iso8859_15"))
    doc, problems = load_document(path)
    assert "5 €" in doc.text and doc.encoding == "iso8859-15"
    assert problems and "declared" in problems[0].message


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2023/06/16", "2023-06-16"), ("2023-6", "2023-06"), ("2023", "2023"),
     ("2022-08-02T10:00:00Z", "2022-08-02"), ("2023-13-01", "2023"), ("June 2023", None),
     (None, None)],
)  # fmt: skip
def test_iso_date(value: str | None, expected: str | None) -> None:
    assert iso_date(value) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Roggio, Bill", Author(family="Roggio", given="Bill")),
        ("By Kevin Liptak", Author(family="Liptak", given="Kevin")),
        ("Ludwig van Beethoven", Author(family="van Beethoven", given="Ludwig")),
        ("Reuters", Author(literal="Reuters")),
        ("The Soufan Center", Author(literal="The Soufan Center")),
        ("TOLO News", Author(literal="TOLO News")),
        ("https://example.org/author/x", None),
    ],
)
def test_person_or_org(name: str, expected: Author | None) -> None:
    assert person_or_org(name) == expected


def test_numbered_citations_keep_their_brackets_unescaped() -> None:
    page = ("<html><head><title>Rivers</title></head><body><article><h1>Rivers</h1>"
            "<p>Dams changed the timing of the flood pulse over the long run [1], as others "
            "showed [2, 3]. A link stays one: <a href='https://example.org/a'>the basin report</a>.</p>"
            "</article></body></html>")
    body, _ = read_html(page, "rivers.html")
    assert "run [1]," in body and "[2, 3]" in body and "\\[" not in body
    assert "[the basin report](https://example.org/a)" in body


def test_a_time_element_dates_the_page_before_a_year_guessed_from_its_text() -> None:
    page = """<html><head><title>The Weekly Gauge</title></head><body><article>
    <h1>Reserve margins after the storm</h1>
    <p class="masthead">The Weekly Gauge · No. 12 · <time datetime="2031-03-06">6 March 2031</time></p>
    <p>The reserve rule, unchanged since 2004, is back in the dock. Operators told the regulator that
    the margin had been too thin for years, and the regulator agreed to look again at the standard.</p>
    </article></body></html>"""
    _, fields = read_html(page, "gauge.html")
    assert fields.date == "2031-03-06"


_PROSE = ("<p>The reserve rule, unchanged since 2004, is back in the dock. Operators told the regulator that the "
          "margin had been too thin for years, and the regulator agreed to look again at the standard.</p>")


@pytest.mark.parametrize("title, site, number", [
    ("Reserve margins after the storm | Grid | The Harbour Courier", "The Harbour Courier", None),
    ("The Gauge Letter – No. 142 – Power markets in Estoria", "The Gauge Letter", "142"),
    ("Harbour Health Brief #212 – Week 21, 2031", "Harbour Health Brief", "212"),
    ("Storm damage – your questions | Estorian Water Service", "Estorian Water Service", None),
    ("Storm damage – your questions | 2031", None, None),
])
def test_the_site_and_issue_a_page_title_names_beside_its_headline(title: str, site: str, number: str | None) -> None:
    page = (f"<html><head><title>{title}</title></head><body><article><h1>Reserve margins after the storm</h1>"
            f"<p class='byline'>By Ann Lee</p>{_PROSE}</article></body></html>")
    _, fields = read_html(page, "page.html")
    assert (fields.container, fields.number) == (site, number)


def test_a_signed_page_of_a_named_site_is_an_article() -> None:
    page = ("<html><head><title>Reserve margins after the storm | The Harbour Courier</title></head><body><article>"
            f"<h1>Reserve margins after the storm</h1><p class='byline'>By Ann Lee</p>{_PROSE}</article></body></html>")
    _, fields = read_html(page, "page.html")
    assert fields.type == "article" and fields.container == "The Harbour Courier"


def test_edited_by_on_a_page_names_its_editor_not_its_author() -> None:
    page = ("<html><head><title>The Gauge Letter – No. 142 – Power markets</title></head><body><article>"
            f"<h1>Reserve margins after the storm</h1><p class='byline'>Edited by Fenna Achterberg</p>{_PROSE}"
            "</article></body></html>")
    _, fields = read_html(page, "page.html")
    assert [e.display() for e in fields.editors] == ["Achterberg, Fenna"] and fields.authors == []


def test_a_data_box_source_line_dropped_with_its_figure_comes_back_after_the_paragraph_before_it() -> None:
    para = ("The intake will stay closed until the arsenic in the river is below the legal limit for a whole "
            "week, the utility's technical director said on Monday.")
    after = "Downstream, the damage is to the livelihoods of the rice growers and the fishing cooperatives."
    page = (f"<html><head><title>Three weeks without the river</title></head><body><article>"
            f"<h1>Three weeks without the river</h1><p>{para}</p>"
            "<figure class='databox'><figcaption>Arsenic at the intake</figcaption><pre>14 April 58\n21 April 29</pre>"
            "<p class='source'>Fuente: Aguas de Villalmar, laboratorio central, muestras del 14 de abril.</p>"
            f"</figure><p>{after}</p><p>{after.replace('Downstream', 'Upstream')}</p></article></body></html>")
    body, _ = read_html(page, "t.html")
    line = "Fuente: Aguas de Villalmar, laboratorio central, muestras del 14 de abril."
    assert line in body and body.index(para[-30:]) < body.index(line) < body.index(after[:30])


@pytest.mark.parametrize("byline, author", [("By Natalia Ferreyra, Health Correspondent", "Ferreyra, Natalia"),
                                            ("By Ines Dorfmann, Frankfurt", "Dorfmann, Ines")])
def test_a_bylines_role_or_place_is_no_second_author(byline: str, author: str) -> None:
    page = ("<html><head><title>Measles returns to the valleys</title></head><body><article>"
            f"<h1>Measles returns to the valleys</h1><p class='byline'>{byline}</p>"
            + "<p>Hospital wards in the high valleys are full again, and the nurses who staff them say so.</p>" * 6
            + "</article></body></html>")
    _, fields = read_html(page, "t.html")
    assert [a.display() for a in fields.authors] == [author]


def test_a_signed_and_dated_page_in_an_article_element_is_an_article() -> None:
    body = "<p>The lake is lower than it has been for decades, and the turbines stand idle.</p>" * 6
    signed = ("<html><head><title>The lake runs dry</title></head><body><article><h1>The lake runs dry</h1>"
              "<p class='byline'>By Chanda Mwale</p><p><time datetime='2024-09-18'>18 September 2024</time></p>"
              f"{body}</article></body></html>")
    assert read_html(signed, "t.html")[1].type == "article"
    unsigned = signed.replace("<p class='byline'>By Chanda Mwale</p>", "")
    assert read_html(unsigned, "t.html")[1].type == "webpage"


def test_a_year_in_the_prose_is_no_date_of_the_page() -> None:
    _, fields = read_html("<html><head><title>Harbour Study</title></head><body><h1>Harbour Study</h1><p>Traffic "
                          "doubled since 1999 and fell in 2015, the port said.</p></body></html>", "a.html")
    assert fields.date is None


def test_a_pages_keywords_are_kept() -> None:
    _, fields = read_html('<html><head><meta name="citation_title" content="Heat and Health">'
                          '<meta name="citation_keywords" content="heat; health; mortality"></head>'
                          '<body><h1>Heat and Health</h1><p>Text.</p></body></html>', "kw.html")
    assert fields.keywords == ["heat", "health", "mortality"]


@pytest.mark.parametrize("meta, authors", [("Tarvonian Nurses and Midwives Union", ["Tarvonian Nurses and Midwives Union"]),
                                           ("Ana Ruiz and Tom Lee", ["Ruiz, Ana", "Lee, Tom"])])
def test_a_body_named_with_and_in_the_author_meta_is_one_author(meta: str, authors: list[str]) -> None:
    page = (f"<html><head><title>Nurses respond</title><meta name='author' content='{meta}'></head><body><article>"
            "<h1>Nurses respond</h1>" + "<p>The wards are short of staff, and the nurses who staff them say so.</p>" * 6
            + "</article></body></html>")
    _, fields = read_html(page, "t.html")
    assert [a.literal or a.display() for a in fields.authors] == authors


def test_a_reference_headings_list_that_the_main_text_extractor_drops_comes_back_under_its_heading() -> None:
    # a real-looking release (written for the golden texts) whose "Notes to editors" heading trafilatura drops
    page = Path(__file__).parents[1] / "golden" / "docs" / "04_equal_access_tarvenia_press_release.html"
    body, _ = read_html(page.read_text(encoding="utf-8"), page.name)
    assert body.count("Parliamentary Ombudsman, *Left Out in the Cold?") == 1  # (never twice: kept where it is)
    heading = body.index("## Notes to editors")
    assert body.index("ENDS") < heading < body.index("The survey was carried out online")
