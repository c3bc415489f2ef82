"""citekit: one linked bibliography and citation graph from a folder of documents."""

__version__ = "0.1.0"
