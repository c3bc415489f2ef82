"""Trained reference-string parser: a CRF (python-crfsuite) that labels each token of a reference
with one of AnyStyle's labels, then the shared normalisers turn the labelled spans into Fields.

Modules: :mod:`.tokens` (tokeniser with offsets), :mod:`.lexicon` (word lists learnt from the
training data), :mod:`.features` (token features), :mod:`.datasets` (AnyStyle XML and GROBID TEI),
:mod:`.model` (the shipped model), :mod:`.fields` (spans -> Fields), :mod:`.reference` (one string
through the model path, with a confidence and a non-reference flag), :mod:`.train`,
:mod:`.crossval` (k-fold) and :mod:`.scoring`.
"""

LABELS = (
    "author", "citation-number", "collection-title", "container-title", "date", "director", "doi",
    "edition", "editor", "genre", "isbn", "journal", "location", "medium", "note", "pages", "producer",
    "publisher", "source", "title", "translator", "url", "volume",
)
