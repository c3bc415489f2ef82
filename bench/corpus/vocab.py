"""Embedded word lists: people's names, bodies, journals, publishers, outlets, places and the
vocabulary of the filler prose. All invented or generic; no network, no external files.

Filler verbs avoid attribution cues ("said", "found", "reported", "according to" …) so that
every attribution in a generated text is one the gold knows about.
"""

FAMILY = """Abara Achterberg Adeyemi Aguilar Ahlstrom Akhtar Albrecht Alvarado Amadi Andersen
Antonelli Arce Asante Bachmann Bakshi Balogun Barros Beaumont Bergstrom Bhatt Bianchi Blom
Bonnet Borges Brennan Brink Caldera Campos Carvalho Castellano Chaudhry Chen Chikwanha Cruz
Dahl Dalton Danjuma Dasgupta Delacroix Demir Desai Diallo Dimitrov Dubois Duarte Eckert Ekwueme
Elmasry Engel Esposito Farahani Fenwick Ferreira Fischer Fonseca Fournier Friedman Gallo
Gantt Garber Gashi Gerhardt Ghosh Giordano Goldberg Gonzaga Greco Grunewald Guerrero Haddad
Hakimi Halvorsen Hartmann Hayashi Hedlund Hernandez Hoffmann Holm Hosseini Ibrahim Idowu Iyer
Jablonski Jansen Jaramillo Jensen Joshi Kahn Kamara Kapoor Karlsson Kawasaki Keller Khalil
Kimura Kiplagat Kowalski Krause Kumar Lachance Lambert Larsen Lindqvist Lopes Lund Machado
Maddox Mahlangu Maier Malik Marchetti Marquez Mbeki Mendes Menon Moreau Morita Mukherjee
Mwangi Nakamura Nascimento Navarro Ndlovu Nielsen Nkosi Novak Nunez Obi Odhiambo Okafor
Okonkwo Oliveira Onyango Ortega Osei Ozturk Pacheco Pereira Petrov Pham Pires Popescu
Quintero Rahman Ramos Rasmussen Reddy Reyes Ribeiro Rinaldi Rocha Rojas Rossi Sadeghi Saito
Salazar Santos Sato Schmitt Sekibo Serrano Shah Silva Sorensen Souza Stavros Strand Suzuki
Takahashi Tanaka Teixeira Thorsen Toure Tran Uchenna Umar Valdez Van der Berg Varga Vasquez
Vogel Wagner Walczak Wanjiru Weber Werner Wiśniewski Yamamoto Yilmaz Yusuf Zamora Zeller
Zhou Zielinski""".replace("Van der Berg", "Vanderberg").split()

GIVEN = """Ada Adrian Aisha Alejandro Amara Amir Ana Anders Anita Arjun Astrid Ayodele Beatriz
Bruno Camila Carlos Chiara Chidi Chloe Dalia Daniel David Elena Elif Emeka Emil Esther Fatima
Felix Fernanda Folake Gabriel Grace Hana Hannah Hassan Helena Hiroshi Ines Ingrid Isaac Jamal
Javier Jia Johan Jonas Julia Kamal Karin Kenji Kofi Laila Lars Leila Lena Lucia Luis Maja
Malik Marco Maria Marta Mateo Mei Miguel Mira Nadia Naledi Nikhil Nina Noah Nora Oluwaseun
Omar Oskar Paolo Priya Rafael Rania Ravi Rosa Ruth Sadia Samuel Sara Selin Sofia Sven Tariq
Teresa Thandiwe Tomas Valentina Victor Wei Yara Yusuf Zainab Zofia""".split()

# (full name, short form used in prose, extra variants of the full name)
BODIES = [
    ("United Nations Security Council", "UN Security Council", ["U.N. Security Council"]),
    ("United Nations Development Programme", "UNDP", ["U.N. Development Programme"]),
    ("United Nations Office for the Coordination of Humanitarian Affairs", "OCHA",
     ["U.N. Office for the Coordination of Humanitarian Affairs"]),
    ("United Nations High Commissioner for Refugees", "UNHCR",
     ["U.N. High Commissioner for Refugees"]),
    ("World Health Organization", "WHO", []),
    ("World Bank", "World Bank", []),
    ("International Monetary Fund", "IMF", []),
    ("Organisation for Economic Co-operation and Development", "OECD", []),
    ("International Crisis Group", "Crisis Group", []),
    ("Human Rights Watch", "Human Rights Watch", []),
    ("Amnesty International", "Amnesty International", []),
    ("International Organization for Migration", "IOM", []),
    ("World Food Programme", "WFP", []),
    ("Food and Agriculture Organization of the United Nations", "FAO", []),
    ("International Energy Agency", "IEA", []),
    ("Intergovernmental Panel on Climate Change", "IPCC", []),
    ("European Commission", "European Commission", []),
    ("Northbridge Policy Institute", "Northbridge Policy Institute", []),
    ("Centre for Coastal Resilience", "Centre for Coastal Resilience", []),
    ("Halden Foundation for Public Health", "Halden Foundation", []),
    ("Meridian Institute for Economic Research", "Meridian Institute", []),
    ("Global Water Observatory", "Global Water Observatory", []),
]

# (full title, ISO-style abbreviation)
JOURNALS = [
    ("Journal of Development Economics", "J. Dev. Econ."),
    ("World Development", "World Dev."),
    ("Global Environmental Change", "Glob. Environ. Change"),
    ("American Journal of Public Health", "Am. J. Public Health"),
    ("Journal of Peace Research", "J. Peace Res."),
    ("International Security", "Int. Secur."),
    ("Nature Climate Change", "Nat. Clim. Change"),
    ("Journal of Conflict Resolution", "J. Confl. Resolut."),
    ("Regional Studies", "Reg. Stud."),
    ("Journal of Refugee Studies", "J. Refug. Stud."),
    ("Review of International Political Economy", "Rev. Int. Polit. Econ."),
    ("Journal of Hydrology", "J. Hydrol."),
    ("Urban Studies", "Urban Stud."),
    ("Social Science and Medicine", "Soc. Sci. Med."),
    ("Journal of Public Economics", "J. Public Econ."),
    ("Comparative Political Studies", "Comp. Polit. Stud."),
    ("Water Resources Research", "Water Resour. Res."),
    ("Journal of Agricultural Economics", "J. Agric. Econ."),
    ("Environmental Research Letters", "Environ. Res. Lett."),
    ("Health Policy and Planning", "Health Policy Plan."),
    ("Journal of Urban Economics", "J. Urban Econ."),
    ("Political Geography", "Polit. Geogr."),
    ("Energy Research and Social Science", "Energy Res. Soc. Sci."),
    ("Journal of International Development", "J. Int. Dev."),
]

PUBLISHERS = [
    ("Cambridge University Press", "Cambridge"), ("Oxford University Press", "Oxford"),
    ("Princeton University Press", "Princeton, NJ"), ("Routledge", "London"),
    ("Palgrave Macmillan", "London"), ("MIT Press", "Cambridge, MA"),
    ("University of Chicago Press", "Chicago"), ("Polity Press", "Cambridge"),
    ("Zed Books", "London"), ("Stanford University Press", "Stanford, CA"),
    ("Edward Elgar", "Cheltenham"), ("Verso", "London"),
]

# (outlet name, web domain)
OUTLETS = [
    ("The Guardian", "theguardian.com"), ("Reuters", "reuters.com"),
    ("Al Jazeera", "aljazeera.com"), ("Financial Times", "ft.com"),
    ("The New Humanitarian", "thenewhumanitarian.org"), ("Foreign Policy", "foreignpolicy.com"),
    ("Devex", "devex.com"), ("Le Monde", "lemonde.fr"), ("The Economist", "economist.com"),
    ("Associated Press", "apnews.com"),
]

PLACES = """Kenya Ethiopia Somalia Sudan Niger Mali Chad Nigeria Ghana Senegal Mozambique Malawi
Zambia Uganda Bangladesh Pakistan Afghanistan Nepal Myanmar Indonesia Vietnam Cambodia Haiti
Honduras Guatemala Colombia Peru Bolivia Brazil Yemen Syria Lebanon Jordan Iraq Libya Tunisia
Morocco Ukraine Moldova Georgia Armenia Tajikistan Kyrgyzstan Mongolia Laos Philippines
Madagascar Zimbabwe Burundi Rwanda Tanzania""".split()

REGIONS = ["the Sahel", "the Horn of Africa", "South Asia", "Central America", "the Andes",
           "the Mekong basin", "the Lake Chad basin", "West Africa", "the Great Lakes region",
           "Central Asia", "the Middle East", "Southern Africa", "the Caribbean"]

TOPICS = """drought resilience|urban flooding|cash transfers|food insecurity|maternal health|
displacement|groundwater depletion|electoral violence|public debt|informal labour|
vaccination coverage|coastal erosion|land tenure|remittances|school attendance|
armed group recruitment|energy access|water governance|price volatility|crop insurance|
climate adaptation|local governance|refugee integration|sanctions enforcement|
microfinance|child malnutrition|health financing|disaster risk reduction|seasonal migration|
border trade|municipal finance|irrigation reform|youth unemployment|police reform|
humanitarian access|grain markets|pastoral mobility|heat stress|cholera outbreaks|
mobile money|social protection|decentralisation|housing markets|peace agreements""".replace(
    "\n", "").split("|")

TITLE_PATTERNS = [
    "{Topic} and {topic2} in {place}: evidence from a panel survey",
    "The politics of {topic}: lessons from {place}",
    "Does {topic} reduce {topic2}? Evidence from {place}",
    "{Topic} under pressure: a comparative study of {region}",
    "Rethinking {topic} in {region}",
    "Measuring {topic} with satellite data: a case study of {place}",
    "{Topic}, institutions and {topic2} in {place}",
    "When {topic} fails: {topic2} and household welfare in {place}",
    "The long shadow of {topic}: {topic2} in {region}",
    "{Topic} and the state: a district-level analysis of {place}",
    "Who benefits from {topic}? A randomized evaluation in {place}",
    "Local responses to {topic} in {region}",
    "{Topic} after the crisis: new evidence on {topic2} from {place}",
    "Mapping {topic} across {region}, 2000–2020",
]

BOOK_PATTERNS = [
    "{Topic} and its discontents",
    "The age of {topic}: {topic2} in a changing world",
    "Governing {topic}: institutions, markets and {topic2}",
    "Beyond {topic}: a history of {topic2} in {region}",
    "The {topic} paradox",
]

REPORT_PATTERNS = [
    "{Topic} in {place}: a needs assessment",
    "Addressing {topic} in {region}",
    "{Topic} and {topic2}: policy options for {place}",
    "The state of {topic} in {region}",
    "{place}: {topic} and the road to recovery",
]

NEWS_PATTERNS = [
    "{place} struggles with {topic} as aid dries up",
    "How {topic} is reshaping {region}",
    "In {place}, {topic} tests a fragile government",
    "Why {topic} matters for {place}'s future",
]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MONTHS_ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.",
               "Nov.", "Dec."]
MLA_MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.",
              "Nov.", "Dec."]
ORDINALS = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth",
            "Tenth", "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth",
            "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth", "Twentieth"]

# Filler prose vocabulary.
NOUNS = """household district market programme ministry budget harvest clinic school network
policy reform council border village province coalition survey index settlement agency
cooperative corridor reservoir tariff subsidy contract pipeline registry audit workforce
ledger shelter supply route watershed province committee framework mandate grant
livelihood economy cohort sample region sector tribunal inventory estuary granary
dispensary treasury assembly consortium dialogue ceasefire checkpoint convoy warehouse
ferry quarry orchard pasture aquifer canal levee embankment hospital ward pharmacy
curriculum syllabus apprenticeship lender creditor moratorium concession franchise tender
census ballot constituency municipality prefecture diocese chamber syndicate""".split()
NOUNS_PL = """households districts markets programmes ministries budgets harvests clinics schools
networks policies reforms councils borders villages provinces coalitions surveys indices
settlements agencies cooperatives corridors reservoirs tariffs subsidies contracts registries
audits shelters routes watersheds committees grants livelihoods economies cohorts samples
regions sectors prices wages rents yields transfers loans tribunals inventories estuaries
granaries dispensaries treasuries assemblies consortia dialogues ceasefires checkpoints
convoys warehouses ferries quarries orchards pastures aquifers canals levees embankments
hospitals wards pharmacies curricula apprenticeships lenders creditors moratoria
concessions franchises tenders ballots constituencies municipalities prefectures chambers
syndicates remittances arrears deposits tariffs levies""".split()
ADJS = """rural urban local regional national fiscal seasonal informal formal coastal upland
fragile resilient uneven persistent modest substantial limited rapid gradual sudden
long-term short-term public private municipal agricultural pastoral administrative
cross-border decentralised vulnerable marginal significant heterogeneous comparable
small-scale large-scale sustained temporary provisional statutory customary bilateral
multilateral peri-urban landlocked arid semi-arid densely-populated sparsely-populated
centralised itinerant cyclical structural nominal real-term quarterly annual monthly
chronic acute latent visible hidden contested uncontested overlapping parallel
competing complementary redundant obsolete emerging""".split()
VERBS_PAST = """increased reduced shaped improved affected supported expanded limited changed
strengthened weakened raised lowered delayed accelerated disrupted stabilised redirected
constrained financed replaced reorganised absorbed extended diverted postponed halved
doubled tripled eroded restored rebuilt consolidated fragmented subsidised taxed
rationed insured relocated merged audited renegotiated""".split()
VERBS_PRES = ["depends on", "reflects", "shapes", "affects", "limits", "supports", "reduces",
              "increases", "complicates", "strengthens", "weakens", "determines", "mirrors",
              "precedes", "follows", "outweighs"]
ADVS = """largely partly markedly steadily sharply slowly consistently unevenly gradually
substantially modestly considerably briefly
repeatedly quietly visibly abruptly temporarily permanently""".split()
TIMES = ["over the past decade", "in recent years", "during the dry season",
         "after the reform", "in the following years", "over the study period",
         "before the crisis", "in the first half of the period", "across the sample",
         "in most districts", "within a few months", "over the long run"]
OPENERS = ["In practice,", "At the same time,", "By contrast,", "More broadly,", "In turn,",
           "As a result,", "Nevertheless,", "In addition,", "For this reason,", "Similarly,",
           "Over time,", "In several cases,", "Taken together,", "On balance,", "Even so,"]

SENTENCES = [
    "{Opener} {adj} {nouns} {adv} {verb} the {adj2} {noun} {time}.",
    "The {adj} {noun} {verb} {adj2} {nouns} {time}.",
    "{Opener} the {noun} of {adj} {nouns} {vpres} the {adj2} {noun}.",
    "{Adj} {nouns} in {place} {adv} {verb} the {noun} {time}.",
    "This {vpres2} how {adj} {nouns} respond to {adj2} {nouns2}.",
    "The {noun} {vpres} whether {adj} {nouns} can sustain the {adj2} {noun2}.",
    "{Opener} {nouns} with {adj} {nouns2} {verb} their {noun} {time}.",
    "Much of the {adj} {noun} {vpres} {adj2} {nouns} rather than the {noun2} itself.",
    "Where {nouns} {verb} the {noun}, {adj} {nouns2} {adv} {verb2} as well.",
    "The {adj} {noun} in {region} {verb} {nouns} {time}, while {adj2} {nouns2} {verb2} less.",
    "{Opener} the role of the {noun} remains {adj} and {adj2}.",
    "Neither the {noun} nor the {adj} {nouns} {verb} the {noun2} {time}.",
    "{Adj} {nouns} and {adj2} {nouns2} {adv} {verb} the {noun} in {place}.",
    "A {adj} share of {nouns} {verb} the {adj2} {noun} {time}.",
]

SECTION_TITLES = ["Background", "Context", "Data and methods", "Study area", "Results",
                  "Discussion", "Policy implications", "Limitations", "Institutional setting",
                  "Empirical strategy", "Robustness checks", "Case studies", "Conclusion"]
NEWS_SECTIONS = ["What happened", "The response", "Funding", "On the ground", "What comes next",
                 "The numbers", "Background"]
ROLES = ["an economist", "a spokesperson", "the director", "a senior researcher",
         "the country representative", "a programme manager", "an adviser", "the head"]
