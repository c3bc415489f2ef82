"""The plain view: markdown cleaning, the offset map and Unicode spaces."""

from __future__ import annotations

import random
import sys
import unicodedata
from pathlib import Path

import pytest

from citekit.ingest.view import ZS_CHARS, TextView, plain_view
from citekit.models import Document

SEED_004 = Path(__file__).resolve().parents[2] / "seeds" / "004_6ce7330dd1e5eceb.txt"
SUPERSCRIPTS = dict(zip("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾", "0123456789+-=()"))


def view(text: str, fmt: str = "markdown") -> TextView:
    return plain_view(Document(id="t", path="t.md", sha256="", text=text, format=fmt))


def clean(text: str) -> str:
    return view(text).text


def check_map(original: str, v: TextView) -> None:
    """The offset map's invariants: one entry per clean character plus the sentinel,
    non-decreasing, and every clean character is its original character (or a superscript
    of it, an entity's expansion, or the space a Zs character or <br> became)."""
    assert len(v.source) == len(v.text) + 1
    assert v.source[-1] == len(original)
    assert all(a <= b for a, b in zip(v.source, v.source[1:]))
    for i, ch in enumerate(v.text):
        orig = original[v.source[i]]
        if orig == ch:
            continue
        if SUPERSCRIPTS.get(ch) == orig or orig == "&":
            continue
        assert ch == " " and (orig in ZS_CHARS or orig in "<("), (i, ch, orig)


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        ("**bold** and *em* and __strong__ and _em_.", "bold and em and strong and em."),
        ("***both*** and **a *b* c**", "both and a b c"),
        ("snake_case a_b.html https://x.org/_a_/b_c", "snake_case a_b.html https://x.org/_a_/b_c"),
        ("*Author note and *emphasis* later", "*Author note and emphasis later"),
        (r"\*Name<sup>1</sup> \_x\_ \# \[ \\", "*Name¹ _x_ # [ \\"),
        (r"[Some\\_text](https://x.org/a\_b.html)", "Some_text https://x.org/a_b.html"),
        ("see [docs](https://x.org/w/A_(b)) now", "see docs https://x.org/w/A_(b) now"),
        ('[t](https://x.org "Title") and [m](mailto:a@b.org)', "t https://x.org and m"),
        ("an ![alt text](img.png) here", "an alt text here"),
        ("[![badge](b.svg)](https://ci.example/x)", "badge https://ci.example/x"),
        ("<https://x.org/a_b_c> and <me@x.org>", "https://x.org/a_b_c and me@x.org"),
        ("H<sub>2</sub>O<br>next <em>x</em> <SPAN class='a'>y</SPAN>", "H2O next x y"),
        ("ref<sup>12,3</sup> 1<sup>st</sup>", "ref¹²,³ 1st"),
        ("use `a*b_c` and ``x ` y``", "use a*b_c and x ` y"),
        ("[the] white [race], [a [b] c](http://u.v)", "[the] white [race], a [b] c http://u.v"),
        ("AT&amp;T &copy; &bogus; a & b", "AT&T © &bogus; a & b"),
        ("5 * 3 = 15 (Roggio & Weiss, 2023)", "5 * 3 = 15 (Roggio & Weiss, 2023)"),
        ("<!-- hidden --> shown", " shown"),
        ("unclosed `tick and [bracket and **star", "unclosed `tick and [bracket and **star"),
    ],
)
def test_inline_markup(markdown: str, expected: str) -> None:
    v = view(markdown)
    assert v.text == expected
    check_map(markdown, v)


def test_lists_are_kept_and_rules_become_empty_lines() -> None:
    md = "- one\n* two *em*\n+ three\n1. four\n2) five\n\n---\n\n***\n\n___\nend"
    v = view(md)
    assert v.text == "- one\n* two em\n+ three\n1. four\n2) five\n\n\n\n\n\n\nend"
    assert v.headings == []
    check_map(md, v)


def test_headings() -> None:
    md = (
        "# Title #\n## Sub **bold**\n####### not\n#hashtag\n\n"
        "Setext one\n==========\n\nSetext two\n---\n\n**References**\n\n**Note:** prose.\n"
    )
    v = view(md)
    found = [(v.text[a:b], level) for a, b, level in v.headings]
    assert found == [
        ("Title", 1),
        ("Sub bold", 2),
        ("Setext one", 1),
        ("Setext two", 2),
        ("References", 6),
    ]
    assert "####### not\n#hashtag\n" in v.text
    assert "Note: prose." in v.text
    check_map(md, v)


def test_bold_line_heading_needs_no_blank_line_around_it() -> None:
    v = view("Text before.\n**References**\nRoggio, B. (2023).\n**Not a heading.**\n")
    assert [(v.text[a:b], level) for a, b, level in v.headings] == [("References", 6)]
    assert v.text == "Text before.\nReferences\nRoggio, B. (2023).\nNot a heading.\n"


def test_two_line_paragraph_over_dashes_is_not_a_heading() -> None:
    v = view("line one\nline two\n---\nafter")
    assert v.headings == [] and v.text == "line one\nline two\n\nafter"


def test_list_item_then_dashes_is_a_rule_not_a_heading() -> None:
    v = view("- item\n---\nafter")
    assert v.headings == [] and v.text == "- item\n\nafter"


def test_fenced_code_is_verbatim_and_fences_vanish() -> None:
    md = "```python\n*x* <sup>1</sup> \\*\n```\nafter *em*"
    v = view(md)
    assert v.text == "\n*x* <sup>1</sup> \\*\n\nafter em"
    check_map(md, v)


def test_blockquote_markers_dropped_and_emphasis_spans_lines() -> None:
    md = "> quoted *a\n> b* line\n\nplain *c\nd* end"
    v = view(md)
    assert v.text == "quoted a\nb line\n\nplain c\nd end"
    check_map(md, v)


def test_crlf_line_endings_survive() -> None:
    md = "Hello\r\n## Head\r\nline *em*\r\n"
    v = view(md)
    assert v.text == "Hello\r\nHead\r\nline em\r\n"
    assert [(v.text[a:b], lvl) for a, b, lvl in v.headings] == [("Head", 2)]
    check_map(md, v)


def test_link_span_maps_back_exactly() -> None:
    md = "Read [the **UN** report](https://un.org/r_1.pdf) today."
    v = view(md)
    assert v.text == "Read the UN report https://un.org/r_1.pdf today."
    i = v.text.index("https://")
    start, end = v.to_source(i, i + len("https://un.org/r_1.pdf"))
    assert md[start:end] == "https://un.org/r_1.pdf"
    space = v.text.index(" https://")
    assert md[v.source[space]] == "("  # the separating space stands for the "("
    start, end = v.to_source(v.text.index("the"), v.text.index(" https"))
    assert md[start:end] == "the **UN** report"


def test_to_source_edges() -> None:
    v = view("a **b** c")
    assert v.text == "a b c"
    assert v.to_source(2, 3) == (4, 5)
    assert v.to_source(2, 2) == (4, 4)
    assert v.to_source(0, 5) == (0, 9)
    assert v.to_source(5, 5) == (9, 9)
    with pytest.raises(ValueError):
        v.to_source(3, 9)


def test_zs_list_matches_unicode() -> None:
    every = {chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Zs"}
    assert set(ZS_CHARS) == every - {" "}


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_unicode_spaces_become_ascii_spaces(fmt: str) -> None:
    original = "a\u00a0b\u202fc\u2009d\u3000e\nf\u2007g &nbsp;h"
    v = view(original, fmt)
    expected = "a b c d e\nf g " + ("&nbsp;h" if fmt == "text" else " h")
    assert v.text == expected
    check_map(original, v)
    if fmt == "text":
        assert v.source == list(range(len(original) + 1)) and v.headings == []


def test_seed_004() -> None:
    original = SEED_004.read_text(encoding="utf-8")
    v = view(original)
    check_map(original, v)
    assert "*Farhan Zahid¹" in v.text
    i = v.text.index("¹")
    assert original[v.source[i]] == "1"
    a, b = v.to_source(v.text.index("*Farhan"), i + 1)
    assert original[a:b] == "*Farhan Zahid<sup>1"  # the escaping backslash before it is markup
    titles = {v.text[a:b]: level for a, b, level in v.headings}
    assert titles["References"] == 2
    assert titles["Conclusion"] == 3  # "### **Conclusion**"
    url = "https://afghanistan.un.org/en/227956-2022-un-afghanistan-annual-results-report"
    j = v.text.index(url)
    assert v.text[j - 1] == " " and v.text[j + len(url)] == "\n"
    a, b = v.to_source(j, j + len(url))
    assert original[a:b] == url and original[a - 1] == "<" and original[b] == ">"
    assert "<https://" not in v.text and "**" not in v.text


_PIECES = [
    "word", " ", " ", "\n", "\n\n", "*", "**", "_", "__", "`", "``", "\\", "\\*", "\\\\_", "[",
    "]", "(", ")", "](", "![", "<", ">", "<sup>", "</sup>", "<br>", "<https://x.org/a_b>",
    "https://y.org/p_q(r)", "&amp;", "&", "#", "## ", "- ", "1. ", "> ", "---", "```", "é",
    "\u00a0", "\r\n", "snake_case", "<!--", "-->", "[t](http://u.v/w)", "|", "~~~", "===",
]  # fmt: skip


def test_random_markdown_keeps_the_map_exact() -> None:
    rng = random.Random(1234)
    for _ in range(400):
        md = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 60)))
        v = view(md)
        check_map(md, v)
        for a, b, level in v.headings:
            assert 0 <= a < b <= len(v.text) and 1 <= level <= 6
            assert "\n" not in v.text[a:b]


@pytest.mark.parametrize(
    "evil",
    ["[" * 50_000, "`" * 3 + " `` ` " * 20_000, "<!--" * 30_000, "](" * 30_000, "*a_" * 30_000,
     "# " + " " * 100_000 + "x", "https://x.org/" + ")" * 100_000, "<a " * 30_000,
     "![" * 20_000 + "]" * 20_000, "&#" * 40_000, "\\" * 100_000],
)  # fmt: skip
def test_pathological_inputs_are_handled(evil: str) -> None:
    # speed on such inputs is measured by bench/plain_view.py, not asserted here
    v = view(evil)
    assert len(v.source) == len(v.text) + 1


