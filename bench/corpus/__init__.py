"""Synthetic corpus with known truth for the scale benchmark (`bench/make_corpus.py`).

Modules: `vocab` (embedded word lists), `sources` (the shared pool of cited works and its
look-alike series), `styles` (a source as an APA/Chicago/MLA/IEEE/Harvard reference and its
inline citations), `prose` (filler text and prose attributions), `documents` (one document:
text, gold and truth), `gold` (pydantic models of what is written).
"""
