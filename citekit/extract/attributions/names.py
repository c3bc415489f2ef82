"""Source names: acronyms, normal forms, person or organisation (one job: naming a source).

"U.N." = "UN" = "United Nations"; an acronym the text defines ("… Budget Responsibility (OBR)")
expands to its definition; "der spiegel" written in lower case takes the case the text
uses elsewhere; a short name ("the Carnegie Endowment") resolves to a longer one the text has
already used when all its words are in it.
"""

from __future__ import annotations

import re
from functools import cached_property

from citekit.extract.attributions.lexicon import (BODY_HEADS, HONORIFICS, INSTITUTION_HEADS, KNOWN_ACRONYMS, ORG_HEADS, OUTLET_DOMAIN,
                                                  OUTLET_COMPOUND_ENDS, OUTLET_HEADS, OUTLET_LEADING_HEADS, OUTLETS,
                                                  ROLE_WORDS)
from citekit.extract.normalize.fold import fold
from citekit.extract.normalize.names import ORG_ENDINGS, ORG_WORDS, parse_person
from citekit.models import Author

_PAREN_ACRO_RE = re.compile(r"\(([A-Z][A-Za-z&]{1,9})\)")
_WORDS_BEFORE_RE = re.compile(r"(?:[\w’'.-]+[ \t]+){1,12}$")
_HONORIFIC_RE = re.compile(r"^(?:" + "|".join(sorted(HONORIFICS, key=len, reverse=True)) + r")\.?\s+(?=[A-Z])", re.I)
_ACRONYM_RE = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z][A-Z0-9&]{1,9}$")
_SMALL = {"of", "for", "and", "on", "the", "in", "to", "de", "&", "at"}
_BUSINESS_HEADS = {"company", "firm", "operator", "group", "lender", "insurer", "manufacturer", "maker", "carrier",
                   "airline", "developer", "retailer", "supplier", "producer", "miner", "drugmaker", "utility", "vendor"}
_COMPANY_ENDINGS = {"holdings", "plc", "ltd", "limited", "inc", "corporation", "corp", "ag", "sa", "asa", "llc",
                    "partners", "pharma", "gmbh", "nv", "bv", "spa", "ab", "oyj",
                    # what a firm's name ends in and a person's does not: "Halloran Dynamics", "General Motors"
                    "dynamics", "technics", "systems", "motors", "airlines", "airways", "aerospace", "industries",
                    "foods", "pharmaceuticals", "therapeutics", "logistics", "securities", "advisory", "consulting",
                    "analytics", "technologies", "solutions", "shipping", "telecom", "communications", "insurance",
                    "electronics", "chemicals", "engineering", "construction", "airport", "railways", "mining",
                    "mutual", "assurance", "reinsurance", "capital", "terminals", "ports", "freight", "breweries",
                    "hotels", "stores", "software", "biotech", "devices", "networks", "ratings", "works",
                    "actuarial"} | ORG_ENDINGS  # ("Fitch Ratings", "Meridian Heavy Works", "Corbel Actuarial")
_PUBLIC_BODY = re.compile(r"(?:Ministry|Department|Office|Agency|Authority|Commission|Council|Directorate|Bureau|Board"
                          r"|Inspectorate|Secretariat)\b")
# What a document's title ends in and a person's name does not: "Summer Readiness Assessment"
_DOCUMENT_ENDINGS = {"assessment", "report", "review", "survey", "outlook", "analysis", "audit", "bulletin",
                     "briefing", "guidance", "guidelines", "memorandum", "statement", "study", "yearbook",
                     "evaluation", "investigation", "update", "summary", "index", "plan", "strategy", "factsheet",
                     "findings", "statistics", "estimates", "submission", "testimony", "directive", "dossier"}
# Words that describe any body of a text's country: "the state auditor", "the national regulator".
_GENERIC_MODIFIERS = {"state", "national", "public", "federal", "official", "independent", "government", "main",
                      "chief", "top", "own"}
_TIME_OPENER = re.compile(
    r"^(?:In|On|By|Since|During|Until|Last|This)\s+(?:early\s+|late\s+)?(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"(?:19|20)\d\d|week|month|year)(?:\s+(?:19|20)\d\d)?,?\s+(?:the\s+)?(?=[A-Z])")
# Offices written before a family name alone ("Governor Renn", "Generalsekretärin Vallin"): not
# a word that also begins a body's or an office's name ("General Motors", "Chief Constable").
_OFFICES = {"governor", "mayor", "minister", "commissioner", "president", "senator", "judge", "inspector",
            "director", "professor", "ambassador", "chancellor", "premier", "councillor", "secretary",
            "superintendent", "ombudsman", "auditor", "registrar", "prosecutor", "chairman", "chairwoman",
            # German offices, capitalised like every German noun
            "generalsekretär", "generalsekretärin", "ministerin", "präsident", "präsidentin", "bürgermeister",
            "bürgermeisterin", "direktor", "direktorin", "geschäftsführer", "geschäftsführerin", "sprecher",
            "sprecherin", "vorsitzende", "vorsitzender"}
_FAMILY_NAME = re.compile(r"[A-Z][a-zà-öø-ÿ’'-]+")
# Capitalised roles written before a person's name: "Deputy Governor", "Auditor-General", "Chief Executive".
_ROLE_TITLES = ROLE_WORDS | {"executive", "officer", "auditor", "attorney", "vice", "prime", "commissioner",
                             "inspector", "registrar", "ombudsman", "treasurer", "comptroller", "controller"} | _OFFICES


def _role_title(word: str) -> bool:
    """A capitalised role before a name: "Minister", "Auditor", and occupations by their ending
    ("Microbiologist", "Paediatrician", "Chemist")."""
    low = word.lower()
    return low in _ROLE_TITLES or low.endswith(("ologist", "ician", "ographer")) or len(low) >= 7 and low.endswith("ist")


def strip_honorific(name: str) -> tuple[str, bool]:
    """'Mr. Joe Lee' -> ('Joe Lee', True), 'Deputy Governor Noor Valtonen' -> ('Noor Valtonen',
    True), 'IMF Managing Director Ana Ruiz' -> ('Ana Ruiz', True), 'Governor Renn' -> ('Renn',
    True): a title or a capitalised role (after a body's acronym or a domain, "Transport
    Minister") before a name marks a person."""
    titled = _HONORIFIC_RE.match(name)
    if titled:
        name = name[titled.end():]
    words = name.split()
    if len(words) >= 3 and words[-1].strip(",") in POST_NOMINALS and all(w[:1].isupper() for w in words[:-1]):
        return " ".join(words[:-1]), True  # "Gareth Llewellyn MP"
    # "CAAT Director General Sabine Korhonen", "Transport Minister Matthias Oyelaran"
    first = n = 1 if len(words) > 3 and (is_acronym(words[0]) or words[1].lower() in _ROLE_TITLES) else 0
    while n < len(words) and all(_role_title(part) for part in words[n].split("-")):
        n += 1
    if n > first and 2 <= len(words) - n <= 4 and all(w[:1].isupper() for w in words[n:]):
        return " ".join(words[n:]), True
    if n == len(words) - 1 and n > first and words[n - 1].lower() in _OFFICES and _FAMILY_NAME.fullmatch(words[n]) \
            and words[n].lower() not in _COMPANY_ENDINGS:
        return words[n], True  # "Governor Renn", "Deputy Governor Varga": a family name after an office
    # "Transport and Infrastructure Minister Priya Santamaria", "Bank of England Governor Andrew
    # Bailey": a portfolio or a body, an office, then the name
    o = next((x for x in range(2, len(words) - 2) if words[x].lower() in _OFFICES), None)
    if o is not None and 2 <= len(words) - o - 1 <= 4 and all(w[:1].isupper() for w in words[o + 1:]) \
            and words[0][:1].isupper() and words[o - 1][:1].isupper() \
            and all(w[:1].isupper() or w in ("and", "&", "of", "for", "the") for w in words[:o]):
        return " ".join(words[o + 1:]), True
    # "Minister for Water and Infrastructure Anselm Reyvik", "U.S. Secretary of Energy Jennifer M. Granholm":
    # a role (after a country's or a body's acronym), its portfolio, then the name
    r = 1 if len(words) >= 6 and is_acronym(words[0].replace(".", "")) else 0
    size = 3 if len(words) >= 2 and re.fullmatch(r"[A-Z]\.", words[-2]) else 2  # (a middle initial)
    if len(words) >= r + 3 + size and words[r].lower() in _ROLE_TITLES and words[r + 1] in ("for", "of") \
            and all(w[:1].isupper() for w in words[-size:]) and words[-size - 1].lower() not in ("for", "of", "and", "the"):
        return " ".join(words[-size:]), True
    return name, bool(titled)


# Letters after a person's name: a member of a parliament, a senior lawyer, an honour, a doctorate
POST_NOMINALS = {"MP", "MEP", "MSP", "MLA", "TD", "QC", "KC", "OBE", "MBE", "CBE", "PhD"}


def is_acronym(word: str) -> bool:
    return bool(_ACRONYM_RE.match(word))


def defined_acronyms(text: str) -> dict[str, str]:
    """Acronyms a text defines: 'Long Name (LN)' -> {'LN': 'Long Name'} (initials matched
    backwards over the capitalised words, small words skipped, as in Schwartz & Hearst)."""
    found: dict[str, str] = {}
    for m in _PAREN_ACRO_RE.finditer(text):
        window = text[max(0, m.start() - 240) : m.start()]
        before = _WORDS_BEFORE_RE.search(window)  # up to 12 words right before the "("
        if not before:
            continue
        acro = m.group(1)
        words = before.group().split()
        letters = [c for c in acro if c.isalpha()]
        i, j = len(words) - 1, len(letters) - 1
        start, skipped = None, False
        while i >= 0 and j >= 0:
            w = words[i].strip("“”\"',")
            if w.lower() in _SMALL:
                i -= 1
                continue
            if w[:1].islower() and j < len(letters) - 1 and not skipped and w[:1].upper() != letters[j].upper():
                i, skipped = i - 1, True  # "Medicines and Healthcare products Agency (MHA)": one lower-case word inside
                continue
            if w[:1].upper() == letters[j].upper():
                j -= 1
                start = i
                i -= 1
                continue
            break
        if j < 0 and start is not None:  # ("The X Agency's (XA) report": the agency, not its possessive)
            found.setdefault(acro, re.sub(r"['’]s$", "", " ".join(_bare_word(w) for w in words[start:])))
    return found


def _bare_word(word: str) -> str:
    """A name's word without the quotes and commas around it; a plural possessive keeps its
    apostrophe ("Harbour Nurses' Association")."""
    bare = word.strip("“”\",").lstrip("'‘")
    return bare if re.search(r"s['’]$", bare) else bare.rstrip("'’")


_DEFINED_TERM = re.compile(r"\b(?P<name>[A-Z][\w'’&-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w'’&-]*)){1,8})\s*\("
                           r"(?:hereinafter\s+)?(?:the\s+)?[“\"‘']?(?P<term>[A-Z][a-z]+)[”\"’']?\)")


def defined_terms(text: str) -> dict[str, str]:
    """Short terms a text defines for a body, folded: "the Vastrian Maritime Safety Agency (the
    Agency)" -> {"agency": "Vastrian Maritime Safety Agency"}; the term is the name's last word."""
    found: dict[str, str] = {}
    for m in _DEFINED_TERM.finditer(text):
        name, term = m.group("name"), m.group("term")
        if name.split()[-1] == term:
            found.setdefault(fold(term), re.sub(r"^The\s+", "", name))
    return found


# A company's legal form at the end of an ``org_key``: "corbel actuarial llp", "tessaro medical systems ltd".
_LEGAL_FORM = re.compile(r"(?<=\w)(?: (?:llp|ltd|limited|plc|inc|llc|ag|asa|gmbh|nv|bv|oyj|spa|pty|sarl|srl))+$")


def without_legal_form(key: str) -> str:
    """An ``org_key`` without its legal form: a work of "Corbel Actuarial LLP" is one of "Corbel Actuarial"."""
    return _LEGAL_FORM.sub("", key)


def initials(name: str) -> str:
    """'Office for Clinical Value' -> 'OCV' (small words skipped, and lower-case words inside a
    capitalised name: 'Medicines and Healthcare products Agency' -> 'MHA'); '' for a one-word name."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in _SMALL | {"du", "des", "la", "le", "d"}]
    if sum(w[:1].isupper() for w in words) >= 2:
        words = [w for w in words if not w[:1].islower()]
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else ""


def expand(name: str, acronyms: dict[str, str]) -> str:
    """Acronyms to full names: a whole-name acronym, or a leading one ('UN Development Programme')."""
    name = " ".join(name.split()).strip(" ,;:")
    if name.endswith(".") and not re.search(r"(?:^|\s)(?:[A-Z]\.){2,}$", name):
        name = name.rstrip(".")
    m = re.search(r"\(([A-Z][A-Za-z&]{1,9})\)$", name)
    if m and m.group(1) in acronyms:  # "the X-mandated Long Name (LN)" -> "Long Name"
        return acronyms[m.group(1)]
    if name in acronyms:
        return acronyms[name]
    if name in KNOWN_ACRONYMS:
        return KNOWN_ACRONYMS[name]
    first, _, rest = name.partition(" ")
    if rest and first in KNOWN_ACRONYMS and rest[:1].isupper():
        return f"{KNOWN_ACRONYMS[first]} {rest}"
    if rest and first in acronyms and rest[:1].isupper():
        return f"{acronyms[first]} {rest}"
    return name


_OUTLET_DOMAIN_RE = re.compile(OUTLET_DOMAIN)


def is_outlet(name: str) -> bool:
    """A news outlet or wire service: 'Reuters', 'Al Jazeera', 'Toronto Star', 'CBC.ca'."""
    folded = " ".join(name.lower().replace("’", "'").split()).strip(" .,")
    if folded in OUTLETS or (folded.startswith("the ") and folded[4:] in OUTLETS):
        return True
    if _OUTLET_DOMAIN_RE.match(name.strip(" .,")):
        return True
    words = folded.split()
    if words and words[0].startswith("l'") and len(words[0]) > 2:
        words = [words[0][2:], *words[1:]]  # "L'Écho de la Vaudrine"
    if len(words) >= 2 and words[0] in _ARTICLES and words[1] in OUTLET_LEADING_HEADS:
        words = words[1:]  # "El Diario del Aveno"
    if len(words) >= 2 and words[0] in OUTLET_LEADING_HEADS and name.split()[-1][:1].isupper():
        return True
    if len(words) >= 2 and words[-1].endswith(OUTLET_COMPOUND_ENDS) and name.split()[-1][:1].isupper() \
            and not words[-1] in OUTLET_COMPOUND_ENDS:  # (a compound: "Grenskoerier", not Ms Blatt)
        return True
    return len(words) >= 2 and words[-1] in OUTLET_HEADS and name.split()[-1][:1].isupper()


JOURNAL_WORDS_RE = re.compile(
    r"\b(?:journal|review|quarterly|proceedings|annals|bulletin|transactions|letters|magazine|"
    r"studies|zeitschrift|revue|revista|вестник|журнал)\b",
    re.I,
)
_JOURNAL_FAMILIES = {"lancet", "nature", "science", "bmj", "jama", "plos", "pnas", "cell", "nejm", "elife"}


def is_journal(name: str) -> bool:
    """A scholarly periodical's name: 'Journal of Hydrology', 'The Lancet Planetary Health', 'Nature Climate Change'."""
    words = name.lower().split()
    words = words[1:] if words[:1] == ["the"] else words
    return bool(words) and name.split()[-1][:1].isupper() and (
        bool(JOURNAL_WORDS_RE.search(name)) or words[0] in _JOURNAL_FAMILIES)


_ARTICLES = {"el", "la", "le", "il", "lo", "o", "a", "l'", "de", "het", "der", "die", "das", "the"}
_NEWS_WORDS_RE = re.compile(r"(?i)\b(?:press|news|wire|media)\b")


def is_news_outlet(name: str) -> bool:
    """:func:`is_outlet`, but an "X Agency" only when it says it is a news one ("Northern Press
    Agency", not "Food Standards Agency")."""
    return is_outlet(name) and (name.split()[-1].lower() != "agency" or bool(_NEWS_WORDS_RE.search(name)))


def is_person_name(name: str) -> bool:
    """'Ingrid Solberg', 'Ibn Khaldun', 'al-Idrisi'; not 'Harbour Weekly', not 'Al Jazeera'."""
    words = name.split()
    if is_outlet(name):
        return False
    if not 1 <= len(words) <= 5 or any(is_acronym(w) for w in words):
        return False
    if any(w.lower().strip(".,") in ORG_WORDS or w.lower().strip(".,") in ORG_HEADS for w in words):
        return False
    if any(w.lower() in ("of", "for", "and", "the", "&", "on") for w in words):
        return False
    if len(words) >= 2 and words[-1].lower().strip(".,") in _COMPANY_ENDINGS | _DOCUMENT_ENDINGS:
        return False
    if len(words) == 1:
        return bool(re.match(r"^(?:al|el|ad|as|ash|at|bin|ibn|abu)-[A-Z]", words[0]))
    if words[0] in _FOREIGN_ARTICLES:
        return False  # "Der Standard", "Het Parool": a title with its article, never a person
    return parse_person(name) is not None


_FOREIGN_ARTICLES = {"Der", "Die", "Das", "Het", "Los", "Las"}  # (not "Le", "La", "El", "De": "Le Pen", "De Gaulle")


def person(name: str) -> Author:
    parsed = parse_person(name)
    if parsed is not None:
        return parsed
    return Author(family=name)


def author_for(name: str, as_person: bool) -> Author:
    return person(name) if as_person else Author(literal=name)


def key(name: str) -> str:
    """Comparison form of a source name ('The U.N.' -> 'united nations')."""
    folded = fold(expand(name, {}))
    return folded[4:] if folded.startswith("the ") else folded


def is_org_like(name: str) -> bool:
    words = name.split()
    return is_outlet(name) or any(is_acronym(w) for w in words) or any(
        w.lower() in ORG_WORDS or w.lower() in ORG_HEADS for w in words) or (
        len(words) >= 2 and words[-1].lower().strip(".,") in _COMPANY_ENDINGS)  # "Talvik Port Holdings"


def is_office(name: str) -> bool:
    """An office named without its holder ("Medical Officer" after "Chief", "General" …):
    capitalised words ending in a role."""
    words = name.split()
    return bool(words) and words[-1].lower() in ROLE_WORDS and all(w[:1].isupper() for w in words)


def is_role(word: str) -> bool:
    return word.lower() in ROLE_WORDS


def head_word(name: str) -> str:
    """The head word of a body's name: the last word before 'of'/'for' ('Endowment for Peace')."""
    words = fold(name).split()
    for i, w in enumerate(words):
        if w in ("of", "for", "on") and i:
            return words[i - 1]
    return words[-1] if words else ""


_POSSESSED = re.compile(r"\w[’']s\s")


def _same_complement(short: str, full: str) -> bool:
    """A short name with its own complement ("Ministry of Fisheries") shortens only a name that
    starts with it: not "Ministry of Maritime Affairs and Fisheries", another ministry."""
    words = fold(short).split()
    if not any(w in ("of", "for") for w in words[1:]):
        return True
    return fold(full).split()[:len(words)] == words


# Initialisms of bodies, as fold() writes them ("U.N." -> "u n"), and their full names.
_ORG_ALIASES = {"u n": "united nations", "un": "united nations", "unsc": "united nations security council",
                "u s": "united states", "us": "united states", "usa": "united states",
                "u k": "united kingdom", "uk": "united kingdom", "e u": "european union", "eu": "european union"}
_ALIAS_RE = re.compile(r"^(?:the )?(" + "|".join(sorted(map(re.escape, _ORG_ALIASES), key=len, reverse=True))
                       + r")(?= |$)")


def org_key(name: str | None) -> str:
    """Comparison form of a body's name: 'The U.N. Security Council' = 'UN Security Council' =
    'United Nations Security Council'."""
    folded = fold(name or "")
    folded = _ALIAS_RE.sub(lambda m: _ORG_ALIASES[m.group(1)], folded, count=1)
    return folded[4:] if folded.startswith("the ") else folded


_CAP_NAME = r"[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,4}"
_BODY_WORDS = "|".join(sorted(INSTITUTION_HEADS, key=len, reverse=True))
# "Equal Ground, a charity for migrant workers," / "Greyhook Labs, a Dublin-based threat intelligence firm."
_DESCRIBED_AFTER = re.compile(r"(?<![\w’'-])(" + _CAP_NAME + r"),[ \t]+(?:a|an|the)[ \t]+(?:(?!(?:of|for|at|in|the|a|an|with|to|on|by|and|from)\b)[\w-]+[ \t]+){0,4}?(?:"
                              + _BODY_WORDS + r")(?=[ \t]*(?:[,.;:)]|for\b|of\b|in\b|that\b|which\b|based\b|with\b"
                              r"|representing\b|working\b|run\b))")
# "the migrant workers' charity Equal Ground", "the security firm Greyhook Labs".
_DESCRIBED_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)[ \t]+(?:[a-z][\w’'-]*[ \t]+){0,3}(?:" + _BODY_WORDS + r")[ \t]+("
                               + _CAP_NAME + r")")


def described_bodies(text: str) -> set[str]:
    """Names the text itself describes as bodies (folded): 'X, a charity for …', 'the
    security firm X'.  Two capitalised words read as a person's name otherwise ('Equal Ground')."""
    found = {fold(m.group(1)) for m in _DESCRIBED_AFTER.finditer(text)}
    found |= {fold(m.group(1)) for m in _DESCRIBED_BEFORE.finditer(text)}
    return found


# Two or three capitalised words on one line, not the tail of a compound ("non-Arab Al-Qaeda")
# Words that open a sentence with a capital before a name, in English, French, Spanish, German, Italian, Dutch
# and Portuguese.
_CAPITALISED_SMALL = frozenset(
    "for in on at by with from to after before as like the a an für mit von nach bei laut seit wie der die das des dem "
    "den ein eine pour avec selon par chez le la les un une para con según por el los las una per secondo il lo gli "
    "voor volgens bij uit het een segundo com em do da os as um uma "
    # English clause openers and pronouns ("Whether Ardent can pay": Ardent, no one called Whether)
    "whether if when while although though because since unless until whereas despite but and or yet then now "
    "also however meanwhile this that these those its his her their our my we they he she it what which where why "
    "how does did can could would should has have had is are was were".split())
_NOUN_BEFORE = re.compile(r"(?:\b(?:des|der|dem|den|die|das|eines|einer|einem|am|im|vom|zum|zur|beim|ins|und)|\d)[ \t]+$")  # a German noun after its article
_FULL_NAME = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,5}(?![\w’'-])")


_BODY_IN_PLACE = re.compile(r"(?P<body>.+?)\s+in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?$")
_PERSON_OF = re.compile(r"(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,4})\s+(?P<prep>of|in)\s+(?:the\s+)?(?P<org>[A-Z].+)$")


_HEAD_OF_THE = re.compile(r"\b(?:[A-Z][\w’'-]*\s+){0,2}(?:Office|Ministry|Department|Commission|Court|Bank|Council|Board"
                         r"|Authority|Agency|Committee|Institute|Chamber|Secretariat|Tribunal|Inspectorate)\s+(?:of|for)"
                         r"\s+the\s+[A-Z][\w’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'-]*)*")


class Names:
    """The names a document has used so far, for short forms and lower-case spellings."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.acronyms = defined_acronyms(text)
        self.full: list[str] = []  # canonical names in order of first use
        self.persons: dict[str, str] = {}  # family-name key -> full person name
        self.spellings: dict[str, str] = {}  # folded -> capitalised spelling in the text
        # "Office of the Auditor-General", "Central Bank of the Republic of X": not "Central Bank"
        of_the = {m.start(): m.end() for m in _HEAD_OF_THE.finditer(text)}
        for start, end in of_the.items():
            self.spellings.setdefault(fold(text[start:end]), text[start:end])
        for m in re.finditer(r"\b[A-Z][\w’'-]*(?:\s+(?:of\s+|for\s+|the\s+|and\s+)?[A-Z][\w’'-]*)+", text):
            if of_the.get(m.start(), 0) >= m.end():
                continue
            spelling = _TIME_OPENER.sub("", m.group())  # "In January the Pensions Council": the council
            self.spellings.setdefault(fold(spelling), spelling)
            if "\n" in spelling:  # a name ending a line ("Defendant: X Union of Y\n\nIt requires"): each line's part
                for part in re.split(r"\s*\n\s*", spelling):
                    if len(part.split()) >= 2:
                        self.spellings.setdefault(fold(part), part)
        self.orgs = described_bodies(text)
        self.defined = defined_terms(text)

    @cached_property
    def org_spellings(self) -> list[str]:
        """The text's capitalised names that read as bodies, on one line, not another's possessed one."""
        return [spelling for spelling in self.spellings.values()
                if is_org_like(spelling) and "\n" not in spelling and not _POSSESSED.search(spelling)]

    @cached_property
    def named_persons(self) -> dict[str, str]:
        """Family-name key -> the full name of each person the text names ("Tomas Brede"), cited or
        not; a family name two people share is left out."""
        found: dict[str, set[str]] = {}
        for m in _FULL_NAME.finditer(self.text):
            if _NOUN_BEFORE.search(self.text, max(0, m.start() - 12), m.start()):
                continue  # "des Softwareherstellers Medaxis", "1,3 Terabyte Daten": nouns, no one's name
            words = m.group().split()
            while words and words[0].lower() in _CAPITALISED_SMALL:
                words = words[1:]  # "For Anneliese Brunner", "Für Anneliese Brunner": the name after it
            role = max((i for i, w in enumerate(words[:-2]) if w.lower() in _ROLE_TITLES), default=None)
            if role is not None:
                words = words[role + 1:]  # "Kestrian Infrastructure Minister Beatriz Valadares": the name after the title
            spelling = strip_honorific(" ".join(words))[0]  # "Ms Ekwueme" is Rosalind Ekwueme, not another Ekwueme
            if len(spelling.split()) < 2 or all(w.lower() in _ROLE_TITLES for w in spelling.split()):
                continue
            if fold(spelling) not in self.orgs and is_person_name(spelling):
                found.setdefault(fold(person(spelling).family or ""), set()).add(spelling)
        for spellings in found.values():  # "Judge Castellanos" is Miriam Castellanos when the text names her
            titled = {s for s in spellings if s.split()[0].lower() in _ROLE_TITLES}
            if titled and len(spellings) > len(titled):
                spellings -= titled
        return {k: next(iter(v)) for k, v in found.items() if k and len(v) == 1}

    def described(self, words: list[str]) -> str | None:
        """The one body of the text that lower-case words describe: "the finance ministry" (the
        Ministry of Finance), "the central bank" (the Central Bank of X, else the Bank of X), "the
        regulator" (the X Regulatory Authority); two candidates, or none: None."""
        k = set(fold(" ".join(words)).split())
        stems = {w[:6] for w in k - _GENERIC_MODIFIERS}
        for known in (self.full, self.org_spellings):
            names = {re.sub(r"^(?:[A-Z][a-z]*\s+)?[Tt]he\s+", "", full) for full in known}
            found = {n for n in names if len(n.split()) >= 2 and len(k) >= 2 and k <= set(fold(n).split())}
            if not found and stems and len(k) >= 2:  # "energy regulator": the Energy and Utilities Regulation Authority
                found = {n for n in names if len(n.split()) >= 2
                         and stems <= {w[:6] for w in fold(n.replace("-", " ")).split()}}
            if not found and k == {"central", "bank"}:
                found = {n for n in names if re.match(r"(?:National\s+)?Bank of [A-Z]", n)}
            if not found and k & _BUSINESS_HEADS:  # "the company": the text's one X Holdings, X plc, X Pharma ASA
                found = {n for n in names if n.split()[-1].lower().strip(".,") in _COMPANY_ENDINGS
                         and not _PUBLIC_BODY.match(n)}  # (not the "Ministry of Trade and Industries")
            if not found and k & {"regulator", "watchdog", "supervisor"}:
                found = {n for n in names if re.search(r"\b(?:Regulat|Supervis)\w*\s+(?:Authority|Agency|Commission|Office|Board)\b", n)}
                if not found:  # "the regulator": the National Structures Safety Authority, the text's one authority
                    found = {n for n in names if re.search(r"\s(?:Authority|Inspectorate)$", n)}
            found = {n for n in found if not any(o != n and o.startswith(n + " ") for o in found)}
            if found:  # ("Halvorsen Pharma" is "Halvorsen Pharma ASA")
                return found.pop() if len(found) == 1 else None
        return None

    def by_head(self, head: str) -> str | None:
        """The one body whose name has the head word ``head`` ("the Fund": "the International
        Monetary Fund"; "the ministry"): among the names cited so far, else the text's names;
        two of that head, or none: None.  A text that defines its term ("the Vastrian Maritime
        Safety Agency (the Agency)") means that body, whatever others it names."""
        if (defined := self.defined.get(fold(head))) is not None:
            return defined
        k = set(fold(head).split())
        # a spelling across lines is a heading run into the text; "Dorland's Ministry of X" is
        # another country's or body's, not the one a bare "the ministry" means
        for known in (self.full, self.org_spellings):
            bare = {re.sub(r"^(?:[A-Z][a-z]*\s+)?[Tt]he\s+", "", full) for full in known}  # "As the Fund"
            heads = {full for full in bare if len(full.split()) >= 2 and k < set(fold(full).split())
                     and head_word(full) == fold(head)}
            if heads:
                return heads.pop() if len(heads) == 1 else None
        return None

    def canonical(self, raw: str, person_hint: bool = False, article: bool = False) -> tuple[str, bool]:
        """(canonical name, is a person) for a raw source name from the text; ``article``: the
        text writes "the" before it, which people do not take ("the Red Cross")."""
        if raw.islower() and (raw.upper() in KNOWN_ACRONYMS or raw.upper() in self.acronyms):
            raw = raw.upper()  # "unicef"
        name = expand(raw, self.acronyms)
        name = re.sub(r"^(?:\S+-based\s+)+", "", name)  # "Oslo-based Nordic Institute"
        name = _TIME_OPENER.sub("", name)  # "In January the Pensions Advisory Council"
        if (of := _PERSON_OF.match(name)) and (of.group("prep") == "in" or is_org_like(of.group("org"))) \
                and not is_org_like(of.group("who")) and is_person_name(strip_honorific(of.group("who"))[0]):
            name = of.group("who")  # "Health Minister Carmen Ortiz of the Ministry of Health", "Anna Berg in the Review"
        elif (at := _BODY_IN_PLACE.match(name)) and is_org_like(at.group("body")):
            name = at.group("body")  # "the Bank of England in London": the bank
        stripped, titled = strip_honorific(name)
        if titled and (is_office(stripped) or fold(name.split()[-1]) in BODY_HEADS):
            titled = False  # "the Chief Medical Officer": an office, no honorific before a name; "the
            # Comptroller General's Office": a body
        else:
            name = stripped
        person_hint = person_hint or titled
        if name.islower() and fold(name) in self.spellings:
            name = self.spellings[fold(name)]
        if name.lower().startswith("the "):
            name, article = name[4:], True
        words = name.split()
        k = set(fold(name).split())
        for full in reversed(self.full):  # "Carnegie Endowment" -> "Carnegie Endowment for Peace"
            if k and k < set(fold(full).split()) and head_word(name) == head_word(full) and (len(k) >= 2 or is_acronym(name)) \
                    and _same_complement(name, full):
                return full, False
        if article and len(words) == 1 and not is_acronym(name) and (name[:1].isupper() or name.islower()):
            if full := self.by_head(name):
                return full, False
        as_person = person_hint or (not article and is_person_name(name) and fold(name) not in self.orgs)
        if as_person:
            family = person(name).family or name
            k = fold(family)
            if len(words) == 1 and k in self.persons:
                return self.persons[k], True
            if len(words) == 1 and k in self.named_persons:  # "Ms Ekwueme told" after "Rosalind Ekwueme, Chief Executive"
                name = self.named_persons[k]
            self.persons.setdefault(k, name)
            return name, True
        if len(words) == 1 and fold(name) in self.persons:
            return self.persons[fold(name)], True
        if len(words) == 1 and not article and not is_acronym(name) and fold(name) in self.named_persons:
            return self.named_persons[fold(name)], True  # "said Brede, 63," after "Tomas Brede has fished …"
        if name not in self.full:
            self.full.append(name)
        return name, False
