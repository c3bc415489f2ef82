"""Render the report page: header, graph with legend, sources table, per-source and
per-document detail. Every value from the build is HTML-escaped; only http(s) links become
``href``s, and nothing is loaded from elsewhere (styles and script are inline)."""

from __future__ import annotations

from collections import defaultdict
from html import escape
from urllib.parse import quote, urlsplit

from citekit import __version__
from citekit.report.assets import CSS, JS
from citekit.report.graph import GRAPH_CSS, NODE_STYLES, anchor
from citekit.report.kinds import node_kind
from citekit.report.load import context_of
from citekit.report.model import KIND_LABELS, KIND_SHORT, DocumentRecord, Library, MentionRecord, WorkRecord
from citekit.report.selection import Edge, GraphSelection, cited_by, plan_details

KIND_WORDS = {"reference": "reference entry", "inline-citation": "inline citation", "attribution": "attribution"}
BROKEN = {"dead", "failing", "soft-404"}
#: Longest list of citing documents shown in a detail entry.
MAX_LISTED = 50
COLUMNS = ("Key", "Type", "Title", "Authors", "Published in", "Date", "Cited by", "Link")


def e(value: object) -> str:
    """HTML-escape anything (quotes included); None is empty."""
    return "" if value is None else escape(str(value), quote=True)


def web_link(url: str | None, text: str | None = None) -> str:
    """An ``<a>`` for http(s) URLs only; any other scheme is shown as text, never linked."""
    if not url:
        return ""
    if urlsplit(url.strip()).scheme.lower() not in ("http", "https"):
        return e(text or url)
    return f'<a href="{e(url.strip())}" rel="noreferrer noopener">{e(text or url)}</a>'


def doi_link(doi: str) -> str:
    return f'<a href="https://doi.org/{e(quote(doi, safe="/:;()"))}" rel="noreferrer noopener">{e(doi)}</a>'


class Page:
    """One report page for a library; :meth:`render` returns the whole HTML text."""

    def __init__(self, library: Library, edges: list[Edge], selection: GraphSelection | None, svg: str | None, *,
                 max_details: int, max_mentions: int, graph_note: str | None = None) -> None:
        self.library, self.citations = library, library.citations
        self.selection, self.svg, self.graph_note = selection, svg, graph_note
        self.works = {w.key: w for w in self.citations.works}
        self.doc_key = {d.id: d.key for d in self.citations.documents}
        self.cited_by = cited_by(edges)
        self.by_work: dict[str, list[MentionRecord]] = defaultdict(list)
        self.by_doc: dict[str, list[MentionRecord]] = defaultdict(list)
        for m in self.citations.mentions:
            if m.work:
                self.by_work[m.work].append(m)
            self.by_doc[m.document].append(m)
        self.sources = [w for w in self.citations.works if self.cited_by.get(w.key) or not w.document]
        self.sources.sort(key=lambda w: (-len(self.cited_by.get(w.key, ())), w.key))
        in_graph = set(selection.nodes) if selection else set()
        graph_docs = {d.id for d in self.citations.documents if d.key in in_graph}
        self.plan = plan_details([(w.key, len(self.by_work.get(w.key, ()))) for w in self.sources],
                                 [(d.id, len(self.by_doc.get(d.id, ()))) for d in self.citations.documents],
                                 in_graph | graph_docs, max_details, max_mentions)
        self.detailed_sources = set(self.plan.sources)
        self.detailed_docs = {self.doc_key.get(d) or d for d in self.plan.documents}

    # -- links -----------------------------------------------------------------------------
    def work_link(self, key: str | None) -> str:
        """A link to the work's detail: its source entry, else its document entry, else plain text."""
        if not key:
            return '<span class="muted">unlinked</span>'
        if key in self.detailed_sources:
            return f'<a href="#{anchor("s", key)}">{e(key)}</a>'
        return self.doc_link(key)

    def doc_link(self, key: str) -> str:
        return f'<a href="#{anchor("d", key)}">{e(key)}</a>' if key in self.detailed_docs else e(key)

    def doc_links(self, keys: set[str] | list[str]) -> str:
        """Links to documents, sorted, at most :data:`MAX_LISTED` of them."""
        ordered = sorted(keys)
        listed = ", ".join(self.doc_link(k) for k in ordered[:MAX_LISTED])
        return listed + (f" and {len(ordered) - MAX_LISTED} more" if len(ordered) > MAX_LISTED else "")

    def status_of(self, key: str) -> tuple[str, str]:
        """(status, detail) of the work's links, the worst first; ("", "") when never checked."""
        found = self.library.health.get(key)
        if not found:
            return "", ""
        worst = sorted(found, key=lambda h: (h.status not in BROKEN, h.status != "ok"))[0]
        detail = f"checked {worst.checked_at or '?'}" + (f", HTTP {worst.http_status}" if worst.http_status else "")
        return worst.status, detail + (f", {worst.error}" if worst.error else "")

    def named(self, key: str) -> str:
        """How the documents name an untitled work (its first attribution's source name), or ""."""
        return next((m.source_name for m in self.by_work.get(key, ()) if m.source_name), "") or ""

    # -- page ------------------------------------------------------------------------------
    def render(self) -> str:
        title = f"Citation report: {len(self.citations.documents)} documents, {len(self.sources)} sources"
        parts = [
            "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<meta name="generator" content="citekit {e(__version__)}">', f"<title>{e(title)}</title>",
            f"<style>{CSS}{GRAPH_CSS}</style>", "</head>", "<body>", self.header(title), "<main>", self.graph_section(),
            self.sources_section(), self.source_details(), self.document_details(), "</main>",
            f'<footer><p class="muted">Made by citekit {e(__version__)} from {e(self.library.source)}.</p></footer>',
            f"<script>{JS}</script>", "</body>", "</html>",
        ]
        return "\n".join(parts) + "\n"

    def header(self, title: str) -> str:
        kinds = [m.kind for m in self.citations.mentions]
        checked = (f"links last checked {e(self.library.checked_at)}" if self.library.checked_at
                   else "links not checked yet (run <code>citekit check</code>)")
        notes = ""
        if self.library.missing_texts:
            notes = (f'<p class="note">The text of {len(self.library.missing_texts)} document(s) could not be read '
                     "again (moved or changed since the build): their mentions are shown without their sentence.</p>")
        return (f"<header><h1>{e(title)}</h1>"
                f'<p class="muted">{len(kinds)} mentions: {kinds.count("reference")} reference entries, '
                f'{kinds.count("inline-citation")} inline citations, {kinds.count("attribution")} attributions; '
                f"{checked}.</p>{notes}"
                '<nav aria-label="Sections"><ul><li><a href="#graph">Graph</a></li><li><a href="#sources">Sources</a>'
                '</li><li><a href="#source-details">Sources in detail</a></li><li><a href="#documents">Documents</a>'
                "</li></ul></nav></header>")

    def graph_section(self) -> str:
        head = '<section id="graph" aria-labelledby="graph-title"><h2 id="graph-title">Citation graph</h2>'
        if self.svg is None or self.selection is None:
            return head + f'<p class="note">{e(self.graph_note or "No graph.")}</p></section>'
        s = self.selection
        intro = ("<p>Each arrow goes from a citing document to what it cites; thicker arrows mean more mentions. "
                 "Select a node to read its detail.</p>")
        if s.truncated:
            intro += (f'<p class="note" id="graph-truncated">The graph shows the {s.shown_sources} most-cited sources '
                      f"(of {s.total_sources}) and {s.shown_documents} of the {s.total_documents} documents, those "
                      f"citing them; left out: {s.total_sources - s.shown_sources} sources, "
                      f"{s.total_documents - s.shown_documents} documents and {s.total_edges - len(s.edges)} of the "
                      f"{s.total_edges} links. The sources table lists every source.</p>")
        tools = ('<p class="graph-tools"><button type="button" id="graph-size" aria-pressed="false" '
                 'aria-controls="graph-box">Full size</button></p>')
        return (head + intro + tools + '<figure><div class="graph-box" id="graph-box" tabindex="0" role="group" '
                'aria-label="Citation graph, scrollable">' + self.svg + '</div><figcaption><ul class="legend" '
                'aria-label="Legend">' + legend_items() + "</ul></figcaption></figure></section>")

    def sources_section(self) -> str:
        heads = "".join(
            f'<th scope="col" aria-sort="{"descending" if name == "Cited by" else "none"}"'
            f'{" data-numeric" if name == "Cited by" else ""}><button type="button">{name}</button></th>'
            for name in COLUMNS)
        return ('<section id="sources" aria-labelledby="sources-title"><h2 id="sources-title">Sources</h2>'
                '<form class="filter" role="search" onsubmit="return false"><label for="source-filter">Filter sources'
                '</label><input id="source-filter" type="search" autocomplete="off" aria-describedby="filter-count">'
                '</form><p id="filter-count" class="muted" aria-live="polite"></p>'
                '<div class="table-box"><table id="sources-table"><caption>Every cited source and every corpus '
                "document another one cites, most cited first; the column buttons sort.</caption>"
                f"<thead><tr>{heads}</tr></thead><tbody>"
                + "".join(self.source_row(w) for w in self.sources) + "</tbody></table></div></section>")

    def source_row(self, w: WorkRecord) -> str:
        status, detail = self.status_of(w.key)
        kind = node_kind(w)
        link = (f'<td class="status-{e(status)}" title="{e(detail)}">{e(status)}' if status
                else f'<td class="muted">{"not checked" if w.url or w.doi else ""}')
        title = e(w.title) if w.title else f'<i class="muted">{e(self.named(w.key) or "untitled")}</i>'
        type_text = e(w.type) + ("" if KIND_SHORT[kind] == w.type else f" <small>({KIND_SHORT[kind]})</small>")
        return (f"<tr><td>{self.work_link(w.key)}<td>{type_text}<td>{title}<td>{e('; '.join(w.authors))}"
                f"<td>{e(w.container or w.publisher or w.institution)}<td>{e(w.date)}"
                f'<td class="num">{len(self.cited_by.get(w.key, ()))}{link}</td></tr>')

    def meta_list(self, w: WorkRecord, extra: list[tuple[str, str]] = ()) -> str:
        items = [("Key", e(w.key)), ("Type", f"{e(w.type)} ({e(KIND_LABELS[node_kind(w)])})"),
                 ("Authors", e("; ".join(w.authors))), ("Published in", e(w.container)), ("Publisher", e(w.publisher)),
                 ("Institution", e(w.institution)), ("Date", e(w.date)), ("URL", web_link(w.url)),
                 ("DOI", doi_link(w.doi) if w.doi else "")]
        items += [("UN symbol" if name == "un_symbol" else name.replace("_", " "), e(value))
                  for name, value in sorted(w.identifiers.items()) if value and name != "report_number"]
        status, detail = self.status_of(w.key)
        if status:
            items.append(("Link status", f'<span class="status-{e(status)}">{e(status)}</span> <small>{e(detail)}</small>'))
        items += list(extra)
        return '<dl class="meta">' + "".join(f"<dt>{n}</dt><dd>{v}</dd>" for n, v in items if v) + "</dl>"

    def left_out(self, shown: int, total: int, what: str, cap: int | None) -> str:
        notes = []
        if shown < total:
            notes.append(f"{shown} of the {total} {what} have an entry here (those in the graph, then the most "
                         "cited); raise --max-details for more.")
        if cap is not None:
            notes.append(f"Each shows at most {cap} mentions (--max-mentions). citations.json has them all.")
        return f'<p class="note">{" ".join(notes)}</p>' if notes else ""

    def source_details(self) -> str:
        cap = self.plan.source_mentions
        out = ['<section id="source-details" aria-labelledby="source-details-title">'
               '<h2 id="source-details-title">Sources in detail</h2>',
               self.left_out(len(self.plan.sources), self.plan.total_sources, "sources", cap)]
        for key in self.plan.sources:
            w = self.works[key]
            ident = anchor("s", key)
            citing = self.doc_links(self.cited_by.get(key, ()))
            mentions = self.by_work.get(key, [])
            shown = mentions if cap is None else mentions[:cap]
            extra = [("Cited by", citing)] + ([("Corpus document", self.doc_link(key))] if w.document else [])
            out.append(f'<article id="{ident}" aria-labelledby="{ident}-h"><h3 id="{ident}-h">'
                       f'{e(w.title) or e(self.named(key)) or e(key)}</h3>' + self.meta_list(w, extra)
                       + f"<h4>Mentions ({len(mentions)})</h4>"
                       + (f'<ol class="mentions">{"".join(self.mention_item(m) for m in shown)}</ol>' if shown else "")
                       + (f'<p class="muted">… and {len(mentions) - len(shown)} more.</p>' if len(shown) < len(mentions)
                          else "") + "</article>")
        return "".join(out) + "</section>"

    def mention_item(self, m: MentionRecord) -> str:
        context = context_of(self.library, m)
        quoted = (f"{e(context.before)}<mark>{e(context.mention)}</mark>{e(context.after)}" if context
                  else f"<mark>{e(m.text)}</mark>")
        key = self.doc_key.get(m.document)
        bits = [f"in {self.doc_link(key) if key else e(m.document)}", KIND_WORDS.get(m.kind, e(m.kind))]
        if m.cue:
            bits.append(f"cue “{e(m.cue)}”")
        if m.source_name:
            bits.append(f"names “{e(m.source_name)}”")
        if m.kind == "inline-citation" and m.reference:
            bits.append(f"reference {m.reference}")
        return f'<li><blockquote>{quoted}</blockquote><p class="where">{" · ".join(bits)}</p></li>'

    def document_details(self) -> str:
        cap = self.plan.document_mentions
        documents = {d.id: d for d in self.citations.documents}
        out = ['<section id="documents" aria-labelledby="documents-title"><h2 id="documents-title">Documents</h2>',
               self.left_out(len(self.plan.documents), self.plan.total_documents, "documents", cap)]
        out += [self.document_entry(documents[i], cap) for i in self.plan.documents]
        return "".join(out) + "</section>"

    def document_entry(self, d: DocumentRecord, cap: int | None) -> str:
        w = self.works.get(d.key) if d.key else None
        ident = anchor("d", d.key or d.id)
        derived = self.doc_links(w.derived_from if w else [])
        cited = self.doc_links(self.cited_by.get(d.key, ())) if d.key else ""
        extra = [("File", f"{e(d.path)} <small>({e(d.format)}, {e(d.encoding)})</small>"),
                 ("Derived from", derived), ("Cited by", cited)]
        meta = self.meta_list(w, extra) if w else f'<dl class="meta"><dt>File</dt><dd>{e(d.path)}</dd></dl>'
        mentions = self.by_doc.get(d.id, [])
        shown = mentions if cap is None else mentions[:cap]
        body = [f'<article id="{ident}" aria-labelledby="{ident}-h"><h3 id="{ident}-h">'
                f"{e((w.title if w else None) or d.key or d.id)}</h3>", meta]
        references = sorted((m for m in shown if m.kind == "reference"), key=lambda m: (m.reference or 0, m.start))
        attributions = [m for m in shown if m.kind == "attribution"]
        inline = [m for m in shown if m.kind == "inline-citation"]
        if references:
            body.append(f'<h4>References ({len(references)})</h4><ol class="items">' + "".join(
                f'<li{f" value={m.reference}" if m.reference else ""}>{e(m.text)} → {self.work_link(m.work)}</li>'
                for m in references) + "</ol>")
        if attributions:
            body.append(f'<h4>Attributions ({len(attributions)})</h4><ul class="items">' + "".join(
                f"<li>“{e(m.text)}” <small>cue “{e(m.cue)}”</small> → {self.work_link(m.work)}</li>"
                for m in attributions) + "</ul>")
        if inline:
            body.append(f'<h4>Inline citations ({len(inline)})</h4><ul class="items">' + "".join(
                f"<li>{e(m.text)} → {self.work_link(m.work)}</li>" for m in inline) + "</ul>")
        if len(shown) < len(mentions):
            body.append(f'<p class="muted">… and {len(mentions) - len(shown)} more mentions.</p>')
        return "".join(body) + "</article>"


def legend_items() -> str:
    """One legend entry per node kind (the same shapes and colours as the graph) and edge style."""
    shapes = {
        "box": '<rect x="2" y="3" width="26" height="14"/>',
        "note": '<path d="M2 3h20l6 5v9H2z"/>',
        "ellipse": '<ellipse cx="15" cy="10" rx="13" ry="7"/>',
        "hexagon": '<path d="M2 10l5-7h16l5 7-5 7H7z"/>',
        "parallelogram": '<path d="M7 3h21l-5 14H2z"/>',
    }
    items = []
    for kind, style in NODE_STYLES.items():
        width = "2" if "bold" in style["style"] else "1"
        items.append(f'<li><svg width="30" height="20" aria-hidden="true"><g fill="{style["fillcolor"]}" '
                     f'stroke="{style["color"]}" stroke-width="{width}">{shapes[style["shape"]]}</g></svg>'
                     f"{e(KIND_LABELS[kind])}</li>")
    items.append('<li><svg width="30" height="20" aria-hidden="true"><path d="M2 10h22" stroke="#555" stroke-width="2"/>'
                 '<path d="M22 6l6 4-6 4z" fill="#555"/></svg>cites (thicker: more mentions)</li>')
    items.append('<li><svg width="30" height="20" aria-hidden="true"><path d="M2 10h20" stroke="#b3261e" '
                 'stroke-width="2" stroke-dasharray="4 3"/><path d="M22 6l6 4-6 4z" fill="#fff" stroke="#b3261e"/>'
                 "</svg>derived from (rewrites without citing)</li>")
    return "".join(items)
