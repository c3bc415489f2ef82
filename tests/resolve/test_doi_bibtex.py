"""doi.org content negotiation falling back to BibTeX, and the BibTeX sanitiser."""

from __future__ import annotations

import pytest
from werkzeug import Request, Response

from citekit.models import Fields
from citekit.resolve.bibtex import sanitise, to_csl
from citekit.resolve.csl import to_fields
from citekit.resolve.doi import DoiNegotiation
from citekit.resolve.http import HttpClient
from tests.resolve.replay import DATA, cassette

ZUPAN = "10.1139/cjc-2022-0282"
SAHEL = "10.5555/sahel.2021.0042"
CSL = "application/vnd.citationstyles.csl+json"


def negotiating(base: str, csl_answer: Response, redirect, bibtex: bytes, accepts: list[str]):
    """doi.org as a handler: CSL-JSON requests get ``csl_answer``; BibTeX requests the recorded
    302 to the agency (or, when ``redirect`` is None, the BibTeX itself)."""

    def handler(request: Request) -> Response:
        accepts.append(request.headers["Accept"])
        if request.headers["Accept"] == CSL:
            return csl_answer
        if redirect is not None:
            return redirect.response(base)
        return Response(bibtex, headers={"Content-Type": "application/x-bibtex"})

    return handler


def test_406_for_csl_json_falls_back_to_the_recorded_bad_bibtex(httpserver, base, config):
    """The recorded doi.org 302 and Crossref's BibTeX with a leading space, ``month=Sept`` and
    an en dash in the pages (habanero's cn_bad_bibtex cassette)."""
    redirect, bibtex = cassette("cn_bad_bibtex")
    accepts: list[str] = []
    httpserver.expect_request(redirect.path).respond_with_handler(
        negotiating(base, Response("Not Acceptable", status=406), redirect, b"", accepts))
    httpserver.expect_request(f"/v1/works/{ZUPAN}/transform").respond_with_handler(lambda r: bibtex.response(base))
    answer = DoiNegotiation(config, HttpClient(config)).fetch(ZUPAN, Fields())
    assert answer.status == "found", answer.message
    assert accepts == [CSL, "application/x-bibtex"]
    f = answer.fields
    assert f.title == "Grid-based state space exploration for molecular binding"
    assert f.type == "article" and f.container == "Canadian Journal of Chemistry"
    assert f.date == "2023-09" and f.pages == "710--724" and f.volume == "101" and f.number == "9"
    assert [a.family for a in f.authors] == ["Zupan", "Heinz", "Keller"] and f.authors[2].given == "Bettina G."
    assert f.doi == ZUPAN and f.url is None  # the dx.doi.org link is the DOI, not a URL
    assert "from BibTeX" in answer.message


@pytest.mark.parametrize("csl_answer", [
    lambda: Response(b"", headers={"Content-Type": CSL}),                      # empty
    lambda: Response(b'{"title": "The Stru', headers={"Content-Type": CSL}),   # cut short
    lambda: Response(b"<html>no CSL here</html>", headers={"Content-Type": "text/html"}),
], ids=["empty", "invalid-json", "html"])
def test_unusable_csl_json_falls_back_to_sanitised_bibtex(httpserver, base, config, csl_answer):
    bibtex = (DATA / "cn_bibtex_sahel.bib").read_bytes()
    accepts: list[str] = []
    httpserver.expect_request(f"/{SAHEL}").respond_with_handler(
        negotiating(base, csl_answer(), None, bibtex, accepts))
    answer = DoiNegotiation(config, HttpClient(config)).fetch(SAHEL, Fields())
    assert answer.status == "found", answer.message
    f = answer.fields
    assert f.title == "Water & sanitation in Sahelian towns: the operators\u2019 view"  # entities, markup
    assert [a.family for a in f.authors] == ["Ou\u00e9draogo", "Diallo", "van der Berg"]  # LaTeX, particles
    assert f.date == "2021-06" and f.pages == "e0112--e0131" and f.container == "Water"
    assert accepts == [CSL, "application/x-bibtex"]


def test_unknown_doi_asks_no_bibtex(httpserver, base, config):
    rec = cassette("cn_unknown_doi")[0]
    httpserver.expect_request(rec.path).respond_with_handler(lambda r: rec.response(base))
    assert DoiNegotiation(config, HttpClient(config)).fetch("10.1126/foo", Fields()).status == "not-found"
    assert len(httpserver.log) == 1


def test_unreadable_bibtex_is_a_failed_lookup(httpserver, base, config):
    accepts: list[str] = []
    httpserver.expect_request(f"/{SAHEL}").respond_with_handler(
        negotiating(base, Response("", status=406), None, b"@article{x, title={never closes", accepts))
    answer = DoiNegotiation(config, HttpClient(config)).fetch(SAHEL, Fields())
    assert answer.status == "failed" and "unreadable BibTeX" in answer.message


def test_sanitiser_repairs_what_doi_org_gets_wrong():
    raw = ("  @misc{https://doi.org/10.5281/zenodo.1234, title={A}, author={{World Bank}},"
           " year={2019}, month=Sept., pages={3\u20139}}")
    clean = sanitise(raw)
    assert clean.startswith("@misc{doi,") and "month={9}" in clean and "pages={3--9}" in clean
    item = to_csl(raw)
    assert item["author"] == [{"literal": "World Bank"}] and item["issued"] == {"date-parts": [[2019, 9]]}
    assert to_fields(to_csl("@article{k, title={T}, year={2020}, month=Smarch}")).date == "2020"  # unknown: kept as text
    assert to_csl("not BibTeX at all") is None
