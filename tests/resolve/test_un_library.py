"""UN document symbols online: the UN Digital Library's MARCXML record, from a local server."""

from __future__ import annotations

from werkzeug import Request, Response

from citekit.models import Fields
from citekit.resolve.base import lookup
from citekit.resolve.cache import Cache
from citekit.resolve.http import HttpClient
from citekit.resolve.un import UnLibrary
from tests.resolve.undl import S_2023_370, S_2023_370_TITLE, collection, marcxml, record


def test_symbol_record_gives_title_and_date(httpserver, config):
    seen: list[Request] = []

    def handler(request: Request) -> Response:
        seen.append(request)
        return marcxml(S_2023_370)

    httpserver.expect_request("/search").respond_with_handler(handler)
    un = UnLibrary(config, HttpClient(config))
    answer = un.fetch(un.query_for(Fields(un_symbol="S/2023/370")), Fields())
    assert answer.status == "found", answer.message
    assert answer.fields.title == S_2023_370_TITLE and answer.fields.date == "2023-06-01"
    args = seen[0].args
    assert args["p"] == '191__a:"S/2023/370"' and args["of"] == "xm"
    assert "mailto:tests@example.org" in seen[0].headers["User-Agent"]


def test_only_the_record_with_that_symbol_counts(httpserver, config):
    """A search can return neighbours (a corrigendum, another year); the symbol must match."""
    other = record("S/2023/370/Corr.1", "Corrigendum", "2023-07-02", recid="4015000")
    sub = record("A/HRC/52/1", "Report of the Human Rights Council", "2023-02-27",
                 recid="4000001", subtitle="fifty-second session /")
    httpserver.expect_request("/search").respond_with_data(collection(other, sub), content_type="application/xml")
    un = UnLibrary(config, HttpClient(config))
    assert un.fetch("S/2023/370", Fields()).status == "not-found"
    hrc = un.fetch("A/HRC/52/1", Fields())
    assert hrc.fields.title == "Report of the Human Rights Council: fifty-second session"  # ISBD marks dropped
    assert hrc.fields.date == "2023-02-27"


def test_no_hits_and_malformed_answers(httpserver, config):
    httpserver.expect_request("/search").respond_with_data(collection(), content_type="text/xml")
    un = UnLibrary(config, HttpClient(config))
    assert un.fetch("S/1999/1", Fields()).status == "not-found"
    httpserver.clear()
    httpserver.expect_request("/search").respond_with_data("<collection><record>", content_type="text/xml")
    assert un.fetch("S/1999/1", Fields()).status == "failed"


def test_offline_the_library_is_not_asked(httpserver, config):
    offline = config.model_copy(update={"offline": True})
    un = UnLibrary(offline, HttpClient(offline))
    assert lookup(un, "S/2023/370", Fields(), Cache(None)).status == "offline"
    assert len(httpserver.log) == 0
