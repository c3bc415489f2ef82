"""Personal and organisational names: author lists in APA, Chicago, MLA, Harvard, IEEE,
Vancouver and plain bylines -> :class:`~citekit.models.Author` lists."""

from __future__ import annotations

import re
from functools import lru_cache

from citekit.models import Author

from .titles import strip_markup

_UPPER = "".join(ch for ch in map(chr, range(0x41, 0x530)) if ch.isalpha() and ch.isupper())
U = "[" + re.escape(_UPPER) + "]"  # one upper-case letter (Latin, Greek, Cyrillic)
PARTICLES = {
    "van", "von", "der", "den", "de", "del", "della", "dei", "di", "da", "das", "dos", "du", "la", "le",
    "les", "lo", "ten", "ter", "te", "al", "el", "bin", "ibn", "bint", "ben", "zu", "zum", "vom", "d'", "st.",
}
_CAP_PARTICLES = {"Van", "Von", "De", "Del", "Della", "Di", "Da", "Du", "La", "Le", "Van't", "Ten", "Ter", "Al", "El", "Bin"}
SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "jnr", "snr", "jun.", "sen."}
_STOP = {
    "the", "a", "an", "of", "and", "in", "on", "for", "to", "with", "from", "by", "at", "how", "why", "what",
    "is", "are", "new", "report", "annual", "vol", "no", "pp", "ed", "eds", "proceedings", "journal",
    "review", "studies", "study", "analysis", "introduction", "handbook", "guide", "toward", "towards",
}
_INITIALS = re.compile(r"^(?:" + U + r"[a-zа-я]?\.(?:\s*[-–]\s*|\s+)?)+$|^" + U + r"{1,3}$|^(?:" + U + r"\.?-)+" + U + r"\.?$")
_WORD = re.compile(r"^(?:" + U + r"|(?:al|el|ad|as|ash|ibn|bin|d|l)[-’'])[\w'’.-]*$")
_ET_AL = re.compile(
    r"[,;]?\s*(?:\bet\.?\s*al\b\.?|\band (?:others|colleagues)\b|\bu\.\s*a\.|\bи др\.?|\bet coll\.?|…|\.\.\.)\s*$",
    re.I,
)
_SPLIT_SEMI = re.compile(r"\s*;\s*(?:and\s+|&\s*)?")
_SPLIT = re.compile(r"\s*,\s*(?:and|&|und|et|и)\s+|\s+(?:and|&|und|et|и)\s+|\s*,\s*|\s*&\s*|\s*…\s*")
_INVERTED_PAIR = re.compile(r"[^\s,]+,\s*(?:" + U + r"{1,3}\b|" + U + r"\.|" + U + r"[a-z]+)")
_DOC_WORDS = re.compile(
    r"\b(?:report|brief|briefing|resolution|declaration|statement|letter|strategy|guidelines?|handbook|"
    r"manual|assessment|update|overview|summary|analysis|survey|factsheet|plan|proceedings)\b", re.I)

ORG_WORDS = {
    "nations", "council", "center", "centre", "institute", "institution", "bank", "organization", "inspectorate",
    "regulator", "ombudsman", "inquiry",
    "organisation", "ministry", "agency", "department", "university", "universität", "université",
    "universidad", "università", "college", "school", "committee", "network", "project", "office",
    "commission", "group", "foundation", "association", "news", "times", "press", "society", "service",
    "services", "board", "bureau", "authority", "administration", "corporation", "company", "inc", "inc.",
    "ltd", "ltd.", "llc", "corp", "corp.", "gmbh", "secretariat", "assembly", "parliament", "congress",
    "senate", "government", "court", "tribunal", "mission", "programme", "program", "fund", "forum",
    "alliance", "coalition", "federation", "union", "league", "party", "trust", "initiative",
    "partnership", "team", "panel", "directorate", "command", "forces", "army", "navy", "police",
    "embassy", "observatory", "laboratory", "library", "museum", "hospital", "academy", "journal",
    "magazine", "post", "herald", "tribune", "gazette", "broadcasting", "radio", "television", "media",
    "monitor", "observer", "guardian", "telegraph", "international", "national", "federal", "european",
    "global", "world", "watch", "rights", "house", "affairs", "security", "research", "consortium",
    "secretary-general", "unit", "division", "staff", "dataset", "studies", "reuters", "associated",
    "republic", "kingdom", "state", "states", "ministère", "ministerio", "министерство", "bundesamt",
    "systems", "networks", "labs", "laboratories", "technologies", "solutions", "software", "industries", "partners",
    "consulting", "holdings", "pharmaceuticals", "plc", "llp", "database",
    # what companies call themselves ("Nordhaven Line", "Harlan Brede Engineers", "Ardent Minerals",
    # "Corvenna Rail Infrastructure", "Sonatek Structural Monitoring")
    "line", "lines", "airlines", "airways", "shipping", "logistics", "insurance", "mining", "minerals",
    "dynamics", "engineers", "engineering", "technics", "securities", "cooperative", "co-operative",
    "rail", "railway", "railways", "telecom", "utilities", "airport", "motors", "chemicals", "pharma",
    "foods", "infrastructure", "monitoring", "consultants", "consultancy", "chamber", "initiatives",
    # bodies in other languages ("Laboratório Nacional de Engenharia Estrutural", "Veldrechtse Raad
    # voor Spoorveiligheid", "Instituto Nacional de Estadística")
    "laboratório", "laboratorio", "laboratoire", "instituto", "institut", "istituto", "agência", "agencia",
    "agence", "agenzia", "comissão", "comisión", "commissione", "conselho", "consejo", "consiglio", "conseil",
    "raad", "ministério", "ministero", "ministerie", "nacional", "nazionale", "nationale", "nationaal",
    "tribunale", "autoridade", "autoridad", "autorità", "oficina", "dirección", "direção", "aguas", "águas",
}
# Words that end a utility's name, never a person's: "Aldra Valley Water", "Norrhaven Energi", "National
# Grid" (at the end only: "Water Resources Act" is no body, and not "Power", a family name)
ORG_ENDINGS = {"water", "energy", "energi", "energie", "energia", "gas", "grid", "electric", "electricity", "oil", "petroleum",
               "bahn", "action", "forensics", "analytics", "associates"}  # ("Deutsche Bahn", "Sallow Vale Clean Water Action")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.-]{1,9}$")


_SENTENCE = re.compile(r"[a-z]{2,}\.\s+[A-Z]")
_ORG_COMPOUND = re.compile(r"[a-zäöü](?:dienst|amt|behörde|verband|verein|stiftung|gesellschaft|institut|ministerium|"
                           r"anstalt|kammer|zentrum|kasse|gericht|direktion)$")
_BODY_DOC_WORDS = {"assessment", "analysis", "survey"}
# A body named for what it does: "Centre for Assessment Policy", "Office of Technology Assessment"
_BODY_FOR = re.compile(r"(?:The\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:Centre|Center|Institute|Office|Agency|Ministry|Department|"
                       r"Council|Commission|Foundation|Bureau|Authority|Board|Unit|Directorate|Service|Society|"
                       r"Association|Academy|University|College|Laboratory|Programme|Program)\s+(?:for|of|on)\s+"
                       r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*)*$")
_TITLE_CHARS = re.compile(r"[\"“”«»?!:]")
_BY = re.compile(r"^(?:by|von|par|por|edited by|eds?\.)\s+", re.I)
_FINAL_INITIAL = re.compile(r"(?:^|[\s.-])" + U + r"[a-z]?\.$")
_VANC_END = re.compile(r"\s(?:" + U + r"{1,3}|(?:" + U + r"\.\s?){1,3})$")


class AuthorList(list):
    """A list of Authors with what the parse learnt: ``et_al`` (list truncated), ``complete``
    (every part read as a name) and ``form`` (inverted, forward, vancouver, organisation, mixed)."""

    def __init__(self, items=(), et_al: bool = False, complete: bool = True, form: str = "forward"):
        super().__init__(items)
        self.et_al, self.complete, self.form = et_al, complete, form


@lru_cache(maxsize=8192)
def _is_initials(s: str) -> bool:
    s = s.strip()
    return bool(_INITIALS.match(s)) or (len(s) == 4 and s.isupper() and s.isalpha())


def _is_suffix(s: str) -> bool:
    return s.strip().lower() in SUFFIXES


@lru_cache(maxsize=8192)
def _name_word(w: str) -> bool:
    return bool(_WORD.match(w)) and w.lower().strip(".") not in _STOP and not any(c.isdigit() for c in w)


def _family_like(s: str) -> bool:
    """One surname, possibly with particles or two parts ('van der Berg', 'García Márquez')."""
    words = s.split()
    if not words or len(words) > 4 or _is_initials(s):
        return False
    core = _core(words)
    return 1 <= len(core) <= 2 and all(_name_word(w) for w in core)


def _core(words: list[str]) -> list[str]:
    """A surname's words but its particles; a capitalised particle alone is a surname ('Lo', 'Le')."""
    core = [w for w in words if w.lower() not in PARTICLES]
    return core or (words if len(words) == 1 and words[0][:1].isupper() else [])


def _core_len(s: str) -> int:
    return len(_core(s.split()))


def _given_like(s: str) -> bool:
    words = [w for w in s.replace(".", ". ").split() if w.lower() not in PARTICLES]
    return 1 <= len(words) <= 4 and all(_is_initials(w) or _name_word(w) for w in words)


def _dot_initials(s: str) -> str:
    """'JA' -> 'J. A.'; dotted initials are kept as written."""
    return " ".join(c + "." for c in s) if s.isupper() and "." not in s and len(s) <= 4 else s


def parse_person(text: str) -> Author | None:
    """One person: 'First Last', 'Last, First', 'A. B. Last', 'Last AB' (Vancouver); else None."""
    person = _parse_person(text)
    return _copy(person) if person else None


@lru_cache(maxsize=4096)
def _parse_person(text: str) -> Author | None:
    s = " ".join(strip_markup(text).split()).strip(" ,;")
    if not s:
        return None
    if "," in s:
        family, *rest = [p.strip() for p in s.split(",")]
        rest = [p for p in rest if p]
        suffix = [p for p in rest if _is_suffix(p)]
        given = " ".join(p for p in rest if not _is_suffix(p))
        gw = given.split()
        while gw and gw[-1].lower() in PARTICLES:  # 'Beethoven, Ludwig van'
            family = gw.pop() + " " + family
        given = " ".join(gw + suffix)
        if not _family_like(family.rstrip(".")) or (given and not _given_like(given.replace(",", ""))):
            return None
        return Author(family=family.rstrip("."), given=given or None)
    words = s.split()
    suffix = []
    while len(words) > 1 and _is_suffix(words[-1]):
        suffix.insert(0, words.pop())
    if len(words) == 1:
        w = words[0].rstrip(".")
        return Author(family=w) if _name_word(w) and not _is_initials(w) else None
    if _is_initials(words[-1]) and not _is_initials(words[0]) and len(words) <= 4:  # Vancouver
        family = " ".join(words[:-1])
        if _family_like(family):
            return Author(family=family, given=" ".join([_dot_initials(words[-1])] + suffix))
    if len(words) == 2 and words[0] in _CAP_PARTICLES and words[0] not in ("Al", "El", "Bin") and _name_word(words[1]):
        return Author(family=" ".join(words))  # "Van Aalst", "De Vries": a family name with its particle
    start = len(words) - 1
    for i in range(1, len(words) - 1):
        if words[i].lower() in PARTICLES or (words[i] in _CAP_PARTICLES and i < len(words) - 1):
            start = i
            break
    given, family = words[:start], words[start:]
    if len(given) > 4 or not all(_is_initials(w) or _name_word(w) for w in given):
        return None
    if not _name_word(family[-1].rstrip(".")) or _is_initials(family[-1]):
        return None
    return Author(family=" ".join(family).rstrip(",") , given=" ".join(given + suffix))


_NAME_SMALL_WORDS = {"of", "for", "and", "the", "on", "in", "&", "de", "du", "des", "la", "le", "van", "von", "der",
                     "plc", "ltd", "llp", "inc", "gmbh", "bv", "nv"}  # (and lower-case legal forms)


def capitalised_name(text: str) -> bool:
    """Words a name is written in: capitalised, or its small words ("Ministry of Energy and
    Infrastructure", "Corrin Lake Lines plc"); not a sentence ("The Bureau's report")."""
    words = text.replace("*", "").split()
    if not words or not words[0][:1].isupper():
        return False
    lower = [w for w in words if not (w[:1].isupper() or w.lower() in _NAME_SMALL_WORDS)]
    # one lower-case word inside a body's long name: "Kestrian Medicines and Healthcare products Agency"
    return not lower or len(lower) == 1 and len(words) >= 4 and words[-1][:1].isupper() \
        and words[-1].lower() in ORG_WORDS


@lru_cache(maxsize=4096)
def looks_like_organisation(text: str) -> bool:
    """True for names like 'United Nations Security Council', 'CNN', 'RAND Corporation'."""
    s = " ".join(strip_markup(text).split()).strip(" .,;")
    if not s or _INVERTED_PAIR.match(s) and len(s.split()) <= 4:
        return False
    words = s.replace(",", " ").split()
    if s[0].isdigit() or len(words) > 12 or _TITLE_CHARS.search(s) or _SENTENCE.search(s):
        return False
    if (found := _DOC_WORDS.findall(s)) and not (_BODY_FOR.match(s) and {w.lower() for w in found} <= _BODY_DOC_WORDS):
        return False  # ("Centre for Assessment Policy" is a body, "Department of Health Annual Report" a title)
    if len(words) == 1:
        return bool(_ACRONYM.match(words[0])) or words[0].lower() in ORG_WORDS
    if any(w.lower().strip("().") in ORG_WORDS or len(w) >= 8 and _ORG_COMPOUND.search(w) for w in words):
        return True  # (German compounds: "Seenotdienst Orrenhafen", "Umweltbundesamt")
    if words[-1].lower() in ORG_ENDINGS and words[0][:1].isupper() and not words[0].lower().endswith("ing"):
        return True  # ("Safeguarding Drinking Water" is a title)
    if words[-1].lower() == "branch" and len(words) >= 3 and all(w[:1].isupper() for w in words):
        return True  # "Structural Failures Investigation Branch" (not "Taylor Branch", a person)
    caps = sum(1 for w in words if w[:1].isupper())
    return (caps >= 4 and caps >= 0.75 * len(words) and " and " not in s and "&" not in s
            and _parse_person(s) is None)


def _person_structure(s: str) -> bool:
    """Several parts that each read as a person (so not one organisation)."""
    m = _INVERTED_PAIR.match(s)
    if m and _family_like(s.split(",")[0]):
        return True
    parts = [p for p in _SPLIT.split(s) if p.strip(" .")]
    return len(parts) >= 2 and all(_parse_person(p) and not any(
        w.lower().strip(".") in ORG_WORDS for w in p.split()) and p.split()[-1].lower() not in ORG_ENDINGS
        for p in parts)


def _author(family: str, given: str) -> Author:
    family = family.strip().rstrip(",")
    gw = given.split()
    while gw and gw[-1].lower() in PARTICLES:
        family = gw.pop() + " " + family
    return Author(family=family, given=" ".join(gw) or None)


def parse_names(text: str, style_hint: str | None = None) -> AuthorList:
    """Parse an author/editor list; see :class:`AuthorList` for the flags it carries."""
    items, et_al, complete, form = _parse_names_cached(text or "", style_hint)
    return AuthorList([_copy(a) for a in items], et_al, complete, form)


_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'"})


def _copy(a: Author) -> Author:
    """A fresh copy (the parses are cached); personal names get the ASCII apostrophe (O'Brien)."""
    family = a.family.translate(_APOSTROPHES) if a.family else a.family
    given = a.given.translate(_APOSTROPHES) if a.given else a.given
    return Author(family=family, given=given, literal=a.literal)


@lru_cache(maxsize=4096)
def _parse_names_cached(text: str, style_hint: str | None) -> tuple[tuple[Author, ...], bool, bool, str]:
    r = _parse_names(text, style_hint)
    return tuple(r), r.et_al, r.complete, r.form


def _parse_names(text: str, style_hint: str | None = None) -> AuthorList:
    s = " ".join(strip_markup(text or "").split())
    s = _BY.sub("", s).strip(" ,;:")
    et_al = False
    m = _ET_AL.search(s)
    if m:
        et_al, s = True, s[: m.start()].strip(" ,;")
    if s.endswith(".") and not _FINAL_INITIAL.search(s):
        s = s[:-1]
    if not s:
        return AuthorList([], et_al, True, "forward")
    if style_hint != "names" and (orgs := _organisations(s)):
        return AuthorList(orgs, et_al, True, "organisation")
    if style_hint != "names" and looks_like_organisation(s) and not _person_structure(s):
        return AuthorList([Author(literal=s)], et_al, True, "organisation")
    pieces = [p for p in (_SPLIT_SEMI.split(s) if ";" in s else _SPLIT.split(s)) if p and p.strip(" .")]
    out: list[Author] = []
    forms: set[str] = set()
    complete = True
    pair_full = False
    i = 0
    while i < len(pieces):
        p, nxt = pieces[i].strip(), (pieces[i + 1].strip() if i + 1 < len(pieces) else None)
        if _is_suffix(p) and out and out[-1].family:
            out[-1] = Author(family=out[-1].family, given=f"{out[-1].given or ''} {p}".strip())
            i += 1
            continue
        if ";" not in s and nxt is not None and _family_like(p) and not _is_suffix(nxt):
            if _is_initials(nxt) or ((i == 0 or pair_full) and _family_like(p) and _given_like(nxt)
                                     and _core_len(p) == 1 and (len(nxt.split()) == 1 or i == 0)):
                pair_full = pair_full or not _is_initials(nxt)
                out.append(_author(p, nxt))
                forms.add("inverted")
                i += 2
                continue
        has_org_word = any(w.lower().strip("().,") in ORG_WORDS for w in p.split())
        person = None if has_org_word and looks_like_organisation(p) or len(p.split()) > 2 and _DOC_WORDS.search(p) \
            else _parse_person(p)  # ('Health Sector Threat Assessment' is no person)
        if person is None:
            if looks_like_organisation(p):
                out.append(Author(literal=p))
                forms.add("organisation")
            else:
                complete = False
        else:
            out.append(person)
            forms.add("inverted" if "," in p else
                       "vancouver" if _VANC_END.search(p)
                       and not _is_initials(p.split()[0]) else "forward")
        i += 1
    form = forms.pop() if len(forms) == 1 else ("mixed" if forms else "forward")
    if style_hint == "apa" and form == "forward":
        complete = False  # APA never writes 'First Last'
    return AuthorList(out, et_al, complete and bool(out), form)


_ORG_HEADS = {
    "organization", "organisation", "bank", "fund", "council", "agency", "institute", "institution", "commission",
    "programme", "program", "office", "foundation", "association", "society", "committee", "secretariat",
    "assembly", "union", "federation", "alliance", "coalition", "network", "group", "corporation", "company",
    "trust", "centre", "center", "university", "college", "academy", "bureau", "authority", "board", "forum",
    "partnership", "initiative", "consortium", "observatory", "watch", "mission", "service", "services",
    "parliament", "congress", "nations", "inc", "inc.", "ltd", "ltd.", "llc", "gmbh",
    "systems", "networks", "labs", "laboratory", "laboratories", "technologies", "solutions", "industries", "partners",
    "holdings", "plc", "llp", "database",
}
_ORG_ACRONYM = r"[A-Z][A-Z0-9&-]{1,9}"
_ACRONYM_FIRST = re.compile(r"^(?:the\s+)?(?P<acr>" + _ORG_ACRONYM + r")\s*\(\s*(?P<name>[A-Z][^()]*\s[^()]+?)\s*\)$")
_ACRONYM_AFTER = re.compile(r"^(?P<name>[A-Z][^()]*\s[^()]+?)\s*\(\s*(?P<acr>" + _ORG_ACRONYM + r")\s*\)$")
_ORG_SEP = re.compile(r"\s*;\s*(?:and\s+|&\s*)?|\s*,\s*(?:and|&)\s+|\s+(?:and|&)\s+|\s*,\s+")
_PARENS = re.compile(r"\([^()]*\)")
_BARE_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,9}")


def _one_organisation(part: str) -> str | None:
    """The name of one organisation standing alone in a list: 'ACRONYM (Name)' and
    'Name (ACRONYM)' give the name; a bare acronym or a name ending in a head noun itself."""
    if (m := _ACRONYM_FIRST.match(part)) or (m := _ACRONYM_AFTER.match(part)):
        name = m.group("name").strip()
        same_start = m.group("acr")[0] == re.sub(r"^the\s+", "", name, flags=re.I)[:1].upper()
        return name if same_start and looks_like_organisation(name) else None
    if _BARE_ACRONYM.fullmatch(part):
        return part
    words = part.split()
    if len(words) >= 2 and words[0][:1].isupper() and words[-1].lower() in _ORG_HEADS \
            and looks_like_organisation(part):
        return part
    return None


def _may_end_organisation(part: str) -> bool:
    """Can an organisation's name end with this part (acronym, '(…)', a head noun)?"""
    return part.endswith(")") or bool(_BARE_ACRONYM.fullmatch(part)) or part.rsplit(" ", 1)[-1].lower() in _ORG_HEADS


def _organisations(s: str) -> list[Author] | None:
    """Two or more organisations joined by 'and', '&' or ';' (commas too in 'A, B and C'), else None.

    Joiners may also sit inside one name ('Food and Agriculture Organization'): the parts are
    grouped so that every group reads as one organisation, with as many groups as possible.
    """
    if not ("&" in s or " and " in s or ";" in s):
        return None  # 'Department of Economics, Harvard University' is one body
    masked = _PARENS.sub(lambda m: "(" + "x" * (len(m.group(0)) - 2) + ")", s)
    spans, last = [], 0
    for m in _ORG_SEP.finditer(masked):
        spans.append((last, m.start()))
        last = m.end()
    if not spans:
        return None
    spans.append((last, len(s)))
    n = len(spans)
    ends = [_may_end_organisation(s[a:b].strip()) for a, b in spans]
    if not ends[-1] or sum(ends) < 2:
        return None
    best: list[list[str] | None] = [None] * n + [[]]
    for i in range(n - 1, -1, -1):
        for j in range(i, n):
            tail = best[j + 1]
            name = _one_organisation(s[spans[i][0]: spans[j][1]].strip()) if ends[j] and tail is not None else None
            if name and (best[i] is None or len(tail) + 1 > len(best[i])):
                best[i] = [name, *tail]
    names = best[0]
    if not names or len(names) < 2:
        return None
    return [Author(literal=n) for n in names]


def normalize_name_fields(rec: dict) -> dict:
    """Record normaliser: ``author`` / ``editor`` / ``translator`` strings -> Author lists."""
    for key in ("author", "editor", "translator"):
        v = rec.get(key)
        if isinstance(v, str):
            names = parse_names(v, rec.get("_style"))
            rec[key] = list(names)
            if names.et_al:
                rec.setdefault("_et_al", set()).add(key)
    return rec


# ---------------------------------------------------------------- where a name list ends

_L = r"[^\W\d_]"
_PART = r"(?:(?:van|von|der|den|de|del|della|di|da|dos|das|du|la|le|ten|ter|al|el|bin|ibn|St\.?|Van|Von|De|Di|Da|Du|La|Le|Del|Della|Mac|Mc)\s+)"
_FAM = _PART + r"*(?:(?:al|el|ad|as|ash|an)[-‐])?" + U + r"(?:" + _L + r"|['’-]" + _L + r")*"
_FAM2 = _FAM + r"(?:\s+" + _FAM + r")?"
_INIT = U + r"[a-z]?\."
_INITS = _INIT + r"(?:\s?-?\s?" + _INIT + r")*"
_GW = U + r"[a-zß-ÿā-žа-яё'’]+(?:-" + U + r"[a-zß-ÿā-žа-яё'’]+)?"
_GPART = r"(?:da|de|do|dos|das|van|von|der|den|di|du|la|le|del)\b"
_GIVEN = r"(?:" + _GW + "|" + _INIT + r")(?:\s+(?:" + _GW + "|" + _INIT + "|" + _GPART + r")){0,4}"
_SUF = r"(?:,?\s+(?:Jr\.?|Sr\.?|II|III|IV)(?![\w]))?"
_FORMS = [re.compile(f) for f in (
    _FAM2 + r",\s*(?:" + _INITS + "|" + U + r"{1,3}\b)" + _SUF,      # Smith, J. A.
    _FAM2 + r",\s*" + _GIVEN + _SUF,                                  # Smith, John Robert
    _FAM + r"\s*\(\s*" + _INITS + r"\s*\)",                            # SMITH (J.)
    _FAM2 + r"\s+" + U + r"{1,4}\b",                                  # Smith JA
    _INITS + r"\s*" + _FAM + _SUF,                                     # J. A. Smith
    _GW + r"(?:\s+(?:" + _GW + "|" + _INIT + r")){0,2}\s+" + _FAM + _SUF,  # John A. Smith
    _FAM2 + r",\s*" + _GW + r"(?:\s+" + _GW + r"){0,2}(?:\s+" + _INITS + r")?" + _SUF,  # Smith, Doris L.
)]
_NAME_SEP = re.compile(
    r"\s*[,;]\s*(?:(?:and|&|und|et(?!\.?\s*al\b)|y)\s+)?|\s+(?:and|&|und|et(?!\.?\s*al\b)|y|и)\s+|\s*&\s*|\s*…\s*")
_NAME_END = re.compile(r"\s*(?:[.:,;]\s|[.,]?\s*\(|[.,:]?$)")
_ETAL_AT = re.compile(r"(?:et\.?\s*al\.?|and others|u\.\s*a\.)")
_NEXT_FORMS = {0: {0, 2, 3, 4}, 1: {1, 4, 5, 6}, 2: {0, 2, 4}, 3: {3}, 4: {0, 4}, 5: {4, 5}, 6: {1, 4, 5, 6}}
_INIT_THEN_WORD = re.compile(_INIT + r"\s+" + _GW)


def name_list_end(text: str) -> tuple[int, str]:
    """Where a leading list of personal names ends, and the separator that closed it
    (',' '.' ':' '(' or ''); (0, '') when the text does not open with a name."""
    pos, end, count, prev = 0, 0, 0, -1
    conj = False
    while True:
        if count and (m := _ETAL_AT.match(text, pos)):
            end = m.end()
            break
        best, form = 0, -1
        for k, rx in enumerate(_FORMS):
            if prev >= 0 and k not in _NEXT_FORMS[prev] and not (conj and k in (4, 5)):
                continue
            m = rx.match(text, pos)
            if not m:
                continue
            e = m.end()
            closes = _NAME_END.match(text, e) or _NAME_SEP.match(text, e) or (text[e - 1] == "." and text[e:e + 1] == " ")
            if not closes:
                continue
            if k == 5 and text[e:e + 1] == ":":
                continue  # 'Ending Cholera: A Roadmap' is a title
            if k == 1 and _INIT_THEN_WORD.search(m.group(0)) and text[e:e + 1] != ",":
                continue  # 'Bergen, Doris L. Twisted Cross': the initial closed the name
            words = re.findall(_L + r"{2,}", re.sub(_INITS, " ", m.group(0)))
            if any(w.lower() in _STOP for w in words) or (not count and k == 5 and len(words) > 4) \
                    or _DOC_WORDS.search(m.group(0)):  # ('Health Sector Threat Assessment' is a title)
                continue
            if e > best:
                best, form = e, k
        if not best:
            break
        count, end, prev = count + 1, best, form
        sep = _NAME_SEP.match(text, end)
        if not sep or sep.end() == end:
            break
        conj = bool(re.search(r"\b(?:and|und|et|y|и)\b|&", sep.group(0)))
        pos = sep.end()
    if not count:
        return 0, ""
    closer = text[end - 1] if text[end - 1: end] == "." and text[end: end + 1] == " " else text[end:end + 3].lstrip()[:1]
    return end, closer if closer in ".,:;(" else ""


def two_surnames(author: Author) -> Author:
    """A Spanish or Portuguese name of three words is a first name and two surnames, both the
    family name ("Carmen Ibarra Soto": Ibarra Soto, Carmen; "Helena Cordeiro Vaz": Cordeiro Vaz,
    Helena)."""
    given = (author.given or "").split()
    if author.literal or not author.family or " " in author.family or len(given) != 2 \
            or not all(_name_word(w) and not _is_initials(w) for w in given):
        return author
    return author.model_copy(update={"family": f"{given[1]} {author.family}", "given": given[0]})
