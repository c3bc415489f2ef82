"""Identifier finders: DOI, URL, ISBN, arXiv, UN symbols; identity forms of DOIs and URLs."""

from __future__ import annotations

import pytest

from citekit.extract.identifiers import (
    Identifier,
    bare_doi,
    find_identifiers,
    is_valid_isbn,
    isbn13,
    normalize_doi,
    normalize_url,
)


def kinds(text: str) -> list[tuple[str, str]]:
    return [(i.kind, i.value) for i in find_identifiers(text)]


def one(text: str, kind: str) -> Identifier:
    found = [i for i in find_identifiers(text) if i.kind == kind]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text,value", [
    ("see 10.1038/nature14539.", "10.1038/nature14539"),
    ("doi:10.1000/xyz123,", "10.1000/xyz123"),
    ("DOI: 10.37540/njips.v7i1.162;", "10.37540/njips.v7i1.162"),
    ("https://doi.org/10.1016/S0140-6736(20)30183-5.", "10.1016/S0140-6736(20)30183-5"),
    ("(http://dx.doi.org/10.1017/S0003055403000534)", "10.1017/S0003055403000534"),
    ("<http://doi.org/10.37540/njips.v7i1.162>", "10.37540/njips.v7i1.162"),
    ("https://doi.org/10.1002/%28SICI%291097-4571", "10.1002/(SICI)1097-4571"),
])
def test_doi_forms(text, value):
    d = one(text, "doi")
    assert d.value == value
    assert not [i for i in find_identifiers(text) if i.kind == "url"]  # a DOI URL is reported once, as a DOI


def test_doi_span_covers_label_and_url():
    text = "x doi: 10.1000/abc. y"
    d = one(text, "doi")
    assert text[d.start:d.end] == "doi: 10.1000/abc"
    text = "x <https://doi.org/10.1000/abc> y"
    d = one(text, "doi")
    assert text[d.start:d.end] == "https://doi.org/10.1000/abc"


def test_normalize_doi():
    assert normalize_doi("https://doi.org/10.1016/S0140-6736(20)30183-5") == "10.1016/s0140-6736(20)30183-5"
    assert normalize_doi("DOI: 10.1000/ABC.") == normalize_doi("doi:10.1000/abc")
    assert normalize_doi("not a doi") is None
    assert bare_doi("https://dx.doi.org/10.1000/ABC") == "10.1000/ABC"


@pytest.mark.parametrize("text,value", [
    ("at <https://afghanistan.un.org/en/227956-2022-un-afghanistan-annual-results-report>",
     "https://afghanistan.un.org/en/227956-2022-un-afghanistan-annual-results-report"),
    ("<https://tolonews.com/afghanistan/%E2%80%9CAl-qaeda-leader%E2%80%9D-killed-helmand-nds>",
     "https://tolonews.com/afghanistan/%E2%80%9CAl-qaeda-leader%E2%80%9D-killed-helmand-nds"),
    ("https://documents-dds-ny.un.org/doc/UNDOC/GEN/N22/333/77/PDF/N2233377.pdf?OpenElement.",
     "https://documents-dds-ny.un.org/doc/UNDOC/GEN/N22/333/77/PDF/N2233377.pdf?OpenElement"),
    ("www.bbc.com/news/world-south-asia-12011352.", "www.bbc.com/news/world-south-asia-12011352"),
    ("(see https://en.wikipedia.org/wiki/Foo_(bar)).", "https://en.wikipedia.org/wiki/Foo_(bar)"),
    ("(https://example.org/page)", "https://example.org/page"),
    ("https://example.com/search?q=a+b&lang=en;", "https://example.com/search?q=a+b&lang=en"),
])
def test_url_forms(text, value):
    assert one(text, "url").value == value


def test_url_wrapped_across_lines():
    text = ("https://www.longwarjournal.org/archives/2023/06/afghan-taliban-and-al-qaeda-aiding-pakistani-\n"
            "talibans-insurgency.php next")
    u = one(text, "url")
    assert u.value.endswith("pakistani-talibans-insurgency.php") and "\n" in text[u.start:u.end]
    text = "https://example.org/path/\nsub/page.html"
    assert one(text, "url").value == "https://example.org/path/sub/page.html"
    text = "https://example.org/a/\nRetrieved yesterday"
    assert one(text, "url").value == "https://example.org/a/"


def test_url_in_angle_brackets_with_a_break():
    text = "<https://example.org/a-very-long-\npath/file.pdf>"
    assert one(text, "url").value == "https://example.org/a-very-long-path/file.pdf"


def test_normalize_url_identity_form():
    a = normalize_url("HTTPS://WWW.Example.COM:443/Path/%7Euser/?utm_source=x&id=5#frag")
    assert a == "https://example.com/Path/~user?id=5"
    assert normalize_url("http://example.com/") == normalize_url("http://www.example.com")
    assert normalize_url("https://x.org/a%E2%80%9C") == "https://x.org/a%E2%80%9C"  # non-ASCII stays encoded
    assert normalize_url("https://x.org/Case") != normalize_url("https://x.org/case")
    assert normalize_url("http://x.org:8080/a") == "http://x.org:8080/a"


@pytest.mark.parametrize("text,value", [
    ("ISBN 978-0-201-89683-1", "9780201896831"),
    ("ISBN-10: 0-201-89683-4", "0201896834"),
    ("isbn 978 0 201 89683 1.", "9780201896831"),
    ("Addison-Wesley, 0-201-89683-4.", "0201896834"),
    ("ISBN: 0-8044-2957-X", "080442957X"),
])
def test_isbn_valid(text, value):
    assert one(text, "isbn").value == value


@pytest.mark.parametrize("text", ["ISBN 978-0-201-89683-2", "0-201-89683-5", "pp. 1234-5678", "tel. 555-123-4567"])
def test_isbn_invalid_or_not_an_isbn(text):
    assert not [i for i in find_identifiers(text) if i.kind == "isbn"]


def test_isbn_helpers():
    assert is_valid_isbn("0-201-89683-4") and not is_valid_isbn("0-201-89683-5")
    assert isbn13("0-201-89683-4") == "9780201896831"


@pytest.mark.parametrize("text,value", [
    ("arXiv:2101.00001v2", "2101.00001v2"),
    ("arXiv preprint arXiv:1706.03762, 2017", "1706.03762"),
    ("arXiv:hep-th/9901001", "hep-th/9901001"),
    ("Kingma DP, Ba J. arXiv:1412.6980. 2014.", "1412.6980"),
])
def test_arxiv(text, value):
    assert one(text, "arxiv").value == value


def test_arxiv_url_is_url_and_arxiv():
    found = kinds("https://arxiv.org/abs/1706.03762v5")
    assert ("url", "https://arxiv.org/abs/1706.03762v5") in found and ("arxiv", "1706.03762v5") in found


@pytest.mark.parametrize("text,value", [
    ("the report S/2023/370 says", "S/2023/370"),
    ("A/RES/75/1,", "A/RES/75/1"),
    ("A/HRC/52/L.1.", "A/HRC/52/L.1"),
    ("S/RES/2611 (2021)", "S/RES/2611"),
    ("E/CN.4/2005/L.10", "E/CN.4/2005/L.10"),
    ("(S/2023/549)", "S/2023/549"),
    ("S/PV.9362.", "S/PV.9362"),
    ("ST/SGB/2003/13", "ST/SGB/2003/13"),
])
def test_un_symbols(text, value):
    assert one(text, "un_symbol").value == value


def test_un_symbol_resolution_span_includes_year():
    text = "S/RES/2611 (2021) concerning"
    s = one(text, "un_symbol")
    assert text[s.start:s.end] == "S/RES/2611 (2021)"


@pytest.mark.parametrize("text", ["on 12/05/2023", "a 1/2 share", "A/B testing", "and/or", "S/N", "resolution 2611 (2021)",
                                  "https://undocs.org/S/2023/370"])
def test_not_un_symbols(text):
    assert not [i for i in find_identifiers(text) if i.kind == "un_symbol"]


def test_results_are_ordered_frozen_with_spans():
    text = "doi:10.1000/a and https://example.org/x and S/2023/370"
    found = find_identifiers(text)
    assert [i.kind for i in found] == ["doi", "url", "un_symbol"]
    assert all(text[i.start:i.end] for i in found)
    with pytest.raises(Exception):
        found[0].value = "x"  # frozen
