"""Bytes -> text: BOM-marked Unicode, else strict UTF-8, else a guessed single-byte encoding.

Offsets everywhere in citekit refer to the decoded text.  A byte-order mark is not part of
that text: ``Decoded.text`` never starts with U+FEFF from a BOM, so offset 0 is the first
character after it.  Line endings are kept exactly as they are ("\\r\\n" stays two characters).
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

# Single-byte encodings the legacy fallback may choose, most likely first (ties go to the
# earlier one: charset-normalizer cannot tell cp1252 from cp1250 on a short French text).
LEGACY_ENCODINGS = (
    "cp1252", "cp1251", "cp1250", "cp1253", "cp1254", "cp1257", "cp1255", "cp1256",
    "koi8_r", "koi8_u", "iso8859_15", "latin_1", "iso8859_2", "iso8859_5", "iso8859_7",
    "iso8859_9", "iso8859_8", "iso8859_13", "mac_roman", "cp437", "cp850", "cp866",
)  # fmt: skip

_BOMS = (  # UTF-32 first: its little-endian BOM begins with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROLS_RE = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")  # C0 and C1, but tab, newlines, form feed, ESC
_CONTROL_LIMIT = 0.05  # more control characters than this fraction: binary
_SAMPLE = 1 << 16


class DecodeError(ValueError):
    """The bytes are not a text document (binary, empty or undecodable)."""


class Decoded(NamedTuple):
    """Decoded text, the codec used (a Python codec name) and an optional warning."""

    text: str
    encoding: str
    note: str | None = None


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode ``data``; ``declared`` is an encoding the file itself names (an HTML meta
    charset), tried before guessing when the bytes are not UTF-8."""
    if not data:
        raise DecodeError("empty file")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            name = codec.removesuffix("-sig")
            try:
                text = body.decode(name)
            except UnicodeDecodeError as err:
                raise DecodeError(
                    f"invalid {name.upper()} (byte order mark present; bad data at byte "
                    f"{err.start + len(bom)})"
                ) from None
            if not text:
                raise DecodeError("empty file (only a byte order mark)")
            return Decoded(_check_controls(text), codec)
    if b"\x00" in data:
        guessed = _utf16_without_bom(data)
        if guessed is None:
            raise DecodeError("binary file (NUL bytes), not a text document")
        return guessed
    try:
        return Decoded(_check_controls(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError as err:
        first_bad = err.start
    where = f"not valid UTF-8 (first bad byte at offset {first_bad})"
    mixed = _mostly_utf8(data)
    if mixed is not None:
        text, bad = mixed
        note = f"{where}; {bad} stray byte{'s' if bad > 1 else ''} decoded as cp1252"
        return Decoded(_check_controls(text), "utf-8", note)
    if declared:
        codec = _codec_name(declared)
        if codec in ("ascii", "iso8859-1"):  # as browsers do (WHATWG encoding standard)
            codec = "cp1252"
        if codec and codec not in ("utf-8", "utf-16", "utf-32"):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                pass
            else:
                note = f"{where}; decoded as declared {codec}"
                return Decoded(_check_controls(text), codec, note)
    codec = guess_legacy(data)
    text = data.decode(codec, errors="replace")
    return Decoded(_check_controls(text), codec, f"{where}; decoded as {codec}")


def guess_legacy(data: bytes) -> str:
    """The most plausible single-byte encoding of ``data`` (a Python codec name)."""
    from charset_normalizer import from_bytes

    rank = {name: i for i, name in enumerate(LEGACY_ENCODINGS)}
    best: tuple | None = None
    for match in from_bytes(data[: _SAMPLE * 4], cp_isolation=list(LEGACY_ENCODINGS)):
        names = [n for n in match.could_be_from_charset if n in rank] or [match.encoding]
        name = min(names, key=lambda n: rank.get(n, len(rank)))
        key = (
            round(match.chaos, 2),
            -round(match.coherence, 2),
            _mixed_script_words(data, name),
            rank.get(name, len(rank)),
        )
        if best is None or key < best[0]:
            best = (key, name)
    return _codec_name(best[1]) if best else "cp1252"


def _mixed_script_words(data: bytes, codec: str) -> int:
    """Words mixing ASCII letters with non-Latin letters ("cafй"): signs of a wrong guess."""
    count = 0
    for word in data[:_SAMPLE].decode(codec, errors="replace").split():
        if word.isascii() or not any("a" <= c.lower() <= "z" for c in word):
            continue
        if any(ord(c) > 0x24F and c.isalpha() for c in word):
            count += 1
    return count


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 with a few stray legacy bytes: decode those bytes alone as cp1252."""
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    multibyte = len(replaced) - len(replaced.encode("ascii", "ignore")) - bad
    if bad <= 0 or multibyte < 2 * bad:
        return None
    return data.decode("utf-8", errors="citekit-cp1252"), bad


def _cp1252_bytes(err: UnicodeError) -> tuple[str, int]:
    if not isinstance(err, UnicodeDecodeError):
        raise err
    chunk = err.object[err.start : err.end]
    return "".join(bytes([b]).decode("cp1252", errors="replace") for b in chunk), err.end


codecs.register_error("citekit-cp1252", _cp1252_bytes)


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 without a BOM shows NULs in every other byte; anything else with NULs is binary."""
    sample = data[:_SAMPLE]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = max(1, len(sample) // 2)
    if odd > 0.3 * half and even < 0.05 * half:
        codec = "utf-16-le"
    elif even > 0.3 * half and odd < 0.05 * half:
        codec = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    text = _check_controls(text)
    note = f"no byte order mark; decoded as {codec.upper()} (NUL byte pattern)"
    return Decoded(text, codec, note)


def _check_controls(text: str) -> str:
    """Reject text that is mostly control characters (a binary file that happens to decode)."""
    sample = text[:_SAMPLE]
    controls = len(_CONTROLS_RE.findall(sample))
    if controls > _CONTROL_LIMIT * len(sample):
        raise DecodeError("binary file (control characters), not a text document")
    if "\x00" in text:
        raise DecodeError("binary file (NUL characters), not a text document")
    return text


def _codec_name(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None
