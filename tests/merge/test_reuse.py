from citekit.merge.reuse import find_reuse

SENTENCES = [f"sentence number {i} tells of river {i % 7} and the dam at site {i * 3} in the long dry season"
             for i in range(40)]
ORIGINAL = " ".join(SENTENCES)
CONDENSED = " ".join(s.replace("long dry", "short wet") if i % 2 else s for i, s in enumerate(SENTENCES[::2]))
OTHER = " ".join(f"an unrelated text {i} about harbours ships cargo and tides in port {i}" for i in range(40))


def test_a_condensed_rewrite_is_found_and_points_at_the_original():
    found = find_reuse({"orig": ORIGINAL, "cond": CONDENSED, "other": OTHER}, {}, set())
    assert [(r.derived, r.source) for r in found] == [("cond", "orig")]
    assert found[0].containment > 0.5


def test_dates_decide_the_direction_and_citations_are_not_reuse():
    dated = find_reuse({"a": ORIGINAL, "b": CONDENSED}, {"a": "2024-05-01", "b": "2023-01-01"}, set())
    assert [(r.derived, r.source) for r in dated] == [("a", "b")]
    assert find_reuse({"orig": ORIGINAL, "cond": CONDENSED}, {}, {("cond", "orig")}) == []


def test_short_texts_are_not_judged():
    assert find_reuse({"a": "one two three four five", "b": "one two three four five"}, {}, set()) == []
