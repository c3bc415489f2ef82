"""The shipped model: it loads, labels policy and science references, flags non-references,
and the build's parse_reference takes its reading where the rules are unsure."""

from __future__ import annotations

import pytest

from citekit.extract.labeller.model import load_labeller, shipped_model_path
from citekit.extract.labeller.reference import label_reference
from citekit.extract.refparse import RULES_TRUSTED, parse_reference, parse_reference_rules

pytestmark = pytest.mark.skipif(not shipped_model_path().exists(), reason="model not trained")


def test_model_labels_a_journal_article():
    parsed = label_reference("LeCun, Y., Bengio, Y., & Hinton, G. (2015). Deep learning. Nature, 521(7553), "
                             "436–444. https://doi.org/10.1038/nature14539")
    f = parsed.fields
    assert parsed.is_reference and parsed.confidence >= 0.5
    assert [a.family for a in f.authors] == ["LeCun", "Bengio", "Hinton"]
    assert (f.date, f.title, f.container, f.volume, f.number, f.pages) == (
        "2015", "Deep learning", "Nature", "521", "7553", "436--444")
    assert f.doi == "10.1038/nature14539"


def test_model_reads_an_organisation_report_with_a_un_symbol():
    f = label_reference("United Nations Security Council. (2023, June 16). Letter dated 15 June 2023 from the "
                        "Chair of the Committee addressed to the President of the Security Council "
                        "(S/2023/549). https://undocs.org/S/2023/549").fields
    assert [a.literal for a in f.authors] == ["United Nations Security Council"]
    assert f.date == "2023-06-16" and f.un_symbol == "S/2023/549"
    assert f.title.startswith("Letter dated 15 June 2023")


@pytest.mark.parametrize("text", [
    "",
    "The committee met twice in the spring and agreed that further work was needed before any decision.",
    "Page 4 of 12",
])
def test_non_references_are_flagged(text):
    parsed = label_reference(text)
    assert not parsed.is_reference and parsed.confidence < 0.5
    assert parsed.fields.title is None


UNSURE = ("\"Attention mechanisms explained.\" [Online]. Available: https://example.com/attention "
          "(accessed Jan. 5, 2021).")


def test_the_model_reads_an_online_page_with_an_access_date():
    model = label_reference(UNSURE)
    assert model.is_reference
    assert model.fields.title == "Attention mechanisms explained"
    assert model.fields.urldate == "2021-01-05" and model.fields.url == "https://example.com/attention"


@pytest.mark.parametrize("model_confidence, flagged, want_model", [(0.95, False, True), (0.6, False, False),
                                                                   (0.95, True, False)])
def test_parse_reference_takes_the_model_reading_only_when_the_rules_are_unsure_and_it_is_surer(
        monkeypatch, model_confidence, flagged, want_model):
    import citekit.extract.labeller.reference as reference

    rules = parse_reference_rules(UNSURE)
    assert rules.confidence < RULES_TRUSTED  # the rules doubt this one (no year)
    real = reference.label_reference(UNSURE)
    fake = real.model_copy(update={"confidence": model_confidence, "is_reference": not flagged})
    monkeypatch.setattr(reference, "label_reference", lambda text: fake)
    parsed = parse_reference(UNSURE)
    if want_model:
        assert parsed.fields == fake.fields and parsed.confidence == model_confidence
        assert any("trained labeller used" in p for p in parsed.problems)
    else:
        assert parsed.fields == rules.fields and parsed.confidence == rules.confidence


def test_parse_reference_keeps_a_sure_rule_reading():
    ref = "Smith, J. A. (2019). Counting the costs of war. Journal of Peace Research, 56(2), 101-115."
    rules = parse_reference_rules(ref)
    assert rules.confidence >= RULES_TRUSTED
    assert parse_reference(ref) == rules


def test_model_loads_once():
    assert load_labeller() is load_labeller()
