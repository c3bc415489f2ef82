"""Make an in-memory Document and its plain view from a string."""

from citekit.ingest import plain_view
from citekit.ingest.detect import looks_like_markdown
from citekit.models import Document


def doc(text: str, id: str = "d") -> Document:
    fmt = "markdown" if looks_like_markdown(text) else "text"
    return Document(id=id, path=f"{id}.txt", sha256="0" * 64, text=text, format=fmt)


def view(text: str):
    return plain_view(doc(text))
