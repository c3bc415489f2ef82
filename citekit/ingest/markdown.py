"""Markdown -> plain text, with the offset of every kept character in the original.

One linear pass over the lines groups them into blocks (headings, paragraphs, fences, rules);
each paragraph is then tokenised once and its emphasis and link brackets are paired with
stacks, CommonMark-style but simplified.  Markup is dropped, everything else is kept verbatim
and each kept character remembers where it came from.  Entry point: :func:`clean_markdown`.
"""

from __future__ import annotations

import html
import re
import unicodedata

# --- block level (matched against one line, without its newline) --------------------------
_BLANK = re.compile(r"[ \t]*$")
_ATX = re.compile(r" {0,3}(#{1,6})(?:[ \t]+|$)")
_SETEXT = re.compile(r" {0,3}(=+|-+)[ \t]*$")
_RULE = re.compile(r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_LIST_ITEM = re.compile(r" {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")
_QUOTE = re.compile(r"(?: {0,3}>[ \t]?)+")
_BLOCK_STARTS = frozenset(" \t\f\v#=-*_`~>+0123456789")  # a line starting otherwise is text
_BOLD_LINE = re.compile(r"[ \t]{0,3}(\*\*|__)(?=\S)([^*_\n]{1,100}?)(?<=\S)\1[ \t]*:?[ \t]*$")

# --- inline level ---------------------------------------------------------------------------
_SPECIAL = re.compile(  # where an inline construct may start
    r"[`*_\[\]]|\\[!-/:-@\[-`{-~]|<[A-Za-z/!]|&[#A-Za-z]|!\[|https?://"
)
_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>]*)>")
_EMAIL_AUTOLINK = re.compile(r"<([A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)>")
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*)?/?>")
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_BARE_URL = re.compile(r"https?://[^\s<>\"`\[\]]+")
_DEST = re.compile(  # "(url)", "(<url>)", '(url "title")' right after a closing bracket
    r"\(\s*(?:<(?P<angle>[^<>\n]*)>|(?P<url>(?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*\))*))"
    r"(?:\s+(?:\"[^\"\n]{0,500}\"|'[^'\n]{0,500}'|\([^()\n]{0,500}\)))?\s*\)"
)
_ESCAPABLE = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_WILD_DOUBLE_ESCAPE = frozenset("_*[]")  # "\\_" in scraped markdown means a literal "_"
_URL_TRAILING = ".,;:!?*_'"
_SUPERSCRIPT = str.maketrans("0123456789+-=()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾")
_HTML_TAGS = frozenset(
    """a abbr acronym b bdi bdo big blockquote br center cite code dd del dfn div dl dt em font
    figcaption figure footer h1 h2 h3 h4 h5 h6 header hr i img ins kbd li mark nav ol p pre q s
    samp section small span strike strong sub summary sup table tbody td tfoot th thead time tr
    tt u ul var wbr""".split()
)


def clean_markdown(
    text: str,
) -> tuple[str, list[int], list[tuple[int, int, int]], list[tuple[int, int]]]:
    """Return ``(clean, source, headings, emphasis)``: ``source[i]`` is the offset in ``text``
    of ``clean[i]`` (plus a final sentinel ``len(text)``); headings are ``(start, end, level)``
    in clean coordinates; emphasis lists the ``(start, end)`` source spans of emphasised text
    (italics mark titles and containers in reference lists)."""
    cleaner = _Cleaner(text)
    cleaner.run()
    clean = "".join(cleaner.out)
    headings = []
    for start, end, level in cleaner.headings:
        while start < end and clean[start].isspace():
            start += 1
        while end > start and clean[end - 1].isspace():
            end -= 1
        if end > start:
            headings.append((start, end, level))
    cleaner.src.append(len(text))
    return clean, cleaner.src, headings, sorted(cleaner.emphasis)


def _atx_content_end(t: str, start: int, end: int) -> int:
    """End of an ATX heading's text: without trailing blanks and a closing '#' sequence."""
    while end > start and t[end - 1] in " \t":
        end -= 1
    hashes = end
    while hashes > start and t[hashes - 1] == "#":
        hashes -= 1
    if hashes < end and (hashes == start or t[hashes - 1] in " \t"):
        end = hashes
        while end > start and t[end - 1] in " \t":
            end -= 1
    return end


_ASCII_PUNCT = frozenset(_ESCAPABLE)


def _is_bold_line(t: str, start: int, end: int) -> bool:
    """A short line that is all **bold** (not a sentence): a heading in many converters."""
    m = _BOLD_LINE.match(t, start, end)
    return m is not None and m.group(2).rstrip()[-1] not in ".!?,;"


def _is_punct(ch: str) -> bool:
    if ch.isascii():
        return ch in _ASCII_PUNCT
    return unicodedata.category(ch)[0] in "PS"


class _Paragraph:
    """Consecutive content lines, cleaned together so emphasis and links may span lines."""

    __slots__ = ("start", "end", "lines", "drops", "listish", "quoted", "bold")

    def __init__(self, start: int, end: int, listish: bool, quoted: bool, bold: bool = False):
        self.start, self.end, self.lines = start, end, 1
        self.drops: list[tuple[int, int]] = []  # quote markers on continuation lines
        self.listish, self.quoted = listish, quoted
        self.bold = bold  # a line that is all **bold**: a heading of level 6


class _Cleaner:
    """Block pass: walk the lines, emit or drop, and hand paragraphs to the inline pass."""

    def __init__(self, text: str) -> None:
        self.t = text
        self.out: list[str] = []
        self.src: list[int] = []
        self.headings: list[tuple[int, int, int]] = []
        self.emphasis: list[tuple[int, int]] = []  # source spans inside paired * or _
        self.cursor = 0  # everything before this offset has been emitted or dropped
        self.para: _Paragraph | None = None
        self.fence: str | None = None

    # -- emission helpers
    def keep(self, upto: int) -> None:
        """Emit the original text from the cursor up to ``upto`` verbatim."""
        if upto > self.cursor:
            self.out.append(self.t[self.cursor : upto])
            self.src.extend(range(self.cursor, upto))
            self.cursor = upto

    def drop(self, upto: int) -> None:
        self.cursor = max(self.cursor, upto)

    # -- block pass
    def run(self) -> None:
        t, n, pos = self.t, len(self.t), 0
        while pos < n:
            nl = t.find("\n", pos)
            if nl < 0:
                nl = n
            end = nl - 1 if nl > pos and t[nl - 1] == "\r" else nl
            self.line(pos, end)
            pos = nl + 1
        self.flush()
        self.keep(n)

    def line(self, s: int, e: int) -> None:
        t = self.t
        if s == e and self.fence is None:
            self.flush()
            return
        if self.fence is None and t[s] not in _BLOCK_STARTS:
            self.text_line(s, e)  # fast path: a line of plain text
            return
        if self.fence is not None:
            m = _FENCE.match(t, s, e)
            if m and m.group(1).startswith(self.fence) and _BLANK.match(t, m.end(), e):
                self.keep(s)
                self.drop(e)
                self.fence = None
            return  # fenced content stays verbatim
        if _BLANK.match(t, s, e):
            self.flush()
            return
        m = _FENCE.match(t, s, e)
        if m and "`" not in t[m.end() : e]:
            self.flush()
            self.keep(s)
            self.drop(e)
            self.fence = m.group(1)
            return
        m = _SETEXT.match(t, s, e)
        if m and self._setext_ok():
            self.flush(level=1 if m.group(1)[0] == "=" else 2)
            self.keep(s)
            self.drop(e)
            return
        if _RULE.match(t, s, e):
            self.flush()
            self.keep(s)
            self.drop(e)
            return
        m = _ATX.match(t, s, e)
        if m:
            self.flush()
            self.keep(s)
            self.drop(m.end())
            start = len(self.src)
            _Inline(self, m.end(), _atx_content_end(t, m.end(), e), []).run()
            self.headings.append((start, len(self.src), len(m.group(1))))
            self.drop(e)
            return
        q = _QUOTE.match(t, s, e)
        if q:
            if _BLANK.match(t, q.end(), e):
                self.flush()
                self.keep(s)
                self.drop(e)
            elif self.para is not None and self.para.quoted:
                self.para.drops.append((s, q.end()))
                self.para.end, self.para.lines = e, self.para.lines + 1
            else:
                self.flush()
                self.keep(s)
                self.drop(q.end())
                self.para = _Paragraph(q.end(), e, listish=False, quoted=True)
            return
        listish = _LIST_ITEM.match(t, s, e) is not None
        self.text_line(s, e, listish=listish, bold=not listish and _is_bold_line(t, s, e))

    def text_line(self, s: int, e: int, listish: bool = False, bold: bool = False) -> None:
        """Continue the paragraph, or start one (list items and bold-only lines always do)."""
        p = self.para
        if p is not None and not (listish or bold or p.bold):
            p.end, p.lines = e, p.lines + 1
            return
        self.flush()
        self.keep(s)
        self.para = _Paragraph(s, e, listish=listish, quoted=False, bold=bold)

    def _setext_ok(self) -> bool:
        p = self.para
        if p is None or p.lines > 1 or p.listish or p.quoted:
            return False
        return p.end - p.start <= 300

    def flush(self, level: int = 0) -> None:
        """Clean the pending paragraph; ``level`` > 0 makes it a (setext) heading."""
        p, self.para = self.para, None
        if p is None:
            return
        if not level and p.bold:
            level = 6
        self.keep(p.start)
        start = len(self.src)
        if p.drops or _SPECIAL.search(self.t, p.start, p.end):
            _Inline(self, p.start, p.end, p.drops).run()
        else:
            self.keep(p.end)  # no markup at all
        if level:
            self.headings.append((start, len(self.src), level))


class _Inline:
    """Inline pass over one block: tokenise, pair delimiters, then emit."""

    def __init__(self, owner: _Cleaner, start: int, end: int, drops: list[tuple[int, int]]):
        self.owner, self.t = owner, owner.t
        self.start, self.end, self.drops = start, end, drops
        # tokens: ("t", a, b) text; ["l", str, offsets] literal; ["d", a, b, ch, open, close]
        # delimiter run; ["[", a, b, is_image] bracket opener; ("x", 0, 0) dropped
        self.toks: list[list] = []
        self.delims: list[int] = []  # token indices of delimiter runs not yet resolved
        self.brackets: list[int] = []  # token indices of open brackets
        self.sup = 0  # depth of <sup> elements
        self.no_close: dict[str, int] = {}  # search memo: no closing run/comment after offset

    def run(self) -> None:
        seg_start = self.start
        for drop_start, drop_end in self.drops:
            self.segment(seg_start, drop_start)
            seg_start = drop_end
        self.segment(seg_start, self.end)
        self.resolve_emphasis(self.delims)
        self.emit()

    # -- tokens
    def text(self, a: int, b: int) -> None:
        if b <= a:
            return
        if self.sup:
            self.toks.append(["l", self.t[a:b].translate(_SUPERSCRIPT), range(a, b)])
        else:
            self.toks.append(("t", a, b))

    def lit(self, s: str, offsets) -> None:
        self.toks.append(["l", s, offsets])

    def unescaped(self, a: int, b: int) -> None:
        """Text in which backslash escapes of punctuation still need removing (URLs)."""
        t = self.t
        if "\\" not in t[a:b]:
            self.text(a, b)
            return
        chars, offs, i = [], [], a
        while i < b:
            if t[i] == "\\" and i + 1 < b and t[i + 1] in _ESCAPABLE:
                i += 1
            chars.append(t[i])
            offs.append(i)
            i += 1
        self.lit("".join(chars), offs)

    def segment(self, pos: int, end: int) -> None:
        """Tokenise ``t[pos:end]``."""
        t, toks, search = self.t, self.toks, _SPECIAL.search
        self.no_close = {}
        while pos < end:
            m = search(t, pos, end)
            p = m.start() if m else end
            if p > pos:
                if self.sup:
                    self.text(pos, p)
                else:
                    toks.append(("t", pos, p))
            if m is None:
                return
            pos = self.special(p, end, m.group())

    def special(self, p: int, end: int, what: str) -> int:
        """Handle the construct starting at ``p``; return the offset after it."""
        t = self.t
        c = what[0]
        if c == "\\":
            nxt = t[p + 1] if p + 1 < end else ""
            if nxt == "\\" and p + 2 < end and t[p + 2] in _WILD_DOUBLE_ESCAPE:
                self.lit(t[p + 2], [p + 2])
                return p + 3
            if nxt in _ESCAPABLE and nxt:
                self.lit(nxt, [p + 1])
                return p + 2
            self.text(p, p + 1)
            return p + 1
        if c == "`":
            return self.code_span(p, end)
        if c in "*_":
            return self.delimiter_run(p, end, c)
        if c == "<":
            return self.angle(p, end)
        if c == "!" or c == "[":
            self.brackets.append(len(self.toks))
            self.toks.append(["[", p, p + len(what), c == "!"])
            return p + len(what)
        if c == "]":
            return self.close_bracket(p, end)
        if c == "&":
            m = _ENTITY.match(t, p, end)
            value = html.unescape(m.group()) if m else ""
            if not m or value == m.group():
                self.text(p, p + 1)
                return p + 1
            self.lit(value.translate(_SUPERSCRIPT) if self.sup else value, [p] * len(value))
            return m.end()
        # bare URL: protected from emphasis; trailing punctuation is left to the text
        stop = _BARE_URL.match(t, p, end).end()
        opened, closed = t.count("(", p, stop), t.count(")", p, stop)
        while stop > p:
            if t[stop - 1] in _URL_TRAILING:
                stop -= 1
            elif t[stop - 1] == ")" and closed > opened:
                stop, closed = stop - 1, closed - 1
            else:
                break
        self.unescaped(p, stop)
        return stop

    def code_span(self, p: int, end: int) -> int:
        t = self.t
        r = p
        while r < end and t[r] == "`":
            r += 1
        run = t[p:r]
        q = r
        if q < self.no_close.get(run, end + 1):
            while True:
                j = t.find(run, q, end)
                if j < 0:
                    self.no_close[run] = q
                    break
                k = j
                while k < end and t[k] == "`":
                    k += 1
                if k - j == len(run):
                    self.text(r, j)
                    return k
                q = k
        self.text(p, r)
        return r

    def delimiter_run(self, p: int, end: int, c: str) -> int:
        t = self.t
        r = p
        while r < end and t[r] == c:
            r += 1
        before = t[p - 1] if p > self.start else "\n"
        after = t[r] if r < self.end else "\n"
        b_space, a_space = before.isspace(), after.isspace()
        b_punct, a_punct = _is_punct(before), _is_punct(after)
        left = not a_space and (not a_punct or b_space or b_punct)
        right = not b_space and (not b_punct or a_space or a_punct)
        if c == "_":
            can_open = left and (not right or b_punct)
            can_close = right and (not left or a_punct)
        else:
            can_open, can_close = left, right
        if can_open or can_close:
            self.delims.append(len(self.toks))
            self.toks.append(["d", p, r, c, can_open, can_close])
        else:
            self.text(p, r)
        return r

    def angle(self, p: int, end: int) -> int:
        t = self.t
        m = _AUTOLINK.match(t, p, end) or _EMAIL_AUTOLINK.match(t, p, end)
        if m:
            self.unescaped(m.start(1), m.end(1))
            return m.end()
        if t.startswith("<!--", p):
            if p < self.no_close.get("<!--", end + 1):
                j = t.find("-->", p + 4, end)
                if j >= 0:
                    return j + 3
                self.no_close["<!--"] = p
            self.text(p, p + 1)
            return p + 1
        m = _TAG.match(t, p, end)
        if m and m.group(1).lower() in _HTML_TAGS:
            name = m.group(1).lower()
            closing = t[p + 1] == "/"
            if name == "sup":
                self.sup = max(0, self.sup + (-1 if closing else 1))
            elif name == "br":
                self.lit(" ", [p])
            return m.end()
        self.text(p, p + 1)
        return p + 1

    def close_bracket(self, p: int, end: int) -> int:
        t = self.t
        if not self.brackets:
            self.text(p, p + 1)
            return p + 1
        opener = self.brackets.pop()
        m = _DEST.match(t, p + 1, end) if p + 1 < end and t[p + 1] == "(" else None
        if m is None:  # "[the]" or a reference-style link: literal brackets
            self.text(p, p + 1)
            return p + 1
        inner = []
        while self.delims and self.delims[-1] > opener:
            inner.append(self.delims.pop())
        self.resolve_emphasis(inner[::-1])
        is_image = self.toks[opener][3]
        self.toks[opener] = ("x", 0, 0)
        if not is_image:
            group = "angle" if m.group("angle") is not None else "url"
            url = m.group(group)
            if url and not url.startswith(("mailto:", "#")):
                self.lit(" ", [p + 1])
                self.unescaped(m.start(group), m.end(group))
        return m.end()

    def resolve_emphasis(self, indices: list[int]) -> None:
        """Pair delimiter runs (nearest opener first) and consume the paired characters."""
        toks = self.toks
        openers: dict[str, list[int]] = {"*": [], "_": []}
        for i in indices:
            tok = toks[i]
            c = tok[3]
            if tok[5]:  # can close
                stack = openers[c]
                while tok[2] > tok[1] and stack:
                    j = stack[-1]
                    o = toks[j]
                    use = 2 if o[2] - o[1] >= 2 and tok[2] - tok[1] >= 2 else 1
                    o[2] -= use  # an opener loses its innermost (rightmost) characters
                    tok[1] += use  # a closer its leftmost
                    self.owner.emphasis.append((o[2] + use, tok[1] - use))
                    other = openers["_" if c == "*" else "*"]
                    while other and other[-1] > j:
                        other.pop()
                    if o[2] == o[1]:
                        stack.pop()
                if tok[2] > tok[1] and tok[4]:
                    stack.append(i)
            elif tok[4]:
                openers[c].append(i)

    def emit(self) -> None:
        owner, t = self.owner, self.t
        out, src = owner.out, owner.src
        for tok in self.toks:
            kind, a, b = tok[0], tok[1], tok[2]
            if kind == "l":
                out.append(a)
                src.extend(b)
            elif kind != "x" and b > a:
                out.append(t[a:b])
                src.extend(range(a, b))
        owner.cursor = self.end

