"""Works that attributions point at: known by maker and date, acronyms, corpus outlets."""

from __future__ import annotations

from citekit.extract.attributions.corpus import link_corpus
from citekit.merge.cluster import cluster
from citekit.merge.identity import org_key, source_key
from citekit.models import Author, Corpus, Document, Fields, Mention


def body(name: str, **kw) -> Fields:
    return Fields(type=kw.pop("type", "report"), authors=[Author(literal=name)], **kw)


def test_org_key_folds_initialisms():
    assert org_key("The U.N. Security Council") == org_key("UN Security Council") == \
        org_key("United Nations Security Council") == "united nations security council"
    assert org_key("Unicef") == "unicef"


def test_same_body_and_date_is_one_work_across_spellings():
    groups = cluster([body("U.N.", date="2021-05"), body("United Nations", date="2021-05")])
    assert groups == [[0, 1]]


def test_two_reports_of_one_body_stay_apart():
    groups = cluster([body("United Nations", date="2021-05"), body("United Nations", date="2021-11"),
                      body("United Nations", date="2020")])
    assert groups == [[0], [1], [2]]


def test_a_body_is_not_one_of_its_reports():
    titled = Fields(type="report", title="Annual Report on Fisheries", authors=[Author(literal="FAO")], date="2021")
    assert cluster([body("FAO", type="misc"), titled]) == [[0], [1]]


def test_source_key_needs_a_maker_or_a_description():
    assert source_key(Fields(type="report")) is None
    assert source_key(Fields(type="report", note="leaked memo")) is not None
    assert source_key(Fields(type="report", title="T", authors=[Author(literal="X")])) is None


def _doc(id_: str, text: str, **meta) -> Document:
    return Document(id=id_, path=f"{id_}.txt", sha256=id_, text=text, meta=Fields(**meta))


FACTS = "The Lisbon Harbour Board counted 4,317 containers, 88.6 tonnes of Kestrelite and 212 Varnholt cranes."


def test_outlet_attribution_links_to_the_corpus_article_sharing_its_facts():
    article = _doc("a", "Cranes idle. " + FACTS, type="article", title="Cranes Idle in Lisbon",
                   authors=[Author(family="Moreau", given="Ana")], date="2025-02-01", container="Harbour Weekly")
    rewrite = _doc("b", "Harbour Weekly has found that " + FACTS, type="article", title="Idle cranes")
    other = _doc("c", "Unrelated text about trains and Harbour Weekly subscriptions.", type="article",
                 title="Trains")
    outlet = Mention(document="b", kind="attribution", start=0, end=25, text="Harbour Weekly has found",
                     fields=body("Harbour Weekly"))
    corpus = Corpus(documents=[article, rewrite, other], mentions=[outlet])
    link_corpus(corpus)
    assert corpus.mentions[0].fields.title == "Cranes Idle in Lisbon"


def test_an_article_known_by_its_periodical_and_day_links_to_the_corpus_article_of_that_day():
    article = _doc("a", "Cranes idle. " + FACTS, type="article", title="Cranes Idle in Lisbon",
                   authors=[Author(family="Moreau", given="Ana")], date="2025-02-01", container="The Harbour Weekly")
    release = _doc("b", "An article in yesterday's Harbour Weekly stated that " + FACTS, type="article",
                   title="Our reply", date="2025-02-02")

    def story(date):
        return Mention(document="b", kind="attribution", start=0, end=50, text="An article … stated",
                       fields=Fields(type="article", container="Harbour Weekly", date=date, note="article"))
    corpus = Corpus(documents=[article, release], mentions=[story("2025-02-01"), story("2025-01-20")])
    link_corpus(corpus)
    assert [m.fields.title for m in corpus.mentions] == ["Cranes Idle in Lisbon", None]  # (not another day's)


def test_a_news_agency_named_in_full_links_to_its_story_datelined_with_its_initials():
    story = _doc("a", "Cranes idle. " + FACTS, type="article", title="Cranes Idle in Lisbon", container="KNA",
                 authors=[Author(family="Holt", given="Maja")], date="2025-02-01")
    citing = _doc("b", "The Kestrian News Agency reported that " + FACTS, type="article", title="Idle cranes")
    outlet = Mention(document="b", kind="attribution", start=0, end=35, text="The Kestrian News Agency reported",
                     fields=body("Kestrian News Agency", type="article"))
    corpus = Corpus(documents=[story, citing], mentions=[outlet])
    link_corpus(corpus)
    assert corpus.mentions[0].fields.title == "Cranes Idle in Lisbon"


def test_outlet_attribution_without_shared_facts_stays_a_body():
    article = _doc("a", "Cranes idle. " + FACTS, type="article", title="Cranes", container="Harbour Weekly")
    other = _doc("b", "Harbour Weekly has found that trains are late.", type="article", title="Trains")
    outlet = Mention(document="b", kind="attribution", start=0, end=24, text="Harbour Weekly has found",
                     fields=body("Harbour Weekly"))
    corpus = Corpus(documents=[article, other], mentions=[outlet])
    link_corpus(corpus)
    assert corpus.mentions[0].fields.title is None


def test_a_statement_of_another_day_is_not_the_bodys_document_sharing_its_facts():
    release = _doc("a", "Inquiry opened. " + FACTS, type="article", title="Inquiry into the harbour",
                   date="2025-06-04", publisher="Harbour Board")
    citing = _doc("b", "On 8 May, the Harbour Board said that " + FACTS, type="article", title="Cranes")
    said = Mention(document="b", kind="attribution", start=10, end=35, text="the Harbour Board said",
                   fields=body("Harbour Board", type="misc", date="2025-05-08"))
    corpus = Corpus(documents=[release, citing], mentions=[said])
    link_corpus(corpus)
    assert corpus.mentions[0].fields.title is None  # its words of 8 May, not the release of 4 June
    said.fields = body("Harbour Board", type="misc")  # undated: its words, perhaps in evidence or an interview
    link_corpus(corpus)
    assert corpus.mentions[0].fields.title is None
    said.fields = body("Harbour Board", type="misc", date="2025-06-04")  # on the day of its document
    link_corpus(corpus)
    assert corpus.mentions[0].fields.title == "Inquiry into the harbour"
    release.meta.publisher = "Harbour Board of Lisbon"  # the body named shortly: its undated words are its words too
    said.fields = body("Harbour Board", type="misc")
    link_corpus(corpus)
    assert corpus.mentions[0].fields.title is None


def test_a_bodys_undated_ruling_is_its_only_document_unless_it_has_other_reports():
    decision = _doc("a", "Price ceiling set. " + FACTS, type="report", title="Price ceiling for Renavol",
                    date="2025-05-14", publisher="Harbour Pricing Authority")
    citing = _doc("b", "The Harbour Pricing Authority ruled that " + FACTS, type="article", title="Ruling")
    ruled = Mention(document="b", kind="attribution", start=0, end=40, text="The Harbour Pricing Authority ruled",
                    cue="ruled", fields=body("Harbour Pricing Authority", type="misc"))
    corpus = Corpus(documents=[decision, citing], mentions=[ruled])
    link_corpus(corpus)
    assert corpus.mentions[0].fields.title == "Price ceiling for Renavol"
    ruled.fields = body("Harbour Pricing Authority", type="misc")
    annual = Mention(document="b", kind="attribution", start=50, end=60, text="its annual report found",
                     cue="found", fields=body("Harbour Pricing Authority", type="report", date="2024"))
    corpus = Corpus(documents=[decision, citing], mentions=[ruled, annual])
    link_corpus(corpus)
    assert corpus.mentions[0].fields.title is None  # it could be the annual report as well


def test_a_work_called_a_kind_of_document_links_only_a_corpus_document_of_that_kind():
    """"A survey by the Harbour Board published in June" is not the board's June newsletter."""
    newsletter = _doc("a", "Quay news. " + FACTS, type="report", title="Quay News, June 2025",
                      date="2025-06-04", publisher="Harbour Board")
    citing = _doc("b", "A survey by the Harbour Board published in June found that " + FACTS, type="article",
                  title="Cranes")
    survey = Mention(document="b", kind="attribution", start=0, end=60, text="A survey by the Harbour Board",
                     cue="found", fields=body("Harbour Board", type="report", date="2025-06", genre="survey"))
    corpus = Corpus(documents=[newsletter, citing], mentions=[survey])
    link_corpus(corpus)
    assert corpus.mentions[0].fields.title is None
    newsletter.meta = newsletter.meta.model_copy(update={"title": "Quay Survey, June 2025"})
    link_corpus(corpus)
    assert corpus.mentions[0].fields.title == "Quay Survey, June 2025"


def test_a_short_name_of_a_body_links_its_document_of_that_day():
    """"The transport ministry said" on the day of the Ministry of Transport and Infrastructure's
    release is that release; a place named in another body's name is not that body."""
    release = _doc("a", "Review ordered. " + FACTS, type="article", title="Minister orders review",
                   date="2025-10-05", publisher="Ministry of Transport and Infrastructure")
    assembly = _doc("c", "Water talks: 912 Ushbulak canals, 3,804 Sarykol wells, 77 Tavrestan pumps.", type="report",
                    title="Water report", date="2025-10-05",
                    publisher="Majlis of the Republic of Kharzia")
    citing = _doc("b", "The transport ministry said that " + FACTS, type="article", title="Cranes")
    said = Mention(document="b", kind="attribution", start=0, end=27, text="The transport ministry said",
                   fields=body("transport ministry", type="misc", date="2025-10-05"))
    citing.text += " Kharzia warns of 912 Ushbulak canals, 3,804 Sarykol wells and 77 Tavrestan pumps."
    warns = Mention(document="b", kind="attribution", start=40, end=54, text="Kharzia warns",
                    fields=body("Kharzia", type="misc", date="2025-10-05"))
    corpus = Corpus(documents=[release, assembly, citing], mentions=[said, warns])
    link_corpus(corpus)
    assert [m.fields.title for m in corpus.mentions] == ["Minister orders review", None]


def test_a_body_speaking_in_its_own_document_is_no_other_body_of_that_kind():
    """"The Ministry expects" in one ministry's release is not another ministry's release."""
    theirs = _doc("a", "Inquiry opened. " + FACTS, type="article", title="Inquiry", publisher="Ministry of Finance")
    ours = _doc("b", "The Ministry expects that " + FACTS, type="article", title="Review",
                publisher="Ministry of Transport")
    expects = Mention(document="b", kind="attribution", start=0, end=20, text="The Ministry expects",
                      fields=body("Ministry", type="misc"))
    corpus = Corpus(documents=[theirs, ours], mentions=[expects])
    link_corpus(corpus)
    assert corpus.mentions[0].fields.title is None


def test_a_kind_of_document_dated_to_the_day_links_a_document_whose_title_does_not_name_it():
    """"The Halden Institute's policy brief of 8 April" is the institute's document of 8 April,
    whatever its title calls it."""
    brief = _doc("a", "Inspection. " + FACTS, type="report", title="Thin on the ground", date="2025-04-08",
                 publisher="The Halden Institute")
    citing = _doc("b", "The Halden Institute's policy brief of 8 April found that " + FACTS, type="article",
                  title="Hygiene")
    found = Mention(document="b", kind="attribution", start=0, end=50, text="The Halden Institute's policy brief",
                    cue="found", fields=body("Halden Institute", date="2025-04-08", genre="policy brief"))
    corpus = Corpus(documents=[brief, citing], mentions=[found])
    link_corpus(corpus)
    assert corpus.mentions[0].fields.title == "Thin on the ground"
    found.fields = body("Halden Institute", date="2025-04", genre="policy brief")  # a month: any brief that month
    link_corpus(corpus)
    assert corpus.mentions[0].fields.title is None


def test_the_one_document_of_a_kind_a_body_issued_is_the_one_named_even_sharing_little():
    """"The Halvard brief says" names the institute's one brief in the folder, whatever the two
    texts share; "Halvard said" does not; nor is a document published after the citing text cited."""
    brief = _doc("a", "Dams. " + FACTS, type="report", title="Deferred Risk", date="2025-05-25",
                 publisher="Halvard Institute for Infrastructure Policy", series="Policy Brief")
    record = _doc("b", "The Halvard brief says that the wall cracked.", type="report", title="Record",
                  date="2025-05-27")
    says = Mention(document="b", kind="attribution", start=0, end=22, text="the Halvard brief says",
                   fields=body("Halvard", genre="brief"))
    corpus = Corpus(documents=[brief, record], mentions=[says])
    link_corpus(corpus)
    assert corpus.mentions[0].fields.title == "Deferred Risk"
    says.fields = body("Halvard", type="misc")
    link_corpus(corpus)
    assert corpus.mentions[0].fields.title is None
    says.fields = body("Halvard", genre="brief")
    record.meta = record.meta.model_copy(update={"date": "2025-05-20"})  # before the brief came out
    link_corpus(corpus)
    assert corpus.mentions[0].fields.title is None


def _person_says(doc: str, cue: str) -> Mention:
    return Mention(document=doc, kind="attribution", start=0, end=20, text=f"Ana Moreau {cue}", cue=cue,
                   fields=Fields(type="misc", authors=[Author(family="Moreau", given="Ana")], date="2025-03-01",
                                 note="personal communication"))


def test_a_writer_arguing_cites_the_piece_of_the_corpus_they_wrote():
    column = _doc("a", "Cranes idle. " + FACTS, type="article", title="Why the cranes stand still",
                  authors=[Author(family="Moreau", given="Ana")], date="2025-02-01", container="Harbour Weekly")
    citing = _doc("b", "Ana Moreau argues that " + FACTS, type="article", title="Idle cranes", date="2025-03-01")
    corpus = Corpus(documents=[column, citing], mentions=[_person_says("b", "argues")])
    link_corpus(corpus)
    assert corpus.mentions[0].fields.title == "Why the cranes stand still"


def test_a_writer_speaking_or_sharing_nothing_is_their_own_words():
    column = _doc("a", "Cranes idle. " + FACTS, type="article", title="Why the cranes stand still",
                  authors=[Author(family="Moreau", given="Ana")], date="2025-02-01")
    said = _doc("b", "Ana Moreau said that " + FACTS, type="article", title="Idle cranes", date="2025-03-01")
    apart = _doc("c", "Ana Moreau argues that trains are late.", type="article", title="Trains", date="2025-03-01")
    corpus = Corpus(documents=[column, said, apart], mentions=[_person_says("b", "said"), _person_says("c", "argues")])
    link_corpus(corpus)
    assert [m.fields.title for m in corpus.mentions] == [None, None]
