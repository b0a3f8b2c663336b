"""The words that are never a name learned from a text, and the checks against them.

Shared by every rule that learns a name (sign-offs, introductions, what others call the
writer), so they live below all of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from mailhandler.core.redact import gazetteer
from mailhandler.core.scrub.identity import (
    _MIN_PART_LETTERS,
)

# --------------------------------------------------------------------------- names in the text

# A closing line "Groetjes," followed by one to three words: the writer's name, even when
# their mail header has none. Words that are not names are never learned.
# fmt: off
_NOT_SIGNED_NAMES = frozenset((
    "ik", "me", "mij", "je", "jij", "jouw", "een", "de", "het", "anoniem", "anonymous",
    "anonyme", "moi", "je", "toi", "me", "you", "your", "ton", "ta", "ma", "mon", "mijn",
    "x", "xx", "xxx", "xoxo", "iemand", "someone", "quelqu'un", "meisje", "jongen", "fille",
    "garçon", "girl", "boy", "dank", "merci", "thanks", "bedankt", "alvast", "groetjes",
    "groeten", "liefs", "tot", "snel", "later", "doei", "bye", "hulp", "help", "aide",
    "wishes", "regards", "luck", "groet", "wensen", "salutations", "amitiés", "love",
    "ily", "ilysm", "lol", "omg", "bff", "idk", "tbh", "pls", "plz", "svp",
    # "groetjes van mama": a family member signs, and "mama" stays a word in the text.
    "mama", "papa", "mam", "pap", "ma", "pa", "mom", "mum", "dad", "maman", "oma", "opa",
    "mamie", "papy", "mamy", "grandma", "grandpa", "nana", "zus", "broer", "sis", "bro",
    # "hiya" or "salam" as the whole subject or the first line: a greeting that is also a
    # first name somewhere greets, it does not sign.
    "hiya", "heya", "hai", "hej", "hoi", "hey", "hi", "hallo", "hello", "salut", "coucou",
    "salam", "salaam", "selam", "slm", "wesh", "hola", "ciao",
    # "Manana" (Pashto), "Tashakor" (Dari), "Shukran" (Arabic) alone under the text: the
    # writer's thanks in their first language, as "merci" and "bedankt" are, even where the
    # lists know it as a first name (Georgian "Manana"). Written as young people transliterate
    # them, with and without accents.
    "manana", "manena", "tashakor", "tashakur", "tashakkur", "tashakour", "mamnoon", "mamnun",
    "mamnoun", "shukran", "choukran", "chokran", "shokran", "shukria", "shukriya", "shukriyaa",
    "sagol", "sağol", "saol", "teşekkürler", "tesekkurler", "teşekkür", "tesekkur", "dziękuję",
    "dziekuje", "spasibo", "spasiba", "diakuiu", "dyakuyu", "obrigado", "obrigada", "asante",
    "medaase", "mahadsanid", "multumesc", "mulțumesc", "faleminderit", "hvala", "köszönöm",
    "koszonom", "dhanyavaad", "dhanyavad", "tanemmirt", "yekenyeley", "inshallah",
    "inchallah", "mashallah", "machallah", "barakallah",
    # "Gracias 🙏🏽", "Nandri 🙏" (Tamil), "Tenki" (Krio), "Salamat" (Tagalog): the same thanks
    # in more of the languages young people here mix in, with or without an emoji after it.
    "gracias", "grazie", "danke", "nandri", "nanri", "nandrigal", "tenki", "tenkyu", "salamat",
    "efharisto", "efcharisto", "arigato", "arigatou", "kamsahamnida", "gamsahamnida", "mèsi",
    "sipas", "dankie", "kiitos", "aitäh", "paldies", "ačiū", "děkuji", "dekuji", "ďakujem",
    "dakujem", "blagodarya", "mersi", "dhanyawad", "ngiyabonga", "daalu", "obrigadu", "graças",
    # "merci hé", "bedankt hoor", "merci encore", "dank u ze": a word said after the thanks,
    # an interjection closing it, not a name.
    "hé", "hè", "he", "hein", "eh", "hoor", "quoi", "encore", "beaucoup", "bcp", "ouais",
    "ze", "zè", "zenne", "joh", "se", "ne", "nè", "wi", "wè", "hen", "euh", "ah", "oh", "ahja",
))
# fmt: on

_MAX_LEARNED_NAME_CHARS = 60
_KISSES = re.compile(r"(?i)x+|(?:xo)+x?")
_MIN_SUFFIX_LETTERS = 4
_TRAILING_LINES = 3
_NOT_INITIALS = frozenset("IAUYO")  # "… so do I.": words, not initials
# "ik", and the Flemish "k" / "'k" for it ("k ben yara", "'k heet Wout").
_IK = r"(?:ik|['’]?k)"

# "I'm German", "je suis Guinéen", "ik ben Duits": a nationality, not a name.
# fmt: off
_NATIONALITIES = frozenset((
    "belg", "belgisch", "belge", "nederlander", "nederlands", "vlaming", "vlaams", "waal",
    "marokkaans", "turks", "français", "française", "belgian", "dutch", "french", "english",
    "british",
    "german", "spanish", "italian", "polish", "turkish", "moroccan", "congolese", "american",
    "canadian", "irish", "scottish", "welsh", "european", "african", "swiss", "austrian",
    "portuguese", "greek", "romanian", "russian", "ukrainian", "syrian", "afghan", "chinese",
    "japanese", "korean", "pakistani", "nigerian", "guinean", "senegalese", "algerian",
    "tunisian", "allemand", "allemande", "espagnol", "espagnole", "polonais", "polonaise",
    "turc", "turque", "marocain", "marocaine", "congolais", "congolaise", "américain",
    "américaine", "européen", "européenne", "africain", "africaine", "suisse", "portugais",
    "portugaise", "roumain", "roumaine", "russe", "ukrainien", "ukrainienne", "syrien",
    "syrienne", "algérien", "algérienne", "tunisien", "tunisienne", "guinéen", "guinéenne",
    "sénégalais", "sénégalaise", "camerounais", "camerounaise", "duits", "duitse", "spaans",
    "spaanse", "italiaans", "italiaanse", "pools", "poolse", "turkse", "marokkaanse",
    "congolees", "congolese", "amerikaans", "amerikaanse", "europees", "europese", "afrikaans",
    "afrikaanse", "zwitsers", "belgische", "nederlandse", "vlaamse", "waalse",
    # The other nationalities and languages volunteers and young people name themselves by
    # ("I'm Swedish and moved here for work", "ik ben Koerdisch", "je suis Albanaise"), in
    # English, Dutch and French. Those that are also first names in the lists ("Danish",
    # "Georgian", "Thai", "Kosovar") are left out: after "I'm" they stay a possible name.
    "swedish", "norwegian", "finnish", "icelandic", "estonian", "latvian", "lithuanian",
    "hungarian", "czech", "slovak", "slovenian", "croatian", "serbian", "bosnian",
    "albanian", "bulgarian", "macedonian", "kurdish", "armenian", "iranian", "iraqi",
    "egyptian", "lebanese", "indian", "brazilian", "mexican", "colombian", "australian",
    "vietnamese", "filipino", "indonesian", "flemish", "maltese", "luxembourgish", "somali",
    "eritrean", "ethiopian", "ghanaian", "cameroonian", "scandinavian", "asian", "zweeds",
    "zweedse", "noors", "noorse", "deens", "deense", "fins", "finse", "ijslands",
    "ijslandse", "hongaars", "hongaarse", "tsjechisch", "tsjechische", "kroatisch",
    "kroatische", "servisch", "servische", "albanees", "albanese", "bulgaars", "bulgaarse",
    "koerdisch", "koerdische", "armeens", "armeense", "iraans", "iraanse", "iraaks",
    "iraakse", "egyptisch", "egyptische", "libanees", "libanese", "indisch", "indische",
    "braziliaans", "braziliaanse", "mexicaans", "mexicaanse", "vietnamees", "vietnamese",
    "somalisch", "somalische", "eritrees", "eritrese", "ethiopisch", "ethiopische",
    "roemeens", "roemeense", "russisch", "russische", "oekraïens", "oekraïense", "syrisch",
    "syrische", "grieks", "griekse", "portugees", "portugese", "chinees", "japans",
    "japanse", "engelse", "franse", "schots", "schotse", "iers", "ierse", "suédois",
    "suédoise", "norvégien", "norvégienne", "danois", "danoise", "finlandais",
    "finlandaise", "hongrois", "hongroise", "tchèque", "croate", "serbe", "albanais",
    "albanaise", "bulgare", "kurde", "arménien", "arménienne", "iranien", "iranienne",
    "irakien", "irakienne", "égyptien", "égyptienne", "libanais", "libanaise", "indien",
    "indienne", "brésilien", "brésilienne", "mexicain", "mexicaine", "vietnamien",
    "vietnamienne", "somalien", "somalienne", "érythréen", "érythréenne", "éthiopien",
    "éthiopienne", "italien", "italienne", "grec", "grecque", "chinois", "chinoise",
    "japonais", "japonaise", "anglais", "anglaise", "britannique", "irlandais",
    "irlandaise", "néerlandais", "néerlandaise", "flamand", "flamande", "wallon",
    "wallonne", "luxembourgeois", "luxembourgeoise",
    # The peoples young refugees and their families name themselves by ("Ik ben Hazara uit
    # Afghanistan", "je suis Pachtoune", "I'm Tajik", "ik ben Afghaan"), an ethnicity or a
    # faith as "I'm Kurdish" is a nationality: what the volunteer needs to understand their
    # story, no one's name. Those that are also first names in the lists ("Berber", "Kurd",
    # "Roma") are left out, as above.
    "hazara", "pashtun", "pashtoun", "pachtoun", "pachtoune", "pasjtoen", "pathan", "tajik",
    "tadjik", "tadzjiek", "uzbek", "ouzbek", "oezbeek", "turkmen", "baloch", "baluch",
    "amazigh", "kabyle", "riffijn", "rifain", "rifaine", "yezidi", "yazidi", "jezidi",
    "yézidi", "ezidi", "oromo", "amhara", "tigrinya", "tigréen", "tigréenne", "tigrayan",
    "tutsi", "hutu", "tamil", "sikh", "punjabi", "druze", "alevi", "assyrian", "assyrisch",
    "assyrien", "assyrienne", "chaldean", "chechen", "tsjetsjeen", "tchétchène", "tatar",
    "uyghur", "oeigoer", "ouïghour", "ouïghoure", "sinti", "rohingya", "sahrawi", "afghaan",
    "afghaanse", "afghane", "afghani", "marokkaan", "turk", "syriër", "irakees", "iraniër",
    "somaliër", "eritreeër", "ethiopiër", "algerijn", "tunesiër", "egyptenaar", "pakistaan",
    "pakistanais", "pakistanaise", "roemeen", "bulgaar", "oekraïner", "koerd", "arabier",
    "palestijn", "palestijnse", "palestinian", "palestinien", "palestinienne", "kosovaar",
    "berbère", "soudanais", "soudanaise", "soedanees", "sudanese", "bangladeshi", "bengali",
    "nepali", "tibetan", "tibétain", "tibétaine",
    # Dutch names a person by their country with a noun as often as with the adjective ("ik
    # ben Braziliaan, 18", "ik ben Colombiaanse"): the nouns, and the Roma's own words for
    # themselves ("ik ben rom", "je suis manouche"). "Roma" and "Brit" are first names too
    # and stay out, as above.
    "braziliaan", "colombiaan", "colombiaanse", "mexicaan", "peruaan", "peruaanse",
    "chileen", "chileense", "argentijn", "argentijnse", "venezolaan", "venezolaanse",
    "cubaan", "cubaanse", "haïtiaan", "haïtiaanse", "italiaan", "spanjaard", "fransman",
    "duitser", "engelsman", "kameroener", "kameroense", "ghanees", "ghanese", "nigeriaan",
    "nigeriaanse", "senegalees", "senegalese", "guineeër", "guinese", "angolees", "angolese",
    "rwandees", "rwandese", "burundees", "burundese", "indiër", "japanner", "koreaan",
    "koreaanse", "filipijn", "filipijnse", "indonesiër", "serviër", "kroaat", "bosniër",
    "griek", "hongaar", "tsjech", "slowaak", "amerikaan", "australiër", "rom", "romni",
    "romnja", "sinto", "manouche", "gitan", "gitane", "tzigane",
))
# Capitalised words after "ik ben" that are not names.
_NOT_INTRODUCED = _NATIONALITIES | frozenset((
    "belg", "belgisch", "belge", "nederlander", "nederlands", "vlaming", "vlaams", "waal",
    "marokkaans", "turks", "moslim", "moslima", "christen", "christelijk", "joods", "katholiek",
    "musulman", "musulmane", "chrétien", "chrétienne", "juif", "juive", "catholique",
    "français", "française", "belgian", "dutch", "french", "english", "british", "muslim",
    "christian", "jewish", "catholic", "trans", "bi", "gay", "lesbisch", "lesbienne", "queer",
    "non-binair", "homo", "hetero", "autist", "autistisch", "adhd", "ik", "je", "i", "niet",
    "pas", "not", "just", "juste", "gewoon", "ook", "aussi", "also", "so", "really", "very",
    "heel", "erg", "zo", "echt", "vraiment", "très", "tellement", "sorry", "désolé", "désolée",
    "ok", "oké", "okay", "bang", "sad", "scared", "lost", "perdu", "perdue", "allemaal",
    "alvast", "iedereen", "everyone", "all", "beaucoup", "again", "nog", "vast", "you", "u",
    "jullie", "vous", "toi", "zoveel", "voor", "pour", "for", "seul", "seule", "triste",
    "lesbienne", "nieuw", "alleen", "verliefd", "verward", "lonely", "alone", "confused", "new",
    "only", "almost", "bijna", "presque", "nog", "pas", "net", "al", "déjà", "already",
    "depressed", "moe", "tired", "fatigué", "fatiguée", "malade", "ziek", "sick", "happy",
    "blij", "content", "contente", "heureux", "heureuse", "jong", "young", "jeune", "oud", "old",
    "pas", "bientôt", "soon", "nu", "now", "maintenant", "een", "a", "an", "une", "un", "de",
    "het", "le", "la", "the", "boos", "angry", "fâché", "fâchée", "klein", "petit", "petite",
    # "I'm THIRTEEN", "ik ben Twaalf": an age written out, shouted or not.
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen", "twenty", "tien", "elf", "twaalf", "dertien", "veertien",
    "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig", "dix", "onze",
    "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf",
    "vingt",
    # "ik heet eigenlijk robin": an adverb after the cue, never the name.
    "eigenlijk", "officieel", "dus", "actually", "officially", "donc", "officiellement",
))
# Words that follow "call me", "c'est", "i'm" without being anyone's name ("call me after
# school", "c'est pas ma mère", "I'm sorry"): a bounded vocabulary per language, so that an
# introduction never takes a word of the sentence for a name.
_FUNCTION_WORDS = frozenset((
    "after", "before", "back", "later", "tomorrow", "tonight", "today", "anytime", "when",
    "if", "at", "on", "in", "please", "maybe", "whenever", "sometime", "again", "here",
    "there", "because", "but", "and", "or", "what", "who", "how", "why", "that", "this",
    "it", "its", "is", "was", "going", "gonna", "feeling", "having", "trying", "writing",
    "sure", "fine", "good", "bad", "done", "back", "still", "never", "always", "pas", "plus",
    "moi", "toi", "lui", "elle", "nous", "ça", "ca", "quoi", "qui", "que", "comme", "vrai",
    "normal", "grave", "bizarre", "dur", "difficile", "compliqué", "encore", "toujours",
    "jamais", "peut-être", "mal", "bien", "mieux", "nul", "fini", "trop", "vraiment",
    "na", "morgen", "straks", "later", "vanavond", "vandaag", "als", "wanneer", "want",
    "maar", "omdat", "dat", "dit", "wat", "wie", "hoe", "waarom", "er", "daar", "hier",
    "nog", "weer", "opnieuw", "moeilijk", "raar", "normaal", "bezig", "klaar", "zeker",
    "benieuwd", "blij", "bang", "het", "een", "de", "da", "nie", "ni", "wel", "toch",
    # "I don't know what I am yet, I'm 12": where a sentence goes on, not a name.
    "yet", "anymore", "either", "too",
    # "nu weet hij hoe ik heet en waar ik woon": the sentence goes on with a conjunction, as
    # "and" does above; no one is called "en" or "et".
    "en", "et", "of", "ou",
))
# fmt: on

# What may follow a name that stands alone: the end, a comma, "en", an age, where they live.
# (Or the next clause of an unpunctuated line opening with "ik": "ik ben Amber ik zit bij de
# turnkring".)
_AFTER_A_NAME = re.compile(
    r"\s*(?:$|[,.!?;:()\-–—]|(?:en|and|et|uit|from|van|de|hier|here|ici|x+|ik|['’]k)\b|\d)",
    re.IGNORECASE)


def _is_known_word(word: str, known: Iterable[str], local_words: set[str]) -> bool:
    folded = word.casefold()
    return folded in local_words or any(
        part == folded or (len(folded) >= _MIN_PART_LETTERS and part.startswith(folded))
        or (len(part) >= _MIN_PART_LETTERS and folded.startswith(part)) for part in known)


def _no_common_word(name: str, content: str, end: int, known: Iterable[str],
                    local_words: set[str]) -> bool:
    """ "ik ben Hoop kwijt": a capitalised word after "ik ben" that is a common word of the
    language is a name only when the writer is known by it, or when it is a first name that
    stands alone ("Ik ben Roos, 14 jaar")."""
    words = gazetteer.load()
    folded = name.casefold()
    if _is_known_word(name, known, local_words):
        return True
    if folded in _SLURS:
        return False
    if folded not in words.ordinary:
        return True
    return folded in words.first_names and _AFTER_A_NAME.match(content, end) is not None


# What bullies call young people, where the word is also in the first-name lists ("ze noemen
# me mietje", "they call me sissy"): the substance of the mail, never the writer's name.
# fmt: off
_SLURS = frozenset((
    "mietje", "janet", "sissy", "gay", "lul", "sale", "vache", "ezel", "flikker", "homo",
    "lesbo", "pot", "nicht", "poef", "trut", "slet", "hoer", "dikke", "dikkerd", "vetzak",
    "varken", "koe", "bitch", "slut", "fag", "faggot", "dyke", "pédé", "pd", "tapette", "gouine",
    "salope", "pute", "loser", "sukkel", "mongool", "mongol", "debiel", "nerd", "freak", "kreng",
    "teef", "manwijf", "tomboy", "transje", "zwartje", "stinker", "baleine", "cochon", "porc",
    "grosse", "moche", "geit", "aap",
))
# fmt: on

_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SURNAME_PARTICLES = frozenset((
    "van", "de", "der", "den", "ter", "ten", "le", "la", "du", "des", "di", "da", "del", "von",
    "vande", "vanden", "vander", "el", "al", "ben", "bin", "abu", "mc", "mac", "o'", "o’", "d'",
    "d’", "dos", "das",
))


def _spelling_said_after_subject(name: str, known_words: set[str]) -> bool:
    """ "(thuis zeggen ze Sori)" beside Soraya: after the verb and its subject ("zeggen ze")
    a bracket may as well give what they are called at school as an insult ("(op school zeggen
    ze Homo)", "(… zeggen ze Dikke)"), which would then be replaced everywhere, in lower case
    too. So each word is a spelling of the name only when it is no slur nor word of the
    language, and is a first name of the lists or begins as a name the writer is known by."""
    gazette = gazetteer.load()
    for word in name.split():
        folded = word.casefold()
        if folded in _SLURS or folded in _FUNCTION_WORDS or folded in _NOT_INTRODUCED \
                or folded in _NOT_SIGNED_NAMES or folded in gazetteer.NOT_PEOPLE \
                or folded in gazetteer.CHAT_WORDS:
            return False
        listed = folded in gazette.first_names
        if listed and folded not in gazette.ordinary:
            continue
        if (listed or folded not in gazette.ordinary) \
                and any(known[:1] == folded[:1] for known in known_words):
            continue
        return False
    return True
