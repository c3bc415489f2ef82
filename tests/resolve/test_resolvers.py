"""Each resolver against a local server replaying recorded Crossref / doi.org answers."""

from __future__ import annotations

from werkzeug import Request, Response

from citekit.models import Author, Fields
from citekit.resolve.base import lookup
from citekit.resolve.cache import Cache
from citekit.resolve.crossref import CrossrefSearch, CrossrefWork
from citekit.resolve.doi import DoiNegotiation
from citekit.resolve.http import HttpClient
from citekit.resolve.un import UnSymbol
from tests.resolve.replay import cassette

WATER = "10.1126/science.169.3946.635"


def test_doi_lookup_at_crossref(httpserver, base, config):
    rec = cassette("works_with_one_id")[0]
    seen = []

    def handler(request: Request) -> Response:
        seen.append(request.headers)
        return rec.response(base)

    httpserver.expect_request(rec.path).respond_with_handler(handler)
    answer = CrossrefWork(config, HttpClient(config)).fetch("10.1371/journal.pone.0033693", Fields())
    assert answer.status == "found"
    f = answer.fields
    assert f.type == "article" and f.volume == "7" and f.number == "3" and f.pages == "e33693"
    assert f.container == "PLoS ONE" and f.date == "2012-03-21" and f.authors[0].family == "Sadasivan"
    assert seen[0]["User-Agent"] == "citekit/0.1.0 (https://github.com/citekit/citekit; mailto:tests@example.org)"
    assert seen[0]["Accept"] == "application/json"


def test_unknown_doi_is_not_found(httpserver, base, config):
    rec = cassette("works_bad_id")[0]
    httpserver.expect_request(rec.path).respond_with_handler(lambda r: rec.response(base))
    answer = CrossrefWork(config, HttpClient(config)).fetch("10.1371/notarealdoi", Fields())
    assert answer.status == "not-found"


def test_content_negotiation_follows_the_redirect(httpserver, base, config):
    """doi.org's recorded 302 to Crossref's transform URL, then the recorded CSL-JSON of the
    same DOI (recorded from Crossref's transform endpoint; served with the CSL-JSON type the
    real content negotiation answers with)."""
    redirect = cassette("cn_bibtex_redirect")[0]
    csl = cassette("cn_citeproc_json")[-1]
    accepts = []

    def transform(request: Request) -> Response:
        accepts.append(request.headers["Accept"])
        return Response(csl.body, headers={"Content-Type": "application/vnd.citationstyles.csl+json"})

    httpserver.expect_request(redirect.path).respond_with_handler(lambda r: redirect.response(base))
    httpserver.expect_request(f"/v1/works/{WATER}/transform").respond_with_handler(transform)
    answer = DoiNegotiation(config, HttpClient(config)).fetch(WATER, Fields())
    assert answer.status == "found", answer.message
    assert answer.fields.title.startswith("The Structure of Ordinary Water")
    assert answer.fields.container == "Science" and answer.fields.pages == "635--641"
    assert accepts == ["application/vnd.citationstyles.csl+json"]
    assert [e[0].path for e in httpserver.log] == [redirect.path, f"/v1/works/{WATER}/transform"]


def test_content_negotiation_unknown_doi(httpserver, base, config):
    rec = cassette("cn_unknown_doi")[0]
    httpserver.expect_request(rec.path).respond_with_handler(lambda r: rec.response(base))
    assert DoiNegotiation(config, HttpClient(config)).fetch("10.1126/foo", Fields()).status == "not-found"


def test_malformed_json_is_a_failed_lookup(httpserver, config):
    httpserver.expect_request("/works/10.1/x").respond_with_data('{"status": "ok", "mess', content_type="application/json")
    answer = CrossrefWork(config, HttpClient(config)).fetch("10.1/x", Fields())
    assert answer.status == "failed" and "malformed" in answer.message


def test_wrong_content_type_and_oversized_bodies_are_refused(httpserver, config):
    httpserver.expect_request("/works/10.1/html").respond_with_data("<html></html>", content_type="text/html")
    httpserver.expect_request("/works/10.1/big").respond_with_data("{" + " " * 5000 + "}", content_type="application/json")
    small = config.model_copy(update={"max_bytes": 1000})
    client = HttpClient(small)
    assert client.get(f"{small.crossref_url}/works/10.1/html", "application/json", ("application/json",)).status == "bad-content-type"
    assert client.get(f"{small.crossref_url}/works/10.1/big", "application/json", ("application/json",)).status == "too-large"


def search_fields(title: str) -> Fields:
    return Fields(type="chapter", title=title, authors=[Author(family="Moore", given="J. C.")], date="2018",
                  container="Oxford Bibliographies in Ecology")


def test_bibliographic_search_accepts_a_validated_hit_only(httpserver, base, config):
    rec = cassette("works_query")[0]  # two hits: "Communicating Ecology" (no author), "Ecosystem Ecology" (Moore 2018)
    httpserver.expect_request("/works").respond_with_handler(lambda r: rec.response(base))
    search = CrossrefSearch(config, HttpClient(config))
    good = search_fields("Ecosystem ecology")
    accepted = search.fetch(search.query_for(good), good)
    assert accepted.status == "found" and accepted.fields.doi == "10.1093/obo/9780199830060-0202"
    assert httpserver.log[0][0].args["query.bibliographic"].startswith("Moore 2018 Ecosystem ecology")
    wrong = search_fields("Soil ecology")  # same author and year, another title
    rejected = search.fetch(search.query_for(wrong), wrong)
    assert rejected.status == "not-found" and rejected.candidate is not None
    assert "titles differ" in rejected.message
    assert accepted.confidence == 1.0 and rejected.confidence == 0.621  # title similarity 62, the rest agrees
    vague = search_fields("Soil carbon dynamics under grazing")  # a long query the hits score weakly for
    assert "weak" in search.fetch(search.query_for(vague), vague).message


def test_search_is_not_tried_for_works_with_identifiers_or_without_authors(config):
    search = CrossrefSearch(config, HttpClient(config))
    assert search.query_for(search_fields("X").model_copy(update={"doi": "10.1/x"})) is None
    assert search.query_for(search_fields("X").model_copy(update={"authors": []})) is None
    assert search.query_for(search_fields("X").model_copy(update={"type": "webpage"})) is None


def test_un_symbols_need_no_network(config):
    un = UnSymbol(config.model_copy(update={"offline": True}), HttpClient(config))
    cache = Cache(None)
    council = lookup(un, "S/2023/370", Fields(), cache).fields
    assert council.report_number == "S/2023/370" and council.url == "https://undocs.org/S/2023/370"
    assert council.institution == "United Nations Security Council" and council.type == "report"
    assert lookup(un, "A/HRC/52/1", Fields(), cache).fields.institution == "Human Rights Council"
    assert lookup(un, "A/77/123", Fields(), cache).fields.institution == "United Nations General Assembly"
    assert lookup(un, "E/2023/5", Fields(), cache).fields.institution == "Economic and Social Council"
    assert lookup(un, "A/RES/64/292", Fields(), cache).fields.type == "misc"  # a resolution, not a report


def test_web_page_metadata(httpserver, config):
    from citekit.resolve.web import WebPage

    page = ('<html><head><meta name="citation_title" content="Water in the Sahel">'
            '<meta name="citation_author" content="Diallo, Awa"><meta name="citation_publication_date" '
            'content="2021/03/04"></head><body><p>Text</p></body></html>')
    httpserver.expect_request("/page").respond_with_data(page, content_type="text/html; charset=utf-8")
    web = WebPage(config, HttpClient(config))
    url = httpserver.url_for("/page")
    answer = web.fetch(web.query_for(Fields(url=url)), Fields(url=url))
    assert answer.status == "found" and answer.fields.title == "Water in the Sahel"
    assert answer.fields.authors[0].family == "Diallo" and answer.fields.date == "2021-03-04"
    assert web.query_for(Fields(url=url, doi="10.1/x")) is None  # DOIs go to Crossref


def test_merging_rules_provenance_and_conflicts():
    from citekit.models import Work
    from citekit.resolve.apply import apply_lookup
    from citekit.resolve.base import Lookup

    work = Work(key="k", fields=Fields(type="misc", title="Parsed title", date="2012", container="Own journal"),
                provenance={"title": "parsed", "date": "parsed", "container": "metadata"})
    problems = []
    web = Lookup(source="web", query="u", status="found", fields=Fields(title="Web title", publisher="P"))
    assert apply_lookup(work, web, problems)
    assert work.fields.title == "Parsed title" and work.fields.publisher == "P"  # web only fills gaps
    assert work.provenance["publisher"] == "web"
    doi = Lookup(source="crossref", query="d", status="found",
                 fields=Fields(type="article", title="Crossref title", date="2012-03-21", container="Other", volume="7"))
    apply_lookup(work, doi, problems)
    assert work.fields.title == "Crossref title" and work.provenance["title"] == "crossref"  # same DOI: replaced
    assert work.fields.date == "2012-03-21" and work.fields.type == "article"
    assert work.fields.container == "Own journal"  # a document's own metadata is never replaced
    assert any("container" in p.message and "(kept)" in p.message for p in problems)
    assert any("title" in p.message and "(replaced)" in p.message for p in problems)


def test_a_small_pdf_gives_its_document_information(httpserver, config):
    import io

    from pypdf import PdfWriter

    from citekit.resolve.web import WebPage

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.add_metadata({"/Title": "Annual Water Report 2022", "/Author": "River Basin Authority",
                         "/CreationDate": "D:20220315093000Z"})
    pdf = io.BytesIO()
    writer.write(pdf)
    httpserver.expect_request("/report.pdf").respond_with_data(pdf.getvalue(), content_type="application/pdf")
    httpserver.expect_request("/blank.pdf").respond_with_data(b"%PDF-1.4 not really", content_type="application/pdf")
    web = WebPage(config, HttpClient(config))
    url = httpserver.url_for("/report.pdf")
    answer = web.fetch(web.query_for(Fields(url=url)), Fields(url=url))
    assert answer.status == "found"
    assert (answer.fields.title, answer.fields.date) == ("Annual Water Report 2022", "2022-03-15")
    assert answer.fields.authors[0].literal == "River Basin Authority"
    broken = httpserver.url_for("/blank.pdf")
    assert web.fetch(broken, Fields(url=broken)).status == "not-found"
