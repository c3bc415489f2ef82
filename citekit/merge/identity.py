"""What makes two records the same work: identifiers, and author + year + similar title."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from citekit.extract.attributions.names import org_key, without_legal_form
from citekit.extract.identifiers import normalize_doi, normalize_url
from citekit.extract.normalize.fold import fold
from citekit.models import Fields

_NUMBER_WORDS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
    "thirtieth fortieth fiftieth one two three four five six seven eight nine ten eleven twelve "
    "i ii iii iv v vi vii viii ix x xi xii xiii xiv xv part vol volume".split()
)
TITLE_THRESHOLD = 92
TITLE_SCORERS = (fuzz.token_sort_ratio, fuzz.ratio)  # title_ratio takes the best of them
TITLE_PREFIX = 20  # a title this long that starts another names the same work (with shorter, none)


def name_key(fields: Fields) -> str:
    """Folded family name of the first author, or the first organisation's name without its
    legal form (a titled work of "Corbel Actuarial LLP" is one of "Corbel Actuarial")."""
    people = fields.authors or fields.editors
    if not people:
        return ""
    return without_legal_form(org_key(people[0].literal)) if people[0].literal else fold(people[0].name_key)


def title_key(fields: Fields) -> str:
    return fold(fields.title or "")


_LONG_NUMBER_WORDS = tuple(sorted(w for w in _NUMBER_WORDS if len(w) >= 6))  # (sorted: one answer in any process)


@lru_cache(maxsize=65536)
def number_word(token: str) -> str | None:
    """The number word a title token is, allowing one typo in a long one ("Fouretenth",
    "Fourtenth", "Voulme"): a misspelt ordinal must not tell two copies of a report apart."""
    if token in _NUMBER_WORDS:
        return token
    if len(token) < 5 or not token.isalpha():
        return None
    return next((w for w in _LONG_NUMBER_WORDS if abs(len(w) - len(token)) <= 1 and OSA.distance(token, w) <= 1),
                None)


def _numbers(title: str) -> set[str]:
    """Tokens that tell editions and reports of a series apart: digits and ordinals."""
    return {t if t.isdigit() else word for t in title.split() if t.isdigit() or (word := number_word(t))}


def title_numbers(title: str) -> frozenset[str]:
    """:func:`_numbers` of a ``title_key`` but its years, which :func:`title_years` compares
    apart: "Monetary policy report: February 2027" and "Monetary Policy Report" (of February 2027)
    share their numbers (none), "Situation Report No. 4" and "No. 5" do not."""
    return frozenset(t for t in _numbers(title) if not _YEAR_TOKEN.match(t))


def title_years(title: str) -> frozenset[str]:
    """The years written in a ``title_key``: two titles that both give years must give the same."""
    return frozenset(t for t in title.split() if _YEAR_TOKEN.match(t))


_YEAR_TOKEN = re.compile(r"^(?:19|20)\d\d$")


def identity_keys(fields: Fields) -> list[str]:
    """Exact identities: two records sharing any of these are the same work."""
    keys = []
    if fields.doi and (doi := normalize_doi(fields.doi)):
        keys.append("doi:" + doi)
    if fields.un_symbol:
        keys.append("un:" + fields.un_symbol.upper().replace(" ", ""))
    if fields.isbn:
        keys.append("isbn:" + fields.isbn)
    if fields.arxiv:
        keys.append("arxiv:" + fields.arxiv.lower())
    if symbol := document_symbol(fields):
        keys.append("no:" + symbol)
    if fields.url and (url := normalize_url(fields.url)):
        url = url.split("://", 1)[-1]  # http and https name the same page
        if url.strip("/").count("/") >= 1:  # a page, not a site's home
            keys.append("url:" + url)
    if not keys and (source := source_key(fields)):
        keys.append(source)
    return keys


def document_symbol(fields: Fields) -> str | None:
    """A report's number when it is a symbol of its own ("ODPC/DEC/2027/006", "NISA-IR-2027-01"), or
    its UN symbol (a prose mention gives "S/2023/549" as its number, a reference as its UN symbol),
    not a bare "No. 9": upper-cased, without spaces."""
    number = fields.report_number or (fields.number if fields.type == "report" else None) or fields.un_symbol
    if number and _SYMBOL.fullmatch(number):
        return number.upper().replace(" ", "")
    return title_symbol(fields.title) if fields.title else None


def title_symbol(title: str) -> str | None:
    """The symbol a title gives its own document after its kind ("Technical Bulletin HSS-TB-2027-017:
    SentinelLock 4.2.2", "Pollution Incident Report PIR-2029-0117"): a dated symbol after capitalised
    words only, or in sentence case ("Interim report I-2034/02: …"), so not one the title refers to
    ("Comments on Notice PN-2027-041")."""
    m = _TITLE_SYMBOL.search(title)
    if m is None or _TITLE_SYMBOL.search(title, m.end()) is not None:
        return None
    before = title[:m.start()].split()
    kind = len(before) <= 5 and (not before or before[0][:1].isupper()) and all(
        w[:1].isupper() or w.isalpha() and w.islower() and w not in _LINKING_WORDS for w in before)
    return m.group().upper() if kind else None


_LINKING_WORDS = frozenset("of on to for about in at by with from and under regarding concerning re".split())


def is_personal_communication(fields: Fields) -> bool:
    """What people said (a personal communication, untitled): one source per person, whatever
    the day and the office given with it, as a person is cited ("X said" in May and in June)."""
    return fields.note == "personal communication" and not fields.title and bool(fields.authors) \
        and all(not a.literal for a in fields.authors)


def source_key(fields: Fields) -> str | None:
    """A work known by who made it, not by a title (prose attributions: "a June 2023 UN
    report", "the OBR said", an unnamed report described by its maker): type, bodies or people,
    institution, date and descriptive note must all agree; people's statements by who said them."""
    if fields.title:
        return None
    who = "+".join(org_key(a.literal) if a.literal else fold(a.display()) for a in fields.authors)
    if is_personal_communication(fields):
        return f"src:said|{who}"
    institution = org_key(fields.institution)
    if not (who or institution or fields.note):
        return None
    return f"src:{fields.type}|{who}|{institution}|{fields.date or ''}|{fold(fields.note or '')}"


def fingerprint(fields: Fields) -> str:
    """Author + year + title: the fuzzy identity, also used to pin citation keys."""
    return f"aty:{name_key(fields)}|{fields.year or ''}|{title_key(fields)}"


_SYMBOL = re.compile(r"[A-Za-z]{1,8}(?:\s?[/-]\s?[A-Za-z0-9.]+){2,}|[A-Z]{2,8}\s\d{4}\.\d{2,5}")  # or "NFAN 2027.0311"
# a symbol with a year in it: "HSS-TB-2027-017", "AG-2029/14", "S/2023/549" (not "SARS-CoV-2", "COVID-19")
_TITLE_SYMBOL = re.compile(r"(?<![\w/-])[A-Z][A-Za-z]{0,7}(?:[/-][A-Z][A-Za-z]{0,7})*[/-](?:19|20)\d\d"
                           r"(?:[/-][A-Za-z0-9.]*[A-Za-z0-9])+(?![\w/-])")
_TITLE_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


def edition_year(fields: Fields) -> str | None:
    """The year that tells two records apart: a title's own year when the record is dated that
    year or the next ("Annual Report 2025", published in January 2026), else the record's year."""
    year = fields.year
    if year and fields.title and (m := _TITLE_YEAR.search(fields.title)) and int(year) - int(m.group(1)) in (0, 1):
        return m.group(1)
    return year


def conflicts(a: Fields, b: Fields) -> bool:
    """True when two records cannot be the same work whatever else they share."""
    if is_personal_communication(a) and is_personal_communication(b):
        return False  # (who said them is their identity: ``source_key``)
    if a.doi and b.doi and (normalize_doi(a.doi) or a.doi) != (normalize_doi(b.doi) or b.doi):
        return True
    if a.un_symbol and b.un_symbol and a.un_symbol.upper() != b.un_symbol.upper():
        return True
    if (sa := document_symbol(a)) and (sb := document_symbol(b)):
        return sa != sb  # two numbered reports of one series; one symbol, one document however it is titled
    ya, yb = edition_year(a), edition_year(b)
    if ya and yb and ya != yb:
        return True
    if not (a.title and b.title) and a.date and b.date and len(a.date) >= 7 and len(b.date) >= 7 \
            and a.date[:7] != b.date[:7]:
        return True  # works known by maker and date: a June and a May report of one body differ
    ta, tb = title_key(a), title_key(b)
    if not (ta and tb):
        return False
    years_a, years_b = title_years(ta), title_years(tb)
    if title_numbers(ta) != title_numbers(tb) or bool(years_a and years_b and years_a != years_b):
        return True
    return not stages_agree(title_stages(ta), title_stages(tb))  # "…: Interim Report", "…: Final Report"


# What tells two stages of one piece of work apart: its interim and its final report are two works
STAGES = frozenset("interim final preliminary draft provisional progress initial revised supplementary".split())


def title_stages(title: str) -> frozenset[str]:
    """The stage words of a title key ("interim", "final", …)."""
    return STAGES.intersection(title.split())


def stages_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two titles' stages agree when one names no stage the other does not ("Interim Report"
    and "Report" may be one work; "Interim Report" and "Final Report" are not)."""
    return a <= b or b <= a


def similar(a: Fields, b: Fields) -> bool:
    """Same first author (or either without one), and titles that agree."""
    ta, tb = title_key(a), title_key(b)
    if not ta or not tb:
        return False
    return similar_keys(similarity_key(a), similarity_key(b))


SimilarityKey = tuple[str, str, "str | None", frozenset[str]]


def similarity_key(fields: Fields) -> SimilarityKey:
    """What :func:`similar_keys` compares: title_key, name_key, year and the bodies that issued the
    work (its institution and publisher), for a caller comparing each record many times."""
    makers = frozenset(org_key(n) for n in (fields.institution, fields.publisher) if n)
    return title_key(fields), name_key(fields), fields.year, makers


LONG_TITLE_WORDS = 7  # a title this long, word for word the same, names one work without authors or year


def similar_keys(a: SimilarityKey, b: SimilarityKey) -> bool:
    """:func:`similar` of two records given as :func:`similarity_key`.  A body named as one
    record's author and as the other's issuer is the same maker: "the Consumers' Association's
    briefing 'Nine Days in February'" and the briefing by two of its staff it published."""
    (ta, na, ya, ma), (tb, nb, yb, mb) = a, b
    if not ta or not tb:
        return False
    if na and nb and na != nb and fuzz.ratio(na, nb) < 90 and na not in mb and nb not in ma:
        return False
    if not (na and nb) and not (ya and yb):
        # without authors, a title alone needs a year to agree with; unless neither gives a year and the
        # title is long and the same ("PFAS dans la Saule : Vireloup renforce ses contrôles …", a
        # headline no other work has: an undated copy and a dated one of a series title stay apart)
        return not ya and not yb and ta == tb and len(ta.split()) >= LONG_TITLE_WORDS and not (ma and mb and not ma & mb)
    if title_ratio(ta, tb) >= TITLE_THRESHOLD:
        return True
    short, long_ = sorted((ta, tb), key=len)
    if len(short) >= TITLE_PREFIX:
        return long_.startswith(short)
    # a shorter one names it too with the same authors and year, when it is the other's first words
    # ("Forever in the tap?" and "Forever in the tap? PFAS and Norvane's …": its subtitle dropped)
    return bool(na) and na == nb and bool(ya) and ya == yb and len(short.split()) >= 3 and long_.startswith(short + " ")


def title_ratio(a: str, b: str) -> float:
    """How alike two title keys are: word order aside (token-sort ratio) or as written (a typo
    in a word that sorts elsewhere, "husehold" for "household", spoils the sorted comparison)."""
    return max(scorer(a, b) for scorer in TITLE_SCORERS)


def same_work(a: Fields, b: Fields) -> bool:
    if conflicts(a, b):
        return False
    if set(identity_keys(a)) & set(identity_keys(b)):
        return True
    return similar(a, b)
