"""Extraction: reference-string parsing, identifiers and the small field normalisers."""
