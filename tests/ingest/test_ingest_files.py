"""Files -> Documents: finding inputs, loading them, and the one-line errors."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from citekit.ingest import IngestError, find_sources, load_document, plain_view

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def refused(path: Path, **kwargs) -> str:
    with pytest.raises(IngestError) as err:
        load_document(path, **kwargs)
    assert "\n" not in err.value.message
    assert err.value.problem().severity == "error"
    return err.value.message


def test_document_fields(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    data = "Title\n\nPlain text, nothing marked up (Roggio, 2023).\n".encode()
    write(tmp_path / "docs" / "001_abc.txt", data)
    doc, problems = load_document(Path("docs/001_abc.txt"))
    assert (doc.id, doc.path) == ("001_abc", "docs/001_abc.txt")
    assert (doc.format, doc.encoding) == ("text", "utf-8")
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    assert doc.text == data.decode() and problems == []
    # an absolute path inside the working directory is shown relative to it, or to root
    assert load_document(tmp_path / "docs" / "001_abc.txt")[0].path == "docs/001_abc.txt"
    assert load_document(Path("docs/001_abc.txt"), root=tmp_path / "docs")[0].path == "001_abc.txt"


def test_format_detection(tmp_path: Path) -> None:
    def fmt(name: str, text: str) -> str:
        return load_document(write(tmp_path / name, text))[0].format

    assert fmt("a.txt", "Just prose, 5 * 3 and a #hashtag.") == "text"
    assert fmt("b.txt", "Intro\n\n## References\n\n- A. (2020).") == "markdown"
    assert fmt("c.txt", "See <https://example.org/x>.") == "markdown"
    assert fmt("d.txt", "See [x](https://example.org/x).") == "markdown"
    assert fmt("e.txt", "Some **bold** words.") == "markdown"
    assert fmt("f.txt", "Zahid<sup>1</sup>") == "markdown"
    assert fmt("g.txt", "\\*Note") == "markdown"
    assert fmt("h.md", "nothing special") == "markdown"
    assert fmt("i.markdown", "nothing special") == "markdown"
    assert fmt("j.text", "nothing special") == "text"
    assert fmt("noext", "# Heading\n") == "markdown"


def test_seed_004_loads_as_markdown() -> None:
    doc, problems = load_document(SEEDS / "004_6ce7330dd1e5eceb.txt")
    assert doc.format == "markdown" and problems == []
    assert doc.id == "004_6ce7330dd1e5eceb"
    assert "*Farhan Zahid¹" in plain_view(doc).text


def test_legacy_encoding_is_a_warning(tmp_path: Path) -> None:
    doc, problems = load_document(write(tmp_path / "old.txt", "café – naïve".encode("cp1252")))
    assert doc.text == "café – naïve" and doc.encoding == "cp1252"
    assert [(p.severity, p.message) for p in problems] == [
        ("warning", "not valid UTF-8 (first bad byte at offset 3); decoded as cp1252")
    ]


def test_utf16_file(tmp_path: Path) -> None:
    path = write(tmp_path / "u16.txt", b"\xff\xfe" + "Zahid, F. (2024)\r\n".encode("utf-16-le"))
    doc, _ = load_document(path)
    assert doc.text == "Zahid, F. (2024)\r\n" and doc.encoding == "utf-16-le"


def test_missing_and_directory(tmp_path: Path) -> None:
    assert refused(tmp_path / "nope.txt") == "no such file or directory"
    assert refused(tmp_path) == "is a directory, not a file"


def test_empty(tmp_path: Path) -> None:
    assert refused(write(tmp_path / "empty.txt", b"")) == "empty file"


def test_binary_and_pdf(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"
    message = refused(write(tmp_path / "img.txt", png))
    assert message == "binary file (NUL bytes), not a text document"
    pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"
    assert refused(write(tmp_path / "paper.txt", pdf)) == "PDF is not supported yet"


def test_too_large_is_refused_from_stat_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50_000_000)  # sparse: no 50 MB written

    def no_reading(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_reading)
    message = refused(big)
    assert message == "50.0 MB is larger than the 10.0 MB limit (--max-bytes)"
    message = refused(big, max_bytes=1_000_000)
    assert message == "50.0 MB is larger than the 1.0 MB limit (--max-bytes)"


def test_permission_denied(tmp_path: Path) -> None:
    path = write(tmp_path / "secret.txt", "text")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as root: chmod does not stop reading")
        assert refused(path) == "permission denied"
    finally:
        path.chmod(0o644)


def test_permission_denied_even_as_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "secret.txt", "text")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(Path, "open", denied)
    assert refused(path) == "permission denied"


def test_not_a_regular_file(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert refused(fifo) == "not a regular file"  # and it did not hang reading the pipe


def test_find_sources_walks_sorted_and_skips(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for name in [
        "corpus/b.md", "corpus/a.txt", "corpus/c/z.html", "corpus/c/y.htm", "corpus/B.TXT",
        "corpus/d.text", "corpus/e.markdown", "corpus/f.xhtml", "corpus/.hidden.txt",
        "corpus/.git/x.txt", "corpus/refs.bib", "corpus/data.json", "corpus/paper.pdf",
        "other/notes.bib",
    ]:  # fmt: skip
        write(tmp_path / name, "x")
    found, problems = find_sources(
        [Path("corpus"), Path("other/notes.bib"), Path("corpus/a.txt"), Path("missing")]
    )
    assert [p.as_posix() for p in found] == [
        "corpus/B.TXT", "corpus/a.txt", "corpus/b.md", "corpus/c/y.htm", "corpus/c/z.html",
        "corpus/d.text", "corpus/e.markdown", "corpus/f.xhtml", "other/notes.bib",
    ]  # fmt: skip
    assert [(p.path, p.message, p.severity) for p in problems] == [
        ("corpus/paper.pdf", "PDF is not supported yet", "warning"),
        ("missing", "no such file or directory", "error"),
    ]
    explicit_pdf = find_sources([Path("corpus/paper.pdf")])
    assert explicit_pdf[0] == [] and explicit_pdf[1][0].severity == "error"
