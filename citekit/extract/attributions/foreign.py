"""Attribution cues in French, Spanish, German, Italian, Portuguese and Dutch (one job: the cue families of
languages other than English, in documents written in them).

A document's language is judged from its function words (:mod:`citekit.extract.language`).  In a document in
one of these languages each sentence is also read, after the English rules, for:

- a frame before the source: "selon X", "d'après X", "según X", "laut X", "secondo X",
  "segundo X", "volgens X";
- a source, then a reporting verb, simple or compound: "X a déclaré", "X estime", "X dijo",
  "X ha afirmado", "X sagte", "X ha dichiarato" (a name in apposition may stand between:
  "Son gouverneur, Tobias Renn, a affirmé");
- after a quotation or a comma, the verb, then the source: "…, a affirmé Bastien Roule",
  "précise la CCI", "sagte Müller", "dijo la ministra"; so too after "comme", "come", "como",
  "zoals" ("Comme l'a rapporté le quotidien X");
- an opening work the source then speaks through: "Dans son rapport annuel, X a déclaré".

The source is a phrase of capitalised words with the language's small words inside ("Haute Cour
de Vestrénie"), perhaps after lower-case ones that describe it: joined by "de" they are part of
a body's name ("autorité portuaire de Saltmere"), standing before the name they only describe it
("la lettre spécialisée Boxline Weekly").  A spokesperson speaks for the body named after it
("un porte-parole de Kaimana Container Lines"), and so do its people or its estimates ("des
chercheurs de l'université de Mirhaven", "l'amministratore delegato di Tarvenet", "estimativas da
Associação …"); a work noun makes a work of its body ("un document de travail de l'Institut de
Saltmere"), and "selon elle" is the person last cited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from citekit.extract.attributions.days import spoken_on
from citekit.extract.attributions.entities import Entity
from citekit.extract.attributions.names import author_for, is_news_outlet
from citekit.extract.normalize.fold import fold
from citekit.extract.normalize.numbers import SYMBOL

if TYPE_CHECKING:  # (detect's Sentence calls this module)
    from citekit.extract.attributions.detect import Sentence


@dataclass(frozen=True)
class Cues:
    """One language's cue vocabulary."""

    frames: tuple[tuple[str, ...], ...]  # words before the source: ("selon",), ("de", "acuerdo", "con")
    auxiliaries: frozenset[str]  # of the compound past: "a", "avait", "ha"
    participles: frozenset[str]  # "déclaré", "dicho", "detto"
    finite: frozenset[str]  # simple forms: "déclare", "dijo", "sagte"
    articles: frozenset[str]  # before a described source ("l'" is read off the word)
    joiners: frozenset[str]  # small words inside a name: "de", "du", "von"
    stops: frozenset[str]  # words that end a source phrase: "qui", "que"
    time_words: frozenset[str]  # between a verb and its source: "mardi", "hier"
    spokes: frozenset[str]  # "porte-parole"
    work_nouns: frozenset[str]  # "rapport", "étude"
    pronouns: frozenset[str]  # persons after a frame: "elle", "lui"
    nouns_capitalised: bool = False  # German: a capitalised word ending like a body's ("-behörde") names no person
    # German word order: the subject after the verb when an adverbial opens the clause ("Auf Anfrage
    # erklärte eine Sprecherin"), the verb last after "wie" ("Wie die Behörde mitteilte"), a date inside
    # a phrase ("dem am 6. April veröffentlichten Bericht"), separable verbs and "X zufolge"
    verb_second: bool = False
    prepositions: frozenset[str] = frozenset()  # open an adverbial: the subject follows the verb
    separable: tuple[tuple[str, str], ...] = ()  # ("teilte", "mit"): the verb counts with its particle later
    postpositions: frozenset[str] = frozenset()  # "zufolge": the source before it
    subject_pronouns: frozenset[str] = frozenset()  # "er", "sie": the person last cited
    plural_pronouns: frozenset[str] = frozenset()  # "sie", "zij": "they" before a plural verb (-en)
    date_openers: frozenset[str] = frozenset()  # "am 6. April", "op 12 mei": a date follows
    months: frozenset[str] = frozenset()
    inverters: frozenset[str] = frozenset()  # "…, zo meldt het ministerie": after a comma, the verb's subject follows
    members: frozenset[str] = frozenset()  # a body's people or estimates before its name: "des chercheurs de l'université de X"
    releases: frozenset[str] = frozenset()  # verbs of putting a work out, finite or participle: "a publié", "legte … vor"


def _w(words: str) -> frozenset[str]:
    return frozenset(words.split())


_DAYS_FR = "lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui soir matin également déjà alors"
LANGUAGES: dict[str, Cues] = {
    "fr": Cues(
        frames=(("selon",), ("d'après",)),
        auxiliaries=_w("a avait ont avaient aurait auraient"),
        participles=_w("déclaré dit indiqué affirmé annoncé expliqué précisé estimé souligné jugé rapporté reconnu "
                       "assuré confirmé averti ajouté promis établi relevé salué conclu constaté révélé signalé noté "
                       "écrit répondu prévenu démenti rappelé dénoncé regretté insisté raconté témoigné confié "
                       "martelé plaidé admis soutenu alerté recommandé qualifié contesté montré réagi mentionné "
                       "chiffré évalué reproché fait réclamé"),
        finite=_w("déclare dit indique affirme annonce explique précise estime souligne juge rapporte reconnaît "
                  "assure confirme avertit ajoute conclut constate révèle signale note écrit répond prévient "
                  "rappelle dénonce regrette insiste raconte témoigne confie martèle plaide admet soutient alerte "
                  "recommande qualifie conteste montre mentionne chiffre évalue reproche réclame "
                  # the imperfect of reports and findings: "le rapport constatait", "le régulateur qualifiait"
                  "déclarait disait indiquait affirmait annonçait expliquait précisait estimait soulignait jugeait "
                  "rapportait reconnaissait assurait confirmait avertissait ajoutait concluait constatait révélait "
                  "signalait notait écrivait répondait rappelait dénonçait insistait recommandait qualifiait "
                  "contestait montrait mentionnait chiffrait évaluait relevait"),
        articles=_w("le la les l' un une son sa ses leur leurs ce cette"),
        joiners=_w("de du des d' la le les l' et & pour"),
        stops=_w("qui que qu' dont où lorsque quand car mais si depuis lors"),
        time_words=_w(_DAYS_FR),
        spokes=_w("porte-parole porte-paroles"),
        members=_w("chercheurs chercheuses experts analystes économistes directeur directrice président présidente "
                    "dirigeants responsables avocats estimations"),
        releases=_w("publie publié publiait présente présenté présentait dévoile dévoilé diffuse diffusé rend rendu "
                    "remis remet"),
        work_nouns=_w("rapport étude enquête document note communiqué bilan statistiques chiffres compte lettre "
                      "avis décision jugement alerte"),
        pronouns=_w("elle lui eux elles"),
    ),
    "es": Cues(
        frames=(("según",), ("de", "acuerdo", "con")),
        auxiliaries=_w("ha había han habían habría"),
        participles=_w("dicho declarado afirmado señalado indicado explicado asegurado anunciado estimado advertido "
                       "añadido confirmado reconocido informado escrito respondido precisado recordado denunciado "
                       "insistido subrayado destacado revelado admitido sostenido alertado manifestado lamentado "
                       "concluido pedido exigido reclamado ordenado"),
        finite=_w("dijo afirmó declaró señaló indicó explicó aseguró anunció estimó advirtió añadió confirmó "
                  "reconoció informó escribió respondió precisó dice afirma declara señala indica explica asegura "
                  "anuncia estima advierte añade confirma reconoce informa recordó denunció insistió subrayó "
                  "destacó reveló admitió sostuvo alertó manifestó lamentó recuerda denuncia insiste subraya "
                  "destaca revela admite sostiene concluye concluyó escribe atribuye atribuyó pidió pide exigió "
                  "exige reclamó reclama ordenó"),
        articles=_w("el la los las un una su sus este esta"),
        joiners=_w("de del la las los y e para"),
        stops=_w("que quien quienes cuando donde pero porque si"),
        time_words=_w("lunes martes miércoles jueves viernes sábado domingo ayer hoy también ya entonces"),
        spokes=_w("portavoz"),
        members=_w("investigadores expertos analistas economistas director directora presidente presidenta "
                    "responsables abogados estimaciones"),
        releases=_w("publicó publicado publica presentó presentado presenta difundió difundido difunde emitió emitido "
                    "emite"),
        work_nouns=_w("informe estudio encuesta documento nota comunicado datos cifras carta decisión sentencia alerta aviso"),
        pronouns=_w("ella él ellos ellas"),
    ),
    "de": Cues(
        frames=(("laut",), ("nach", "angaben", "von"), ("nach", "angaben", "der"), ("nach", "angaben", "des")),
        auxiliaries=_w("hat hatte haben hatten"),
        participles=_w("gesagt erklärt mitgeteilt betont gewarnt bestätigt geschrieben berichtet angekündigt "
                       "eingeräumt festgestellt behauptet gesprochen gefordert kritisiert gemeldet bestritten "
                       "dementiert versichert"),
        finite=_w("sagte erklärte betonte warnte bestätigte schrieb berichtete räumte sagt erklärt betont warnt "
                  "bestätigt schreibt berichtet sagten erklärten betonten warnten schrieben schreiben berichteten "
                  "forderte fordert forderten kritisierte kritisiert bezeichnete bezeichnet behauptete behauptet "
                  "fand findet rät riet schilderte schildert verwies verweist verweisen mitteilte mitteilten "
                  "ankündigte bekanntgab meldete meldet meldeten bestreitet bestritt bestreiten dementierte "
                  "dementiert versicherte versichert widersprach widerspricht beklagte beklagt mahnte mahnt "
                  "kommentierte kommentiert"),
        articles=_w("der die das den dem des ein eine einer eines einem sein seine seiner seinem ihr ihre ihrer ihrem"),
        joiners=_w("von der des für und am im"),
        stops=_w("dass die der das wie wenn weil aber"),
        time_words=_w("am montag dienstag mittwoch donnerstag freitag samstag sonntag gestern heute auch bereits "
                      "außerdem zudem noch selbst damals nun inzwischen mitte anfang ende vergangenen letzten"),
        spokes=_w("sprecher sprecherin"),
        releases=_w("veröffentlichte veröffentlicht veröffentlichten legte legten vorgelegt präsentierte präsentiert "
                    "stellte vorgestellt"),
        work_nouns=_w("bericht studie umfrage dokument mitteilung daten zahlen brief entscheidung urteil gutachten analyse"),
        pronouns=_w("sie ihm ihr"),
        nouns_capitalised=True,
        verb_second=True,
        prepositions=_w("auf nach in im bei beim mit von vom vor seit während gegen unter über für zu zum zur aus "
                        "angesichts wegen trotz"),
        separable=(("teilte", "mit"), ("teilt", "mit"), ("teilten", "mit"), ("kündigte", "an"), ("kündigt", "an"),
                   ("gab", "bekannt"), ("gibt", "bekannt"), ("kam", "schluss"), ("kommt", "schluss"),
                   ("legte", "vor"), ("legten", "vor"), ("stellte", "vor")),
        postpositions=_w("zufolge"),
        subject_pronouns=_w("er sie"),
        plural_pronouns=_w("sie"),
        date_openers=_w("am vom seit bis"),
        months=_w("januar februar märz april mai juni juli august september oktober november dezember"),
    ),
    "it": Cues(
        frames=(("secondo",), ("stando", "a"), ("si", "legge")),
        auxiliaries=_w("ha aveva hanno avevano avrebbe"),
        participles=_w("detto dichiarato affermato spiegato annunciato sottolineato precisato confermato riferito fatto "
                       "scritto stimato avvertito aggiunto ammesso risposto riconosciuto assicurato garantito "
                       "ricordato raccontato denunciato rivelato sostenuto osservato segnalato evidenziato chiarito "
                       "comunicato ribadito lamentato concluso"),
        finite=_w("dice afferma spiega annuncia sottolinea precisa conferma riferisce scrive stima avverte "
                  "aggiunge ammette risponde disse affermò spiegò annunciò ricorda racconta riconosce assicura "
                  "garantisce denuncia rivela sostiene osserva segnala evidenzia chiarisce comunica ribadisce "
                  "conclude"),
        articles=_w("il lo la i gli le l' un una suo sua suoi questo questa"),
        joiners=_w("di del della dei degli delle e per l'"),
        stops=_w("che chi quando dove ma perché se"),
        time_words=_w("lunedì martedì mercoledì giovedì venerdì sabato domenica ieri oggi anche già allora"),
        spokes=_w("portavoce"),
        members=_w("ricercatori esperti analisti economisti amministratore direttore direttrice presidente "
                    "presidentessa responsabili avvocati stime"),
        releases=_w("pubblicato pubblicò pubblica presentato presentò presenta diffuso diffuse diramato diramò "
                    "emesso emise"),
        work_nouns=_w("rapporto studio indagine documento nota comunicato dati cifre lettera decisione sentenza allerta "
                      "avviso"),
        pronouns=_w("lei lui loro"),
    ),
    "pt": Cues(
        frames=(("segundo",), ("de", "acordo", "com"), ("conforme",)),
        auxiliaries=_w("tem tinha têm tinham havia"),
        participles=_w("dito declarado afirmado informado explicado anunciado confirmado alertado concluído"),
        finite=_w("disse afirmou declarou informou explicou anunciou confirmou alertou advertiu acrescentou "
                  "reconheceu escreveu respondeu revelou garantiu sublinhou destacou admitiu defendeu criticou "
                  "diz afirma declara informa explica anuncia confirma alerta acrescenta reconhece escreve "
                  "responde revela garante sublinha destaca admite defende disseram afirmaram conclui concluiu "
                  "recomenda recomendou estima estimou considera considerou indica indicou refere referiu salienta "
                  "salientou frisou adiantou aponta apontou assegura assegurou observa observou relata relatou "
                  "noticia noticiou denuncia denunciou nega negou insiste insistiu constata constatou calcula "
                  "calculou lamenta lamentou acusa acusou avisa avisou sustenta sustentou concluem concluíram "
                  # the pluperfect of a past report: "Ostrow garantira que"
                  "dissera afirmara garantira declarara informara explicara anunciara confirmara alertara "
                  "escrevera revelara assegurara"),
        articles=_w("o a os as um uma seu sua seus suas este esta"),
        joiners=_w("de do da dos das e para"),
        stops=_w("que quem quando onde mas porque se"),
        time_words=_w("segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo ontem hoje "
                      "também já então ainda"),
        spokes=_w("porta-voz"),
        members=_w("investigadores pesquisadores especialistas analistas economistas diretor diretora presidente "
                    "responsáveis advogados estimativas"),
        releases=_w("publicou publicado publica apresentou apresentado apresenta divulgou divulgado divulga emitiu "
                    "emitido"),
        work_nouns=_w("relatório estudo inquérito pesquisa documento nota comunicado dados números carta decisão "
                      "sentença parecer alerta aviso"),
        pronouns=_w("ela ele eles elas"),
    ),
    # Dutch: verb second, as German ("Op dinsdag verklaarde een woordvoerder van X"), but nouns in lower case
    "nl": Cues(
        frames=(("volgens",), ("aldus",)),
        auxiliaries=_w("heeft hebben had hadden"),
        participles=_w("gezegd verklaard gemeld bevestigd geschreven gewaarschuwd aangekondigd benadrukt erkend "
                       "geconcludeerd vastgesteld gesteld ontkend laten"),
        finite=_w("zei zegt zeiden zeggen verklaarde verklaart verklaarden meldde meldt meldden bevestigde bevestigt "
                  "schreef schrijft schreven waarschuwde waarschuwt benadrukte benadrukt erkende erkent "
                  "concludeerde concludeert stelde stelt ontkende ontkent adviseerde adviseert adviseerden aldus"),
        articles=_w("de het een zijn haar hun dit deze die"),
        joiners=_w("van de der den het voor en"),
        # a finite verb ends the phrase too ("Volgens Van Aalst zal de VRS …"); "zijn" opening it is "his"
        stops=_w("dat die wie wanneer waar maar omdat als is was waren wordt werd werden zal zullen zou zouden kan "
                 "kunnen moet moeten wil willen heeft hebben had hadden gaat ging zijn"),
        time_words=_w("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag gisteren vandaag ook al toen "
                      "eerder inmiddels nog zelf"),
        spokes=_w("woordvoerder woordvoerster woordvoerders"),
        members=_w("onderzoekers deskundigen experts analisten economen directeur voorzitter topman advocaten schattingen"),
        releases=_w("publiceerde publiceerden gepubliceerd presenteerde gepresenteerd bracht uitgebracht"),
        work_nouns=_w("rapport tussenrapport eindrapport verslag onderzoek studie document verklaring persbericht "
                      "brief cijfers gegevens besluit uitspraak"),
        pronouns=_w("haar hem hen"),
        verb_second=True,
        prepositions=_w("op in na bij met van voor sinds tijdens tegen onder over uit volgens"),
        separable=(("deelde", "mee"), ("deelt", "mee"), ("deelden", "mee"), ("liet", "weten"), ("laat", "weten"),
                   ("lieten", "weten"), ("kondigde", "aan"), ("kondigt", "aan"), ("maakte", "bekend"),
                   ("maakt", "bekend"), ("gaf", "aan"), ("geeft", "aan"), ("kwam", "conclusie"), ("bracht", "uit")),
        subject_pronouns=_w("hij zij ze"),
        plural_pronouns=_w("zij ze"),
        date_openers=_w("op sinds tot"),
        months=_w("januari februari maart april mei juni juli augustus september oktober november december"),
        inverters=_w("zo"),
    ),
}
# German nouns are capitalised: a pair of capitalised words is a body's name when one ends like one
_BODY_ENDINGS_DE = ("ung", "heit", "keit", "schaft", "behörde", "amt", "bank", "verband", "institut", "ministerium",
                    "gericht", "kammer", "gesellschaft", "werk", "dienst", "zentrum", "rat", "büro", "agentur", "verein",
                    "bund", "stelle", "partei", "konzern", "zeitung", "blatt", "sender", "funk", "hafen", "linie",
                    # and in the genitive: "nach Angaben des Statistischen Bundesamtes"
                    "amtes", "amts", "instituts", "ministeriums", "gerichts", "gerichtes", "werkes", "werks",
                    "dienstes", "zentrums", "rates", "rats", "büros", "vereins", "bundes", "verbandes", "verbands",
                    "konzerns", "senders", "hafens", "blattes", "blatts")
_DESCRIPTOR_WORD = re.compile(r"^[^\W\d_][\w]*-[^\W\d_A-Z]+$")  # "VRS-voorzitter": an acronym's role
_ELIDED = re.compile(r"^(?:[ldLD]|qu|Qu|[dDnNsS]?ell|[dD]?all|[uU]n)['’](?=\w)")  # "l'autorité", "d'après", "qu'il",
# and the Italian article joined to its preposition: "Ministero dell'Energia", "nell'ambito"
_CLOSERS = {",", "»", "”", "’", '"', "“"}
_DOC_SYMBOL_RE = re.compile(SYMBOL)
_QUOTES = {'"', "“", "”", "„", "»", "«"}  # before an inverted verb ("“" closes German quotations)


# Participles that report only with this word next: "heeft laten weten", not "heeft … laten vervangen".
_PARTICIPLE_NEXT = {"laten": "weten", "fait": "savoir", "fatto": "sapere"}  # "a fait savoir", "ha fatto sapere"
# "as" opening a clause whose subject follows its verb: "Comme l'a rapporté le quotidien X", "come aveva
# riferito l'agenzia X", "como informó X"
_AS = {"comme", "come", "como", "zoals"}


def find(s: Sentence, cues: Cues) -> None:
    """Add the hits of the language's cue families in sentence ``s`` (see the module)."""
    for k in range(len(s.t)):
        low = _low(s, k)
        if frame := next((f for f in cues.frames if _frame_at(s, k, f)), None):
            _frame(s, k, k + len(frame), cues)
        elif low in _EMERGES and any(_work_noun(_low(s, x), cues) for x in range(k + 2, min(len(s.t), k + 5))) \
                and any(_low(s, x) in _EMERGES[low] for x in range(k + 2, min(len(s.t), k + 25))):
            _frame(s, k, k + 1, cues)  # "Uit het rapport blijkt dat", "Das geht aus einem Gutachten der X hervor"
        elif low in cues.releases and k > 0:
            count = len(s.hits)
            _released(s, k, cues)
            if len(s.hits) == count:
                _published_by(s, k, cues)
        elif low in cues.participles and k > 0 and _PARTICIPLE_NEXT.get(low, _low(s, k + 1)) == _low(s, k + 1) \
                and (aux := _auxiliary(s, k, cues)) is not None:
            _spoken(s, aux, k, cues)
        elif low in cues.finite or _separated(s, k, cues):
            _spoken(s, k, k, cues)
        elif low in cues.postpositions and k > 0:
            _postposed(s, k, cues)
        elif (inverted := _INVERTED_PRONOUN.fullmatch(low)) and k > 0 and s.free(k, k + 1):
            _inverted_pronoun(s, k, inverted, cues)
    _through_opening_work(s, cues)


def _released(s: Sentence, k: int, cues: Cues) -> None:
    """"L'agence a publié un rapport", "die Behörde TAIB hat einen Zwischenbericht vorgelegt", "X publicó
    su informe anual": the subject's new work, when a work noun is the verb's object (in its clause,
    before the verb too in German order); the work is what later "selon le rapport" cites."""
    aux = _auxiliary(s, k, cues)
    lo, hi = (aux if aux is not None else k) + 1, k
    while hi + 1 < len(s.t) and hi - k < 8 and s.t[hi + 1].text not in ",;:.":
        hi += 1
    nouns = [x for x in range(lo, hi + 1) if x != k and _work_noun(_low(s, x), cues)
             and (_ELIDED.match(s.t[x].text) or _low(s, x - 1) in cues.articles | _ACCUSATIVE_DE
                  or _low(s, x - 2) in cues.articles | _ACCUSATIVE_DE and s.t[x - 1].text.isalpha())]
    if not nouns or (aux is None and _low(s, k) in _SEPARABLE_ONLY and not _separated(s, k, cues)):
        return
    count = len(s.hits)
    _spoken(s, aux if aux is not None else k, k, cues)
    if len(s.hits) <= count or len(s.hits) - count > 1 or s.hits[-1].entity.kind != "source":
        del s.hits[count:]
        return
    hit = s.hits[-1]
    work = _work_of_noun(s, nouns[0])
    work.authors = list(hit.entity.authors)
    work.date = spoken_on(s.span_text(lo, hi + 1), s.doc_date) or hit.day
    hit.entity = work
    s.reg.mentioned(hit.start, work)


def _published_by(s: Sentence, k: int, cues: Cues) -> None:
    """"le rapport d'incident publié par Correctis le 4 septembre", "il rapporto preliminare pubblicato
    martedì da Tarvenet", "L'avis diffusé par AVW": the work of the body after the agent preposition,
    cited wherever the phrase stands."""
    noun = next((x for x in range(k - 1, max(-1, k - 5), -1) if _work_noun(_low(s, x), cues)), None)
    if noun is None or not (_low(s, noun - 1) in cues.articles or _ELIDED.match(s.t[noun].text)):
        return
    first = noun - (not _ELIDED.match(s.t[noun].text))
    by = k + 1
    while by < min(len(s.t), k + 8) and _low(s, by) not in _AGENT_WORDS and s.t[by].text not in ",;:.":
        by += 1
    if _low(s, by) not in _AGENT_WORDS or not (_capitalised(s.t[by + 1].text) if by + 1 < len(s.t) else False):
        return
    end = _forward(s, by + 1, cues)
    if end is None or not s.free(first, end):
        return
    name, person = s.names.canonical(s.span_text(by + 1, end), article=False)
    if person:
        return
    work = _work_of_noun(s, noun)
    work.authors = [author_for(name, False)]
    work.date = spoken_on(s.span_text(k + 1, by), s.doc_date) or spoken_on(s.span_text(end, min(len(s.t), end + 6)),
                                                                          s.doc_date)
    s.add(first, end, s.t[k].text, name, work, confidence=0.6)


def _work_of_noun(s: Sentence, noun: int) -> Entity:
    """A new work of the kind the work noun at t[noun] names."""
    head = _ELIDED.sub("", _low(s, noun))
    return s.reg.new_work(_KINDS.get(head, head), "misc" if head in _STATEMENT_NOUNS else "report")


# Work nouns that name a kind of document of its own (``entities.KIND_HEADS``): a body's notice of a
# day is not its press release of that day
_KINDS = {"avis": "notice", "aviso": "notice", "avviso": "notice", "alerte": "alert", "alerta": "alert", "allerta": "alert",
          "lettre": "letter", "carta": "letter", "lettera": "letter", "brief": "letter", "enquête": "survey",
          "encuesta": "survey", "umfrage": "survey", "sondage": "survey", "pesquisa": "survey", "indagine": "survey",
          "communiqué": "statement", "comunicado": "statement", "comunicato": "statement", "mitteilung": "statement",
          "persbericht": "statement", "verklaring": "statement"}
# The agent of a passive: "publié par X", "pubblicato da X", "publicado por X", "gepubliceerd door X"
_AGENT_WORDS = {"par", "por", "da", "dal", "dalla", "dallo", "pelo", "pela", "door", "von", "vom"}
_ACCUSATIVE_DE = {"einen", "seinen", "ihren", "den"}  # "legte einen Bericht vor"
_SEPARABLE_ONLY = {"legte", "legten", "stellte", "bracht"}  # a release only with their particle ("legte … vor")


def _work_noun(word: str, cues: Cues) -> bool:
    """A work noun, also as the head of a compound ("Zwischenbericht", "jaarverslag")."""
    word = _ELIDED.sub("", word)
    return word in cues.work_nouns or (cues.verb_second and len(word) > 8
                                       and word.endswith(("bericht", "gutachten", "rapport", "verslag", "studie")))


_PLACE_PREPOSITIONS = {"em", "en", "in", "à", "a", "no", "na"}  # before a place in an aside: ", em Port Alder,"
_FUSED_ARTICLES = {"nel", "nella", "nello", "nei", "nelle", "in"}  # "si legge nella nota", "si legge in una nota"
# "From the report it emerges that": the work after the preposition is cited (with the idiom's verb later)
_EMERGES = {"uit": {"blijkt", "bleek"}, "aus": {"hervor", "hervorgeht", "hervorging"}}


# A French verb with its subject pronoun after it: "affirme-t-elle", "dit-il", "a-t-elle déclaré"
_INVERTED_PRONOUN = re.compile(r"(?P<verb>[^\W\d_]+)-(?:t-)?(?P<pronoun>il|elle)")
_PRONOUNS_EN = {"il": "he", "elle": "she"}


def _inverted_pronoun(s: Sentence, k: int, m: re.Match, cues: Cues) -> None:
    """'« Nous avons failli », affirme-t-elle', '…, a-t-il déclaré': the person last named speaks."""
    verb, end = m.group("verb"), k + 1
    if verb in cues.auxiliaries and _low(s, k + 1) in cues.participles:
        end = k + 2
    elif verb not in cues.finite:
        return
    s.pronoun_hit(k, end, end - 1, _PRONOUNS_EN[m.group("pronoun")])


# "in" opening a sentence with a work: "Dans son rapport", "En su informe", "Nel suo rapporto", "No seu relatório"
_IN = {"dans", "en", "nel", "nella", "in", "no", "na", "em", "num", "numa"}
# Works that are a body's words of a day rather than a report
_STATEMENT_NOUNS = {"communiqué", "comunicado", "comunicato", "nota", "note", "lettre", "carta", "lettera", "brief",
                    "mitteilung", "verklaring", "persbericht"}


def _through_opening_work(s: Sentence, cues: Cues) -> None:
    """"Dans son rapport annuel, l'Autorité a déclaré", "Dans un communiqué publié mercredi, AVW a
    affirmé", "En su informe, X afirmó": the first source speaking after such an opening speaks
    through that work, dated by the opening when it gives a day."""
    if _low(s, 0) not in _IN or not s.hits:
        return
    noun = next((x for x in range(1, min(len(s.t), 4)) if _ELIDED.sub("", _low(s, x)) in cues.work_nouns), None)
    if noun is None:
        return
    hit = next((h for h in s.hits if h.start > s.t[noun].start), None)
    if hit is None or hit.entity.kind != "source" or any(h.start < s.t[noun].start for h in s.hits):
        return
    head = _ELIDED.sub("", _low(s, noun))
    work = s.reg.new_work(head, "misc" if head in _STATEMENT_NOUNS else "report")
    work.authors = list(hit.entity.authors)
    opening = s.text[s.t[noun].end - s.base:hit.start - s.base]
    work.date = spoken_on(opening, s.doc_date)
    hit.entity = work
    s.reg.mentioned(hit.start, work)


def _auxiliary(s: Sentence, k: int, cues: Cues) -> int | None:
    """The auxiliary of the participle t[k]: right before it, past time words ("a déclaré mardi",
    "avait alors salué"); in German anywhere earlier in its clause ("hatte auf ihrer Seite behauptet")."""
    aux = k - 1
    while aux > 0 and _low(s, aux) in cues.time_words:
        aux -= 1
    if cues.verb_second:
        aux = next((x for x in range(k - 1, max(-1, k - 16), -1) if _low(s, x) in cues.auxiliaries
                    or s.t[x].text in ",;:"), aux)
    return aux if _ELIDED.sub("", _low(s, aux)) in cues.auxiliaries else None  # ("Comme l'a rapporté")


def _low(s: Sentence, k: int) -> str:
    return _low_word(s.t[k].text) if 0 <= k < len(s.t) else ""


def _frame_at(s: Sentence, k: int, frame: tuple[str, ...]) -> bool:
    return all(_low(s, k + n) == word for n, word in enumerate(frame))


def _capitalised(word: str) -> bool:
    word = _ELIDED.sub("", word)
    return word[:1].isupper() or word == "&"


def _frame(s: Sentence, at: int, i: int, cues: Cues) -> None:
    """"selon X": the source phrase after the frame t[at:i]."""
    if _low(s, i) in cues.pronouns and s.free(at, i + 1):
        person = next((e for _, _, e in reversed(s.reg.seen) if e.kind == "source" and e.person), None)
        if person is not None:
            s.add(at, i + 1, s.t[at].text, s.t[i].text, person, confidence=0.7)
        return
    end = _forward(s, i, cues)
    if end is not None and s.free(at, end):
        _hit(s, at, i, end, s.span_text(at, i), cues)
    elif end is None and (noun := _described_after(s, i, cues)) is not None and s.free(at, noun + 1) \
            and _bare(s, noun + 1, cues):
        if (ent := _described_body(s, _low(s, noun), cues)) is not None:  # "según la comisión,"
            s.add(at, noun + 1, s.t[at].text, s.span_text(i, noun + 1), ent, confidence=0.6)
    elif end is None and (made := _made_by(s, i, cues)) is not None:
        work, stop = made  # "Según el informe publicado el miércoles por la presidenta de la comisión, X"
        s.add(at, stop, s.t[at].text, s.span_text(i, stop), work, confidence=0.6)
    elif end is None and (_low(s, i) in cues.articles or _low(s, i) in _FUSED_ARTICLES) \
            and _low(s, i + (same := _low(s, i + 1) in _SAME) + 1) \
            in cues.work_nouns and s.free(at, i + same + 2) and _bare(s, i + same + 2, cues):
        work = s.reg.last_work("report")  # "Volgens het tussenrapport gaf", "Segundo o mesmo comunicado,"
        if work is not None:
            s.add(at, i + same + 2, s.t[at].text, s.span_text(i, i + same + 2), work, confidence=0.6)


def _spoken(s: Sentence, first: int, verb: int, cues: Cues) -> None:
    """The source of the verb at t[verb] (its auxiliary at t[first]): before it, or after it when
    a quotation or a comma comes before the verb."""
    start = verb + 1
    while _low(s, start) in cues.time_words:
        start += 1
    start = _past_recipient(s, start, cues)
    after = s.t[start + 1].text if start + 1 < len(s.t) else ""
    opens = start < len(s.t) and (_capitalised(s.t[start].text) or _low(s, start) in cues.articles
                                  or bool(_ELIDED.match(s.t[start].text))
                                  or s.t[start].text.isalpha() and _capitalised(after))  # "zei hoofdinspecteur X"
    after_closer = first > 0 and (s.t[first - 1].text in _CLOSERS or first > 1 and _low(s, first - 1) in cues.inverters
                                  and s.t[first - 2].text == "," or _low(s, first - 1) in _AS
                                  and (_clause_start(s, first - 1) or first > 1 and s.t[first - 2].text == ","))
    if after_closer and _low(s, start) in cues.subject_pronouns:  # "«…», sagte sie."
        _person_hit(s, first, start + 1, s.t[verb].text, cues, raw=s.t[start].text)
        return
    if after_closer and (noun := _described_after(s, start, cues)) is not None and s.free(first, noun + 1) \
            and _low(s, noun + 1) in ("", ".", ",", ";", ":") \
            and (ent := _described_body(s, _low(s, noun), cues)) is not None:  # "…, zo meldt het ministerie."
        s.add(first, noun + 1, s.t[verb].text, s.span_text(start, noun + 1), ent, confidence=0.6)
        return
    if after_closer and opens:  # "», a affirmé Bastien Roule"
        end = _forward(s, start, cues)
        count = len(s.hits)
        if end is not None and s.free(first, end):
            _hit(s, first, start, end, s.t[verb].text, cues)
        if len(s.hits) > count:
            if start > verb + 1:  # "», a déclaré jeudi sa présidente": the day before the source
                s.hits[-1].day = spoken_on(s.span_text(verb + 1, start), s.doc_date)
            _work_after(s, verb, cues)
            return
    last = first
    while cues.verb_second and last > 0 and _timeish(s, last - 1, cues):
        last -= 1  # "Wie Radio Oberwald bereits am 12. März berichtete"
    if cues.verb_second and last > 0 and _low(s, last - 1) in cues.subject_pronouns and _clause_start(s, last - 1):
        if not (_low(s, last - 1) in cues.plural_pronouns and _low(s, verb).endswith("en")):  # ("Sie verweisen": they)
            _person_hit(s, last - 1, verb + 1, s.t[verb].text, cues)  # "Er forderte, dass"
        return
    if not cues.verb_second and last > 2 and s.t[last - 1].text == ",":  # "A Greyhollow, por sua vez, afirmou"
        comma = next((x for x in range(last - 2, max(0, last - 12), -1) if s.t[x].text == ","), None)
        if comma is not None and (last - comma <= 6 or _low(s, comma + 1) in cues.articles) \
                and (all(s.t[y].text.isalpha() and s.t[y].text.islower() for y in range(comma + 1, last - 1))
                     or _low(s, comma + 1) in _PLACE_PREPOSITIONS and last - comma <= 5
                     and all(_capitalised(s.t[y].text) for y in range(comma + 2, last - 1))):
            last = comma  # (also "Equal Access Tarvenia, la principale di queste organizzazioni, ha fatto sapere";
            # "O Hospital de St Aldric, em Port Alder, informou")
    if last > 3 and s.t[last - 1].text == ")" and s.t[last - 3].text == "(" and s.t[last - 2].text.isupper():
        last -= 3  # "A Autoridade de Supervisão dos Fundos de Pensões (ASFP) informou"
    phrase = _back(s, last, cues)
    if phrase is None and not cues.verb_second and _work_subject(s, last, verb, cues):
        return
    if phrase is None and (at := _described_before(s, last, cues)) is not None and s.free(at, verb + 1):
        ent = _described_body(s, _low(s, last - 1), cues)  # "il ministero ha annunciato"
        if ent is None and at == 0 and first < verb and _low(s, last - 1) not in _PERSON_ROLES:
            ent = s.described_source(at, last)  # "Le syndicat a annoncé"
        if ent is not None:
            s.add(at, verb + 1, s.t[verb].text, s.span_text(at, last), ent, confidence=0.6)
        return
    if phrase is not None and cues.verb_second and (_low(s, phrase[0]) in cues.prepositions or (
            _low(s, 0) in cues.prepositions and not any(s.t[y].text in ",;:" for y in range(first))) or (
            phrase[1] - phrase[0] == 1 and _clause_start(s, phrase[0]) and _low(s, phrase[0]).endswith(_ADVERB_ENDINGS))):
        if verb > first + 1 and cues.nouns_capitalised:  # "Im März hatte X bei der Vorstellung gesagt": the
            # subject after the auxiliary (and after the time: "hatte bereits im Juli die Behörde X … vorgelegt")
            subject = first + 1
            while subject < verb and (_timeish(s, subject, cues) or _low(s, subject) in ("im", "am", "seit")):
                subject += 1
            end = _forward(s, subject, cues) \
                if _capitalised(s.t[subject].text) or _low(s, subject) in cues.articles else None
            if end is not None and end <= verb and s.free(first, verb + 1):
                _hit(s, first, subject, end, s.t[verb].text, cues, cue_end=verb + 1)
            return
        end = _forward(s, start, cues) if opens else None  # "Auf Anfrage von X erklärte eine Sprecherin des Y"
        if end is not None and s.free(start, end):
            _hit(s, first, start, end, s.t[verb].text, cues)
            _work_after(s, verb, cues)
        return
    if phrase is not None and s.free(phrase[0], verb + 1):
        count = len(s.hits)
        _hit(s, phrase[0], phrase[0], phrase[1], s.t[verb].text, cues, cue_end=verb + 1)
        if len(s.hits) > count and verb > first + 1:  # "heeft op 12 april gezegd": the day between the verbs
            s.hits[-1].day = spoken_on(s.span_text(first + 1, verb), s.doc_date)
        _work_after(s, verb, cues)


def _bare(s: Sentence, k: int, cues: Cues) -> bool:
    """Whether a work noun before t[k] stands alone: a comma or the sentence's end follows, or in
    verb-second order the verb ("Volgens het rapport gaf …"), not a complement ("le compte rendu de")."""
    if k >= len(s.t) or s.t[k].text in ",;:.":
        return True
    low = _low(s, k)
    return cues.verb_second and s.t[k].text.islower() and low not in cues.joiners | cues.articles | cues.prepositions


def _separated(s: Sentence, k: int, cues: Cues) -> bool:
    """A separable verb whose particle comes later in its clause ("teilte am Donnerstag mit",
    "kam zu dem Schluss")."""
    particle = next((p for verb, p in cues.separable if verb == _low(s, k)), None)
    if particle is None:
        return False
    if k >= 2 and _low(s, k - 1) == particle and _low(s, 0) == "zu" and k <= 4:
        return True  # "Zu diesem Schluss kommt X": the phrase before the verb, its subject after it
    for x in range(k + 1, min(len(s.t), k + 12)):
        if _low(s, x) == particle:
            return True
        if s.t[x].text in ",;:.":
            return False
    return False


def _timeish(s: Sentence, k: int, cues: Cues) -> bool:
    """A word of a time expression: "am 12. März", "bereits", "Mitte April", "am vergangenen Samstag"."""
    w, low = s.t[k].text, _low(s, k)
    return low in cues.time_words or low in cues.months or w.isdigit() or (
        w == "." and k > 0 and s.t[k - 1].text.isdigit())


def _date_run(s: Sentence, j: int, cues: Cues) -> int | None:
    """End of a date expression starting at t[j] ("am 6. April", "am Mittwoch"), if one does."""
    if _low(s, j) not in cues.date_openers:
        return None
    end = j + 1
    while end < len(s.t) and _timeish(s, end, cues) and _low(s, end) != "am":
        end += 1
    return end if end > j + 1 else None


def _clause_start(s: Sentence, k: int) -> bool:
    return k == 0 or s.t[k - 1].text in ".;:!?\"“”»«"


def _a_person(name: str, cues: Cues) -> bool:
    """Could this pair of capitalised words be a person's name? ("Ihre Behandlung", "Nach Kelbridge",
    "Mitte April" are German nouns and phrases.)"""
    words = [_low_word(w) for w in name.split()]
    small = cues.articles | cues.prepositions | cues.time_words | cues.stops | cues.joiners | cues.months
    return words[0] not in small and not any(w.endswith(_BODY_ENDINGS_DE) for w in words)


def _person_hit(s: Sentence, start: int, end: int, cue: str, cues: Cues, raw: str | None = None) -> None:
    """A pronoun for the person the text named last before it (cited or not: "Eine der Patientinnen
    ist Anneliese Brunner (64). … «…», sagte sie."), else the person last cited."""
    at = s.t[start].start
    named = s.reg.person_named_before(s.names.text, at, named=s.names.named_persons, anywhere=True,
                                      accept=lambda name: _a_person(name, cues))
    person = named[1] if named else next((e for _, _, e in reversed(s.reg.seen) if e.kind == "source" and e.person), None)
    if person is not None and s.free(start, end):
        s.add(start, end, cue, raw or s.t[start].text, person, confidence=0.7)


def _postposed(s: Sentence, k: int, cues: Cues) -> None:
    """"Ihm zufolge", "Dem Bericht des NCRC zufolge": the source before the postposition."""
    if _low(s, k - 1) in cues.pronouns and _clause_start(s, k - 1):
        _person_hit(s, k - 1, k + 1, s.t[k].text, cues)
        return
    phrase = _back(s, k, cues)
    if phrase is not None and s.free(phrase[0], k + 1):
        _hit(s, phrase[0], phrase[0], phrase[1], s.t[k].text, cues, cue_end=k + 1)


_ROLES_DE = ("direktor", "direktorin", "minister", "ministerin", "chef", "chefin", "partner", "partnerin", "anwalt",
             "anwältin", "sprecher", "sprecherin", "leiter", "leiterin", "präsident", "präsidentin", "vorsitzende",
             "vorsitzender", "primar", "arzt", "ärztin", "professor", "professorin", "experte", "expertin", "forscher",
             "forscherin", "autor", "autorin", "kommissar", "kommissarin", "beauftragte", "beauftragter", "bürgermeister",
             "bürgermeisterin", "abgeordnete", "abgeordneter", "patientin", "analyst", "analystin", "ökonom", "ökonomin",
             "inspektor", "inspektorin", "ermittler", "ermittlerin")
_ADVERB_ENDINGS = ("lich", "weise", "falls", "dings", "erdem", "essen", "ens")  # "Angeblich", "Außerdem", "Indessen"
_MAKERS_DE = ("autoren", "autorinnen")  # "die Studienautoren": the work speaks through them
_WORK_ENDINGS_DE = ("mitteilung", "bericht", "erklärung", "stellungnahme", "schreiben", "brief", "studie", "analyse",
                    "warnung", "entscheidung", "urteil")


# "to the" before whom a statement was made: "disse ao Diário do Orvel", "conferma al Corriere"
_DATIVES = {"ao", "aos", "à", "às", "al", "alla", "allo", "ai", "agli", "alle", "au", "aux"}


def _past_recipient(s: Sentence, k: int, cues: Cues) -> int:
    """The index after the named recipient of a statement opening at t[k] ("ao Diário do Orvel",
    "al Corriere Continentale", "a El País"), else k: whom a person spoke to is not the source."""
    j = k + 1 if _low(s, k) in _DATIVES else k + 2 if _low(s, k) == "a" and _low(s, k + 1) in cues.articles else k
    if j == k or j >= len(s.t) or not _capitalised(s.t[j].text):
        return k
    while j < len(s.t) and (_capitalised(s.t[j].text) or _low(s, j) in cues.joiners and j + 1 < len(s.t)
                            and _capitalised(s.t[j + 1].text)):
        j += 1
    while _low(s, j) in cues.time_words:
        j += 1
    return j


def _work_after(s: Sentence, verb: int, cues: Cues) -> None:
    """"X erklärt in seiner Sicherheitsmitteilung MDX-SA-2027-004": X speaks through that work."""
    if not cues.verb_second or not s.hits or s.hits[-1].entity.kind != "source" or s.hits[-1].entity.person:
        return
    k = verb + 1
    while k < len(s.t) and _timeish(s, k, cues):
        k += 1
    if _low(s, k) != "in" or _low(s, k + 1) not in cues.articles or k + 2 >= len(s.t):
        return
    noun = _low(s, k + 2)
    if not (_capitalised(s.t[k + 2].text) and noun.endswith(_WORK_ENDINGS_DE)):
        return
    hit = s.hits[-1]
    work = s.reg.new_work("report", "report")
    work.authors = list(hit.entity.authors)
    if k + 3 < len(s.t) and (symbol := _DOC_SYMBOL_RE.match(s.text, s.t[k + 3].start - s.base)):
        work.number = symbol.group()
    hit.entity = work
    s.reg.mentioned(hit.start, work)


def _forward(s: Sentence, i: int, cues: Cues) -> int | None:
    """End of the source phrase starting at t[i]: articles, lower-case words, small words and
    capitalised words up to a comma, a stop word or the end; it ends on a capitalised word, or
    on a name in apposition (", Hélène Marchal-Dutour")."""
    j, lower, last_cap = i, 0, None
    while j < len(s.t):
        w, low = s.t[j].text, _low(s, j)
        if cues.verb_second and (run := _date_run(s, j, cues)) is not None:
            if run < len(s.t) and s.t[run].text.islower() and last_cap is None:
                j = run  # "dem am 6. April veröffentlichten Bericht": the date inside the phrase
                continue
            break  # "eine Sprecherin des Ministeriums am Donnerstag": the date after it
        if w == "," and last_cap is None and j + 1 < len(s.t) and _capitalised(s.t[j + 1].text):
            j += 1  # "sa directrice, Hélène Marchal-Dutour"
            continue
        if w == "," and last_cap is not None and _low(s, i) in cues.articles and (
                s.t[i + 1].text.islower() or cues.nouns_capitalised and _low(s, i + 1).endswith(_ROLES_DE)) \
                and (name := _apposed_name(s, j + 1)) is not None:
            return name  # "la présidente de l'AVCC, Dorota Welk", "die Leiterin der Aufsicht, Ilse Marrow":
            # a role of a body, then the person's name
        if w == "," and last_cap is not None and _low(s, i) in cues.articles and s.t[i + 1].text.islower() \
                and _low(s, j + 1) in cues.articles and j + 2 < len(s.t) and _capitalised(s.t[j + 2].text) \
                and (named := _forward(s, j + 1, cues)) is not None \
                and _low(s, named + 3 * (s.t[named].text == "(" and _low(s, named + 2) == ")")) == ",":
            return named  # "die staatliche Gesundheitsaufsicht, das Health Services Inspectorate (HSI),": the body
            # so named, set off by commas (not "…, o Gabinete Nacional abriu": the clause's own subject)
        if w == "." and j > i and _low(s, j - 1) in ("dr", "prof", "st"):
            j += 1  # "Primar Dr. Ulrich Maresch"
            continue
        genitive = cues.nouns_capitalised and low in cues.joiners and last_cap == j - 1 and j + 1 < len(s.t) \
            and _capitalised(s.t[j + 1].text)  # "die Leiterin der Aufsicht": not the relative "der"
        if not w[:1].isalpha() and w != "&" or low in cues.stops and not (j == i and low in cues.articles or genitive):
            break
        if last_cap is not None and low in cues.prepositions and low not in cues.joiners:
            break  # "zei Joris van Aalst tegen De Grenskoerier": an adverbial after the name
        if cues.nouns_capitalised and last_cap == j - 1 and low in cues.articles and low not in cues.joiners:
            break  # "die Gruppe ein Lösegeld": another noun phrase begins
        if cues.nouns_capitalised and last_cap is not None and w.islower() and low not in cues.joiners | cues.articles:
            break  # "der Agentur wurden zwölf Fälle": the verb after the name
        if _capitalised(w):
            last_cap = j
        elif low in cues.joiners or low in cues.articles or _ELIDED.match(w):
            pass
        elif lower < 4 and w.islower():
            lower += 1
        else:
            break
        j += 1
    return last_cap + 1 if last_cap is not None else None


# "the report" (and "the document") in French, Spanish, Italian, Portuguese
_REPORT_NOUNS = {"rapport", "informe", "rapporto", "relatório", "document", "documento"}
# The agent of a work's participle: "l'informe publicado el miércoles por X", "le rapport publié par X"
_AGENTS = {"por", "pela", "pelo", "par", "door", "von", "vom"}


# Offices of one person: "a ministra" is the minister the text named, never a body of that word.
_PERSON_ROLES = set("ministra ministro ministre minister ministerin presidente presidenta président présidente "
                    "alcalde alcaldesa autarca sindaco sindaca maire burgemeester bürgermeister bürgermeisterin "
                    "director directora diretor diretora direttore direttrice directeur directrice "
                    "secretario secretaria secretario juez jueza juiz juiza giudice juge rechter richter richterin".split())
_PAPERS = {"journal", "quotidien", "diario", "periódico", "giornale", "quotidiano", "jornal", "krant", "dagblad"}
_SAME = {"stesso", "stessa", "mismo", "misma", "même", "mesmo", "mesma", "zelfde", "selbe", "gleiche"}


def _body_noun(s: Sentence, k: int, cues: Cues) -> bool:
    """t[k] is a lower-case noun that may name a kind of body ("ministero", "polizia", "comisión"),
    not a work, a spokesperson or a body's people."""
    w = s.t[k].text if 0 <= k < len(s.t) else ""
    low = _low_word(w)
    return (w.isalpha() and w.islower() and len(w) >= 4 and low not in cues.work_nouns | cues.spokes | cues.members
            | cues.articles | cues.joiners | cues.stops | cues.time_words | _SAME)


def _described_before(s: Sentence, last: int, cues: Cues) -> int | None:
    """Where "il ministero" / "lo stesso ministero" / "l'agenzia" opens a clause just before t[last]
    (its noun at t[last - 1]); else None."""
    noun = last - 1
    if noun < 0 or not (_body_noun(s, noun, cues) or _elided_noun(s, noun, cues)):
        return None
    at = noun if _ELIDED.match(s.t[noun].text) else noun - 1
    if at >= 1 and _low(s, at) in _SAME:
        at -= 1
    if at < 0 or not (at == noun or _low(s, at) in cues.articles):
        return None
    before = s.t[at - 1].text if at else ","
    dated = before[:1].isdigit() or at >= 2 and s.t[at - 2].text[:1].isdigit() or _low(s, at - 1) in cues.time_words
    return at if before in ",;:" or dated or _clause_start(s, at) else None  # (also "Il 16 gennaio lo stesso ministero")


def _elided_noun(s: Sentence, k: int, cues: Cues) -> bool:
    """t[k] is an elided article and a lower-case body noun: "l'agenzia", "L'agenzia"."""
    w = s.t[k].text if 0 <= k < len(s.t) else ""
    rest = _ELIDED.sub("", w)
    return rest != w and rest.isalpha() and rest.islower() and len(rest) >= 4 \
        and rest not in cues.work_nouns | cues.spokes | cues.members


def _described_after(s: Sentence, i: int, cues: Cues) -> int | None:
    """The noun of "la comisión" / "het ministerie" / "l'agenzia" starting at t[i]; else None."""
    if _elided_noun(s, i, cues):
        return i
    return i + 1 if _low(s, i) in cues.articles and _body_noun(s, i + 1, cues) else None


# Small words between a body's noun and its name ("ministerie van Infrastructuur"), and inside a name.
_SMALL_JOINERS = set("de del della delle dello dei di do da dos das du des van der het".split())
_IN_NAME = "(?:" + "|".join(sorted(_SMALL_JOINERS | {"e", "y", "en", "et"})) + ")"


def _described_body(s: Sentence, noun: str, cues: Cues) -> Entity | None:
    """The body a lower-case noun stands for: the last body cited whose name holds it
    ("il ministero": the Ministero dell'Energia), else the body the text last named with that
    noun before it ("l'agenzia di stampa tarvenese TNB": TNB; "het ministerie van Infrastructuur":
    that ministry); else None."""
    noun = fold(_ELIDED.sub("", noun))
    if noun in _PERSON_ROLES:  # "disse a ministra": the person the text named in that role ("a ministra …, Ana Ruiz")
        people = [s.names.canonical(m.group(1), person_hint=True) for m in re.finditer(
            r"(?i:\b" + re.escape(noun) + r"\b)[^.;:\n]{0,80}?,[^\S\n]+([A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+){1,2})",
            s.names.text[:s.base])]
        name, person = people[-1] if people else ("", False)
        return s.reg.source(name, True, author_for(name, True)) if person else None
    for _, _, ent in reversed(s.reg.seen):
        if ent.kind == "source" and not ent.person and (noun in fold(ent.name or "").split()
                                                        or noun in _PAPERS and is_news_outlet(ent.name or "")):
            return ent  # ("le journal": the newspaper cited last)
    named = list(re.finditer(r"(?i:\b" + re.escape(noun) + r")((?:[^\S\n]+[a-zà-ÿ'’-]+){0,3}?)[^\S\n]+"
                             r"([A-Z][\w’'-]*(?:[^\S\n]+(?:" + _IN_NAME + r"[^\S\n]+)?[A-Z][\w’'-]*)*)", s.names.text[:s.base]))
    verbs = cues.stops | cues.finite | cues.participles | cues.auxiliaries
    named = [m for m in named if not verbs & set(m.group(1).lower().split())]  # ("het ministerie laat weten dat X")
    if not named:
        return None
    m = named[-1]
    small = m.group(1).split()
    name = m.group(0) if small and all(w in _SMALL_JOINERS for w in small) else m.group(2)
    name, person = s.names.canonical(" ".join(name.split()), article=True)
    return None if person else s.reg.source(name, False, author_for(name, False))


def _made_by(s: Sentence, i: int, cues: Cues) -> tuple[Entity, int] | None:
    """'el informe publicado el miércoles por la presidenta de la comisión, Corinna Haverill' at t[i]:
    a new report by the agent its participle names (dated by the day it gives), and where the
    agent's phrase ends; else None."""
    if _low(s, i) not in cues.articles or _low(s, i + 1) not in cues.work_nouns or not s.free(i, i + 2):
        return None
    by = next((x for x in range(i + 3, min(len(s.t), i + 9)) if _low(s, x) in _AGENTS), None)
    if by is None or any(not (s.t[x].text.replace("-", "").isalpha() or s.t[x].text.isdigit())
                         or _capitalised(s.t[x].text) for x in range(i + 2, by)):  # ("na segunda-feira")
        return None
    start, end = by + 1, _forward(s, by + 1, cues)
    if end is None:  # "por la presidenta de la comisión investigadora, la jueza retirada Corinna Haverill"
        comma = next((x for x in range(by + 1, min(len(s.t), by + 9)) if s.t[x].text == ","), None)
        name = next((x for x in range(comma + 1, min(len(s.t), comma + 6)) if _capitalised(s.t[x].text)), None) \
            if comma is not None else None
        if name is None or any(not s.t[x].text.isalpha() for x in range(comma + 1, name)):
            return None
        start, end = name, name
        while end < len(s.t) and _capitalised(s.t[end].text):
            end += 1
    if not s.free(by, end):
        return None
    words = [s.t[x].text for x in range(start, end)]
    article = _low_word(words[0]) in cues.articles or bool(_ELIDED.match(words[0]))
    while words and _low_word(words[0]) in cues.articles:
        words = words[1:]
    agent = _entity(s, words, cues, article)
    if agent is None or not agent.authors:
        return None
    work = s.reg.new_work(_low(s, i + 1), "report")
    work.authors = list(agent.authors)
    work.date = spoken_on(s.span_text(i + 2, by), s.doc_date)
    return work, end


def _inserted(s: Sentence, i: int, j: int) -> bool:
    """t[i:j] is nothing but asides: a bracket ("(KPA, na sigla inglesa)") and a clause between commas
    (", divulgado na quarta-feira em Haldor,")."""
    x = i
    if s.t[x].text == "(":
        x = next((y + 1 for y in range(x, j) if s.t[y].text == ")"), j + 1)
    if x < j and s.t[x].text == ",":
        x = next((y + 1 for y in range(x + 1, j) if s.t[y].text == ","), j + 1)
    return x == j


def _work_subject(s: Sentence, last: int, verb: int, cues: Cues) -> bool:
    """A work opening the sentence speaks through the verb at t[verb] (its first word t[last]):
    "Un rapport d'inspection de la CEA daté du 21 novembre constatait" (the body's work), "Le
    rapport, intitulé « … », établit" (the report last cited); whether it was one."""
    if last > 40 or not s.free(0, verb + 1):
        return False
    first = _ELIDED.sub("", s.t[0].text).lower()
    article = first in cues.articles or bool(_ELIDED.match(s.t[0].text))
    noun = first if _ELIDED.match(s.t[0].text) else _low(s, 1)
    if not article or noun not in cues.work_nouns:
        return False
    head = 1 if _ELIDED.match(s.t[0].text) else 2
    end = head
    while end < last and (s.t[end].text[:1].isalpha() and not s.t[end].text[:1].isdigit()) \
            and (_low(s, end) in cues.joiners or _low(s, end) in cues.articles or _capitalised(s.t[end].text)
                 or (end == head or _low(s, end - 1) in cues.joiners) and s.t[end].text.islower()):
        end += 1  # "d'inspection de la CEA", "da comissão de inquérito da X": a complement, then the body's name
    if last > 16 and not _inserted(s, end, last):
        return False  # (a long subject: only asides may stand between its phrase and the verb)
    words = [s.t[x].text for x in range(head, end)]
    if any(_capitalised(w) for w in words):
        body = _after_head(words, cues)
        while body and not _capitalised(body[0]):
            body = _after_head(body[1:], cues)
        if not body:
            return False
        name, _ = s.names.canonical(" ".join(body), article=True)
        work = s.reg.new_work("report", "report")
        work.authors = [author_for(name, False)]
    elif first in ("le", "el", "il", "o") and noun in _REPORT_NOUNS and (work := s.reg.last_work("report")) is not None:
        pass  # "Le rapport … établit": the report just cited
    elif first in ("le", "el", "il", "o", "la", "a") and noun in _KINDS \
            and (work := s.reg.last_work(_KINDS[noun])) is not None:
        pass  # "Le communiqué conteste": the statement just cited
    elif first in _POSSESSIVES and (owner := _last_body(s)) is not None:
        work = s.reg.new_work("report", "report")  # "Son rapport préliminaire, rendu public le 9 mars, a établi":
        work.authors = list(owner.authors)  # a work of the body cited last
    else:
        return False
    s.add(0, verb + 1, s.t[verb].text, s.span_text(0, head), work, confidence=0.6)
    return True


_POSSESSIVES = {"son", "sa", "ses", "leur", "leurs", "su", "sus", "suo", "sua", "seu", "zijn", "haar", "hun"}


def _last_body(s: Sentence) -> Entity | None:
    """The body (no person) cited last, in this sentence or the two before it."""
    return next((e for n, _, e in reversed(s.reg.seen) if n >= s.reg.sentence - 2 and e.kind == "source"
                 and not e.person and e.authors), None)


def _apposed_name(s: Sentence, i: int) -> int | None:
    """The end of a person's name of two or three capitalised words at t[i] that closes its
    clause (a stop, a comma or the end follows), or None."""
    j = i
    while j < len(s.t) and j - i < 3 and s.t[j].text[:1].isupper() and s.t[j].text.replace("-", "").isalpha():
        j += 1
    return j if j - i >= 2 and (j == len(s.t) or s.t[j].text in (".", ",", ";")) else None


def _back(s: Sentence, k: int, cues: Cues) -> tuple[int, int] | None:
    """(start, end) of the source phrase before t[k]: a name in apposition (", Tobias Renn,"),
    else capitalised words with small and lower-case words back to an article or the clause's
    start ("de la" inside a name goes on)."""
    if k >= 2 and s.t[k - 1].text == ",":
        b = k - 1
        while b > 0 and _capitalised(s.t[b - 1].text):
            b -= 1
        return (b, k - 1) if 0 < b < k - 1 and s.t[b - 1].text == "," else None  # "Son gouverneur, Tobias Renn, a"
    b, lower, caps = k, 0, 0
    while b > 0:
        w, low = s.t[b - 1].text, _low(s, b - 1)
        if cues.verb_second and w in _QUOTES and b >= 2 and (_capitalised(s.t[b - 2].text) or s.t[b - 2].text in _QUOTES):
            b -= 1  # 'Die Erpressergruppe "Hollow Lantern" hatte': a quoted name
            continue
        if not w[:1].isalpha() and w != "&" or low in cues.stops and not (low in cues.articles and _clause_start(s, b - 1)):
            break  # ("Der" opening the clause is the article, no relative pronoun)
        inner = b >= 2 and _low(s, b - 2) in cues.joiners  # "de la statistique"
        if (low in cues.articles or _ELIDED.match(w) and not _capitalised(w)) and not inner:
            b -= 1
            break  # the article opens the phrase
        if _capitalised(w):
            caps += 1
        elif low not in cues.joiners and low not in cues.articles:
            if lower >= 4 or not w.islower():
                break
            lower += 1
        b -= 1
    return (b, k) if caps and b < k else None


_NOBODY = {"nessuno", "personne", "nadie", "ninguém", "niemand", "nobody", "keiner", "keine", "aucun",
           "nessuna", "ninguno", "ninguna"}


def _hit(s: Sentence, start: int, i: int, end: int, cue: str, cues: Cues, cue_end: int | None = None) -> None:
    """A hit from t[start] to t[end-1] (or to the verb, ``cue_end``) for the source phrase t[i:end]."""
    keep, day = list(range(i, end)), None
    if cues.verb_second:  # a date inside the phrase dates the work ("dem am 6. April veröffentlichten Bericht")
        for x in range(i, end):
            if (run := _date_run(s, x, cues)) is not None:
                day = day or spoken_on(s.span_text(x, run), s.doc_date)
                keep = [y for y in keep if not x <= y < run]
    quotes = [x for x in keep if s.t[x].text in _QUOTES]
    quoted = cues.verb_second and len(quotes) >= 2 and quotes[1] > quotes[0] + 1
    if quoted:
        keep = range(quotes[0] + 1, quotes[1])  # 'Die Erpressergruppe "Hollow Lantern"': the group's name in quotes
    words = [s.t[x].text for x in keep if s.t[x].text not in _QUOTES]
    article = quoted or bool(words) and (_low_word(words[0]) in cues.articles or bool(_ELIDED.match(words[0])))
    while words and _low_word(words[0]) in cues.articles:
        words = words[1:]
    if len(words) == 1 and _low_word(words[0]) in _NOBODY:
        return  # "Nessuno aveva spiegato": no one said it
    ent = _entity(s, words, cues, article)
    if ent is not None:
        if day and ent.kind == "work" and not ent.date:
            ent.date = day
        s.add(start, cue_end or end, cue, " ".join(words), ent, confidence=0.7)
        if words and _low_word(_ELIDED.sub("", words[0])) in cues.members:
            s.hits[-1].spokesperson = True  # "l'amministratore delegato di Tarvenet": the body's person, not its report


def _after_head(words: list[str], cues: Cues, complement: bool = True) -> list[str]:
    """The body's phrase after a work, spokesperson or member noun: its small words dropped, and
    (``complement``) a complement of the noun ("de travail de l'Institut": the Institut's)."""
    while words and _low_word(words[0]) in cues.joiners | cues.articles:
        words = words[1:]
    while complement and len(words) > 2 and words[0].islower() and _low_word(words[1]) in cues.joiners and (
            _capitalised(words[2]) or _ELIDED.match(words[2])):
        words = words[2:]
    return [_ELIDED.sub("", words[0])] + words[1:] if words else []


def _members_body(rest: list[str], cues: Cues) -> list[str]:
    """The body named after a noun of its people or estimates (``rest``: the words after that noun):
    "des chercheurs de l'université de X" -> "université de X", "l'amministratore delegato di X" ->
    "X" (a person's name in apposition was taken before: "il direttore di X, Marco Rossi")."""
    own = bool(rest) and _low_word(rest[0]) in cues.joiners | cues.articles  # (else the role's adjective first)
    return _after_head(rest, cues, complement=not own)


_CLITICS = {"lo", "la", "le", "les", "li", "gli", "os", "as", "lui", "leur", "se", "si", "ne", "y", "en", "ci"}


# German nouns of a kind of body ("die Behörde", "der Agentur", "des Unternehmens"): never its name
_KINDS_OF_BODY_DE = set("behörde agentur aufsicht ministerium regierung gewerkschaft firma reederei unternehmen "
                        "gericht kommission polizei verband konzern klinik verbund organisation stiftung institut "
                        "amt betreiber vereinigung leitstelle".split())


def _kind_noun_de(word: str) -> str | None:
    """The noun of a kind of body that ``word`` is, in any case ("Unternehmens": "unternehmen")."""
    low = _low_word(word)
    return low if low in _KINDS_OF_BODY_DE else next(
        (low[:-n] for n in (1, 2) if low[:-n] in _KINDS_OF_BODY_DE and low[-n:] in ("s", "es")), None)


def _kind_of_body_de(s: Sentence, noun: str) -> str | None:
    """The name of the body a German noun of its kind stands for: the last body cited whose name
    has a word ending in it ("die Agentur": the Nachrichtenagentur TPA); else None."""
    return next((ent.name for _, _, ent in reversed(s.reg.seen) if ent.kind == "source" and not ent.person
                 and ent.name and any(w.endswith(noun) for w in fold(ent.name).split())), None)


def _low_word(word: str) -> str:
    return word.lower().replace("’", "'")


def _entity(s: Sentence, words: list[str], cues: Cues, article: bool) -> Entity | None:
    """The source a phrase names (see the module): a person, a body, or a work of a body;
    ``article``: the text wrote one before it."""
    if "," in words:  # "sa directrice, Hélène Marchal-Dutour": the name in apposition
        words, article = words[words.index(",") + 1:], False
    if not any(_capitalised(w) for w in words) or len(words) == 1 and _low_word(words[0]) in _CLITICS:
        return None  # ("Lo confirmó": the pronoun of what was confirmed, no source)
    while cues.nouns_capitalised and len(words) > 1 and words[0].islower() and _low_word(words[0]) not in cues.joiners:
        words = words[1:]  # German adjectives before their noun: "veröffentlichten Bericht", "neue Studie"
    if len(words) > 1 and _low_word(words[0]) in cues.joiners and words[1].islower():
        words = words[1:]  # "des chercheurs de …": a plural article (inside a name, "des" joins: "Cour des comptes")
    head = _low_word(_ELIDED.sub("", words[0]))
    if cues.nouns_capitalised and len(words) == 1 and head.endswith(_WORK_ENDINGS_DE + _MAKERS_DE):
        # "Der Bericht kam zu dem Schluss", "laut den Studienautoren": the work last cited, if it is the text's;
        # "Eine neue Studie": unknown
        if not article or _low_word(s.t[0].text) in ("ein", "eine"):
            return None
        return s.reg.last_work() if head.endswith(_MAKERS_DE) else s.reg.last_work("report")
    if head in cues.spokes | cues.work_nouns:  # the body after "document de travail de l'", "porte-parole de"
        words = _after_head(words[1:], cues)
        if not words:
            return None
    elif head in cues.members and (body := _members_body(words[1:], cues)):
        words, article = body, True
    first = next(n for n, w in enumerate(words) if _capitalised(w))
    while first + 1 < len(words) and _DESCRIPTOR_WORD.match(words[first]) and _capitalised(words[first + 1]):
        first += 1  # "VRS-voorzitter Joris van Aalst", "EU-Kommissarin Ana Ruiz": a role, then the name
    last = len(words)
    while last > first and _capitalised(words[last - 1]):
        last -= 1
    if len(words) - last >= 2 and any(_low_word(w) in cues.articles for w in words[first:last]):
        first, article = last, False  # "su Facebook la sindaca Jorunn Aasvik": the name after the described role
    joined = first > 0 and _low_word(words[first - 1]) in cues.joiners | cues.articles
    body = words if joined else words[first:]  # "autorité portuaire de X" / "lettre spécialisée Boxline Weekly"
    if cues.nouns_capitalised:  # "Klinikdirektorin Nadia Kessling", "Der Oberwaldner Patientenanwalt Georg Falkner"
        cut = max((n + 1 for n, w in enumerate(body[:-1]) if _low_word(w).endswith(_ROLES_DE)), default=0)
        body = body[cut:]
        if len(body) > 1 and _kind_noun_de(body[0]) and _capitalised(body[1]):
            body = body[1:]  # "die Reederei Corrin Lake Lines": Corrin Lake Lines
        if len(body) == 1 and (noun := _kind_noun_de(body[0])) and (known := _kind_of_body_de(s, noun)):
            body = known.split()  # "der Agentur": the body cited last whose name ends so (Nachrichtenagentur TPA)
        elif article and len(body) == 1 and body[0][1:].islower() and head not in cues.spokes | cues.work_nouns \
                and not _low_word(body[0]).endswith(_BODY_ENDINGS_DE):
            full = s.names.by_head(body[0])  # "die Gruppe": a common noun, the body of that head if the text has one
            if full is None:
                return None
            body = full.split()
    name = " ".join([_ELIDED.sub("", body[0])] + body[1:])
    # a body when the text gives it an article or a body's words ("la Haute Cour de X", "autorité … de X",
    # "un porte-parole de X"); a name after a described role may be a person ("la ministra Ana Ruiz")
    canonical, person = s.names.canonical(name, article=article and first == 0 or joined
                                          or head in cues.spokes | cues.work_nouns)
    if person and cues.nouns_capitalised and any(w.lower().endswith(_BODY_ENDINGS_DE) for w in name.split()):
        canonical, person = name, False  # "Laut Hafenbehörde Velmont": a body
    source = s.reg.source(canonical, person, author_for(canonical, person))
    if head not in cues.work_nouns or person:
        return source
    work = s.reg.new_work("report", "report")  # "un document de travail de l'Institut de X"
    work.authors = [author_for(canonical, False)]
    return work
