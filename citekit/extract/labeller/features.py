"""Token features for the CRF, in the spirit of AnyStyle's and GROBID's: the word, its affixes,
shape, capitalisation, punctuation, number and year patterns, cue words, dictionary labels from
:class:`~.lexicon.Lexicon`, the same for the neighbouring tokens, the token's position in the
reference, its punctuation-delimited segment (length, number, the kind of token before and after
it), and a few running states read left to right (inside quotes or brackets, after a colon, years
and sentence stops seen so far).

Speed: everything that depends on the token alone is computed once per distinct token string
and cached, including the copies prefixed for use as a neighbour's features; features are handed
to crfsuite as UTF-8 bytes, encoded once there.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import STRIP, Lexicon, canonical
from .tokens import Token

_YEAR = re.compile(r"^\(?\[?(?:1[5-9]\d\d|20\d\d)[a-z]?\]?\)?[.,;:]?\)?[.,;:]?$")
_YEARISH = re.compile(r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)")
_RANGE = re.compile(r"\d+\s*[-–—]+\s*\d+")
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th|e|er|re|ème|\.º|º|ª)$", re.I)
_ROMAN = re.compile(r"^(?=[ivxlcdm]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
_INITIAL = re.compile(r"^(?:[A-Z][a-z]?\.){1,3}[,;]?$|^[A-Z]{1,3}[,;.]?$|^[A-Z]\.-[A-Z]\.[,;]?$")
_URL = re.compile(r"https?://|www\.|\.(?:com|org|net|edu|gov|int)(?:/|$)", re.I)
_DOI = re.compile(r"10\.\d{4,9}/|^doi", re.I)
_ISBN = re.compile(r"^(?:isbn|97[89]-?\d)", re.I)
_MONTHS = {m for m in (
    "jan january feb february mar march apr april may jun june jul july aug august sep sept september "
    "oct october nov november dec december janv févr mars avr mai juin juil août sept oct nov déc "
    "januar februar märz maerz juni juli oktober dezember enero febrero marzo abril mayo junio julio "
    "agosto septiembre octubre noviembre diciembre spring summer autumn fall winter").split()}
_CUES = {
    "ed": "ed", "eds": "ed", "editor": "ed", "editors": "ed", "edited": "ed", "hrsg": "ed", "hg": "ed",
    "ed.)": "ed", "(ed": "ed", "(eds": "ed", "dir": "ed", "coord": "ed",
    "vol": "vol", "vols": "vol", "volume": "vol", "bd": "vol", "jg": "vol", "t": "vol", "tome": "vol",
    "no": "no", "nos": "no", "nr": "no", "issue": "no", "n°": "no", "num": "no", "number": "no", "heft": "no",
    "pp": "pp", "p": "pp", "pages": "pp", "page": "pp", "s": "pp", "ss": "pp", "pg": "pp",
    "in": "in", "in:": "in", "dans": "in", "en": "in",
    "and": "and", "&": "and", "und": "and", "et": "and", "y": "and",
    "al": "etal", "others": "etal",
    "retrieved": "access", "accessed": "access", "available": "access", "online": "access", "from": "from",
    "viewed": "access", "consulted": "access", "abgerufen": "access", "at": "at", "url": "access",
    "press": "pub", "publisher": "pub", "publishers": "pub", "publishing": "pub", "verlag": "pub",
    "books": "pub", "publications": "pub", "inc": "pub", "ltd": "pub", "co": "pub", "university": "uni",
    "universität": "uni", "université": "uni", "universidad": "uni", "institute": "uni",
    "journal": "jour", "review": "jour", "transactions": "jour", "bulletin": "jour", "annals": "jour",
    "quarterly": "jour", "letters": "jour", "magazine": "jour", "zeitschrift": "jour", "revue": "jour",
    "proceedings": "proc", "proc": "proc", "conference": "proc", "symposium": "proc", "workshop": "proc",
    "congress": "proc", "meeting": "proc", "thesis": "thesis", "dissertation": "thesis", "phd": "thesis",
    "report": "report", "paper": "report", "brief": "report", "memo": "report", "series": "series",
    "edn": "edn", "edition": "edn", "ed.,": "ed", "translated": "trans", "trans": "trans", "transl": "trans",
    "tr": "trans", "by": "by", "doi": "doi", "isbn": "isbn", "arxiv": "arxiv", "n.d": "nd", "nd": "nd",
    "forthcoming": "nd", "press,": "pub", "u.s": "place", "ny": "place", "new": "new", "york": "place",
    "london": "place", "paris": "place", "berlin": "place", "retrieved:": "access", "accessed:": "access",
}
_QUOTE_OPEN = "“«‘„"
_QUOTE_CLOSE = "”»’"


class _CharClasses(dict):
    """code point -> 'X' (upper), 'x' (other letter), 'd' (digit) or the character itself; filled
    as characters are met, for ``str.translate``."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        cls = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        self[code] = cls
        return cls


_CLASSES = _CharClasses()
_RUNS = re.compile(r"(.)\1+")
_COMPRESSED: dict[str, str] = {}


def _shape(word: str) -> tuple[str, str]:
    """(compressed shape, short full shape): 'Smith,' -> ('Xx,', 'Xxxxx,')."""
    full = word.translate(_CLASSES)
    comp = _COMPRESSED.get(full)
    if comp is None:
        if len(_COMPRESSED) > 50_000:
            _COMPRESSED.clear()
        comp = _COMPRESSED[full] = _RUNS.sub(r"\1", full)[:10]
    return comp, full[:8]


def _caps(core: str) -> str:
    letters = [c for c in core if c.isalpha()]
    if not letters:
        return "none"
    if all(c.isupper() for c in letters):
        return "upper" if len(letters) > 1 else "single"
    if letters[0].isupper():
        return "title" if all(c.islower() for c in letters[1:]) else "mixed"
    return "lower"


def _number(word: str, core: str) -> str:
    if _YEAR.match(word):
        return "year"
    if _YEARISH.search(word):
        return "hasyear"
    if core.isdigit():
        return f"d{min(len(core), 5)}"
    if _ORDINAL.match(core):
        return "ordinal"
    if _RANGE.search(word):
        return "range"
    if any(c.isdigit() for c in word):
        return "alnum" if any(c.isalpha() for c in word) else "digits"
    if _ROMAN.match(core) and core:
        return "roman"
    return "none"


def _lines(features: str, prefix: str = "") -> tuple[bytes, ...]:
    """Line-separated features -> crfsuite attributes, UTF-8 encoded, each after ``prefix``
    (encoded at once: no feature holds a line break, as no token holds whitespace)."""
    if prefix:
        features = prefix + features.replace("\n", "\n" + prefix)
    return tuple(features.encode().split(b"\n"))


_POS = tuple(f"pos={k}".encode() for k in range(10))
_END = tuple(f"end={k}".encode() for k in range(5))
_YRS = tuple(f"yrs={k}".encode() for k in range(3))
_SEGLEN = tuple(f"sl={k}".encode() for k in range(7))
_SEGNO = tuple(f"sg={k}".encode() for k in range(9))
_SEG = frozenset(".,;:")
_STOPS = tuple(f"stops={k}".encode() for k in range(6))


class FeatureExtractor:
    """Turns a token list into crfsuite feature lists; one instance per lexicon (it caches)."""

    def __init__(self, lexicon: Lexicon | None = None, cache_size: int = 30_000):
        self.lexicon = lexicon or Lexicon()
        # least recently used words go first, so the frequent ones ('and', 'pp.', 'In:') stay
        self._token = lru_cache(maxsize=cache_size)(self._compute)

    def _compute(self, word: str) -> tuple:
        """What :meth:`features` needs of one token, by position: 0 its own features; 1-4 its
        features as neighbour -1, +1, -2, +2; 5 the word; 6 is it a year; 7 the class of its last
        character; 8, 9 its first and last characters; 10 its cue; 11, 12 its nx= and pv= features;
        13 its bg= prefix; 14 the word encoded."""
        core = canonical(word)
        comp, full = _shape(word)
        caps = _caps(word.strip(STRIP))  # case kept: ``core`` is lower-cased
        num = _number(word, core)
        last = word[-1] if not word[-1].isalnum() else ("0" if word[-1].isdigit() else "a")
        first = word[0] if not word[0].isalnum() else ("0" if word[0].isdigit() else "a")
        cue = _CUES.get(core) or ("month" if core.rstrip(".") in _MONTHS else "")
        kinds = []
        if ("." in word or "/" in word) and _URL.search(word):
            kinds.append("url")
        if ("10." in word or word[:3].lower() == "doi") and _DOI.search(word):
            kinds.append("doi")
        if word[0] in "iI9" and _ISBN.match(word):
            kinds.append("isbn")
        if word[0].isupper() and _INITIAL.match(word):
            kinds.append("init")
        lex = self.lexicon.labels(word)
        w = core or word
        own = (f"w={w}\nsh={comp}\nfs={full}\ncaps={caps}\nnum={num}\nlast={last}\nfirst={first}\n"
               f"p2={core[:2]}\np3={core[:3]}\ns2={core[-2:]}\ns3={core[-3:]}\ns4={core[-4:]}\n"
               f"len={min(len(core), 8)}\ncl={caps}|{last}")
        if cue:
            own += f"\ncue={cue}"
        for k in kinds:
            own += f"\nk={k}"
        for lab in lex:
            own += f"\nL={lab}"
        if not lex and len(core) > 2 and not any(c.isdigit() for c in core):
            own += "\nL=unknown"
        near = f"w={w}\nsh={comp}\nlast={last}\ncaps={caps}\nnum={num}"
        if lex:
            near += f"\nL={lex[0]}"
        if cue:
            near += f"\ncue={cue}"
        far = f"w={w}\nsh={comp}"
        kind = num if num != "none" else (cue or caps)
        return (
            _lines(own), _lines(near, "-1"), _lines(near, "+1"), _lines(far, "-2"), _lines(far, "+2"),
            w, num == "year", last, word[0], word[-1], cue,
            f"nx={kind}".encode(), f"pv={kind}".encode(), f"bg={w}|".encode(), w.encode(),
        )

    def features(self, tokens: list[Token]) -> list[list[bytes]]:
        """One feature list per token, UTF-8 encoded (crfsuite takes bytes as they are, a str it
        encodes on every call)."""
        n = len(tokens)
        info = [self._token(t.text) for t in tokens]
        out: list[list[bytes]] = []
        years = stops = 0
        quoted = paren = seen_in = colon = False
        cues = [tok[10] for tok in info]
        last_ed = max((i for i, c in enumerate(cues) if c == "ed"), default=-1)
        # segments (runs of tokens up to one ending in . , ; or :): each token sees the kind of token
        # just before its segment and just after it (a number after 'Climate Policy,' says journal),
        # its segment's length and number
        seg_end = [n - 1] * n
        for i in range(n - 2, -1, -1):
            seg_end[i] = i if info[i][7] in _SEG else seg_end[i + 1]
        seg_start = segs = 0
        for i, tok in enumerate(info):
            f = list(tok[0])
            f.append(_POS[10 * i // n])
            e = seg_end[i]
            f.append(info[e + 1][11] if e + 1 < n else b"nx=EOS")
            f.append(info[seg_start - 1][12] if seg_start else b"pv=BOS")
            f.append(_SEGLEN[min(e - seg_start, 6)])
            f.append(_SEGNO[min(segs, 8)])
            if i == seg_start:
                f.append(b"segfirst")
            if i < last_ed:
                f.append(b"ed_ahead")
            elif last_ed >= 0:
                f.append(b"ed_behind|True" if stops > 0 else b"ed_behind|False")
            if seen_in:
                f.append(b"in_seen")
            if colon:
                f.append(b"colon_seen")
            f.append(_END[min(n - 1 - i, 4)])
            f.append(_YRS[min(years, 2)])
            f.append(_STOPS[min(stops, 5)])
            if tok[8] in _QUOTE_OPEN or tok[8] == '"':
                quoted = True
            if tok[8] == "(" or tok[8] == "[":
                paren = True
            if quoted:
                f.append(b"inq")
            if paren:
                f.append(b"inp")
            if i == 0:
                f.append(b"BOS")
            else:
                f.extend(info[i - 1][1])
                f.append(info[i - 1][13] + tok[14])  # bg=<previous word>|<word>
                if i > 1:
                    f.extend(info[i - 2][3])
            if i == n - 1:
                f.append(b"EOS")
            else:
                f.extend(info[i + 1][2])
                if i < n - 2:
                    f.extend(info[i + 2][4])
            out.append(f)
            if tok[6]:
                years += 1
            if tok[10] == "in" and i > 0:
                seen_in = True
            if tok[7] == ":":
                colon = True
            if tok[7] in _SEG:
                seg_start = i + 1
                segs += 1
            if tok[7] == "." and len(tok[5]) > 2:
                stops += 1
            text = tokens[i].text
            if quoted and (i > 0 or len(text) > 1):
                tail = text.rstrip(".,;:!?)")
                if tail[-1:] in _QUOTE_CLOSE or (tail.endswith('"') and (len(tail) > 1 or tok[8] != '"')):
                    quoted = False
            if ")" in text or "]" in text:
                paren = False
        return out
