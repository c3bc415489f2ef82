"""Word lists of the attribution cues (one job: the vocabulary, no logic).

General English news/policy vocabulary; nothing here names a particular source.
"""

from __future__ import annotations

# Reporting verbs after their source: "X said", "X has consistently reported", "X warned".
REPORT_VERBS = {
    "disputed", "disputes", "denied", "denies",  # "X denied that"
    "boasted", "boasts",  # "the group has boasted on its leak site that"
    "informed", "informs", "considers",  # "X has informed the Secretariat that", "X considers that"
    "notified", "notifies",  # "X notified the Commission that"
    "said", "says", "say", "told", "tells", "stated", "states", "reported", "warned", "warns", "warn",
    "questioned", "questions",
    "detailed", "details", "uncovered", "uncovers", "revealed", "reveals", "found", "finds",
    "noted", "notes", "declared", "declares", "argued", "argues", "argue", "claimed", "claims",
    "wrote", "writes", "estimated", "estimates", "concluded", "concludes", "stressed", "stresses",
    "added", "adds", "explained", "explains", "announced", "announces", "confirmed", "confirms",
    "tweeted", "posted", "observed", "observes", "documented", "identified", "identifies",
    "highlighted", "highlights", "showed", "shows", "show", "indicated", "indicates", "suggested",
    "suggests", "alleged", "alleges", "asserted", "asserts", "acknowledged", "acknowledges",
    "insisted", "insists", "insist", "predicted", "predicts", "cautioned", "cautions",
    "recommended", "recommends", "emphasized", "emphasised", "emphasizes", "emphasises",
    "maintained", "maintains", "contended", "contends", "disclosed", "discloses", "described",
    "describes", "assessed", "assesses", "calculated", "projected", "forecast", "forecasts",
    "replied", "replies", "responded", "responds", "admitted", "admits", "recalled", "recalls",
    "conceded", "concedes", "believes", "believed", "believe", "thinks", "think", "feels", "felt",
    "expects", "expected", "fears", "feared", "doubts", "doubted", "hopes", "hoped",
    "counted", "counts", "recorded", "records", "urged", "urges", "reckons", "reckoned", "quantified", "quantifies",
    "apologised", "apologized", "apologises", "apologizes", "accepted", "accepts",
    "called", "calls", "ruled", "rules", "recommend", "assumes", "assumed", "projects", "cites",
    "rated", "labelled", "labeled", "branded", "dubbed", "termed", "pointed",
    "informed", "informs", "assured", "assures", "reminded", "reminds", "established", "establishes",
    "submitted", "submits", "agreed", "agrees", "testified", "testifies",  # "Counsel submitted that"
    "summarised", "summarized", "summarises", "summarizes",  # "Ms Marrow summarised the findings"
    "advised", "advises",  # "has advised that", "advised patients to"
    "promised", "promises",  # "The mayor has promised six more engineers", "promised that"
    "complains", "complained",  # "Mr K complains that" (only with "that": not "complained of pain")
    "quoted",  # "The paper quoted the mayor as saying" (only with "as saying" after its object)
    "demanded",  # "the union demanded that" (only with "that": not "demanded an inquiry"; not "demands", a noun)
    "held",  # "The judge held that" (only with "that"; not "holds", as in "If X holds that line")
}
# Verbs of requests and advice: they report with "for" or "that" next, or an audience then "to" or
# "that" ("asked the government to pay", "has advised me that"); not "asked not to be named".
REQUEST_VERBS = {"advised", "advises"}
# Verbs that report only with their audience and then "that": "informed the Ministry that".
OBJECT_THAT_VERBS = {"informed", "informs", "notified", "notifies", "assured", "assures", "reminded", "reminds"}
# Verbs a document does with what it says: they report only when a work is their subject ("The
# determination holds that", "the review, which puts the cost at", "Section 4 provides that");
# said of a body or a person they are acts ("the Fund gave the lender a month").
WORK_VERBS = {
    "holds", "held", "judged", "judges", "puts", "put", "gives", "gave", "attributes", "attributed", "proposes",
    "proposed", "commits", "provides", "requires", "required", "obliges", "instructs", "lists", "listed",
    "places", "placed", "blames", "blamed", "flags", "flagged", "reasoned", "accepts", "accepted",
    "promises", "promised", "establishes", "established", "traces", "traced", "links", "linked",
    "rejects", "rejected", "advised", "advises", "demands", "demanded", "ranks", "ranked", "reversed",
    "lowered", "raised", "mentions", "mentioned", "sets", "outlines", "outlined", "describe", "named", "names",
    "asks", "pins", "pinned", "read", "reads", "points", "set",
    "record",  # of plural works: "The minutes … record that"
}
# Of those, the verbs that report only with one of these words next ("holds that", not "holds 12 tables").
WORK_VERB_COMPLEMENTS = {"holds": ("that",), "held": ("that",), "record": ("that",), "sets": ("out",), "set": ("out",),
                         "places": ("the", "no", "blame"),
                         "placed": ("the", "no", "blame"),
                         "read": (":", '"', "“"), "reads": (":", '"', "“"),  # 'The post read: "…"'
                         "points": ("out", "to")}  # "the release points out that", not "water points"

# Verbs of naming that report when a quotation follows their object: 'called the findings "troubling"'
# (past tense only: the present 'X calls these cases "enlace"' names a term, as scholars do).
QUOTE_OBJECT_VERBS = {"called", "rated", "labelled", "labeled", "branded", "dubbed", "termed", "described"}
# Verbs after a work cited by author and year that report what it says: 'Doe and Roe (2014) showed'.
SCHOLARLY_VERBS = {"reached", "demonstrated", "demonstrate", "demonstrates", "proposed", "propose", "proposes",
                   "show", "find", "argue", "estimate", "report", "note", "conclude", "document", "suggest",
                   "observe", "observed", "established", "establish", "establishes", "identify", "examined",
                   "examine", "examines", "measured", "compared", "analysed", "analyzed", "described"}
# Verbs that report only with one of these words next: "called for", "ruled that".
# Verbs that report with "that" and nothing else, in any family ("Counsel submitted that"; not
# "submitted its accounts", "a report … submitted under the programme", "agreed to pay").
THAT_ONLY = frozenset({"submitted", "submits", "agreed", "agrees", "testified", "testifies"})
COMPLEMENT_WORDS = {"called": ("for",), "calls": ("for",), "ruled": ("that", "out"), "rules": ("that", "out"),
                    "accepted": ("that",), "accepts": ("that",),  # not "the court accepted the appeal"
                    "pointed": ("out",), "complains": ("that",), "complained": ("that",),  # "she pointed out that"; not "pointed to the door"
                    "projects": ("that",), "assumes": ("that",), "assumed": ("that",),
                    "demanded": ("that",), "held": ("that",),
                    "questioned": ("whether",), "questions": ("whether",),
                    "rated": (), "labelled": (), "labeled": (), "branded": (), "dubbed": (), "termed": (),  # not "police questioned a man"
                    **{verb: ("that",) for verb in THAT_ONLY}}
# Bare forms that are also nouns ("a UN report"): verbs only after an auxiliary.
NEEDS_AUX = {"report", "note", "state", "claim", "estimate", "document", "find", "reveal", "detail"}
# The people who made a work, speaking for it: "The authors wrote", "The auditors also warned".
MAKERS = {"authors", "researchers", "auditors", "investigators", "inspectors", "reviewers", "liquidators",
          "administrators", "examiners"}
# Plural forms that report after a work's makers ("The authors write that", "The researchers call for").
MAKER_VERBS = {"write", "acknowledge", "suggest", "caution", "stress", "call", "conclude", "attribute", "describe",
               "propose", "calculate", "observe", "recommend", "argue", "warn", "say", "point", "emphasise",
               "emphasize", "speculate", "add"}
AUXILIARIES = {"has", "have", "had", "will", "would", "may", "might", "could", "can", "did", "do", "does"}
# Auxiliaries of what has not been said yet: "The office will report", "the report would show".
MODALS = {"will", "would", "may", "might", "could", "can", "shall", "should", "must"}
# Words after "writes"/"wrote" that make a byline's description, not a citation ("X writes about energy").
BIO_AFTER_WRITES = {"about", "for"}
# Verbs that report only with a clause or quotation after them ("claims that", not "claims a cut").
NEEDS_COMPLEMENT = {"claims", "claimed", "claim", "maintains", "maintained", "adds", "added", "boasted", "boasts",
                    "informed", "informs", "considers",
                    "disputed", "disputes", "denied", "denies",
                    "shows", "showed", "show", "notes", "noted", "found", "finds", "described",
                    "describes", "observed", "observes", "identified", "identifies",
                    "highlighted", "highlights", "stresses", "stressed",
                    "reveals", "revealed", "indicates", "indicated", "suggests", "suggested",
                    "estimates", "estimated", "assessed", "assesses", "calculated",
                    "acknowledged", "acknowledges", "confirmed", "confirms", "posted",
                    "responded", "responds", "recalled", "recalls", "feels", "felt", "expects",
                    "expected", "fears", "feared", "hopes", "hoped", "doubts", "doubted", "think",
                    "counted", "counts", "recorded", "records", "established", "establishes"}
# Words allowed between a source and its verb: "X has also consistently reported".
ADVERBS = {
    "has", "have", "had", "also", "consistently", "repeatedly", "previously", "recently", "earlier",
    "already", "further", "publicly", "separately", "once", "again", "long", "first", "since",
    "extensively", "independently", "explicitly", "clearly", "specifically", "similarly",
    "however", "then", "later", "now", "jointly", "officially", "itself", "himself", "herself",
    "themselves", "both", "all", "each", "last", "week", "month", "year", "on", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "yesterday", "today", "this", "pointedly",
    "later", "earlier", "separately", "meanwhile", "afterwards", "subsequently", "ultimately",
    "not", "never", "just", "even", "still", "ultimately", "broadly", "widely", "frequently",
}
# Verbs that report speech after a quotation with the source following: '…," said X'.
INVERTED_VERBS = {"said", "says", "added", "adds", "noted", "notes", "wrote", "writes", "explained",
                  "warned", "stated", "continued", "argued", "argues", "observed", "reported",
                  "reports", "told", "tweeted", "concluded", "insisted", "claimed", "declared"}
# Participles that report for the sentence's subject: "X cut its rating, saying …".
PARTICIPLE_CUES = {"saying", "warning", "adding", "arguing", "noting", "stating", "claiming", "confirming",
                   "acknowledging", "admitting", "insisting", "explaining", "stressing", "estimating", "concluding",
                   "telling"}
# Verbs whose object is the work: "X released a report titled …", "X issued his Guidelines".
RELEASE_VERBS = {"released", "releases", "published", "publishes", "issued", "issues", "produced",
                 "unveiled", "unveils", "launched", "launches", "circulated", "authored", "penned",
                 "compiled", "prepared", "presented", "submitted", "put", "ran"}  # ("The Examiner ran a feature")
# Verb findings (versus statements): an organisation's findings are a report.
FINDING_VERBS = {"reported", "report", "documented", "detailed", "details", "uncovered", "uncovers",
                 "found", "finds", "identified", "identifies", "estimated", "estimates", "revealed",
                 "reveals", "concluded", "concludes", "showed", "shows", "assessed", "calculated"}

# Prepositional frames before the source.
FRAMES = [
    ("according", "to"), ("as", "reported", "by"), ("as", "stated", "by"), ("as", "noted", "by"),
    ("as", "documented", "by"), ("as", "cited", "by"), ("in", "the", "words", "of"),
    ("citing",), ("quoting",), ("referring", "to"), ("per",), ("cited", "by"), ("reported", "by"),
    ("quoted", "by"), ("via",), ("courtesy", "of"), ("heard", "from"), ("heard", "evidence", "from"),
    ("made", "public", "by"), ("disclosed", "by"),  # (not "revealed by": "this report revealed by X" is the report;
    ("was", "revealed", "by"), ("were", "revealed", "by"), ("been", "revealed", "by"),  # but "was revealed by X" is X's)
    ("was", "uncovered", "by"), ("were", "uncovered", "by"),
    ("read", "in"),  # "I read in the Courier in August that" (only before a periodical's name)
]
# Frames that need a named or determined source right after them ("per cent" is no frame).
STRICT_FRAMES = {("per",), ("via",), ("citing",), ("quoting",)}
# Verbs of relying on a document, taken as frames only before a determined work ("Mensah cited
# the union's survey", "the bill draws on a 2024 review"), never a person or a concern.
WORK_FRAMES = [("cited",), ("cites",), ("quoted",), ("quotes",), ("pointed", "to"), ("points", "to"), ("drew", "on"), ("draws", "on"),
               ("relied", "on"), ("relies", "on"), ("referred", "to"), ("refers", "to"),
               # "the plan, as set out in the ministry's press release, covers"
               ("as", "set", "out", "in"), ("as", "stated", "in"), ("as", "described", "in"), ("as", "noted", "in"),
               ("as", "outlined", "in"), ("as", "detailed", "in"), ("as", "reported", "in"), ("as", "recorded", "in")]

# Document nominals and the entry type they give.
NOMINALS = {
    "report": "report", "reports": "report", "document": "report", "documents": "report",
    "study": "report", "paper": "report", "analysis": "report", "investigation": "report",
    "assessment": "report", "survey": "report", "audit": "report", "memo": "report",
    "memorandum": "report", "dossier": "report", "brief": "report", "briefing": "report",
    "white": "report", "evaluation": "report", "review": "report", "bulletin": "report", "edition": "report",
    "letter": "misc", "statement": "misc", "communiqué": "misc", "communique": "misc",
    "declaration": "misc", "speech": "misc", "guidelines": "misc", "manifesto": "misc",
    "testimony": "misc", "interview": "misc", "cable": "misc", "filing": "misc",
    "article": "article", "editorial": "article", "op-ed": "article", "column": "article",
    "figures": "misc", "data": "misc", "statistics": "misc", "findings": "report", "estimates": "misc",
    "tweet": "webpage", "post": "webpage", "blog": "webpage", "video": "misc", "book": "book",
    "outlook": "report", "index": "report", "update": "report", "yearbook": "report",
    "factsheet": "report", "ruling": "misc", "judgment": "misc", "judgement": "misc", "filings": "misc",
    "advisory": "report", "minutes": "report", "complaint": "misc", "notice": "report",
    "release": "misc", "poll": "report", "determination": "misc", "announcement": "misc", "decision": "misc",
    "response": "misc", "submission": "misc", "advice": "report", "valuation": "report",
    "post-mortem": "report", "guidance": "report", "summary": "report", "directive": "misc", "circular": "report",
    "record": "report", "records": "misc", "notification": "report", "plan": "report", "alert": "report",
    "website": "webpage", "story": "article", "write-up": "report", "standard": "report", "preprint": "report",
    "research": "report", "modelling": "report", "modeling": "report", "polling": "report", "comments": "misc",
}
# Works only when a body puts them out ("the Institute issued a red warning"); elsewhere the word
# is a description ("the report says, a warning that …"), no new work.
RELEASED_ONLY = {"warning": "report", "warnings": "report", "feature": "article", "piece": "article"}
# Heads of works people write ("a 2025 study by Mbeki and Tran": two authors, not one firm)
SCHOLARLY_HEADS = {"study", "paper", "analysis", "survey", "article", "book", "review", "preprint"}
DETERMINERS = {"a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her",
               "same", "another", "one", "our"}
INDEFINITE = {"a", "an", "another", "one"}
# Verbs of a work's making ("produced by X") and of its reaching the reporter ("reviewed by X").
AUTHORSHIP_AGENTS = {"completed", "produced", "prepared", "written", "compiled", "authored",
                     "commissioned", "published", "released", "issued", "drafted", "conducted",
                     "carried", "penned", "created", "drawn"}
# What a news document calls its own outlet: "As this newspaper reported on 13 May"
OUTLET_NOUNS = {"newspaper", "paper", "website", "site", "station", "programme", "program", "magazine", "publication",
                "newsletter", "blog", "channel", "broadcaster", "podcast", "agency", "column"}
# Participles whose agent vouches for what the sentence says: "an account confirmed by the fire service"
CONFIRMING_AGENTS = {"confirmed", "corroborated"}
ACCESS_AGENTS = {"reviewed", "seen", "obtained", "revealed", "validated", "verified", "cited",
                 "shared", "leaked", "quoted", "examined", "published", "disclosed", "acquired"}
DESCRIPTORS = {"unpublished", "confidential", "classified", "internal", "leaked", "secret",
               "draft", "preliminary", "new", "recent", "latest", "annual", "quarterly", "monthly",
               "weekly", "independent", "private", "seminal", "final", "interim", "joint", "special",
               "first", "second", "third", "fourth", "fifth", "sixth", "comprehensive", "detailed",
               "official", "public", "exclusive", "landmark", "separate", "earlier", "previous",
               "daily", "yearly", "biannual", "provisional", "updated", "revised", "full", "partial",
               "supplementary", "further", "follow-up"}
PERIODICALS = {"magazine", "newspaper", "journal", "newsletter", "bulletin", "weekly", "daily",
               "gazette", "review", "periodical"}
ISSUE_WORDS = {"edition", "issue", "number", "volume"}

# Lines naming where the whole text comes from.
SOURCE_LABELS = ("source", "sources", "источник", "источники", "quelle", "quellen", "fuente",
                 "fuentes", "fonte", "źródło", "kaynak", "bron", "källa", "kilde", "lähde",
                 "original source", "originally published by", "first published by")

# Headline endings: "…, Reports X", "…, Says X".
HEADLINE_VERBS = {"reports", "report", "says", "say", "finds", "warns", "claims", "reveals", "says",
                  "according"}

# Words that open a clause (a source subject may follow them).
CLAUSE_OPENERS = {"and", "but", "that", "as", "while", "when", "because", "so", "yet", "although",
                  "though", "since", "after", "before", "whereas", "where", "if", "or", "now",
                  "meanwhile", "however", "also", "then", "thus", "instead"}
# People who speak for a body: "A Finance Ministry spokesman said" is the ministry speaking.
SPOKES = {"spokesperson", "spokesman", "spokeswoman", "representative"}
# Role nouns before a person's name: "journalist X", "spokesman X".
ROLE_WORDS = {
    "journalist", "reporter", "correspondent", "columnist", "spokesman", "spokeswoman",
    "spokesperson", "analyst", "minister", "president", "director", "professor", "researcher",
    "expert", "rapporteur", "author", "economist", "lawyer", "activist", "commentator",
    "ambassador", "envoy", "senator", "chief", "secretary", "chairman", "chairwoman", "chair",
    "head", "official", "adviser", "advisor", "editor", "scholar", "historian", "scientist",
    "general", "commander", "governor", "mayor", "judge", "blogger", "influencer", "prosecutor",
    "candidate", "leader", "founder", "ceo", "representative", "deputy", "counsel", "fellow",
    "analysts", "officials", "experts", "curator", "spokesperson", "economist", "lecturer",
    "attorney", "detective", "inspector", "officer", "superintendent", "coordinator", "manager",
    "executive", "student", "teacher", "nurse", "doctor", "physician", "farmer", "resident", "owner",
    "worker", "commuter", "pensioner", "engineer", "trader", "councillor", "commissioner", "treasurer",
    "ombudsman", "chancellor", "premier", "consultant", "strategist", "epidemiologist", "partner",
    "pilot", "driver", "fisherman", "shopkeeper", "landlord", "tenant", "voter", "volunteer",
    "actuary", "auditor", "liquidator", "administrator", "coroner", "investigator", "surveyor", "registrar",
    "magistrate", "trustee", "arbitrator", "mediator", "chairperson", "surgeon", "pharmacist", "paramedic",
    "lawmaker", "legislator", "master", "captain", "skipper",
}
# Capitalised words that are no source: determiners, pronouns, months, sentence openers.
STOP_CAPS = {
    "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i",
    "you", "his", "her", "their", "our", "my", "in", "on", "at", "as", "for", "of", "to", "by",
    "with", "from", "and", "but", "or", "if", "when", "while", "after", "before", "since", "many",
    "some", "several", "most", "few", "other", "others", "one", "two", "both", "all", "each", "every",
    "meanwhile", "however", "now", "then", "also", "yet", "so", "there", "here", "what", "which",
    "who", "why", "how", "where", "according", "per", "mr", "mrs", "ms", "dr", "prof", "sir",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "not", "no", "yes", "thus", "still", "just", "even", "only", "such",
    "among", "under", "over", "about", "into", "through", "during", "without", "within", "instead",
    "further", "moreover", "additionally", "indeed", "although", "though", "because", "last",
}
# Lower-case words that may join the words of a name: "Institute of the Middle East".
NAME_JOINERS = {"of", "for", "and", "on", "the", "de", "du", "des", "der", "la", "le", "&", "für",
                "in", "y", "et", "del", "di", "da", "do", "dos", "das", "van", "von", "bin", "ibn", "al", "el", "to"}
NAME_PARTICLES = {"al", "el", "bin", "ibn", "bint", "ben", "abu", "van", "von", "de", "da", "di",
                  "du", "le", "la", "del", "der"}
# Heads that make a name an organisation (beside citekit's ORG_WORDS).
ORG_HEADS = {
    "team", "project", "policy", "post", "journal", "review", "watch", "monitor", "international",
    "forces", "force", "army", "party", "government", "court", "tribunal", "league", "union",
    "alliance", "coalition", "media", "magazine", "initiative", "program", "programme", "trust",
    "fund", "senate", "house", "pentagon", "reuters", "police", "command", "inspector",
    "embassy", "mission", "consulate", "directorate", "intelligence", "affairs", "state", "states",
    "firm", "company", "group", "agency", "ministry", "times", "news", "tribune", "herald",
    "guardian", "telegraph", "economist", "gazette", "daily", "weekly", "radio", "tv", "television",
    "broadcasting", "channel", "network", "wire", "press", "observatory", "tank", "lab", "labs",
    "laboratory", "forum", "movement", "front", "endowment", "council", "institute", "center", "centre", "brigade", "brigades", "committee", "caucus",
    # Romance-language bodies ("Banco Central de Valdoria", "Instituto Nacional de ..."), whose
    # "de" would otherwise read as a family-name particle
    "banco", "banque", "banca", "central", "centrale", "instituto", "institut", "consejo", "conseil",
    "registry", "statistics",
}
# Acronyms every reader knows; a text's own "(ABC)" definitions come first.
KNOWN_ACRONYMS = {
    "UN": "United Nations", "U.N.": "United Nations", "UNSC": "United Nations Security Council",
    "US": "United States", "U.S.": "United States", "USA": "United States", "U.S.A.": "United States",
    "UK": "United Kingdom", "U.K.": "United Kingdom", "EU": "European Union", "E.U.": "European Union",
    "UNHCR": "United Nations High Commissioner for Refugees", "WHO": "World Health Organization",
    "IMF": "International Monetary Fund", "NATO": "North Atlantic Treaty Organization",
    "UNICEF": "United Nations Children's Fund", "WFP": "World Food Programme",
    "UNDP": "United Nations Development Programme", "OCHA": "Office for the Coordination of Humanitarian Affairs",
    "IOM": "International Organization for Migration", "ICRC": "International Committee of the Red Cross",
    "OECD": "Organisation for Economic Co-operation and Development", "FAO": "Food and Agriculture Organization",
    "UNESCO": "United Nations Educational, Scientific and Cultural Organization", "WTO": "World Trade Organization",
    "IAEA": "International Atomic Energy Agency", "UNRWA": "United Nations Relief and Works Agency",
}
MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
# Plural common nouns that open hedges ("Sources say", "Critics argue"): no named source.
HEDGE_SOURCES = {"sources", "critics", "residents", "witnesses", "observers", "authorities",
                 "researchers", "scientists", "diplomats", "reports", "studies", "estimates",
                 "insiders", "people", "many", "some", "others", "supporters", "opponents", "locals",
                 "traders", "dealers", "investors", "bankers",
                 "nobody", "everybody", "everyone", "somebody", "someone", "anybody", "anyone", "none",
                 "contacts"}  # no one in particular ("None declared", "Contacts in the industry had told")
# Plural or mass nominals that need no determiner ("Monthly figures compiled by X show").
DATA_NOUNS = {"data", "figures", "statistics", "estimates", "results", "readings", "measurements"}  # a body's numbers: "figures from X", "data by X"
PLURAL_NOMINALS = {"figures", "data", "statistics", "findings", "estimates", "documents", "reports", "records"}
# Mass nouns that name a work without a determiner when its maker follows ("Research by X found",
# "Analysis published by X shows"); alone ("Research shows") they name nothing.
MASS_NOMINALS = {"research", "analysis", "modelling", "modeling", "polling"}
# Abstract nouns that "show" or "tell" things as a figure of speech ("History shows that …",
# "Experience tells us"): a capitalised one opening a sentence is no body.
ABSTRACT_SUBJECTS = {"history", "experience", "evidence", "reality", "logic", "tradition", "precedent",
                     "practice", "theory", "hindsight", "intuition", "wisdom", "consensus", "common", "folklore"}

# Thought and belief verbs: a named (or pronoun) subject holding a view is a source too
# ("the minister believes the talks will fail"); never a work's finding.
THOUGHT_VERBS = {"believes", "believed", "thinks", "thought", "feels", "felt", "expects", "expected",
                 "fears", "feared", "doubts", "doubted", "hopes", "hoped", "reckons", "reckoned"}
# Answers and admissions: reporting verbs mostly after a person.
REPLY_VERBS = {"replied", "replies", "responded", "responds", "admitted", "admits", "continued",
               "recalled", "recalls", "conceded", "concedes", "explained", "added", "asked"}
# Personal pronouns that can stand for a source, by what they can refer to.
PRONOUNS_PERSON = {"he", "she"}
PRONOUNS_BODY = {"it", "they"}

# News outlets and wire services: names that are organisations even when they read like people
# ("Al Jazeera"), matched on the whole folded name; and the words that end an outlet's name.
OUTLETS = {
    "reuters", "associated press", "the associated press", "ap", "agence france-presse",
    "agence france presse", "afp", "bbc", "bbc news", "cnn", "al jazeera", "al-jazeera",
    "al arabiya", "al-arabiya", "al-monitor", "al monitor", "al-ahram", "al ahram", "al mayadeen",
    "al-mayadeen", "al-quds al-arabi", "xinhua", "tass", "itar-tass", "interfax", "ria novosti",
    "bloomberg", "npr", "pbs", "abc", "cbs", "nbc", "msnbc", "fox news", "sky news", "yonhap",
    "kyodo", "politico", "axios", "dpa", "efe", "ansa", "bernama", "anadolu", "anadolu agency",
    "deutsche welle", "dw", "france 24", "euronews", "rfe/rl", "radio free europe", "voice of america",
    "voa", "wikinews", "the canadian press", "canadian press", "press association", "kyodo news",
    # major dailies and weeklies whose names carry no outlet word
    "el país", "el pais", "el mundo", "la vanguardia", "abc", "clarín", "la nación", "le monde", "le figaro",
    "libération", "la repubblica", "la stampa", "der spiegel", "die zeit", "die welt", "le temps", "nrc",
    "de volkskrant", "público", "expresso", "haaretz", "asahi shimbun", "yomiuri shimbun", "mainichi shimbun",
    "nikkei", "caixin", "the hindu", "foreign policy", "foreign affairs", "the atlantic",
    "the new yorker", "propublica", "the intercept", "buzzfeed news",
}
OUTLET_HEADS = {
    "news", "times", "post", "journal", "herald", "tribune", "gazette", "telegraph", "chronicle",
    "courier", "dispatch", "inquirer", "examiner", "bulletin", "wire", "press", "magazine", "radio",
    "tv", "television", "broadcasting", "observer", "monitor", "insider", "star", "sun", "mail",
    "globe", "mirror", "express", "independent", "guardian", "economist", "daily", "weekly",
    "newswire", "newsweek", "agency", "zeitung", "krant", "courant", "kurier", "koerier", "tidning", "tidende",
    "anzeiger",
}
# Outlets in other languages: the head first ("El Diario del Aveno", "Diário do Orvel", "Corriere
# Continentale", "Écho de la Vaudrine") or a compound's end ("De Grenskoerier", "Kessenauer Tagblatt").
OUTLET_LEADING_HEADS = {"diario", "diário", "jornal", "periódico", "periodico", "corriere", "gazzetta", "gazeta",
                        "correio", "correo", "folha", "écho", "echo", "courrier", "noticias", "notícias", "heraldo",
                        "gaceta", "tribuna", "prensa", "crónica", "cronica", "voz", "giornale", "quotidiano", "stampa",
                        "messaggero", "dépêche", "depeche", "nouvelliste", "presse"}
OUTLET_COMPOUND_ENDS = ("koerier", "courant", "krant", "blad", "blatt", "zeitung", "anzeiger", "kurier", "tidning",
                        "tidende", "posten")
# Web addresses written as a name: "CBC.ca", "Politico.eu".
OUTLET_DOMAIN = r"^[A-Za-z][\w-]*(?:\.[\w-]+)*\.(?:com|org|net|ca|uk|au|eu|de|fr|in|info|io|news)$"
# Titles before a name ("Mr. Tedeschi said"): part of the subject, never a source on their own.
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "gen", "sen", "rep", "gov", "lt",
              "col", "capt", "sgt", "rev", "fr", "maj", "adm", "cmdr", "supt", "insp", "det", "hon",
              "mme", "mmes", "mlle", "sra", "srta", "herr", "frau", "sig", "dott", "professor",  # French, Spanish, German, Italian
              # ranks and offices written in full before a name ("Captain Ina Amberley", "Harbourmaster Oskar Fenn")
              "captain", "colonel", "sergeant", "lieutenant", "admiral", "sheriff", "constable", "harbourmaster",
              "harbormaster"}
# Lower-case heads naming a body: "the Danube Port agency said", and "the institute said" of a
# body the text has named.
BODY_HEADS = {
    "agency", "institute", "ministry", "office", "company", "group", "bank", "authority",
    "commission", "council", "fund", "union", "centre", "center", "organisation", "organization",
    "foundation", "service", "department", "board", "observatory", "programme", "program", "firm",
    "watchdog", "regulator", "committee", "association", "federation", "chamber", "network",
    "university", "government", "secretariat", "charity", "coalition", "alliance", "consortium",
    "utility", "regulator", "inspectorate", "tribunal", "society",
    "operator", "producer", "manufacturer", "maker", "carrier", "airline", "lender", "insurer",
    "broadcaster", "miner", "developer", "supplier", "provider", "retailer", "exchange", "newspaper", "vendor",
    "publisher", "gang", "party", "body", "court",
    "police", "bureau", "pollster", "forecaster", "league", "club", "tank", "auditor",
    "laboratory", "lab", "cooperative", "co-operative", "directorate", "hospital", "institution", "consultancy",
    "inquiry", "business", "trust",
    "investigator", "investigators",  # "the country's air accident investigators said": the investigating body
}
# Body heads that never name a person ("a ferry operator" may be one): a name the text
# describes with one of these ("X, a charity for …", "the security firm X") is a body's.
INSTITUTION_HEADS = BODY_HEADS - {"operator", "producer", "manufacturer", "maker", "carrier", "miner", "developer",
                                  "supplier", "provider", "retailer", "lender", "insurer", "publisher", "gang",
                                  "party", "body", "trader", "police",
                                  "investigator", "investigators"}
# People speaking for the body they work at: "analysts at X said", "researchers from X found".
GROUP_WORDS = {
    "analysts", "economists", "researchers", "scientists", "experts", "officials", "staff",
    "engineers", "lawyers", "doctors", "strategists", "investigators", "academics", "scholars",
    "statisticians", "epidemiologists", "specialists", "auditors", "inspectors", "monitors",
    "brokers", "consultants", "forecasters", "liquidators", "administrators",
}
# Modifiers that alone make no title: "the Annual Review" is no title "Annual".
GENERIC_MODIFIERS = {"annual", "monthly", "weekly", "quarterly", "latest", "new", "final", "first",
                     "second", "third", "special", "interim", "preliminary", "recent", "last", "next"}
