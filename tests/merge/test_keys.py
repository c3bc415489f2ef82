from citekit.merge.keys import assign_keys, base_key, suffixed
from citekit.models import Author, Fields, Work


def _w(title, family=None, date=None, literal=None, **kw):
    authors = [Author(family=family, given="A.")] if family else ([Author(literal=literal)] if literal else [])
    return Work(fields=Fields(title=title, authors=authors, date=date, **kw))


def test_base_key_forms():
    assert base_key(_w("Afghan Taliban and Al Qaeda", "Roggio", "2023-06-16")) == "roggio2023afghan"
    assert base_key(_w("The Question of Succession", "Harmouch", "2022")) == "harmouch2022question"
    assert base_key(_w("Annual report", literal="United Nations Security Council", date="2022")) == "unsc2022annual"
    assert base_key(_w("2022 UN Afghanistan Annual Results Report", date="2023", publisher="United Nations Afghanistan")) \
        == "unitednationsafghanistan2023un"
    assert base_key(_w(None, literal="Special Inspector General for Afghanistan Reconstruction")) == "sigar"
    assert base_key(_w("Overview", literal="OECD", date="2019")) == "oecd2019overview"
    assert base_key(_w("Global Report", literal="World Bank", date="2024")) == "worldbank2024global"
    assert base_key(_w(None, institution="private, London-based threat analysis firm", note="unpublished report")) \
        == "privateunpublished"
    assert base_key(_w("Über Ängste", "Ødegård", "2020")) == "odegard2020uber"
    assert base_key(_w("Letter to America", date="2002")) == "letter2002america"


def test_suffixes_and_pinning():
    assert suffixed("a2020b", {"a2020b"}) == "a2020ba"
    assert suffixed("x", {"x"} | {"x" + c for c in "abcdefghijklmnopqrstuvwxyz"}) == "xaa"
    works = [_w("Same title", "Smith", "2020", url="https://a.org/1"),
             _w("Same title", "Smith", "2020", url="https://a.org/2")]
    assign_keys(works, [["url:a.org/1"], ["url:a.org/2"]], {})
    assert sorted(w.key for w in works) == ["smith2020same", "smith2020samea"]
    # rebuild in the other order: pinned identities keep each work's key
    first, second = works
    again = [_w("Same title", "Smith", "2020"), _w("Same title", "Smith", "2020")]
    assign_keys(again, [["url:a.org/2"], ["url:a.org/1"]],
                {first.key: ["url:a.org/1"], second.key: ["url:a.org/2"]})
    assert [w.key for w in again] == [second.key, first.key]


def test_an_identity_two_pinned_works_shared_does_not_decide_which_keeps_its_key():
    pinned = {"agency2027active": ["url:x.org/alert", "fp:agency|2027|alert"], "agencyalert": ["url:x.org/alert", "fp:agency||list"]}
    for order in ((0, 1), (1, 0)):
        works = [_w("Alert", literal="Agency", date="2027"), _w("List", literal="Agency")]
        ids = [["url:x.org/alert", "fp:agency|2027|alert"], ["url:x.org/alert", "fp:agency||list"]]
        assign_keys([works[i] for i in order], [ids[i] for i in order], pinned)
        assert [w.key for w in works] == ["agency2027active", "agencyalert"]


def test_hyphenated_and_possessive_words_join():
    assert base_key(_w("Al-Qaeda Amidst the Second Regime", "Zahid", "2024")) == "zahid2024alqaeda"
    assert base_key(_w("The Taliban’s plan", "O’Donnell", "2024")) == "odonnell2024talibans"


def test_single_letters_are_not_significant():
    assert base_key(_w('IntelBrief: "I Can\'t Quit You Baby"', date="2021")) == "intelbrief2021cant"


def test_a_bare_link_is_keyed_by_site_and_path():
    work = Work(fields=Fields(url="https://www.ecdc.europa.eu/en/topics/cholera/monthly-data?utm_source=x"))
    assert base_key(work) == "ecdcmonthly"
