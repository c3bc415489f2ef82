"""Text-field escaping and case protection for BibTeX values.

BibTeX styles lowercase titles they consider sentence case, so acronyms (``UN``), words with
inner capitals (``IntelBrief``) and, in sentence-case titles, capitalised proper nouns are
wrapped in braces, word by word, never the whole title (Better BibTeX's rule).
"""

from __future__ import annotations

import re

_SPECIAL = {"&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{", "}": r"\}"}
_SPECIAL_RE = re.compile(r"(?<!\\)[&%$#_{}]")
_WORD_RE = re.compile(r"[^\s—–]+")  # dashes separate words too
_LETTERS_RE = re.compile(r"[^\W\d_]+")
_SMALL_WORDS = frozenset(
    "a about above after against along among an and around as at before behind below beneath "
    "beside between beyond but by down during for from in inside into like near nor of off on "
    "onto or out outside over past per since than the through to toward towards under until up "
    "upon versus via vs with within without".split()
)


def escape(text: str) -> str:
    """Escape LaTeX's special characters in free text (``&`` -> ``\\&``)."""
    return _SPECIAL_RE.sub(lambda m: _SPECIAL[m.group()], text)


def _needs_protection(word: str, sentence_case: bool, first: bool) -> bool:
    letters = "".join(_LETTERS_RE.findall(word))
    if not letters:
        return False
    if any(c.isupper() for c in letters[1:]):
        return True  # acronym or inner capital: UN, SIGAR, IntelBrief, al-Qaeda's? (no: lower)
    return sentence_case and not first and letters[0].isupper()


def _is_sentence_case(words: list[str]) -> bool:
    """True when some non-initial content word starts in lower case (Title Case would not)."""
    return any(w[:1].islower() and w.lower() not in _SMALL_WORDS for w in words[1:] if w[:1].isalpha())


def protect_case(title: str) -> str:
    """Escape a title and brace-protect the words a BibTeX style must not lowercase."""
    words = _WORD_RE.findall(title)
    sentence_case = _is_sentence_case(words)
    out: list[str] = []
    pos = 0
    for index, match in enumerate(_WORD_RE.finditer(title)):
        out.append(title[pos : match.start()])
        word = match.group()
        after_colon = index > 0 and words[index - 1].endswith((":", "?", "!", "."))
        escaped = escape(word)
        if _needs_protection(word, sentence_case, index == 0 or after_colon):
            escaped = _brace_core(escaped)
        out.append(escaped)
        pos = match.end()
    out.append(title[pos:])
    return "".join(out)


_CORE_RE = re.compile(r"^([\"'“‘(\[]*)(.*?)([\"'”’)\]:;,.!?]*)$", re.S)


def _brace_core(word: str) -> str:
    """Wrap a word in braces, leaving leading/trailing punctuation outside."""
    lead, core, trail = _CORE_RE.match(word).groups()
    return f"{lead}{{{core}}}{trail}" if core else word
