"""Text-field escaping and case protection for BibTeX values.

BibTeX styles such as plain.bst lowercase every title letter except the first and the one
after ``": "``.  Like Better BibTeX, every other word holding a capital letter is wrapped in
braces — word by word, adjacent words sharing one group (``{Islamic Republic}``), never the
whole title — so acronyms, proper nouns and Title Case survive any style.  A word starting
with a quote or bracket is protected even where it comes first, because BibTeX keeps only
the very first character of the title (or after ``": "``) as it is.
"""

from __future__ import annotations

import codecs
import re

import latexcodec  # noqa: F401  (registers the "ulatex" codec)

# Field values are plain text, so every LaTeX special is escaped, the backslash too.  Braces
# become text commands: BibTeX counts ``\{`` as a brace, so a lone one would unbalance the field.
_SPECIAL = {"&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
            "{": r"\textbraceleft{}", "}": r"\textbraceright{}", "\\": r"\textbackslash{}",
            "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
_SPECIAL_RE = re.compile(r"[&%$#_{}\\~^]")
_WORD_RE = re.compile(r"[^\s—–]+")  # dashes separate words too
_CORE_RE = re.compile(r"^([\"'“‘«(\[]*)(.*?)([\"'”’»)\]:;,.!?]*)$", re.S)


def escape(text: str) -> str:
    """Escape LaTeX's special characters in plain text (``&`` -> ``\\&``, ``\\`` -> ``\\textbackslash{}``)."""
    return _SPECIAL_RE.sub(lambda m: _SPECIAL[m.group()], text)


def _needs_protection(word: str, sentence_start: bool) -> bool:
    """True when a BibTeX style would lowercase a capital letter of ``word``."""
    if not any(c.isupper() for c in word):
        return False
    if sentence_start and word[0].isupper() and not any(c.isupper() for c in word[1:]):
        return False  # BibTeX keeps the first character of the title / after ": " as it is
    return True


def protect_case(title: str) -> str:
    """Escape a title and brace-protect the words a BibTeX style must not lowercase."""
    pieces: list[tuple[str, str, bool]] = []  # (text before the word, the word, protect it)
    pos = 0
    previous = ""
    for match in _WORD_RE.finditer(title):
        word = match.group()
        gap = title[pos : match.start()]
        start = not pieces or (previous.endswith(":") and gap.startswith(" "))
        pieces.append((gap, word, _needs_protection(word, start)))
        previous, pos = word, match.end()
    out: list[str] = []
    open_group = False  # a brace group left open to take in the next protected word
    for index, (gap, word, protect) in enumerate(pieces):
        lead, core, trail = _CORE_RE.match(word).groups()
        if not (protect and core):
            out.append(gap + escape(word))
            continue
        following = pieces[index + 1] if index + 1 < len(pieces) else None
        joins_next = (not trail and following is not None and following[0] == " " and following[2]
                      and _CORE_RE.match(following[1]).group(1) == "")
        text = escape(core)
        if open_group and not lead:
            out.append(gap + text)
        else:
            out.append(gap + escape(lead) + "{" + text)
        open_group = joins_next
        if not open_group:
            out.append("}" + escape(trail))
    return "".join(out)


_BRACE_RE = re.compile(r"(?<!\\)[{}]")
_ESCAPED_RE = re.compile(r"\\([&%$#_{}])")
# The text commands escape() writes, which latexcodec does not decode: kept out of its way as
# private-use characters and put back after.
_TEXT_COMMANDS = {"textbackslash": "\\", "textasciitilde": "~", "textasciicircum": "^",
                  "textbraceleft": "{", "textbraceright": "}"}
_TEXT_COMMAND_RE = re.compile(r"\\(" + "|".join(_TEXT_COMMANDS) + r")(?![A-Za-z])(?:\{\}|\s*)")
_HIDDEN = {chr(0xF0000 + i): c for i, c in enumerate(_TEXT_COMMANDS.values())}
_HIDE = {name: chr(0xF0000 + i) for i, name in enumerate(_TEXT_COMMANDS)}


# Font and box commands, whose argument is the text ("\textit{Naive}", "{\em Title}"): dropped.
_FONT_COMMAND_RE = re.compile(r"\\(?:text(?:it|bf|sc|tt|rm|sf|up|sl|md|normal)|emph|mbox|hbox|url|nolinkurl)\s*(?=\{)"
                              r"|\\(?:em|it|bf|sc|tt|rm|sf|sl|itshape|bfseries|scshape|upshape|normalfont)(?![A-Za-z])\s*")


def latex_to_text(value: str) -> str:
    """A BibTeX field value as plain Unicode text: commands decoded, font commands and
    protecting braces gone."""
    value = _FONT_COMMAND_RE.sub("", _TEXT_COMMAND_RE.sub(lambda m: _HIDE[m.group(1)], value))
    try:
        text = codecs.decode(value, "ulatex")
    except (UnicodeDecodeError, ValueError):
        text = value
    text = " ".join(_ESCAPED_RE.sub(r"\1", _BRACE_RE.sub("", text)).split())
    return "".join(_HIDDEN.get(c, c) for c in text)
