"""Small pure parts of the checker: the .bib edit, soft-404 phrases, links, durations, Retry-After."""

from __future__ import annotations

from datetime import timedelta

import pytest

from citekit.check.fix import add_field
from citekit.resolve.http import retry_after
from citekit.check.links import doi_of, read_links
from citekit.check.soft404 import not_found_page
from citekit.cli.check import parse_duration


def test_add_field_keeps_indentation_and_alignment():
    text = "@article{a,\n  author = {X},\n  url    = {http://e.org/a%20b},\n  year   = 2020\n}\n"
    assert add_field(text, "a", "url", "http://w/a") == (
        "@article{a,\n  author = {X},\n  url    = {http://e.org/a%20b},\n  archiveurl = {http://w/a},\n"
        "  year   = 2020\n}\n")


def test_add_field_after_a_last_field_without_comma_and_quoted_values():
    assert add_field('@misc{b, url = "http://x/{y}"}', "b", "url", "http://w/b") == \
        '@misc{b, url = "http://x/{y}",\n  archiveurl = {http://w/b}}'


def test_add_field_encodes_braces_so_the_entry_stays_balanced():
    assert add_field("@misc{a, url = {http://x/y}}", "a", "url", "http://w/x}y") == \
        "@misc{a, url = {http://x/y},\n  archiveurl = {http://w/x%7Dy}}"


def test_add_field_never_replaces_an_existing_archiveurl_or_touches_other_entries():
    text = "@misc{a, url={http://x}, archiveurl={mine}}\n@misc{ab, url={http://y}}\n"
    assert add_field(text, "a", "url", "http://w") is None
    assert add_field(text, "zz", "url", "http://w") is None
    assert add_field(text, "ab", "url", "http://w").startswith("@misc{a, url={http://x}, archiveurl={mine}}\n")


@pytest.mark.parametrize("title", ["404", "Error 404 - Not Found", "Page not found | The Site", "Not Found",
                                   "Page introuvable", "Página no encontrada", "Pagina non trovata",
                                   "Страница не найдена", "页面不存在", "ページが見つかりません"])
def test_not_found_titles(title):
    assert not_found_page(f"<html><head><title>{title}</title></head><body>x</body></html>")


@pytest.mark.parametrize("title", ["The article that was not found in time", "God does not exist, says author",
                                   "Drug no longer available in the UK", "Not found in translation"])
def test_headlines_are_not_soft_404s(title):
    assert not_found_page(f"<html><head><title>{title}</title></head><body><h1>{title}</h1>" + "text " * 800) is None


def test_doi_shapes():
    assert doi_of("https://doi.org/10.1000/xyz") == "10.1000/xyz"
    assert doi_of("http://dx.doi.org/10.1000/A.B") == "10.1000/A.B"
    assert doi_of("doi:10.1000/xyz") == "10.1000/xyz"
    assert doi_of("https://example.org/10.1000/xyz") is None


def test_links_grouped_by_target(tmp_path):
    path = tmp_path / "l.bib"
    path.write_text("@article{a, doi={10.1000/X}, url={https://doi.org/10.1000/x}}\n"
                    "@misc{b, url={http://e.org/p}, urldate={2020-02-03}}\n@misc{c, howpublished={\\url{http://e.org/p}}}\n"
                    "@misc{d, url={ftp://old.example/file}}\n", encoding="utf-8")
    links = {link.id: link for link in read_links([path])}
    assert set(links) == {"doi:10.1000/x", "http://e.org/p"}
    assert links["doi:10.1000/x"].keys == ["a"] and links["http://e.org/p"].keys == ["b", "c"]
    assert links["http://e.org/p"].uses[0].urldate == "2020-02-03"


def test_durations_and_retry_after():
    assert parse_duration("1d") == timedelta(days=1) and parse_duration("90s") == timedelta(seconds=90)
    with pytest.raises(ValueError):
        parse_duration("tomorrow")
    assert retry_after("120") == 120
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412480 - 60) == 60
    assert retry_after("soon") is None


def test_body_phrases_all_pass_the_cheap_prefilter():
    """soft404 runs BODY_RE only when a key occurs: every phrase must contain one."""
    from citekit.check.soft404 import _BODY_KEYS, not_found_page

    samples = ["Sorry, 404 - not found.", "Error 404", "Page not found", "The page you requested does not exist",
               "The page you are looking for can't be shown", "Page introuvable", "Seite nicht gefunden",
               "Página no encontrada", "Pagina non trovata", "Página não encontrada", "Страница не найдена", "页面不存在"]
    for text in samples:
        page = f"<html><head><title>Site</title></head><body><p>{text}</p></body></html>"
        assert not_found_page(page), text
        assert any(key in text.lower() for key in _BODY_KEYS), text
