"""Field comparison rules of the gold README."""

from __future__ import annotations

from citekit.evaluate import compare as cmp


def test_dates_agree_to_the_gold_precision():
    assert cmp.date_matches("2024", "2024-03-05")
    assert cmp.date_matches("2024-03", "2024-03-05")
    assert not cmp.date_matches("2024-03-22", "2024-03")
    assert not cmp.date_matches("2024-03-22", "2024-03-21")
    assert not cmp.date_matches("2024", None)
    assert not cmp.date_matches("2024", "20245")


def test_authors():
    assert cmp.authors_as_set(["O'Donnell, Lynne"], ["o'donnell, L."])
    assert not cmp.authors_as_set(["Zahid, Farhan"], ["Farhan Zahid"])
    readings = [[], ["United Nations Afghanistan"]]
    assert cmp.authors_in_order(readings, [])
    assert cmp.authors_in_order(readings, ["United Nations  Afghanistan"])
    assert not cmp.authors_in_order([["Roggio, B.", "Weiss, C."]], ["Weiss, C.", "Roggio, B."])


def test_pages_titles_containers_urls_dois():
    assert cmp.pages_equal("95--98", "95–98") and cmp.pages_equal("95--98", "95 - 98")
    assert not cmp.pages_equal("95--98", "95")
    assert cmp.titles_equal('"Al Qaeda Leader" Killed: NDS', "“Al-Qaeda leader” killed — NDS")
    assert not cmp.titles_equal("Al Qaeda Leader", "Al Qaeda Leaders")
    assert cmp.containers_match("Long War Journal", "FDD's Long War Journal")
    assert not cmp.containers_match("Long War Journal", "War on the Rocks")
    assert cmp.urls_equal("https://t.org/%E2%80%9CA%E2%80%9D", "https://t.org/“A”")
    assert not cmp.urls_equal("https://t.org/a", "https://t.org/a/")
    assert cmp.dois_equal("10.37540/njips.v7i1.162", "https://doi.org/10.37540/NJIPS.V7I1.162")


def test_generic_folding_and_sets():
    assert cmp.folded_equal("Foreign  Policy", "foreign policy")
    assert cmp.folded_equal(["Taliban", "Al-Qaeda"], ["al-qaeda", "taliban"])
    assert not cmp.folded_equal("x", None)
    assert cmp.sets_equal(["a", "b"], "B; a")


def test_source_names_token_set_ratio_70():
    assert cmp.names_match(["Fourteenth report of the Monitoring Team"],
                           ["A June 2023 UN report", "Fourteenth report of the Monitoring Team"])
    assert not cmp.names_match(["Long War Journal"], ["Foreign Policy"])
    assert not cmp.names_match([""], [""])


def test_isbns_and_editions_compare_by_value():
    from citekit.evaluate.compare import editions_equal, isbns_equal

    assert isbns_equal("978-0-521-86571-5", "9780521865715")
    assert not isbns_equal("978-0-521-86571-5", "9780521865716")
    assert editions_equal("2nd", "2") and editions_equal("Second", "2nd ed.")
    assert not editions_equal("2nd", "3") and not editions_equal("2nd", None)


def test_an_abbreviated_page_range_equals_the_range_written_out():
    assert cmp.pages_equal("211-24", "211--224") and cmp.pages_equal("301-9", "301–309")
    assert not cmp.pages_equal("211-24", "211--225") and not cmp.pages_equal("211-24", "211")


def test_a_document_number_with_or_without_its_printed_label_is_the_same_number():
    # a build keeps the label apart (BibTeX's type "NPHI Report", number "2035:4")
    assert cmp.numbers_equal("NPHI Report 2035:4", "2035:4") and cmp.numbers_equal("Policy Brief No. 11", "11")
    assert cmp.numbers_equal("SSJBC/TR/2034/2", "SSJBC/TR/2034/2")
    assert not cmp.numbers_equal("NPHI Report 2035:4", "2034:9") and not cmp.numbers_equal("Policy Brief No. 11", None)
