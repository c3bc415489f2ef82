"""Make an in-memory Document and its plain view from a string."""

from citekit.extract.metadata import extract_metadata
from citekit.ingest import plain_view
from citekit.ingest.detect import looks_like_markdown
from citekit.models import Document


def doc(text: str, id: str = "d") -> Document:
    fmt = "markdown" if looks_like_markdown(text) else "text"
    return Document(id=id, path=f"{id}.txt", sha256="0" * 64, text=text, format=fmt)


def view(text: str):
    return plain_view(doc(text))


BODY = ("This is the first paragraph of the body and it is long enough to be recognised as running "
        "prose rather than a headline, a byline or a date line in the header.")


def metadata(text: str):
    """The document's own record read from ``text`` (all of it the body's end)."""
    v = view(text)
    return extract_metadata(v, len(v.text))
