"""Bytes -> text: BOMs, UTF-8, the legacy single-byte fallback, and refusing binaries."""

from __future__ import annotations

import codecs

import pytest

from citekit.ingest.decode import DecodeError, decode_bytes


def test_plain_utf8_keeps_crlf() -> None:
    d = decode_bytes("naïve – text\r\nline 2".encode())
    assert d == ("naïve – text\r\nline 2", "utf-8", None)


def test_utf8_bom_is_stripped_so_offsets_start_after_it() -> None:
    d = decode_bytes(codecs.BOM_UTF8 + "héllo".encode())
    assert d.text == "héllo" and d.encoding == "utf-8-sig" and d.note is None


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_utf16_and_utf32_with_bom(bom: bytes, codec: str) -> None:
    text = "Zahid¹ – «résumé»\r\n𝔘nicode"
    d = decode_bytes(bom + text.encode(codec))
    assert d.text == text and d.encoding == codec and d.note is None


def test_utf16_without_bom_is_recognised_by_its_nul_pattern() -> None:
    d = decode_bytes("plain words, no byte order mark".encode("utf-16-le"))
    assert d.text == "plain words, no byte order mark"
    assert d.encoding == "utf-16-le" and "no byte order mark" in (d.note or "")


def test_cp1252() -> None:
    d = decode_bytes("café – naïve".encode("cp1252"))
    assert d.text == "café – naïve"
    assert d.encoding == "cp1252"
    assert d.note == "not valid UTF-8 (first bad byte at offset 3); decoded as cp1252"


def test_cp1251_cyrillic() -> None:
    text = "Доклад группы по наблюдению, представленный Совету Безопасности."
    d = decode_bytes(text.encode("cp1251"))
    assert d.text == text and d.encoding == "cp1251"
    assert d.note and d.note.startswith("not valid UTF-8 (first bad byte at offset 0)")


def test_a_stray_legacy_byte_in_utf8_does_not_spoil_the_rest() -> None:
    data = "It’s “quoted” text".encode() + b" and a stray \x92 byte"
    d = decode_bytes(data)
    assert d.text == "It’s “quoted” text and a stray ’ byte"
    assert d.encoding == "utf-8" and "1 stray byte decoded as cp1252" in (d.note or "")


def test_declared_charset_wins_over_guessing() -> None:
    data = "Le prix: 5 € (été)".encode("iso8859_15")
    assert decode_bytes(data).text != "Le prix: 5 € (été)"  # a guess reads the € as ¤
    d = decode_bytes(data, declared="ISO-8859-15")
    assert d.text == "Le prix: 5 € (été)" and d.encoding == "iso8859-15"
    assert "declared" in (d.note or "")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file"),
        (codecs.BOM_UTF8, "empty file (only a byte order mark)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (NUL bytes), not a text document"),
        (bytes(range(1, 32)) * 20, "binary file (control characters), not a text document"),
    ],
)
def test_refused(data: bytes, message: str) -> None:
    with pytest.raises(DecodeError) as err:
        decode_bytes(data)
    assert str(err.value) == message


def test_broken_utf16_is_an_error() -> None:
    with pytest.raises(DecodeError, match="invalid UTF-16-LE"):
        decode_bytes(codecs.BOM_UTF16_LE + b"a\x00\x00\xd8")  # lone surrogate
