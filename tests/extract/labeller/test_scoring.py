"""Span micro-F1, exact match, field F1 and per-label scores on hand-checked cases."""

from __future__ import annotations

from citekit.extract.labeller.scoring import score


def test_perfect_and_one_boundary_error():
    words = ["Smith,", "J.", "(2001).", "A", "study."]
    gold = ["author", "author", "date", "title", "title"]
    pred = ["author", "date", "date", "title", "title"]
    s = score([(words, gold, gold), (words, gold, pred)], samples=50)
    # gold spans: 3 per reference; second prediction gets title right, author and date wrong
    assert s.span_f1.value == round(2 * (4 / 6) * (4 / 6) / (4 / 6 + 4 / 6), 4)
    assert s.exact.value == 0.5
    assert s.token_accuracy == 0.9
    by = {ls.label: ls for ls in s.labels}
    assert by["title"].f1 == 1.0
    assert by["author"].recall == 0.5 and by["author"].precision == 0.5
    assert s.exact.low <= 0.5 <= s.exact.high


def test_field_f1_ignores_punctuation_attachment():
    words = ["Nature,", "4,", "5-9."]
    gold = ["journal", "volume", "pages"]
    s = score([(words, gold, gold)], samples=10)
    assert s.field_f1.value == 1.0
    pred = ["journal", "journal", "pages"]
    s = score([(words, gold, pred)], samples=10)
    assert s.field_f1.value == 0.4  # 1 of 2 predicted, 1 of 3 gold
