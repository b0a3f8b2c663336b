"""Word lists the redactor looks names, places and ordinary words up in.

The large lists come from public data (see data/SOURCES.md) and are read once per
process, lower-cased, into sets: about 0.1 s, so `mailhandler redact` starts fast.
The small lists here are the judgement calls: capitalised words that are not
people (apps, countries, school subjects, services a young person names), and the
words that make a following word a name, a nickname or a place.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources


def _read(name: str) -> frozenset[str]:
    text = (resources.files(__package__) / "data" / name).read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


@dataclass(frozen=True)
class Gazetteer:
    first_names: frozenset[str]
    surnames: frozenset[str]
    places: frozenset[str]
    postcodes: frozenset[str]
    # Lower-case words common in Dutch or English text: "roos", "hoop", "will".
    ordinary: frozenset[str]


@cache
def load() -> Gazetteer:
    return Gazetteer(
        first_names=_read("first_names.txt"),
        surnames=_read("surnames.txt"),
        places=_read("places.txt"),
        postcodes=_read("postcodes.txt"),
        ordinary=_read("ordinary.txt") | CHAT_WORDS,
    )


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.lower().split())


# Written by young people in Flanders and Brussels, common enough to never be taken for a name.
CHAT_WORDS = word_set("""
    ge gij gy da dat wa wat nie ni nen ne ma mam pap amai allez goe goed efkes eens ewa
    ewel zot zo'n zone seg zeg ke keer nog omg lol idk mss wss nr vr vrs vnl tss btw wtf
    ok oke oké okay hey hoi hallo dag daag xx xxx xoxo bff pls plz sorry sry ty thx
    sos tbh fyi asap brb smh ily ikr imo imho omw tmi yolo fomo wth afk gg irl atm
    haha hihi hehe jup jep jah nee neen nah yes no tho eig egt gwn gewoon ofzo ofz zoiets
    bc cuz coz rn ig ngl fr lowkey literally echt super mega kei heel erg wel nie ni
    mama papa moeke vake bomma bompa meme pepe moemoe vava opa oma tante nonkel nonk
    iemand niemand alles niks iets wie waar wanneer waarom hoe
    oui ouais ouaip non nan merci salut coucou cc slt bjr bsr bisous bises stp svp dsl
    mdr ptdr jsp jpp tkt bcp pk pq mtn wsh wesh frr frérot
    """)
# (The last line is French: the word lists are Dutch and English (OpenTaal, SCOWL), and
# "Oui x" under a volunteer's answer was learned as Ophélie's name, then every "oui" of hers
# replaced.)

# Capitalised in the middle of a sentence, and still nobody's name.
NOT_PEOPLE = word_set("""
    ik ok oké okay omg lol sorry god allah jezus maria sinterklaas kerstman
    instagram insta tiktok snapchat snap whatsapp facebook messenger twitter x youtube
    discord twitch reddit spotify netflix disney streamz telegram signal bereal tinder
    google iphone ipad samsung android apple playstation ps4 ps5 xbox nintendo switch
    fortnite minecraft roblox valorant fifa smartschool teams zoom chatgpt wikipedia
    colruyt delhaize aldi lidl carrefour primark zara action hema mcdonald's mcdonalds
    ketnet vrt vtm thuis familie eén canvas radio studio mnm
    awel clb jac caw ocmw vdab tele-onthaal zelfmoordlijn child focus kind gezin
    politie ziekenhuis jeugdrechter jongerenlijn nupraatikerover
    belgië belgie nederland frankrijk duitsland engeland spanje italië turkije marokko
    algerije tunesië congo polen roemenië bulgarije syrië afghanistan oekraïne rusland
    amerika portugal griekenland albanië kosovo servië eritrea somalië irak iran
    vlaanderen wallonië europa afrika azië
    belg belgen belgisch vlaams vlaamse vlaming nederlands engels frans duits spaans
    turks turkse marokkaans marokkaanse arabisch pools poolse congolees congolese
    islam moslim christen christelijk katholiek joods
    wiskunde geschiedenis aardrijkskunde biologie chemie fysica latijn grieks lo
    economie informatica godsdienst zedenleer muziek tekenen stem
    kerstmis kerst pasen ramadan suikerfeest offerfeest halloween valentijn
    aso tso bso kso dbso hbo bachelor master
    italiaans italiaanse spaanse portugees roemeens bulgaars albanees afghaans syrisch
    koerdisch somalisch eritrees braziliaans chinees japans koreaans russisch oekraïens
    ardennen kempen westhoek pajottenland waasland meetjesland hageland haspengouw
    limburg west-vlaanderen oost-vlaanderen vlaams-brabant waals-brabant
    kruidvat ikea mediamarkt decathlon jbc zalando coolblue fnac quick kinepolis
    walibi plopsaland bobbejaanland
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    januari februari maart april mei juni juli augustus september oktober november december
    lgbt lgbtq lgbtqia+ lgbtq+ adhd autisme add ass ocd ptss pdd corona covid
    hallo hoi hey hi dag liefs groetjes xx
    """)

TITLES = word_set("""
    meneer mijnheer mnr mr mevrouw mevr mevr. mw juf juffrouw meester meesteres
    dokter dr coach trainer leider leidster pater zuster broeder
    """)

# "mijn vriendin X": X is a person when it looks like a name at all.
RELATIONS = word_set("""
    vriend vriendin vriendje vriendinnetje lief liefje partner ex crush
    broer zus zusje broertje zuster halfbroer halfzus stiefbroer stiefzus
    stiefvader stiefmoeder stiefpapa stiefmama plusmama pluspapa plusbroer pluszus
    neef nicht nichtje neefje oom tante nonkel peter meter
    klasgenoot klasgenote buurman buurvrouw buurjongen buurmeisje
    collega baas leerkracht leraar lerares begeleider begeleidster
    """)

# Words that are a place's name and also too common to ever redact in lower case.
COMMON_PLACE_WORDS = word_set("""
    as boom hoop lot dam ham beek berg bos dijk heide hof kerk linde loo meer mol
    oost west noord zuid peer spa vorst hal haren wezel ruisbroek
    """)

# Street-type words that are the ordinary noun, not a street's name.
GENERIC_STREETS = word_set("""
    straat laan lei weg steenweg baan plein dreef markt kaai dijk hof pad singel vest
    wegel gang park berg veld hoek kouter meers plaats
    snelweg autosnelweg autoweg ringweg zijstraat hoofdweg winkelstraat zeedijk
    fietspad voetpad zebrapad wandelpad speelplein schoolplein dorpsplein marktplein
    binnenplein kerkplein kerkhof speelpark pretpark stadspark achtertuin binnenplaats
    parkeerplaats speelplaats woonplaats werkplaats slaapplaats zitplaats plaats
    verblijfplaats geboorteplaats standplaats vindplaats schuilplaats
    boerderij oprit rondpunt kruispunt spoorweg jaagpad bospad zandweg
    """)

SCHOOL_WORDS = word_set("""
    college instituut atheneum lyceum school hogeschool academie campus
    scholengemeenschap internaat basisschool middenschool kleuterschool lagere
    secundaire middelbare humaniora universiteit unief
    """)

# Names of schools and higher education that carry no school word.
SCHOOL_NAMES = word_set("""
    vti kta vts tsm pti ka gito sgi ti kti kso-school sint-lucas
    ugent kuleuven kul vub ua uantwerpen uhasselt ucll odisee howest artevelde
    hogent pxl vives luca erasmushogeschool kdg ehb ulb uclouvain thomas more
    """)

MOVEMENTS = word_set("""
    chiro ksa klj kaj vksj ksj scouts scout gidsen fos akabe jeugdhuis jh
    """)

CLUB_PREFIXES = word_set("""
    kfc fc kvc vc sk ksv kv rsc hc bbc ksk sv krc kaa kvk vk tc kws ksc kvv vv bc
    hbc khc kvg ac rc
    """)

# Written with a capital before a town, the name of a club: "Basket Lier", "Eendracht Wervik".
CLUB_NAMES = word_set("""
    racing sporting royal basket eendracht sparta olympia union excelsior daring standard
    verbroedering vigor zwaluwen
    """)

CLUB_WORDS = word_set("""
    voetbalclub volleybalclub basketbalclub hockeyclub tennisclub zwemclub
    atletiekclub turnkring turnclub gymclub judoclub karateclub dansclub dansgroep
    wielerclub badmintonclub handbalclub korfbalclub rugbyclub schaakclub
    toneelvereniging toneelgroep fanfare harmonie jeugdkoor koor club ploeg team
    jeugdbeweging
    """)

# "mijn insta is X", "op snap ben ik X"
ACCOUNT_WORDS = word_set("""
    tiktok insta instagram snap snapchat discord twitter youtube twitch psn xbox steam
    roblox fortnite gamertag username gebruikersnaam account accountnaam handle
    """)
