"""A result as the cache stores it: the text apart, read back only where a build needs it."""

from __future__ import annotations

import zlib

import pytest

from citekit.engine.document import DocumentResult, stored
from citekit.engine.extract import _loaded
from citekit.models import Document, Fields, Mention

TEXT = "Harbour traffic fell, the Port Authority said in its 2023 review. " * 20


def _result(fmt: str) -> DocumentResult:
    doc = Document(id="a", path="a.md", sha256="0" * 64, text=TEXT, format=fmt, meta=Fields(title="A"))
    mention = Mention(document="a", kind="attribution", start=0, end=5, text="Port", cue="said")
    return DocumentResult(path="a.md", document=doc, mentions=[mention], sketch=(40, [32]), facts=[1, 2])


def test_the_stored_json_leaves_the_text_out():
    data, text = stored(_result("markdown"))
    assert b"Harbour" not in zlib.decompress(data)
    assert zlib.decompress(text).decode() == TEXT


@pytest.mark.parametrize("fmt, keep, has_text", [("markdown", False, False), ("markdown", True, True),
                                                 ("text", False, False), ("html", False, True)])
def test_a_large_build_reads_back_only_the_texts_it_needs(fmt, keep, has_text):
    data, text = stored(_result(fmt))
    result = _loaded(zlib.decompress(data), text, keep_text=keep)
    assert result.document.text == (TEXT if has_text else "")
    assert result.mentions == _result(fmt).mentions and result.sketch == (40, [32])


def test_without_a_sketch_the_text_is_read_back():
    result = _result("markdown")
    result.sketch = None
    data, text = stored(result)
    assert _loaded(zlib.decompress(data), text, keep_text=False).document.text == TEXT
