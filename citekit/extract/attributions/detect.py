"""Attribution cues in one sentence (one job: the cue families, over word tokens).

Families, in the order they claim tokens:
- document-level lines: "Source: …" (any of several languages);
- headlines: "…, Reports X";
- prepositional frames: "according to X", "per X", "as reported by X", "citing X", "referring to X";
- a periodical issue: "the February 2022 edition of the magazine X";
- possessive titles: "X's “Title”";
- release verbs with a work as object: "X released a report titled “T”", "X issued his Guidelines …";
- source-first nominals with a reporting verb: "A 2023 UN report states", "The report reviewed by X
  stated", "X's unpublished report identifies";
- authorship of a known work: "The report was completed by a Dublin firm";
- a named subject with a reporting verb: "X said", "X has consistently reported";
- inversion after a quotation: '…," said X, the director of Y';
- a participle clause of the sentence's subject: "X cut the rating, saying …".

A source must be named (a capitalised name, a defined acronym, or a document nominal):
"experts say", "reportedly" and "officials said" are hedges, not attributions; a named
subject must open its clause ("those who recognise the junta claim" is no attribution).
"""

from __future__ import annotations

import re
import datetime as _dt
from dataclasses import dataclass
from functools import cached_property

from citekit.extract.attributions import lexicon as L
from citekit.extract.attributions.days import doc_day, set_off_day, spoken_on
from citekit.extract.attributions.entities import DOCUMENT_HEADS, KIND_HEADS, Entity, Registry
from citekit.extract.attributions.names import (Names, author_for, expand, head_word, is_acronym, is_office, is_org_like,
                                                is_journal, is_outlet, is_person_name, is_role, strip_honorific)
from citekit.extract.attributions.names import key as name_key
from citekit.extract.attributions.text import Tok
from citekit.extract.normalize.dates import find_dates
from citekit.extract.normalize.fold import fold
from citekit.extract.normalize.names import ORG_WORDS
from citekit.models import Author

_PARTICLE_NAME = re.compile(r"^(?:al|el|ad|as|ash|at|bin|ibn|abu)-[A-ZА-Я]")
# What a document says of its contents: "It says the matter has been referred", "It also recommended the …"
_DOCUMENT_SAYS = frozenset("says said states stated notes noted finds found concludes concluded recommends "
                           "recommended warns warned adds added records recorded".split())
_PUNCT_OPEN = {",", ";", ":", "—", "–", "(", "“", "”", '"', "‘", "’", "-"}
_QUOTES_OPEN = {"“", '"', "‘"}
_QUOTES_CLOSE = {"”", '"', "’"}
_PASSIVE = {"was", "were", "been", "be", "being", "is", "are", "get", "got"}  # "a document was found"
# '"Title" — Outlet, August 15, 2008' (optionally after 'Author. '): a news source line.
# A date set off at the end of a source line's title: "(2016)", ", 12 May 2024", ", March 2016".
_SET_OFF_DATE = re.compile(r"(?:\s*\(\s*[^()]*\b(?:19|20)\d\d\s*\)|,\s*(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\.?\s+)?"
                           r"(?:\d{1,2},\s*)?(?:19|20)\d\d)\s*\.?\s*$")
# What a source line may add after the work it names: ", Table 4", ", p. 12", "(dialysis and standard care)".
_LOCATOR = re.compile(r"(?:,\s*(?:table|figure|fig\.|chart|annex|appendix|chapter|section|p\.|pp\.|page|pages)"
                      r"\s*[\w.–-]*|\s*\((?![^()]*\d)[a-z][^()]{0,60}\))\s*\.?\s*$", re.I)
_SOURCE_ITEM = re.compile(r"\s*(?:(?P<author>[A-Z][^\"“”.]{1,60})\.\s+)?[“\"](?P<title>[^\"”]{3,250})[”\"]"
                          r"\s*[—–]+\s*(?P<name>[^,\n]{2,60}?)\s*(?:,\s*(?P<date>[^\n]{3,40}?))?\s*\.?\s*$")
_EDITION_YEAR = re.compile(r"\s(?:19|20)\d\d$")
# A source line's work described in lower case: "interim review of the 21 July disturbance", "annual report for 2025".
# A source line's body acronym right before a capitalised title, with no comma between.
_ACRONYM_TITLE = re.compile(r"(?P<body>[A-Z][A-Z&]{1,9})\s+(?P<title>[A-Z][a-z]+(?:\s+\S+)+)$")
_TWO_PLACED = re.compile(r"(?P<a>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3})\s+(?:of|at|from)\s+[^,;]+?\s+and\s+"
                         r"(?P<b>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3})(?:\s+(?:of|at|from)\s+[^,;]+)?")
_TWO_NAMES = re.compile(r"([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?) and ([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)")
# A symbol (and its date) between a work's nominal and its verb: "The report NFSL/2027/041-P of 2 March found".
_SYMBOL = r"[A-Z]{1,6}(?:/[A-Z0-9.-]*[A-Z0-9]){2,}|[A-Z]{2,6}\s\d{4}\.\d{2,5}|[A-Z]{2,6}(?:-[A-Z]{1,4})+-\d{4}-\d+"
_SUBJECT_SYMBOL_RE = re.compile(
    rf"(?:(?P<symbol>{_SYMBOL})(?:\s+of\s+(?P<date>[^,;()]{{3,25}}?)|\s*\((?P<bracketed>[^()]{{3,25}})\))?"
    rf"|\((?P<inner>{_SYMBOL})(?:,\s*(?P<inner_date>[^()]{{3,25}}))?\))\s*,?\s*$")  # or "(S/2023/549, 9 March)"
# A document's symbol or number: "ODPC/DEC/2027/006", "S/2023/549", "NISA-IR-2027-01", "AG-2029/14".
_SYMBOL_TEXT = (r"\b[A-Z]{1,6}(?:/[A-Z0-9.]+){2,}\b|\b[A-Z]{2,6}(?:-[A-Z]{1,4})+-\d{4}-\d+\b"
                r"|\b[A-Z]{1,6}-(?:19|20)\d\d/\d+\b")
_DOC_SYMBOL = re.compile(_SYMBOL_TEXT)
_SYMBOLS_AFTER = re.compile(rf"(?P<lead>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{1,6}})\s+"
                            rf"(?P<numbers>(?:{_SYMBOL_TEXT})(?:\s*(?:,|,?\s+and|&)\s*(?:{_SYMBOL_TEXT}))+)$")
_COLLEAGUES_RE = re.compile(r"(?<![\w’'-])(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)(?:\s+(?:and|&)\s+(?:(?:his|her|their)\s+)?"
                            r"(?:colleagues|co-?authors|co-?workers)|\s+et\s+al\.?)(?:\s*\[[\d,–-]+\]|\s*\((?P<year>\d{4})[a-z]?\))?\s+")
_DESCRIBED_WORK = re.compile(r"^(?P<mods>(?:[a-z-]+\s+){0,3})(?P<head>" + "|".join(sorted(L.NOMINALS, key=len, reverse=True))
                             + r")\b(?P<about>\s+(?:of|on|into)\b)?")


def _titled(rest: str) -> bool:
    """'Audit Report No. 7/2031', 'Water Accounts': a capitalised title after a source line's name."""
    words = rest.split()
    return len(words) >= 2 and words[0][:1].isupper() and sum(w[:1].isupper() for w in words) * 2 >= len(words)


def _edition(title: str) -> bool:
    """'Water Accounts 2030': a title whose only date is the year ending it, which names the edition."""
    return _titled(title) and bool(_EDITION_YEAR.search(title)) and len(find_dates(title)) == 1


_RELATIVE = {"whose", "which", "that", "who", "whom", "and", "to", "with", "in", "on", "as", "for",
             "at", "from", "after", "before", "since", "while", "when", "where", "but"}


_DESCRIPTOR = re.compile(r"^[A-Z][a-z]+-(?:listed|based|owned|run|born|wide|headquartered)$")  # "Frankfurt-listed"
_RELATIVE_OPENERS = {"which", "who", "whose"}  # ", whose son is in Reception,"
_YEAR = re.compile(r"(?:19|20)\d\d")
_SOURCE_LABEL = r"\s*(" + "|".join(re.escape(s) for s in L.SOURCE_LABELS) + r")\s*"
_SOURCE_HEADING = re.compile(_SOURCE_LABEL + r"[:：]?\s*", re.I)  # "Sources"
_SOURCE_LINE = re.compile(r"(?:\s*(?:[-*•–—]|\d+[.)]))?" + _SOURCE_LABEL + r":\s*(\S.{0,800}?)\s*$", re.I)  # "Source: X"
# Document nouns a body's work is named by where the text says nothing of it yet.
_NUMBERED_HEADS = {"advisory", "alert", "notice", "bulletin", "circular", "paper"}  # named by number ("advisory X-SA-1")
_ANTECEDENT_HEADS = {"review", "report", "study", "audit", "assessment", "survey", "memo", "letter", "statement",
                     "filing", "decision", "determination", "inquiry", "investigation", "analysis", "evaluation"}
MAKERS_REACH = 12  # sentences back to the work whose makers (lexicon.MAKERS) speak ("The authors write")
# Plural heads of bodies cited together: "The agencies added".
_PLURAL_BODIES = {"agencies", "ministries", "organisations", "organizations", "bodies", "governments", "regulators",
                  "companies", "firms", "groups", "charities", "unions", "institutes", "banks", "authorities",
                  "departments", "commissions", "councils", "lenders", "insurers", "operators", "watchdogs"}
_DOMAINS = {"country", "nation", "bloc", "state", "region", "city", "union", "government", "island", "kingdom",
            "republic", "province"}  # "the country's energy regulator"
_MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DAY_MONTH = re.compile(rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH_NAMES})|(?P<m2>{_MONTH_NAMES})\s+"
                        rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)\b(?!,?\s*(?:19|20)\d\d)")  # "8 May", "May 8"
_CONTRACTION = re.compile(r"[A-Za-z]+['’](?:ll|m|ve|d|re)")
_MEASURED = {"recorded", "measured", "counted", "logged", "registered"}  # "Rainfall recorded by X"
_BE = {"is", "are", "was", "were", "be", "been", "being"}


def _a_body(author) -> bool:
    """An author that names a body: an acronym or an organisation's name ("Adele" is neither)."""
    return bool(author.literal) and (is_acronym(author.literal) or is_org_like(author.literal))
_DATA_PARTICIPLES = {"compiled", "supplied", "provided", "collected", "gathered", "published", "released",
                     "produced"} | _MEASURED
_AFTER_A_NAME = L.REPORT_VERBS | L.WORK_VERBS | {"and", "or", "on", "for", "in", "that", "which", "to", "of", "at", "as",
                                                "is", "are", "was", "were", "point", "suggest", "indicate"}
_MEMBER_SURVEYS = {"survey", "poll", "census", "consultation", "questionnaire"}
_MEMBERS = {"members", "staff", "employees", "workers", "affiliates"}  # "a survey of 412 members of X": X's own
_TITLE_SMALL_WORDS = {"to", "of", "for", "and", "the", "in", "on", "a", "an", "at", "by", "with", "from"}
_TITLE_INNER = _TITLE_SMALL_WORDS | {"&", ":", "-", "–"}  # between a title's capitalised words
_STANCES = {"explanation", "position", "view", "argument", "response", "answer", "defence", "defense", "case",
            "contention", "line", "stance", "understanding"}  # "The company's explanation is that"
_COUNTING_VERBS = {"confirmed", "confirms", "reported", "reports", "recorded", "records", "counted", "counts",
                   "estimated", "estimates", "registered", "registers"}
_COUNT_STARTS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                 "dozens", "hundreds", "thousands", "several", "at", "about", "around", "nearly", "almost", "more"}
_LAW_HEADS = {"Act", "Regulations", "Rules", "Code", "Order", "Ordinance", "Directive", "Decree", "Convention",
              "Treaty"}  # the last word of a law's title
_LAW_PARTS = {"section", "sections", "article", "articles", "clause", "schedule", "part", "paragraph", "annex",
              "regulation", "rule", "chapter"}
# A law's title as a text names it: capitalised words ending in a law's head, and its year.
_NAMED_LAW = re.compile(r"(?<![\w’'-])((?:(?:[A-Z][\w’'-]*|\([A-Z][^()\n]{0,60}\))[ \t]+(?:(?:of|and|on|for|the|in)[ \t]+)*)+(?:"
                        + "|".join(sorted(_LAW_HEADS - {"Order", "Rules"})) + r")(?:[ \t]+(?:19|20)\d\d)?)(?![\w’'-])")
_NOT_IN_TITLE = {"The", "Under", "By", "In", "Of", "A", "An", "This", "That", "Its", "Their", "Article", "Section",
                 "Regulation", "Schedule", "Part", "Clause", "Paragraph", "Annex", "Chapter"}


def named_laws(text: str) -> list[str]:
    """The laws a sentence names, in order: 'the Data Protection Act 2021', 'the Convention on …
    (Aveno Convention)' (its short name)."""
    found = []
    for m in _NAMED_LAW.finditer(text):
        words = m.group(1).split()
        while words and (words[0] in _NOT_IN_TITLE or words[0].isdigit() or words[0].islower()):
            words.pop(0)
        if len(words) >= 2:
            found.append(" ".join(words))
    return found


def _law_head(title: str) -> str:
    words = title.split()
    return words[-2] if len(words) > 2 and _YEAR.fullmatch(words[-1]) else words[-1]


_NOT_BEFORE_VERB = L.DETERMINERS | _PASSIVE  # "the report", "was found": not a reporting verb
_BETWEEN_SUBJECT_AND_VERB = L.ADVERBS | L.AUXILIARIES
# Words opening a clause of time or cause, whose subject is not the main verb's: "after the report came out".
_SUBORDINATORS = {"after", "before", "since", "until", "once", "because", "although", "though", "whereas", "unless"}
_TEAMS = {"team", "group", "researchers", "scientists", "consortium"}  # "A team led by Dr X found"
_FRAMES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _frame in L.FRAMES:  # frames indexed by their first word: one dict lookup per token
    _FRAMES_BY_FIRST.setdefault(_frame[0], []).append(_frame)
_WORK_FRAMES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _frame in L.WORK_FRAMES:
    _WORK_FRAMES_BY_FIRST.setdefault(_frame[0], []).append(_frame)


# Present-tense verbs ending a headline after its bare subject: "…, committee warns".
_HEADLINE_NP_VERBS = {"says", "warns", "finds", "shows", "show", "reveals", "reveal", "claims", "suggests",
                      "urges", "reports", "concludes", "estimates", "argues", "cautions", "rules", "admits",
                      "confirms", "insists", "recommends", "find", "say", "warn"}  # (plural: "…, investigators find")
# Verbs a headline opens with after its bare source: "Regulator finds …", "Operator disputes …".
_HEADLINE_OPENING_VERBS = {"says", "warns", "finds", "find", "reveals", "concludes", "urges", "admits", "confirms",
                           "disputes", "denies", "rejects", "blames", "accepts", "promises", "estimates"}
# Verbs of a relative clause giving a person's affiliation: ", who chairs the X Cooperative,".
_ROLE_VERBS = {"chairs", "heads", "leads", "runs", "directs", "represents", "manages", "founded", "co-founded"}
_FORECASTS = {"expects", "expected"}  # "it expects to finish by May": a plan, nothing said
_PUBLISHED = {"published", "released", "issued"}
_LOWER_COMPANY_SUFFIXES = {"plc", "ltd", "llc", "gmbh"}  # (after a capitalised word: "Ardent Minerals plc")
# What "By a note of 5 May, X notified …" opens with: a dated document through which X acts.
_DATED_DOCUMENTS = {"note": "misc", "letter": "misc", "notice": "report", "decision": "misc", "order": "misc",
                    "communication": "misc", "notification": "report", "memorandum": "report", "submission": "misc",
                    "reply": "misc", "response": "misc", "answer": "misc"}
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# Words of a time between a release and its maker: "published on Monday by", "the previous day by".
_WHEN_WORDS = _WEEKDAYS | {"on", "in", "at", "last", "this", "the", "previous", "next", "day", "week", "month", "year",
                           "today", "yesterday", "earlier", "morning", "evening"}
# Words that end a name before a body's head: "Nordhaven Line is a carrier" names no "… carrier".
_NAME_WORDS = r"[A-Z][\w.’'-]*(?:[^\S\n]+(?:&[^\S\n]+)?[A-Z][\w’'-]*){0,4}"  # "Castellane Weir", "Halvorsen & Drey"
_NOT_IN_NAMES = r"(?:is|was|are|were|be|been|has|have|had|a|an|the|its|their|as|to|or|by|with|said|says)"
# Heads that name a kind of body no other kind is called by: "the ministry" is not the Energy
# Policy Centre cited just before, "the court" not the Fund (a union may be an Association).
_STRICT_HEADS = {"ministry", "department", "court", "tribunal", "police", "university", "hospital", "bank",
                 "newspaper", "council", "inquiry", "government", "party"}


def _may_be_called(name: str, head: str) -> bool:
    """Whether the body ``name`` may be the one a text calls "the <head>"."""
    own = head_word(name)
    return head not in _STRICT_HEADS or own == head or own not in L.BODY_HEADS


# What a source "makes" when it says something: "makes three recommendations", "made the point that".
_MADE_STATEMENTS = {"recommendation", "recommendations", "point", "points", "finding", "findings", "claim", "claims",
                    "argument", "observation", "observations"}
_PERIODS = {"week", "month", "year", "morning", "afternoon", "evening", "night", "weekend"}  # "Earlier this month"
_SPEECH = {"said", "says", "say", "told", "tell", "tells"}
_STAFF_WORDS = L.GROUP_WORDS | {"officers", "executives", "managers"}  # "ARHS staff told", "Ministry officials said"
_SUBJECT_PRONOUNS = {"i", "we", "you", "he", "she", "it", "they"}
_HEDGED_THAT = {"only", "merely", "simply", "expressly", "explicitly"}  # between a verb and its "that"
_NOT_MADE = {"no", "any", "of", "in", "to", "for", "on", "about"}  # "makes no such finding", "made of the findings"
# Reporting verbs that speak for the subject of a verb before them: "X visited the site and said".
# (Not "announced" or "promised": "ordered a review and announced a fund" is what the subject did.)
ELIDED_SUBJECT_UP_TO = 6  # words of a clause's subject before its first verb ("A NISA spokesman would")
_COORDINATED_VERBS = {"said", "told", "added", "warned", "insisted", "stressed", "argued", "claimed", "explained",
                      "confirmed", "admitted", "acknowledged", "declared"}
_TIME_WORDS = {"today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
               "week", "month", "year", "morning", "evening", "night", "afternoon", "weekend", "spring", "summer",
               "autumn", "winter", "last", "this", "earlier"}
# A wire headline's or bullet's source after a dash at its end: "… mis-programmed pumps -NPSIA".
_DASH_SOURCE = re.compile(r"\S\s+[-–—]\s?(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s*$")
# Words before a headline's colon that label it, not its source: "Update: …", "Analysis: …".
_HEADLINE_LABELS = {"update", "analysis", "comment", "opinion", "editorial", "exclusive", "breaking", "explainer",
                    "interview", "review", "watch", "live", "correction", "note", "background", "photos", "video",
                    "doi", "isbn", "issn", "url", "orcid", "pmid", "jel", "ref", "re", "cc", "tel", "fax", "nb", "ps",
                    "q", "a", "uk", "us", "usa", "uae", "drc"}  # (and fields, interview turns, places)
# A body as a clause's subject or owner: "The Fund notified", "Harlow Bank's own figures", "the regulator said".
_SUBJECT_BODY = re.compile(r"(?P<the>\b[Tt]he\s+)?\b(?P<name>(?:[A-Z][\w-]+\s+){0,4}[A-Z][\w-]+|(?<=[Tt]he\s)[a-z]+)"
                           r"(?=[’']s\b|\s+(?P<next>[a-z]+)\b)")
# Words that do not follow a clause's subject: "the Office on 2 February" is no subject.
_NOT_AFTER_SUBJECT = {"of", "for", "on", "in", "at", "to", "by", "with", "and", "or", "from", "about", "over", "under",
                      "against", "that", "which", "who", "as", "than", "into", "after", "before", "since", "s"}
_OPENING_DAY = re.compile(rf"\s*(?:In|On)\s+((?:\d{{1,2}}\s+)?{_MONTH_NAMES}(?:\s+\d{{1,2}})?(?:,?\s+(?:19|20)\d\d)?)\s+[A-Za-z]")
_MONTH_ABBREVIATIONS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_NEGATIONS = {"not", "never", "n't"}
# What a text calls itself: "This brief asks", "This summary sets out".
_SELF_HEADS = {"brief", "summary", "paper", "note", "commentary", "newsletter", "article", "post", "update", "briefing"}
# Works through which "X argues" does not paraphrase X: its plans, notifications and figures.
_NOT_ARGUED = {"plan", "notification"} | L.PLURAL_NOMINALS
# Reporting verbs in the plural present: "Neighbours say", a hedge when no one is named.
_PLURAL_SAY = {"say", "argue", "warn", "claim", "believe", "fear", "insist", "estimate", "suggest", "complain",
               "predict", "agree", "think", "expect", "report", "note", "tell"}
# Descriptors of a document that follows up the last one of its kind, by the same maker.
_FOLLOW_UPS = {"supplementary", "further", "second", "revised", "updated", "follow-up"}
# Words of a time phrase opening a sentence without a comma: "In late January the Council …".
_FRONTED_TIME = {"in", "on", "late", "early", "mid", "the", "of", "past", "next", "previous", "later", "a", "day",
                 "days", "weeks", "months", "hours", "two", "three", "four", "five", "six", "ten", "few", "several",
                 "that", "by", "ago"}
_TIME_OPENERS = {"in", "on", "last", "earlier", "late", "early", "later", "two", "three", "four", "five", "six", "ten",
                 "several", "a", "the", "that", "by", "this"}  # "Two days later The Herald published", "This week the …"
# Head nouns of a lower-case description before a name: "the financial daily X", "the news site X".
_DESCRIBED_HEADS = L.PERIODICALS | L.BODY_HEADS | L.OUTLET_HEADS | L.OUTLET_NOUNS | {"outlet", "bureau", "pollster",
                                                                                  "police", "daily"}
_TIME_ADVERBS = ("later", "earlier", "yesterday", "today", "afterwards")  # a sentence's opener before its subject
_MEANS = {"email", "e-mail", "phone", "telephone", "letter", "text", "video", "post", "mail", "videolink", "fax"}
_IRREGULAR_PAST = {"said", "told", "wrote", "found", "held", "gave", "put", "set"}
_POSSESSIVE_MARKS = {"’s", "'s", "’", "'"}
_LOWER_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
# Lower-case words that do not describe a person named after them ("said in a statement", "said on Monday")
_NOT_DESCRIPTORS = L.DETERMINERS | L.AUXILIARIES | L.ADVERBS | {
    "in", "on", "at", "by", "to", "of", "for", "with", "from", "after", "before", "during", "when", "while", "that",
    "as", "but", "and", "or", "later", "yesterday", "today", "tonight", "afterwards", "recently", "last", "this",
    "earlier", "told", "adding", "noting", "who", "which", "his", "her", "their", "its", "our", "my", "your"}
# What may follow a frame's source: the end of the clause.
_FRAME_END = {",", ".", ";", ":", ")", "—", "–", ""}
_SURNAME = re.compile(r"[A-ZÀ-Þ][\w’'-]*[a-zß-ÿ][\w’'-]*")  # "Jordà", "O'Neill", "Smith-Jones"; not "UN"
_RELATIVE_MONTH = re.compile(r"\b(last|this)\s+month\b", re.I)  # "published last month"
_RELATIVE_WEEK = re.compile(r"\b(last|this)\s+week\b", re.I)  # "published last week"
_RELATIVE_YEAR = re.compile(r"\b(last|this)\s+year\b", re.I)  # "last year's edition"


@dataclass
class Hit:
    start: int  # view offsets
    end: int
    cue: str
    source_name: str
    entity: Entity
    emit: bool = True
    confidence: float = 0.8
    forward: bool = False  # a headline's unnamed source ("…, study finds"): the text names it later
    described: str | None = None  # the body a forward work is described by ("central bank report")
    spokesperson: bool = False  # a body speaking through its spokesperson: words of that day, not its report
    day: str | None = None  # the day written inside the cue: "heeft op 12 april gezegd", "hat am Montag gesagt"


_INTRODUCING = frozenset(("by", "from", "titled", "entitled", "called"))  # after a work: its maker or title follows


class Sentence:
    """The detectors over one sentence; `claimed` keeps families from double-counting tokens."""

    def __init__(self, text: str, base: int, toks: list[Tok], names: Names, reg: Registry,
                 doc_date: str | None, lower_words: set[str], own_names: set[str]) -> None:
        self.text, self.base, self.t, self.names, self.reg = text, base, toks, names, reg
        self.doc_date, self.lower_words, self.own = doc_date, lower_words, own_names
        self.claimed = [False] * len(toks)
        self.hits: list[Hit] = []
        self.context: Entity | None = None  # "In the letter, X declared": X speaks through it
        self.context_new: tuple[str, int] | None = None  # "In its annual report, X said"
        self.opening_work: Entity | None = None  # the work that opening names, once made (context_work)
        self.context_title: str | None = None  # "In its Basin Water Balance 2025, X found"
        self.context_title_at = 0  # where a title after the work's head starts: "In its 2022 report T, X found"
        self.writing_in: tuple[int, str, str | None] | None = None  # "Writing in *Journal* (2025), A and B found"

    # -- token predicates -------------------------------------------------------------------
    def low(self, i: int) -> str:
        return self.t[i].low if 0 <= i < len(self.t) else ""

    def name_tok(self, i: int) -> bool:
        if not 0 <= i < len(self.t):
            return False
        w = self.t[i].text
        if w == ".":  # the dot of a middle initial or an honorific: "John F. Kennedy", "Mr. Lee"
            return (i > 0 and ((len(self.t[i - 1].text) == 1 and self.t[i - 1].text.isupper())
                               or self.low(i - 1) in L.HONORIFICS) and self.name_tok(i + 1))
        if _PARTICLE_NAME.match(w):
            return True
        if w in L.NAME_PARTICLES and i + 1 < len(self.t) and self.t[i + 1].text[:1].isupper():
            return True
        if self.lower_acronym(w):
            return True
        if w in _LOWER_COMPANY_SUFFIXES and i > 0 and self.t[i - 1].text[:1].isupper():
            return True  # "Ardent Minerals plc"
        nxt = self.t[i + 1].text if i + 1 < len(self.t) else ""
        if w.lower() in L.HONORIFICS and w[:1].isupper() and (nxt == "." or nxt[:1].isupper()):
            return True  # "Mr. Lee", "Dr Ray"
        if w.lower() in L.STOP_CAPS and not is_acronym(w):
            return False
        return w[:1].isupper()

    def is_verb(self, k: int) -> bool:
        """A reporting verb at token k (lower case; a noun-like form only after an auxiliary)."""
        w = self.t[k].text
        if not w.islower():
            return False
        if w in ("put", "puts"):  # "Analysts put the cost at", not "put pressure on"
            if self.low(k + 1) == "it":  # "X put it bluntly:", "as the company itself put it,"; not "put it in
                nxt = self.low(k + 2)  # writing", nor counsel's "put it to him that" (a question)
                return nxt in (":", ",", "best", "simply", "more", "this", "another") or nxt.endswith("ly") \
                    and nxt.isalpha()
            return self.ahead_in_clause(k, "at") and self.low(k + 1) in L.DETERMINERS
        if w in ("admitted", "admits", "admit") and (self.t[k + 1].text[:1].isdigit() if k + 1 < len(self.t) else False):
            return False  # "Hospital San Judas admitted 46 children": patients, nothing conceded
        if w == "written":  # "X has written to the Minister confirming that"; not "was written by", nor
            b = k - 1 - (self.low(k - 1) in ("also", "now", "since", "already", "recently", "previously"))
            return self.low(b) in ("has", "have", "had") and (  # "has written to the council" (an act)
                self.low(k + 1) == "that" or any(self.ahead_in_clause(k, w) for w in L.PARTICIPLE_CUES))
        if w in ("makes", "made", "make") and self.low(k + 1) == "clear" and self.low(k + 2) == "that":
            return True  # "The guidelines make clear that"
        if w in ("gave", "gives", "give") and self.low(k + 1) == "evidence" and self.low(k + 2) == "that":
            return True  # "The lead claimant, Amani Okafor, gave evidence that"
        if w in ("makes", "made"):  # "The NAO makes three main recommendations", "made the point that"
            return any(self.low(x) in _MADE_STATEMENTS for x in range(k + 1, min(len(self.t), k + 5))
                       if all(self.t[y].text.isalnum() and self.low(y) not in _NOT_MADE for y in range(k + 1, x)))
        return w in L.REPORT_VERBS or w in L.NEEDS_AUX and self.low(k - 1) in L.AUXILIARIES

    def work_verb(self, k: int) -> bool:
        """A verb at token k that reports when a work is its subject ("The ruling holds that")."""
        w = self.t[k].text
        if w not in L.WORK_VERBS:
            return False
        if w == "put":  # "the figures put the toll at 212", not "put pressure on"
            return self.ahead_in_clause(k, "at")
        if w == "set" and self.t[k - 1].text == ",":
            return False  # "The response, set out in a release on 11 February, was": a participle
        after = L.WORK_VERB_COMPLEMENTS.get(w)
        return after is None or self.low(k + 1) in after

    def has_complement(self, k: int) -> bool:
        """'X claims that …' reports; 'X claims a 25% cut' / 'X maintains ties' does not."""
        nxt = self.t[k + 1].text if k + 1 < len(self.t) else "."
        if self.low(k) == "details" and nxt in (".", ":", ";"):
            return False  # "Dial-in details", "Bank details:": a heading's noun, nothing detailed
        if self.quoted_object(k) or self.context_new is not None:
            return True  # "In its annual report, X recorded a 38% rise": what the work says, whatever follows
        if self.low(k) in ("called", "calls") and nxt.lower() == "on":  # "called on the minister to publish"
            return any(self.low(x) == "to" for x in range(k + 3, min(len(self.t), k + 10)))
        if self.low(k) in L.REQUEST_VERBS:
            if nxt.lower() in ("for", "that"):
                return True
            return nxt.lower() not in ("not", "to", "about", "whether", "if", "why", "what", "how") \
                and any(self.low(x) in ("to", "that") for x in range(k + 2, min(len(self.t), k + 7)))
        if self.low(k) == "quoted":
            return self.quoted_as(k) is not None
        if self.low(k) in L.COMPLEMENT_WORDS:
            if nxt.lower() == "that" and k + 3 < len(self.t) and self.t[k + 3].text in (".", ";", ",") \
                    and self.t[k + 2].text.isalpha() and self.t[k + 2].text.islower() and self.low(k + 2) not in _SUBJECT_PRONOUNS:
                return False  # "If Corbel held that line, …": a demonstrative, nothing said
            return nxt.lower() in L.COMPLEMENT_WORDS[self.low(k)]
        if self.low(k) in L.OBJECT_THAT_VERBS:  # "informed the Ministry that", not "informed the police"
            return self.ahead_in_clause(k, "that")
        if self.low(k) in _COUNTING_VERBS and (nxt.replace(",", "").isdigit() or nxt.lower() in _COUNT_STARTS):
            return True  # "Police confirmed six deaths", "the agency recorded 1,146 consultations"
        if self.low(k) not in L.NEEDS_COMPLEMENT:
            return True
        if nxt.lower() == "that" and k + 2 < len(self.t) and self.t[k + 2].text in (".", ";", ","):
            return False  # "Welch disputes that.": a pronoun, nothing said
        if self.low(0) == "as" and k < 10:
            return True  # "As the Ledger revealed three weeks ago, …": what it revealed follows
        if nxt.lower() in _HEDGED_THAT and self.low(k + 2) == "that":
            return True  # "The notice records only that"
        if nxt.lower() in ("at", "during", "last", "this") and self.ahead_in_clause(k, "that", reach=4):
            return True  # "X responded at the time that", "X noted last year that"
        return nxt.lower() in ("that", "to", "how", "what", "why", "whether", "in", "on") or nxt in _PUNCT_OPEN or nxt == "."

    def quoted_as(self, k: int) -> int | None:
        """Where "as saying" (warning, telling …) follows "quoted" at t[k] and its object, in one sentence."""
        for x in range(k + 2, min(len(self.t) - 1, k + 18)):
            if self.t[x].text in (".", ";"):
                return None
            if self.low(x) == "as" and self.low(x + 1) in L.PARTICIPLE_CUES | {"saying"}:
                return x
        return None

    def quoted_people(self) -> None:
        """'The paper quoted Vireloup's mayor, Claire Vautrin, as saying that …': besides the
        paper's report, the words of the person it quotes (the last one named before "as")."""
        for k in range(1, len(self.t)):
            if self.low(k) != "quoted" or (a := self.quoted_as(k)) is None:
                continue
            people = [(x, e) for x in range(k + 1, a) if self.name_tok(x) and (x == k + 1 or not self.name_tok(x - 1))
                      and (e := self.name_fwd(x, a)) is not None and is_person_name(self.span_text(x, e))]
            if not people or not self.free(people[-1][0], a + 2):
                continue
            x, e = people[-1]
            name = self.names.canonical(self.span_text(x, e), person_hint=True)[0]
            ent = self.reg.source(name, True, author_for(name, True))
            self.add(x, a + 2, self.t[a + 1].text, self.span_text(x, e), ent, confidence=0.7)

    def ahead_in_clause(self, k: int, word: str, reach: int = 8) -> bool:
        """``word`` follows the verb at t[k] after its object (within ``reach`` tokens, no comma
        or stop between): "put the toll at", "informed the Ministry that"."""
        for x in range(k + 1, min(len(self.t), k + 1 + reach)):
            if self.t[x].text in (",", ";", ":", "."):
                return False
            if x > k + 1 and self.low(x) == word:
                return True
        return False

    def quoted_object(self, k: int) -> bool:
        """'called the findings "deeply troubling"', 'rated the flaw "critical"': a verb of naming
        at t[k] with a short object and then a quotation, the words of the source."""
        if self.low(k) not in L.QUOTE_OBJECT_VERBS:
            return False
        for x in range(k + 2, min(len(self.t), k + 8)):
            if self.t[x].text in _QUOTES_OPEN:
                return True
            if self.t[x].text in (".", ";", ",", ":") or self.is_verb(x):
                return False
        return False

    def span_text(self, i: int, j: int) -> str:
        j = min(j, len(self.t))
        return self.text[self.t[i].start - self.base:self.t[j - 1].end - self.base] if i < j else ""

    # -- phrases ------------------------------------------------------------------------------
    def name_back(self, j: int, lo: int = 0) -> int | None:
        """Start of the name phrase ending before token j."""
        i = j
        while i > lo:
            k = i - 1
            w = self.t[k].text
            if w == ")" and k - 2 >= lo and self.t[k - 2].text == "(" and is_acronym(self.t[k - 1].text):
                i = k - 2
                continue
            if self.name_tok(k):
                i = k
                continue
            if i < j and k > lo and w.lower() in L.NAME_JOINERS and w.lower() != "and" and (
                    (w.lower() != "the" and self.name_tok(k - 1))
                    or (w.lower() == "the" and self.low(k - 1) in ("of", "for", "on", "in"))):
                i = k
                continue
            if i < j and w == "/" and self.name_tok(k - 1):
                i = k
                continue
            if i < j and w in ("’", "'") and self.t[k - 1].text.endswith("s") and self.name_tok(k - 1):
                i = k  # "Energy Consumers' Ombudsman"
                continue
            if i < j and w.lower() == "and" and self.name_tok(k - 1) and self.name_tok(i) and not self.low(i) == "the":
                i = k  # "Food and Agriculture Organization"
                continue
            break
        while i < j and (self.t[i].text in L.NAME_JOINERS or self.t[i].text in "()" or self.t[i].text == "."):
            i += 1
        if i == 0 and j - i > 1 and (self.low(0) in L.ADVERBS or self.low(0) in L.CLAUSE_OPENERS):
            i += 1  # "Later the Agency said": a capitalised adverb opens the sentence
            while i < j and self.t[i].text in L.NAME_JOINERS:
                i += 1
        if i >= j or j - i > 16:
            return None
        if not any(self.name_tok(x) and self.t[x].text != "." for x in range(i, j)):
            return None
        if j - i == 1 and self.is_common(i):
            return None
        return i

    def body_fwd(self, i: int, hi: int | None = None) -> int | None:
        """End of the name phrase starting at token i, across an 'and' that ``separate`` keeps
        inside one name ('Food and Agriculture Organization of the United Nations')."""
        e = self.name_fwd(i, hi)
        if e is not None and e > i and self.low(e) == "and" and self.name_tok(e + 1):
            longer = self.name_fwd(e + 1)  # a parse may end the phrase at 'and': names do not
            if longer is not None and longer > e + 1 and len(self.separate(i, longer)) == 1:
                return longer
        return e

    def ends_body_name(self, h: int) -> bool:
        """Whether the capitalised word at t[h] ends a body's name: a body's word, then "for" or
        "of" ("Office for National Statistics", "Bureau of Labor Statistics"; not "Global Report
        on Food Crises", a title)."""
        b = self.name_back(h + 1)
        return b is not None and b + 1 < h and self.low(b) in ORG_WORDS and self.low(b + 1) in ("for", "of")

    def name_fwd(self, i: int, hi: int | None = None) -> int | None:
        """End of the name phrase starting at token i."""
        hi = len(self.t) if hi is None else hi
        j = i
        while j < hi:
            w = self.t[j].text
            if self.name_tok(j):
                j += 1
                continue
            if w == "(" and j + 2 < hi and is_acronym(self.t[j + 1].text) and self.t[j + 2].text == ")":
                j += 3
                continue
            if j > i and w.lower() == "the" and self.low(j - 1) in ("of", "for", "on", "in") and self.name_tok(j + 1):
                j += 1  # "Institute of the Middle East"
                continue
            if j > i and w.lower() in L.NAME_JOINERS and w.lower() not in ("and", "the") and (
                    (self.name_tok(j + 1) and self.low(j + 1) not in ("the",)) or (w.lower() in ("of", "for", "on", "in") and self.low(j + 1) == "the"
                                             and self.name_tok(j + 2))):
                j += 1
                continue
            if j > i and w == "/" and self.name_tok(j + 1):
                j += 1
                continue
            if j > i and w in ("’", "'") and self.t[j - 1].text.endswith("s") and self.t[j - 1].end == self.t[j].start \
                    and self.name_tok(j + 1) and self.t[j + 1].text[:1].isupper():
                j += 1  # "the European Automobile Manufacturers' Association"
                continue
            if j > i and w.lower() == "and" and self.name_tok(j + 1) and self.low(j + 1) != "the" and \
                    self.name_tok(j - 1) and not is_org_like(self.t[j - 1].text):  # "Prevention and Control"
                j += 1
                continue
            break
        while j > i and (self.t[j - 1].text in L.NAME_JOINERS or self.t[j - 1].text in ".("):
            j -= 1
        if j <= i or j - i > 16 or (j - i == 1 and self.is_common(i)):
            return None
        return j

    def lower_acronym(self, w: str) -> bool:
        """A house style writing acronyms in lower case: 'unicef said' (never 'who')."""
        return (w.islower() and len(w) >= 3 and w not in L.STOP_CAPS
                and (w.upper() in L.KNOWN_ACRONYMS or w.upper() in self.names.acronyms))

    def is_common(self, i: int) -> bool:
        """A lone capitalised word that the text also writes in lower case ('Officials'); not 'the
        Board' of a text that names its Rail Safety Inquiry Board, even if people are 'on board'."""
        w = self.t[i].text
        if self.low(i - 1) == "the" and w.lower() in L.BODY_HEADS and self.names.by_head(w.lower()):
            return False
        if w == "Police":  # "Police confirmed six deaths" in a text that also writes "police spokesman"
            return False
        if _CONTRACTION.fullmatch(w):
            return True  # "I'll say", "I'm told": a pronoun, no one's name
        return not is_acronym(w) and not self.lower_acronym(w) and (w.lower() in self.lower_words or w.lower() in L.STOP_CAPS
                                      or w.lower() in L.ROLE_WORDS or w.lower() in L.HEDGE_SOURCES
                                      or w.lower() in L.MASS_NOMINALS or w.lower() in L.ABSTRACT_SUBJECTS
                                      or w.lower() in L.DATA_NOUNS)  # ("Figures the Authority gave show")

    def clause_start(self, i: int) -> int | None:
        """Start of the subject (determiner, role words) if it opens a clause, else None."""
        k = i
        if self.t[k - 1].text in ("’s", "'s") if k > 0 else False:
            owner = self.name_back(k - 1)  # "The UK's National Cyber Security Centre said"
            if owner is not None:
                k = owner
        while k > 0 and self.t[k - 1].text in L.BODY_HEADS:
            k -= 1  # "Email security firm Mailwarden reported"
            while k > 0 and (self.t[k - 1].text.islower() or k == 1 and self.low(0) not in L.STOP_CAPS) \
                    and self.low(k - 1) not in L.DETERMINERS \
                    and self.low(k - 1) not in L.CLAUSE_OPENERS and self.low(k - 1) not in L.REPORT_VERBS \
                    and k > i - 4:
                k -= 1
        if self.low(k - 1) in ("the",):
            k -= 1
        steps = 0
        while k > 0 and steps < 5 and (is_role(self.t[k - 1].text) or (
                steps and self.t[k - 1].text.islower() and self.low(k - 1) not in L.CLAUSE_OPENERS
                and self.low(k - 1) not in L.AUXILIARIES and self.low(k - 1) not in L.REPORT_VERBS)):
            if not is_role(self.t[k - 1].text) and not steps:
                break
            k -= 1
            steps += 1
        while steps and k > 0 and (self.name_tok(k - 1) or self.t[k - 1].text in ("’s", "'s")):
            k -= 1  # "Environment Canada spokesperson X", "the agency's spokesman X"
        if steps and self.low(k - 1) in L.DETERMINERS:
            k -= 1
        if k >= 2 and self.t[k - 1].text == "." and self.low(k - 2) in L.HONORIFICS:
            k -= 2  # "Mr. Tedeschi said"
        elif k >= 1 and self.low(k - 1) in L.HONORIFICS:
            k -= 1  # "Dr Okafor said"
        if k == 0 or self.t[k - 1].text in _PUNCT_OPEN or self.low(k - 1) in L.CLAUSE_OPENERS \
                or self.ends_opening(k):
            return k
        if k == 1 and self.low(0) in L.ADVERBS:  # "Later the Agency said"
            return 0
        if self.fronted_time(k):
            return k  # "In January the Council published", "Earlier this month the regulator concluded"
        return None

    def fronted_time(self, k: int) -> bool:
        """t[:k] is a time phrase opening the sentence without a comma: "In January", "Earlier this
        month", "A week later", "This week"."""
        return 2 <= k <= 5 and self.low(0) in _TIME_OPENERS and all(
            self.low(x) in _TIME_WORDS or self.low(x) in L.MONTHS or self.low(x) in _FRONTED_TIME
            or _YEAR.fullmatch(self.t[x].text) or self.t[x].text.isdigit() for x in range(k))

    def by_phrase(self, j: int) -> int:
        """End of a noun phrase after 'by' starting at j ('a private, Dublin-based firm')."""
        k, commas = j, 0
        while k < len(self.t) and k - j < 12:
            w = self.t[k].text
            if w == ",":
                if commas or k - j > 3 or self.low(k + 1) in _RELATIVE or self.low(k + 1) in L.DETERMINERS:
                    break
                commas += 1
                k += 1
                continue
            if w in (".", ";", ":", "”", '"', "(", ")") or (k > j and w.lower() in _RELATIVE):
                break
            k += 1
        return k

    def dates_in(self, i: int, j: int) -> str | None:
        text = self.span_text(i, j)
        found = find_dates(text)
        if found:
            return found[0][2]
        return self.bare_month(text)

    def bare_month(self, text: str) -> str | None:
        """'In February' in a text dated 2024-03-22 -> '2024-02'; 'last month' -> '2024-02',
        'earlier this month' -> '2024-03' (months the text gives relative to its own date)."""
        week = _RELATIVE_WEEK.search(text)
        if week and (today := doc_day(self.doc_date)):  # 'last week' in a text of 3 May: late April
            return (today - _dt.timedelta(days=7 if week.group(1).lower() == "last" else 0)).isoformat()[:7]
        if (day := _DAY_MONTH.search(text)) and self.doc_date and len(self.doc_date) >= 7:  # "of 8 May": that day
            month = L.MONTHS[(day.group("m1") or day.group("m2")).lower()]
            number, year = int(day.group("d1") or day.group("d2")), int(self.doc_date[:4])
            if (month, number) > (int(self.doc_date[5:7]), int(self.doc_date[8:10] or 31)):
                year -= 1  # a day later in the year than the text's own date: last year's
            if 1 <= number <= 31:
                return f"{year:04d}-{month:02d}-{number:02d}"
        if day := spoken_on(text, self.doc_date):  # "a report published on Monday", "… yesterday"
            return day
        relative = _RELATIVE_MONTH.search(text)
        if relative and self.doc_date and len(self.doc_date) >= 7:
            year, month = int(self.doc_date[:4]), int(self.doc_date[5:7])
            if relative.group(1).lower() == "last":
                year, month = (year - 1, 12) if month == 1 else (year, month - 1)
            return f"{year:04d}-{month:02d}"
        if (relative := _RELATIVE_YEAR.search(text)) and self.doc_date:  # "last year's edition"
            return f"{int(self.doc_date[:4]) - (relative.group(1).lower() == 'last'):04d}"
        m = re.search(r"\b(January|February|March|April|May|June|July|August|September|October|"
                      r"November|December)\b(?!\s*\d)", text)
        if not m or not self.doc_date:
            return None
        month, year = L.MONTHS[m.group(1).lower()], int(self.doc_date[:4])
        last = re.search(r"\blast\s+$", text[:m.start()], re.I)  # "last October" in an October text: a year ago
        if len(self.doc_date) >= 7 and (month > int(self.doc_date[5:7]) or last and month == int(self.doc_date[5:7])):
            year -= 1
        return f"{year:04d}-{month:02d}"

    def verb_date(self, k: int) -> str | None:
        """'said in December', 'reported on 3 May 2021': the date right after a verb."""
        if self.low(k + 1) not in ("in", "on"):
            return None
        end = k + 2
        while end < len(self.t) and end - k <= 5 and (self.t[end].text[:1].isdigit() or self.low(end) in L.MONTHS):
            end += 1
        return self.dates_in(k + 2, end) if end > k + 2 else None

    def sentence_date(self) -> str | None:
        """The date a sentence opens with: "In May 2024, …", "On 8 February the Agency …"."""
        m = re.match(r"\s*(?:In|On|By|Since|Last)\s+([^,]{3,30}),", self.text) or _OPENING_DAY.match(self.text)
        return self.dates_in_text(m.group(1)) if m else None

    def dates_in_text(self, text: str) -> str | None:
        found = find_dates(text)
        return found[0][2] if found else self.bare_month(text)

    def free(self, i: int, j: int) -> bool:
        return not any(self.claimed[i:j])

    def claim(self, i: int, j: int) -> None:
        for x in range(i, j):
            self.claimed[x] = True

    def add(self, i: int, j: int, cue: str, source_name: str, ent: Entity, emit: bool = True,
            confidence: float = 0.8) -> None:
        if ent is self.opening_work and self.free(0, i):
            i = 0  # "In its comments on the draft [12], X said": the opening names the work, and its citation
        self.claim(i, j)
        self.reg.mentioned(self.t[i].start, ent)
        self.hits.append(Hit(self.t[i].start, self.t[j - 1].end, cue, source_name, ent, emit, confidence))

    # -- entities -------------------------------------------------------------------------------
    def described_source(self, i: int, j: int) -> Entity:
        """The source t[i:j] only describes, for a text that names no such one ("the master", "the
        utility"): known by those words, in lower case, undated (``Entity.described``)."""
        name = fold(self.span_text(i, j))
        return self.reg.source(name, False, Author(literal=name))

    def source_entity(self, i: int, j: int, findings: bool = False, verb: str | None = None,
                      body: bool = False) -> tuple[Entity, str] | None:
        """The source named t[i:j]; ``body``: the context says it is no person ("analysts at X")."""
        if self.plural_hedge(i, j, verb):
            return None
        if j - i == 1 and len(self.t[i].text) == 1:
            return None  # "(K 24 million, announced 20 May)": a currency, no one's name
        raw, titled = strip_honorific(self.span_text(i, j))  # "Ms Ekwueme": a person, whatever the name
        if titled and is_office(raw):
            raw, titled = self.span_text(i, j), False  # "the Chief Medical Officer": an office
        if (numbered := self.work_numbered_after(i, j)) is not None:
            return numbered, raw
        name, person = self.names.canonical(raw, person_hint=titled and not body, article=body or self.low(i - 1) == "the")
        if name_key(name) in self.own:
            return None  # the document's own outlet or publisher speaking of itself
        present = verb is not None and verb.endswith("s") and not verb.endswith("ss")
        if not person and present:  # "X argues": a body paraphrased through the work of X's in this text
            work = self.reg.work_by(fold(name))
            if work is not None and work.head not in _NOT_ARGUED:
                return work, raw
        ent = self.reg.source(name, person, author_for(name, person))
        ent.findings = ent.findings or findings
        return ent, raw

    def work_numbered_after(self, i: int, j: int) -> Entity | None:
        """"NPHI Report 2035:4 found", "EPD Technical Note 12 says": a name ending in a document's
        head word, then its number, is that numbered work of the body the name starts with."""
        if j - i < 2 or j >= len(self.t) or not self.t[j - 1].text[:1].isupper() \
                or L.NOMINALS.get(self.low(j - 1)) != "report" or not re.fullmatch(r"\d[\w:/.-]*", self.t[j].text):
            return None
        body = self.span_text(i, j - 1)
        if not (is_acronym(body) or is_org_like(body)):
            return None
        number = re.match(r"\d(?:[\w:/.-]*\w)?", self.text[self.t[j].start - self.base:]).group()  # ("2035:4")
        work = next((e for e in self.reg.entities if e.kind == "work" and e.number == number), None)
        if work is None:
            work = self.reg.new_work(self.low(j - 1), "report")
            name = self.names.canonical(body, article=True)[0]
            work.authors, work.number = [author_for(name, False)], number
            work.title = f"{self.t[j - 1].text} {number}"
        return work

    def plural_hedge(self, i: int, j: int, verb: str | None) -> bool:
        """"Neighbours say", "Fishermen in Harl say": one capitalised plural common noun opening
        the clause, no determiner, with a plural verb, is a hedge, not a named source."""
        w = self.t[i].text
        if verb is None or verb in L.REPORT_VERBS and verb.endswith("s") or not w[:1].isupper() or is_acronym(w):
            return False
        place = j - i == 3 and self.low(i + 1) in ("in", "at", "from", "near") and self.t[i + 2].text[:1].isupper()
        return (j - i == 1 or place) and re.fullmatch(r"[A-Z][a-z]+(?:s|men|people)", w) is not None \
            and (i == 0 or not self.t[i - 1].text[:1].isupper()) and verb in _PLURAL_SAY

    def separate(self, i: int, j: int) -> list[tuple[int, int]]:
        """'Reuters and AFP', 'Jane Doe and John Roe' read as one name phrase -> two sources;
        'Food and Agriculture Organization', 'Department of Health and Human Services' stay one."""
        for k in range(i + 1, j - 1):
            if self.low(k) != "and":
                continue
            left, right = self.span_text(i, k), self.span_text(k + 1, j)
            last = left.split()[-1]
            if (is_person_name(left) and is_person_name(right)) or (
                    (is_outlet(left) or is_acronym(last) or last.lower() in L.ORG_HEADS)
                    and (is_org_like(right) or is_person_name(right))) or (
                    len(left.split()) >= 2 and is_acronym(right.split()[0])):  # "… of Agriculture and WWF Adria"
                return [(i, k), *self.separate(k + 1, j)]
        return [(i, j)]

    def name_list(self, s: int, end: int) -> tuple[list[tuple[int, int]], int]:
        """The names of 'A, B and the C' starting with A = t[s:end]: their spans and the end."""
        parts = self.separate(s, end)
        before_comma: tuple[list[tuple[int, int]], int] | None = None
        while True:
            x = end
            comma = x < len(self.t) and self.t[x].text == ","
            x += comma
            if self.low(x) == "and":
                x += 1
            elif not comma:
                break
            x += self.low(x) == "the"
            e = self.name_fwd(x)
            if e is None:
                break
            phrase = self.span_text(x, e)
            if not (is_org_like(phrase) or is_person_name(phrase)):
                break
            if comma and self.low(x - 1) != "and" and self.low(e) not in ("and", ","):
                break  # "A, B said", "A, Harvard University professor": no list
            if comma and before_comma is None:
                before_comma = (list(parts), end)
            parts += self.separate(x, e)
            end = e
        if before_comma is not None and end < len(self.t) and self.t[end].text not in (",", ".", ";", ")", ":"):
            return before_comma  # "according to A, the B and C have criticised": the list was a clause
        return parts, end

    def conjuncts(self, i: int, j: int) -> list[tuple[int, int]]:
        """'The U.N. Human Rights Council and the Office of … (OIG)' -> two names."""
        parts, start = [], i
        for k in range(i, j):
            if self.low(k) == "and" and self.low(k + 1) == "the":
                parts.append((start, k))
                start = k + 2
        parts.append((start, j))
        return [(a, b) for a, b in parts if b > a]

    def work_nominal(self, i: int, j: int) -> tuple[Entity, bool] | None:
        """The work a nominal phrase t[i:j] (ending in its head) names: (entity, is new)."""
        head = self.low(j - 1)
        mods = self.t[i:j - 1]
        if head in L.MASS_NOMINALS and any(m.low == "of" for m in mods):
            return None  # "Greyhook's head of threat research": a role, not a work
        det = mods[0].low if mods and mods[0].low in L.DETERMINERS else None
        words = [m for m in mods if m.low not in L.DETERMINERS]
        date = self.dates_in(i, j - 1) if words else None
        body_toks = [self.t[x].text for x in range(i, j - 1) if self.t[x].low not in L.DETERMINERS
                     and self.t[x].text[:1].isupper() and not find_dates(self.t[x].text)
                     and self.t[x].low not in L.MONTHS and self.t[x].low not in L.DESCRIPTORS
                     and not (x == 0 and self.is_common(x))]
        poss = [x for x in range(i, j) if self.t[x].text in ("’s", "'s") or self.t[x].text in ("’", "'") and x > i
                and self.t[x - 1].text.endswith("s") and self.t[x - 1].text[:1].isupper()
                and self.t[x + 1].text.islower()]  # ("the Council of Northern States' guidance"; not "Consumers' Ombudsman")
        if poss and (when := self.time_possessive(poss[0])) is not None and when >= i:
            # "Wednesday's policy brief", "Last week's review": a time, not an owner
            word = self.low(when)
            date = self.day_of(when) if word in _WEEKDAYS or word in ("yesterday", "today") \
                else self.dates_in(when, poss[0])
            earlier = self.reg.last_work(head) if self.low(j) not in ("by", "from") else None
            if earlier is not None and (not (date and earlier.date) or earlier.date[:len(date)] == date[:len(earlier.date)]):
                return earlier, False  # "This year's report also records": the report just cited (no maker named)
            ent = self.reg.new_work(head, L.NOMINALS.get(head, "report"))  # (its maker may follow: "… from X")
            ent.date, ent.descriptors = date, [m.low for m in words if m.low in L.DESCRIPTORS]
            return ent, True
        descriptors = [m.low for m in words if m.low in L.DESCRIPTORS]
        type_ = L.NOMINALS.get(head, "report")
        if poss:  # "The Dublin firm's unpublished report"
            owner = [self.t[x] for x in range(i, poss[0]) if self.t[x].low not in L.DETERMINERS]
            body = re.sub(r"\s+(?=[’'](?:\s|$))", "", " ".join(m.text for m in owner))  # "Consumers' Ombudsman"
            owner = [m for m in owner if m.text not in ("’", "'")]
            if body and all(m.text[:1].isupper() or m.text[:1].isdigit()
                            or (0 < x < len(owner) - 1 and m.low in L.NAME_JOINERS)  # "the Ministry of Health's"
                            for x, m in enumerate(owner)):
                name, person = self.names.canonical(body)
                ent = self.reg.work_by(fold(name), date)
                if ent is not None and ent.head != head and (head in KIND_HEADS or ent.head in KIND_HEADS
                                                            or not date and self.date_after_head(j)):
                    ent = None  # "the Bank's letter" is not the Bank's review named before, nor is
                    # "KEPA's weekly data release of 11 May" its technical report
                if ent is not None and ent.head != head and not ent.title:
                    titled = Entity(kind="work")
                    self.possessive_title(poss[0], j, titled)
                    if titled.title:  # "X's Labour Force Survey" after X's price release: another work
                        ent = None
                if ent is None:
                    ent = self.reg.new_work(head, type_)
                    ent.authors, ent.date = [author_for(name, person)], date or self.date_after_head(j)
                    ent.descriptors = descriptors
                    self.possessive_title(poss[0], j, ent)
                    return ent, True
                return ent, False
            ent = self.reg.work_described(set(fold(body.replace("-", " ")).split()))
            if ent is not None and ent.head != head and (head in KIND_HEADS or ent.head in KIND_HEADS):
                ent = None  # "the bank's annual report" is not the Bank's letter cited before
            if ent is not None and ent.head != head and ent.date and (when := date or self.date_after_head(j)) \
                    and when[:len(ent.date)] != ent.date[:len(when)]:
                ent = None  # "the ministry's statement of 8 May" is not its announcement of 4 June
            if ent is not None and date and (year := _work_year(ent)) and year != date[:4]:
                ent = None  # "The agency's 2028 assessment" is not its Annual Threat Assessment 2027
            if ent is not None:
                named = Entity(kind="work")
                self.possessive_title(poss[0], j, named)
                if not named.title or named.title == ent.title:
                    return ent, False  # (a title of its own makes another work of that body)
            maker = self.body_named(owner[-1].low, self.t[i].start) \
                if owner and owner[-1].text.islower() and owner[-1].low not in _TIME_WORDS else None  # not "this year's"
            if maker is None:
                return self.described_makers_work(i, owner, head, type_, date, descriptors, poss[0], j)
            earlier = self.reg.last_work(head)
            if earlier is not None and earlier.head == head and not (earlier.authors or earlier.institution):
                earlier.authors = list(maker.authors)  # "An internal study …  The consultancy's study"
                return earlier, False
            if earlier is not None and earlier.head == head and not date and \
                    maker.author_keys() & earlier.author_keys():
                return earlier, False  # "X's World Energy Outlook …  the Paris-based agency's outlook"
            ent = self.reg.new_work(head, type_)  # "the vendor's security advisory": a new work of that body
            ent.authors, ent.date, ent.descriptors = list(maker.authors), date or self.date_after_head(j), descriptors
            self.possessive_title(poss[0], j, ent)
            return ent, True
        if (b := self.inserted_maker(i, j)) is not None:  # "The X Fund, in its Article IV report …, estimated"
            name, person = self.names.canonical(self.span_text(b, i - 2))
            ent = self.reg.new_work(head, type_)
            ent.authors, ent.descriptors = [author_for(name, person)], descriptors
            ent.date = date or self.participle_date(j)
            return ent, True
        first = j - 1 - len(body_toks)
        if body_toks and self.t[j - 1].text[:1].isupper() and first >= i and not poss \
                and all(self.t[x].text[:1].isupper() for x in range(first, j - 1)):
            title = self.span_text(first, j)  # "the Financial Stability Report of November 2025": a title, no body
            ent = next((e for e in self.reg.entities if e.kind == "work" and e.title == title), None)
            if ent is not None:
                return ent, False
            ent = self.reg.new_work(head, type_)
            ent.title, ent.date = title, date or self.date_after_head(j)
            if det in ("its", "their") and (owner := self.possessor(i)) is not None:
                ent.authors = list(owner.authors)  # "Its Threat Landscape Report 2026"
            return ent, True
        if body_toks:
            name, person = self.names.canonical(" ".join(body_toks))
            if det not in L.INDEFINITE:
                ent = self.reg.work_by(fold(name), date)
                if ent is not None and (ent.head == head or not {head, ent.head} & set(KIND_HEADS)):
                    return ent, False  # (not "The NIPH assessment" after the NIPH's alert)
            ent = self.reg.new_work(head, type_)
            ent.authors, ent.descriptors = [author_for(name, person)], descriptors
            ent.date = date or self.date_after_head(j)  # "the X memo of November 2024"
            return ent, True
        if det is None and all(m.low in L.DESCRIPTORS for m in words) and head in L.PLURAL_NOMINALS | L.MASS_NOMINALS \
                and (self.low(j) in L.AUTHORSHIP_AGENTS or self.low(j) in ("from", "by")):
            ent = self.reg.new_work(head, type_)  # "Data published by X show", "New research by X found"
            ent.descriptors = descriptors
            return ent, True
        if det in L.INDEFINITE or det is None and not words:
            if det is None:
                return None
            same = [e for e in self.reg.entities if e.kind == "work" and e.head == head and date and e.date == date]
            if same and self.low(j) not in _INTRODUCING:  # "a 2022 report" again, after "a 2022 report by X";
                return same[-1], False  # not "a 2022 report by Y" nor "a 2022 report titled …": another one
            last = self.reg.last_work(head) if set(descriptors) & _FOLLOW_UPS else None
            ent = self.reg.new_work(head, type_)
            ent.date, ent.descriptors = date or self.date_after_head(j), descriptors
            if last is not None and last.head == head:
                ent.authors = list(last.authors)  # "Its notification … A supplementary notification of 7 February"
            elif (owner := self.inset_owner(i)) is not None:
                ent.authors = [owner]  # "The X Inspectorate, in a report published on Monday, rated"
            return ent, True
        if det is None and head in L.PLURAL_NOMINALS:  # "monthly figures", "new data"
            ent = self.reg.new_work(head, type_)
            ent.date, ent.descriptors = date, descriptors
            return ent, True
        if det == "our" and self.reg.speaker_body:  # a transcript's speaker: "our survey in May found"
            ent = self.reg.new_work(head, type_)
            ent.authors, ent.descriptors = [author_for(self.reg.speaker_body, False)], descriptors
            ent.date, ent.title = date or self.date_after_head(j), self.title_after(j)
            if not ent.date and self.low(j) == "in" and self.low(j + 1) in L.MONTHS:
                ent.date = self.dates_in(j + 1, j + 3 if self.t[min(j + 2, len(self.t) - 1)].text.isdigit() else j + 2)
            return ent, True
        if det == "our" and self.reg.issuer and self.title_after(j):  # "Our survey Locked Out, …": the issuer's
            ent = self.reg.new_work(head, type_)
            ent.authors, ent.descriptors = [author_for(self.reg.issuer, False)], descriptors
            ent.date, ent.title = date or self.date_after_head(self.title_end(j)), self.title_after(j)
            return ent, True
        if det in ("its", "their") and (self.leads_clause(i) or self.t[i - 1].text == ",") \
                and (owner := self.possessor(i)) is not None:
            keys = owner.author_keys()
            ent = next((e for e in reversed(self.reg.entities) if e.kind == "work" and e.head == head
                        and e.author_keys() & keys), None)
            if ent is not None and not (date and (ent.date or "")[:4] != date[:4]) \
                    and not (ent.title and descriptors and not set(descriptors) <= set(fold(ent.title).split())):
                return ent, False  # "its notification" again (not "Its annual report" after its Stability Report)
            ent = self.reg.new_work(head, type_)  # "Its action plan of January 2025": a new work of that body
            ent.authors, ent.descriptors = list(owner.authors), descriptors
            ent.date = date or self.date_after_head(j)
            return ent, True
        if det in ("this", "that", "the", "these", "those", "same", "its") or mods and mods[0].low == "that":
            if det == "the" and not any(e.kind == "work" and e.head == head for e in self.reg.entities) \
                    and (aside := next((e for e in reversed(self.reg.aside) if e.head == head), None)):
                self.reg.aside.remove(aside)  # "The review concludes" after "the Bank's review" was named
                self.reg.entities.append(aside)
                return aside, True
            ent = self.reg.last_work(head)
            if det == "the" and descriptors and ent is not None and not set(descriptors) <= set(ent.descriptors) \
                    and (described := next((e for e in reversed(self.reg.entities) if e.kind == "work"
                                            and set(descriptors) <= set(e.descriptors)
                                            and L.NOMINALS.get(e.head or "") == type_), None)) is not None:
                ent = described  # "The interim review notes" after the regulator's interim report and another's report
            if det == "this" and head in _SELF_HEADS and self.low(j) not in L.AUTHORSHIP_AGENTS | {",", "by"} \
                    and ent is not None and ent.head != head and not (ent.title and head in ent.title.lower()):
                return None  # "This brief asks" after an assessment: the text speaking of itself
            if ent is not None and det == "its" and ent.title and descriptors \
                    and not set(descriptors) <= set(fold(ent.title).split()):
                return None  # "Its annual report" after X's Financial Stability Report: whose, the text does not say
            if ent is not None and det == "its" and date and (ent.date or "")[:4] != date[:4]:
                later = self.reg.new_work(head, type_)  # "Its 2024 report" after its 2023 one
                later.authors, later.institution, later.date = list(ent.authors), ent.institution, date
                return later, True
            at = j
            if self.low(at) in ("as", "of", "dated", "for") and (comma := next(
                    (y for y in range(at, min(len(self.t), at + 7)) if self.t[y].text == ","), None)) is not None \
                    and self.dates_in(at, comma):
                at = comma  # "The actuarial valuation as at 31 March 2031, prepared by X,"
            at += self.t[at].text == "," if at < len(self.t) else 0  # "The figures, released by X on Tuesday, show"
            by = at + 1 if self.low(at) in L.AUTHORSHIP_AGENTS and self.low(at + 1) == "by" \
                else at if self.low(at) == "by" else None  # "The report by X", "The report, by X, found"
            b = (by or j) + 1 + (self.low((by or j) + 1) == "the")
            if det == "the" and (self.low(j) == "of" or by) and (e := self.body_fwd(b)) is not None \
                    and (ent is None or ent.head != head or not self.made_by(ent, b, e)):
                earlier = next((w for w in reversed(self.reg.entities) if w.kind == "work" and w.head == head
                                and not date and self.made_by(w, b, e)), None)
                if earlier is not None:
                    return earlier, False  # "The report of X" again, after Y's report was cited
                ent = self.reg.new_work(head, type_)  # "The preliminary report of (published by) the X Bureau"
                ent.date, ent.descriptors = date or self.participle_date(j), descriptors
                if by is not None and at > j:  # (its maker in an insertion the clause's own rules do not read)
                    name, person = self.names.canonical(self.span_text(b, e))
                    ent.authors = [author_for(name, person)]
                return ent, True
            if ent is None and det == "the" and (ent := self.introduced_work(head, i)) is not None:
                return ent, True
            return (ent, False) if ent else None
        return None

    def introduced_work(self, head: str, i: int) -> Entity | None:
        """'The Agency received a letter from the cooperative on 24 February …  The letter stated':
        a work of that head the text brought in just before (600 characters) without citing it,
        with the maker and day its nearest introduction gives ("from the cooperative", "by X",
        "on 24 February"; else the source that speaks in that sentence: "X said in a statement");
        none when the text does not say whose it is."""
        start = self.t[i].start
        at = max(0, start - 600)
        before = self.names.text[at:start]
        found = [m for m in re.finditer(r"\b(?:a|an)\s+(?:[a-z-]+\s+){0,3}" + re.escape(head) + r"\b", before)]
        if not found:
            return None
        intro = found[-1]
        after = before[intro.end():].split(". ")[0][:150]
        opens = at + max(before.rfind(". ", 0, intro.start()), before.rfind("\n", 0, intro.start())) + 1
        cited = [e for _, offset, e in self.reg.seen if opens <= offset < start]  # "X said in a statement on 15 May"
        speaker = self.speaker(cited[-1]) if cited else None
        maker = re.match(r"\s+(?:from|by|of)\s+(?:the\s+)?(" + _NAME_WORDS + r"|(?!(?:its|his|her|their)\b)[a-z]+)",
                         after)
        if maker and maker.group(1).islower():
            body = self.body_named(maker.group(1), at + intro.end())
            authors = list(body.authors) if body is not None and not body.person else []
        elif maker:
            name, person = self.names.canonical(maker.group(1))
            authors = [author_for(name, person)]
        else:
            authors = list(speaker.authors) if speaker is not None else []
        if not authors:
            return None  # ("The alert says" after "an alert": whose, the text does not say)
        ent = self.reg.new_work(head, L.NOMINALS.get(head, "report"))
        ent.authors, ent.date = authors, self.dates_in_text(after[:60])
        return ent

    def made_by(self, ent: Entity, b: int, e: int) -> bool:
        """Whether the body named at t[b:e] is among the work's makers ("the report of the X Commission"
        is not the report of Y just cited)."""
        name, _ = self.names.canonical(self.span_text(b, e), article=self.low(b - 1) == "the")
        return fold(name) in ent.author_keys() or bool(ent.institution and fold(ent.institution) == fold(name))

    def described_makers_work(self, i: int, owner: list[Tok], head: str, type_: str, date: str | None,
                              descriptors: list[str], poss: int, j: int) -> tuple[Entity, bool] | None:
        """'The monitoring contractor's quarterly report recorded', 'the regulator's own figures
        show', as a clause's subject: a work of a maker the text describes but never names.  Its
        record has no author, only that description as its institution (``Entity.fields`` notes
        "quarterly report by monitoring contractor"); undated, it stays in its document
        (``merge.bridge.is_statement``): another text's "vendor's advisory" is another vendor's.
        Said again in the same words, it is the same work."""
        words = [m.low for m in owner]
        if head in ("plan", "notification") or not (self.leads_clause(i) or self.time_opener(i)) or not words \
                or not all(m.text.isalpha() and m.text.islower() or m.text == "-" for m in owner) \
                or words[-1] in _TIME_WORDS or words[-1] in L.PRONOUNS_PERSON | L.PRONOUNS_BODY | {"one", "everyone"}:
            return None
        maker = " ".join(words)
        for ent in reversed(self.reg.entities):
            if ent.kind == "work" and ent.head == head and ent.institution == maker and not ent.authors:
                return ent, False
        ent = self.reg.new_work(head, type_)
        ent.institution, ent.date, ent.descriptors = maker, date or self.date_after_head(j), descriptors
        self.possessive_title(poss, j, ent)
        return ent, True

    def possessor(self, i: int) -> Entity | None:
        """The body "its"/"their" at t[i] stands for: the nearer of the body last cited (or the
        maker of the work last cited) in this sentence or the two before, and the body last
        written as "the <Head>" ("The Fund notified the Office … Its notification"); else None."""
        offset = self.t[i].start
        found = self.reg.antecedent_at("it" if self.low(i) == "its" else "they", offset)
        text = self.names.text
        lo = max(0, offset - 400)
        ends = [m.end() for m in re.finditer(r"[.!?][\"”’]?\s+", text[lo:offset])]
        lo += ends[-3] if len(ends) >= 3 else 0
        heads = [m for m in _SUBJECT_BODY.finditer(text, lo, offset)
                 if (m.group("name").split()[-1].lower() in L.BODY_HEADS or is_org_like(m.group("name"))
                     or is_acronym(m.group("name")))
                 and (m.group("next") is None or m.group("next") not in _NOT_AFTER_SUBJECT)
                 and (m.group("the") or len(m.group("name").split()) > 1 or is_acronym(m.group("name")))]
        # ("The Fund notified", "Harlow Bank's own figures", "ARHS shut down its systems")
        if heads and (found is None or heads[-1].start() > found[0]):
            name = heads[-1].group("name")
            if len(name.split()) == 1 and not is_acronym(name):
                return self.body_named(name.lower(), heads[-1].start())
            canon = self.names.canonical(name)[0]
            return self.reg.source(canon, False, author_for(canon, False))
        if found is None or found[1].person or not found[1].authors:
            return None
        return found[1]

    def inset_owner(self, i: int) -> Author | None:
        """The body whose name opens the clause before ", in a <work> …," at t[i] (the work's
        determiner): "The Health Services Inspectorate, in a report published on Monday, rated"."""
        if i < 3 or self.low(i - 1) != "in" or self.t[i - 2].text != ",":
            return None
        b = self.name_back(i - 2)
        if b is None or b >= i - 2 or not self.t[b].text[:1].isupper() or self.clause_start(b) is None:
            return self.described_owner(i - 3)
        name, person = self.names.canonical(self.span_text(b, i - 2), article=self.low(b - 1) == "the")
        return None if person else author_for(name, False)

    def described_owner(self, h: int) -> Author | None:
        """The body a description opening the clause stands for, its head at t[h]: "The engineers'
        association, in a circular to members, said" (the association the text named)."""
        d = next((x for x in range(h - 1, max(-1, h - 5), -1) if self.low(x) == "the"), None)
        if d is None or self.low(h) not in L.BODY_HEADS or not self.opens_clause(d) \
                or not all(self.t[x].text.islower() or self.t[x].text in _POSSESSIVE_MARKS for x in range(d + 1, h + 1)):
            return None
        body = self.described_body(d, h)
        return body.authors[0] if body is not None and not body.person and body.authors else None

    def title_end(self, j: int) -> int:
        """The end of a capitalised title right after a work's head at t[j-1] ("survey Locked Out,")."""
        x = j
        while x < len(self.t) and x - j < 12 and (self.t[x].text[:1].isupper() or
                                                 self.low(x) in L.NAME_JOINERS and x > j):
            x += 1
        return x

    def title_after(self, j: int) -> str | None:
        x = self.title_end(j)
        return self.span_text(j, x) if x - j >= 2 and self.title_words(j, x) else None

    def possessive_title(self, poss: int, j: int, ent: Entity) -> None:
        """The title between an owner's 's at t[poss] and the head t[j-1], if capitalised:
        "X's Global Trends report", "the agency's World Energy Outlook 2024" (head and year in it)."""
        named = [self.t[x] for x in range(poss + 1, j - 1)]
        if self.t[j - 1].text[:1].isupper():
            named.append(self.t[j - 1])
            if j < len(self.t) and re.fullmatch(r"(?:19|20)\d\d", self.t[j].text):
                named.append(self.t[j])
                ent.date = ent.date or self.t[j].text
        if named and all(m.text[:1].isupper() or m.text.isdigit()
                         or 0 < x < len(named) - 1 and (m.low in _TITLE_SMALL_WORDS or m.text == ":")
                         for x, m in enumerate(named)) \
                and not all(m.text.isdigit() for m in named) \
                and not any(m.low in L.MONTHS for m in named) \
                and not all(m.low in L.GENERIC_MODIFIERS | set(L.NOMINALS) for m in named):
            ent.title = " ".join(self.text[named[0].start - self.base:named[-1].end - self.base].split())
        elif not named and (title := self.title_after(j)) and self.low(self.title_end(j)) == ",":
            ent.title = title  # "the network's survey Nets and Debts, which found"

    def nominal_back(self, j: int, lo: int = 0, reach: int = 7, anywhere: bool = False) -> tuple[int, int] | None:
        """(start, head+1) of a determined nominal phrase ending at head j-1 ('a June 2023 UN report');
        ``anywhere``: a possessive one need not open the clause ("in X's advisory, which said")."""
        if self.low(j - 1) not in L.NOMINALS or self.low(j - 2) in ("who", "to") \
                or self.low(j - 1) in ("record", "records") and self.low(j - 2) in L.ADVERBS:
            return None  # a verb: "Those who study the sector say", "plans to review", "The reasons also record"
        for k in range(j - 1, max(lo, j - 1 - reach) - 1, -1):
            if self.low(k) in L.DETERMINERS and not (k > 0 and self.low(k - 1) in ("that", "the") and self.low(k) == "same"):
                if k > lo and self.low(k - 1) in ("that", "the", "this") and self.low(k) == "same":
                    k -= 1
                if any(self.t[x].text in (",", ";", ".") for x in range(k, j)):
                    return None
                return k, j
            if self.t[k].text in (",", ";", ":", "(", ")") or self.low(k) in L.REPORT_VERBS:
                break
        # no determiner: a possessive owner opening the clause ("UNHCR's Global Trends report")
        poss = next((x for x in range(max(lo + 1, j - 1 - reach - 3), j - 1) if self.t[x].text in ("’s", "'s")), None)
        if poss is not None and not any(self.t[x].text in (",", ";", ".") for x in range(poss, j)):
            if (when := self.time_possessive(poss)) is not None and when >= lo and (anywhere or self.opens_clause(when)):
                return when, j  # "Last week's review by X", "Tuesday's bulletin"
            start = self.name_back(poss, lo)
            if start is not None and start > lo and self.low(start - 1) == "the":
                start -= 1  # "The Energy Ombudsman's annual report"
            if start is not None and (anywhere and start > lo or self.opens_clause(start)):
                return start, j
        return None

    def time_possessive(self, poss: int) -> int | None:
        """Where a time's possessive ending at t[poss] starts, standing for a determiner:
        "Last week's", "this year's", "Tuesday's", "yesterday's"."""
        word = self.low(poss - 1)
        if word in _WEEKDAYS or word in ("yesterday", "today"):
            return poss - 1
        if word in ("week", "month", "year") and self.low(poss - 2) in ("last", "this"):
            return poss - 2
        return None

    # -- families -------------------------------------------------------------------------------
    def source_line(self) -> None:
        """'Source: X' / 'Sources: X; Y'; a bare 'Sources' heading opens a list whose short
        lines are sources ('- Reuters, 12 May 2024', '"Title" — Outlet, August 15, 2008')."""
        if _SOURCE_HEADING.fullmatch(self.text):
            self.reg.source_block = True
            return
        m = _SOURCE_LINE.match(self.text)
        if m:  # ("4. Sources: A; B; C" among the notes to editors too)
            self.reg.source_block = False
            items = [x for x in re.split(r"\s*;\s*", m.group(2)) if x.strip(" .")]
            if any(len(item.split()) > 25 for item in items):
                return
            for item in items:
                self.source_item(item, self.t[0].start - self.base + m.start(2) if len(items) == 1 else None,
                                 m.group(1))
            return
        bullet = re.match(r"\s*(?:[-*•–—]|\d+[.)])\s+", self.text)
        item = _SOURCE_ITEM.match(self.text)
        if item:  # '"Title" — Outlet, date' anywhere: a news source line
            self.source_item(self.text, None, "Sources" if self.reg.source_block else "—")
        elif self.reg.source_block and len(self.t) <= 30 and (bullet or self.dated_item(self.text)):
            self.source_item(self.text[bullet.end() if bullet else 0:], None, "Sources")
        else:
            self.reg.source_block = False

    def work_of_day(self, name: str, day: str) -> Entity:
        """A source-list item dated in brackets: "NDSA interim report (2 June)" is that body's
        interim report of that day; "Headwater Notes (3 June)" what that outlet put out that day."""
        words = name.split()
        at = next((n for n in range(1, len(words)) if words[n].islower()), None)
        if at is not None and words[-1].lower() in L.NOMINALS and all(w.islower() for w in words[at:]):
            ent = self.reg.new_work(words[-1].lower(), L.NOMINALS[words[-1].lower()])
            canon, person = self.names.canonical(" ".join(words[:at]))
            ent.authors, ent.date = [author_for(canon, person)], day
            ent.descriptors = [w for w in words[at:-1] if w in L.DESCRIPTORS]
            return ent
        ent = self.reg.new_work("article", "article")
        ent.container, ent.date = name, day
        ent.authors = [author_for(self.names.canonical(name)[0], False)]
        return ent

    def dated_item(self, line: str) -> bool:
        """'Reuters, 12 May 2024' / 'UNHCR: Update, April 2024': a name, then a dated rest."""
        m = re.match(r"\s*([A-Z][^,:]{1,80}?)\s*[,:]\s+(.+)$", line)
        if not m or re.search(r"\d", m.group(1)) or any(w.lower().strip(".") in L.MONTHS for w in m.group(1).split()):
            return False
        return bool(find_dates(m.group(2)) or self.bare_month(m.group(2)))

    def source_item(self, raw: str, _offset: int | None, cue: str) -> None:
        """One source of a source line or list: a name, a web address, or '“Title” — Outlet, date'."""
        raw = raw.strip(" .")
        m = _SOURCE_ITEM.match(raw)
        if m:
            ent = self.reg.new_work("article", "article")
            ent.title, ent.container = m.group("title").strip(" ,."), m.group("name").strip(" ,.")
            ent.date = self.dates_in_text(m.group("date") or "")
            if m.group("author"):
                name, person = self.names.canonical(m.group("author").strip(" ."))
                ent.authors = [author_for(name, person)]
            else:  # an unsigned article: the outlet is its author
                ent.authors = [author_for(self.names.canonical(ent.container)[0], False)]
            name = ent.container
        elif re.match(r"https?://\S+$", raw):
            ent = self.reg.new_work(None, "webpage")
            ent.container = raw.split("://", 1)[1].split("/", 1)[0]
            name = raw
        else:
            raw, day = set_off_day(raw, self.doc_date)  # "Headwater Notes (3 June)"
            if (several := _SYMBOLS_AFTER.match(raw)) and not day:
                self.numbered_works(several, cue)  # "Medaxis Security Advisories MDX-SA-2027-002 and -004"
                return
            symbol = _DOC_SYMBOL.search(raw, 1)  # "Committee record HS/2027/04": the work's number, no date
            item = (raw[:symbol.start()] + raw[symbol.end():]).strip(" ,") if symbol else raw
            head = re.split(r"\s*(?:,|:|\s[—–-]\s)\s*", item, maxsplit=1)
            set_off = len(head) > 1  # (the work's kind set off after its maker: "NAO, Report AG-2029/14")
            if len(head) == 1 and (lead := _ACRONYM_TITLE.match(item)):
                head = [lead.group("body"), lead.group("title")]  # "ODPC Decision Summary"
            name = head[0].strip(" .")
            rest = head[1] if len(head) > 1 else ""
            if not name or not name[:1].isupper() or len(name.split()) > 12 or find_dates(name):
                return
            while rest and (cut := _LOCATOR.sub("", rest)) != rest:
                rest = cut  # "Water Accounts 2030 (river basins), Table 4": the work, not where in it
            described = _DESCRIBED_WORK.match(rest)
            kind = rest.split()[-1].lower() if rest else ""
            if symbol and set_off and kind in L.NOMINALS and " " not in rest and rest[:1].isupper():
                ent = self.reg.new_work(kind, L.NOMINALS[kind])  # "NAO, Report AG-2029/14": its number, no title
                ent.authors = [author_for(self.names.canonical(name)[0], False)]
                ent.date = day
            elif symbol and not day and not rest and not any(w.islower() for w in name.split()):
                ent = self.reg.new_work("report", "report")  # "NCRC-Bericht NCRC-IR-2027-07": a numbered document
                ent.authors = [author_for(self.names.canonical(name)[0], False)]
            elif (day or symbol) and not rest:
                ent = self.work_of_day(name, day)
            elif described:  # "EURA, interim review of the 21 July system disturbance": a work so described
                head = described.group("head").lower()
                ent = self.reg.new_work(head, L.NOMINALS[head])
                canon, person = self.names.canonical(name)
                ent.authors = [author_for(canon, person)]
                ent.descriptors = [w for w in described.group("mods").split() if w in L.DESCRIPTORS]
                ent.date = None if described.group("about") else self.dates_in_text(rest)  # (not the date it is about)
            elif rest and len(rest.split()) > 1 and not find_dates(rest) and (
                    cue == "Sources" or _titled(rest) or cue != "—" and rest[:1].isupper()) \
                    or rest and find_dates(rest) or re.search(r"[“\"]", rest):
                ent = self.reg.new_work("document", "misc")
                canon, person = self.names.canonical(name)
                ent.authors = [author_for(canon, person)]
                ent.date = day or self.dates_in_text(rest)
                q = re.search(r"[“\"]([^”\"]{3,200})[”\"]", rest)
                title = q.group(1) if q else None
                set_off = _SET_OFF_DATE.search(rest)
                if title is None and not find_dates(rest):
                    title = rest.strip(" .")
                elif title is None:  # "WHO, Situation report 61 (2016)": the title without its set-off date
                    bare = _SET_OFF_DATE.sub("", rest).strip(" .,")
                    title = bare if len(bare.split()) >= 2 and (not find_dates(bare) or not set_off and _edition(bare)) else None
                    if title is None and set_off and len(bare.split()) >= 3 and bare[:1].isupper() \
                            and not re.sub(r"\b(?:19|20)\d\d\b", "", bare).strip(" ,").isdigit():
                        # "LBC, Basin Water Balance 2030 (February 2031)": the year names the edition,
                        # the set-off date is the publication's
                        title, ent.date = bare, self.dates_in_text(set_off.group())
                ent.title = title
                last = re.sub(r"(?:\s+(?:19|20)\d\d|\s+No\.?\s*[\w/]+)+$", "", title or "").split()
                if last and last[-1].lower() in L.NOMINALS:  # "Annual Report 2025", "Cost of the Blackout survey"
                    ent.type = L.NOMINALS[last[-1].lower()]
            else:
                canon = self.names.canonical(raw if not rest else name)[0]
                name = raw if not rest else name
                ent = self.reg.source(canon, False, author_for(canon, False))
            if symbol and ent.kind == "work":
                ent.number = symbol.group()
        self.claim(0, len(self.t))
        start = self.base + self.text.find(raw) if raw in self.text else self.t[0].start
        end = start + len(raw) if raw in self.text else self.t[-1].end
        confidence = 0.85
        if _offset is not None:  # the one source of a "Source: X" line: the label is its cue
            start, confidence = self.t[0].start, 0.9
        self.reg.mentioned(start, ent)
        self.hits.append(Hit(start, end, cue, name, ent, True, confidence))

    def numbered_works(self, m: re.Match, cue: str) -> None:
        """A source item naming several works of one kind by their numbers ("Medaxis Security
        Advisories MDX-SA-2027-002 and MDX-SA-2027-004"): one work each, of the body named first."""
        words = m.group("lead").split()
        head = words[-1].lower()
        head = head[:-3] + "y" if head.endswith("ies") else head[:-1] if head.endswith("s") else head
        if head not in L.NOMINALS or len(words) < 2:
            return
        name = self.names.canonical(" ".join(w for w in words[:-1] if w.lower() not in L.DESCRIPTORS))[0]
        start = self.base + self.text.find(m.group(0))
        self.claim(0, len(self.t))
        for symbol in _DOC_SYMBOL.findall(m.group("numbers")):
            ent = self.reg.new_work(head, L.NOMINALS[head])
            ent.authors, ent.number = [author_for(name, False)], symbol
            self.reg.mentioned(start, ent)
            self.hits.append(Hit(start, start + len(m.group(0)), cue, name, ent, True, 0.85))

    def headline(self) -> None:
        m = re.search(r",\s+(" + "|".join(L.HEADLINE_VERBS) + r")(?:\s+to)?\s+(\S.{1,60}?)\s*$", self.text, re.I)
        if not m:
            return
        k = next((x for x, tok in enumerate(self.t) if self.t[x].start - self.base >= m.start(1)), None)
        if k is None:
            return
        n = k + 1 + (self.low(k + 1) == "to")
        end = self.name_fwd(n)
        if end != len(self.t) and not (end == len(self.t) - 1 and self.t[-1].text in ".!"):
            return
        found = self.source_entity(n, end, findings=True)
        if found:
            self.add(k, end, self.t[k].text, found[1], found[0], confidence=0.9)

    def headline_subject(self) -> None:
        """'School repair budget "nowhere near enough", committee warns', '…, new report finds',
        '… as fiscal watchdog warns on deficit': a headline (a line with no closing full stop)
        ending in a bare lower-case noun phrase (no article, as headlines write) and a
        present-tense reporting verb.  A body head ('committee', 'watchdog') or a work head
        ('report', 'study') makes the source; the body or work the text names later takes it
        over (``Hit.forward``, resolved once the document is read)."""
        if not self.t or self.t[-1].text in (".", "?", "!", "”", '"', ":") or len(self.t) > 30:
            return
        for k in range(len(self.t) - 1, 1, -1):
            if self.low(k) not in _HEADLINE_NP_VERBS or not self.t[k].text.islower() or not self.free(k, k + 1):
                continue
            tail = self.t[k + 1:]
            if tail and not (len(tail) <= 4 and tail[0].low in ("on", "over", "about", "of", "against", "in")
                             and all(m.text.isalpha() and m.text.islower() for m in tail)):
                return
            b = k
            while b > 0 and k - b < 4 and re.fullmatch(r"[a-z][a-z-]*|[A-Z][a-z]+-[a-z]+", self.t[b - 1].text) \
                    and self.low(b - 1) not in L.STOP_CAPS | L.CLAUSE_OPENERS:
                b -= 1
            if b == k or not (self.t[b - 1].text == "," or self.low(b - 1) == "as"):
                return
            head = self.low(k - 1)
            if head in L.MAKERS and k - b == 1:  # "…, investigators find": their report, named later
                ent, described = self.reg.new_work("report", "report"), None
            elif head in L.HEDGE_SOURCES or head in L.GROUP_WORDS:
                return  # "…, analysts say": a hedge
            elif head in L.NOMINALS:
                ent = self.reg.new_work(head, L.NOMINALS[head])
                described = self.span_text(b, k - 1) if any(m.low in L.BODY_HEADS for m in self.t[b:k - 1]) else None
                ent.descriptors = [m.low for m in self.t[b:k - 1] if m.low in L.DESCRIPTORS]
            elif head in L.BODY_HEADS:
                name = self.span_text(b, k)
                ent, described = self.reg.source(name, False, author_for(name, False)), None
            else:
                return
            self.add(b, k + 1, self.t[k].text, self.span_text(b, k), ent, confidence=0.7)
            self.hits[-1].forward, self.hits[-1].described = True, described  # "central bank report says"
            return

    def headline_opening(self, first_line: bool) -> None:
        """'Regulator finds Vennmark fund overstated assets', 'Footbridge collapse inquiry finds …',
        '* Interim report finds weighbridge broken', '* …; minister promises weighing rules': the
        title or a bullet (a line with no closing full stop) opening with a bare noun phrase, its head
        a body or a work, and a present-tense reporting verb; resolved forward as
        ``headline_subject``'s are."""
        if not self.t or self.t[-1].text in (".", "?", "!", ":") or len(self.t) > 30 or "\n" in self.text.strip():
            return
        b = 0
        while b < len(self.t) and self.t[b].text in ("*", "-", "•", "–"):
            b += 1  # a bullet
        if not (first_line or b):
            return  # (a standfirst or a subheading may be the issuer's own voice: "New field survey finds")
        if self.t[b:b + 1] and self.t[b].text == "UPDATE":
            b += 1  # a wire's "UPDATE 2-": its version, no word of the headline
            while b < len(self.t) and not self.t[b].text[:1].isalpha():
                b += 1
        for start in [b] + [x + 1 for x in range(b, len(self.t)) if self.t[x].text == ";"]:
            self.bare_subject(start)

    def bare_subject(self, b: int) -> None:
        """A bare noun phrase at t[b] and a headline's present-tense reporting verb after it (see
        ``headline_opening``)."""
        for k in range(b + 1, min(len(self.t) - 2, b + 5)):
            if self.low(k) not in _HEADLINE_OPENING_VERBS or not self.t[k].text.islower():
                continue
            words = self.t[b:k]
            if not all(re.fullmatch(r"[A-Za-z][a-z-]*", m.text) for m in words) or not self.free(b, k + 1) \
                    or any(m.text[:1].isupper() for m in words[1:]) or words[0].text[:1].isupper() and not self.is_common(b):
                return  # (a name, a possessive or a number opens no bare noun phrase)
            head = self.low(k - 1)
            if head in L.NOMINALS and L.NOMINALS[head] == "report":
                ent = self.reg.new_work(head, "report")
                ent.descriptors = [m.low for m in words if m.low in L.DESCRIPTORS]
            elif is_role(head) and k - b == 1:  # "minister promises …": the one person the text names so
                if (ent := self.role_person(head, self.t[b].start, later=True)) is not None:
                    self.add(b, k + 1, self.t[k].text, self.span_text(b, k), ent, confidence=0.6)
                return
            elif head in L.BODY_HEADS or head in L.MAKERS:
                if self.reg.issuer and head in fold(self.reg.issuer).split():
                    return  # "Council accepts …" atop the council's own release: its own voice
                name = self.span_text(b, k).lower()
                ent = self.reg.source(name, False, author_for(name, False))
            else:
                return
            self.add(b, k + 1, self.t[k].text, self.span_text(b, k), ent, confidence=0.6)
            self.hits[-1].forward = True
            return

    def dash_source(self, first_line: bool) -> None:
        """'* No evidence nurses mis-programmed pumps -NPSIA': a wire's headline or bullet (a line
        with no closing full stop) ending in its source's name, an acronym or a body's, after a
        dash; resolved forward as ``headline_subject``'s are."""
        if not self.t or self.t[-1].text in (".", "?", "!", ":") or len(self.t) > 30 or "\n" in self.text.strip():
            return
        if not (first_line or self.t[0].text in ("*", "-", "•", "–")):
            return
        m = _DASH_SOURCE.search(self.text)
        k = next((x for x, tok in enumerate(self.t) if tok.start - self.base >= m.start("name")), None) if m else None
        if k is None or not self.free(k, len(self.t)) or sum(tok.text.islower() for tok in self.t[:k]) < 3:
            return  # (a masthead: "KALDRIA PRESS AGENCY (KPA) - DOMESTIC NEWS WIRE")
        if not (is_acronym(m.group("name")) or is_org_like(m.group("name"))):
            return  # (not "… - What We Know")
        found = self.source_entity(k, len(self.t), findings=True)
        if found:
            self.add(k, len(self.t), "-", found[1], found[0], confidence=0.7)
            self.hits[-1].forward = True

    def colon_headline(self) -> None:
        """'NISA: nobody read the alerts', 'Regulator: blocked drains behind the crack': a headline
        (no closing full stop) whose body speaks before a colon; the body or its work the text
        names later takes it over, as in ``headline_subject``."""
        if len(self.t) < 4 or len(self.t) > 25 or self.t[-1].text in (".", "?", "!", ":", "”", '"'):
            return
        i = 2 if self.t[0].text.isdigit() and self.t[1].text in (".", ")") else 0  # "2. NISA: …"
        i += self.t[i].text in ("*", "•")  # a bullet
        if self.t[i + 2:i + 3] and self.t[i + 2].text == ":" and self.low(i) in L.DESCRIPTORS \
                and L.NOMINALS.get(self.low(i + 1)) == "report" and self.free(i, i + 3):
            ent = self.reg.new_work(self.low(i + 1), "report")  # "* Interim report: new syringes five times stronger"
            ent.descriptors = [self.low(i)]
            self.add(i, i + 3, ":", self.span_text(i, i + 2), ent, confidence=0.6)
            self.hits[-1].forward = True
            return
        if i + 3 >= len(self.t) or self.t[i + 1].text != ":" or not self.free(i, i + 2) \
                or self.low(i) in _HEADLINE_LABELS:
            return
        word = self.t[i].text
        if not (is_acronym(word) or word.lower() in L.BODY_HEADS and word[:1].isupper()):
            return
        if sum(tok.text.islower() and tok.text.isalpha() for tok in self.t[i + 2:]) < 2 \
                or re.search(r"https?:|www\.|\b10\.\d{4,}/", self.text):
            return  # "UNHCR: Global Trends 2025": a title, not a claim; "DOI: 10.…": a field
        name = self.names.canonical(word)[0]
        ent = self.reg.source(name, False, author_for(name, False))
        self.add(i, i + 2, ":", word, ent, confidence=0.7)
        self.hits[-1].forward = True

    def author_year(self) -> None:
        """'Mian and Sufi (2014) showed', 'Jordà, Schularick and Taylor (2013) reached …', 'Doe et
        al. (2021), in a working paper for X, estimate', 'Ruiz (2019) found': a work cited in prose
        by its authors' family names and year, as the subject of its clause (no reference list
        needed)."""
        for k in range(1, len(self.t) - 2):
            if self.t[k].text != "(" or not re.fullmatch(r"(?:19|20)\d\d[a-z]?", self.t[k + 1].text):
                continue
            close = k + 2
            if self.t[close].text == "," and self.low(close + 1) in ("p", "pp"):  # "(2033, p. 91)", "(2030, pp. 4–6)"
                close = next((y for y in range(close + 2, min(len(self.t), close + 8)) if self.t[y].text == ")"), close)
            if self.t[close].text != ")" or not self.free(k, close + 1):
                continue
            x, etal = k, False
            if self.low(x - 1) == "." and self.low(x - 2) == "al" and self.low(x - 3) == "et":
                x, etal = x - 3, True
            starts: list[int] = []  # where each family name of the list starts, last first
            while x > 0 and _SURNAME.fullmatch(self.t[x - 1].text) and self.low(x - 1) not in L.STOP_CAPS:
                x -= 1
                starts.append(x)
                if etal or x < 2 or self.t[x - 1].text not in ((",", "and", "&") if len(starts) == 1 else (",",)):
                    break
                x -= 1
            opening = [y for y in starts if self.opens_clause(y)]
            if not opening:
                continue
            x = opening[-1]  # "In Paris, Mian and Sufi (2014)": the list opens after the comma
            names = [self.t[y].text for y in reversed(starts) if y >= x]
            v = close + 1
            if self.low(v) == "," and self.low(v + 1) == "in":  # ", in a working paper for the central bank,"
                v = next((y + 1 for y in range(v + 2, min(len(self.t), v + 24)) if self.t[y].text == ","), v)
            while self.low(v) in _BETWEEN_SUBJECT_AND_VERB and v < len(self.t) - 1:
                v += 1
            if v >= len(self.t) or not self.t[v].text.islower() or not (
                    self.low(v) in L.REPORT_VERBS or self.low(v) in L.NEEDS_AUX or self.low(v) in L.SCHOLARLY_VERBS):
                continue  # "Quilis (1964) performed …": no report
            ent = self.reg.new_work("work", "misc")
            ent.authors = [Author(family=n) for n in names]
            ent.date = self.t[k + 1].text[:4]
            self.add(x, v + 1, self.t[v].text, self.span_text(x, close + 1), ent, confidence=0.75)

    def frames(self, by_first: dict[str, list[tuple[str, ...]]] = _FRAMES_BY_FIRST, works_only: bool = False) -> None:
        for k in range(len(self.t)):
            for frame in by_first.get(self.low(k), ()):
                n = k + len(frame)
                if tuple(self.low(x) for x in range(k, n)) != frame or not self.free(k, n):
                    continue
                if frame == ("per",) and self.low(k - 1) in ("cent", "percent"):
                    continue
                if frame in (("via",), ("read", "in")) and not is_outlet(
                        self.span_text(n, self.name_fwd(n + (self.low(n) == "the")) or n + 1)):
                    continue  # "via Ravensholm": a route; "via Reuters", "read in the Courier": a source
                self.frame_source(k, n, " ".join(self.t[x].text for x in range(k, n)), frame in L.STRICT_FRAMES,
                                  works_only)
                break

    def possessed(self, n: int, h: int) -> bool:
        """t[n:h] is a name and its possessive, then the words before the work's head at t[h]:
        "Lockwell's security" before "advisory", "UNHCR's Global Trends" before "report"."""
        poss = next((x for x in range(n + 1, h) if self.t[x].text in ("’s", "'s")), None)
        return poss is not None and self.t[n].text[:1].isupper() and self.name_back(poss) == n

    def work_frames(self) -> None:
        """"Mensah cited the union's survey": run last, so a work already found as the subject of
        its own verb ("pointed to the review, which found") is not found twice."""
        self.frames(_WORK_FRAMES_BY_FIRST, works_only=True)

    def frame_source(self, k: int, n: int, cue: str, strict: bool, works_only: bool = False) -> None:
        # a document: "according to a June 2023 UN report", "referring to a confidential document"
        owned = any(self.t[x].text in _POSSESSIVE_MARKS for x in range(n, min(len(self.t), n + 5)))
        for h in range(n, min(len(self.t), n + (16 if owned else 8))):  # ("X's Pathways to Commercial Liftoff: … report")
            if self.low(h) in L.NOMINALS and (self.low(n) in L.DETERMINERS or self.possessed(n, h)) and not (
                    self.t[h].text[:1].isupper() and h + 1 < len(self.t) and self.t[h + 1].text[:1].isupper()
                    and self.t[h + 1].text.isalpha()):  # "the Data Commissioner": a name goes on, no work
                if any(self.t[x].text in (",", ";") for x in range(n, h)):
                    break
                while h + 1 < len(self.t) and self.low(h + 1) in L.NOMINALS and self.t[h + 1].text.islower():
                    h += 1  # "a blog post", "a briefing paper"
                if works_only and not self.free(n, next((x for x in range(h + 1, len(self.t))
                                                         if self.t[x].text in (".", ";")), len(self.t))):
                    return  # the rest of the sentence already says what the work found
                found = self.work_nominal(n, h + 1)
                if not found:
                    self.frame_work_of(k, n, h + 1, cue)
                    return
                ent, new = found
                end = self.work_maker(h + 1, ent, new)
                if works_only and end == h + 1 and (self.low(end) in ("by", "from") or not new and
                                                    self.low(end) in L.AUTHORSHIP_AGENTS):
                    if new:  # a maker this reading cannot name: the work is another pass's
                        self.reg.entities.remove(ent)
                    return  # ("the paper published by X": not the paper named before)
                self.add(k, end, cue, self.span_text(n, h + 1), ent, emit=True, confidence=0.85 if new else 0.75)
                return
            if self.t[h].text in (",", ";", ".") or self.low(h) in L.REPORT_VERBS \
                    or self.low(h) in ("for", "with", "about") and self.t[h - 1].text.islower():
                break  # (not "relied on its counterparties for commercial advice": no work)
        if works_only:
            return
        if owned and self.owned_title(k, n, cue):
            return
        # a name: "according to Harbour Weekly", "citing the Pentagon", lower case known names
        if self.low(n) in L.PLURAL_NOMINALS and self.low(n + 1) in ("from", "by", "of"):
            n += 2  # "according to figures from the National Treasury"
        elif self.low(n) in L.PLURAL_NOMINALS and self.low(n + 1) in L.AUTHORSHIP_AGENTS | L.ACCESS_AGENTS \
                and self.low(n + 2) in ("by", "from"):
            n += 3  # "according to figures compiled by the X Association"
        s = n + (self.low(n) == "the")
        while s < len(self.t) and is_role(self.t[s].text) and self.t[s].text.islower():
            s += 1
        end = self.name_fwd(s)
        described = False
        if end is None and (x := self.described_name(s)) is not None:
            if self.name_fwd(x) is not None:
                s, end, described = x, self.name_fwd(x), True  # "as reported by the financial daily X"
            elif self.low(n) == "the" and self.low(x - 1) in L.BODY_HEADS and self.low(x) in _FRAME_END:
                ent = self.described_body(n, x - 1)  # "according to the regional police", "according to the centre"
                if ent is not None:
                    self.add(k, x, cue, self.span_text(n, x), ent, confidence=0.7)
                return
        if end is None:
            for size in (4, 3, 2):
                if s + size > len(self.t):
                    continue
                phrase = self.span_text(s, s + size)
                if fold(phrase) in self.names.spellings and phrase.islower() \
                        and phrase[-1:].isalpha():
                    end = s + size
                    break
        if end is None:
            return
        parts, end = self.name_list(s, end)
        for n, (a, b) in enumerate(parts):
            found = self.source_entity(a, b, body=described)
            if not found:
                continue
            ent, raw = found
            if len(parts) == 1:
                self.add(k, self.appositive(end, ent), cue, raw, ent, confidence=0.9)
            else:
                self.add(k if n == 0 else a, b, cue, raw, ent, confidence=0.85)

    def data_from(self) -> None:
        """'spelled out in figures from the X Institute (XI) that the auditors reproduce', 'Using
        landings data from Statistics Kestria', 'Data from the X Office point the same way': a
        named body's numbers the text relies on, whatever verb (or none) follows."""
        for k in range(len(self.t) - 2):
            measured = self.low(k + 1) in _MEASURED and self.low(k + 2) == "by" and self.t[k].text.isalpha() \
                and self.low(k) not in L.AUXILIARIES | _BE  # ("Rainfall recorded by the Meteorological Office")
            if self.low(k) not in L.DATA_NOUNS and not measured:
                continue
            at = k + 1  # "from" or "by", perhaps after a participle: "Figures supplied to the Ministry by X"
            if self.low(at) in _DATA_PARTICIPLES:
                at = next((x for x in range(at + 1, min(len(self.t) - 1, at + 6)) if self.low(x) == "by"), at)
            b = at + 1 + (self.low(at + 1) == "the")
            if self.low(at) == "from" and b + 2 < len(self.t) and self.low(b) in _DESCRIBED_HEADS | {"laboratory", "lab"} \
                    and self.low(b + 1) == "of" and self.t[b + 2].text[:1].isupper():
                at = b + 1  # "Results from the laboratory of Aguas de Villalmar": the body whose laboratory it is
            elif self.low(at) not in ("from", "by") or not self.free(k, at + 1) or not self.t[b].text[:1].isupper():
                continue
            ent = self.reg.new_work(self.low(k), L.NOMINALS.get(self.low(k), "misc"))  # (its maker follows)
            end = self.work_maker(at, ent, True)
            one_word = end - (at + 1 + (self.low(at + 1) == "the")) == 1
            if not ent.authors or end <= at + 1 or not self.free(k, end) or measured and not _a_body(ent.authors[0]) \
                    or one_word and end < len(self.t) \
                    and self.t[end].text.isalpha() and self.t[end].text.islower() and self.low(end) not in _AFTER_A_NAME:
                self.reg.entities.remove(ent)  # ("data from German cities": an adjective, no body)
                continue
            self.add(k, end, self.t[k + 1].text, self.span_text(k, end), ent, confidence=0.7)

    def owned_title(self, k: int, n: int, cue: str) -> bool:
        """'according to the OECD's Pensions at a Glance 2023,': a work its maker's possessive names
        by a title of its own (capitalised words, small words between them, a year), up to the end
        of the phrase; not a person ("the company's Chief Executive Ann Lee"); a body so named is the
        source ("Germany's Federal Statistical Office")."""
        s = n + (self.low(n) == "the")
        p = self.name_fwd(s)
        if p is None or p >= len(self.t) or self.t[p].text not in ("’s", "'s"):
            return False
        q = e = p + 1
        while e < len(self.t):
            if self.t[e].text[:1].isupper() or re.fullmatch(r"(?:19|20)\d\d", self.t[e].text):
                e += 1
                continue
            x = e
            while x < min(len(self.t), e + 3) and self.low(x) in _TITLE_INNER:
                x += 1  # ("Pensions at a Glance")
            if x == e or x >= len(self.t) or not self.t[x].text[:1].isupper():
                break
            e = x
        capitals = sum(self.t[x].text[:1].isupper() for x in range(q, e))
        if capitals < 2 or e < len(self.t) and self.t[e].text not in (",", ";", ".", ":", "(") \
                or is_role(self.t[q].text) or is_person_name(self.span_text(q, e)):
            return False
        if is_org_like(self.span_text(q, e)):  # "according to Germany's Federal Statistical Office": that body
            if (found := self.source_entity(q, e, body=True)) is not None:
                self.add(k, e, cue, found[1], found[0], confidence=0.85)
            return found is not None
        name, person = self.names.canonical(self.span_text(s, p), article=s > n)
        ent = self.reg.new_work("work", "misc" if person else "report")
        ent.title, ent.authors = self.span_text(q, e), [author_for(name, person)]
        self.add(k, e, cue, self.span_text(s, e), ent, confidence=0.85)
        return True

    def frame_work_of(self, k: int, n: int, h: int, cue: str) -> None:
        """'according to the monthly price release of the X Institute (XI)': a work the text has
        not named before, made by the body after 'of' (the head at t[h-1])."""
        if self.low(h) != "of" or self.low(n) not in ("the", "a", "an"):
            return
        b = h + 1 + (self.low(h + 1) == "the")
        e = self.name_fwd(b)
        if e is None:
            return
        head = self.low(h - 1)
        name, person = self.names.canonical(self.span_text(b, e), article=self.low(b - 1) == "the")
        if name_key(name) in self.own:
            return
        ent = self.reg.new_work(head, L.NOMINALS.get(head, "report"))
        ent.authors = [author_for(name, person)]
        ent.date = self.dates_in(n, h - 1) or self.participle_date(e)
        ent.descriptors = [m.low for m in self.t[n:h - 1] if m.low in L.DESCRIPTORS]
        self.add(k, e, cue, self.span_text(n, e), ent, confidence=0.8)

    def described_name(self, s: int) -> int | None:
        """Where the name starts after a lower-case description opening at t[s] that ends in a
        head noun ('the financial daily X', 'the credit bureau X', 'the regional police'): the
        index after the description, or None."""
        x = s
        while x < len(self.t) and x - s < 4 and self.t[x].text.isalpha() and self.t[x].text.islower() \
                and self.low(x) not in L.STOP_CAPS and self.low(x) not in L.REPORT_VERBS:
            x += 1
        if x == s or self.low(x - 1) not in _DESCRIBED_HEADS:
            return None
        return x

    def role_at(self, x: int) -> bool:
        """A role opens at t[x]: a role word, or a lower-case noun before 'of'/'at'
        ('headteacher of a primary school', 'lecturer at X'), or a body's role ("AVW's chief
        executive", "the Fund's actuary")."""
        w = self.t[x].text if 0 <= x < len(self.t) else ""
        if w[:1].isupper() and (poss := next((y for y in range(x + 1, min(len(self.t), x + 6))
                                              if not self.name_tok(y)), None)) is not None \
                and self.t[poss].text in ("’s", "'s") and poss + 1 < len(self.t):
            return any(is_role(self.t[y].text) for y in range(poss + 1, min(len(self.t), poss + 4))
                       if self.t[y].text.islower())
        return is_role(w) or (w.isalpha() and w.islower() and w not in L.STOP_CAPS
                              and self.low(x + 1) in ("of", "at"))

    def appositive(self, end: int, ent: Entity) -> int:
        """', the senior director of the X Project' (or ', who chairs the X Cooperative') after a
        person: affiliation; returns its end."""
        if not (ent.kind == "source" and ent.person) or self.low(end) != "," or not (
                self.low(end + 1) in L.DETERMINERS or self.role_at(end + 1)
                or self.low(end + 1) == "who" and self.low(end + 2) in _ROLE_VERBS):
            return end
        stop = end + 1
        while stop < len(self.t) and self.t[stop].text not in (".", ";", "”", '"', "(") and stop - end < 30:
            if self.t[stop].text == "," and stop > end + 2:
                break
            stop += 1
        if ent.kind == "source" and ent.person and not ent.institution:
            for x in range(stop - 1, end, -1):
                if self.low(x - 1) in ("of", "at", "with", "from", "for", "the") and self.name_tok(x):
                    e = self.name_fwd(x, stop)
                    if e and is_org_like(self.span_text(x, e)):
                        ent.institution = self.names.canonical(self.span_text(x, e))[0]
                        break
        return stop

    def periodical(self) -> None:
        for k in range(len(self.t)):
            if self.low(k) not in L.ISSUE_WORDS or self.low(k + 1) != "of" or not self.free(k, k + 2):
                continue
            start = k
            while start > 0 and start > k - 5 and (self.t[start - 1].text[:1].isdigit() or
                                                   self.low(start - 1) in L.MONTHS or self.low(start - 1) in L.DETERMINERS
                                                   or self.low(start - 1) in ("spring", "summer", "autumn", "fall", "winter")):
                start -= 1
            date = self.dates_in(start, k)
            s = k + 2 + (self.low(k + 2) == "the")
            body_end = self.name_fwd(s)
            body = None
            if body_end is not None and self.low(body_end) in L.PERIODICALS:
                body = self.span_text(s, body_end)
                s = body_end + 1
            elif self.low(s) in L.PERIODICALS:
                s += 1
            end = self.name_fwd(s)
            if end is None or date is None:
                continue
            ent = self.reg.new_work("issue", "misc")
            ent.title, ent.date = self.span_text(s, end), date
            if body:
                name, person = self.names.canonical(body)
                ent.authors = [author_for(name, person)]
            ent.descriptors = ["periodical issue"]
            self.add(start if self.low(start - 1) != "in" else start - 1, end, self.t[k].text,
                     self.span_text(k + 2, end), ent, confidence=0.85)
            if start == 1 and self.low(0) == "in" and end < len(self.t) and self.t[end].text == "," \
                    and self.context is None:
                self.context = ent  # "In the March 2024 edition of X, the union advised": it speaks there

    def quoted_title(self, q: int) -> int | None:
        """Index after the closing quote of a title opening at token q."""
        if q >= len(self.t) or self.t[q].text not in _QUOTES_OPEN:
            return None
        for x in range(q + 1, min(len(self.t), q + 40)):
            if self.t[x].text in _QUOTES_CLOSE and x > q + 1:
                return x + 1
        return None

    def title_text(self, q: int, end: int) -> str:
        return self.span_text(q + 1, end - 1).strip(" ,.")

    def possessive_titles(self) -> None:
        for k in range(1, len(self.t)):
            if self.t[k].text not in ("’s", "'s") or not self.free(k, k + 1):
                continue
            qend = self.quoted_title(k + 1)
            if qend is None:
                continue
            i = self.name_back(k)
            if i is None:
                continue
            name, person = self.names.canonical(self.span_text(i, k))
            ent = self.reg.new_work("work", "misc")
            ent.title, ent.authors = self.title_text(k + 1, qend), [author_for(name, person)]
            end = qend
            m = re.match(r"\s*,?\s*(?:which|that)\s+(?:was|were|had\s+been)\s+(?:first\s+)?(written|published|"
                         r"released|issued|posted|delivered)\s+(?:in|on)\s+([^,.;]{3,25})",
                         self.text[self.t[qend - 1].end - self.base:])
            cue = "’s"
            if m:
                ent.date = self.dates_in_text(m.group(2))
                stop = self.t[qend - 1].end + m.end()  # absolute: the match starts at that end
                while end < len(self.t) and self.t[end].end <= stop:
                    end += 1
                cue = m.group(1)
            self.add(i, end, cue, self.span_text(i, qend), ent, confidence=0.8)

    def releases(self) -> None:
        """"X released a report titled …", "X issued his Guidelines": X's work (not the present
        "X publishes a briefing", a newsletter's listing of what is coming)."""
        for k in range(1, len(self.t)):
            if self.low(k) not in L.RELEASE_VERBS or not self.free(k, k + 1) or self.low(k + 1) == "by":
                continue  # ("Data released by X show": passive, the maker follows)
            if self.low(k) in ("releases", "publishes", "issues", "unveils", "launches") \
                    or self.low(k) == "put" and self.low(k + 1) != "out":
                continue  # ("put it to him that …" is no release; "put out a report" is)
            j = k
            while j > 0 and self.low(j - 1) in _BETWEEN_SUBJECT_AND_VERB:
                j -= 1
            if (inserted := self.parenthetical_before(j)) is not None and inserted[1] is None:
                j = inserted[0]  # "X, a charity for migrant workers, released its survey"
            i, maker = self.name_back(j), None
            if i is None and j >= 4 and self.t[j - 1].text == "," and (b := self.name_back(j - 1)) is not None \
                    and self.low(b - 1) == "the" and self.t[b - 2].text == ",":
                i, j = b, j - 1  # "The nurses' union, the TNMU, published a survey": the name in apposition
            if i is None and j >= 2 and self.t[j - 1].text.islower() and self.low(j - 1) in L.BODY_HEADS \
                    and self.low(j - 2) == "the":  # "the agency published its reopening plan"
                maker = self.body_named(self.low(j - 1), self.t[j - 1].start)
                i = j - 2 if maker is not None and maker.name else None
            if i is None or (start := self.clause_start(i)) is None:
                continue
            obj = self.release_object(k + 1)
            if obj is None:
                continue
            head, title, series, end = obj
            name, person = (maker.name, maker.person) if maker else self.names.canonical(self.span_text(i, j))
            if name_key(name) in self.own:
                continue
            ent = self.reg.new_work(head, L.NOMINALS.get(head or "", L.RELEASED_ONLY.get(head or "", "misc")))
            ent.authors, ent.title, ent.series = [author_for(name, person)], title, series
            ent.date = self.dates_in(k + 1, self.phrase_end(end)) or self.sentence_date()
            if symbol := _DOC_SYMBOL.search(self.text, self.t[end - 1].end - self.base):  # "an advisory to … (NISA-SA-2027-03)"
                ent.number = symbol.group() if symbol.start() - (self.t[end - 1].end - self.base) <= 60 else None
            self.add(start, end, self.t[k].text, self.span_text(i, j), ent, confidence=0.85)

    def phrase_end(self, x: int, reach: int = 10) -> int:
        """Where the phrase going on at t[x] ends: at a comma, a bracket or the sentence's end, at
        most ``reach`` tokens on ("published its first report on the event on 30 April (…)")."""
        end = x
        while end < min(len(self.t), x + reach) and self.t[end].text not in (",", ";", ".", "(", ":"):
            end += 1
        return end

    def release_object(self, s: int) -> tuple[str | None, str | None, str | None, int] | None:
        """(head, title, series, end) of what a release verb puts out, or None."""
        head = title = series = None
        end = s
        x = s
        while x < len(self.t) and x - s < 25 and self.t[x].text not in (".", ";"):
            w = self.low(x)
            if (w in L.NOMINALS or w in L.RELEASED_ONLY) and head is None and x - s <= 8:
                head, end = w, x + 1
                if self.t[x].text[:1].isupper():  # the head is a word of a title: "his General Guidelines for …"
                    b = x
                    while b > s and self.name_tok(b - 1):
                        b -= 1
                    e = self.name_fwd(b)
                    if e and e - b >= 2:
                        return "work", self.span_text(b, e), None, e
            elif w == "series" and head is not None:
                b = self.name_back(x, s)
                if b is not None:
                    series, end = self.span_text(b, x), x + 1
            elif w in ("titled", "entitled", "called", "named") or (self.t[x].text in _QUOTES_OPEN and head
                                                                     and x - end <= 1):  # "a report, “T”"
                q = x + (w in ("titled", "entitled", "called", "named"))
                qend = self.quoted_title(q)
                if qend:
                    title, end = self.title_text(q, qend), qend
                elif (e := self.name_fwd(q)):
                    title, end = self.span_text(q, e), e
                break
            elif self.t[x].text == "," and head is None:
                break
            x += 1
        if head or title:
            return head, title, series, end
        # "issued his seminal General Guidelines for the Work of Jihad"
        x = s
        while x < len(self.t) and (self.low(x) in L.DETERMINERS or self.t[x].text.islower()) and x - s < 3:
            x += 1
        qend = self.quoted_title(x)
        if qend:
            return "work", self.title_text(x, qend), None, qend
        e = self.name_fwd(x)
        if e and e - x >= 3 and not is_org_like(self.span_text(x, e)):
            return "work", self.span_text(x, e), None, e
        if e and e - x >= 2 and self.t[e].text == "," and self.low(e + 1) in ("its", "their", "a", "an") \
                and (h := next((y for y in range(e + 2, min(len(self.t), e + 5)) if self.low(y) in L.NOMINALS), None)):
            return self.low(h), self.span_text(x, e), None, h + 1  # "published Running Hot, its survey of …"
        return None

    def verbs_with_subject_slot(self, works: bool = False, plural: bool = False, makers: bool = False):
        """(k, verb, j) for each free reporting verb at k whose subject would end before j
        (adverbs and auxiliaries skipped: "X has also said"); with ``works``, the verbs that
        report of a work subject too (``lexicon.WORK_VERBS``); with ``plural``, the bare forms
        that are nouns too ("Analysts at X estimate"); with ``makers``, the plural forms a work's
        makers report with ("The authors write")."""
        verbs, work_verbs, noun_like, maker_verbs = self._verb_places
        places = verbs
        if works or plural or makers:
            places = sorted({*verbs, *(work_verbs if works else ()), *(noun_like if plural else ()),
                             *(maker_verbs if makers else ())})
        for k in places:
            if not self.free(k, k + 1) or self.low(k - 1) in _NOT_BEFORE_VERB:
                continue
            if self.low(k) in L.THAT_ONLY and not self.has_complement(k):
                continue  # "submitted under the 2015 programme": only "submitted that" reports
            j = k
            while j > 0 and self.low(j - 1) in _BETWEEN_SUBJECT_AND_VERB:
                j -= 1
            if self.unsaid(j, k):
                continue
            yield k, self.low(k), self.before_aside(j)

    @cached_property
    def _verb_places(self) -> tuple[tuple[int, ...], ...]:
        """Where the sentence's reporting verbs, work verbs, noun-like plural forms and makers'
        verbs are (fixed by its words: found once, asked for by a dozen detectors)."""
        ks = range(1, len(self.t))
        return (tuple(k for k in ks if self.is_verb(k)), tuple(k for k in ks if self.work_verb(k)),
                tuple(k for k in ks if self.t[k].text in L.NEEDS_AUX),
                tuple(k for k in ks if self.t[k].text in L.MAKER_VERBS))

    def before_aside(self, j: int) -> int:
        """Where the subject ends when a bracketed role ends at t[j-1] ("Ms Sandvik (Chief
        Executive, Harbour Foods plc) apologised"); a bracketed acronym stays with its name.  A
        designation after a work's head is no part of the subject either ("Policy Brief No. 17 recommends")."""
        if j >= 4 and self.t[j - 1].text.isdigit() and self.t[j - 2].text == "." and self.low(j - 3) in ("no", "nos") \
                and self.low(j - 4) in L.NOMINALS:
            return j - 3
        n = j
        while n > j - 6 and n > 1 and (self.t[n - 1].text.isdigit() or self.t[n - 1].text in (":", "/", "-")):
            n -= 1  # "NPHI Report 2035:4 found": the report's number after its head
        if n < j and self.t[n].text.isdigit() and self.t[n - 1].text[:1].isupper() and self.low(n - 1) in L.NOMINALS:
            return n
        if j < 3 or self.t[j - 1].text != ")":
            return j
        o = next((x for x in range(j - 2, max(0, j - 16), -1) if self.t[x].text == "("), None)
        if o is None or o < 1 or o == j - 3 and is_acronym(self.t[o + 1].text) or not self.name_tok(o - 1):
            return j
        return o

    def unsaid(self, j: int, k: int) -> bool:
        """The verb at t[k] (its auxiliaries from t[j]) reports nothing said: a modal ("The office
        will report"), a negation ("has not said") or a byline's description ("X writes about energy")."""
        if any(self.low(x) in L.MODALS or self.low(x) in _NEGATIONS for x in range(j, k)):
            return True  # (nor a refusal: "X has not said", "the report does not say", "X did not respond")
        if self.low(k + 1) == "by" and j == k and self.low(k).endswith("ed") and self.low(k + 2) not in _MEANS:
            return True  # a passive participle: "Cuts announced by several donors will deepen"; not "said by email"
        if self.low(k) == "details" and self.low(k + 1) == "of":
            return True  # "Bank details of 240,000 members": a noun
        return self.low(k) in ("writes", "wrote") and self.low(k + 1) in L.BIO_AFTER_WRITES

    def parenthetical_before(self, j: int) -> tuple[int, str | None] | None:
        """'X, titled “T”, found' / 'X, a Berlin-based think tank, concluded': where the
        insertion ending at the comma t[j-1] starts (its comma), and the title it gives."""
        if j < 3 or self.t[j - 1].text != ",":
            return None
        for m in range(j - 2, max(0, j - 40), -1):
            if self.t[m].text in (".", ";") and not (self.t[m].text == "." and self.low(m - 1) in _MONTH_ABBREVIATIONS):
                return None  # (not the point of "Feb.")
            if self.t[m].text != ",":
                continue
            if self.low(m + 1) in ("titled", "entitled", "called") and self.t[m + 2].text in _QUOTES_OPEN \
                    and self.t[j - 2].text in _QUOTES_CLOSE:
                return m, self.span_text(m + 3, j - 2)
            if self.t[m + 1].text in _QUOTES_OPEN | {"*", "_"} and self.t[j - 2].text == self.t[m + 1].text \
                    .replace("“", "”").replace("‘", "’") and j - m > 4 \
                    and not any(self.t[x].text in _QUOTES_OPEN | _QUOTES_CLOSE for x in range(m + 2, j - 2)):
                return m, self.span_text(m + 2, j - 2)  # ', *Electricity Grids and Security*,' / ', “T”,'
            if self.low(m + 1) in _QUOTES_OPEN or self.low(m + 1) in ("titled", "entitled", "called"):
                continue  # a comma inside the title
            if self.low(m + 1) in L.INDEFINITE | {"which", "who"} | L.RELEASE_VERBS | L.AUTHORSHIP_AGENTS:
                return m, None  # ", a Berlin-based think tank," / ", published last June," / ", carried out by X,"
            if self.low(m + 1) in ("on", "dated", "of") and j - m <= 7 and self.dates_in(m + 1, j - 1):
                return m, None  # "the fund's first statement, on Feb. 3, which said"
            if self.low(m + 1) == "dated" and self.date_after_head(m + 1):
                return m, None  # "X's inspection report, dated November 2024 and published in redacted form,"
            if self.name_tok(m - 1) and self.t[m + 1].text.islower() and is_role(self.t[m + 1].text):
                return m, None  # "Dr Priya Venkataraman, head of data at the Riverside Learning Trust, published"
            if self.low(m + 1) == "the" and (self.name_tok(m - 1) or re.fullmatch(r"(?:19|20)\d\d", self.t[m - 1].text)
                                             and self.name_tok(m - 2)):
                return m, None  # "Figures from Statbel, the national statistics office, show", "X's Landscape 2024, the …,"
            if self.title_words(m + 1, j - 1) and self.low(j) not in L.INDEFINITE | {"the"} \
                    and any(self.low(h) in L.NOMINALS and self.t[h].text.islower() for h in range(max(0, m - 8), m)):
                # (not "the paper, Ingrid Haugen, a marine ecologist,": a person described next)
                return m, self.span_text(m + 1, j - 1)  # "the union's survey of control-room staff, Running Hot,"
            return None
        return None

    def nominal_subjects(self) -> None:
        """'A June 2023 UN report states', 'The report reviewed by X stated', 'this report shows'."""
        for k, verb, j in self.verbs_with_subject_slot(works=True):
            title, end, published, release = None, j, None, None
            while (inserted := self.parenthetical_before(end)) is not None:
                release_end = end - 1
                j, end, title = inserted[0], inserted[0] + 1, title or inserted[1]  # ", titled “T”, published today,"
                if inserted[1] is None and self.low(j + 1) in L.RELEASE_VERBS | L.AUTHORSHIP_AGENTS:
                    published = published or self.participle_date(j + 1)  # ", published in May,"
                    release = (j + 1, release_end)
                elif inserted[1] is None and self.low(j + 1) == "dated":
                    published = published or self.date_after_head(j + 1)  # ", dated November 2024,"
            if (named := self.titled_before(j) or self.quoted_after_head(j)) is not None:
                j, title = named  # "A 2020 report by X titled “T” found": however long the title
            symbol = None
            if (numbered := self.symbol_before(j)) is not None:
                j, symbol, published = numbered[0], numbered[1], published or numbered[2]
            count = len(self.hits)
            self.nominal_subject(k, j)
            if len(self.hits) == count:
                self.titled_subject(k, j)
            if len(self.hits) == count and self.titled_possession(j, k):
                continue
            if symbol and len(self.hits) > count:
                self.numbered_work(self.hits[-1], symbol, self.low(j - 1))
            elif symbol:
                self.symbol_subject(k, j, symbol)
            if title and len(self.hits) > count:
                hit = self.hits[-1]
                cited = any(e is hit.entity for _, at, e in self.reg.seen if at < hit.start)
                if not hit.entity.title and (not cited or self.names_it_again(j)):
                    hit.entity.title = title  # ("The report, “T”, says": the report just cited, now titled)
                elif not hit.entity.title:  # "Its annual report, *T*," of a work cited untitled before: another work
                    hit.entity, hit.emit = self.reg.retitled(hit.entity, title), True
                    hit.entity.date = published
                    self.reg.mentioned(hit.start, hit.entity)
                elif fold(hit.entity.title) != fold(title):  # the same body's report of that year, another title
                    hit.entity, hit.emit = self.reg.retitled(hit.entity, title), True
                    hit.entity.date = published
                    self.reg.mentioned(hit.start, hit.entity)
            if published and len(self.hits) > count and self.hits[-1].entity.kind == "work" \
                    and not self.hits[-1].entity.date:
                self.hits[-1].entity.date = published
            if release and len(self.hits) > count and (ent := self.hits[-1].entity).kind == "work":
                if not (ent.authors or ent.institution):
                    self.work_maker(release[0], ent, True, stop=release[1])  # ", published in May by researchers at X,"
                else:  # "The actuarial valuation, prepared by Corbel Actuarial LLP," after Greyhollow's valuation
                    made = Entity(kind="work")
                    self.work_maker(release[0], made, True, stop=release[1])
                    if made.authors and not made.author_keys() & ent.author_keys():
                        hit = self.hits[-1]
                        hit.entity, hit.emit = self.reg.new_work(ent.head, ent.type), True
                        hit.entity.authors, hit.entity.date = made.authors, published or made.date
                        self.reg.mentioned(hit.start, hit.entity)

    def names_it_again(self, j: int) -> bool:
        """The subject ending before t[j] is a bare "The report" / "This study" (no owner, no
        descriptor): the work just cited, not another of its maker's."""
        return j == 2 and self.low(0) in ("the", "this", "that") and self.low(1) in L.NOMINALS

    def symbol_before(self, j: int) -> tuple[int, str, str | None] | None:
        """Where a work's nominal ends when its symbol or number stands between it and the verb
        ("The preliminary report NFSL/2027/041-P recorded", "The extension notice VFSA/RN/2027/124
        of 10 March applies", "alert NFAN 2027.0347, identifies"): (that end, the symbol, its date)."""
        if j < 2:
            return None
        lo = self.t[max(0, j - 16)].start - self.base
        m = _SUBJECT_SYMBOL_RE.search(self.text, lo, self.t[j - 1].end - self.base)
        if m is None:
            return None
        at = next((x for x in range(max(0, j - 16), j) if self.t[x].start - self.base == m.start()), None)
        if at is not None and at >= 2 and self.t[at - 1].text == "," and m.group(0).rstrip().endswith(","):
            at -= 1  # "The first alert, NFAN 2027.0311, had named": the symbol in apposition
        if at is None or at < 1:
            return None
        if m.group("inner"):  # "the report on the failure (SPA/ENG/2027/03, 9 March)": a head a few words back
            if not any(self.low(x) in L.NOMINALS and self.t[x].text.islower() for x in range(max(0, at - 6), at)):
                return None
        elif self.low(at - 1) not in L.NOMINALS or not self.t[at - 1].text.islower():
            return None
        date = m.group("date") or m.group("bracketed") or m.group("inner_date")
        return at, m.group("symbol") or m.group("inner"), self.dates_in_text(date) if date else None

    def symbol_subject(self, k: int, j: int, symbol: str) -> None:
        """A work named by its kind and symbol that nothing before introduced ("The report
        S/2023/549 found", "Northern Food Alert Network alert NFAN 2027.0311 listed", "The second,
        alert NFAN 2027.0347, identifies"): the work cited before with that symbol, or a new one."""
        span = self.nominal_back(j)
        start, body = span[0] if span else j - 1, None
        if span is None and (b := self.name_back(j - 1)) is not None and b < j - 1:
            start, body = b, self.span_text(b, j - 1)
        if not (self.opens_clause(start) or self.t[start - 1].text == ","):
            return
        ent = self.reg.new_work(self.low(j - 1), L.NOMINALS[self.low(j - 1)])
        if body:
            name, person = self.names.canonical(body)
            ent.authors = [author_for(name, person)]
        hit = Hit(self.t[start].start, self.t[k].end, self.t[k].text, self.span_text(start, j), ent, True, 0.8)
        self.claim(start, k + 1)
        self.hits.append(hit)
        self.numbered_work(hit, symbol, ent.head)

    def numbered_work(self, hit: Hit, symbol: str, head: str) -> None:
        """The work a symbol names: the one cited before with that symbol, else the work the
        nominal found when it has no symbol of its own and is new here, else a new work."""
        ent = hit.entity
        if ent.kind != "work" or ent.number == symbol:
            return
        known = next((e for e in self.reg.entities if e.kind == "work" and e.number == symbol), None)
        if known is None:
            cited = any(e is ent for _, at, e in self.reg.seen if at < hit.start)
            fresh = ent.number is None and not cited and not ent.title  # the nominal's own new work
            if not fresh:  # another work of that kind: of the body and the kind the nominal says
                known = self.reg.new_work(head, L.NOMINALS[head])
                known.authors = list(ent.authors)
                known.descriptors = list(ent.descriptors) if ent.number is None else []
            else:
                known = ent
            known.number = symbol
            prefix = re.match(r"[A-Z]{2,6}\b", symbol)
            if not known.authors and prefix and (prefix.group() in self.names.acronyms or len(prefix.group()) >= 3):
                # "NFSL/2027/041-P": the laboratory the text defines as "(NFSL)", or that the corpus does
                known.authors = [author_for(self.names.acronyms.get(prefix.group(), prefix.group()), False)]
        if known is not ent:
            hit.entity, hit.emit = known, True
            self.reg.mentioned(hit.start, known)

    def laws(self) -> None:
        """"Section 31(2) of the Water Resources Act 2015 provides that", "The Ports Act 2011
        states", "Regulation 21 of the Electricity Supply Regulations 2019 requires": a law as the
        subject of a reporting verb is the work cited, by its title; "Regulation 14 requires", the
        law named before."""
        self.under_a_provision()
        for k, _verb, j in self.verbs_with_subject_slot(works=True):
            relative = j >= 4 and self.low(j - 1) == "which" and self.t[j - 2].text == ","
            j -= 2 * relative  # "section 34(2) of the Industrial Relations Act 2019, which requires"
            x = j - 1 - bool(j >= 2 and _YEAR.fullmatch(self.t[j - 1].text))
            if x < 1 or self.t[x].text not in _LAW_HEADS:
                self.provision_of_the_last_law(k, j)
                continue
            b, depth = x, 0
            while b > 0 and b > x - 12:
                w = self.t[b - 1].text
                depth += (w == ")") - (w == "(")
                if depth == 0 and w not in "()" and (self.low(b - 1) in L.DETERMINERS or self.low(b - 1) in L.CLAUSE_OPENERS):
                    break  # (not "and" inside "(Quality and Compensation)")
                if not (w[:1].isupper() or w in "()" or depth > 0 or self.low(b - 1) in L.NAME_JOINERS
                        and self.t[b - 2].text[:1].isupper()):
                    break
                b -= 1
            if depth or self.low(b - 1) != "the" and b > 0 and self.t[b - 1].text not in _PUNCT_OPEN:
                continue
            known = self.last_law(self.t[x].text) if b == x else None  # "The Act also requires": the Act named before
            if b == x and known is None:
                continue
            start = b - (self.low(b - 1) == "the")
            if self.low(start - 1) == "of":  # "Section 31(2) of the …", "Article 4 of the …"
                part = next((y for y in range(start - 2, max(-1, start - 7), -1)
                             if self.low(y) in _LAW_PARTS), None)
                start = part if part is not None else start
            if not self.free(start, k + 1) or not (relative or self.opens_clause(start)):
                continue
            title = self.span_text(b, j) if known is None else known.title
            ent = known or next((e for e in self.reg.entities if e.kind == "work" and e.title == title), None)
            if ent is None:
                ent = self.reg.new_work("act", "misc")
                ent.title, ent.date = title, self.t[j - 1].text if x < j - 1 else None
            self.add(start, k + 1, self.t[k].text, title, ent, confidence=0.7)

    def under_a_provision(self) -> None:
        """"Under section 71 of the Data Protection Act 2021, a person who …", "Under regulation 9
        of the same Regulations, food … must be withdrawn": the sentence states what that law says."""
        if not (self.low(0) == "under" and self.low(1) in _LAW_PARTS and len(self.t) > 6
                and re.fullmatch(r"\d+[A-Z]?", self.t[2].text)):
            return
        x = 3
        while x + 2 < len(self.t) and self.t[x].text == "(" and self.t[x + 2].text == ")":
            x += 3  # "71(2)"
        comma = next((y for y in range(x, min(len(self.t), x + 16)) if self.t[y].text == ","), None)
        if comma is None or self.low(x) != "of" or self.low(x + 1) != "the" or not self.free(0, comma):
            return
        head = comma - 1 - bool(_YEAR.fullmatch(self.t[comma - 1].text))
        if self.t[head].text not in _LAW_HEADS:
            return
        if self.low(x + 2) == "same" or head == x + 2:  # "of the same Regulations", "of the Act"
            law = self.last_law(self.t[head].text)
        else:
            title = self.span_text(x + 2, comma)
            if not all(self.t[y].text[:1].isupper() or self.low(y) in L.NAME_JOINERS or self.t[y].text.isdigit()
                       for y in range(x + 2, comma)):
                return
            law = self.law_work(title, self.t[comma - 1].text if head < comma - 1 else None)
        if law is not None:
            self.add(0, comma, self.t[0].text, law.title or self.span_text(x + 2, comma), law, confidence=0.6)

    def last_law(self, head: str | None = None) -> Entity | None:
        """The law the text cited last (of that ``head``, "the Convention", when given), or else the
        one it named last ("under Article 14 of the Aveno Convention"), then made a work.  (A law
        cited goes first: "the AI Act" named later may be its short name.)"""
        cited = next((e for e in reversed(self.reg.entities) if e.kind == "work" and e.head == "act"
                      and (head is None or _law_head(e.title or "-") == head)), None)
        named = next((t for t in reversed(self.reg.named_laws) if head is None or _law_head(t) == head), None)
        if cited is not None or named is None:
            return cited
        return self.law_work(named, (_YEAR.findall(named)[-1:] or [None])[0])

    def law_work(self, title: str, date: str | None) -> Entity:
        """The text's work of the law so titled, made when it has none."""
        ent = next((e for e in self.reg.entities if e.kind == "work" and e.head == "act"
                    and (e.title or "").casefold() == title.casefold()), None)
        if ent is None:
            ent = self.reg.new_work("act", "misc")
            ent.title, ent.date = title, date
        return ent

    def provision_of_the_last_law(self, k: int, j: int) -> None:
        """"Regulation 14 requires", "Section 4(2) provides" opening a clause: a provision of the law
        the text named last, if it named one."""
        if not (j >= 2 and self.low(0) in _LAW_PARTS and self.t[0].text[:1].isupper()
                and re.fullmatch(r"\d+[A-Z]?", self.t[1].text)):
            return
        x = 2
        while x + 2 < j and self.t[x].text == "(" and self.t[x + 2].text == ")":
            x += 3  # "16(1)", "21(1)(a)"
        if x != j:
            return
        if (law := self.last_law()) is not None and self.free(0, k + 1):
            self.add(0, k + 1, self.t[k].text, law.title or self.span_text(0, j), law, confidence=0.6)

    def relative_works(self) -> None:
        """"the Board's interim review of the outage, which finds that …", "the ministry's statement
        of 8 May, which insisted that …": the work just before ", which" reports through the verb
        after it."""
        for k, _verb, j in self.verbs_with_subject_slot(works=True):
            if j < 4 or self.low(j - 1) != "which" or self.t[j - 2].text != ",":
                continue
            comma, title = j - 2, None
            while (inserted := self.parenthetical_before(comma + 1)) is not None and not (inserted[1] and title) \
                    and self.low(inserted[0] + 1) not in ("which", "who"):
                # "X's statement, on Feb. 3, which said"; one title: "the SEI's review, Under the Roof, which counted"
                comma, title = inserted[0], title or inserted[1]
            symbol = None
            if comma >= 3 and self.t[comma - 2].text == "," and _DOC_SYMBOL.fullmatch(self.t[comma - 1].text):
                symbol, comma = self.t[comma - 1].text, comma - 2  # "its February advisory, MDX-SA-2027-002, which told"
            count = len(self.hits)
            for h in range(comma - 1, max(-1, comma - 9), -1):
                if self.t[h].text in (",", ";", ".", "(", ")") or self.low(h) in L.REPORT_VERBS:
                    break
                if self.low(h) in L.NOMINALS and self.t[h].text.islower():
                    if (span := self.nominal_back(h + 1, anywhere=True)) is not None:
                        self.nominal_hit(span[0], h + 1, None, comma, k)
                        if symbol and len(self.hits) > count:
                            self.numbered_work(self.hits[-1], symbol, self.low(h))
                        if title and len(self.hits) > count and not self.hits[-1].entity.title:
                            self.hits[-1].entity.title = title
                    break
            else:
                if not symbol:
                    self.titled_subject(k, comma, anywhere=True)  # "the Authority's Annual Report 2025, which records"

    def stated_positions(self) -> None:
        """"The company's explanation is that …", "the ministry's position remains that …", "Brun's
        view was that …": what its owner says, put as its stance."""
        for k in range(3, len(self.t) - 1):
            if self.low(k) not in ("is", "was", "remains", "remained") or self.low(k + 1) != "that" \
                    or self.low(k - 1) not in _STANCES or self.t[k - 2].text not in _POSSESSIVE_MARKS:
                continue
            poss = k - 2
            if self.t[poss - 1].text.islower() and self.low(poss - 1) in L.BODY_HEADS and self.low(poss - 2) == "the":
                owner, start = self.body_named(self.low(poss - 1), self.t[poss - 1].start), poss - 2
                raw = owner.name if owner is not None else None
            elif (b := self.name_back(poss)) is not None:
                found = self.source_entity(b, poss)
                owner, raw = found if found else (None, None)
                start = b - (self.low(b - 1) == "the")
            else:
                continue
            if owner is not None and self.opens_clause(start) and self.free(start, k + 1):
                self.add(start, k + 1, self.t[k - 1].text, raw, owner, confidence=0.6)

    def relative_people(self) -> None:
        """"Transport Minister Jane Doe, who said last month that …": the person just before
        ", who" said it."""
        for k, _verb, j in self.verbs_with_subject_slot():
            if j < 3 or self.low(j - 1) != "who" or self.t[j - 2].text != ",":
                continue
            i = self.name_back(j - 2)
            if i is not None and self.free(i, j - 2) and is_person_name(strip_honorific(self.span_text(i, j - 2))[0]):
                self.speak(i, i, j - 2, k)

    def relative_bodies(self) -> None:
        """"… revealed by The Ardell Herald, which reported on Saturday that …": the body or
        outlet named just before ", which" said it (a work there is ``relative_works``'s)."""
        for k, _verb, j in self.verbs_with_subject_slot():
            if j < 3 or self.low(j - 1) != "which" or self.t[j - 2].text != "," or not self.has_complement(k):
                continue
            i = self.name_back(j - 2)
            if i is None or not self.free(i, j - 2) or self.low(j - 3) in L.NOMINALS:
                continue
            name = self.span_text(i, j - 2)
            if is_person_name(strip_honorific(name)[0]) and not is_org_like(name) or _DOC_SYMBOL.fullmatch(name):
                continue  # (", MDX-SA-2027-002, which told": a work's number, no body)
            self.speak(i, i, j - 2, k, body=True)

    def titled_before(self, j: int) -> tuple[int, str] | None:
        """'… titled “T”' ending just before t[j]: (the index of 'titled', T)."""
        if j < 3 or self.t[j - 1].text not in _QUOTES_CLOSE:
            return None
        q = next((x for x in range(j - 2, max(0, j - 80), -1) if self.t[x].text in _QUOTES_OPEN), None)
        if q is None or self.low(q - 1) not in ("titled", "entitled") or q + 1 >= j - 1:
            return None
        return q - 1, self.span_text(q + 1, j - 1)

    def quoted_after_head(self, j: int) -> tuple[int, str] | None:
        """'X's survey “T”' ending just before t[j]: (the index of the opening quote, T)."""
        if j < 3 or self.t[j - 1].text not in _QUOTES_CLOSE:
            return None
        q = next((x for x in range(j - 2, max(0, j - 40), -1) if self.t[x].text in _QUOTES_OPEN), None)
        if q is None or q < 1 or self.low(q - 1) not in L.NOMINALS or q + 1 >= j - 1 \
                or not self.t[q + 1].text[:1].isupper():
            return None
        return q, self.span_text(q + 1, j - 1)

    def nominal_subject(self, k: int, j: int) -> None:
        """The work nominal ending before t[j] that reports through the verb at t[k], if any."""
        if self.low(j - 1) in ("and", "or", "but"):
            return  # "X accepted the laboratory's findings and said": X said, of a verb before
        if self.context_new is not None and j > self.context_new[1] + 1:
            return  # "In a statement on Monday the company said": the opening's work, the subject's voice
        agent = None
        for h in range(j - 1, max(-1, j - 25), -1):
            if h == j - 1 and self.low(h) in _SUBJECT_PRONOUNS:
                break  # "In our submission to the inquiry we set out that": the pronoun is the subject
            if self.t[h].text in (";", ".") or (self.t[h].text == "," and h < j - 1 and not agent
                                                and self.low(h + 1) not in L.AUTHORSHIP_AGENTS | {"dated"}):
                break  # (", published on 1 October," between the work and its verb is no break)
            if agent is None and (self.low(h) == "by" or self.low(h) == "from" and self.low(h - 1) in L.PLURAL_NOMINALS):
                agent = h  # "A 2021 study by X found", "Figures from X show"
            if self.low(h) in L.NOMINALS and not (self.t[h].text[:1].isupper() and (
                    h + 1 < j and self.name_tok(h + 1) or self.ends_body_name(h)
                    or self.low(h) in L.MASS_NOMINALS and not self.opens_clause(h))):
                # (a capitalised nominal inside a name is no head: "the National Statistics Office",
                # "the Office for National Statistics")
                if self.low(h) in L.PLURAL_NOMINALS and not self.is_verb(k) and self.low(k) != "put":
                    break  # "the bank's own figures gave little warning": data do not hold or give (but put a toll at)

                span = self.nominal_back(h + 1)
                if span is None and agent is not None:  # "Monthly figures compiled by X show"
                    b = h
                    while b > 0 and h - b < 3 and self.t[b - 1].text not in _PUNCT_OPEN and \
                            self.low(b - 1) not in L.CLAUSE_OPENERS and self.low(b - 1) not in L.DETERMINERS:
                        b -= 1
                    if b == 0 or self.t[b - 1].text in _PUNCT_OPEN:
                        span = (b, h + 1)
                if span is None or self.low(span[0] - 1) in _SUBORDINATORS and j > h + 1:
                    continue  # ("Our statement after the report came out said": the statement said)
                self.nominal_hit(span[0], h + 1, agent, j, k)
                break
            if self.low(h) in L.REPORT_VERBS and h != k:
                break

    def work_maker(self, h: int, ent: Entity, new: bool, stop: int | None = None) -> int:
        """After a new work's head at t[h-1], who made it or where it appeared: "by the X Group",
        "of 412 firms by X", "led by researchers at X", "in the financial newspaper X", "in
        *Nature*", "on the regulator's website"; fills the work's fields, returns the phrase end."""
        stop = len(self.t) if stop is None else stop
        x = h
        if self.low(x) == "of":  # "A survey of 412 start-ups by X", "a study of port disruptions published in *J*"
            y = x + 1
            while y < min(stop, x + 9) and self.low(y) != "by" and self.low(y) not in L.AUTHORSHIP_AGENTS \
                    and self.t[y].text not in (",", ";", ".", "(", ")"):
                y += 1
            x = y if y < stop and (self.low(y) == "by" or self.low(y) in L.AUTHORSHIP_AGENTS) else x
            m = x + 1 + bool(re.fullmatch(r"[\d,.]+", self.t[x + 1].text if x + 1 < stop else ""))
            if x == h and new and not (ent.authors or ent.institution) and self.low(h - 1) in _MEMBER_SURVEYS \
                    and self.low(m) in _MEMBERS and self.low(m + 1) == "of" \
                    and (e := self.body_fwd(b := m + 2 + (self.low(m + 2) == "the"), stop)) is not None:
                name, person = self.names.canonical(self.span_text(b, e), article=self.low(b - 1) == "the")
                ent.authors = [author_for(name, person)]  # "A survey of 412 members of the X Institution": X's
                ent.date = ent.date or self.participle_date(e)
                return e
            b = x + 1 + (self.low(x + 1) == "the")
            if x == h and new and not (ent.authors or ent.institution or ent.title) \
                    and (e := self.body_fwd(b, stop)) is not None and e > b:
                name, person = self.names.canonical(self.span_text(b, e), article=self.low(b - 1) == "the")
                ent.authors = [author_for(name, person)]  # "the preliminary report of the X Bureau"
                return e
        out = x + 1 + (self.low(x) == "carried" and self.low(x + 1) == "out")
        if self.low(x) in ("led", "conducted", "carried") and self.low(out) == "by":
            x = out
        elif self.low(x) in L.AUTHORSHIP_AGENTS:
            y = self.past_date_words(out, stop)
            if self.low(y) == "for" and (client := self.name_fwd(y + 1 + (self.low(y + 1) == "the"), stop)):
                y = client  # "prepared for CHG by the Lessenburg firm X": its client, then its maker
            if self.low(y) in ("by", "in"):
                x = y  # "a report published today by X", "a study published on Monday in *The Lancet*", "carried out in May by X"
        if self.low(x) in ("by", "from"):
            b = x + 1
            if self.low(b) in L.GROUP_WORDS and self.low(b + 1) in ("at", "from"):
                b += 2  # "led by researchers at the X Institute"
            b += self.low(b) == "the"
            described = b
            if self.body_fwd(b, stop) is None and (d := self.described_name(b)) is not None:
                b = d  # "by the security firm Greyhook Labs"
            e = self.body_fwd(b, stop)
            if e is not None and self.low(e) in _DESCRIBED_HEADS and self.t[e].text.islower() \
                    and (named := self.body_fwd(e + 1, stop)) is not None:
                b, e = e + 1, named  # "by the Lessenburg firm Halvorsen & Drey": the firm, not its city
            if e is not None and e + 1 < stop and self.t[e].text in ("’s", "'s") and self.t[e + 1].text[:1].isupper() \
                    and (owned := self.body_fwd(e + 1, stop)) is not None:
                # "Data from Spain's State Meteorological Agency": the agency, not its country; but
                # "the Comptroller General's Office" is named whole
                b, e = (e + 1, owned) if owned - e > 2 or self.low(e + 1) not in L.BODY_HEADS else (b, owned)
            if e is None and new and not (ent.authors or ent.institution) \
                    and (body := self.described_maker(described, stop)) is not None:
                ent.authors = list(body.authors)  # "a report by the authority", "a release from the transport ministry"
                return h
            if e is None:
                return h
            if new and not (ent.authors or ent.institution):
                ent.authors = self.makers(b, e, ent)
            if new and not ent.date:
                ent.date = self.participle_date(e)  # "a survey by X published last month"
            return e
        if self.low(x) == "in":  # "in the financial newspaper X", "in *Nature*"
            b = x + 1 + (self.low(x + 1) == "the")
            periodical = False
            while b < stop and (self.t[b].text.islower() or self.low(b) in _WEEKDAYS and self.low(b + 1) in ("’s", "'s")) \
                    and b - x <= 4:
                periodical = periodical or self.low(b) in L.PERIODICALS
                b += 1
            star = self.t[b].text in ("*", "_") if b < stop else False
            c = b + star
            c += star and self.t[c].text == "The" if c < stop else 0  # "in *The Lancet*"
            e = self.name_fwd(c, stop)
            if e is None or not (periodical or star or is_outlet(self.span_text(b, e))
                                 or ent.head in L.SCHOLARLY_HEADS and is_journal(self.span_text(b, e))):
                return h
            if new and not ent.container:  # a work printed in a periodical is an article of it
                ent.container, ent.type = self.span_text(b + star, e), "article"
            if new and not ent.date:  # "in yesterday's Courier", "in Monday's *Times*", "in the Courier on Tuesday"
                ent.date = self.issue_day(x + 1, b, e)
            e += star and e < stop and self.t[e].text == self.t[b].text
            after = e + (e < stop and self.t[e].text == ",")
            if new and not ent.authors and after < stop and self.low(after) in L.AUTHORSHIP_AGENTS:
                return self.work_maker(after, ent, new, stop)  # "… in *Nature*, published in May by researchers at X"
            return e
        if self.low(x) == "on" and self.low(x + 1) in ("the", "its", "their") and self.low(x + 3) in ("’s", "'s"):
            # "a statement on the regulator's website"
            if self.low(x + 4) in ("website", "site", "page") and new and not ent.authors and self.t[x + 2].text.islower():
                maker = self.body_named(self.low(x + 2), self.t[x].start)
                if maker is not None:
                    ent.authors = list(maker.authors)
                    return x + 5
        return h

    def issue_day(self, i: int, b: int, e: int) -> str | None:
        """The day of a periodical's issue named at t[b:e]: a day before its name (t[i:b]: "yesterday's",
        "Monday's") or right after it ("on Tuesday"), counted from the text's own date."""
        when = next((y for y in range(i, b) if self.low(y) in _WEEKDAYS or self.low(y) in ("yesterday", "today")), None)
        if when is not None:
            return self.day_of(when)
        return spoken_on(self.rest(e), self.doc_date) if self.low(e) in ("on", "yesterday", "today") else None

    def day_of(self, x: int) -> str | None:
        """The day a weekday, "yesterday" or "today" at t[x] names, counted from the text's own date."""
        word = self.low(x)
        return spoken_on(f" on {self.t[x].text}" if word in _WEEKDAYS else f" {word}", self.doc_date)

    def makers(self, b: int, e: int, ent: Entity) -> list[Author]:
        """The authors of a work made "by" t[b:e]: one body or person, or two people ("a 2025
        study by Mbeki and Tran", "a paper by Jane Okafor and Li Tran"; not "Marks & Spencer")."""
        raw = self.span_text(b, e)
        pair = _TWO_NAMES.fullmatch(raw)
        if pair and (ent.head in L.SCHOLARLY_HEADS or all(is_person_name(p) for p in pair.groups())):
            return [author_for(self.names.canonical(p, person_hint=True)[0], True) for p in pair.groups()]
        placed = _TWO_PLACED.fullmatch(raw)  # "Greta Varga of the University of T and Jonas Lindholm of the X School"
        if placed and all(is_person_name(p) for p in placed.group("a", "b")):
            return [author_for(self.names.canonical(p, person_hint=True)[0], True) for p in placed.group("a", "b")]
        name, person = self.names.canonical(raw, article=self.low(b - 1) == "the")
        return [author_for(name, person)]

    def past_date_words(self, x: int, stop: int) -> int:
        """Index after the time words opening at t[x] ('today', 'on Monday', 'last week', 'in
        January 2024', 'this month'), at most five; x if there are none."""
        y = x
        while y < min(stop, x + 5):
            w = self.low(y)
            if w in _TIME_WORDS or w in L.MONTHS or self.t[y].text.isdigit() or (
                    w in ("on", "in", "last", "this", "earlier") and (self.low(y + 1) in _TIME_WORDS or self.low(y + 1) in L.MONTHS
                                                            or self.t[y + 1].text.isdigit() if y + 1 < len(self.t) else False)):
                y += 1
                continue
            break
        return y

    def work_authors(self) -> None:
        """'The authors wrote', 'The researchers also found': the makers of the work the text
        cited last (within a few sentences) speaking for it."""
        for k, verb, j in self.verbs_with_subject_slot(plural=True, makers=True):
            if self.t[j - 1].text == "," and (m := next((x for x in range(j - 2, max(0, j - 12), -1)
                                                          if self.t[x].text == ","), None)) is not None \
                    and self.name_fwd(m + 1) is not None:
                j = m  # "Its authors, Thandiwe Ndlovu and Ama Mensah, estimate"
            quoted = j >= 3 and self.t[j - 3].text in _QUOTES_CLOSE  # '"…," the auditors concluded.'
            if self.low(j - 1) not in L.MAKERS or self.low(j - 2) not in ("the", "its", "their") \
                    or not (quoted or self.leads_clause(j - 2)) or not self.free(j - 2, k + 1) \
                    or not (quoted or self.has_complement(k)):
                continue
            recent = [e for n, _, e in self.reg.seen if n >= self.reg.sentence - MAKERS_REACH and e.kind == "work"]
            if recent:
                self.add(j - 2, k + 1, self.t[k].text, self.span_text(j - 2, j), recent[-1], confidence=0.6)

    def makers_of_works(self) -> None:
        """"The review's authors note", "The authors of that study had found": the makers of the
        work the text last called so, speaking for it."""
        for k, verb, j in self.verbs_with_subject_slot(plural=True, makers=True):
            if j >= 4 and self.low(j - 1) in L.MAKERS and self.t[j - 2].text in ("’s", "'s") \
                    and self.low(j - 3) in L.NOMINALS:
                d, head = j - 4, self.low(j - 3)  # "The review's authors"
            elif j >= 5 and self.low(j - 1) in L.NOMINALS and self.low(j - 2) in ("the", "that", "this") \
                    and self.low(j - 3) == "of" and self.low(j - 4) in L.MAKERS:
                d, head = j - 5, self.low(j - 1)  # "The authors of that study"
            else:
                continue
            if self.low(d) in ("the", "this", "that") and self.leads_clause(d) and self.free(d, k + 1) \
                    and self.has_complement(k) and (work := self.reg.last_work(head)) is not None:
                self.add(d, k + 1, self.t[k].text, self.span_text(d, j), work, confidence=0.6)

    def joint_follow_up(self) -> None:
        """'The agencies added', 'the two ministries warned': the bodies a recent sentence cited
        together speaking again (their joint statement or report); no such pair, no attribution."""
        for k, verb, j in self.verbs_with_subject_slot(plural=True):
            if self.low(j - 1) not in _PLURAL_BODIES:
                continue
            d = j - 3 if self.low(j - 2) in ("two", "three", "both") else j - 2
            if d < 0 or self.low(d) != "the" or not self.leads_clause(d) or not self.free(d, k + 1) \
                    or not self.has_complement(k):
                continue
            joint, by_sentence = None, {}
            for n, _, e in sorted(self.reg.seen, key=lambda c: (c[0], c[1])):
                if not self.reg.sentence - 3 <= n <= self.reg.sentence or e.person:
                    continue
                if e.kind == "work" and len(e.authors) >= 2:  # "a joint statement by X and Y"
                    joint = e
                elif all(e is not other for other in by_sentence.setdefault(n, [])):
                    by_sentence[n].append(e)
                    joint = by_sentence[n][0] if len(by_sentence[n]) >= 2 else joint  # "X and Y said"
            if joint is not None:
                self.add(d, k + 1, self.t[k].text, self.span_text(d, j), joint, confidence=0.6)

    def owners_people(self) -> None:
        """"The Lanthorn Foundation's researchers found", "the foundation's analysts say": the
        people of a body speaking for it."""
        for k, verb, g in self.verbs_with_subject_slot(plural=True):
            j = g  # past the owner's describing words: "CHG's internal auditors", "the bank's own economists"
            while g - j < 2 and j >= 3 and self.t[j - 2].text.isalpha() and self.t[j - 2].text.islower() \
                    and self.low(j - 2) not in L.REPORT_VERBS | L.DETERMINERS:
                j -= 1
            if self.low(g - 1) not in L.GROUP_WORDS or self.t[j - 2].text not in ("’s", "'s") or j < 3 \
                    or not self.free(j - 3, k + 1) or not self.has_complement(k):
                continue
            if self.t[j - 3].text.islower():  # "the foundation's researchers": the body that head stands for
                if self.low(j - 4) != "the" or self.low(j - 3) not in L.BODY_HEADS or not self.leads_clause(j - 4):
                    continue
                ent = self.body_named(self.low(j - 3), self.t[j - 4].start)
                if ent is not None:
                    self.add(j - 4, k + 1, self.t[k].text, self.span_text(j - 4, g), ent, confidence=0.6)
                continue
            i = self.name_back(j - 2)
            if i is None or not self.opens_clause(i - (self.low(i - 1) == "the")):
                continue
            owner = self.span_text(i, j - 2)
            if j < g and not is_org_like(owner) and not self.names.canonical(owner)[1] \
                    and (body := self.names.described([self.low(x) for x in range(j - 1, g)])):
                ent = self.reg.source(body, False, author_for(body, False))  # "Vastria's accident investigators
                self.add(i, k + 1, self.t[k].text, self.span_text(i, g), ent, confidence=0.6)  # said": the TAIB
                continue
            self.speak(i - (self.low(i - 1) == "the"), i, j - 2, k, body=True)

    def titled_subject(self, k: int, j: int, anywhere: bool = False) -> None:
        """"The European Commission's Grid Action Plan estimated", "X's World Energy Outlook 2024
        projected": a body's work named by its title, as the subject of the verb at t[k];
        ``anywhere``: the phrase need not open the clause ("… in the Authority's Annual Report
        2025, which records")."""
        e = j - 1 if j >= 1 and re.fullmatch(r"(?:19|20)\d\d", self.t[j - 1].text) else j
        a = self.name_back(e)
        if a is None or a < 2 or self.t[a - 1].text not in ("’s", "'s") or not self.free(a - 1, k + 1):
            return
        owner = self.name_back(a - 1)
        if owner is None:
            return
        start = owner - (self.low(owner - 1) == "the")
        if not (anywhere or self.opens_clause(start)):
            return
        name, person = self.names.canonical(self.span_text(owner, a - 1))
        if person or name_key(name) in self.own:
            return
        title = self.span_text(a, j)
        if is_org_like(title) or is_person_name(title):
            return  # "The UK's National Cyber Security Centre said": a body, no work
        ent = next((w for w in self.reg.entities if w.kind == "work" and w.title == title), None)
        new = ent is None
        if ent is None:
            ent = self.reg.new_work("work", "report")
            ent.authors, ent.title = [author_for(name, False)], title
            ent.date = self.t[j - 1].text if e < j else None
        self.add(start, k + 1, self.t[k].text, self.span_text(owner, j), ent, confidence=0.8 if new else 0.7)

    def nominal_hit(self, i: int, h: int, agent: int | None, j: int, k: int) -> None:
        if i == 1 and self.low(0) == "what":
            return  # "What the review found": a heading, nothing asserted
        found = self.work_nominal(i, h)
        if not found:
            return
        ent, new = found
        start = i
        source_name = self.span_text(i, h)
        if self.low(i - 1) == "of" and i >= 2:  # "Parts of this report"
            start = i - 2 if self.t[i - 2].text[:1].isupper() else i
        elif new and (b := self.inserted_maker(i, h)) is not None and self.free(b, i):
            start, source_name = b, self.span_text(b, i - 2)  # the mention names the body: "X, in its report, found"
            start -= self.low(b - 1) == "the" and self.free(b - 1, b)
        emit = new or any(self.t[x].text in ("’s", "'s") for x in range(i, h)) or (
            self.leads_clause(start) and self.asserts(k) or self.postposed(start, k)) and not ent.relayed
        cue = self.t[k].text
        if agent is None or agent == h or self.low(h) in ("of", "led", "conducted", "carried", "in") \
                or self.low(h) in L.AUTHORSHIP_AGENTS and not (ent.authors or ent.institution):
            self.work_maker(h, ent, new, stop=j)  # "A 2021 study by X found", "a review prepared by X, seen by Y"
        if agent is not None and (p := self.agent_participle(agent)) is not None:
            b = agent + 1 + (self.low(agent + 1) == "the")
            named = self.body_fwd(b)
            e = named or self.by_phrase(agent + 1)
            emit = True
            cue = f"{self.t[p].text} by"
            if self.low(p) in L.ACCESS_AGENTS and named and not self.own_outlet(self.span_text(b, named)) \
                    and (self.low(p) not in L.AUTHORSHIP_AGENTS or is_outlet(self.span_text(b, named))):
                ent.relayed = True  # "the report reviewed by X", "the memo published by the Courier": X's account
            if self.low(p) in L.AUTHORSHIP_AGENTS and not ent.date and p + 1 < agent:
                ent.date = self.dates_in(p + 1, agent)  # "published on 30 September 2026 by X"
            if self.low(p) in L.AUTHORSHIP_AGENTS and not (ent.authors or ent.institution) and e:
                if named:
                    name, person = self.names.canonical(self.span_text(b, named))
                    ent.authors = [author_for(name, person)]
                else:
                    ent.institution = self.span_text(agent + 1 + (self.low(agent + 1) in L.INDEFINITE), e).strip(" ,")
        if not (new or emit):
            if self.low(i) == "same" or self.low(i + 1) == "same":
                emit = True
        self.add(start, k + 1, cue, source_name, ent, emit=emit, confidence=0.8 if new else 0.7)

    def agent_participle(self, agent: int) -> int | None:
        """The participle whose "by" is at t[agent] ("reviewed by", "published last month by",
        "published on 30 September by"): right before it, or before a few words of time."""
        for p in range(agent - 1, max(-1, agent - 7), -1):
            if self.low(p) in L.ACCESS_AGENTS | L.AUTHORSHIP_AGENTS:
                return p
            if not (self.low(p) in _TIME_WORDS or self.low(p) in ("on", "in") or self.low(p) in L.MONTHS
                    or self.t[p].text.isdigit()):
                return None
        return None

    def authorship(self) -> None:
        """'The report was completed by a Dublin firm', 'This investigation, produced by X'."""
        for k in range(1, len(self.t) - 1):
            if self.low(k) not in L.AUTHORSHIP_AGENTS or self.low(k + 1) != "by" or not self.free(k, k + 2):
                continue
            h = k - 1
            while h > 0 and self.low(h) in ("was", "were", "is", "has", "been", "had", ",", "allegedly",
                                            "reportedly", "jointly", "independently", "originally", "first"):
                h -= 1
            span = self.nominal_back(h + 1)
            if span is None:
                continue
            found = self.work_nominal(span[0], h + 1)
            if not found:
                continue
            ent, new = found
            if ent.authors or ent.institution:
                continue  # adds nothing: the work's maker is known
            named = k + 2 + (self.low(k + 2) == "the" and self.name_tok(k + 3))  # "by the National … Agency"
            end = self.name_fwd(named) or self.by_phrase(k + 2)
            if end <= k + 2:
                continue
            s = k + 2 + (self.low(k + 2) in L.INDEFINITE)
            raw = self.span_text(s, end).strip(" ,")
            if self.name_fwd(named) != end and self.low(end) == "," and (apposed := self.name_fwd(end + 1)):
                named, end = end + 1, apposed  # "issued by the crane's manufacturer, Tovald Lifting Systems"
            head = next((x for x in range(k + 3, min(end, k + 6)) if self.low(x) in L.BODY_HEADS), None) \
                if self.low(k + 2) == "the" and self.name_fwd(named) != end else None
            if head is not None and not all(self.t[x].text.islower() for x in range(k + 2, head + 1)):
                head = None
            if self.name_fwd(named) == end:
                name, person = self.names.canonical(self.span_text(named, end).strip(" ,"), article=named > k + 2)
                ent.authors = [author_for(name, person)]
            elif head is not None and (body := self.body_named(self.low(head), self.t[k].start, nearest=False)):
                ent.authors = [author_for(body.name, False)]  # "issued by the agency": the agency the text named
            else:
                ent.institution = raw
            self.add(span[0], end, f"{self.t[k].text} by", self.span_text(span[0], h + 1), ent, confidence=0.75)

    def named_subjects(self) -> None:
        in_context = self.context is not None or self.context_new is not None
        for k, verb, j in self.verbs_with_subject_slot(works=in_context):
            work_only = not self.is_verb(k)  # "In its determination, the Fund reasoned": only through the work
            apposition, named_apposition, described = False, None, False
            if self.t[j - 1].text == "," if j > 0 else False:  # "X, the head of Y, said"
                m = next((x for x in range(j - 2, max(-1, j - 20), -1) if self.t[x].text == ","), None)
                inset = next((x for x in range(j - 2, max(-1, j - 40), -1) if self.t[x].text == ","
                              and self.low(x + 1) in ("in", "on") and self.low(x + 2) in ("its", "their")), None)
                if inset is not None and inset != m and not any(self.t[x].text in (".", ";") for x in range(inset, j)):
                    m = inset  # "The X Agency, in its review “T” (Report 7, March 2031), concluded"
                rel = next((x for x in range(j - 2, max(0, j - 30), -1) if self.t[x].text == ","
                            and self.low(x + 1) in _RELATIVE_OPENERS), None)
                if rel is not None and not any(self.t[x].text in (".", ";") for x in range(rel, j)):
                    j = rel  # "X, which runs 14 kitchens, mostly in the north, said"
                    apposition = self.low(rel + 1) == "who" and self.low(rel + 2) in _ROLE_VERBS
                elif m is not None and self.low(m + 1) in ("in", "on") and self.low(m + 2) in ("its", "their") \
                        and self.name_tok(m - 1):
                    j = m  # "The X Agency, in its annual assessment, has reported"
                elif m is not None and not is_role(self.t[m + 1].text) and self.name_fwd(m + 1) == j - 1 \
                        and self.name_back(j - 1) == m + 1:
                    named_apposition = m  # "the country's health minister, Jane Doe, said"
                    # "Lindqvale's insurer, Aldwick Mutual, confirmed", "A trade publication, Boxline Weekly,
                    # reported": a body or an outlet named after what it is
                    described = self.t[m - 1].text.islower() and self.low(m - 1) in _DESCRIBED_HEADS
                elif m is not None and m == j - 3 and (re.fullmatch(r"\d{1,3}", self.t[m + 1].text) or self.t[m + 1].text.isalpha()
                                                         and self.t[m + 1].text.islower()) and self.name_tok(m - 1):
                    j = m  # "Mario Huaranga, 63, said", "Dr Marquand, recalled, said"
                elif m is not None and self.low(m + 1) == "writing" and self.low(m + 2) == "in" and self.name_tok(m - 1):
                    self.writing_in = self.periodical_after(m + 3, j - 1, before=m)
                    j = m  # "Sørbye and Mensah, writing in the *Journal* in 2024, found": their article
                elif m is not None and self.t[m + 1].text.islower() and self.low(m + 1).endswith("ing") \
                        and self.name_tok(m - 1) and not any(self.t[x].text in (".", ";") for x in range(m, j)):
                    j = m  # "Ada Lind, speaking to reporters on Monday, said", "X and Y, working independently, report"
                elif m is not None and self.low(m + 1) == "the" and self.low(m - 1) in _DESCRIBED_HEADS \
                        and self.t[m - 1].text.islower() and self.name_fwd(m + 2) == j - 1:
                    named_apposition, described = m + 1, True  # "a local newspaper, the Velden Herald, reported"
                elif m is None or not (self.low(m + 1) in L.DETERMINERS or self.role_at(m + 1)):
                    continue
                else:
                    apposition = True
                    j = m
            if named_apposition is not None:
                i, j = named_apposition + 1, j - 1
                start = named_apposition
                while start > 0 and named_apposition - start < 8 and self.t[start - 1].text not in _PUNCT_OPEN \
                        and self.low(start - 1) not in L.CLAUSE_OPENERS and not self.is_verb(start - 1):
                    start -= 1
                if not self.free(i, j) or not (described or self.names.canonical(self.span_text(i, j))[1]):
                    continue
            else:
                i = self.subject_name(j)
                if i is None or not self.free(i, j):
                    continue
                start = self.clause_start(i)
            parts = self.separate(i, j)
            if start is None and self.low(i - 1) == "the" and self.low(i - 2) == "and":
                continue
            # "A and the B (B) have reported": walk back over conjuncts
            while self.low(parts[0][0] - 1) == "the" and self.low(parts[0][0] - 2) == "and":
                b = self.name_back(parts[0][0] - 2)
                if b is None:
                    break
                parts.insert(0, (b, parts[0][0] - 2))
                start = self.clause_start(b)
            if start is None:
                continue
            if not self.has_complement(k):
                continue
            if self.writing_in is not None and (parts[0][0] > self.writing_in[0] or parts[-1][1] <= self.writing_in[0]) \
                    and self.article_by(parts, start, k):
                continue
            findings = verb in L.FINDING_VERBS
            for a, b in parts:
                found = self.source_entity(a, b, findings, verb)
                if not found:
                    continue
                ent, raw = found
                ent, emit = self.spoken_through(ent, k, a)
                if work_only and ent.kind != "work":
                    continue
                if apposition:
                    self.appositive(j, ent)
                self.add(start if a == parts[0][0] else a, k + 1, self.t[k].text, raw, ent, emit=emit,
                         confidence=0.85)

    def periodical_after(self, i: int, end: int, before: int) -> tuple[int, str, str | None] | None:
        """The periodical named from t[i] to t[end] ("the *Journal of X* (vol. 9, 2025)", "the
        *Journal of X* in 2024") with the year given, as ``writing_in`` holds it (``before``: the
        comma the people's names are on the other side of)."""
        paren = next((x for x in range(i, end) if self.t[x].text == "(" or self.low(x) == "in"
                      and x > i and _YEAR.fullmatch(self.low(x + 1))), end)
        name = self.span_text(i, paren).removeprefix("the ").strip(" *_")
        if not name[:1].isupper():
            return None
        return before, name, self.dates_in(paren, end) if paren < end else None

    def article_by(self, parts: list[tuple[int, int]], start: int, k: int) -> bool:
        """The people named in ``parts`` wrote the article the opening "Writing in …," places: one
        work of them all.  False (nothing added) when a part is no person."""
        names = [n for a, b in parts for n in re.split(r"\s*,\s*|\s+(?:and|&)\s+", self.span_text(a, b)) if n]
        people = [self.names.canonical(n, person_hint=True) for n in names]
        if not all(person for _, person in people):
            return False
        _, container, date = self.writing_in
        work = self.reg.new_work("article", "article")
        work.authors, work.container, work.date = [author_for(n, True) for n, _ in people], container, date
        self.add(start, k + 1, self.t[k].text, self.span_text(parts[0][0], parts[-1][1]), work, confidence=0.8)
        return True

    def spoken_through(self, ent: Entity, k: int, at: int) -> tuple[Entity, bool]:
        """The work a source named at t[at] speaks through with the verb at t[k], if the sentence
        gives one, and whether the hit is emitted: "In the letter, X declared" (the letter, known
        already: not emitted again), "In its annual report, published on 12 March, X described"
        (a new report of X), "X estimated in a 2024 report that" (the report)."""
        if ent.kind != "source":
            return ent, True
        if self.context is not None:
            return self.context, False
        if self.context_new is not None and at > self.context_new[1]:
            return self.context_work(ent, k), True
        if (work := self.work_after_verb(k)) is not None:
            work.authors = list(ent.authors)
            return work, True
        if (work := self.dated_findings(ent, k)) is not None:
            return work, True
        if (work := self.inserted_title(ent, k, at)) is not None:
            return work, True
        return ent, True

    def inserted_title(self, ent: Entity, k: int, at: int) -> Entity | None:
        """'X, in its Basin Water Balance 2025, found': the titled work of X's set off between
        the name at t[at] and the verb at t[k] (the one of that title this text already cited,
        else a new report)."""
        if ent.kind != "source" or ent.person or not ent.authors or self.t[k - 1].text != ",":
            return None
        x = next((x for x in range(k - 3, at, -1) if self.t[x].text == ","), None)
        if x is None or self.low(x + 1) != "in" or self.low(x + 2) not in ("its", "their"):
            x = next((x for x in range(k - 3, at, -1) if self.t[x].text == "," and self.low(x + 1) == "in"
                      and self.low(x + 2) in ("its", "their")), None)
            quoted = self.quoted_after_in_its(x, k) if x is not None else None
            if quoted is None:
                return None
            title, date = quoted
        elif not self.title_words(x + 3, k - 1):
            return None
        else:
            title, date = self.span_text(x + 3, k - 1), None
        keys = ent.author_keys()
        for e in reversed(self.reg.entities):
            if e.kind == "work" and e.title == title and e.author_keys() == keys:
                return e
        work = self.reg.new_work("report", "report")
        work.authors, work.title, work.date = list(ent.authors), title, date
        return work

    def quoted_after_in_its(self, x: int, k: int) -> tuple[str, str | None] | None:
        """', in its assessment “T” (Report 7, March 2031),' from the comma t[x] to the one before
        the verb t[k]: the quoted title after the head, and the date set off after it."""
        h = x + 3
        if self.low(h) not in L.NOMINALS or self.t[h + 1].text not in _QUOTES_OPEN:
            return None
        close = next((y for y in range(h + 2, k - 1) if self.t[y].text in _QUOTES_CLOSE), None)
        if close is None or close == h + 2:
            return None
        rest = self.span_text(close + 1, k - 1) if close + 1 < k - 1 else ""
        if rest and not (rest.startswith("(") and rest.endswith(")")):
            return None
        return self.span_text(h + 2, close), self.dates_in_text(rest) if rest else None

    def dated_findings(self, ent: Entity, k: int) -> Entity | None:
        """'The X Centre reported in May that', 'X found on 9 March that': a body's findings the
        verb at t[k] dates are its report of that date (the one this text already cited, else a
        new one), which another document can cite too; undated findings, and people, stay the
        source's own words."""
        if ent.kind != "source" or ent.person or not ent.authors or ent.described() or self.low(k) not in L.FINDING_VERBS:
            return None
        date = self.verb_date(k)
        if not date:
            return None
        keys = ent.author_keys()
        for e in reversed(self.reg.entities):
            if e.kind == "work" and e.type == "report" and not e.title and e.date == date and e.author_keys() == keys:
                return e
        work = self.reg.new_work("report", "report")
        work.authors, work.date = list(ent.authors), date
        return work

    def body_subjects(self) -> None:
        """Bodies named with a lower-case head or through their people: 'the Danube Port agency
        said', 'the institute said' (of a body the text has named), 'analysts at X said'."""
        for k, verb, j in self.verbs_with_subject_slot(plural=True):
            if j < 1 or not self.free(j - 1, k + 1) or not self.has_complement(k):
                continue
            j = self.before_relative(j)
            head = self.t[j - 1].text
            bare = not self.is_verb(k)  # "estimate": a verb only after people ("Analysts at X estimate")
            if head in L.BODY_HEADS and not bare:
                i = self.name_back(j - 1)
                if i is not None and all(_DESCRIPTOR.match(self.t[x].text) for x in range(i, j - 1)):
                    i = None  # "the Frankfurt-listed company": a description, not a name
                if i is not None:  # "the Danube Port agency said"
                    start = self.clause_start(i)
                    if start is not None and self.free(i, j):
                        self.speak(start, i, j, k)
                else:
                    self.definite_body(j - 1, k)  # "The institute said", "the finance ministry said"
                continue
            if bare and head in L.BODY_HEADS:
                continue
            if self.low(j - 1) in _STAFF_WORDS and head.islower() and self.low(k) in _SPEECH \
                    and (i := self.name_back(j - 1)) is not None and i < j - 1 and self.free(i, j) \
                    and (is_acronym(self.span_text(i, j - 1)) or j - 1 - i >= 2 and is_org_like(self.span_text(i, j - 1))):
                first = i - (self.low(i - 1) in L.INDEFINITE or self.low(i - 1) == "the")
                if self.opens_clause(first):  # "ARHS staff told us", "Ministry of Health officials said": the body
                    self.speak(first, i, j - 1, k, body=True)
                continue
            if self.low(j - 1) in L.SPOKES and head.islower() and not bare:  # "A Finance Ministry spokesman said"
                i = self.name_back(j - 1)
                if i is None and j >= 3 and self.t[j - 2].text.islower() and self.low(j - 2) in L.BODY_HEADS \
                        and self.low(j - 3) in L.INDEFINITE | {"the"} and self.opens_clause(j - 3) and self.free(j - 3, j):
                    body = self.body_named(self.low(j - 2), self.t[j - 3].start)  # "A police spokesperson told"
                    if body is not None and self.low(j - 2) in fold(body.name or "").split():  # (a body so named)
                        self.add(j - 3, k + 1, self.t[k].text, self.span_text(j - 3, j), body, confidence=0.6)
                        self.hits[-1].spokesperson = True
                    continue
                if i is not None and i < j - 1 and self.free(i, j):
                    first = i - (self.low(i - 1) in L.INDEFINITE or self.low(i - 1) == "the")
                    if self.opens_clause(first):
                        count = len(self.hits)
                        self.speak(first, i, j - 1, k, body=True)
                        for hit in self.hits[count:]:
                            hit.spokesperson = True
                continue
            the = j - 2
            while the > 0 and j - the <= 3 and self.t[the].text.islower() and is_role(self.t[the].text):
                the -= 1  # "the chief executive said", "the deputy director said"
            if is_role(head) and (head.islower() or head[1:].islower()) and self.low(the) == "the" \
                    and self.opens_clause(the) and not bare:
                past = not self.low(k).endswith("s")
                ent = self.role_person(self.span_text(the + 1, j), self.t[the].start, later=past) \
                    or self.reg.antecedent("he", self.t[j - 1].start, window=4)  # "the minister added"
                # (a later name only for the past: "The Commissioner notes" in the Commissioner's
                # own decision is the decision speaking)
                if ent is None and past:
                    ent = self.described_source(the, j)  # "The master told the Board that"
                if ent is not None:
                    self.add(the, k + 1, self.t[k].text, self.span_text(the, j), ent, confidence=0.6)
                continue
            if is_role(head) and head.islower() and not bare and the < j - 1 and self.name_tok(the) \
                    and (i := self.name_back(the + 1)) is not None and self.low(i - 1) == "the" \
                    and self.opens_clause(i - 1) and self.free(i - 1, j):
                self.body_role(i, the + 1, j, k)  # "The Ardmoor chief executive said"
                continue
            i = self.subject_name(j)
            if i is None or not self.free(i, j):
                continue
            if self.t[i - 1].text in ("’s", "'s") and (owner := self.name_back(i - 1)) is not None:
                i = owner  # "researchers at the University of X's School of Public Health"
            at = i - 1 - (self.low(i - 1) == "the")
            d = i - 1
            while d > i - 4 and self.t[d].text.isalpha() and self.t[d].text.islower() and self.low(d) != "the":
                d -= 1  # "Economists at the insolvency firm Pemberton Ashe": the firm so described
            if d < i - 1 and self.low(d) == "the" and self.low(i - 1) in _DESCRIBED_HEADS:
                at = d - 1
            if self.low(at) in ("rival", "parent", "sister", "partner") and self.low(at - 1) in ("for", "at"):
                at -= 1  # "a spokesman for rival Corbel"
            while i < j - 1 and self.t[i].text.endswith("-based"):
                i += 1  # "Vienna-based Raiffeisen Research"
            if self.low(at) in ("at", "from", "with", "for") and (self.low(at - 1) in L.GROUP_WORDS or (
                    is_role(self.t[at - 1].text) and self.low(at - 2) in L.INDEFINITE)):
                first = at - 1 - (self.low(at - 2) in L.INDEFINITE)
                if first == at - 1 and self.t[at - 2].text.isalpha() and self.t[at - 2].text.islower() \
                        and self.low(at - 3) in L.INDEFINITE | {"the"} and not self.is_verb(at - 2):
                    first = at - 3  # "The joint liquidators from X", "Independent analysts at X"
                if self.opens_clause(first):  # "Economists at the X Institute argue", "A spokesperson for X said"
                    count = len(self.hits)
                    self.speak(first, i, j, k, body=True)
                    if len(self.hits) > count and self.low(at - 1) in L.SPOKES:  # (her "she said" is the body's)
                        self.reg.spokesperson = (self.reg.sentence, self.hits[-1].start, self.hits[-1].entity)

    def body_role(self, i: int, r: int, j: int, k: int) -> None:
        """'The Ardmoor chief executive said' (a body's name t[i:r], a role t[r:j], the verb at k):
        the person the text names in that role, else the body speaking, as "Ardmoor's chief
        executive said" is."""
        role = self.span_text(r, j)
        ent = self.role_person(role, self.t[i].start, later=not self.low(k).endswith("s"))
        if ent is None and (found := self.source_entity(i, r, body=True)) is not None:
            ent = found[0]
        if ent is not None:
            self.add(i - 1, k + 1, self.t[k].text, self.span_text(i, j), ent, confidence=0.6)

    def role_person(self, role: str, offset: int, later: bool = False) -> Entity | None:
        """The person the text has named with this role before ``offset``: "The Minister of
        Transport, Jane Doe, …" / "Minister Doe" / "Jane Doe, the minister" / "Jane Doe, Data
        Commissioner" / "The Minister for Health (Dr Jane Doe):" -> the source Jane Doe for "the
        Minister said"; else, with ``later``, the one person the text names with it later ("As the
        Minister said …" over the release's "Jane Doe, Minister of Health, said:")."""
        r = re.escape(role)
        name = r"((?:[A-Z][\w’'-]+[ \t]+){0,2}[A-Z][\w’'-]+)"
        pattern = (r"(?i:\b" + r + r")(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+(?:and[ \t]+|of[ \t]+)?[A-Z][\w’'-]*)*)?"
                   r"(?:,?[ \t]+|[ \t]+\()(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?[ \t]+)?" + name + r"|" + name
                   + r",[ \t]+(?:(?:the|a)[ \t]+)?(?:[A-Za-z-]+[ \t]+){0,2}(?i:" + r + r")\b")

        def named(text: str) -> list[str]:  # (a family name alone once the person is known: "Minister Doe")
            return [cand for m in re.finditer(pattern, text) if (cand := m.group(1) or m.group(2))
                    and (is_person_name(cand) or fold(cand) in self.names.persons)]

        before = named(self.names.text[max(0, offset - 20000):offset])
        after = {fold(c): c for c in named(self.names.text[offset:offset + 20000])} if later and not before else {}
        found = before[-1] if before else next(iter(after.values())) if len(after) == 1 else None
        if found is None:
            return None
        name, person = self.names.canonical(found, person_hint=True)
        return self.reg.source(name, person, author_for(name, person)) if person else None

    def before_relative(self, j: int) -> int:
        """Where the subject ends when ', which/who/whose …,' ends at t[j-1] ("X, which runs
        14 kitchens, said"); else j."""
        if j < 3 or self.t[j - 1].text != ",":
            return j
        for x in range(j - 2, max(0, j - 30), -1):
            if self.t[x].text in (".", ";"):
                return j
            if self.t[x].text == "," and self.low(x + 1) in _RELATIVE_OPENERS:
                return x
        return j

    def definite_body(self, h: int, k: int) -> None:
        """'The institute said' (a body the text has named) or 'the finance ministry said' (lower-case
        modifiers: the body so described, the one named earlier with those words if any)."""
        d = h - 1
        while d > 0 and h - d <= 3 + self.possessives(d, h) and (
                self.t[d].text.islower() and self.t[d].text.isalpha() or _DESCRIPTOR.match(self.t[d].text)
                or self.t[d].text in _POSSESSIVE_MARKS and self.t[d - 1].text.isalpha()
                or self.name_tok(d) and self.low(d - 1) == "the" and d + 1 < h and self.t[d + 1].text.islower()) \
                and self.low(d) not in L.DETERMINERS | L.CLAUSE_OPENERS | _RELATIVE and not self.is_verb(d):
            d -= 1  # ("the food workers' union", "the Draskov public prosecutor's office")
        place = False
        if self.low(d) in ("’s", "'s") and self.low(d - 1) in _DOMAINS and self.low(d - 2) == "the":
            d -= 2  # "the country's energy regulator said": the body of the text so described
        elif self.low(d + 1) in ("’s", "'s") and d + 2 < h and self.place_name(d):
            place = True  # "Tarvonia's health inspectorate said": that body, of that country
        start = d
        if self.low(d) == "the" and self.low(d - 1) in ("for", "at") and self.low(d - 2) in L.SPOKES:
            start = d - 2 - (self.low(d - 3) in L.INDEFINITE)  # "A spokeswoman for the company said"
        if not (place or self.low(d) in ("the", "this", "his", "her", "their")) or not self.opens_clause(start):
            return  # ("Her ministry said": the minister's, the text's one ministry)
        if self.low(d) == "this" and self.low(h) in L.OUTLET_NOUNS and d == h - 1:
            return  # "As this newspaper reported": the text's own outlet (own_outlet_earlier)
        if place:  # only a body the text names: "Tarvonia's health inspectorate" is its Health Services Inspectorate
            name = self.names.described([self.low(x) for x in range(d + 2, h + 1)])
            ent = self.reg.source(name, False, author_for(name, False)) if name else None
        else:
            ent = self.described_body(d, h, subject=True)
        domain = self.low(d) == "the" and self.low(d + 1) in _DOMAINS and self.low(d + 2) in ("’s", "'s")
        if ent is None and domain and (name := self.names.described([self.low(x) for x in range(d + 3, h + 1)])):
            ent = self.reg.source(name, False, author_for(name, False))  # a news lede's "the country's state
            # auditor said", the Office of the Auditor-General named in the next paragraph
        if ent is None and self.low(d) == "the" and d == h - 1 and start == d and not self.low(k).endswith("s") \
                and self.low(k + 1) != "for" and (d == 0 or self.time_opener(d) or self.ends_opening(d)
                                                  or self.prepositional_opening(d)):
            # (not inside "X said that the agency had"; nor an appeal: "The federation called for")
            ent = self.described_source(d, h + 1)  # "The utility said"
        if ent is None:
            return
        if start < d:
            self.add(start, k + 1, self.t[k].text, self.span_text(d, h + 1), ent, confidence=0.6)
            self.hits[-1].spokesperson = True
            return
        if ent.kind == "source" and self.context_new is not None and d > self.context_new[1]:
            ent = self.context_work(ent, k)  # "In a filing with the SEC on Tuesday, the company said"
        self.add(d, k + 1, self.t[k].text, self.span_text(d, h + 1), ent, confidence=0.6)

    def place_name(self, x: int) -> bool:
        """t[x] is one capitalised word naming no body and no person the text knows: a country's
        or a city's name owning a described body ("Tarvonia's health inspectorate")."""
        w = self.t[x].text if 0 <= x < len(self.t) else ""
        return (w.isalpha() and w[:1].isupper() and w[1:].islower() and self.low(x) not in L.STOP_CAPS
                and not is_org_like(w) and fold(w) not in self.names.persons and not self.name_tok(x - 1))

    def possessives(self, d: int, h: int) -> int:
        """How many possessive marks ("'s", "'") stand between t[d] and t[h]."""
        return sum(self.t[x].text in _POSSESSIVE_MARKS for x in range(d, h))

    def described_body(self, d: int, h: int, subject: bool = False) -> Entity | None:
        """The body 'the <lower-case words> <head>' (t[d] the determiner, t[h] the head) stands
        for: one named earlier with those words, else (``subject``: the phrase is the subject of
        a report) the subject of this sentence when a description, else the body so described."""
        mods = [self.low(x) for x in range(d + 1, h)
                if self.low(x) not in _DOMAINS and self.t[x].text not in _POSSESSIVE_MARKS]
        if not mods:
            return self.body_named(self.low(h), self.t[d].start) or (self.sentence_subject(d) if subject else None)
        words = set(mods) | {self.low(h)}
        ent = next((e for e in reversed(self.reg.entities) if e.kind == "source" and not e.person
                    and words <= set(fold(e.name or "").split())), None)
        if ent is None and any(_DESCRIPTOR.match(self.t[x].text) for x in range(d + 1, h)):
            # "the Frankfurt-listed company": a description of the body named before
            ent = (self.sentence_subject(d) if subject else None) or self.body_named(self.low(h), self.t[d].start)
        elif ent is None:
            name = self.names.described(mods + [self.low(h)]) or self.span_text(d + 1, h + 1)
            ent = self.reg.source(name, False, author_for(name, False))
        return ent

    def described_maker(self, b: int, stop: int) -> Entity | None:
        """The body that "the <lower-case words> <head>" from t[b] (after "by"/"from" and "the")
        stands for: "by the authority", "from the transport ministry", "by the same office"."""
        if self.low(b - 1) != "the":
            return None
        first = b + (self.low(b) == "same")
        h = next((x for x in range(first, min(stop, first + 3)) if self.t[x].text.islower() and self.low(x) in L.BODY_HEADS
                  and self.low(x + 1) not in L.BODY_HEADS), None)
        if h is None or any(not self.t[x].text.isalpha() or not self.t[x].text.islower() for x in range(first, h)):
            return None
        if first > b:  # ("the same office": the one named before)
            return self.body_named(self.low(h), self.t[b].start)
        return self.described_body(b - 1, h)

    def sentence_subject(self, d: int) -> Entity | None:
        """The name that is the subject of this sentence before t[d] ("Cordillera Minerals will
        challenge …, the Canadian-listed copper producer said"), if any."""
        span = self.subject_span(d)
        found = self.source_entity(*span) if span else None
        return found[0] if found else None

    def subject_span(self, d: int) -> tuple[int, int] | None:
        """(i, j): the first name before t[d] that opens a clause and is followed by a lower-case
        word, not a reporting verb ("Scope Ratings placed"); "Business federation FEB-VBO put"
        gives the name after the body head."""
        for i in range(d):
            if not self.name_tok(i) or not (i == 0 or self.t[i - 1].text in _PUNCT_OPEN or self.low(i - 1) == "the"
                                            and (i == 1 or self.t[i - 2].text in _PUNCT_OPEN)):
                continue  # ("The Harbour Authority closed the port, saying")
            end = self.name_fwd(i, d)
            if end is None or end >= d or self.t[end].text in L.NAME_JOINERS:
                continue
            if self.low(end) in L.BODY_HEADS and (after := self.name_fwd(end + 1, d)) is not None:
                i, end = end + 1, after
                if end >= d:
                    continue
            if (i, end) == (0, 1) and not self.name_inside(self.t[0].text):
                continue  # one capitalised word opening the sentence may be any noun: "Prices fell"
            if self.t[end].text.isalpha() and self.t[end].text.islower() and not self.is_verb(end):
                return i, end
            if i > 1 and self.t[i - 1].text == "," and self.t[end].text == "," and end + 1 < d \
                    and self.t[end + 1].text.isalpha() and self.t[end + 1].text.islower() and not self.is_verb(end + 1) \
                    and is_person_name(self.span_text(i, end)):
                return i, end  # "The President of X, Jane Doe, welcomed the plan, saying"
        return None

    def name_inside(self, word: str) -> bool:
        """The text writes ``word`` capitalised inside a sentence too (so it is a name), or it is an acronym."""
        return is_acronym(word) or re.search(r"[^\s.!?:“\"][ \t]+" + re.escape(word) + r"\b", self.names.text) is not None

    def work_participle(self, k: int) -> None:
        """'The agency's World Energy Outlook 2024, published last October, went further, warning':
        a work opening the sentence speaks in the participle clause at t[k]."""
        comma = next((x for x in range(k) if self.t[x].text == ","), k - 1)
        heads = [x for x in range(comma) if self.low(x) in L.NOMINALS]
        if not heads or not self.free(0, k + 1):
            return
        found = self.work_nominal(0, heads[-1] + 1)
        if found:
            self.add(0, k + 1, self.t[k].text, self.span_text(0, heads[-1] + 1), found[0], confidence=0.6)

    def participles(self) -> None:
        """'Scope Ratings placed the rating under review, saying …': the sentence's subject speaks
        in a participle clause."""
        for k in range(2, len(self.t)):
            if self.low(k) not in L.PARTICIPLE_CUES or not self.free(k, k + 1):
                continue
            if self.low(k - 1) == "by" and not self.hits and self.low(k + 1) in ("that", ":", "“", '"'):
                self.elided_subject(k, self.t[k]._replace(text="said", low="said"))  # "Mr X opened by saying that"
                continue
            if self.t[k - 1].text != ",":
                continue
            span = self.subject_span(k - 1)
            if span is None:
                self.work_participle(k)
                if not self.hits:
                    self.elided_subject(k, self.t[k]._replace(text="said", low="said"))  # "X declined …, saying"
                continue
            if not self.free(*span):
                continue
            start = span[0] - (self.low(span[0] - 1) == "the")
            if start > 0 and self.t[start - 1].text not in _PUNCT_OPEN:
                start = span[0]
            found = self.source_entity(*span)
            if found:
                ent, raw = found
                self.claim(span[0], span[1])
                self.add(start if start == 0 else span[0], k + 1, self.t[k].text, raw, ent, confidence=0.6)

    def coordinated(self) -> None:
        """'The Minister, Ruth Kallendar, stood up in the Assembly and said …': a reporting verb
        after "and" with no subject of its own speaks for the sentence's subject (only in a
        sentence with no other source)."""
        if self.hits:
            return
        for k in range(3, len(self.t)):
            if self.low(k - 1) not in ("and", "but") or self.low(k) not in _COORDINATED_VERBS or not self.free(k - 1, k + 1) \
                    or not self.has_complement(k):
                continue
            span = self.subject_span(k - 1)
            if span is None:
                if self.elided_subject(k, self.t[k]):
                    return
                continue
            if not self.free(*span) or any(self.t[x].text in (";", ":") for x in range(span[1], k)):
                continue
            found = self.source_entity(*span)
            if found:
                ent, raw = found
                self.add(span[0], k + 1, self.t[k].text, raw, ent, confidence=0.6)
                return

    def elided_subject(self, k: int, verb: Tok) -> bool:
        """'A NISA spokesman would not discuss the inquiry but said …': the reporting verb at t[k]
        speaks for the clause that opens the sentence, whose subject no name rule reaches alone.
        The sentence is read again as that subject and ``verb`` ("A NISA spokesman said …"),
        the subject cut after each of its first few words in turn; the first reading whose source
        comes before the verb is kept, spanning what was skipped.  Nothing else is kept of a
        reading, not even the entities it registered.  Not after a relative pronoun: in "X, which
        called … and said", the verb is the relative clause's."""
        if any(self.low(x) in ("which", "who", "that") for x in range(k)):
            return False
        kept = self.reg.state()
        for e in range(1, min(k - 1, ELIDED_SUBJECT_UP_TO) + 1):
            if not self.t[e].text.isalpha() or not self.t[e].text.islower() or self.is_verb(e):
                continue
            if e == 1 and not self.name_inside(self.t[0].text):
                continue  # one capitalised word opening the sentence may be any noun: "Prices fell …, saying"
            again = Sentence(self.text, self.base, self.t[:e] + [verb] + self.t[k + 1:], self.names, self.reg,
                             self.doc_date, self.lower_words, self.own)
            again.context = self.context
            hits = again.run(first_line=False)
            if hits and all(h.start <= self.t[e - 1].end and h.end == verb.end for h in hits):
                for hit in hits:
                    hit.end, hit.cue = self.t[k].end, self.t[k].text
                self.hits.extend(hits)
                return True
            self.reg.restore(kept)
        return False

    def titled_possession(self, j: int, k: int) -> bool:
        """"The CEA's State of Rivers 2028 found": a body's title ending in a year before t[j] is its
        work, not a body named State; whether the verb at t[k] was so given to that work."""
        if j < 4 or not re.fullmatch(r"(?:19|20)\d\d", self.t[j - 1].text):
            return False
        i = self.name_back(j - 1)
        if i is None or i < 2 or self.t[i - 1].text not in ("’s", "'s"):
            return False
        owner = self.name_back(i - 1)
        if owner is None or not self.free(owner, k + 1):
            return False
        name, person = self.names.canonical(self.span_text(owner, i - 1))
        if person:
            return False
        ent = self.reg.new_work("report", "report")
        ent.title, ent.authors, ent.date = self.span_text(i, j), [author_for(name, False)], self.t[j - 1].text
        start = owner - (self.low(owner - 1) == "the" and (owner == 1 or self.t[owner - 2].text in _PUNCT_OPEN))
        self.add(start, k + 1, self.t[k].text, self.span_text(owner, j), ent, confidence=0.8)
        return True

    def subject_name(self, j: int) -> int | None:
        """Start of the name ending before t[j], a possessive inside it included when what
        follows is one word ("the United Nations Children's Fund", not "the UK's Met Office")."""
        i = self.name_back(j)
        if i is not None and j - i == 1 and i >= 2 and self.t[i - 1].text in ("’s", "'s"):
            owner = self.name_back(i - 1)
            if owner is not None:
                return owner
        return i

    def postposed(self, start: int, k: int) -> bool:
        """The subject and its verb close the sentence after what they report: '…, the report
        said.', '“…,” the review says.'  A back-reference there is a mention of its own: the seeds'
        gold leaves it out (two predictions there), six golden texts' gold counts it."""
        return start >= 2 and self.t[start - 1].text in (",", "”", '"') and (
            k + 1 >= len(self.t) or self.t[k + 1].text in (".", "!", "?"))

    def leads_clause(self, x: int) -> bool:
        """t[x] opens a sentence or a clause after ';', ':' or a conjunction (not after a
        comma; but see :meth:`postposed`)."""
        return x == 0 or self.t[x - 1].text in (";", ":", "—", "–") or self.low(x - 1) in L.CLAUSE_OPENERS

    def asserts(self, k: int, strict: bool = False) -> bool:
        """The verb at t[k] takes what follows as its content ('that …', a quotation, an
        object), not a bare 'says.' or 'says, for instance'; ``strict``: only 'that', a
        quotation or a colon."""
        nxt = self.t[k + 1].text if k + 1 < len(self.t) else "."
        if nxt == ",":  # "says, however, that …": past a short aside, to what it says
            close = next((x for x in range(k + 2, min(len(self.t), k + 6)) if self.t[x].text == ","), None)
            if close is not None and all(tok.text.isalpha() for tok in self.t[k + 2:close]):
                after = self.t[close + 1].text if close + 1 < len(self.t) else "."
                return after.lower() == "that" or after in _QUOTES_OPEN
        if strict:
            return nxt.lower() == "that" or nxt in _QUOTES_OPEN or nxt == ":"
        return nxt not in (".", ",", ";", ")", "!", "?")

    def own_outlet(self, name: str) -> bool:
        """'the Ledger' in a text the Harbour Ledger published, 'TPA' in one of the Tarvonian Press
        Agency (TPA): the document's own outlet."""
        keys = {name_key(name), name_key(expand(name.strip(), self.names.acronyms))}
        return any(words and words <= set(own.split()) for own in self.own for words in (set(k.split()) for k in keys))

    def opens_clause(self, x: int) -> bool:
        return x == 0 or self.t[x - 1].text in _PUNCT_OPEN or self.low(x - 1) in L.CLAUSE_OPENERS \
            or self.time_opener(x) or self.ends_opening(x)

    def ends_opening(self, x: int) -> bool:
        """t[x] follows the opening "In its statement of 17 March" (comma or not): a subject starts there."""
        return self.context_new is not None and x == self.context_new[1] + 1

    def prepositional_opening(self, x: int) -> bool:
        """Only a short prepositional phrase and its comma before t[x]: "In its reply of 22 August,
        the office told me", "In reply, the ministry said" (no verb, no other comma in it)."""
        return 3 <= x <= 12 and self.t[x - 1].text == "," and self.low(0) in ("in", "at", "after", "following") \
            and not any(self.t[y].text in (",", ";", ":", '"', "“") or self.is_verb(y) for y in range(1, x - 1))

    def time_opener(self, x: int) -> bool:
        """Only a time phrase before t[x], with or without its comma: "On 9 March the Minister said",
        "At 11:30, a spokesperson told", "Later, a spokesperson told"."""
        if x == 1 and self.low(0) in _TIME_ADVERBS or self.fronted_time(x):
            return True  # "Later the minister said", "A week later the board admitted"
        if x >= 2 and self.t[x - 1].text == ",":
            if x == 2 and self.low(0) in _TIME_ADVERBS:
                return True
            x -= 1
        return 2 <= x <= 5 and self.low(0) in ("on", "in", "by", "since", "until", "last", "earlier", "later", "at") \
            and all(self.t[y].text.isdigit() or self.low(y) in L.MONTHS or self.low(y) in _TIME_WORDS
                    or self.t[y].text == ":" or self.low(y) in ("am", "pm", "a.m.", "p.m.") for y in range(1, x)) \
            and any(self.t[y].text.isdigit() or self.low(y) in L.MONTHS or self.low(y) in _PERIODS for y in range(1, x))

    def speak(self, start: int, i: int, j: int, k: int, body: bool = False) -> None:
        """The body or person named t[i:j] said something (verb at k); the mention spans from start."""
        found = self.source_entity(i, j, self.low(k) in L.FINDING_VERBS, self.low(k), body)
        if found:
            ent, raw = found
            if ent.kind == "source" and (work := self.work_after_verb(k)) is not None:
                work.authors = list(ent.authors)  # "the X agency said in a report published in May"
                ent = work
            elif ent.kind == "source" and self.context_new is not None and start > self.context_new[1]:
                ent = self.context_work(ent, k)  # "In their first report, the liquidators from X put"
            elif (work := self.dated_findings(ent, k)) is not None:
                ent = work  # "the conservation group X reported on 9 March"
            self.add(start, k + 1, self.t[k].text, raw, ent, confidence=0.8)

    def body_named(self, head: str, offset: int, nearest: bool = True) -> Entity | None:
        """The body 'the <head>' stands for: the last one this text cited whose name has that
        head word, else the text's one body of that head named before ('the ministry'), else the
        last name before it ending in it ('Baltic Energy Institute', 'the United Nations refugee
        agency'), else (``nearest``) the body cited just before."""
        for _, _, ent in reversed(self.reg.seen):
            ent = self.speaker(ent)  # (of a work: its maker, "the NCRA had warned in its Assessment")
            if ent is not None and not ent.person and head in fold(ent.name or "").split():
                return ent
        full = self.names.by_head(head) or self.names.described([head])  # "the ministry", "the regulator"
        if full and full in self.names.text[:offset] and name_key(full) not in self.own:
            return self.reg.source(full, False, author_for(full, False))
        named = [m for m in re.finditer(r"\b((?:[A-Z][\w.’'-]*[^\S\n]+(?:of[^\S\n]+|for[^\S\n]+|and[^\S\n]+)?){1,5}"
                                        r"(?:(?!" + _NOT_IN_NAMES + r"\b)[a-z]+(?:[’']s)?[^\S\n]+){0,2}(?i:" + re.escape(head) + r"))\b",
                                        self.names.text[:offset])
                 if not re.search(r"\w\w\.\s", m.group(1))  # within one sentence (and one line)
                 and name_key(m.group(1).removeprefix("The ")) not in self.own]  # (not the document's own outlet)
        named += [m for m in re.finditer(r"\b(?i:" + re.escape(head) + r")[^\S\n]+(" + _NAME_WORDS + ")",
                                         self.names.text[:offset])  # "by the law firm Castellane Weir"
                  if name_key(m.group(1)) not in self.own]
        if named:  # "The United Nations refugee agency will cut …, the agency said"
            name = max(named, key=lambda m: m.start()).group(1).removeprefix("The ")
            return self.reg.source(name, False, author_for(name, False))
        if head == "ministry" and (name := _ministry_of_minister(self.names.text[:offset])):
            return self.reg.source(name, False, author_for(name, False))  # "the transport minister … His ministry"
        if not nearest:
            return None
        recent = [self.speaker(e) for n, _, e in self.reg.seen if n >= self.reg.sentence - 3]
        recent = [e for e in recent if e is not None and not e.person and _may_be_called(e.name or "", head)]
        return recent[-1] if recent else None  # "the agency": the body cited just before

    def speaker(self, ent: Entity) -> Entity | None:
        """The source speaking in a mention: the source itself, or the author of a work
        it spoke through ("In a filing, X said")."""
        if ent.kind == "source":
            return ent
        return next((self.reg.sources[k] for k in map(fold, (a.literal or "" for a in ent.authors))
                     if k in self.reg.sources), None)

    def pronoun_subjects(self) -> None:
        """'he said', 'she told reporters', 'they warned', 'it added': the nearest source the
        pronoun can stand for (a person for he/she, a body for it/they) in this sentence or the
        two before; no antecedent, no attribution.  'it says' of a work is resolved, not emitted."""
        for k in range(1, len(self.t)):
            verb = self.low(k)
            if verb not in L.REPORT_VERBS and verb not in L.REPLY_VERBS or not self.t[k].text.islower():
                continue
            p = k - 1
            while p > 0 and self.low(p) in _BETWEEN_SUBJECT_AND_VERB and self.low(p) not in ("this", "last", "on"):
                p -= 1
            if self.unsaid(p + 1, k):
                continue  # "It did not say", "she will say"
            pron = self.low(p)
            if pron not in L.PRONOUNS_PERSON | L.PRONOUNS_BODY or not self.free(p, k + 1):
                continue
            if pron in L.PRONOUNS_BODY and verb in _FORECASTS:
                continue  # "it expects to finish by May": a body's plans, not what a source says
            if p > 0 and self.t[p - 1].text not in _PUNCT_OPEN and self.low(p - 1) not in L.CLAUSE_OPENERS:
                continue  # "the plan he said would fail", "that it said": only a clause's subject
            # "X said in a statement that she had asked the board": what X said, no new source (but
            # "… that she had warned the board in a letter in 2025": a statement of its own)
            if self.low(p - 1) == "that" and any(h.end <= self.t[p].start for h in self.hits) and not any(
                    self.low(x) in L.NOMINALS and self.low(x - 2) == "in" for x in range(k + 2, min(len(self.t), k + 12))):
                continue
            if not self.has_complement(k):
                continue
            self.pronoun_hit(p, k + 1, k, pron)

    def pronoun_hit(self, i: int, j: int, k: int, pron: str) -> None:
        after_quote = i > 0 and self.t[i - 1].text in _QUOTES_CLOSE | {","}
        found = self.reg.antecedent_at(pron, self.t[i].start, window=4 if after_quote else 2)
        if pron in L.PRONOUNS_PERSON and (i == 0 or self.t[i - 1].text in _QUOTES_CLOSE | {","}):
            # a person named since (not cited) is nearer: "Welch disputes that. He told …"
            named = self.reg.person_named_before(self.names.text, self.t[i].start, named=self.names.named_persons)
            if named and (found is None or named[0] > found[0]):
                found = named
        if pron in ("he", "she") and (spoke := self.reg.spokesperson) and self.reg.sentence - spoke[0] <= 2 \
                and spoke[1] < self.t[i].start and (found is None or spoke[1] > found[0]):
            found = spoke[1:]  # the spokesperson just cited, speaking for the body
        ent = found[1] if found else None
        if ent is None and pron == "it":
            ent = self.reg.last_work(singular=True)
        if ent is None:
            return
        if ent.kind == "work":
            if pron == "it":  # "It argued that …" opening a sentence cites the report again
                emit = self.leads_clause(i) and not ent.relayed and (
                    self.asserts(k, strict=True) or self.low(k) in _DOCUMENT_SAYS and self.low(k + 1) in ("the", "its", "their"))
                self.add(i, j, self.t[k].text, self.t[i].text, ent, emit=emit, confidence=0.5)
            return
        self.add(i, j, self.t[k].text, self.t[i].text if i < k else self.t[j - 1].text, ent,
                 confidence=0.6)

    def inverted(self) -> None:
        for k in range(1, len(self.t) - 1):
            if self.low(k) not in L.INVERTED_VERBS or not self.free(k, k + 1):
                continue
            if self.t[k - 1].text not in (",", "”", '"') and not (self.t[k - 1].text in _QUOTES_CLOSE):
                continue
            s = k + 1
            if self.low(s) in L.PRONOUNS_PERSON | L.PRONOUNS_BODY and self.t[s].text.islower() and \
                    (s + 1 == len(self.t) or self.t[s + 1].text in _PUNCT_OPEN or self.t[s + 1].text in ".!?"):
                self.pronoun_hit(k, s + 1, k, self.low(s))  # '…," said he.'
                continue
            while s < len(self.t) and is_role(self.t[s].text) and self.t[s].text.islower():
                s += 1
            s = self.after_descriptors(s)  # "said committee chair Yara Castellane", "said dad-of-two Tom Griggs"
            described = self.t[s].text.islower() and self.after_descriptors(s + 1, comma=True) > s + 1
            if self.low(s) == "the" and (is_role(self.t[s + 1].text if s + 1 < len(self.t) else "") or described):
                comma = next((x for x in range(s + 2, min(len(self.t), s + 14)) if self.t[x].text == ","), None)
                if comma is not None and self.name_fwd(comma + 1) is not None:
                    s = comma + 1  # "said the Minister of Health, Dr Ann Ray", "said the local councillor, Tom Griggs"
            if self.low(s) == "the" and self.t[s].text.islower() and self.name_tok(s + 1) and self.low(k) != "told" \
                    and (self.t[k - 1].text in _QUOTES_CLOSE or k > 1 and self.t[k - 2].text in _QUOTES_CLOSE):
                s += 1  # '"…," said the Ministry of Health' (not ", told the Committee": its audience)
            end = self.name_fwd(s)
            if end is None:
                continue
            found = self.source_entity(s, end)
            if not found:
                continue
            ent, raw = found
            full = self.appositive(end, ent)
            self.add(k, full, self.t[k].text, raw, ent, confidence=0.85)

    def confirmed_by(self) -> None:
        """'…, an account confirmed by the Western Fire and Rescue Service', 'This was corroborated
        by the ministry': the named agent vouches for it (nobody named, no source: "by two witnesses")."""
        for k in range(1, len(self.t) - 2):
            if self.low(k) not in L.CONFIRMING_AGENTS or self.low(k + 1) != "by" or not self.free(k, k + 2):
                continue
            s = k + 2 + (self.low(k + 2) == "the" and self.name_tok(k + 3))
            end = self.name_fwd(s)
            found = self.source_entity(s, end) if end is not None else None
            if found:
                ent, raw = found
                self.add(k, end, f"{self.t[k].text} by", raw, ent, confidence=0.7)

    def after_descriptors(self, s: int, comma: bool = False) -> int:
        """Past the lower-case words that describe the person named next ("committee chair",
        "dad-of-two", "local councillor"; with ``comma``, before ", Name"): at most three, none a
        small word; ``s`` itself when they are not followed by a person's name."""
        x = s
        while x < len(self.t) and x - s < 3 and self.t[x].text.islower() and _LOWER_WORD.fullmatch(self.t[x].text) \
                and self.low(x) not in _NOT_DESCRIPTORS:
            x += 1
        if x == s:
            return s
        at = x + 1 if comma and x < len(self.t) and self.t[x].text == "," else x
        if comma and at == x:
            return s
        end = self.name_fwd(at)
        return x if end is not None and is_person_name(self.span_text(at, end)) else s

    def work_after_verb(self, k: int) -> Entity | None:
        """'X estimated in a 2024 report', 'X wrote in a blog post', 'X said in a recall notice': the
        new work (a report, a post, a document) the verb at t[k] speaks through; statements and
        letters stay the speaker's words; a day may come between ("said on Wednesday, in a report")."""
        k = self.after_day(k)
        if self.low(k + 1) != "in":
            return None
        if self.low(k + 2) not in ("a", "an", "its", "their", "his", "her", "our"):
            return self.bare_plural_work(k)
        for h in range(k + 3, min(len(self.t), k + 8)):
            if self.t[h].text in (",", ";", ".", "“", '"') or self.low(h) in ("that", "on", "to"):
                return None
            if (L.NOMINALS.get(self.low(h)) in ("report", "webpage") or self.low(h) in DOCUMENT_HEADS) \
                    and self.low(h + 1) not in L.NOMINALS:  # (a notice, a ruling, a filing: documents too)
                work = next((hit.entity for hit in self.hits if hit.start == self.t[k + 2].start
                             and hit.entity.kind == "work"), None)  # ("in a report that also found", found first)
                work = work or self.reg.new_work(self.low(h), L.NOMINALS[self.low(h)])
                work.date = work.date or self.dates_in(k + 3, h) or self.participle_date(h + 1) or self.sentence_date()
                work.title = work.title or self.capitalised_title(k + 3, h)
                return work
        return None

    def after_day(self, k: int) -> int:
        """Past a day said after the verb at t[k] ("said on Wednesday,", "said yesterday"): the
        token before what follows it; else k."""
        x = k + 1
        if self.low(x) in ("yesterday", "today", "tonight"):
            x += 1
        elif self.low(x) == "on" and self.low(x + 1) in _WEEKDAYS:
            x += 2
        else:
            return k
        return x if self.low(x) == "," else x - 1

    def bare_plural_work(self, k: int) -> Entity | None:
        """'X said in preliminary findings published in January': a plural work with no
        determiner (one or two lower-case words before its head), the verb at t[k] speaking
        through it; not "said in interviews" (no report) nor "said in January"."""
        for h in range(k + 2, min(len(self.t), k + 5)):
            if L.NOMINALS.get(self.low(h)) == "report" and self.low(h) in L.PLURAL_NOMINALS and h > k + 2:
                work = self.reg.new_work(self.low(h), "report")
                work.date = self.participle_date(h + 1) or self.sentence_date()
                return work
            if not (self.t[h].text.isalpha() and self.t[h].text.islower()) or self.low(h) in L.NOMINALS:
                return None
        return None

    def inserted_maker(self, i: int, j: int) -> int | None:
        """Start of the name X in "X, in its <work …>, VERB" (the work phrase t[i:j], or "in the
        staff report for its …"): X made the work it speaks through."""
        det = self.low(i)
        own = det in ("its", "their") or (det == "the" and self.low(j) in ("for", "of")
                                          and self.low(j + 1) in ("its", "their"))
        if not (own and i >= 2 and self.low(i - 1) == "in" and self.t[i - 2].text == ","):
            return None
        b = self.name_back(i - 2)
        return b if b is not None and b < i - 2 else None

    def date_after_head(self, j: int) -> str | None:
        """The date right after a new work's head at t[j-1]: "X's notice of 12 June 2024",
        "X's report, published last month," (see participle_date)."""
        if self.low(j) == "to" and (at := next((x for x in range(j + 2, min(len(self.t), j + 6))
                                                 if self.low(x) in ("of", "dated")), None)) is not None \
                and all(self.t[y].text[:1].isupper() or self.low(y) == "the" for y in range(j + 1, at)):
            j = at  # "X's letter to Granholt of 18 March"
        if self.low(j) in ("of", "dated", "from"):
            end = j + 1
            while end < len(self.t) and end - j <= 4 and (self.t[end].text[:1].isdigit() or self.low(end) in L.MONTHS):
                end += 1
            return self.dates_in(j + 1, end) if end > j + 1 else None
        return self.participle_date(j)

    def participle_date(self, x: int) -> str | None:
        """'…, published last month,' / '… published in September': the date a release
        participle within the same clause (from t[x] on) gives the work just named."""
        for p in range(x, min(len(self.t), x + 12)):
            if self.t[p].text in (";", ".", ":", "“", '"') or self.low(p) in ("that", "which", "who") \
                    or self.low(p) in L.REPORT_VERBS and self.low(p) not in L.RELEASE_VERBS:
                return None  # (past the reporting verb: "identified 19 published incidents between 2017 and")
            if self.low(p) in L.RELEASE_VERBS:
                end = p + 1
                while end < len(self.t) and end - p <= 5 and self.t[end].text not in (",", ";", ".", ":"):
                    end += 1
                return self.dates_in(p + 1, end)
        return None

    def capitalised_title(self, i: int, h: int) -> str | None:
        """'in its twice-yearly Financial Stability Review': the name the work goes by, when its
        head word and the words right before it (at least two in all) are capitalised; a year
        printed after the head is part of it ("in its Annual Threat Assessment 2028")."""
        if not self.t[h].text[:1].isupper():
            return None
        s = h
        while s - 1 >= i and self.t[s - 1].text[:1].isupper() and self.low(s - 1) not in L.MONTHS:
            s -= 1
        if h - s < 1 or any(is_acronym(self.t[x].text) for x in range(s, h + 1)):
            return None
        year = h + 1 < len(self.t) and re.fullmatch(r"(?:19|20)\d\d", self.t[h + 1].text)
        return self.span_text(s, h + 2 if year else h + 1)

    def in_the_context(self) -> None:
        """'In the letter, X declared': X speaks through that (known) work; 'In its first
        situation report on the outbreak, X said', 'In a post on LinkedIn, X wrote': through a
        new work of X's; 'Writing in *Journal* (vol. 9, 2025), A and B found': their article there."""
        if self.low(0) == "by" and self.low(1) in ("a", "an", "its", "their") and self.low(2) in _DATED_DOCUMENTS:
            after = self.past_date_phrase(3)  # "By a note of 5 May, the Republic notified the Commission"
            if 3 < after < len(self.t) and self.t[after].text == ",":
                self.context_new = (self.low(2), after)
            return
        if self.low(0) == "writing" and self.low(1) == "in":
            depth, comma = 0, None
            for x in range(2, min(len(self.t), 40)):
                depth += (self.t[x].text == "(") - (self.t[x].text == ")")
                if self.t[x].text == "," and depth == 0:
                    comma = x
                    break
            if comma is not None:
                self.writing_in = self.periodical_after(2, comma, before=comma)
            return
        if self.low(0) == "in" and self.low(1) in L.DETERMINERS and self.low(2) in L.NOMINALS and self.low(3) == ",":
            found = self.work_nominal(1, 3)
            if found and not found[1]:
                self.context = found[0]
            if found or self.low(1) not in ("its", "their"):
                return  # (else "In its report," names no known work: a new one, below)
        if self.low(0) == "in" and self.t[1:2] and self.t[1].text.isalpha() and self.t[1].text.islower() \
                and self.low(1) not in L.DETERMINERS:
            comma = next((x for x in range(2, min(len(self.t), 20)) if self.t[x].text == ","), None)
            head = next((x for x in range(1, min(comma or 0, 5)) if self.low(x) in L.PLURAL_NOMINALS), None)
            if head is not None and all(self.t[x].text.islower() for x in range(1, head)):
                self.context_new = (self.low(head), comma)  # "In interim findings published in March, X said"
            return
        if self.low(0) == "in" and self.low(1) in ("its", "their", "his", "her", "a", "an"):
            comma = next((x for x in range(2, min(len(self.t), 14)) if self.t[x].text == ","), None)
            head = next((x for x in range(2, comma or 0) if self.low(x) in L.NOMINALS or self.low(x) == "note"), None)
            titled = next((x for x in range(3, min(len(self.t) - 1, 8)) if self.low(x - 1) in L.NOMINALS
                           and self.low(x) in ("titled", "entitled", "called") and self.t[x + 1].text in _QUOTES_OPEN), None)
            close = next((x for x in range(titled + 2, min(len(self.t) - 1, titled + 60))
                          if self.t[x].text in _QUOTES_CLOSE), None) if titled is not None else None
            if close is not None and self.t[close + 1].text == "," and close > titled + 2:
                # "In a report titled “T: A Long Subtitle”, published in May, X argued"
                self.context_new, self.context_title = (self.low(titled - 1), close + 1), self.span_text(titled + 2, close)
                return
            if comma is None:  # "In its statement of 17 March the cooperative said": the subject ends the opening
                head = next((x for x in range(2, min(len(self.t), 8)) if self.low(x) in L.NOMINALS), None)
                after = self.past_date_phrase(head + 1) if head is not None else len(self.t)
                if after < len(self.t) - 1 and (self.t[after].text[:1].isupper() or self.low(after) == "the") \
                        and self.low(after) not in L.MONTHS \
                        and all(self.t[x].text.islower() or self.t[x].text.isdigit() or self.low(x) in L.MONTHS
                                for x in range(2, head)):
                    self.context_new = (self.low(head), after - 1)
            elif comma and self.low(1) in ("its", "their") and self.title_words(2, comma):
                # "In its Basin Water Balance 2025, X found", "In its Financial Stability Review 2025, X warned"
                self.context_new = (self.low(head) if head is not None else "report", comma)
                self.context_title = self.span_text(2, comma)
            elif head is not None:
                self.context_new = (self.low(head), comma)
                if comma - head > 2 and self.title_words(head + 1, comma):
                    # "In its 2022 report Maintaining Critical Water Infrastructure, X found"
                    self.context_title, self.context_title_at = self.span_text(head + 1, comma), head + 1
            elif self.low(1) in ("its", "their", "his", "her") and self.low(2) in _DATED_DOCUMENTS \
                    and self.past_date_phrase(3) == comma:
                self.context_new = (self.low(2), comma)  # "In its reply of 22 August, the office told me"
        elif self.low(0) == "in" and self.low(1) == "the" and self.t[-1].text != "?":
            comma = next((x for x in range(3, min(len(self.t), 14)) if self.t[x].text == ","), None)
            first = 3 if self.low(2) in L.MONTHS else 2  # "In the February Monetary Policy Report, the Bank projected"
            head = next((x for x in range(first, comma or 0) if self.low(x) in L.NOMINALS), None)
            if comma is not None and head == comma - 1 and self.title_words(first, comma):
                self.context_new, self.context_title = (self.low(head), comma), self.span_text(first, comma)

    def past_date_phrase(self, i: int) -> int:
        """The token after "of 17 March", "dated 12 October", "on 28 September", "on Monday" at t[i]
        (i if none)."""
        if self.low(i) not in ("of", "dated", "on"):
            return i
        x = i + 1
        while x < min(len(self.t), i + 5) and (self.t[x].text.isdigit() or self.low(x) in L.MONTHS
                                               or self.low(x) in _WEEKDAYS):
            x += 1
        return x if any(self.low(y) in L.MONTHS or self.low(y) in _WEEKDAYS for y in range(i + 1, x)) else i

    def title_words(self, i: int, j: int) -> bool:
        """t[i:j] reads as a title: two or more words, capitalised (numbers and small joining
        words aside), the first a capitalised word that is no month."""
        if j - i < 2 or not self.t[i].text[:1].isupper() or self.low(i) in L.MONTHS:
            return False
        return all(self.t[x].text[:1].isupper() or self.t[x].text.isdigit() or self.low(x) in L.NAME_JOINERS
                   for x in range(i, j)) and not any(is_acronym(self.t[x].text) for x in range(i, j))

    def context_work(self, ent: Entity, k: int) -> Entity:
        """The new work of ``ent``'s that the sentence's opening "In its …," names (``context_new``)."""
        head, comma = self.context_new
        work = self.reg.new_work(head, L.NOMINALS.get(head) or _DATED_DOCUMENTS.get(head, "report"))
        work.authors = list(ent.authors)
        if self.context_title:  # "In its Water Balance 2025, published in February,": the title's year is its edition's
            month = self.bare_month(self.t[2].text) if self.low(1) == "the" and self.low(2) in L.MONTHS else None
            work.date = (self.verb_date(k) or self.appended_date(comma) or month  # ("In the February X Report,")
                         or self.dates_in(0, self.context_title_at))
        else:
            work.date = self.verb_date(k) or self.sentence_date() or self.dates_in(0, comma) or self.appended_date(comma)
        work.title, self.context_title = self.context_title, None
        self.context_new, self.opening_work = None, work
        return work

    def appended_date(self, comma: int) -> str | None:
        """'In its report, published in February, X found': the date of the participle clause
        right after the comma at t[comma]."""
        if self.low(comma + 1) not in L.RELEASE_VERBS:
            return None
        end = next((x for x in range(comma + 2, min(len(self.t), comma + 8)) if self.t[x].text in (",", ";", ".")), None)
        return self.dates_in(comma + 2, end) if end else None

    def run(self, first_line: bool) -> list[Hit]:
        self.source_line()
        if first_line:
            self.headline()
        self.headline_subject()
        self.headline_opening(first_line)
        self.dash_source(first_line)
        self.colon_headline()
        self.in_the_context()
        self.frames()
        self.author_year()
        self.with_colleagues()
        self.team_leader()
        self.periodical()
        self.possessive_titles()
        self.releases()
        self.authorship()
        self.laws()
        self.makers_of_works()
        self.nominal_subjects()
        self.relative_works()
        self.relative_people()
        self.relative_bodies()
        self.stated_positions()
        self.work_authors()
        self.joint_follow_up()
        self.owners_people()
        self.named_subjects()
        self.body_subjects()
        self.inverted()
        self.confirmed_by()
        self.pronoun_subjects()
        self.own_earlier()
        self.own_outlet_earlier()
        self.participles()
        self.coordinated()
        self.work_frames()
        self.published_by()
        self.quoted_people()
        self.named_works()
        self.data_from()
        self.numbers_in_hits()
        return self.hits

    def own_earlier(self) -> None:
        """'As we said in our first statement on 7 March', 'We warned on 1 March that': the body
        whose document this is (the issuer, not a news outlet) citing what it said on an earlier
        day, which the text gives; undated, "we" is the document speaking, no citation.  In a
        transcript's turn "we" is the body the speaker speaks for, and a work of its that opens the
        sentence is what it said through ("In our submission to the inquiry we set out that")."""
        speaker = self.reg.speaker_body
        issuer = speaker or self.reg.issuer
        if not issuer or is_outlet(issuer):
            return
        for k in range(1, len(self.t)):
            set_out = self.low(k) == "set" and self.low(k + 1) == "out"
            if self.low(k - 1) != "we" or not (self.is_verb(k) or set_out) or not self.free(k - 1, k + 1) \
                    or not (self.past(k) or set_out):
                continue
            work = self.work_after_verb(k)  # "in our first statement on 7 March"
            start = k - 1
            o = self.after_label()
            if work is None and speaker and self.low(o) == "in" and self.low(o + 1) == "our" \
                    and (h := next((x for x in range(o + 2, min(k - 1, o + 5)) if self.low(x) in L.NOMINALS), None)) is not None:
                work, start = self.reg.new_work(self.low(h), L.NOMINALS[self.low(h)]), o
            day = work.date if work is not None and work.date else spoken_on(self.rest(k + 1), self.doc_date)
            if (not day or day == self.doc_date) and not (speaker and work is not None):
                continue
            body = author_for(issuer, False)
            if work is not None:
                work.authors, work.date = [body], day
                ent = work
            else:
                ent = self.reg.source(issuer, False, body)
            self.add(start, k + 1 + set_out, self.t[k].text, self.t[k - 1].text, ent, confidence=0.6)
            self.hits[-1].day = day

    def after_label(self) -> int:
        """Where the sentence's words start after a transcript's speaker label ("BRAM ACHTER:",
        "**Mira Osk (OQFA):**", read by ``turns``); 0 when it opens no turn."""
        said = self.reg.turn_said
        return 0 if said is None else next((x for x, tok in enumerate(self.t) if tok.start >= said), 0)

    def own_outlet_earlier(self) -> None:
        """'As this newspaper reported on 13 May': the outlet whose document this is, in what it
        published on an earlier day, which the text gives (undated, no citation)."""
        outlet = self.reg.outlet or (self.reg.issuer if self.reg.issuer and is_outlet(self.reg.issuer) else None)
        if not outlet:
            return
        for k in range(2, len(self.t)):
            if self.low(k - 2) != "this" or self.low(k - 1) not in L.OUTLET_NOUNS or not self.is_verb(k) \
                    or not self.free(k - 2, k + 1) or not self.past(k):
                continue
            day = spoken_on(self.rest(k + 1), self.doc_date) or self.verb_date(k)  # ("in September 2026")
            if day and not (self.doc_date or "").startswith(day):  # (not the text's own day or month)
                self.add(k - 2, k + 1, self.t[k].text, self.span_text(k - 2, k),
                         self.reg.source(outlet, False, author_for(outlet, False)), confidence=0.6)
                self.hits[-1].day = day

    def past(self, k: int) -> bool:
        """A verb in the past at t[k] ("reported", "said"): what a text says of an earlier day."""
        return self.low(k).endswith("ed") or self.low(k) in _IRREGULAR_PAST

    def rest(self, k: int) -> str:
        """The sentence's text from token k on."""
        return self.text[self.t[k].start - self.base:] if k < len(self.t) else ""

    def team_leader(self) -> None:
        """'A team led by Dr Halina Varga at the University of Tarvenna estimates', 'Researchers
        led by Professor Tom Reed found': the team's work, known by the one who led it."""
        for k, verb, j in self.verbs_with_subject_slot(plural=True):
            by = next((x for x in range(j - 1, max(1, j - 18), -1) if self.low(x) == "by" and self.low(x - 1) == "led"),
                      None)
            if by is None or self.low(by - 2) not in _TEAMS:
                continue
            start = by - 3 if self.low(by - 3) in ("a", "the") else by - 2
            end = self.name_fwd(by + 1)
            if not end or not self.leads_clause(start) or not self.free(start, k + 1) or not self.has_complement(k):
                continue
            end = next((x for x in range(by + 2, end) if self.low(x) in ("of", "at", "from")), end)  # "… Reed of X"
            name, _ = self.names.canonical(self.span_text(by + 1, end), person_hint=True)
            if is_person_name(name):
                work = self.reg.new_work("study", "report")
                work.authors = [author_for(name, True)]
                self.add(start, k + 1, self.t[k].text, self.span_text(start, j), work, confidence=0.6)

    def with_colleagues(self) -> None:
        """"Ibsen-Carr and colleagues estimated", "Moreau et al. found": the people of a study
        named by its first author speak through it."""
        for m in _COLLEAGUES_RE.finditer(self.text):
            k = next((x for x, tok in enumerate(self.t) if tok.start - self.base >= m.end()), None)
            i = next((x for x, tok in enumerate(self.t) if tok.start - self.base == m.start()), None)
            while k is not None and self.low(k) in L.ADVERBS:
                k += 1
            if i is None or k is None or k >= len(self.t) or self.low(k) not in L.REPORT_VERBS or not self.free(i, k + 1):
                continue
            name = m.group("name")
            if name.split()[0] in ("The", "A", "An") or is_org_like(name):
                continue  # ("The Board and colleagues": no one's study)
            ent = self.reg.new_work("study", "report")  # an untitled work of those people (refs.py finds the entry)
            ent.authors = [author_for(name, True)]
            ent.date = m.group("year")
            self.add(i, k + 1, self.t[k].text, m.group(0), ent)

    def numbers_in_hits(self) -> None:
        """A work cited with its number inside the cited words ("a security advisory
        (MDX-SA-2027-004) which says") is the work of that number."""
        for hit in self.hits:
            ent = hit.entity
            if ent.kind != "work" or ent.head not in L.NOMINALS:
                continue
            found = _DOC_SYMBOL.findall(self.text, hit.start - self.base, hit.end - self.base)
            if len(found) == 1 and found[0] not in (ent.number or ""):  # (a work of another number is another work)
                self.numbered_work(hit, found[0], ent.head)

    def published_by(self) -> None:
        """'a brief published on Monday by the Halvard Institute', 'the policy note published the
        previous day by the Orrin Institute': a work named with its maker and its release is
        cited, whatever the sentence does with it ("Members have before them …", "… goes further")."""
        for h in range(1, len(self.t) - 3):
            if self.low(h) not in L.NOMINALS or not self.t[h].text.islower() \
                    or self.low(h + 1) not in _PUBLISHED or not self.free(h, h + 2):
                continue
            by = next((x for x in range(h + 2, min(len(self.t) - 1, h + 8)) if self.low(x) == "by"), None)
            if by is None or not all(self.t[x].text.isdigit() or self.low(x) in L.MONTHS or self.low(x) in _WHEN_WORDS
                                     for x in range(h + 2, by)):
                continue
            b = by + 1 + (self.low(by + 1) == "the")
            e = self.body_fwd(b)
            span = self.nominal_back(h + 1, anywhere=True)
            if e is None or span is None or not self.free(span[0], e) or is_person_name(self.span_text(b, e)):
                continue
            found = self.work_nominal(*span)
            if not found or not found[1]:
                continue
            ent = found[0]
            if not (ent.authors or ent.institution):
                name, person = self.names.canonical(self.span_text(b, e))
                ent.authors = [author_for(name, person)]
            ent.date = ent.date or self.dates_in(h + 2, by)
            self.add(span[0], e, f"{self.t[h + 1].text} by", self.span_text(span[0], h + 1), ent, confidence=0.75)

    def named_works(self) -> None:
        """A body's document named where nothing is said of it ("welcomes the candour of the Bank
        of X's review"): kept as the work a later "The review concludes" refers back to."""
        for h in range(3, len(self.t)):
            if self.low(h) not in _ANTECEDENT_HEADS or not self.t[h].text.islower() or self.claimed[h]:
                continue
            poss = next((x for x in range(h - 1, max(0, h - 4), -1) if self.t[x].text in ("’s", "'s")), None)
            if poss is None or not all(self.t[x].text.islower() for x in range(poss + 1, h)):
                continue
            i = self.name_back(poss)
            if i is None or i >= poss or not self.free(i, h + 1):
                continue
            found = self.work_nominal(i - (self.low(i - 1) == "the"), h + 1)
            if found and found[1]:  # a new work: set aside until the text refers back to it
                self.reg.entities.remove(found[0])
                self.reg.aside.append(found[0])
        self.numbered_aside()

    def numbered_aside(self) -> None:
        """A work named by its kind and number where nothing is said of it ("the Centre, whose
        incident report NCRC-IR-2027-07 was published on 6 April"): set aside as the work a later
        "According to the report" refers back to, its body the one "whose" or the number's
        acronym names."""
        for h in range(1, len(self.t) - 1):
            head = self.low(h)
            if head not in _ANTECEDENT_HEADS | _NUMBERED_HEADS or not self.t[h].text.islower() or self.claimed[h]:
                continue
            if (m := _DOC_SYMBOL.match(self.text, self.t[h + 1].start - self.base)) is None:
                continue
            if any(e.number == m.group() for e in self.reg.entities + self.reg.aside if e.kind == "work"):
                continue
            ent = Entity(kind="work", head=head, type=L.NOMINALS.get(head, "report"), number=m.group())
            x = next((x for x in range(h - 1, max(0, h - 4), -1) if self.low(x) == "whose"), None)
            if x is not None and x >= 2 and self.t[x - 1].text == "," and (i := self.name_back(x - 1)) is not None \
                    and i < x - 1:
                name, person = self.names.canonical(self.span_text(i, x - 1))
                ent.authors = [author_for(name, person)] if not person else []
            elif (prefix := re.match(r"[A-Z]{2,6}\b", m.group())) and prefix.group() in self.names.acronyms:
                ent.authors = [author_for(self.names.acronyms[prefix.group()], False)]
            self.reg.aside.append(ent)


_PORTFOLIO = r"[A-Z][a-z]+(?:(?:,? and | )[A-Z][a-z]+){0,4}"  # "Water and Infrastructure", "Health and Social Affairs"
_MINISTERS = (re.compile(r"\b(" + _PORTFOLIO + r"|[a-z]+(?: and [a-z]+)?)[^\S\n]+[Mm]inister\b"),  # "the transport minister"
              re.compile(r"\b[Mm]inister[^\S\n]+(?:of|for)[^\S\n]+(?:the[^\S\n]+)?(" + _PORTFOLIO + r")\b"))
_NO_PORTFOLIO = {"prime", "deputy", "former", "junior", "acting", "chief", "first", "cabinet", "state", "the", "a", "an",
                 "his", "her", "their", "its", "our", "this", "that", "said", "told", "senior", "new", "then"}


def _ministry_of_minister(text: str) -> str | None:
    """The ministry of the minister the text named last: "Water and Infrastructure Minister X",
    "the transport minister", "the Minister for Health" -> "Ministry of Water and Infrastructure",
    "Ministry of Transport", "Ministry of Health"."""
    found = sorted((m.start(), m.group(1)) for pattern in _MINISTERS for m in pattern.finditer(text))
    for _, portfolio in reversed(found):
        words = portfolio.replace(",", "").split()
        words = words[1:] if words[0] in ("The", "the") else words
        if not words or any(w.lower() in _NO_PORTFOLIO for w in words):
            continue
        name = " ".join(w if w == "and" else w.capitalize() for w in words)
        return "Ministry of " + ("Foreign Affairs" if name == "Foreign" else name)
    return None


def _work_year(ent: Entity) -> str | None:
    """The year a work is dated to, or that its title gives ("Annual Threat Assessment 2027")."""
    if ent.date:
        return ent.date[:4]
    years = re.findall(r"\b(?:19|20)\d\d\b", ent.title or "")
    return years[-1] if len(set(years)) == 1 else None
