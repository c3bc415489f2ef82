"""Property: any Unicode title, author name and URL that citekit writes (to_entry/format_entry)
is read back the same by pybtex and by bibtexparser 2.x, after the LaTeX decoding of what the
writer escaped; LaTeX specials never break the real bibtex (nor pdflatex) where present."""

from __future__ import annotations

import re
import shutil
import subprocess

import bibtexparser
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pybtex.database import parse_string

from citekit.emit.bibtex import format_entry, format_library, safe_url, to_entry
from citekit.models import Author, Fields, Work

SPECIALS = "\\{}%&#_^~$"
# Whatever the writer escapes, decoded the way LaTeX typesets it; protecting braces dropped.
_DECODE_RE = re.compile(r"\\(textbackslash|textasciitilde|textasciicircum|textbraceleft|textbraceright)\{\}"
                        r"|\\([&%$#_])|[{}]|.", re.S)
_COMMANDS = {"textbackslash": "\\", "textasciitilde": "~", "textasciicircum": "^",
             "textbraceleft": "{", "textbraceright": "}"}

text = st.text(st.characters(exclude_categories=("Cs", "Cc", "Co", "Cn")) | st.sampled_from(SPECIALS),
               min_size=1, max_size=30).filter(lambda s: s.strip())
name = text.filter(lambda s: s.strip() not in ("", "{}"))
url = st.builds(lambda host, path: f"https://{host}.org/{path}",
                st.from_regex(r"[a-z][a-z0-9-]{0,10}", fullmatch=True),
                st.text(st.characters(exclude_categories=("Cs", "Cc", "Co", "Cn")), max_size=30))
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def decode(value: str) -> str:
    out = []
    for m in _DECODE_RE.finditer(value):
        if m.group(1):
            out.append(_COMMANDS[m.group(1)])
        elif m.group(2):
            out.append(m.group(2))
        elif m.group() not in "{}":
            out.append(m.group())
    return " ".join("".join(out).split())


def squash(value: str) -> str:
    return " ".join(value.split())


def _bibtexparser_fields(text_: str) -> dict[str, str]:
    library = bibtexparser.parse_string(text_)
    assert not library.failed_blocks, [b.error for b in library.failed_blocks]
    (entry,) = library.entries
    return {f.key: f.value for f in entry.fields}


@SETTINGS
@given(title=text, family=name, given_=name, link=url)
@example(title="\\{}%&#_^~$ R&D -- a } b {", family="de la Cruz, Jr.", given_="Ann and Bob", link="https://x.org/a b{c}")
@example(title="x", family="others", given_="", link="https://x.org/%7B")
def test_pybtex_and_bibtexparser_read_back_what_citekit_wrote(title, family, given_, link):
    work = Work(key="k2024", fields=Fields(type="article", title=title, container="J", date="2024",
                                           authors=[Author(family=family, given=given_ or None)], url=link))
    written = format_entry(to_entry(work))

    entry = parse_string(written, "bibtex").entries["k2024"]
    assert decode(entry.fields["title"]) == squash(title)
    assert entry.fields["url"] == safe_url(link)
    (person,) = entry.persons["author"]
    assert decode(" ".join(person.prelast_names + person.last_names)) == squash(family)
    assert decode(" ".join(person.first_names + person.middle_names)) == squash(given_)

    fields = _bibtexparser_fields(written)
    assert decode(fields["title"]) == squash(title)
    assert fields["url"] == safe_url(link)
    written_author = to_entry(work).fields["author"]
    assert fields["author"] == written_author  # bibtexparser leaves names to its name middleware
    assert not re.search(r"[{}\\\s]", fields["url"])  # only braces, backslashes, spaces change


_PRINTABLE = st.text(st.characters(min_codepoint=32, max_codepoint=126) | st.sampled_from(SPECIALS),
                     min_size=1, max_size=40).filter(lambda s: s.strip())
TOOLS_MISSING = shutil.which("bibtex") is None


@pytest.mark.skipif(TOOLS_MISSING, reason="bibtex not installed (.ci/run installs it)")
@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(titles=st.lists(_PRINTABLE, min_size=20, max_size=20))
@example(titles=[SPECIALS, "}{", "{", "}", "\\", "a\\", "%", "100% & #1 $x^2$ ~ a_b", "\\end{document}"] * 2 + ["x", "y"])
def test_specials_never_break_bibtex_or_pdflatex(tmp_path_factory, titles):
    tmp = tmp_path_factory.mktemp("specials")
    works = [Work(key=f"w{i:02d}", fields=Fields(type="article", title=t, container="J", date="2024",
                                                  authors=[Author(family=f"A{t[:5]}", given="B")]))
             for i, t in enumerate(titles)]
    (tmp / "lib.bib").write_text(format_library([to_entry(w) for w in works]), encoding="utf-8")
    (tmp / "paper.aux").write_text("\\relax\n\\citation{*}\n\\bibstyle{plain}\n\\bibdata{lib}\n", encoding="utf-8")
    done = subprocess.run(["bibtex", "paper"], cwd=tmp, capture_output=True, text=True, timeout=60,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 0 and "Warning" not in done.stdout, done.stdout
    assert (tmp / "paper.bbl").read_text(encoding="utf-8").count("\\bibitem") == len(titles)
    if shutil.which("pdflatex"):
        (tmp / "paper.tex").write_text("\\documentclass{article}\\usepackage{url}\\begin{document}"
                                       "\\nocite{*}\\bibliographystyle{plain}\\bibliography{lib}\\end{document}\n",
                                       encoding="utf-8")
        latex = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "paper"], cwd=tmp,
                               capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
        assert latex.returncode == 0, latex.stdout[-2000:]
