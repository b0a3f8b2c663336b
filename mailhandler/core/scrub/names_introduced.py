"""Names the writer introduces themselves with: "ik ben X", "je m'appelle X", "my name is X",
with their many forms and the sentences that only look like one.

Separate because it is the largest kind of name learned from the text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from mailhandler.core.redact import gazetteer
from mailhandler.core.scrub.identity import (
    _MIN_NAME_CHARS,
    _MIN_PART_LETTERS,
    WordName,
    _without_accents,
)
from mailhandler.core.scrub.names_called import (
    _BUT,
    _CALLED,
    _NEGATED,
    _NEGATION_REACH,
    _called_name,
    _called_so_names,
    _more_called_names,
    _other_named_names,
)
from mailhandler.core.scrub.names_labelled import _SOMEONE_ELSES_PAGE
from mailhandler.core.scrub.names_pasted import (
    _RECEIVED,
)
from mailhandler.core.scrub.names_short_forms import (
    _consonants_of_known,
    _initials_in_order,
    _is_short_form,
    _pet_form_of_known,
)
from mailhandler.core.scrub.names_signed import (
    _SAME_LINE_SIGN_OFF,
    _only_a_first_name,
    _signed_off_name,
)
from mailhandler.core.scrub.names_words import (
    _FUNCTION_WORDS,
    _IK,
    _KISSES,
    _MAX_LEARNED_NAME_CHARS,
    _NAME_WORD,
    _NATIONALITIES,
    _NOT_INTRODUCED,
    _NOT_SIGNED_NAMES,
    _SLURS,
    _SURNAME_PARTICLES,
    _TRAILING_LINES,
    _is_known_word,
    _no_common_word,
    _spelling_said_after_subject,
)
from mailhandler.core.scrub.signature_lines import (
    _CLOSING,
    _PRONOUN_WORDS,
    _WORD,
)

# "ik heet Sam", "mijn naam is sam", "je m'appelle Léa", "my name is Noor": a name, in any case.
# "je suis", and the text-message forms of it ("jsuis", "j'suis", "chui").
_JE_SUIS = r"(?:je\s+suis|j['’]?[ \t]?suis|chui)"
# "ik ben", and West-Flemish "'k zyn" / "k zijn" for it ("'k zyn Lowie, 'k zyn 15 jaar").
_IK_BEN = rf"(?:{_IK}\s+ben|['’]?k\s+z(?:y|ij)n)"
_NAME_ADVERB = (r"vanaf\s+nu|voortaan|nu|sinds\s+kort|eigenlijk|officieel|gewoon|dus|echt"
                r"|from\s+now\s+on|now|actually|officially|really|just|d[ée]sormais|maintenant"
                r"|en\s+fait|officiellement|vraiment|juste|donc")
_INTRODUCTION = re.compile(
    # Text-message French drops apostrophes and letters: "mon prenom cest Noah", "jmappelle".
    rf"(?i)(?<!\w)(?:{_IK}\s+heet|mijn\s+naam\s+is|j(?:e\s+|['’])?m['’]?appelle"
    r"|mon\s+(?:pr[ée])?nom\s+(?:c['’ ]?est|est)|my\s+name\s+is|my\s+name['’]?s|i['’]m\s+called"
    # "My name here is Thomas but my birth name was Min-jun": the name they go by where they
    # live now, as much theirs.
    r"|my\s+name\s+here\s+is|mijn\s+naam\s+hier\s+is|mon\s+(?:pr[ée])?nom\s+ici\s+(?:c['’]est|est)"
    r"|my\s+real\s+name\s+is|mijn\s+echte\s+naam\s+is|mon\s+vrai\s+(?:pr[ée])?nom\s+est"
    # The name they were given and no longer use is theirs as much: "mijn geboortenaam is
    # Elisa", "my old name was Elisa", "mon ancien prénom c'était Elisa".
    r"|mijn\s+(?:geboortenaam|deadname|dead\s*name|oude\s+naam|vorige\s+naam|officiële\s+naam)"
    r"\s+(?:is|was)"
    r"|my\s+(?:birth\s+name|dead\s*name|old\s+name|legal\s+name|given\s+name)\s+(?:is|was)"
    r"|mon\s+(?:ancien\s+(?:pr[ée])?nom|(?:pr[ée])?nom\s+de\s+naissance|deadname)"
    r"\s+(?:est|c['’]est|c['’][ée]tait|[ée]tait)"
    r"|(?:i\s+am|i['’]?m|ik\s+ben)\s+(?:an?|een)\s+(?:[\w-]{1,20}\s+){0,5}?"
    r"(?:called|named|genaamd)"
    # "Naam: Lotte / Leeftijd: 14": a form the writer fills in at the start of a line.
    r"|^\W*(?:naam|voornaam|name|first\s+name|nom|pr[ée]nom)\s*:)"
    # "ik heet vanaf nu Lena", "my name is actually Alex": a name after an adverb or two,
    # only before a capital (the adverb is no name, and "ik heet nu eenmaal zo" names no one).
    rf"\s+(?:(?:(?:{_NAME_ADVERB})\s+){{1,2}}(?=(?-i:[A-ZÀ-Ý])))?"
    r"(?P<name>[^\W\d_][\w'’-]*)"
)

# "mijn klas zegt Vanakske tegen mij", "iedereen zegt altijd Lotje tegen me": the name first,
# then to whom it is said.
_SAYS_TO_ME = re.compile(
    r"(?i)(?<!\w)(?:zegt|zeggen|zegge|zeggn|zei|zeiden)\s+(?:(?:altijd|soms|vaak|ook|nog|gewoon"
    r"|allemaal|al)\s+){0,2}(?P<name>[^\W\d_][\w'’-]*)\s+(?:tegen|tegn|teggen)\s+(?:mij|me)(?!\w)"
)

# "noem me maar J.", "call me R.": one initial the writer asks to go by.
_CALLED_INITIAL = re.compile(
    r"(?i)(?<!\w)(?:noem\s+(?:me|mij)|call\s+me|appelle[sz]?[\s-]moi|on\s+m['’]appelle"
    r"|(?:je|jullie|u)\s+(?:kan|kunt|mag|mogen)\s+(?:me|mij)|you\s+can\s+call\s+me)"
    r"\s+(?:(?:maar|gewoon|just|juste|simply)\s+)?(?P<name>(?-i:[A-Z])\.)(?!\w)"
)
# "thuis zeggen ze Guillaume", "op school zeggen ze Jo": where, then the verb before "ze" (the
# Dutch word order after a place put first), as "ze zeggen …"; what they are called there may
# be an insult as well ("op school zeggen ze Vetklep"): a name only as a bracket's spelling is
# (names_words._spelling_said_after_subject).
_SAID_WHERE = r"(?:thuis|hier|daar|op\s+school|op\s+het\s+werk|in\s+de\s+klas)\s+zeggen\s+ze"
# "eigenlijk heet ik Frederique", "ik noem mezelf Robin", "appelle-moi Max", "I go by Sam":
# weaker cues ("I go by bus"), so the word must have a capital.
_NAMED_AS = re.compile(
    r"(?i)(?<!\w)(?:heet\s+ik|noem\s+(?:mij|mezelf|mijzelf)|ik\s+noem\s+me"
    r"|(?:iedereen|ze|vrienden|mijn\s+vrienden)\s+zeg(?:t|gen)(?:\s+(?:mij|me|tegen\s+mij))?"
    rf"|{_SAID_WHERE}(?:\s+(?:mij|me|tegen\s+mij))?"
    r"|appelle[sz]?[\s-]moi|(?:tu\s+peux|vous\s+pouvez)\s+m['’]appeler|i\s+go\s+by"
    # "(ik ben Marie maar thuis ben ik Poekie)": the name the family uses at home.
    r"|thuis\s+(?:ben|heet)\s+ik|(?:at\s+home|home)\s+i['’]?m|[àa]\s+la\s+maison\s+je\s+suis)"
    r"\s+(?:maar\s+|gewoon\s+|juste\s+|just\s+)?(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)"
)
# "kennen ze me als Lotte haar broer", "posted on insta under Noor haar foto", "under Lisa's
# selfie", "under Ryan his message": a name followed by whose-words ("haar", "z'n", "his",
# "'s", "sa") is someone else's, named for what is theirs (a sister, a photo): the writer is
# known as their sibling, the post stood under a friend's picture. That friend's name is
# theirs to tell, no name of the writer's.
_NOT_SOMEONES = (r"(?!['’]s?(?![\w'’])|[ \t]+(?:haar|z['’]n|zijn|d['’]r|hun|his|her|their|sa"
                 r"|son|ses|ze)(?![\w'’]))")
# "at the youth centre they know me as Kaybee", "I'm known as Jojo there", "op de club kennen ze
# me als Dribbel", "là-bas on me connaît sous le nom de Kiki": the name the writer goes by
# somewhere, said of themselves. A weaker cue than "I go by" ("they know me as Trouble"), so
# the word is a name like one after "ik ben" (see _no_common_word): capitalised, and no word
# of the language unless the writer is known by it.
_KNOWN_AS = re.compile(
    r"(?i)(?<!\w)(?:(?:they|people|everyone|everybody|kids|most\s+people|(?:my\s+)?friends"
    r"|we|you)\s+(?:all\s+)?(?:know|knows|knew)\s+me\s+as|i['’]?m\s+known\s+as|i\s+am\s+known\s+as"
    r"|(?:kennen|kent)\s+(?:ze\s+|zij\s+|iedereen\s+|ge\s+|je\s+)?(?:me|mij)\s+(?:daar\s+|hier\s+)?als"
    r"|me\s+conna(?:[iî]t|issent)\s+(?:l[àa](?:-bas)?\s+)?(?:sous\s+le\s+nom\s+de|comme))"
    r"\s+(?P<name>(?-i:[A-ZÀ-Ý])[\w-]+)(?![\w'’-])" + _NOT_SOMEONES
)
# "I write fanfiction on AO3 under quietfoxglove", "ik post op Wattpad onder de naam
# maanvis_07", "j'écris sur Wattpad sous le pseudo luciole": the name the writer publishes
# under, on a site they name, finds their work and them as surely as an account. Only after a
# verb of writing or posting and a site ("on …", "op …", "sur …") in the same sentence, and
# only a word that is none of the language ("under pressure", "under my own name", "onder
# druk"), nor "anon"/"pseudo" themselves.
_PEN_NAME = re.compile(
    r"(?i)(?<![\w'’])(?:writ(?:e|es|ing)|wrote|written|post(?:s|ed|ing)?|publish(?:es|ed|ing)?"
    r"|upload(?:s|ed|ing)?|schrijf|schrijft|schrijven|schreef|publiceer\w*|poste?n?|postte"
    r"|[ée]cri(?:s|t|vais|vait)|publie|poste)(?![\w'’])"
    r"[^.!?\n]{0,60}?(?<![\w'’])(?:on|op|sur)\s+[^\W_][\w.-]{0,30}"
    r"[^.!?\n]{0,30}?(?<![\w'’])(?:under|onder|sous)\s+"
    r"(?:(?:the|my|a|de|het|mijn|le|la|mon)\s+)?"
    r"(?:(?:pen\s*name|name|user\s*name|pseudonym|pseudo|naam|schuilnaam|gebruikersnaam"
    r"|nom(?:\s+de\s+plume)?)\s+(?:of\s+|van\s+|de\s+)?)?"
    r"(?P<name>[^\W\d_][\w.-]{1,40})(?![\w.-])" + _NOT_SOMEONES
)
_NOT_PEN_NAMES = re.compile(r"(?i)anon\w*|anoniem\w*|pseudo\w*")
# "Onze zoon (Arne, 12 jaar) heeft het volgende geschreven": a parent sending the child's own
# words names the help-seeker. (A parent writing for the child, "Je suis la maman de Nathan, 15
# ans", names them too, in a help-seeker's mail: see _written_for_names.)
_CHILD_NAMED_IN_BRACKETS = re.compile(
    r"(?i)(?<!\w)(?:zoon|dochter|zoontje|dochtertje|kind|son|daughter|kid|child|fils|fille)"
    r"\s*\(\s*(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]{1,40})\s*,\s*\d{1,2}\b"
)
_CHILD_WROTE = re.compile(
    r"(?i)(?<!\w)(?:geschreven|schreef|schrijft|getypt|overgetypt|typt|typen|dicteert|gedicteerd"
    r"|wrote|written|typed|dictated|a\s+[ée]crit|[ée]crit|tap[ée])(?!\w)"
)

# "Ze heeft het volgende zelf getypt: / "… ik wil gewoon dat het stopt. Jitske"", "hij had hem
# met de hand geschreven … / 'Lieve mama, / … / je Wannes'": a parent passing on their child's
# own words in quotes. The first name that closes the quoted words (after a stop or a comma,
# after "je"/"your"/"ta" or alone on the line, right before the closing quote) signs them, and
# the child who signs is the one the mail asks help for, as the bracket of "Onze zoon (Arne, 12
# jaar) heeft het volgende geschreven" names them. Only where the writer speaks of their own
# child ("mijn zoon", "onze dochter") and of writing (_CHILD_WROTE) above the quoted words, and
# not of words the child received ("ze kreeg dit bericht", names_pasted._RECEIVED): those are
# signed by someone else.
_WRITERS_CHILD = re.compile(
    r"(?i)(?<![\w'’])(?:mijn|m['’]n|onze|ons|my|our|mon|ma|notre|nos|mes)\s+(?:zoon|dochter"
    r"|zoontje|dochtertje|kind|son|daughter|kid|child|fils|fille|enfant)(?![\w'’])")
_OPENS_QUOTE = re.compile(r"[ \t]*[\"'“‘„«]")
_CLOSES_QUOTE = re.compile(r".*[\"'”’»][ \t]*")
# A name after a comma closes the quoted words as a signature only after a closing word
# ("liefs, Jitske", "love, Jamie"): after other words it is whom they speak to ("het spijt me
# echt, Lore" in a note the child wrote to a friend), a name of the child's story.
_QUOTED_SIGN_OFF = re.compile(
    r"(?:^[\W_]*|[.!?…][ \t]+|(?<![\w'’])(?:je|jouw|your|ta|ton|votre|xx*|xo)[ \t]+"
    r"|(?i:(?<![\w'’])(?:liefs|kusjes|groetjes|knuffels?|dikke\s+kus|love|hugs|bisous|bises"
    r"|gros\s+bisous|xx+|xo+))[ \t]*,[ \t]+)"
    r"(?P<name>(?-i:[A-ZÀ-Ý])[^\W\d_][\w'’-]{0,30})[ \t]*[.!]?[ \t]*[\"'”’»][ \t]*$")
_MAX_QUOTED_LINES = 40


def _child_signed_quoted_words(own: list[str]) -> list[str]:
    """The first names signing a child's quoted words their parent passes on in `own` (see
    _QUOTED_SIGN_OFF above); each quoted passage and what stands above it is read once."""
    names: list[str] = []
    if not any(_WRITERS_CHILD.search(content) for content in own):
        return names
    words = gazetteer.load()
    opened: int | None = None
    for index, content in enumerate(own):
        if opened is None and _OPENS_QUOTE.match(content):
            opened = index
        if opened is None or not _CLOSES_QUOTE.fullmatch(content):
            continue
        start, opened = opened, None
        if index - start > _MAX_QUOTED_LINES:
            continue
        signed = _QUOTED_SIGN_OFF.search(content)
        if signed is None:
            continue
        above = "\n".join(own[max(0, start - _MAX_QUOTED_LINES):start])
        if not _WRITERS_CHILD.search(above) or not _CHILD_WROTE.search(above) \
                or _RECEIVED.search(above):
            continue
        name = signed["name"]
        folded = name.casefold()
        if len(name) >= _MIN_PART_LETTERS and folded not in _FUNCTION_WORDS \
                and folded not in _NOT_SIGNED_NAMES and folded not in _NOT_INTRODUCED \
                and folded not in gazetteer.NOT_PEOPLE and folded not in gazetteer.CHAT_WORDS \
                and (folded in words.first_names or folded not in words.ordinary):
            names.append(name)
    return names


# "ik heb mijn brief voor de sint al geschreven … hier is hem" over "Lieve Sinterklaas, / … /
# Veel liefs van Mirthe": a letter the writer says they wrote themselves ("mijn brief", "my
# letter" and a word of writing on one line), pasted into their mail, is signed by them as the
# mail's last line would be; its closing line ("Veel liefs van X", "Love, X": a closing and a
# first name, one or two words before it at most) names them. Not a letter they received
# (_RECEIVED on that line: "ik kreeg een brief van …"), whose signer is someone else.
_OWN_LETTER = re.compile(
    r"(?i)(?<![\w'’])(?:mijn|m['’]n|my|ma|mon)\s+(?:brief|briefje|kaart|kaartje|letter|note"
    r"|lettre|mot|carte)(?![\w'’])")
_OWN_LETTER_LINES = 20
_WORDS_BEFORE_CLOSING = 2


def _own_letter_signed(own: list[str], known: list[str]) -> list[str]:
    """The first name closing a letter the writer says they wrote (_OWN_LETTER above)."""
    names: list[str] = []
    for index, content in enumerate(own):
        if not _OWN_LETTER.search(content) or not _CHILD_WROTE.search(content) \
                or _RECEIVED.search(content):
            continue
        for line in own[index + 1:index + 1 + _OWN_LETTER_LINES]:
            closing = _SAME_LINE_SIGN_OFF.search(line)
            if closing is None \
                    or len(_WORD.findall(line[:closing.start()])) > _WORDS_BEFORE_CLOSING:
                continue
            names.extend(name for name in _signed_off_name(line, known)
                         if _only_a_first_name(name.split()[0]))
    return names


# "ik ben het weer / van gisteren / Zita", "it's me again, Noor", "c'est encore moi, Inès": a
# writer writing again says who they are by the name alone, right after "it's me" (on its line
# or the next one, a "from yesterday" between). Only a first name that is no word of the
# language, standing alone at the end of its line ("ik ben het weer / Ik heb …" goes on).
_ITS_ME_AGAIN = re.compile(
    r"(?im)^[ \t]*(?:(?:hoi|hallo|hey|hi|dag|yo|salut|coucou|hello)[ \t]*[,!]?[ \t]*)?"
    r"(?:(?:ik|['’]k)[ \t]+ben[ \t]+het|it['’]?s[ \t]+me|c['’]est[ \t]+(?:encore[ \t]+)?moi)"
    r"(?:[ \t]+(?:weer|nog[ \t]+eens|opnieuw|terug|again))?"
    r"(?:\s+(?:van|from|d['’]|de)[ \t]*(?:gisteren|eergisteren|vorige[ \t]+week|daarnet"
    r"|vanmorgen|yesterday|last[ \t]+week|hier|la[ \t]+semaine[ \t]+derni[èe]re))?"
    r"[ \t]*[,.:!-]?[ \t]*\n?[ \t]*(?-i:(?P<name>[A-ZÀ-Ý][\w'’-]+))[ \t]*[.!]?[ \t]*$")


def _its_me_again_names(own: list[str]) -> list[str]:
    """The first names a writer gives after "it's me (again)" (_ITS_ME_AGAIN above)."""
    return [match["name"] for match in _ITS_ME_AGAIN.finditer("\n".join(own))
            if match["name"].casefold() not in _FUNCTION_WORDS
            and match["name"].casefold() not in _NOT_INTRODUCED
            and _only_a_first_name(match["name"])]


# "mijn naam is eigenlijk wout d'hondt", "my name is sien de ridder": a full name in lower case
# after an introduction; a name when its last words spell their address (w.dhondt@…).
_LOWER_FULL_NAME_INTRODUCTION = re.compile(
    r"(?i)(?<!\w)(?:mijn\s+(?:volledige\s+)?naam\s+is|ik\s+heet|my\s+(?:full\s+)?name\s+is"
    r"|je\s+m['’]appelle|mon\s+nom\s+(?:est|c['’]est))"
    rf"\s+(?:(?:{_NAME_ADVERB})\s+)?"
    r"(?P<first>[^\W\d_][\w-]{1,30})\s+(?P<rest>[\w'’-]{1,40}(?:\s+[\w'’-]{1,40}){0,2})"
)
_MAX_SURNAME_WORDS_IN_ADDRESS = 3


def _could_be_first_name(word: str) -> bool:
    """Not "nu" of "ik heet nu Elias": a word that is no adverb, no function word, and a
    first name in the lists or no common word."""
    folded = word.casefold()
    words = gazetteer.load()
    return folded not in _FUNCTION_WORDS and re.fullmatch(_NAME_ADVERB, folded) is None \
        and (folded in words.first_names or folded not in words.ordinary)


def _lower_full_names(content: str, local_words: set[str]) -> list[str]:
    names: list[str] = []
    for match in _LOWER_FULL_NAME_INTRODUCTION.finditer(content):
        words = match["rest"].split()
        for count in range(min(len(words), _MAX_SURNAME_WORDS_IN_ADDRESS), 0, -1):
            joined = re.sub(r"[\W_]+", "", "".join(words[:count])).casefold()
            if len(joined) >= _MIN_PART_LETTERS and joined in local_words \
                    and _could_be_first_name(match["first"]):
                names.append(" ".join([match["first"], *words[:count]]))
                break
    return names


# "ik wil eigenlijk Robin genoemd worden", "I'd rather be called Alex", "je veux qu'on
# m'appelle Noa": the name a young person chooses is theirs as much as the one in their headers.
_WANTS_TO_BE_CALLED = (
    re.compile(r"(?i)(?<!\w)(?:wil|wou|zou|willen)\s+(?:(?:ik|eigenlijk|graag|liever|gewoon|echt|ook)\s+){0,3}"
               r"(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)\s+genoemd\s+(?:worden|word)"),
    # (also as a field of a form or profile they fill in: "I like to be called: Fin")
    re.compile(r"(?i)(?<!\w)(?:want|wanna|like|prefer|rather|love)\s+(?:to\s+)?be\s+called"
               r"(?:[ \t]{0,3}:)?\s+(?P<name>(?-i:[A-Z])[\w'’-]+)"),
    re.compile(r"(?i)(?<!\w)(?:qu['’]on\s+m['’]appelle|[êe]tre\s+appel[ée]e?)(?:[ \t]{0,3}:)?\s+"
               r"(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)"),
)
# "Hannah's Bitmoji waving", "Memoji van Lotte": the picture a writer's app makes of them, a
# Bitmoji or Memoji in their mail, its alt text (a short line of its own) saying whose. In a
# sentence ("Lisa's Bitmoji is so cute") it may be a friend's.
_OWN_AVATAR = re.compile(
    r"(?m)^[^\w\n]{0,3}(?:(?P<name>(?-i:[A-ZÀ-Ý])[\w-]{1,40})['’]s\s+(?i:bitmoji|memoji|animoji)(?!\w)"
    r"|(?i:bitmoji|memoji|animoji)\s+(?i:van|de|of)\s+(?P<name2>(?-i:[A-ZÀ-Ý])[\w'’-]{1,40}))"
    r"(?:[ \t]+[\w'’-]{1,30}){0,2}[^\w\n]{0,3}$")
# "als ge belt, vraag dan naar Noor", "if you call, ask for Kit", "si vous appelez, demandez
# Inès": the name the writer answers the phone to, said in the same sentence as the call.
_ASK_FOR_ON_THE_PHONE = re.compile(
    r"(?i)(?<!\w)(?:bel|belt|bellen|opbelt|telefoneert|call|ring|phone|appel(?:le[sz]?|ez)"
    r"|t[ée]l[ée]phone[sz]?)(?!\w)[^.!?\n]{0,60}?(?<!\w)(?:vraag|vraagt|ask|demande[sz]?)"
    r"(?:\s+(?:dan|gewoon|maar|just|then|alors|juste))?\s+(?:naar|for|apr[èe]s|pour)?\s*"
    r"(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]{1,40})(?![\w'’-])")
# Who a sentence is about, last named before its verb: the writer ("I", "ik") or another
# ("he", "zij", "elle", "my son"). "He told us he would like to be called Leah": a parent
# writing about their child, whose new name is the parent's story, not the writer's name.
_SUBJECT_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?P<me>i|i['’]m|i['’]d|ik|['’]k|je|j['’]|moi)(?![\w'’])"
    # "… et qu'elle voudrait qu'on l'appelle Cam": the pronoun may be glued to "que".
    r"|(?:(?<![\w'’])|(?<=qu['’]))(?P<other>he|she|they|he['’]d|she['’]d|they['’]d|hij|zij|ze"
    r"|il|elle|ils|elles|iel|(?:my|our|mijn|onze|ons|mon|ma|notre)\s+(?:son|daughter|child|kid|brother|sister"
    r"|friend|zoon|dochter|kind|broer|zus|vriend|vriendin|fils|fille|enfant|fr[èe]re|s[œo]e?ur"
    r"|ami|amie))(?![\w'’])")
_SENTENCE_END = re.compile(r"[.!?\n]")


def _said_of_someone_else(before: str) -> bool:
    """The sentence before a "would like to be called" names someone other than the writer as
    its last subject."""
    sentence = _SENTENCE_END.split(before)[-1]
    subjects = list(_SUBJECT_BEFORE.finditer(sentence))
    return bool(subjects) and subjects[-1]["other"] is not None


# "Ann (mama van Febe)", "ik ben de papa van Febe": a parent writing for their child names
# the help-seeker. ("de mama van Lisa zei …" in a young person's words is their friend's.)
_PARENT_OF = re.compile(
    # "Sandrine, la maman de Théo", "Ann, mama van Febe": a role after the name signed, a comma
    # between them (whose name it is, is checked where it is used). "Nadia Haddad / maman de
    # Rayan": the role on a line of its own under the signed name, as a card gives it. A
    # grandparent writing for a grandchild ("ik ben de grootmoeder van …") names them as a
    # parent does.
    r"(?i)(?:(?:ik\s+ben|i\s+am|i['’]m|je\s+suis|this\s+is|hier\s+is)\s+(?:de|the|la|le)\s+|\(\s*"
    r"|(?<=,)[ \t]{0,3}(?:(?:de|the|la|le)[ \t]{1,3})?|^[ \t]{0,3})"
    r"(?:mama|moeder|mams|papa|vader|mom|mum|mother|dad|father|maman|m[èe]re|p[èe]re"
    r"|oma|opa|grootmoeder|grootvader|bomma|bompa|grandma|grandpa|grandmother|grandfather"
    r"|granny|grand-m[èe]re|grand-p[èe]re|mamie|papi|papy)\s+"
    r"(?:van|of|de)\s+(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)"
)
# "ik ben de grootmoeder van Robbe (12 jaar)": the child's age in brackets right after the
# name, as a form or a file gives it, introduces the one the mail is about ("je suis la maman
# de Nathan, 15 ans" in running text is left to _written_for_names, for help-seekers' mails).
_AGE_IN_BRACKETS = re.compile(r"[ \t]{0,3}\([ \t]{0,3}\d{1,2}[ \t]{0,3}(?i:jaar|ans?|years?|yo)\b")

# ", Bo en Lien", " et Maud", " & Jo", " en van Tijs": more children after the first of
# _PARENT_OF; always matches (perhaps nothing), capitalised words only, at most a few.
_AND_NAMES = re.compile(
    r"(?P<names>(?:[ \t]{0,3}(?:,|[ \t](?i:en|et|and|&|\+))[ \t]{1,3}(?:(?i:van|of|de)[ \t]{1,3})?"
    r"[A-ZÀ-Ý][\w'’-]{1,30}){0,4})")

# "Milan is mijn naam", "Ellie is my name", "Léa c'est mon prénom": the name comes first.
# Texting, "mijn" is "mn" or "m'n" ("jsr is mn naam zonder klinkers").
_NAME_THEN_MY_NAME = re.compile(
    r"(?i)(?<![\w'’])(?P<name>[^\W\d_][\w'’-]{1,40})\s*,?\s+(?:is\s+(?:mijn|mn|m['’]n|my)\s+"
    r"(?:voor)?naam"
    r"|is\s+my\s+(?:first\s+)?name|c['’]est\s+mon\s+(?:pr[ée])?nom|est\s+mon\s+(?:pr[ée])?nom)\b"
)
# "je kan me Gabi noemen", "jullie mogen mij robin noemen": the name sits before the verb.
_CALL_ME_BEFORE_VERB = re.compile(
    r"(?i)(?<!\w)(?:je|jij|jullie|u|ge|gij)\s+(?:kan|kunt|kunnen|kunde|mag|moogt|mogen)\s+"
    r"(?:me|mij)\s+(?:gewoon\s+|ook\s+|maar\s+|gerust\s+|altijd\s+)?"
    r"(?P<name>[^\W\d_][\w'’-]*)\s+noemen"
)
# "ik ben Lotte", "c'est Zoé", "I'm Noor", "hier is Mats": a name when it has a capital.
_WEAK_INTRODUCTION = re.compile(
    rf"(?i)(?<!\w)(?:{_IK_BEN}(?:\s+het)?|hier\s+is|c['’]est|moi\s+c['’]est|{_JE_SUIS}|i\s+am"
    r"|i['’]m)"
    # "ik ben nu Noa (zij/haar)", "I'm now Alex", "je suis désormais Léo": the name the writer
    # has chosen, said with the word for the change ("ik ben nu in Gent" has no capital after).
    r"(?:\s+(?:nu|voortaan|vanaf\s+nu|now|d[ée]sormais|maintenant))?"
    r"\s+(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)(?![\w'’-])"
    # "c'est Netflix qui m'a fait comprendre …": a cleft sentence, not an introduction ("c'est
    # Léa qui t'écrit" still is one).
    r"(?!\s+(?:qui|que|qu['’])(?!\s*(?:t['’]|te\s|vous\s|v['’])?\s*(?:[ée]cri|parl)))"
)
# "Me na Fatmata" (Krio and West African Pidgin: "I am"), "my name na Tunde": as short a cue.
_SMS_INTRODUCTION = re.compile(
    r"(?i)(?<![\w'’])(?:c|cé|sé|cest|me[ \t]+na|mi[ \t]+na|my[ \t]+name[ \t]+na)[ \t]+"
    r"(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)")
# "c Kelly pas mon papa", "c'est Jay et pas ma mère", "it's Jay not my mum": the account's
# holder denied right after the name.
_HOLDER_DENIED_AFTER = re.compile(
    r"(?i)[ \t]*,?[ \t]*(?:et[ \t]+|and[ \t]+|en[ \t]+)?(?:pas|not|niet|nie)[ \t]+"
    r"(?:mon|ma|my|mijn|m['’]n)[ \t]+"
    r"(?:papa|p[èe]re|maman|m[èe]re|mama|mam|vader|moeder|pa|ma|dad|mum|mom|father|mother"
    r"|fr[èe]re|s[œo]e?ur|broer|zus|brother|sister|oncle|tante|uncle|aunt|oom)(?![\w'’])")
_LOWER_INTRODUCTION = re.compile(
    rf"(?i)(?<!\w)(?:{_IK}\s+ben|{_IK}\s+heet|hier\s+is|c['’]est|{_JE_SUIS}|i\s+am|i['’]m|it['’]?s"
    r"|this\s+is"
    # "online ben ik darkwolf", "op discord heet ik …", "my username is …": the name they game
    # or chat under, which their address often holds too.
    r"|(?P<online>(?:online|ingame|in\s+game|op\s+\w{2,20}|on\s+\w{2,20})\s+(?:ben|heet)\s+ik"
    r"|online\s+i['’]?m|(?P<account>(?:mijn|mien|m['’]n|my|mon)\s+(?:username|user\s+name"
    r"|gebruikersnaam|gamertag|gamer\s+tag|pseudo|ign|tag)\s+(?:is|c['’]est|est))))\s+"
    # "online heet ik gewoon dnschtn": an adverb is not the name, the word after it may be.
    r"(?:(?:gewoon|eigenlijk|dus|meestal|altijd|just|simply|juste|simplement)\s+)?"
    r"(?P<name>[^\W\d_][\w'’-]*)"
)
# "je sais que c'est con", "I know that it's dumb": "c'est" and "it's" after "que" or "that"
# open a clause about something, never the writer saying who they are; the word after them is
# no name even where an address word starts with it ("con" of nova.conta.rui@…).
_CLAUSE_BEFORE_IT_IS = re.compile(r"(?i)(?<![\w'’])(?:que|qu['’]|that)[ \t]*$")
# "in game ben ik Zwaard_Koning99", "online ben ik lotje2010", "ik ben xX_sky_Xx": what the writer
# says they go by online, written as an account is (a "_" inside, or letters and then a
# number), is the account they can be found by, whatever their address. A "_" inside a word
# after any introduction ("ik ben moe_") is no word of the language; letters and a number
# only after a cue about being online ("ik ben covid19 positief" names no account).
_ACCOUNT_UNDERSCORE = re.compile(r"[^\W\d_]{2,}[\w]*_[\w]*[^\W_]|[^\W\d_][\w]*_[\w]*[^\W\d_]{2,}")
_ACCOUNT_NUMBER = re.compile(r"[^\W\d_]{3,}[^\W_]*\d{2,}")
# "ik ben roer nee Roel", "ik heet Elf sorry Elif", "i'm jaden i mean Jayden": the word
# first given for the name, corrected at once to a name the writer is known by (speech to
# text mishears a name, a keyboard autocorrects it), is that name misspelled: it reads as
# theirs to anyone who knows them. Only a word with the known name's first letter, corrected
# by a word that says so ("nee", "sorry", "ik bedoel", "I mean", "non", "pardon"), and a word
# the writer uses nowhere else in their text: misheard, it is often a word of the language
# ("roer", "dan"), and learned as a name it is replaced wherever it stands.
_CORRECTED_TO = re.compile(
    r"(?i)[ \t]*[,.]?[ \t]*(?:nee|neen|neeje|no|non|nope|sorry|sry|pardon|oeps|oops|ik\s+bedoel"
    r"|i\s+mean|je\s+veux\s+dire|enfin)(?:[ \t]*[,.]?[ \t]+(?:sorry|sry|pardon|ik\s+bedoel"
    r"|i\s+mean|je\s+veux\s+dire))?[ \t]*[,.:!*]?[ \t]*(?P<fix>[^\W\d_][\w'’-]{1,40})")


def _corrected_to_known(content: str, end: int, word: str, known: Iterable[str],
                        uses: dict[str, int]) -> bool:
    """Whether the word just introduced (ending at `end`) is corrected at once to a name in
    `known` that starts with the same letter (_CORRECTED_TO), and stands nowhere else in the
    writer's text (`uses`: how often each word, casefolded, stands in it)."""
    fix = _CORRECTED_TO.match(content, end)
    if fix is None:
        return False
    fixed = fix["fix"].casefold()
    return fixed != word.casefold() and fixed[:1] == word.casefold()[:1] \
        and any(part == fixed for part in known) and uses.get(word.casefold()) == 1


def _word_uses(own: list[str]) -> dict[str, int]:
    """How often each word stands in `own`, casefolded (a stop after it is no part of it)."""
    return Counter(word.casefold().rstrip(".") for line in own for word in _WORD.findall(line))


_FIRST_NAME_INTRODUCTION = re.compile(
    rf"(?i)(?<!\w)(?:{_IK}\s+ben|{_IK}\s+heet|kben|i\s+am|i['’]?m|het\s+is|['’]t\s+is|it['’]?s"
    # "ich bin Wiebe, 12 jaor": Limburgish (and German) for "ik ben".
    r"|this\s+is|dit\s+is|ich\s+bin)\s+(?P<name>[^\W\d_][\w'’-]*)"
)
# French pronouns before "ici" the Dutch/English word lists do not know ("nous ici").
_NOT_HERE = frozenset(("nous", "vous", "ils", "elles", "tous", "tout", "personne", "on"))
# "London here, well Brussels now": a place before "here" says where the writer is, not who.
# Places abroad and the English and French names of Belgian cities; not the gazetteer's
# Belgian places, many of which are first names too ("Brecht", "Jette", "Veerle here").
# fmt: off
_PLACES_ABROAD = frozenset((
    "london", "paris", "berlin", "amsterdam", "rotterdam", "madrid", "rome", "lisbon",
    "dublin", "vienna", "warsaw", "istanbul", "lyon", "marseille", "cologne",
    "maastricht", "luxembourg", "brussels", "antwerp", "ghent", "bruges", "louvain", "anvers",
    "gand", "malines", "mechelen", "england", "france", "germany", "spain", "italy",
    "belgium", "netherlands", "holland", "scotland", "ireland", "morocco", "turkey", "poland",
    "canada", "usa", "allemagne", "espagne", "italie", "belgique", "angleterre", "maroc",
    "duitsland", "spanje", "italië", "engeland", "nederland", "frankrijk", "marokko", "turkije",
))
# fmt: on
# "Charlie here (13)", "hoi, warre hier", "Léa ici": a name, then "here".
_NAME_HERE = re.compile(
    r"(?i)(?:^|[.!?,]\s*|\b(?:hi|hey|hoi|hallo|hello|salut|coucou|yo|dag)[\s,!]+)"
    r"(?<!['’])(?P<name>[^\W\d_][\w-]+)\s+(?:here|hier|ici)\b"
)
# "ik ben robbe, ik ben 12", "je suis léa, j'ai 14 ans", "i'm mia, 15": a word between an
# introduction and an age is a name, in any case.
_INTRODUCTION_WITH_AGE = re.compile(
    rf"(?i)(?<!\w)(?:{_IK_BEN}|{_IK}\s+heet|{_JE_SUIS}|je\s+m['’]appelle|i['’]?m|i\s+am"
    r"|(?:moi\s+)?c['’]est|het\s+is|['’]t\s+is|it['’]?s|this\s+is)\s+"
    # "I'm the youngest, Lotte (12)", "ik ben de oudste, Jana, 15": their place among siblings.
    r"(?:(?:the|de|het|la|le|l['’])\s*(?:youngest|oldest|eldest|middle\s+one|jongste|oudste"
    r"|middelste|cadet|cadette|a[îi]n[ée]e?|benjamine?)\s*,\s*)?"
    r"(?P<name>[^\W\d_][\w'’-]*)\s*(?:,|\ben\b|\bet\b|\band\b)?\s*"
    # "jsuis Léo 13ans": the age glued to its unit.
    r"(?:(?:ik\s+ben\s+|j['’]ai\s+|i['’]?m\s+|i\s+am\s+)?\(?\d{1,2}(?:\b|(?=ans|jaar|jr|yo|yrs))"
    # "ik ben mila ik zit in het 1ste middelbaar", "ik ben amira van het 2de": a school year.
    r"|(?:ik\s+zit\s+|kzit\s+)?(?:in|van|uit)\s+(?:het\s+|de\s+)?\d{1,2}(?:de|ste|e)\b"
    # "this is deji, sams little brother", "ik ben jana, de dochter van …": a relation.
    r"|(?:(?<=,)|(?<=,\s))\s*(?:\w{1,30}['’]s\s+|\w{1,30}s\s+|de\s+|het\s+|la\s+|le\s+|l['’]|the\s+|mijn\s+"
    r"|my\s+)?"
    r"(?:(?:little|big|younger|older|kleine|grote|jongste|oudste)\s+)?"
    r"(?:brother|sister|son|daughter|kid|child|zoon|dochter|broer|zus|kind|fils|fille"
    r"|fr[èe]re|s[œo]e?ur|enfant)\b)"
)
# "ik ben gepest in het 2de", "i'm bullied", "i'm living": a verb form, not a name.
# Only lower-case words: "Gerard" or "Sterling" with a capital is a name.
_PARTICIPLE = re.compile(r"ge[a-zà-ÿ]{3,}[td]|[a-zà-ÿ]{3,}(?:ed|ing)")
_ADJECTIVE_ENDINGS = ("ig", "lijk", "isch", "baar", "end", "eux", "euse", "ful", "ous", "ive")

# "dit is Jonas, de zoon van …", "this is Grace and …", "ici Léa": a capitalised word after
# "dit is" is a name only where a name stands alone (before a comma, "and", a bracket or the
# end of the line), not in "dit is Gent waar ik woon".
# "so yeah that's me, Nadia", "c'est moi, Léa", "dat ben ik: Jana", "c'est moi Hugo qui
# écris": the capitalised name after the words that point at the writer. Text-message French
# writes "c'est" as "c", "cé", "sé", "cest" ("salut c moi Noa le petit frère de …"), and
# "c moi" says it as plainly.
_THATS_ME = re.compile(
    r"(?i)(?<!\w)(?:that['’]?s\s+me|it['’]?s\s+(?:just\s+)?me|this\s+is\s+me"
    r"|(?:c['’]est|c|cé|sé|cest)\s+(?:encore\s+|juste\s+|re)?moi"
    rf"|dat\s+ben\s+{_IK}|da\s+ben\s+{_IK}|{_IK}\s+ben\s+het)"
    # "c'est moi qui écris, Matteo 12 ans", "it's me writing, Jo": who writes, then the name.
    r"(?:[ \t]+(?:qui[ \t]+(?:[ée]cri[st]?|tape|parle)|die[ \t]+(?:dit[ \t]+)?(?:schrijft|typt)"
    r"|who['’]?s[ \t]+writing|writing|typing))?"
    # "ik ben het nog eens, Wannes", "it's me again, Jo": they write again.
    r"(?:[ \t]+(?:again|once\s+more|encore|de\s+nouveau|nog\s+eens|nog\s+een\s+keer|weer"
    r"|alweer|opnieuw|terug|nog\s+eens\s+terug))?[ \t]*(?:[,:–—-][ \t]*)?"
    r"(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)"
)
# "la maman de Hawa a vu Moussa c'est-à-dire moi", "1. Moussa (moi)", "Jonas, dat ben ik":
# the name first, then the words pointing at the writer.
_NAME_THEN_ME = re.compile(
    r"(?<![\w'’@.-])(?P<name>[A-ZÀ-Ý][\w'’-]+)[ \t]*,?[ \t]*"
    r"(?i:c['’]est[ \t-]+[àa][ \t-]+dire[ \t]+moi|\([ \t]*(?:moi|me|ik|c['’]est[ \t]+moi)[ \t]*\)"
    r"|that['’]?s[ \t]+me|i\.e\.[ \t]+me|dat[ \t]+ben[ \t]+ik|oftewel[ \t]+ik|dus[ \t]+ik)"
    r"(?![\w'’])")
# ("à Paris (moi) on dit …": after a preposition of place, a town, whatever the lists know.)
_BEFORE_A_PLACE = [[word] for word in ("à", "a", "au", "en", "vers", "chez", "in", "naar", "op",
                                       "bij", "uit", "van", "to", "at", "from", "de", "du")]
# ", 14 jaar", " 12 ans", ", 15 years", ", 16yo": an age right after a name.
_AGE_AFTER_NAME = re.compile(
    r"[ \t]*,?[ \t]*\d{1,2}[ \t]*(?:jaar|jr|ans|an|years?(?:[ \t]+old)?|yo|y/o)(?![\w'’-])")
_THIS_IS_INTRODUCTION = re.compile(
    r"(?i)(?<!\w)(?:dit\s+is|this\s+is|ici)\s+(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)"
    r"(?=\s*(?:,|$|\(|\ben\b|\band\b|\bet\b|\bhier\b|\bhere\b))"
)

# "CLB-medewerker", "OCMW-assistent": an organisation's acronym joined to a common word is a
# role the writer has, not their name.
_ACRONYM_ROLE = re.compile(r"[A-Z]{2,6}-(?P<role>[a-zà-ÿ]{3,30})")


def _is_acronym_role(word: str) -> bool:
    match = _ACRONYM_ROLE.fullmatch(word)
    return match is not None and match["role"] in gazetteer.load().ordinary


_MIN_COMPOUND_HEAD = 3
_MIN_COMPOUND_TAIL = 6


def _lower_common_noun(word: str) -> bool:
    """ "ik ben gidsenleidster (19)", "ik ben student, 20": a word written in lower case that
    is no first name and is a word of the language, or a compound ending in one ("gidsen" +
    "leidster"), says what the writer is, not who."""
    if not word.islower() or not word.isalpha():
        return False
    words = gazetteer.load()
    folded = word.casefold()
    if folded in words.first_names:
        return False
    return folded in words.ordinary or any(
        folded[start:] in words.ordinary
        for start in range(_MIN_COMPOUND_HEAD, len(folded) - _MIN_COMPOUND_TAIL + 1))


_NAME_WITH_PRONOUNS = re.compile(
    rf"(?i:[-–—~]?[ \t]*)(?P<name>[A-ZÀ-Ý][\w'’-]{{1,30}})[ \t]*[(\[][ \t]*(?i:{_PRONOUN_WORDS}"
    rf"(?:[ \t]*/[ \t]*{_PRONOUN_WORDS}){{0,2}})[ \t]*[)\]][ \t]*"
)


# "hi / its / jo / 13 / my / mom": a mail typed one word a line says "its jo 13" across lines;
# read as one line too when nearly all its lines are one word.
_MIN_ONE_WORD_LINES = 5
_ONE_WORD_SHARE = 0.8


def _one_word_lines_joined(own: list[str]) -> list[str]:
    words = [content.strip() for content in own if content.strip()]
    single = sum(1 for word in words if len(word.split()) == 1)
    if single < _MIN_ONE_WORD_LINES or single < _ONE_WORD_SHARE * len(words):
        return []
    return [" ".join(words)]


# "(im skyfall btw)" above a pasted chat by "skyfall_m8": "I'm X by the way" names the writer
# when X opens a handle written in the mail (a word with "_", "." or digits after it); "im
# enby btw" names no one.
_MAX_HANDLE_STEMS = 4
_INTRODUCED_HANDLE = re.compile(
    rf"(?i)(?<!\w)(?:i['’]?m|i\s+am|{_JE_SUIS}|c['’]est|{_IK}\s+ben)\s+(?P<name>[^\W\d_]{{3,30}})"
    r"\s*,?\s+(?:btw|by\s+the\s+way|au\s+fait|d'ailleurs|trouwens)(?!\w)")


def _introduced_handle_stems(own: list[str]) -> list[str]:
    text = "\n".join(own)
    names: list[str] = []
    stems = list(dict.fromkeys(match["name"] for match in _INTRODUCED_HANDLE.finditer(text)))
    for name in stems[:_MAX_HANDLE_STEMS]:  # each is looked for in the whole text
        if re.search(rf"(?i)(?<![\w@.]){re.escape(name)}[_.\d]+\w", text):
            names.append(name)
    return names


# "ok i'll call u Sky then" in a pasted chat, "je vais t'appeler Max": a friend gives the
# writer a name, here a short form of a name they are known by (skyfall_m8, Maxime).
_CALL_YOU = re.compile(
    r"(?i)(?<!\w)(?:call\s+(?:you|u|ya)|t['’]appeler|je\s+t['’]appelle|noem\s+(?:jou|je)"
    r"|(?:ik|we)\s+noemen\s+(?:jou|je))\s+(?P<name>(?-i:[A-ZÀ-Ý])[^\W\d_]{2,30})(?!\w)")


# "Thuis noemen we hem Robin", "at home we call her Annie", "on l'appelle Mimi": the name the
# family gives the child a relative writes about, a pet form of the name already known
# ("Robbie" for Robbe, names_short_forms._pet_form_of_known); another name is not his.
_FAMILY_CALLS = re.compile(
    r"(?i)(?<!\w)(?:noem(?:en|t)\s+(?:we|wij|ze|zij|iedereen)\s+(?:hem|haar)"
    r"|(?:we|they|everyone)\s+calls?\s+(?:him|her)|on\s+l['’]appelle)"
    r"\s+(?:(?:gewoon|altijd|vaak|ook|just|always|often|also|souvent|toujours)\s+)?"
    r"(?P<name>(?-i:[A-ZÀ-Ý])[^\W\d_]{2,30})(?!\w)")


def _called_you_short_forms(own: list[str], known: list[str]) -> list[str]:
    return [*(match["name"] for content in own for match in _CALL_YOU.finditer(content)
              if _is_short_form(match["name"], known)),
            *(match["name"] for content in own for match in _FAMILY_CALLS.finditer(content)
              if _pet_form_of_known(match["name"], known))]


# "jm'appelle Rayane", "jmapelle inès": "je m'appelle" as typed in a hurry; "(PE for friends)",
# "(Juju pour les potes)", "(Bram voor de vrienden)": the name their friends use, in brackets.
_SMS_APPELLE = re.compile(
    r"(?i)(?<!\w)(?:jm['’]?app?ell?e|j['’]m['’]?app?ell?e)\s+(?P<name>[^\W\d_][\w'’-]{1,30})")
_FOR_FRIENDS = re.compile(
    r"(?i)\(\s*(?P<name>[^\W\d_][\w'’-]{1,30})\s+(?:for\s+(?:my\s+)?(?:friends|mates|short)"
    r"|pour\s+(?:les|mes)\s+(?:amis|amies|potes|intimes|proches)|voor\s+(?:de\s+|mijn\s+)?vrienden"
    r")\s*\)")


def _texted_and_friends_names(own: list[str]) -> list[str]:
    names = []
    for content in own:
        for pattern in (_SMS_APPELLE, _FOR_FRIENDS):
            for match in pattern.finditer(content):
                name = match["name"].strip("'’-")
                folded = name.casefold()
                if folded not in _FUNCTION_WORDS and folded not in _NOT_INTRODUCED \
                        and folded not in _NOT_SIGNED_NAMES \
                        and (name[0].isupper() or _only_a_first_name(name)):
                    names.append(name)
    return names


# "ma petite soeur veut vous écrire … voici ce qu'elle m'a envoyé" over a WhatsApp chat of
# "[04/12 20:03] Lina:" and "[04/12 20:05] <the writer>:": the one they write for is the
# chat's other author, signing their own words.
_SIBLING_CHAT_CUE = re.compile(
    r"(?i)(?<!\w)(?:ma|mon|my|mijn)\s+(?:petite?\s+|little\s+|younger\s+|kleine\s+|jongste\s+)?"
    r"(?:s[oœ]e?ur|fr[èe]re|sister|brother|zus(?:je)?|broer(?:tje)?)(?!\w)"
    # … who wants to write to the helpline: "mijn broer weet het niet" over a chat with a
    # friend is no sibling writing through the writer, and the friend's name is content.
    r"[^.!?\n]{0,30}?\b(?:veut|voudrait|wants?|would\s+like|wil|wou|zou\s+graag)\s+"
    r"(?:[\w'’]+\s+){0,3}?"
    r"(?:[ée]crire|write|schrijven|mailen|demander|ask|vragen|parler|talk|praten)")
_SIBLING_CHAT_SENT = re.compile(
    r"(?i)voici\s+ce\s+qu|here['’]?s\s+what|here\s+is\s+what|dit\s+is\s+wat|hier\s+is\s+wat"
    r"|m['’]?a\s+envoy|(?:has|just)\s+sent\s+me|(?:heeft|stuurde)\s+(?:me|mij)")
_SIBLING_CHAT_AUTHOR = re.compile(
    r"\s*\[[\d/.,: -]{4,25}\]\s*(?P<name>[^\W\d_][\w'’-]{1,30}(?:[ \t][^\W\d_][\w'’-]{1,30})?)"
    r"[ \t]*:")
_CHAT_PARTIES = 2


def _sibling_chat_author(own: list[str], known: list[str]) -> list[str]:
    text = "\n".join(own)
    if not _SIBLING_CHAT_CUE.search(text) or not _SIBLING_CHAT_SENT.search(text):
        return []
    authors = list(dict.fromkeys(match["name"] for content in own
                                 if (match := _SIBLING_CHAT_AUTHOR.match(content))))
    folded = {part.casefold() for part in known}
    writer = [author for author in authors
              if all(word.casefold() in folded for word in author.split())]
    if len(authors) != _CHAT_PARTIES or len(writer) != 1:
        return []
    return [author for author in authors if author not in writer]


# "mijn beste vriendin heet Louise maar iedereen zegt Lulu", "ze noemen haar …": before a bare
# "iedereen zegt X" (no "mij"), a friend or relative named, or "haar"/"hem", says whose name it is.
_ANOTHER_PERSON_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:(?:mijn|m['’]n|haar|zijn|z['’]n|my|her|his|ma|mon|sa|son)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:vriend(?:in|innetje|je)?|broer(?:tje)?|zus(?:je)?|neef|nicht|friend|bestie|bff|brother"
    r"|sister|cousin|cousine|copine|copain|amie?|pote|s[œo]eur|fr[èe]re)|haar|hem|her|him|elle|lui)"
    r"(?!\w)")
_EVERYONE_SAYS_BARE = re.compile(
    rf"(?i)(?:(?:iedereen|ze|vrienden|mijn\s+vrienden)\s+zeg(?:t|gen)|{_SAID_WHERE})"
    r"\s+(?!mij\b|me\b|tegen\b)")


_CLEFT_ABOUT_ANOTHER = re.compile(r"(?i)\s+qui\s+(?:m['’]|me\b|nous\b|moi\b)")
# "Un endroit qui pourrait t'aider, c'est Infor Jeunes", "La personne à qui en parler, c'est
# Madame Roels": the "c'" takes up the thing or person named before the comma, not the writer.
# "Mon prénom, c'est Léa" still names them (_NAME_NOUN).
_DISLOCATED_BEFORE_CEST = re.compile(
    r"(?i)\W*(?:un|une|le|la|les|l['’]|ce|cette|ces|cet|celui|celle|ceux|celles|du|des|mon|ma"
    r"|mes|ton|ta|tes|son|sa|ses|notre|votre|leur)(?![\w'’])[^,\n]{0,160},\s*")
_NAME_NOUN = re.compile(r"(?i)(?<!\w)(?:nom|pr[ée]nom|pseudo|surnom|blaze|name)(?!\w)")


# "Belgo-Guinéen", "Franco-Marocaine", "Afro-American": a nationality's combining form before
# a hyphen; "Will-ing", "Dutch-speaking", "Self-taught": a word ending in a lower-case common
# word or suffix. Adjectives, not names ("Jean-Pierre", "Anne-sophie" stay names).
_COMBINING_STEMS = (
    r"(?:belgo|franco|italo|anglo|afro|sino|hispano|gr[ée]co|germano|luso|indo|jud[ée]o"
    r"|arabo|turco|russo|nippo|austro|euro|latino|n[ée]erlando|hollando|maroco|alg[ée]ro"
    r"|congolo|polono|helv[ée]to)")
_COMBINING_FORM = re.compile(rf"(?i){_COMBINING_STEMS}")
# "ik ben Franstalig", "je suis néerlandophone", "I'm bilingual": the language a person speaks,
# written as one word: a Dutch adjective in "-talig" ("Nederlandstalig", "anderstalig",
# "tweetalig"), a French one of a combining form and "-phone" ("francophone", "arabophone"),
# the words for speaking two or more. No first name is built so.
_SPEAKS_LANGUAGE = re.compile(
    rf"(?i)[^\W\d_]{{2,}}talige?|{_COMBINING_STEMS}phones?"
    r"|(?:bi|tri|multi|mono)(?:lingual|lingue)s?")


def _hyphenated_adjective(word: str) -> bool:
    """Whether `word` is an adjective of nationality or language, not a name: hyphenated
    ("Belgo-Guinéen", "Dutch-speaking"; _COMBINING_FORM) or one word saying what language
    the writer speaks (_SPEAKS_LANGUAGE)."""
    if _SPEAKS_LANGUAGE.fullmatch(word):
        return True
    parts = word.split("-")
    if len(parts) < 2 or not all(parts):
        return False
    if _COMBINING_FORM.fullmatch(parts[0]) or parts[0].casefold() in _NATIONALITIES:
        return True
    words = gazetteer.load()
    return any(part.islower() and part not in words.first_names
               and (_PARTICIPLE.fullmatch(part) is not None or part in ("ing", "ed", "ish")
                    or part in words.ordinary)
               for part in parts[1:])


def _form_value_in_words(match: re.Match[str], name: str) -> bool:
    """ "Name: rather not say", "Naam: geheim", "Nom : pas envie": a form's name field the
    writer answers in words of their language, in lower case, not with a name. ("Naam: roos"
    is a first name, and stays one.)"""
    words = gazetteer.load()
    folded = name.casefold()
    return match.group()[:match.start("name") - match.start()].rstrip().endswith(":") \
        and name.islower() and folded in words.ordinary and folded not in words.first_names


def _said_of_another(pattern: re.Pattern[str], match: re.Match[str], content: str,
                     own: list[str], known: list[str], local_words: set[str]) -> bool:
    """An introduction's name that the line says is someone else's: "mijn vriendin heet Louise
    maar iedereen zegt Lulu" (a friend named before a bare "iedereen zegt"); "Nana c'est
    Nathalie" (a name the text gives someone else, not the writer, before "c'est")."""
    if pattern is _NAMED_AS and _EVERYONE_SAYS_BARE.match(match.group()):
        sentence = re.split(r"[.!?]", content[:match.start()])[-1]
        return _ANOTHER_PERSON_BEFORE.search(sentence) is not None
    if pattern is _WEAK_INTRODUCTION and re.match(r"(?i)c['’]est", match.group()):
        # "c'est Yanis qui m'a donné votre adresse": a cleft sentence about someone who did
        # something to the writer ("qui m'a", "qui me", "qui nous"), not the writer.
        if _CLEFT_ABOUT_ANOTHER.match(content, match.end()):
            return True
        sentence = re.split(r"[.!?]", content[:match.start()])[-1]
        if _DISLOCATED_BEFORE_CEST.fullmatch(sentence) and not _NAME_NOUN.search(sentence):
            return True
        words = content[:match.start()].split()
        other = words[-1] if words else ""
        return _NAME_WORD.fullmatch(other) is not None and other[:1].isupper() \
            and not _is_known_word(other, known, local_words) \
            and any(other in _NAME_WORD.findall(line) for line in own if line != content)
    return False


def _a_place_not_a_name(name: str) -> bool:
    """ "c'est Namur", "ik ben Gent" (a supporter's "ik ben Gent!"): after so weak a cue a
    town's or a country's name says where, not who; a place that is also a first name
    ("c'est Florence") may be the writer's and is read as one."""
    words = gazetteer.load()
    folded = name.casefold()
    return folded in words.places and folded not in words.first_names


# "talk soon, this was Tom", "dit was Bram": a message dictated or said like a voicemail ends
# with who said it, in the past tense. Only on the text's last line, and only a short form of a
# name the writer is known by ("Tom" from Tomasz): "who started it was Emma" names another.
_WAS_SIGN_OFF = re.compile(
    r"(?i)(?<!\w)(?:this|that|dit|dat)\s+was\s+(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]{1,30})"
    r"|(?<!\w)c['’][ée]tait\s+(?P<name_fr>(?-i:[A-ZÀ-Ý])[\w'’-]{1,30})")


# ... said as a sign-off of its own: the line starts with it or a comma (said or written)
# stands before it, and nothing but punctuation (said or written) follows. "maar wie het begon
# dat was Tom" is the story, even when Tom is a short form of the writer's name.
_WAS_BEFORE = re.compile(r"(?i)(?:^|[,.;:!?–—-]|(?<!\w)(?:comma|komma|virgule|punt|point"
                         r"|full\s+stop|period))\s*$")
_WAS_AFTER = re.compile(r"(?i)[\s.,;:!?…)*~xX\u2600-\u27bf\U0001f300-\U0001faff\ufe0f]*"
                        r"(?:(?:full\s+stop|period|punt|point)[\s.!]*)?")


def _said_at_the_end(last: str, known: list[str]) -> list[str]:
    names: list[str] = []
    for match in _WAS_SIGN_OFF.finditer(last):
        if not _WAS_BEFORE.search(last[:match.start()]) \
                or not _WAS_AFTER.fullmatch(last[match.end():]):
            continue
        name = match["name"] or match["name_fr"]
        folded = name.casefold()
        if folded not in _NOT_INTRODUCED and folded not in _FUNCTION_WORDS \
                and folded not in known and _is_short_form(name, known):
            names.append(name)
    return names


# "Hallo het is weer Lou", "hoi, 't is nog eens Jo!", "hi, it's Kit again", "coucou c'est encore
# Lou": a writer coming back names themselves as the first thing they write. Only opening the
# mail (after a greeting) and with nothing after the name but the end of the line, a comma or
# a stop: "het is weer Lou die begon" or a line in the story names who did something.
_WRITES_AGAIN = re.compile(
    r"(?i)^[^\w\n]{0,3}(?:(?:hallo|hoi|hey|hi|hello|hiya|dag|hej|yo|salut|coucou|bonjour|allo)"
    r"[ \t]*[,!.]?[ \t]+)?"
    r"(?:(?:(?:het|['’]?t)[ \t]+is[ \t]+(?:weer|alweer|opnieuw|terug|nog[ \t]+eens"
    r"|nog[ \t]+een[ \t]+keer)|c['’][ \t]?est[ \t]+(?:encore|de[ \t]+nouveau|re))"
    r"[ \t]+(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]{1,30})"
    r"|it['’]?s[ \t]+(?P<name_en>(?-i:[A-ZÀ-Ý])[\w'’-]{1,30})[ \t]+again)"
    r"(?:[ \t]+(?:hier|here|ici))?[ \t]*(?:[,.!:;)(]|$)"
)
_MAX_SIGN_OFF_CHARS = 40
# "het is weer Maandag", "it's Friday again", "c'est encore Noël": the calendar comes back
# too, under words that are first names somewhere (the Dutch ones are in NOT_PEOPLE).
# fmt: off
_CALENDAR_WORDS = frozenset((
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
    "dimanche", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
    "septembre", "octobre", "novembre", "décembre", "christmas", "easter", "noël", "pâques",
    "ramadan", "eid", "aïd", "carnaval", "carnival", "toussaint", "lente", "zomer", "herfst",
    "winter", "spring", "summer", "autumn", "fall", "printemps", "été", "automne", "hiver",
))
# fmt: on
_IT_IS = re.compile(r"(?i)(?:het|['’]t|it['’]?s|c['’]est)\b")


def _is_the_calendar(match: re.Match[str]) -> bool:
    """ "hey it's Monday again", "het is Pasen", "it's June": after "it is" a day, a month, a
    feast or a season is the date, not the writer, though "May" or "June" are names too ("I'm
    June" still introduces June)."""
    return _IT_IS.match(match[0]) is not None and match["name"].casefold() in _CALENDAR_WORDS


_GREETING_LINE = re.compile(
    r"(?i)[^\w\n]{0,3}(?:hallo|hoi|hey|hi|hello|hiya|dag|hej|yo|salut|coucou|bonjour|allo)"
    r"(?:[ \t]+[^\W\d_][\w'’-]{0,30})?[ \t]*[,!.]*")


# What may follow the name on the line when the writer names themselves: nothing, or they go
# on about themselves ("het is weer Lou, ik heb …", "c'est encore Lou, merci …"). "c'est encore
# Marie, elle m'a …", "het is weer Lucas. hij heeft …", "het is weer Lucas, zie ik" (a
# volunteer) name someone who did something again.
_GOES_ON_ABOUT_THEMSELVES = re.compile(
    r"(?i)[\W_]*(?:$|(?:ik|['’]?k|kben|ikke|mij|me|mijn|m['’]n|i|i['’]?m|i['’]?ve|my|je|j['’]?|jsuis"
    r"|chui|moi|ma|mon|mes|merci|bedankt|dank|dankjewel|dankuwel|thanks|thank|thx|sorry"
    r"|d[ée]sol[ée]e?|hier|here|ici)(?![\w-]))"
)


def _writes_again_name(own: list[str]) -> list[str]:
    """The first name in `own`'s opening line (or the line under a greeting alone) after "het
    is weer", "c'est encore", "it's … again"; one that is also a word ("Lou", "Roos") only
    when a line of its own closing the text holds it too. Not when the line goes on about
    another ("…, elle m'a …") or the name comes back in the text but to sign it ("het is weer
    Lucas / … / Lucas doet dat elke week")."""
    opening = own[:2] if own and _GREETING_LINE.fullmatch(own[0]) else own[:1]
    words = gazetteer.load()
    names: list[str] = []
    for at, line in enumerate(opening):
        match = _WRITES_AGAIN.match(line)
        if match is None or not _GOES_ON_ABOUT_THEMSELVES.match(line, match.end()):
            continue
        name = (match["name"] or match["name_en"]).strip("'’-")
        folded = name.casefold()
        if len(name) < _MIN_NAME_CHARS or folded in _NOT_INTRODUCED or folded in _FUNCTION_WORDS \
                or folded in _NOT_SIGNED_NAMES or folded in gazetteer.NOT_PEOPLE \
                or folded in gazetteer.CHAT_WORDS or folded in _CALENDAR_WORDS \
                or folded not in words.first_names:
            continue
        signs = any(len(closing) <= _MAX_SIGN_OFF_CHARS and [
            word.rstrip(".") for word in _WORD.findall(closing)
            if not _KISSES.fullmatch(word)] == [name] for closing in own[-_TRAILING_LINES:])
        named = re.compile(r"(?<![\w'’-])" + re.escape(name) + r"(?![\w'’-])")
        closing_from = len(own) - _TRAILING_LINES
        named_in_story = any(
            named.search(other) and not (
                index >= closing_from and len(other) <= _MAX_SIGN_OFF_CHARS)
            for index, other in enumerate(own) if index != at)
        if named_in_story:
            continue
        if folded not in words.ordinary or signs:
            names.append(name)
    return names


def _capital_says_nothing(shouted: bool, name: str, known: list[str],
                          local_words: set[str]) -> bool:
    """ "JE SUIS CHEZ UNE COPINE", "JE SUIS ÉPUISÉE", "VOUS POUVEZ M'APPELER AU 06 …": in a
    line written in capitals the capital after "je suis" / "ik ben" / "I'm", or after the
    weaker "m'appeler" / "I go by" (_NAMED_AS: "call me" is also "phone me"), is no cue to a
    name, so the word is one only
    when the writer is known by it or it is a first name in the lists ("JE SUIS LÉA").
    `shouted`: the line is in capitals (looked at once a line, not once a match)."""
    return shouted and not _is_known_word(name, known, local_words) \
        and name.casefold() not in gazetteer.load().first_names


# "noem mij Bear", "appelle-moi Zon", "I go by Bear": a name the writer asks for is theirs,
# whatever word it is; only what they are called by others ("heet ik", "iedereen zegt") may be
# a word anyone is called.
_ASKS_TO_BE_CALLED = re.compile(
    r"(?i)(?:noem\s|ik\s+noem\s|appelle|tu\s+peux|vous\s+pouvez|i\s+go\s+by)")


def _a_word_anyone_is_called(name: str, known: list[str], local_words: set[str]) -> bool:
    """ "thuis heet ik Schatje maar op school heet ik Dikke", "thuis ben ik Prinses": a common
    word that is no first name (an endearment, an insult) is what anyone may be called and
    finds no one; a coined pet name ("Poekie") or a first name ("Roos") does."""
    folded = name.casefold()
    words = gazetteer.load()
    return folded in words.ordinary and folded not in words.first_names \
        and not _is_known_word(name, known, local_words)


# "- « Appelle-moi Elliot » – retour 14/03", "“Ik ben Malala” – te lenen in de bib": the
# introduction is a title, all of it between quotation marks, and the dash after the closing
# mark says what the title is (a book borrowed, a film, a song): someone else's words, naming
# no one. A request quoted as said ("« appelle-moi Max », je lui ai dit") has no dash after it.
_TITLE_OPENS = re.compile(r"[\"“„«‘][ \t]?$")
_TITLE_CLOSES = re.compile(r"[ \t]?[\"”»’][ \t]*[–—-][ \t]")


def _a_quoted_title(match: re.Match[str], content: str) -> bool:
    """Whether the introduction `match` is a title in quotation marks (_TITLE_OPENS)."""
    return _TITLE_OPENS.search(content[:match.start()]) is not None \
        and _TITLE_CLOSES.match(content, match.end("name")) is not None


# "DOB - 14/02/2013", "Maandag 14.02.2013": a word with a full date after it is a form's field
# or a day, not a name signing the text ("Noor 13", "Lele :)" are).
_DATE_IN_TAIL = re.compile(r"(?<!\d)\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?!\d)")


def _introduced_names(own: list[str], local_words: set[str], known: list[str],
                      last_lines: Iterable[str] = ()) -> list[str]:
    """Names the writer gives themselves in their own lines; `last_lines` are the lines that
    close their words (the last one, and the last above a signature block under it)."""
    names: list[str] = []
    uses: dict[str, int] | None = None  # counted once, when a correction asks
    for index, content in enumerate(own):
        shouted = content.isupper()
        # "dit stond op zijn profiel: / Naam: Kevin Maes": the form's name is the seller's.
        pasted_page = index > 0 and _SOMEONE_ELSES_PAGE.search(own[index - 1]) is not None
        for pattern in (_INTRODUCTION, _WEAK_INTRODUCTION, _THIS_IS_INTRODUCTION,
                        _NAMED_AS, _CALL_ME_BEFORE_VERB, _NAME_THEN_MY_NAME, _KNOWN_AS):
            for match in pattern.finditer(content):
                if pasted_page and pattern is _INTRODUCTION and ":" in match.group():
                    continue
                name = match["name"].strip("'’-")
                # "Ik ben Elle, de dochter van …": a capitalised word standing alone after
                # an introduction is a name even when it is also a French pronoun.
                alone = name[:1].isupper() and re.match(r"\s*(?:,|\(|$)",
                                                         content[match.end():]) is not None
                if len(name) >= _MIN_NAME_CHARS and name.casefold() not in _NOT_INTRODUCED \
                        and (alone or name.casefold() not in _FUNCTION_WORDS) \
                        and not _is_acronym_role(name) and not _hyphenated_adjective(name) \
                        and (pattern not in (_WEAK_INTRODUCTION, _KNOWN_AS) or _no_common_word(
                            name, content, match.end(), known, local_words)) \
                        and (pattern not in (_WEAK_INTRODUCTION, _KNOWN_AS, _NAMED_AS)
                             or not _capital_says_nothing(shouted, name, known, local_words)) \
                        and not _said_of_another(pattern, match, content, own, known,
                                                 local_words) \
                        and not _form_value_in_words(match, name) \
                        and not _a_quoted_title(match, content) \
                        and not (pattern is _WEAK_INTRODUCTION and _a_place_not_a_name(name)) \
                        and not (pattern is _NAMED_AS
                                 and re.search(_SAID_WHERE, match.group(), re.IGNORECASE)
                                 and not _spelling_said_after_subject(name, set(known))) \
                        and not (pattern is _NAMED_AS and not _ASKS_TO_BE_CALLED.match(
                            match.group()) and _a_word_anyone_is_called(
                            name, known, local_words)):
                    names.append(name)
        # "ps au fait c Inès" (ines.h2010@…): "c" for "c'est" in a text message; so short a
        # cue names the writer only with a name their address holds.
        for match in _SMS_INTRODUCTION.finditer(content):
            name = match["name"].strip("'’-")
            # "bonjour c Kelly pas mon papa" on the father's account: the holder denied right
            # after the name says the name is the writer's as surely as their address would.
            if len(name) >= _MIN_PART_LETTERS and (
                    _without_accents(name.casefold()) in local_words
                    or (_HOLDER_DENIED_AFTER.match(content, match.end()) is not None
                        and name.casefold() not in _FUNCTION_WORDS
                        and name.casefold() not in _NOT_SIGNED_NAMES
                        and name.casefold() not in _NOT_INTRODUCED)):
                names.append(name)
        for match in _THATS_ME.finditer(content):
            name = match["name"].strip("'’-")
            folded = name.casefold()
            # "c'est moi, Maman", "that's me, Mom said": who speaks, or the next sentence.
            # "ik ben het, Divine, 14 jaar": a word that is also a common one is the name
            # when their age follows it, as on a line that gives name and age; "mais c'est
            # moi Adam" when it is a first name ending the line, as a name closes it.
            if len(name) >= _MIN_NAME_CHARS and folded not in _NOT_INTRODUCED \
                    and folded not in _FUNCTION_WORDS and folded not in _NOT_SIGNED_NAMES \
                    and (folded not in gazetteer.load().ordinary
                         or _AGE_AFTER_NAME.match(content, match.end()) is not None
                         or (folded in gazetteer.load().first_names
                             and not content[match.end():].strip(" \t.!")
                             and folded not in gazetteer.NOT_PEOPLE)):
                names.append(name)
        for match in _NAME_THEN_ME.finditer(content):
            name = match["name"].strip("'’-")
            folded = name.casefold()
            if len(name) >= _MIN_PART_LETTERS and folded not in _NOT_INTRODUCED \
                    and folded not in _FUNCTION_WORDS and folded not in _NOT_SIGNED_NAMES \
                    and folded not in gazetteer.NOT_PEOPLE and folded not in _SLURS \
                    and folded not in gazetteer.load().places \
                    and content[:match.start()].split()[-1:] not in _BEFORE_A_PLACE \
                    and (folded in gazetteer.load().first_names
                         or folded not in gazetteer.load().ordinary):
                names.append(name)
        for match in _PEN_NAME.finditer(content):
            name = match["name"].rstrip(".-")
            folded = name.casefold()
            if len(name) >= _MIN_PART_LETTERS and folded not in gazetteer.load().ordinary \
                    and folded not in _FUNCTION_WORDS and folded not in _NOT_INTRODUCED \
                    and folded not in _SLURS and folded not in gazetteer.NOT_PEOPLE \
                    and not _NOT_PEN_NAMES.fullmatch(name):
                names.append(name)
        for match in _PARENT_FULL_NAME.finditer(content):
            if full := _parent_full_name(match["name"]):
                names.append(full)
        for pattern in (_CALLED, _SAYS_TO_ME, _RELATION_NAMED, _RANK_NAMED, _USES_NAME,
                        *_WANTS_TO_BE_CALLED):
            for match in pattern.finditer(content):
                name = match["name"].strip("'’-")
                before = content[max(0, match.start() - _NEGATION_REACH):match.start("name")]
                # "niet kristof maar zijn dochter Lotte": the "niet" is about someone else.
                before = _BUT.split(before)[-1]
                if pattern is _RELATION_NAMED:
                    # "c pas ma mère qui écrit, c'est sa fille Yasmine": a denial of the
                    # account's holder; the relation names who writes. "je sais pas si c'est
                    # sa fille Emma" still denies.
                    before = _HOLDER_DENIED.sub(" ", before)
                if _called_name(name, content, match.end(), known, local_words) \
                        and not _NEGATED.search(before) \
                        and (pattern is not _USES_NAME or _uses_as_a_name(match, content)) \
                        and not (pattern in _WANTS_TO_BE_CALLED
                                 and _said_of_someone_else(content[:match.start()])):
                    names.append(name)
                if pattern is _CALLED:
                    names.extend(_more_called_names(content, match.end("name"), known,
                                                    local_words))
        for match in _PARENT_OF.finditer(content):
            # "ik ben de mama van Febe" closing a line names a child as a signature does;
            # "(mama van Febe)" only when the one signing so is the writer ("Ann (mama van
            # Febe)" on Ann's account). "Je suis la maman de Nathan, 15 ans. Hier soir il …" in
            # running text: only in a help-seeker's mail (_written_for_names), where the parent
            # writes for the child; here, in any text, the line must close on the name.
            name = match["name"].strip("'’-")
            signer = content[:match.start()].strip()
            closes_line = re.fullmatch(r"[\W_]*", content[match.end():]) is not None
            # "Julie, de mama van Febe" names a friend's mother: after a comma, only when
            # the name before it is the writer's.
            after_comma = signer.endswith(",")
            if _called_name(name, content, match.end(), known, local_words) and (
                    (not match.group().startswith("(") and not after_comma and closes_line)
                    or (signer and _is_known_word(signer.split()[-1].rstrip(","), known,
                                                  local_words))
                    or (not signer and _AGE_IN_BRACKETS.match(content, match.end()))):
                names.append(name)
                # "(maman de Noé et Maud)", "mama van Jo, Bo en Lien": each child named
                # with the first is named as surely.
                more_names = _AND_NAMES.match(content, match.end())
                # "I wish you joy" by "(mum of Lily and Joy)": a word in lower case.
                names.extend(WordName(more) for more in (more_names["names"] if more_names else "")
                             .replace(",", " ").split()
                             if more[:1].isupper()
                             and _called_name(more, content, match.end(), known, local_words))
        for match in _INTRODUCTION_WITH_AGE.finditer(content):
            word = match["name"].strip("'’-")
            if len(word) >= _MIN_NAME_CHARS and word.casefold() not in _NOT_INTRODUCED \
                    and word.casefold() not in _FUNCTION_WORDS \
                    and not word.casefold().endswith(_ADJECTIVE_ENDINGS) \
                    and not _PARTICIPLE.fullmatch(word) and not _lower_common_noun(word):
                names.append(word)
        for match in _ASK_FOR_ON_THE_PHONE.finditer(content):
            name = match["name"].strip("'’-")
            folded = name.casefold()
            if len(name) >= _MIN_PART_LETTERS and folded not in _NOT_INTRODUCED \
                    and folded not in _FUNCTION_WORDS and folded not in gazetteer.load().ordinary:
                names.append(name)
        for match in _OWN_AVATAR.finditer(content):
            name = (match["name"] or match["name2"]).strip("'’-")
            if len(name) >= _MIN_PART_LETTERS and name.casefold() not in _NOT_INTRODUCED \
                    and name.casefold() not in _FUNCTION_WORDS:
                names.append(name)
        for match in _NAME_HERE.finditer(content):
            word = match["name"].strip("'’-")
            folded = word.casefold()
            if len(word) >= _MIN_PART_LETTERS and folded not in _NOT_INTRODUCED \
                    and folded not in _FUNCTION_WORDS and folded not in _NOT_SIGNED_NAMES \
                    and folded not in _NOT_HERE and folded not in gazetteer.load().ordinary \
                    and folded not in _PLACES_ABROAD and folded not in gazetteer.load().places \
                    and (word[0].isupper() or _only_a_first_name(word)
                         or any(local.startswith(folded) for local in local_words)):
                names.append(word)
        # "ik ben sander", written in lower case: a name when their address says so
        # (sanderke2011@…).
        for match in _LOWER_INTRODUCTION.finditer(content):
            word = match["name"].casefold()
            if word in _NOT_INTRODUCED or word in _FUNCTION_WORDS \
                    or (_IT_IS.match(match.group())
                        and _CLAUSE_BEFORE_IT_IS.search(content[:match.start()])):
                continue
            if len(word) >= _MIN_PART_LETTERS and (any(
                    local.startswith(word) for local in local_words)
                    or _consonants_of_known(word, known)
                    or _ACCOUNT_UNDERSCORE.fullmatch(word)
                    or (match["online"] and _ACCOUNT_NUMBER.fullmatch(word))
                    # "mijn tag is KRSH", "mien gamertag is zwartevos": what follows "my tag
                    # is" is by the sentence's own word the name they go by (a graffiti tag, a
                    # gamertag), whatever its shape; only an ordinary word is read as a
                    # sentence going on ("mijn tag is lelijk").
                    or (match["account"] and word not in gazetteer.load().ordinary)
                    or (_CORRECTED_TO.match(content, match.end()) is not None
                        and _corrected_to_known(content, match.end(), word, known,
                                                uses := uses or _word_uses(own)))):
                names.append(match["name"])
        # "ik ben jana", "hi im lucas" on a parent's account, where the address does not say
        # it: a first name that is no common Dutch or English word. (Not after French cues:
        # the word lists know no French, and "c'est magnifique" is not anyone's name.)
        for match in _FIRST_NAME_INTRODUCTION.finditer(content):
            word = match["name"].casefold()
            if len(word) >= _MIN_PART_LETTERS and word not in _NOT_INTRODUCED \
                    and word not in _FUNCTION_WORDS and _only_a_first_name(word) \
                    and not _is_the_calendar(match):
                names.append(match["name"])
            elif _initials_in_order(match["name"], known):
                names.append(match["name"])  # "hey het is EL" from Emma Lambrechts
    names.extend(_called_so_names(own, known, local_words))
    for content in own:
        for match in _CHILD_NAMED_IN_BRACKETS.finditer(content):
            if _CHILD_WROTE.search(content) and match["name"].casefold() not in _FUNCTION_WORDS:
                names.append(match["name"])
    names.extend(_child_signed_quoted_words(own))
    names.extend(_own_letter_signed(own, known))
    names.extend(_its_me_again_names(own))
    names.extend(name for content in own for name in _lower_full_names(content, local_words))
    names.extend(match["name"] for content in own for match in _CALLED_INITIAL.finditer(content))
    for last in dict.fromkeys([*own[-1:], *(x for x in last_lines if not x.endswith((",", ":")))]):
        names.extend(_signed_off_name(last, known))
        names.extend(_said_at_the_end(last, known))
        # "noor" alone on the last line: a first name that is no common word signs the text.
        alone = [word for word in _WORD.findall(last) if not _KISSES.fullmatch(word)]
        if len(alone) == 1 and len(alone[0]) >= _MIN_PART_LETTERS \
                and not _ends_wanting_more(own, last) \
                and alone[0].casefold() not in _NOT_SIGNED_NAMES \
                and alone[0].casefold() not in _NOT_INTRODUCED \
                and re.fullmatch(r"[\W_]*" + re.escape(alone[0]) + r"(?:[\W_]|xo|x|\d)*", last) \
                and not _DATE_IN_TAIL.search(last) \
                and alone[0].casefold() not in gazetteer.load().places \
                and (_only_a_first_name(alone[0]) or (
                    # "Ellie x", "Lele :)": a capitalised word with kisses or a smiley after it;
                    # not marks of a cry ("Peur!!", "Pourquoi??"): the word lists hold no
                    # French, and a shout is no signature. Nor a word beside a phone or card
                    # number ("Leefgroep 2 - 015 89 12 00" closing a ward's card): the card's
                    # (a ward, a desk), unless it is only a first name (above).
                    not _LONG_NUMBER_AFTER.search(last.split(alone[0], 1)[-1])
                    and alone[0][0].isupper() and last.rstrip() != alone[0]
                    and not _CRY_AFTER.fullmatch(last.split(alone[0], 1)[-1])
                    and alone[0].casefold() not in gazetteer.load().ordinary)
                     # "Tom" under "mon mail à moi c'est tom.marchal.16@…": a word of an
                     # address they wrote or write from, even when it is also a word.
                     or (alone[0][0].isupper()
                         and _without_accents(alone[0].casefold()) in local_words)):
            names.append(alone[0])
        names.extend(_relatives_sign_off(last, own))
        # "Max (il)", "Rose (she/her)": a capitalised word with the writer's pronouns in a
        # bracket closing the text signs it, even when it is also a word.
        pronoun_signed = _NAME_WITH_PRONOUNS.fullmatch(last)
        if pronoun_signed and pronoun_signed["name"].casefold() not in _NOT_SIGNED_NAMES \
                and pronoun_signed["name"].casefold() not in _NOT_INTRODUCED \
                and not _CLOSING.match(pronoun_signed["name"]):
            names.append(pronoun_signed["name"])
    names.extend(_other_named_names(own, known, local_words, names,
                                    [*own[-1:], *last_lines]))
    names.extend(_writes_again_name(own))
    # A "name" of hundreds of letters is no one's, and would cost a regex of its size.
    return list(dict.fromkeys(name for name in names if len(name) <= _MAX_LEARNED_NAME_CHARS))


# "ik heb ruzie met / Lore", "ze heet / Lore", "i miss / Lore": a line that stops on a word
# that wants what follows (a preposition, "heet", "named") goes on in the next line, one phrase
# a line as young people write. The name alone under it is the end of their sentence, whom it
# is about, not their signature.
_WANTS_MORE = re.compile(
    r"(?i)(?<![\w'’])(?:met|tegen|van|voor|aan|bij|naar|over|zonder|heet|heette|noemt|noemde"
    r"|with|to|from|for|about|against|without|named|called|miss|avec|pour|contre|sans|chez"
    r"|appelle|appelait)[ \t]*$")


_CRY_AFTER = re.compile(r"[ \t]*[!?.…]+[ \t]*")
# Six digits or more in one run of digits, spaces, dots, slashes and dashes: a phone or a card
# number, not an age, a class or a birth year (_introduced_names' last-line rule).
_LONG_NUMBER_AFTER = re.compile(r"\d(?:[ ./-]?\d){5}")


def _ends_wanting_more(own: list[str], last: str) -> bool:
    """Whether the line above `last` in `own` stops on a word that wants what follows, and
    is no closing greeting ("Groetjes van / Lore", "love from / Jo" sign with the name)."""
    index = next((i for i in range(len(own) - 1, 0, -1) if own[i] == last), None)
    return index is not None and _WANTS_MORE.search(own[index - 1]) is not None \
        and _CLOSING.match(own[index - 1].strip()) is None


# "ik ben haar zoon wout", "this is her daughter Mia", "im his son Ethan", "dit is niet kristof
# maar zijn dochter Lotte", "hier is ni mijn pa maar zijn dochter Roos": a child writing from a
# parent's account names themselves right after the relation (the holder denied in a word or
# two, "niet" also as Flemish speak it, "nie", "ni").
_RELATION_NAMED = re.compile(
    rf"(?i)(?<!\w)(?:{_IK}\s+ben|hier\s+is|dit\s+is|this\s+is|i\s+am|i['’]?m|je\s+suis|c['’]est)\s+"
    r"(?:(?:niet|nie|ni|not|pas)\s+(?:[^\W\d_][\w'’-]{0,40}\s+)?[^\W\d_][\w'’-]{0,40}\s*,?\s+"
    r"(?:maar|but|mais)\s+)?"
    r"(?:haar|zijn|hun|de|het|her|his|their|the|sa|son|leur|le|la)\s+"
    r"(?:(?:jongste|oudste|kleine|grote|little|big|younger|older|youngest|oldest|petite?|grande?)"
    r"\s+)?(?:zoon|dochter|zoontje|dochtertje|kind|broer|zus|zusje|broertje|son|daughter|kid"
    r"|child|brother|sister|fils|fille|fr[èe]re|s[œo]e?ur|enfant)"
    # "c'est son fils, Minh, j'ai 13 ans": a comma before the name, when a capital follows.
    r"(?:\s*,(?=[ \t]*(?-i:[A-ZÀ-Ý])))?\s+(?P<name>[^\W\d_][\w'’-]*)"
    # "c'est sa fille Emma qui me harcèle": a cleft sentence about another ("c'est sa fille
    # Yasmine qui écrit", "… qui tape", "… who is typing", "… die dit bericht stuurt" still
    # name the writer; "qui me tape", "qui m'envoie", "who keeps sending me" do not).
    r"(?![\w'’-])(?!\s+(?:(?:qui|que|who|die)(?![\w'’])|qu['’])"
    r"(?!\s*(?:(?:(?:t['’]|te\s|vous\s|v['’]|is\s|['’]s\s|hier\s|nu\s)\s*)?"
    r"(?:(?:dit|deze)(?:\s+(?:bericht|berichtje|mail|mailtje|e-?mail))?\s+)?"
    r"(?:[ée]cri|parl|writ|schrij|typ|envo[iy]|send|sent|stuur|verstuur|mail)"
    r"(?![\w'’-]*\s+(?:me|mij)(?![\w'’-]))"
    r"|tap(?:e|es|ait)?(?![\w'’-])(?!\s+(?:sur|on)(?![\w'’-])))))"
)
# "mijn naam is eigenlijk Sanne maar ik gebruik nu Sen", "I go by Kit now, I use Kit", "j'utilise
# maintenant Alex": the name the writer now uses. "ik gebruik nu Snapchat" names an app: the
# word must be a name (_called_name: a first name, or one they are known by).
_USES_NAME = re.compile(
    r"(?i)(?<!\w)(?:ik\s+gebruik|'?k\s+gebruik|i\s+use|j['’]utilise)\s+"
    r"(?:nu|tegenwoordig|liever|now|maintenant|d[ée]sormais)\s+(?:(?:de\s+naam|the\s+name"
    r"|le\s+(?:pr[ée])?nom)\s+)?(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+)(?![\w'’-])"
)
# "ik gebruik nu Yasmin (de pil)", "j'utilise maintenant Diane 35", "ik gebruik nu Siri": a
# pill, a medicine, an assistant named like a person. The name the writer uses is one only
# where the line speaks of names ("mijn naam is eigenlijk Sanne maar ik gebruik nu Sen", "I go
# by Kit now") or of who they are ("ik ben trans"), or the words "de naam" say so.
_SPEAKS_OF_NAMES = re.compile(
    r"(?i)(?<!\w)(?:naam|name|named|nom|pr[ée]nom|voornaam|heet|heette|noem\w*|call\w*"
    r"|appel\w*|go\s+by|deadname|dead\s+name|trans|non-?binai?r\w*|genderfluid|queer"
    r"|pronoun\w*|voornaamwoord\w*|pronom\w*)(?!\w)")


def _uses_as_a_name(match: re.Match[str], content: str) -> bool:
    """Whether "ik gebruik nu <Name>" speaks of a name (see _SPEAKS_OF_NAMES)."""
    return bool(_SPEAKS_OF_NAMES.search(content[:match.start("name")])) \
        or re.match(r"\s*\d", content[match.end():]) is None \
        and bool(_SPEAKS_OF_NAMES.search(content[match.end():]))
# "ik ben de jongste (Vic) 11 jaar", "I'm the youngest (Kai)", "je suis la plus jeune (Léa)":
# on the family's account the child says which of the children writes, and their name in a
# bracket right after it.
_RANK_NAMED = re.compile(
    rf"(?i)(?<!\w)(?:{_IK}\s+ben|kben|i\s+am|i['’]?m|je\s+suis|j['’]?suis|c['’]est)\s+"
    r"(?:de|het|the|la|le)\s+(?:jongste|oudste|middelste|kleinste|youngest|oldest|eldest"
    r"|middle\s+one|plus\s+jeune|plus\s+petite?|plus\s+grande?|a[îi]n[ée]e?|cadette?)"
    r"(?:\s+(?:zoon|dochter|kind|broer|zus|son|daughter|kid|child|brother|sister|fils|fille"
    r"|enfant|fr[èe]re|s[œo]e?ur))?\s*[(\[]\s*(?P<name>[^\W\d_][\w'’-]*)\s*[)\]]"
)
# "pas ma mère", "niet mijn papa", "not my mum": a denial of the account's holder, before the
# writer says what they are to them.
_HOLDER_DENIED = re.compile(
    r"(?i)(?<![\w'’-])(?:not|niet|nie|pas)\s+(?:(?:ma|mon|my|mijn|m['’]n|me|the|de|la|le|l['’]|sa"
    r"|son|his|her|zijn|haar|onze|notre|our)\s*)?(?:m[èe]re|p[èe]re|maman|papa|mama|mam|mum|mom"
    r"|mommy|mummy|mamma|dad|daddy|mother|father|moeder|vader|ouders|parents?|oma|opa|mamie|papi"
    r"|papy|grand-m[èe]re|grand-p[èe]re|grandma|grandpa|granny|stepdad|stepmum|stepmom"
    r"|beau-p[èe]re|belle-m[èe]re|stiefvader|stiefmoeder|pluspapa|plusmama)(?![\w'’-])"
)
# "ik ben hun dochter", "c'est sa fille qui écrit", "this is his kid", "ik ben de dochter van
# dit gezin": a child who writes from a parent's or the family's account says so, by what they
# are to its holder.
_RELATIVE = (r"(?:(?:jongste|oudste|kleine|grote|little|big|younger|older|youngest|oldest"
             r"|petite?|grande?)\s+)?(?:zoon|dochter|zoontje|dochtertje|kind|broer|zus|zusje"
             r"|broertje|kleinzoon|kleindochter|son|daughter|kid|child|brother|sister|grandson"
             r"|granddaughter|fils|fille|enfant|fr[èe]re|s[œo]e?ur|petit-fils|petite-fille)")
_HOLDERS_RELATIVE = re.compile(
    rf"(?i)(?<![\w'’])(?:{_IK}\s+ben|kben|hier\s+is|dit\s+is|this\s+is|i\s+am|i['’]?m|it['’]?s"
    r"|je\s+suis|j['’]?suis|c['’]est|c)\s+"
    rf"(?:(?:haar|zijn|hun|her|his|their|sa|son|leur)\s+{_RELATIVE}"
    rf"|(?:de|het|la|le|the)\s+{_RELATIVE}\s+(?:van|de|of)\s+(?:dit|deze|het|cette|ce|this|the)"
    r"\s+(?:gezin|familie|huis|famille|family|household|maison))(?![\w'’-])"
)
# What may stand before the relation on its line: nothing, a greeting, or the end of a clause
# ("Bonjour, je suis la fille …", "hallo ik ben haar dochter"); and after it: the end of the
# clause or what the child goes on to say ("ik ben hun zoon, ik ben 14", "… en ik gebruik
# mama haar mail", "this is their daughter writing"). "they forget that im their daughter
# too", "she forgot im her daughter", "je suis sa fille préférée lol" are a story.
_BEFORE_THE_RELATIVE = re.compile(
    r"(?i)[\W_]*(?:(?:hallo|hoi|hey|hi|hello|hiya|dag|hej|yo|salut|coucou|bonjour"
    r"|bonsoir|allo|beste|dear|cher|ch[èe]re|goeiedag|goedendag)(?![\w'’-])[\W_]*)?")
_AFTER_THE_RELATIVE = re.compile(
    r"(?i)[ \t]*(?:$|[,.!?;:()\-–—]|(?:en|and|et|writing|schrijf\w*|typ\w*|hier|here|ici|qui"
    r"|who|die|van|of|de|du|from|op|on|sur|met|with|avec|uit)(?![\w'’-]))")
# "Music / My cat / Summer": a short line without a stop, or a bullet, is an item of a list;
# a line ending with a colon opens one.
_ITEM_OF_A_LIST = re.compile(
    r"[ \t]*(?:[-–—*•·▪◦>][ \t]*.*|\d{1,2}[.)][ \t]*.*|[A-ZÀ-Ý][^\s.!?]*(?:[ \t]+[^\s.!?]+){0,2}"
    r"[ \t]*|.*:[ \t]*)")


_CLAUSE_REACH = 80


def _says_holders_relative(line: str) -> bool:
    """Whether `line` says what the writer is to the account's holder (_HOLDERS_RELATIVE) as
    who they are, not as part of a story."""
    for match in _HOLDERS_RELATIVE.finditer(line):
        # The clause it opens: from the last stop or comma before it (looked for nearby only,
        # so that a long line of cues stays linear).
        start = max(0, match.start() - _CLAUSE_REACH)
        before = re.split(r"[.!?;:,]", line[start:match.start()])
        if (len(before) > 1 or start == 0) and _BEFORE_THE_RELATIVE.fullmatch(before[-1]) \
                and _AFTER_THE_RELATIVE.match(line, match.end()):
            return True
    return False


# Closing formulas that are also first names somewhere: "Peace", "Courage", "Amen".
_CLOSING_WORDS = frozenset(("peace", "courage", "amen", "bless", "blessings", "respect", "force"))


def _relatives_sign_off(last: str, own: list[str]) -> list[str]:
    """ "… is dat erg? / Grace" from a child who said they write from a parent's or the
    family's account (see _HOLDERS_RELATIVE): the headers do not give their name, so a
    capitalised first name alone on the line closing their text signs it, even when it is
    also a common word ("Grace", "Joy", "Destiny"). Not a closing formula,
    a chat word or a place, not followed by a full stop, and not a word they also use in
    lower case in their text (then it is a word of their language)."""
    alone = [word for word in _WORD.findall(last) if not _KISSES.fullmatch(word)]
    if len(alone) != 1:
        return []
    word = alone[0]
    folded = word.casefold()
    words = gazetteer.load()
    alone_on_line = r"[-–—~ \t]*" + re.escape(word) + r"(?:[ \t]+(?:x+|xo+x*))?[^\w.!?:;,]*"
    if not word[:1].isupper() or len(word) < _MIN_PART_LETTERS \
            or re.fullmatch(alone_on_line, last) is None \
            or folded not in words.first_names or folded in _CLOSING_WORDS \
            or folded in _NOT_SIGNED_NAMES or folded in _NOT_INTRODUCED \
            or folded in _FUNCTION_WORDS or folded in _SLURS or folded in gazetteer.CHAT_WORDS \
            or folded in gazetteer.NOT_PEOPLE or folded in words.places or _CLOSING.match(word):
        return []
    if not any(_says_holders_relative(line) for line in own):
        return []
    above = own[:len(own) - 1 - own[::-1].index(last)] if last in own else []
    if above and _ITEM_OF_A_LIST.fullmatch(above[-1]):
        return []  # "things that still make me feel ok: / Music / My cat / Summer"
    lower = re.compile(r"(?<![\w'’-])" + re.escape(word.lower()) + r"(?![\w'’-])")
    if any(lower.search(line) for line in own):
        return []
    return [word]


# "de mail van mijn mama Karin Mertens", "my mum Karen Hill", "ma mère Sophie Dubois": a parent
# named in full on the account the child writes from. The surname is the child's too; a
# parent's first name alone ("mijn mama Karin") is the child's story and stays.
_PARENT_FULL_NAME = re.compile(
    r"(?i)(?<!\w)(?:mijn|m['’]n|my|ma|mon)\s+(?:mama|papa|moeder|vader|mams|paps|ma|pa|mum|mom"
    r"|dad|mother|father|maman|m[èe]re|p[èe]re|stiefmoeder|stiefvader|stiefmama|stiefpapa|stepmum"
    r"|stepmom|stepdad|beau-p[èe]re|belle-m[èe]re)(?:\s*,|\s+(?:heet|is|s['’]appelle|called))?"
    r"\s+(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+(?:\s+(?:(?:van\s+de[nr]?|van|de|der|den|le|la|du|d['’]|el"
    r"|ter|ten)\s*)?(?-i:[A-ZÀ-Ý])[\w'’-]+){1,2})"
)


def _parent_full_name(name: str) -> str:
    """The words of `name` that read as a first name and a surname ("Karin Mertens" of "Karin
    Mertens Zegt"), or "" when there is no surname after the first name."""
    ordinary = gazetteer.load().ordinary
    words = name.split()
    if words[0].casefold() in ordinary and words[0].casefold() not in gazetteer.load().first_names:
        return ""
    kept = [words[0]]
    for word in words[1:]:
        folded = word.casefold().strip("'’")
        if folded in _SURNAME_PARTICLES or word.endswith(("'", "’")):
            kept.append(word)
            continue
        if folded in ordinary or folded in _NOT_INTRODUCED or folded in _FUNCTION_WORDS:
            break
        kept.append(word)
    while kept and kept[-1].casefold().strip("'’") in _SURNAME_PARTICLES:
        kept.pop()
    return " ".join(kept) if len(kept) > 1 else ""


# --------------------------------------------------------------------------- written for

# The young person someone writes for is the help-seeker of the conversation (the corpus's
# Format, "When someone writes for a young person"): a parent, sibling, grandparent, foster
# parent, friend or youth worker who asks help for them names them as the writer's own name
# would, and their name is replaced in the same way. Who they are to the writer:
_FOR_WHOM_ADJECTIVE = (r"(?:kleine|klein|jongere|jongste|oudere|oudste|grote|lieve|beste|goede"
                       r"|little|younger|youngest|older|oldest|big|best|dear|petite?|grande?"
                       r"|jeune|cadette?|meilleure?|ch[èe]re?|pauvre|poor)")
_FOR_WHOM_RELATIVE = (
    r"(?:zoon|zoontje|dochter|dochtertje|kind|kindje|broer|broertje|zus|zusje|zuster|tweelingbroer"
    r"|tweelingzus|kleinzoon|kleindochter|kleinkind|pleegzoon|pleegdochter|pleegkind|stiefzoon"
    r"|stiefdochter|neef|neefje|nicht|nichtje|petekind|metekind|vriend|vriendin|vriendje"
    r"|vriendinnetje|son|daughter|child|kid|brother|sister|grandson|granddaughter|grandchild"
    r"|stepson|stepdaughter|nephew|niece|cousin|godson|goddaughter|friend|mate|bestie"
    r"|fils|fille|enfant|fr[èe]re|s[œo]e?ur|petit-fils|petite-fille|beau-fils|belle-fille"
    r"|neveu|ni[èe]ce|cousine|filleule?|ami|amie|pote|copain|copine)")
_FOR_WHOM_POSSESSIVE = r"(?:mijn|m['’]n|onze|ons|my|our|mon|ma|notre|mes|nos)"
# "ik schrijf voor mijn broertje Lowie", "je vous écris pour mon petit frère, Ousmane", "I'm
# writing for my little sister Lily", "ik mail namens onze zoon": asking on someone's behalf
# ("voor", "namens", "pour", "au nom de", "for", "on behalf of"). Not "over"/"about": a kid
# writes about a brother who hits them, and his name is their story.
_WRITES_FOR = re.compile(
    r"(?i)(?<!\w)(?:schrijf|schrijft|schrijven|mail|e-?mail|stuur|contacteer|[ée]cri[st]?"
    r"|[ée]crire|contacte|writing|write|emailing|contacting|messaging|reaching\s+out|ask(?:ing)?)"
    r"(?:\s+(?:jullie|u|je|dit|deze|mail|bericht|you|this|vous|te|ici|hier|ook|also|aussi))*"
    # "je vous écris depuis Kinshasa pour mon cousin", "I'm writing from London for my
    # sister", "ik schrijf vanuit Gent voor mijn neef": where they write from, said between.
    r"(?:(?:\s+(?:from|depuis|vanuit|uit)\s+|\s+d['’])(?-i:[A-ZÀ-Ý])[\w'’-]*"
    r"(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]*){0,2})?"
    r"\s+(?:voor|namens|in\s+naam\s+van|pour|au\s+nom\s+de|de\s+la\s+part\s+de|for|on\s+behalf\s+of)"
    rf"\s+{_FOR_WHOM_POSSESSIVE}\s+(?:{_FOR_WHOM_ADJECTIVE}\s+){{0,2}}"
    rf"(?P<relative>{_FOR_WHOM_RELATIVE})(?![\w'’-])"
)
# The writer's own child: "mijn dochter", "onze zoon", "my son", "ma fille". Young people write
# of a brother or a friend, not of their son or daughter: a parent writing of their child
# writes for them.
_OWN_CHILD = re.compile(
    rf"(?i)(?<![\w'’]){_FOR_WHOM_POSSESSIVE}\s+(?:{_FOR_WHOM_ADJECTIVE}\s+){{0,2}}"
    r"(?P<relative>zoon|zoontje|dochter|dochtertje|pleegzoon|pleegdochter|pleegkind|stiefzoon"
    # "Mijn kind Robin (vroeger Robine)": a parent who says neither son nor daughter.
    r"|kind|child|enfant"
    # "Mijn kindje Robin", "Mon ado Lucas", "My kid Jayden", "Mijn puber Kobe", "Mon garçon
    # Ilyes": a parent's everyday words for their child.
    r"|kindje|kid|ado|puber|gar[çc]on|gamin|gamine"
    r"|stiefdochter|kleinzoon|kleindochter|kleinkind|son|daughter|stepson|stepdaughter"
    r"|foster\s+(?:son|daughter|child)|grandson|granddaughter|grandchild|fils|fille"
    r"|petit-fils|petite-fille|beau-fils|belle-fille)(?![\w'’-])"
)
# "ik ben de grootmoeder van Robbe", "ik ben pleegmoeder van Yusuf (16)", "je suis la maman de
# Noé", "I'm the mum of Kai": the writer introducing themselves by what they are to the young
# person names them. ("de mama van Lisa zei …" is no introduction: a friend's mother.)
_INTRODUCED_AS_RELATIVE_OF = re.compile(
    # "This is the mother of Aarthi, 12 years", "Ici la maman de Noé": the same introduction
    # said as who is writing, where the writer's line opens (perhaps after a greeting). Inside a
    # line it is someone else speaking ('voicemail: "ja hallo eh dit is de vader van Thibo …"').
    # "'k Zen de tante van Jarne": West-Flemish "'k zen"/"'k zijn" for "ik ben".
    r"(?i)(?<![\w'’])(?:ik\s+ben|'?k\s+ben|(?:ik|['’]?k)\s+(?:zen|zijn|zyn)|i\s+am|i['’]m"
    r"|je\s+suis|j['’]?suis"
    r"|(?<![^\n])[ \t]*(?:(?:hello|hi|hallo|hoi|dag|goedendag|bonjour|bonsoir|salut|good\s+morning"
    r"|good\s+afternoon|good\s+evening)[ \t]*[,.!]?[ \t]*)?(?:this\s+is|dit\s+is|hier\s+is"
    r"|ici)"
    # "Wij zijn sinds 2 jaar het pleeggezin van Kwame", "we are the foster carers of Tayo":
    # the household that has the child in its care, said together, and since when.
    r"|(?:wij|we)\s+zijn|we\s+are|we['’]re|nous\s+sommes)\s+"
    r"(?:(?:sinds|al|depuis|for|since)\s+\w{1,10}\s+(?:jaar|maanden|ans|mois|years|months)\s+)?"
    # "Je suis une grand-mère … de Jasmine": "a" or "une" as well as "the".
    r"(?:(?:de|het|the|la|le|l['’]|une|un|een|a|an)\s*)?(?:(?:trotse|proud|fi[èe]re?)\s+)?"
    r"(?:(?:grote|oudere|kleine|jongere|big|older|little|younger|grande?|petite?|a[îi]n[ée]e?)\s+)?"
    r"(?:(?:pleeg|stief|plus)?(?:mama|moeder|mams|papa|vader|ouder)|oma|opa|grootmoeder|grootvader"
    r"|bomma|bompa|meter|peter|tante|oom|zus|broer|mom|mum|mother|dad|father|parent"
    # "ik ben de neef van Aylin, ze is 14", "je suis la cousine de Léa": a cousin, too.
    r"|neef|nicht|kozijn|cousin|cousine"
    r"|step(?:mom|mum|dad|mother|father)|foster\s+(?:mum|mom|mother|dad|father|parent|carer)"
    r"|grandma|grandpa|grandmother|grandfather|granny|aunt|uncle|sister|brother|maman|m[èe]re"
    r"|papa|p[èe]re|belle-m[èe]re|beau-p[èe]re|grand-m[èe]re|grand-p[èe]re|mamie|papi|papy"
    r"|marraine|parrain|tata|tatie|tante|tonton|oncle|s[œo]e?ur|fr[èe]re|famille\s+d['’]accueil"
    # "ik ben de buurvrouw van een meisje van 11, Zoë": a neighbour who writes for a child.
    r"|buurvrouw|buurman|neighbou?r|voisine?"
    # "I am the legal guardian of Kwabena", "je suis la tutrice de Léo": who has the child in
    # their care by law writes for them as a parent does.
    r"|(?:legal\s+)?guardian|voogd|tut(?:eur|rice)(?:\s+l[ée]gale?)?"
    r"|pleeggezin|pleegouders|foster\s+(?:family|parents|carers))"
    # "the aunt and legal guardian of …": two of these said together.
    r"(?:\s+(?:and|en|et)\s+(?:(?:de|het|the|la|le|l['’])\s*)?(?:legal\s+)?(?:guardian|voogd"
    r"|tut(?:eur|rice)(?:\s+l[ée]gale?)?))?"
    # "ik ben de grote zus (19) van Ilyas": the writer's own age, in brackets after what they are;
    # "une grand-mère, la lola comme on dit chez nous, de Jasmine": the word in their family's
    # language, between commas.
    r"(?:[ \t]*\([ \t]*\d{1,2}[ \t]*(?:jaar|j|ans|yo|years?)?[ \t]*\)"
    r"|[ \t]*,[ \t]*(?:la|le|de|het|the)[ \t]+[^\W\d_][^,.!?;\n]{0,60},)?"
    r"\s+(?:van|of|de|d['’])\s*"
    # "… d'un garçon de 13 ans, Hugo", "… van een meisje van 14, Lien": the young person
    # first as who they are, then by name.
    r"(?:(?:un|une|een|a)\s+(?:gar[çc]on|fille|jeune|jongen|meisje|jongere|boy|girl)"
    r"(?:\s+(?:de|van|of)\s+\d{1,2}(?:\s*(?:ans|jaar|years?(?:\s+old)?))?)?\s*,\s*"
    # "la mère de la petite Inès", "the mum of little Kai": an article and "little" first.
    r"|(?:(?:la|le|l['’]|the|de|het)\s*)?(?:petite?|little|kleine)\s+"
    # "the mother of three and the middle one, Kai", "de mama van drie en de jongste, Noor".
    r"|(?:two|three|four|five|twee|drie|vier|vijf|deux|trois|quatre|cinq)(?:\s+\w+)?\s+"
    r"(?:and|en|et)\s+(?:(?:the|de|het|la|le|l['’])\s*)?(?:middle\s+one|oldest|eldest"
    r"|youngest|middelste|oudste|jongste|cadet(?:te)?|a[îi]n[ée]e?|benjamine?)\s*,\s*)?"
    r"(?P<name>[^\W\d_][\w-]+)(?![\w'’-])"
    # "de mama van Lotte en Jens.": both children, each by name, where the pair ends the clause
    # ("… van Emma en Noor is haar vriendin" goes on about someone else).
    r"(?:\s+(?:en|and|et|&)\s+(?P<name2>[^\W\d_][\w-]+)(?![\w'’-])"
    r"(?=[ \t]*(?:[.,;:!?()]|$)|\s+\(?\d))?"
)
# "J'accompagne une jeune de 16 ans, Saliha", "Je suis un jeune de 15 ans, Kenzo", "One of my
# Year 10 students, Tariq (15)", "Een van onze gasten, Younes (17)", "I have had a
# 16-year-old, Tayo A., placed with me": a youth worker, a teacher or a foster carer writing
# for a young person they work with introduces them so, by who they are and then the name.
_WORKS_WITH_NAMED = re.compile(
    r"(?i)(?<![\w'’])(?:(?:j['’]accompagne|je\s+suis|je\s+suis\s+de\s+pr[èe]s|je\s+suis\s+suivi"
    r"|ik\s+begeleid|wij\s+begeleiden|we\s+begeleiden|ik\s+volg|i\s+support|i\s+work\s+with"
    r"|i\s+mentor|i\s+care\s+for|(?:i\s+)?ha(?:ve|s|d)(?:\s+had)?)\s+(?:un|une|een|a)\s+"
    r"(?:(?:jeune|jongere|jongen|meisje|gar[çc]on|fille|young\s+person|teenager|boy|girl)"
    r"(?:\s+(?:de|van|of)\s+\d{1,2}(?:\s*(?:ans|jaar|years?(?:\s+old)?))?)?"
    r"|\d{1,2}[- ]year[- ]old)"
    # "ene van mien spelers, Dries": Limburg's and Antwerp's "ene"/"mien" for "een"/"mijn".
    # "Eén van mijn spelers": the capital on the second letter's accent.
    r"|(?:one\s+of\s+(?:my|our)|(?:een|ene|[ée][ée]n)\s+van\s+(?:mijn|mien|m['’]n|onze)"
    r"|(?:l['’])?une?\s+de\s+(?:mes|nos))\s+"
    r"(?:[\w-]+\s+){0,3}?(?P<group>students|pupils|regulars|young\s+people|clients|leerlingen|gasten"
    r"|jongeren|cli[ëe]nten|[ée]l[èe]ves|jeunes"
    # "Een van mijn spelers, Senne": a coach's, a leader's or a carer's group.
    r"|spelers|players|joueurs|joueuses|leden|members|membres|scouts|gidsen|welpen|kapoenen"
    r"|zwemmers|swimmers|nageurs|bewoners|residents|r[ée]sidents"
    # "Een van mijn speelsters, Fien (17)", "een van onze kabouters, Mira (9)".
    r"|speelsters|kabouters|jongens|meisjes|patiënten|patients)"
    # "Ik schrijf voor een jongere uit ons jeugdhuis, Aline (12)", "I'm writing for a girl
    # from our youth club, Tamsin": who they are to the writer's place, then the name.
    r"|(?:schrijf|schrijven|mail|[ée]cri[st]|[ée]crivons|writing|write)\s+(?:(?:jullie|u|vous"
    r"|you)\s+)?(?:voor|namens|pour|for|on\s+behalf\s+of"
    # "ik schrijf op vraag van een leerling, Nathan (17)": at their asking is for them too.
    r"|op\s+(?:vraag|verzoek)\s+van|at\s+the\s+request\s+of)\s+(?:een|une?|a)\s+(?:jongere"
    r"|jongen|meisje|jeune|gar[çc]on|fille|young\s+person|teenager|boy|girl"
    # "on behalf of a young man I support, Farhad", "voor een leerling van het vierde
    # leerjaar, Wahid (10)": a young adult, or a pupil of the writer's school.
    r"|young\s+(?:man|woman|lad)|jeune\s+homme|jonge\s+(?:man|vrouw)|leerling|pupil"
    r"|[ée]l[èe]ve)"
    r"(?:\s+(?:i|we)\s+(?:support|work\s+with|look\s+after|care\s+for|mentor))?"
    r"(?:\s+(?:uit|van|de|du|from|at|in|of)\s+(?:ons|onze|mijn|notre|nos|mon|ma|our|my|the|het"
    r"|de|la|le)\s+[\w-]+(?:\s+[\w-]+)?)?"
    r"(?:\s+(?:de|van|of)\s+\d{1,2}(?:\s*(?:ans|jaar|years?(?:\s+old)?))?)?)"
    # "Een van mijn spelers Senne eet niet": after one of a group, the comma may be left out.
    r"(?(group)(?:\s*,\s*|[ \t]+)|\s*,\s*)(?P<name>(?-i:[A-ZÀ-Ý])[\w-]+)(?![\w'’-])"
)
# "Een leerling van mij, Yassin (16)", "I babysit a little boy of 8, Finn", "ik geef bijles
# wiskunde aan een meisje van 13 uit Wilsele, Noor", "Ik schrijf voor een jongen van 12 die
# elke dag meerijdt, Tibo": who minds a young person (a teacher, a babysitter, a tutor, the
# one who writes for them) presents them by who they are, perhaps their age, a town or a short
# clause, and then the name. The young person is the help-seeker of the conversation.
_MINDS_YOUNG_NAMED = re.compile(
    r"(?i)(?<![\w'’])(?:"
    r"(?:een|één|ene|a)\s+(?:leerling|leerlinge|pupil|student|speler|speelster|player"
    r"|patiënte?|patient)\s+(?:van\s+(?:mij|ons)|of\s+(?:mine|ours))"
    # "Ik ben trainer … en ik maak mij zorgen over een speler, Mats (14)": a grown-up's worry
    # about one of the group they mind (not a young writer's: _OF_A_PLACE_OR_WORRY).
    r"|(?:zorgen|ongerust|bezorgd|worried|concerned)\s+(?:over|om|about)\s+(?:een|a)\s+"
    r"(?:leerling|leerlinge|pupil|student|speler|speelster|player|patiënte?|patient)"
    r"|(?:(?:schrijf|schrijven|mail|writing|write)\s+(?:(?:jullie|u|you)\s+)?(?:voor|for)"
    r"|(?:pas|passen|past)\s+(?:[\w-]+\s+){0,4}?op\s+op|babysit(?:ting)?|look\s+after"
    r"|(?:bijles|les|tutoring)\s+(?:[\w-]+\s+){0,2}?(?:aan|to))"
    r"\s+(?:een|a)\s+(?:jongen|jongetje|meisje|jongere|boy|girl|little\s+(?:boy|girl))"
    r"\s+(?:van|of)\s+\d{1,2}(?!\d)(?:\s*(?:jaar|years?(?:\s+old)?))?"
    # "uit Kessel-Lo", "die elke dag meerijdt": where they are from, or a short clause.
    r"(?:\s+(?:uit|from)\s+(?-i:[A-Z])[\w-]+|\s+(?:die|who)\s+[^,.!?;:\n]{1,60})?"
    # "Een jongen van 16 die bij ons in het jeugdhuis komt, Ilyas": a young person of the
    # house the writer works in (not a young writer's: _OF_A_PLACE_OR_WORRY).
    r"|(?:een|één|a)\s+(?:jongen|meisje|jongere|boy|girl)\s+(?:van|of)\s+\d{1,2}(?!\d)"
    r"(?:\s*(?:jaar|years?(?:\s+old)?))?\s+(?:die|who)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:bij\s+ons|at\s+our)\s+(?:in\s+)?(?:(?:het|de|ons|onze)\s+)?(?:jeugdhuis|opvang"
    r"|leefgroep|internaat|voorziening|dagcentrum|youth\s+(?:club|centre|center)|shelter)"
    r"(?:[ \t]+[^,.!?;:\n]{1,30})?)"
    r"\s*,\s*(?P<name>(?-i:[A-ZÀ-Ý])[\w-]+)(?![\w'’-])"
)
# The two shapes above a young writer uses of a peer as well ("ik maak mij zorgen over een
# speler, Jens", "een jongen van 16 die bij ons in het jeugdhuis komt, Bram, slaat mij"):
# read only in a grown-up's mail.
_OF_A_PLACE_OR_WORRY = re.compile(
    r"(?i)(?:zorgen|ongerust|bezorgd|worried|concerned|een|één|a)\s"
    r"(?!(?:leerling|leerlinge|pupil|student|speler|speelster|player|patiënte?|patient)"
    r"\s+(?:van|of)\s+(?:mij|ons|mine|ours))")
# "Haar dochter, Nele, is 15 en woont sindsdien bij ons", "Sinds mei woont Ayoub (13) bij
# ons", "Tayo (14) has lived with us since": a young person named with their age who lives
# with the writer, in a mail whose writer has them in their care by law or as a foster family
# (_IN_OUR_CARE): the one they write for. A grandchild staying over in a young writer's mail
# is their story (no guardian, no foster family).
_LIVES_WITH_US_NAMED = re.compile(
    r"(?<![\w'’-])(?P<name>[A-ZÀ-Ý][\w-]+)[ \t]*,?[ \t]*(?:\([ \t]*\d{1,2}[ \t]*\)"
    r"|(?i:is|wordt)[ \t]+\d{1,2}(?![\d:.,]\d))[^.!?\n]{0,40}?(?i:woont|lives|has\s+lived"
    r"|is\s+living|habite|vit)[^.!?\n]{0,40}?(?i:bij\s+(?:ons|mij)|with\s+(?:us|me)|chez\s+"
    r"(?:nous|moi))(?![\w'’])"
    # "Sinds drie maanden is Djamila (13) bij ons als pleegkind": staying with them, too.
    r"|(?i:woont|lives|habite|vit|is|verblijft)[ \t]+(?P<name2>(?-i:[A-ZÀ-Ý])[\w-]+)[ \t]*"
    r"\([ \t]*\d{1,2}"
    r"[ \t]*\)[ \t]+(?i:bij\s+(?:ons|mij)|with\s+(?:us|me)|chez\s+(?:nous|moi))(?![\w'’])")
_IN_OUR_CARE = re.compile(
    r"(?i)(?<![\w'’])(?:voogd|pleeggezin|pleegouders?|pleegmama|pleegpapa|pleegmoeder|pleegkind"
    r"|pleegvader|(?:legal\s+)?guardian|foster\s+(?:family|parents?|carers?|mum|mom|dad)"
    r"|famille\s+d['’]accueil|tut(?:eur|rice))(?![\w'’])")
# "Kan Amélie zelf met jullie praten?", "Mag Yara jullie rechtstreeks mailen?", "Can Tayo
# write to you himself?", "Est-ce que Noé peut vous écrire ?": a grown-up asking whether the
# young person they write about may contact the helpline names the one the conversation is
# for. A young writer asking so of a friend is read with their own story (under age: skipped).
_MAY_THEY_CONTACT_US = re.compile(
    r"(?<![\w'’])(?i:kan|mag|kunnen|mogen|can|could|may|est-ce\s+que)\s+"
    r"(?P<name>[A-ZÀ-Ý][\w-]+)(?![\w'’-])\s+"
    r"(?i:(?:(?:zelf|ook|eens|rechtstreeks|zelf\s+ook|directly|herself|himself|also|aussi"
    r"|elle-m[êe]me|lui-m[êe]me)\s+){0,2}"
    r"(?:met\s+jullie\s+(?:praten|chatten|spreken)|jullie\s+(?:schrijven|mailen|contacteren"
    r"|bereiken)|(?:write|talk|speak|reach\s+out)\s+to\s+you|email\s+you|contact\s+you"
    r"|peut\s+vous\s+(?:[ée]crire|contacter|parler)))(?![\w'’])")
_OF_MINE = re.compile(r"(?i)\s(?:van\s+(?:mij|ons)|of\s+(?:mine|ours))\s*,")
# "dit is de mama van Jens" from a writer who is young themselves: a screenshot's caption (a
# parent, grandparent or carer), not who is writing; a brother's or sister's stays theirs.
_CAPTION = re.compile(
    r"(?i)[ \t]*(?:(?:hello|hi|hallo|hoi|dag|goedendag|bonjour|bonsoir|salut)[ \t]*[,.!]?[ \t]*)?"
    r"(?:this\s+is|dit\s+is|hier\s+is|ici)\s+(?!(?:(?:de|het|the|la|le|l['’])\s*)?"
    r"(?:(?:grote|oudere|kleine|jongere|big|older|little|younger|grande?|petite?|a[îi]n[ée]e?)\s+)?"
    r"(?:zus|broer|sister|brother|s[œo]e?ur|fr[èe]re)(?![\w'’]))")
# A group the writer may be one of as a peer (a team, a youth movement), not pupils or clients:
# "one of our members, Connor, keeps sending me stuff" from its captain or young leader.
_PEERS = re.compile(r"(?i)(?<![\w'’])(?:one\s+of|(?:een|ene|[ée][ée]n)\s+van|(?:l['’])?une?\s+de)\s"
                    r"[^,]*(?<![\w'’])(?:spelers|players|joueurs|joueuses|leden|members|membres"
                    r"|scouts|gidsen|welpen|kapoenen|zwemmers|swimmers|nageurs)(?![\w'’])")
_ONE_OF_GROUP = re.compile(r"(?i)(?:one\s+of|een\s+van|[ée][ée]n\s+van|(?:l['’])?une?\s+de)\s")
_NAME_AFTER = r"(?:[ \t]*,)?[ \t]+(?P<name>(?-i:[A-ZÀ-Ý])[\w-]+)(?![\w'’-])"
# "Ik ben jeugdwerker … Een jongen van 17 komt hier elke dag, hij heet Mehdi": one who works
# with young people (_CARER_ROLE) presenting one of them, by age and then by name. A young
# person telling of "een jongen van 17, hij heet …" who bothers them names their story.
_CARER_ROLE = re.compile(
    r"(?i)(?<![\w'’])(?:ik\s+ben|ik\s+werk\s+als|je\s+suis|je\s+travaille\s+comme"
    r"|i\s+am|i['’]m|i\s+work\s+as)\s+(?:(?:een|a|an|un|une|de|la|le)\s+)?"
    r"(?:jeugdwerker|jeugdwerkster|straathoekwerker|straathoekwerkster|begeleider|begeleidster"
    r"|opvoeder|opvoedster|leerkracht"
    r"|leraar|lerares|leerlingbegeleider|zorgcoördinator|trainer|trainster|coach|mentor|monitor"
    # "Ik ben klastitularis van een leerling van 13": the teacher a class is given to.
    r"|klastitularis|titularis|klasleerkracht"
    r"|[ée]ducat(?:eur|rice)|animat(?:eur|rice)|professeure?|enseignante?|youth\s+worker"
    r"|teacher|support\s+worker|social\s+worker|key\s+worker|form\s+tutor"
    # "Ik ben kinesist en behandel een patiënte van 15": who treats young people.
    r"|kinesist|kinesitherapeut|kinésithérapeute|physiotherapist|logopedist|ergotherapeut"
    r"|huisarts|kinderarts|verpleegkundige|infirmi[èe]re?|nurse"
    # "I am a freelance Farsi/Dari interpreter": who speaks for a young person they interpret
    # for (a few words of what kind before it).
    r"|(?:[\w/-]+\s+){0,3}?(?:tolk|interpr[èe]te|interpreter)"
    # "Ik ben CLB-medewerker", "je suis agente PMS": who works at a pupils' guidance centre
    # (CLB, its French-speaking PMS), minding pupils by trade.
    r"|(?:clb|pms)[- ]?(?:medewerk(?:er|ster)|begeleid(?:er|ster)|anker|psycholoog"
    r"|psychologue|agente?|assistante?\s+sociale?)"
    r"|(?:medewerk(?:er|ster)|begeleid(?:er|ster)|psycholoog|psychologue|agente?)[ \t]+"
    r"(?:van\s+het\s+|bij\s+het\s+|du\s+|au\s+)?(?:clb|pms))(?![\w'’])")
# "ik ben 16 en leiding bij de chiro", "i'm a coach for the under 8s and i'm 16", "j'ai 16
# ans": a writer who is young themselves. A 16-year-old monitor's "een jongen van 17, hij heet
# Dries" or "een van onze leden, Bram" is someone in their own story (often the one who harms
# them), not a young person they write for as a carer.
_WRITER_UNDER_AGE = re.compile(
    r"(?i)(?<![\w'’])(?:ik\s+ben|'?k\s+ben|i\s+am|i['’]?m|je\s+suis|j['’]\s?ai|jai)\s+"
    r"(?:[1-9]|1[0-7]|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|ten|eleven"
    r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|dix|onze|douze|treize|quatorze|quinze"
    r"|seize|dix-sept)(?![\d:.,]\d)(?![\w'’-])"
    r"(?=[ \t]*(?:jaar|jr|j(?![\w'’])|ans|an|years?|yo|y/o|[,.!?;)]|$"
    r"|(?:en|and|et|maar|but|mais)(?![\w'’])))")
# '"I am fifteen. In Afghanistan …"', « j'ai 14 ans », an interpreter's or a carer's words
# in quotation marks: the young person's words they pass on, whose age is not the writer's.
_SPEECH_QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|«[^»\n]*»|„[^“”\n]*[“”]")
_YOUNG_ONE_THEN_CALLED = re.compile(
    r"(?i)(?<![\w'’])(?:een|a|un|une)\s+(?:jongen|meisje|jongere|boy|girl|gar[çc]on|fille|jeune"
    # "een gast van 17", "a lad of 15": the everyday words for a young man.
    r"|gast|knul|kerel|lad"
    r"|patiënte?|patient|patiente|leerling|leerlinge|pupil|[ée]l[èe]ve)"
    # "… een patiënte van 15 voor een knieblessure. Ze heet Kiara": the name may open the
    # next sentence.
    r"\s+(?:van|of|de)\s+\d{1,2}(?!\d)[^.!?\n]{0,80}?(?:[.!?][ \t]+)?"
    r"(?<![\w'’])(?:(?:hij|zij|ze|he|she|il|elle)\s+"
    # "hij noemt Mehdi" (Flemish for "heet"), "qui s'appelle Mehdi", "his name is Callum".
    r"(?:heet|noemt|is\s+called|s['’]appelle)|(?:qui|die|who)\s+(?:s['’]appelle|heet|noemt"
    r"|is\s+called)|(?:his|her)\s+name\s+is)"
    # "Hij heet op school nog Eline": where, and how long yet, they are called so.
    r"\s+(?:(?:op\s+school|thuis|officieel|at\s+school|officially)\s+)?(?:(?:nog|still)\s+)?"
    r"(?P<name>(?-i:[A-ZÀ-Ý])[\w-]+)(?![\w'’-])")
# "J'ai un élève de 12 ans, Mortaza, arrivé …", "Een jongen van 12, Todor, komt elke dag",
# "She is 14, her name is Shabnam": a carer (_CARER_ROLE) presents the young person by who
# they are and their age, then the name.
_YOUNG_ONE_AGED_NAMED = (
    re.compile(
        r"(?i)(?<![\w'’])(?:een|a|un|une)\s+(?:jongen|meisje|jongere|boy|girl|gar[çc]on|fille"
        r"|jeune|[ée]l[èe]ve|leerling|leerlinge|pupil|student)\s+(?:van|of|de)\s+\d{1,2}(?!\d)"
        r"(?:\s*(?:jaar|ans|years?(?:\s+old)?))?\s*,\s*(?P<name>(?-i:[A-ZÀ-Ý])[\w-]+)(?![\w'’-])"
        # "A 15-year-old girl there, Parwana,": the age before who they are, as English has it,
        # perhaps with where the writer meets them.
        r"|(?i:a|an)\s+\d{1,2}[- ]year[- ]old\s+(?:girl|boy|pupil|student|teenager|young\s+person)"
        r"(?:\s+(?:there|here))?\s*,\s*(?P<name2>(?-i:[A-ZÀ-Ý])[\w-]+)(?![\w'’-])"),
    re.compile(
        r"(?i)(?<![\w'’])(?:she|he|hij|zij|ze|il|elle)\s+(?:is|est|a)\s+\d{1,2}(?!\d)"
        r"(?:\s*(?:jaar|ans|years?(?:\s+old)?))?\s*,\s*(?:her|his|haar|zijn|son)\s+"
        r"(?:name|naam|nom|pr[ée]nom)\s+(?:is|est)\s+(?P<name>(?-i:[A-ZÀ-Ý])[\w-]+)(?![\w'’-])"),
)
# The name the young person wants, told by the one who writes for them: "dat ze liever Jules
# genoemd wordt", "graag Ella genoemd wordt", "she wants us to use Lily", "wants to be called
# Kai", "il veut qu'on l'appelle Noa".
_THEY_WANT_TO_BE_CALLED = (
    # "maar wil Elias genoemd worden": the wish said with "wil" before the name.
    re.compile(r"(?i)(?<![\w'’])(?:liever|graag|voortaan|nu|wil|wilt)\s+"
               r"(?P<name>(?-i:[A-ZÀ-Ý])[\w-]+)"
               r"\s+(?:genoemd|geroepen)\s+(?:wil\s+|zou\s+)?(?:wordt|worden|te\s+worden)"),
    re.compile(r"(?i)(?<![\w'’])(?:wants?|would\s+like|prefers?|asked)\s+(?:us\s+|people\s+|me\s+)?"
               r"(?:to\s+(?:use|call\s+(?:him|her|them))|to\s+be\s+called)\s+"
               r"(?P<name>(?-i:[A-Z])[\w-]+)(?![\w'’-])"),
    # "ze wil dat we haar Deniz noemen", "qu'on l'appelle Noa" after "il veut".
    re.compile(r"(?i)(?<![\w'’])(?:dat\s+we|dat\s+wij|dat\s+iedereen|that\s+we)\s+"
               r"(?:haar|hem|hen|her|him|them)\s+(?P<name>(?-i:[A-ZÀ-Ý])[\w-]+)\s+"
               r"(?:noemen|noemt|call)(?![\w'’-])"),
    re.compile(r"(?i)(?<![\w'’])(?:veut|voudrait|aimerait|souhaite|souhaiterait|pr[ée]f[èe]re"
               r"|demande)\s+qu['’]on\s+"
               r"(?:l['’]|le\s+|la\s+)appelle\s+(?P<name>(?-i:[A-ZÀ-Ý])[\w-]+)(?![\w'’-])"),
)


# "Mijn zus Salma is 13", "Mijn broertje Thijs (11)", "Ma petite sœur Grâce a 14 ans", "Mijn
# zusje van 13, Salma,", "Mijn zus Salma van 13": a relative named and given an age, as one
# presents a young person one asks help for ...
_RELATIVE_NAMED_WITH_AGE = re.compile(
    rf"(?i)(?<![\w'’]){_FOR_WHOM_POSSESSIVE}\s+(?:{_FOR_WHOM_ADJECTIVE}\s+){{0,2}}"
    rf"(?P<relative>{_FOR_WHOM_RELATIVE})(?![\w'’-])(?:"
    r"[ \t]*,?[ \t]+(?P<name>(?-i:[A-ZÀ-Ý])[\w-]+)[ \t]*,?[ \t]*"
    r"(?:\([ \t]*\d{1,2}[ \t]*(?:jaar|j|ans|years?|yo)?[ \t]*\)|(?:is|wordt|a|has|is\s+turning"
    r"|van)[ \t]+\d{1,2}(?![\d:.,]\d)(?:[ \t]*(?:jaar|ans|years?(?:\s+old)?))?)"
    r"|[ \t]+(?:van|de|of)[ \t]+\d{1,2}(?:[ \t]*(?:jaar|ans|years?(?:\s+old)?))?[ \t]*,[ \t]*"
    r"(?P<name2>(?-i:[A-ZÀ-Ý])[\w-]+)(?![\w'’-]))"
)
# "Mijn meisje Yara is 12", "My lad Kieran is 14", "Onze jongste, Tuur, is 11", "mon aînée,
# Zoé (15)": a word that is a parent's for their child only beside an age ("mijn meisje" is a
# boy's girlfriend as well, "my eldest" may stand alone). A writer who says they are young
# (_WRITER_UNDER_AGE) tells of a girlfriend or a sister: not read.
_OWN_YOUNG_ONE_WITH_AGE = re.compile(
    r"(?i)(?<![\w'’])(?:mijn|m['’]n|onze|ons|my|our|mon|ma|notre)\s+"
    r"(?:meisje|meiske|lad|jongste|oudste|youngest|eldest|cadet|cadette|a[îi]n[ée]e?)"
    r"[ \t]*,?[ \t]+(?P<name>(?-i:[A-ZÀ-Ý])[\w-]+)[ \t]*,?[ \t]*"
    r"(?:\([ \t]*\d{1,2}[ \t]*(?:jaar|j|ans|years?|yo)?[ \t]*\)|(?:is|wordt|a|has|van)[ \t]+"
    r"\d{1,2}(?![\d:.,]\d)(?![\w'’-]))"
)
# ... when the writer asks, in that line or the next, how to help them, talk to them, or says
# they fear for them: "Hoe spreek ik haar erover aan?", "ik weet niet wat ik tegen hem moet
# zeggen", "j'ai peur pour elle", "how do I help her", "Comment aider mon frère ?". The
# pronoun (or the relation) says of whom: a sister "is 16 en mag alles" beside "mijn vriendin
# snijdt zichzelf, hoe help ik haar" is not the one asked about (_asks_for_that_relative).
_ASKS_HOW_TO_HELP_THEM = re.compile(
    r"(?i)(?<![\w'’])(?:"
    r"hoe\s+(?:help|spreek|steun|troost|bereik)\s+(?:ik|we|wij)\s+(?:hem|haar)"
    r"|(?:hem|haar)\s+(?:het\s+best\s+)?(?:helpen|steunen|troosten|aanspreken|erover\s+aanspreken)"
    r"|wat\s+(?:(?:moet|kan|zou)\s+)?(?:ik|we|wij)\s+(?:best\s+)?tegen\s+(?:hem|haar)\s+"
    r"(?:(?:moet|kan|zou)\s+)?zeggen"
    r"|wat\s+(?:moet|kan|zou)\s+(?:ik|we|wij)\s+(?:nog\s+)?voor\s+(?:hem|haar)\s+doen"
    r"|(?:zorgen|ongerust|ongerustheid)\s+(?:om|over)\s+(?:hem|haar)"
    r"|(?:peur|inqui[èe]te?|angoiss[ée]e?)\s+pour\s+(?:elle|lui)"
    r"|(?:comment|je\s+veux|je\s+voudrais)\s+(?:je\s+(?:peux|dois)\s+)?l['’]aider"
    r"|(?:help|support)\s+(?:him|her)|what\s+(?:do|can|should)\s+i\s+(?:say\s+to|tell)\s+(?:him|her)"
    r"|(?:worried|scared|afraid)\s+(?:about|for)\s+(?:him|her)|be\s+there\s+for\s+(?:him|her)"
    rf"|(?:help|support|aider|soutenir)\s+{_FOR_WHOM_POSSESSIVE}\s+(?:{_FOR_WHOM_ADJECTIVE}\s+)"
    rf"{{0,2}}{_FOR_WHOM_RELATIVE}"
    rf"|{_FOR_WHOM_POSSESSIVE}\s+(?:{_FOR_WHOM_ADJECTIVE}\s+){{0,2}}{_FOR_WHOM_RELATIVE}\s+"
    r"(?:helpen|steunen)"
    r")(?![\w'’])"
)
_HE_WORD = re.compile(r"(?i)(?<![\w'’])(?:hem|him|lui)(?![\w'’])")
_SHE_WORD = re.compile(r"(?i)(?<![\w'’])(?:haar|her|elle)(?![\w'’])")
_ASKED_RELATIVE = re.compile(rf"(?i)(?<![\w'’])(?P<relative>{_FOR_WHOM_RELATIVE})(?![\w'’-])")
# The relations said of a boy and of a girl; the others ("kind", "child", "friend") of either.
_MALE_RELATIVES = frozenset((
    "zoon", "broer", "tweelingbroer", "kleinzoon", "pleegzoon", "stiefzoon", "neef", "vriend",
    "son", "brother", "grandson", "stepson", "nephew", "godson", "fils", "frère", "frere",
    "petit-fils", "beau-fils", "neveu", "filleul", "ami", "pote", "copain"))
_FEMALE_RELATIVES = frozenset((
    "dochter", "zus", "zuster", "tweelingzus", "kleindochter", "pleegdochter", "stiefdochter",
    "nicht", "vriendin", "daughter", "sister", "granddaughter", "stepdaughter", "niece",
    "goddaughter", "fille", "sœur", "soeur", "sœr", "sur", "petite-fille", "belle-fille",
    "nièce", "niece", "cousine", "filleule", "amie", "copine"))
# Someone else the ask may be about, named between the relative and the ask: a friend, a
# parent, another relative ("mijn vriendin snijdt zichzelf, hoe help ik haar"); one the
# pronoun cannot be said of ("mijn papa", then "haar"; "onze ouders") is no other candidate.
_ANOTHER_PERSON = re.compile(
    rf"(?i)(?<![\w'’])(?P<person>{_FOR_WHOM_RELATIVE}|mama|mam|moeder|papa|vader|oma|opa|tante"
    r"|oom|lief|liefje|mum|mom|mother|dad|father|grandma|grandpa|aunt|uncle|boyfriend"
    r"|girlfriend|partner|maman|m[èe]re|p[èe]re|mamie|papi|oncle|amoureux|amoureuse|prof"
    r"|leerkracht|juf|meester|teacher|coach|trainer)(?![\w'’-])")
_MALE_PEOPLE = _MALE_RELATIVES | frozenset((
    "papa", "vader", "opa", "oom", "dad", "father", "grandpa", "uncle", "boyfriend", "père",
    "pere", "papi", "oncle", "amoureux", "meester"))
_FEMALE_PEOPLE = _FEMALE_RELATIVES | frozenset((
    "mama", "mam", "moeder", "oma", "tante", "mum", "mom", "mother", "grandma", "aunt",
    "girlfriend", "maman", "mère", "mere", "mamie", "amoureuse", "juf"))


def _gender(relative: str) -> str:
    stem = _relative_stem(relative)
    return "m" if stem in _MALE_RELATIVES else "f" if stem in _FEMALE_RELATIVES else ""


# "mijn broer Jens is 17 en hij slaat mij / wat moet ik tegen hem zeggen", "he hits me … what
# do i tell him": the relative does something to the writer (a "me" not after a word of
# telling or a preposition); what to say to them is the writer's own story, not one written for.
_DONE_TO_THE_WRITER = re.compile(
    r"(?i)(?<![\w'’])(?<!told\s)(?<!tells\s)(?<!asked\s)(?<!to\s)(?<!with\s)(?<!for\s)"
    r"(?<!zei\s)(?<!zegt\s)(?<!vertelde\s)(?<!vertelt\s)(?<!vroeg\s)(?<!bij\s)(?<!naar\s)"
    r"(?<!met\s)(?<!voor\s)(?<!aan\s)(?:mij|me|moi)(?![\w'’])")
_SAYS_TO_THEM = re.compile(r"(?i)zeggen|say|tell")


def _asks_for_that_relative(relative: str, between: str, ask: str) -> bool:
    """Whether `ask` (an _ASKS_HOW_TO_HELP_THEM match) is about the relative named before it:
    no other person in `between`, and its pronoun or relation agrees with the relative's."""
    if _SAYS_TO_THEM.search(ask) and _DONE_TO_THE_WRITER.search(between):
        return False
    gender = _gender(relative)
    if asked := _ASKED_RELATIVE.search(ask):
        return _relative_stem(asked["relative"]) == _relative_stem(relative) \
            and not any(_relative_stem(other["person"]) == _relative_stem(relative)
                        for other in _ANOTHER_PERSON.finditer(between))
    said = "m" if _HE_WORD.search(ask) else "f" if _SHE_WORD.search(ask) else ""
    for other in _ANOTHER_PERSON.finditer(between):
        stem = _relative_stem(other["person"])
        other_gender = "m" if stem in _MALE_PEOPLE else "f" if stem in _FEMALE_PEOPLE else ""
        if not said or not other_gender or other_gender == said:
            return False  # the ask may be about that one
    return not gender or not said or gender == said


def _relatives_asked_for(own: list[str]) -> list[tuple[str, str, int]]:
    """The names of relatives named with their age (_RELATIVE_NAMED_WITH_AGE) whom the writer
    asks how to help in that line or the two next (_asks_for_that_relative), each with its line
    and where the name ends in it."""
    names: list[tuple[str, str, int]] = []
    for index, content in enumerate(own):
        for match in _RELATIVE_NAMED_WITH_AGE.finditer(content):
            rest = content[match.end():]
            following = own[index + 1] if index + 1 < len(own) else ""
            # "mijn zus Britt is 16 / ze eet bijna niks meer / hoe help ik haar": a line of
            # what is wrong between the relative and the ask; not when the relative does
            # something to the writer ("slaat mij / ik ben 13 / zorgen om hem": their story).
            after = own[index + 2] if index + 2 < len(own) else ""
            if _DONE_TO_THE_WRITER.search(rest + " " + following):
                after = ""
            for text, before in ((rest, ""), (following, rest),
                                 (after, rest + " " + following)):
                ask = _ASKS_HOW_TO_HELP_THEM.search(text)
                if ask is not None:
                    if _asks_for_that_relative(match["relative"],
                                               before + " " + text[:ask.start()], ask.group()):
                        group = "name" if match["name"] else "name2"
                        names.append((match[group], content, match.end(group)))
                    break
    return names


_SOMEONE_ELSES_FRIEND = re.compile(
    r"(?i)(?<![\w'’])(?:haar|zijn|hun|her|his|their|sa|son|leur|ses|leurs)\s+(?:beste\s+|best\s+"
    r"|meilleure?\s+)?(?:vriend|vriendin|vriendje|vriendinnetje|friend|mate|ami|amie|pote|copain"
    r"|copine|klasgenoot|classmate)(?![\w'’-])")


def _relative_stem(relative: str) -> str:
    """The relation without its diminutive: "broertje" and "broer" name the same person."""
    folded = re.sub(r"\s+", " ", relative.casefold())
    for ending in ("tje", "je", "nnetje"):
        if folded.endswith(ending) and len(folded) - len(ending) >= 3:
            return folded[:-len(ending)]
    return folded


def _first_name_or_compound(folded: str) -> bool:
    """A known first name, or one joined of known first names ("nora-lee", "jean-marc")."""
    first_names = gazetteer.load().first_names
    return folded in first_names or ("-" in folded and all(
        part in first_names for part in folded.split("-")))


# "I've had a girl, Selam (12), with me": a first name that also greets ("selam", "salut": see
# names_words._NOT_SIGNED_NAMES) names the young person when their age follows it in brackets,
# as it never follows a greeting.
_AGE_ALONE_IN_BRACKETS = re.compile(r"[ \t]*\([ \t]*\d{1,2}[ \t]*(?:jaar|j|ans|years?|yo)?[ \t]*\)")


def _not_a_person(name: str, folded: str) -> bool:
    """A shop's, an app's or a country's name (gazetteer.NOT_PEOPLE), unless it is a first name
    and no ordinary word, written as a name: "my little sister Zara", "mijn zus Hema" name a
    girl right after the relation, where no shop stands; "ZARA" and "Teams" stay what they
    are."""
    if folded not in gazetteer.NOT_PEOPLE:
        return False
    return name.isupper() or folded in gazetteer.load().ordinary


def _names_the_relative(name: str, content: str, end: int, own: list[str], known: list[str],
                        local_words: set[str]) -> bool:
    """Whether `name`, right after the relation ("my little sister Poppy"), is the young
    person's name: one _called_name accepts, or a capitalised first name that is also a word
    ("Poppy", "Rose") which the writer never uses in lower case (then it is a word of theirs)."""
    if _called_name(name, content, end, known, local_words):
        return True
    folded = name.casefold()
    # "Mijn dochter Bo is 10", "my son Al": a first name of two letters, written as a name is
    # (a capital, then a small letter), passes the same checks as a longer one; that the writer
    # never writes it in lower case keeps "Mijn zoon In de klas …" and the like out.
    short = len(name) == _MIN_PART_LETTERS - 1 and name[1:].islower()
    if not name[:1].isupper() or (len(name) < _MIN_PART_LETTERS and not short) \
            or not _first_name_or_compound(folded) or folded in _SLURS \
            or folded in _FUNCTION_WORDS or folded in _NOT_INTRODUCED \
            or (folded in _NOT_SIGNED_NAMES
                and _AGE_ALONE_IN_BRACKETS.match(content, end) is None) \
            or _not_a_person(name, folded) \
            or folded in gazetteer.CHAT_WORDS:
        return False
    lower = re.compile(r"(?<![\w'’-])" + re.escape(name.lower()) + r"(?![\w'’-])")
    return not any(lower.search(line) for line in own)


# "Un jeune résident m'a demandé d'écrire pour lui. … Il s'appelle Mamadou Saliou", "I'm
# writing for her, she's called Nadia": the writer says they write for someone by a pronoun,
# then, in that line or a later one, that he or she is called so (a first name, perhaps a
# second name after it).
_WRITES_FOR_THEM = re.compile(
    r"(?i)(?<!\w)(?:[ée]crire|[ée]cris|[ée]crit|[ée]crivons|write|writing|schrijf|schrijven"
    r"|mail)(?:[ \t]+(?:vous|you|jullie|u|ceci|this|dit))?[ \t]+(?:pour|for|voor|namens"
    r"|on[ \t]+behalf[ \t]+of)[ \t]+(?:lui|elle|him|her|hem|haar)(?![\w'’])")
_THEY_ARE_CALLED = re.compile(
    r"(?<![\w'’])(?i:il|elle|he|she|hij|zij|ze)[ \t]+(?i:s['’]appelle|is[ \t]+called"
    r"|['’]s[ \t]+called|heet)[ \t]+"
    r"(?P<name>[A-ZÀ-Ý][\w-]+)(?:[ \t]+(?P<second>[A-ZÀ-Ý][\w-]+))?(?![\w'’-])")


def _called_after_writing_for_them(own: list[str], known: list[str],
                                   local_words: set[str]) -> list[str]:
    """The name (and its second word) of the one the writer says they write for by a pronoun
    (see _WRITES_FOR_THEM above)."""
    names: list[str] = []
    said = False
    for content in own:
        said = said or _WRITES_FOR_THEM.search(content) is not None
        if not said:
            continue
        for match in _THEY_ARE_CALLED.finditer(content):
            if not _names_the_relative(match["name"], content, match.end("name"), own, known,
                                       local_words):
                continue
            names.append(match["name"])
            second = match["second"]
            if second is not None and second.casefold() not in gazetteer.load().ordinary \
                    and second.casefold() not in _FUNCTION_WORDS:
                names += [f"{match['name']} {second}", second]
    return names


def _hyphenated_parts_used(names: list[str], own: list[str]) -> list[str]:
    """ "Serge" of "mon neveu Serge-Olivier (19 ans)", "Ange" of "ma fille Ange-Marie": a part
    of the young person's double first name the writer then calls them by, capitalised on its
    own in their text. A word of the language ("ange", "serge") only so capitalised
    (WordName): "un ange" stays."""
    first_names = gazetteer.load().first_names
    ordinary = gazetteer.load().ordinary
    parts: list[str] = []
    for name in names:
        if "-" not in name or " " in name:
            continue
        for part in name.split("-"):
            folded = part.casefold()
            if len(part) < _MIN_PART_LETTERS or not part[:1].isupper() \
                    or folded not in first_names or folded in _FUNCTION_WORDS:
                continue
            alone = re.compile(rf"(?<![\w'’-]){re.escape(part)}(?![\w'’-])")
            if any(alone.search(content) for content in own):
                parts.append(WordName(part) if folded in ordinary else part)
    return parts


def _written_for_names(own: list[str], known: list[str], local_words: set[str]) -> list[str]:
    """The names of the young person the writer writes for (see _WRITES_FOR, _OWN_CHILD and
    _INTRODUCED_AS_RELATIVE_OF above): the name right after the relation that says so, the
    same relation named again with a name ("my sister Lily"), and the name they want to be
    called. A friend, a teacher or a sibling named in passing stays the writer's story."""
    names: list[str] = []
    relatives: set[str] = set()
    carer = False  # the writer said they work with young people (_CARER_ROLE), so far
    under_age = any(_WRITER_UNDER_AGE.search(_SPEECH_QUOTED.sub(" ", content))
                    for content in own)
    in_our_care = not under_age and any(_IN_OUR_CARE.search(content) for content in own)
    for content in own:
        for pattern in (_WRITES_FOR, _OWN_CHILD):
            for match in pattern.finditer(content):
                relatives.add(_relative_stem(match["relative"]))
        # A first name that is also a word ("de oma van Jonas hij is 15") is theirs when the
        # writer never writes it in lower case, as after "my sister" (_names_the_relative).
        carer = carer or (not under_age and _CARER_ROLE.search(content) is not None)
        for match in _WORKS_WITH_NAMED.finditer(content):
            if under_age and _ONE_OF_GROUP.match(match.group()):
                continue  # "ik ben 16 en leiding …, een van onze leden, Bram": their story
            if _PEERS.search(match.group()) and _DONE_TO_THE_WRITER.search(
                    re.split(r"[.!?\n]", content[match.end():])[0]):
                continue  # "one of our members, Connor, keeps sending me stuff": their story
            if _names_the_relative(match["name"], content, match.end(), own, known,
                                   local_words):
                names.append(match["name"])
                relatives.add("")
        for match in _MINDS_YOUNG_NAMED.finditer(content):
            # A pupil, a player or a patient "of mine" is a carer's; a young writer's "een
            # speler van ons" is in their own story (as "een van onze leden" above).
            if under_age and (_OF_MINE.search(match.group())
                              or _OF_A_PLACE_OR_WORRY.match(match.group())):
                continue
            if _names_the_relative(match["name"], content, match.end(), own, known,
                                   local_words):
                names.append(match["name"])
                relatives.add("")
        for match in _MAY_THEY_CONTACT_US.finditer(content) if not under_age else ():
            if _names_the_relative(match["name"], content, match.end(), own, known,
                                   local_words):
                names.append(match["name"])
                relatives.add("")
        for match in _LIVES_WITH_US_NAMED.finditer(content) if in_our_care else ():
            name = match["name"] or match["name2"]
            if _names_the_relative(name, content, match.end(), own, known, local_words):
                names.append(name)
                relatives.add("")
        for match in _INTRODUCED_AS_RELATIVE_OF.finditer(content):
            if under_age and _CAPTION.match(match.group()):
                continue  # a young writer's "dit is de mama van Jens, ze stuurt mij …"
            for name in (match["name"], match["name2"]):
                if name is not None and name[:1].isupper() and _names_the_relative(
                        name, content, match.end(), own, known, local_words):
                    names.append(name)
                    relatives.add("")  # the wish to be called so is theirs too
        for match in [found for pattern in (_YOUNG_ONE_THEN_CALLED, *_YOUNG_ONE_AGED_NAMED)
                      for found in pattern.finditer(content)] if carer else ():
            name = match["name"] or match.groupdict().get("name2")
            if name and _names_the_relative(name, content, match.end(), own, known,
                                            local_words):
                names.append(name)
                relatives.add("")
    for content in own if not under_age else ():
        for match in _OWN_YOUNG_ONE_WITH_AGE.finditer(content):
            if _names_the_relative(match["name"], content, match.end(), own, known,
                                   local_words):
                names.append(match["name"])
    # (Only the relative asked about: "Mijn oudste zus Noor weet van niks" in the same mail is
    # another sister, and a sister "is 16" beside a friend asked about stays the story.)
    names.extend(name for name, content, end in _relatives_asked_for(own)
                 if _names_the_relative(name, content, end, own, known, local_words))
    names.extend(_called_after_writing_for_them(own, known, local_words))
    names.extend(_hyphenated_parts_used(names, own))
    if not relatives:
        return names
    named_relative = re.compile(
        rf"(?i)(?<![\w'’]){_FOR_WHOM_POSSESSIVE}\s+(?:{_FOR_WHOM_ADJECTIVE}\s+){{0,2}}"
        rf"(?P<relative>{_FOR_WHOM_RELATIVE}|foster\s+(?:son|daughter|child)"
        r"|ado|puber|gar[çc]on|gamin|gamine)(?![\w'’-])"
        # "mijn zoon van 16, Robbe": the age between the relation and the name.
        r"(?:\s+(?:van|de|of)\s+\d{1,2}(?:\s*(?:jaar|ans|years?(?:\s+old)?))?\s*(?=,))?"
        # "Mijn kind, geboren als Daan maar sinds een half jaar Dani (hen)", "my kid, born
        # Tom but now Tess": the name given at birth, then the one they go by; both theirs.
        r"(?:[ \t]*,[ \t]*(?:geboren\s+als|born(?:\s+as)?|n[ée]e?)\s+"
        r"(?P<born>(?-i:[A-ZÀ-Ý])[\w-]+)\s+(?:maar|but|mais)(?:\s+[\w'’-]+){0,5}?"
        r"(?=[ \t]+(?-i:[A-ZÀ-Ý])[\w-]+(?![\w'’-])))?"
        + _NAME_AFTER)
    for content in own:
        for match in named_relative.finditer(content):
            if _relative_stem(match["relative"]) in relatives and _names_the_relative(
                    match["name"], content, match.end(), own, known, local_words):
                names.append(match["name"])
                if match["born"]:
                    names.append(match["born"])
        for pattern in _THEY_WANT_TO_BE_CALLED:
            for match in pattern.finditer(content):
                # "… dat ze liever Jules genoemd wordt", "she wants us to use Lily": said of
                # the young person (a pronoun or "my son" the sentence's subject), not of
                # "haar vriendin", "his friend" in the same sentence.
                sentence = _SENTENCE_END.split(content[:match.start()])[-1]
                subjects = list(_SUBJECT_BEFORE.finditer(sentence))
                if not subjects or subjects[-1]["other"] is None \
                        or _SOMEONE_ELSES_FRIEND.search(sentence):
                    continue
                if _called_name(match["name"], content, match.end(), known, local_words):
                    names.append(match["name"])
    names.extend(_hyphenated_parts_used(names, own))
    return list(dict.fromkeys(names))
