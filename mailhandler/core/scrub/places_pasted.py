"""A town, postcode, station, school or venue on something the writer pasted that carries
their (or their family's) name: a ticket, pass, certificate, school letter, report card,
death notice, birth card, invitation or roster (the corpus README's label policy P2).

In the writer's own sentences a town or a school is content ("ik zit op school in Tienen"):
volunteers need it, and it names no one. On a pasted card that also carries the writer's name
("Passenger: <name> / Manchester Piccadilly → Leeds", "décerné à <name> / Arlon, le …",
"Leerling: <name> – 2D / Sint-Lodewijkscollege Brugge") the same words say where that one
person lives or goes to school. What tells the card from an address offered in the text is
its own shape: the name stands in a field ("Élève :", "Houder:"), after an award phrase
("presented to", "uitgereikt aan"), in a family or kin line ("Fam. …", "kleinkinderen"), and
the place stands on the card's short lines next to it -- a route with an arrow, a line of
capitalised words only, a school or venue word, "geboren te". Only those places are replaced,
in place; the card's other words and every line of the writer's own (one with "ik", "je",
"I", "my" ...) stay. Runs after the contact rules, so the name is already the pseudonym.
"""

from __future__ import annotations

import re

from mailhandler.core.redact import gazetteer

# How far from the line with the name a card's place line may stand: a card is short.
_WINDOW = 3

# A line in the writer's own voice: its places are content, whatever stands beside it.
_IN_THE_WRITERS_VOICE = re.compile(
    r"(?i)(?<![\w'’-])(?:ik|mijn|me|mij|we|wij|ons|onze|i|i['’]m|my|me|we|our|us|je|j['’]"
    r"|moi|mon|ma|mes|nous|on)(?![\w'’-])")

# The field a ticket, pass or school paper puts its holder's name in. Not "Naam:"/"Nom :":
# a form the writer types themselves ("Naam: … / Woonplaats: Geel") is their own words.
_CARD_ROLE = re.compile(
    r"(?i)passenger|passagier|reiziger|voyageur|voyageuse|houder|titulaire|holder|leerling"
    r"|[ée]l[èe]ve|pupil|student"
    r"|entr[ée]e[ \t]+nominative"
    # "Tekst regel 1: <name>" on an order of name labels: what is printed for them.
    r"|tekst(?:[ \t]+regel[ \t]*\d)?|text(?:[ \t]+line[ \t]*\d)?|texte(?:[ \t]+ligne[ \t]*\d)?"
    # A shop's ticket, an order's or a booking's confirmation: "Client : …", "Gast: …",
    # "Livraison : …" (the parcel's addressee).
    r"|client|cliente|klant|customer|gast|guest|livraison|delivery|destinataire"
    # A placement's evaluation, a run's sponsor card, a summons: "Stagiair: …", "Loper: …",
    # "Betreft: …" (whom the court's letter is about); an order of name labels' "Naam op
    # label: …".
    r"|stagiair|stagiaire|trainee|loper|deelnemer|participant|betreft|concerne"
    r"|naam[ \t]+op[ \t]+(?:het[ \t]+)?label"
    # An electoral summons's voter: "Kiezer: <name>" over "Stembureau 214 – <school>".
    r"|kiezer|[ée]lect(?:eur|rice)|voter"
    # A library's loan receipt: "Lener: …", "Lecteur : …", "Borrower: …".
    r"|(?:ont)?lener|lect(?:eur|rice)|emprunt(?:eur|euse)|borrower")
# The fields of such a card that name the pupil's school or placement, or print the card's
# text ("Tekst: \"<name> – … – JC Lokeren\"", "Extra regel: 1A – Sint-Augustinus Bilzen"):
# read for places like a bare line of the card, where another labelled field is not.
_CARD_PLACE_FIELD = re.compile(
    r"(?i)school|[ée]cole|[ée]tablissement|schule|stageplaats|stageplek|lieu[ \t]+de[ \t]+stage"
    r"|campus|extra[ \t]+regel")
# A school's or a hospital's kind in capitals before its name: "VBS De Regenboog", "OBS De
# Wilgen", "BuSO De Kade" (a Flemish free or municipal primary, a Dutch public one, special
# secondary education), "UZ Gasthuisberg", "AZ Sint-Jan" (a university or general hospital).
_INSTITUTION_KIND = frozenset((
    "vbs", "gbs", "obs", "cbs", "pcbs", "rkbs", "sbo", "buso", "bubao", "vti", "kta", "gti",
    "uz", "az"))
# "Dhr. <name>, Schaarbeek", "Mevr. <name>": a letter's addressee, the title before the name;
# "Jullie dochter <name>, …" closing a letter the writer pastes: its signature, by kin.
_TITLED_OR_KIN = (r"(?:(?:dhr|mevr|mw|mr|mrs|ms|mme|mlle)\.?|(?:jullie|uw|your|votre)[ \t]+"
                  r"(?:dochter|zoon|kind|daughter|son|child|fille|fils))")
# "Naam leerling:", "Name of student:", "Nom de l'élève :": the holder's field said with "name".
_NAME_OF = re.compile(r"(?i)^(?:naam|name|nom)[ \t]+(?:(?:van[ \t]+de|of(?:[ \t]+the)?"
                      r"|de[ \t]+l['’]|du|de[ \t]+la|de)[ \t]*)?|[ \t]+(?:naam|name|nom)$")

# "Borstnummer 18342 – <name> – 1:31:44", "Dossard 4127 – <name> – 1:52:08 – AC …", "Bib 5521
# | <name> | 0:48:10": a race's result line, the runner's number and name as its fields.
_BIB = (r"(?i:borst|start|rug)nummer|(?i:dossard|bib|race[ \t]+number|startnr\.?)")
_RESULT_LINE = re.compile(rf"(?<![\w'’])(?:{_BIB})[ \t]*(?:[Nn]°|[Nn]r\.?|#)?[ \t]*:?[ \t]*"
                          r"\d{1,6}[ \t]+[–—|-][ \t]+")

_AWARD = (r"(?:presented|awarded|issued|given)[ \t]+to|d[ée]cern[ée]e?[ \t]+à|remise?[ \t]+à"
          r"|attribu[ée]e?[ \t]+à|uitgereikt[ \t]+aan|toegekend[ \t]+aan")
_KIN = (r"(?:klein)?kinderen|(?:petits?-)?enfants|(?:grand)?children|kleindochter|kleinzoon"
        r"|petite?-(?:fille|fils)|grand(?:son|daughter)")
_FAMILY = r"(?:fam\.|familie|famille|family|gezin)"
# "Aan de ouders van <name>, geboren op …" heading an official letter, "Aux parents de
# <name>", "Voor: <name>" on a florist's or a parcel's card: the addressee, whose address
# follows on the next lines (_addressee_line). The lines above are the sender's ("Stad
# Roeselare – Dienst GAS" issuing the letter), and they stay.
_ADDRESSEE = re.compile(
    r"(?i)(?:(?:aan|voor)[ \t]+de[ \t]+(?:ouders|familie)[ \t]+van|aux[ \t]+parents[ \t]+de"
    r"|[àa][ \t]+la[ \t]+famille[ \t]+de|to[ \t]+the[ \t]+parents[ \t]+of"
    r"|^[ \t]*(?:voor|aan|ontvanger|geadresseerde|destinataire|recipient|deliver[ \t]+to)"
    r"[ \t]*:)[ \t]+")
# "Trotse grote zus <name>", "fière grande sœur <name>", "proud big brother <name>": a birth
# card's line of the baby's siblings, when it is no line of the writer's own ("ik ben dus de
# trotse grote zus" is).
_SIBLING = (r"(?:grote|kleine|big|little|grande?|petite?)[ \t]+(?:zus|broer|zusje|broertje"
            r"|sister|brother|s[œo]e?ur|fr[èe]re)")

# A capitalised word of a place or an institution's name (hyphens and apostrophes inside).
_CAP = r"[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*"
_PARTICLE = r"(?:de|des|du|la|le|les|l['’]|d['’]|van|der|den|het|royal|royale|communale|of|the)"
_RUN = rf"{_CAP}(?:[ \t]+(?:{_PARTICLE}[ \t]+)*{_CAP}){{0,5}}"
_ARROW = r"(?:→|->|➔|⇒|>)"

# What makes a run a school, church or venue: one of these words, or a name ending in one.
_INSTITUTION = re.compile(
    r"(?i)(?:school|college|collège|academy|atheneum|athénée|institu(?:ut|t|te)|école|ecole"
    r"|lyceum|lycée|gymnasium|church|église|kerk|funérarium|funerarium|uitvaartcentrum"
    r"|rouwcentrum|zaal|salle|hall|h[ôo]pital|hospital|ziekenhuis|clinique|kliniek)$")
# "CHU Ambroise Paré", "AZ Groeninge", "UZ Brussel": a hospital named by the capitals of its
# kind, on a wristband's or an appointment's line.
_HOSPITAL_RUN = re.compile(r"(?:CHU|CHR|CHC|AZ|UZ)[ \t]+[A-ZÀ-Ý]")
_POSTCODE_TOWN = re.compile(rf"(?<![\w,.])[1-9]\d{{3}}[ \t]+{_CAP}(?:[ \t]+{_CAP})?")
_ROUTE = re.compile(rf"(?P<a>{_RUN})[ \t]*{_ARROW}[ \t]*(?P<b>{_RUN})")
_ROUTE_FIELD = re.compile(
    # "Geldig: Geel - Herentals" on a pass: the stretch it is valid for.
    rf"(?i:traject|trajet|route|itinéraire|geldig|valid|valable)[ \t]*:[ \t]*(?P<a>{_RUN})"
    rf"[ \t]*[-–][ \t]*(?P<b>{_RUN})")
_VALID = re.compile(r"(?i)geldig|valid|valable")
_BORN_DIED = re.compile(
    rf"(?<![\w'’-])(?i:geboren|overleden|n[ée]e?|d[ée]c[ée]d[ée]e?|born|died)[ \t]+"
    rf"(?i:te|à|in)[ \t]+(?P<a>{_RUN})")
_RUN_PATTERN = re.compile(_RUN)
_FIELD_COLON = re.compile(r"(?<!\d):|:(?!\d)")
# The separators of a card's fields on one line: "School – Town", "School, Town".
_SEGMENT_SPLIT = re.compile(r"[ \t]+[–—|·-][ \t]+|,[ \t]*|[ \t]*[«»\"“”][ \t]*")
_LOWER_CASE_WORDS = re.compile(r"(?<![\w'’-])[a-zà-ÿ][\w'’-]*")
_PARTICLES = re.compile(rf"(?i){_PARTICLE}")


def _card_name_line(line: str, name: str) -> bool:
    """Whether `line` carries `name` as a card does: in a field, after an award phrase, in a
    family or kin line."""
    escaped = re.escape(name)
    # A family word before a capital ("Fam. Peeters", "Famille Renard"), or a word of its own
    # on a list or a card ("· Is Albanian, family is traditional"); not a compound's end
    # ("pleeggezin sinds 2022") nor a family said of someone or something ("de familie van
    # papa", "famille d'accueil", "family court"): the writer's own sentence.
    if name not in line and not re.search(rf"(?i:{_FAMILY})[ \t]+{_CAP}", line) \
            and not re.search(rf"(?i)(?<![\w'’-]){_FAMILY}[ \t]+(?!(?:van|of|de|du|des|court)"
                              r"(?![\w'’-])|d['’])\w", line):
        return False
    # (The name may end the field: "Leerling: Arne De <name>", a first name before it.)
    # (Or open the printed text in quotes: 'Tekst: "<name> – KAMPIOEN 2025"'; or after an
    # initial: "Lecteur : F. <name>".)
    field = re.match(rf"[ \t\W]*(?P<label>[^\W\d][\w'’ .]{{1,30}}?)[ \t]*:[ \t]*[\"“«]?[ \t]*"
                     rf"(?:{_CAP}\.?[ \t]+){{0,3}}{escaped}", line)
    if field is not None and _CARD_ROLE.fullmatch(_NAME_OF.sub("", field["label"].strip())):
        return True
    if (result := _RESULT_LINE.search(line)) is not None and name in line[result.end():]:
        return True
    if re.search(rf"(?i:{_AWARD})[ \t]+{escaped}", line):
        return True
    if re.match(rf"[ \t]*(?i:{_TITLED_OR_KIN})[ \t]+{escaped}", line):
        return True
    # "<name> · F · 12/04/2009 · CHU …" on a wristband, "<name> 🇧🇪 · 16 · Evere" on an app's
    # profile: the holder's fields joined by "·", the name among them, no sentence of the
    # writer's.
    if name in line and line.count(" · ") >= 2 and not _IN_THE_WRITERS_VOICE.search(line):
        return True
    # "<name> – °21/06/2008" on a wristband, an ID: the holder's birth date beside the name
    # (by now replaced by the placeholder, or still there).
    if re.search(rf"{escaped}[ \t]*[,(–—-]?[ \t]*°", line):
        return True
    if re.search(rf"(?i:{_KIN})\b[^\n]{{0,40}}{escaped}", line):
        return True
    if re.search(rf"(?i:{_SIBLING})[ \t]+{escaped}", line) \
            and not _IN_THE_WRITERS_VOICE.search(line):
        return True
    return bool(re.search(rf"(?i){_FAMILY}[ \t]*:?[ \t]+", line)) \
        and not _IN_THE_WRITERS_VOICE.search(line)


def _ticket_name_line(lines: list[str], index: int, name: str) -> bool:
    """Whether lines[index] is only `name` with a route by arrow on the line right above or
    under it ("<name> / Manchester Piccadilly → Leeds"): a ticket's passenger, no field."""
    if lines[index].strip() != name:
        return False
    return any(0 <= near < len(lines) and _ROUTE.search(lines[near])
               and not _IN_THE_WRITERS_VOICE.search(lines[near])
               for near in (index - 1, index + 1))


def _addressee_line(line: str, name: str) -> bool:
    """Whether `line` addresses a letter or a card to `name` (_ADDRESSEE)."""
    # "Aan: M. de <name>, …": initials and a surname's particle before it.
    before = re.compile(r"(?:[A-ZÀ-Ý]\.[ \t]*){0,3}(?:(?:de|van|der|den|ter|te)[ \t]+){0,2}"
                        + re.escape(name))
    return any(before.match(line, match.end()) for match in _ADDRESSEE.finditer(line))


def _card_like(segment: str) -> bool:
    """A card's field: capitalised words, particles, digits and dates, no sentence."""
    words = _LOWER_CASE_WORDS.findall(segment)
    return all(_PARTICLES.fullmatch(word) or word in {"le", "op", "on", "the", "fam"}
               for word in words) and bool(re.search(r"[A-ZÀ-Ý]", segment))


# "AC Roubaix", "KFC Lille", "RC Hasselt": a sports club's capital letters opening its name.
_CLUB_LETTERS = frozenset(("AC", "AV", "FC", "KFC", "RC", "RFC", "SC", "VC", "KSV", "CA", "US",
                           "TC", "HC", "AAC"))


def _institution(word: str) -> bool:
    """A school's, church's or venue's word, alone or ending a saint's or founder's name
    ("Sint-Lodewijkscollege", "Heilig-Hartcollege"); "AFTER-SCHOOL", "after-school" and an
    app's name glued to it ("Smartschool") are no school."""
    match = _INSTITUTION.search(word)
    if word.casefold() in _INSTITUTION_KIND:
        return True
    if match is None or word.isupper():
        return False
    prefix = word[:match.start()]
    if not prefix:
        return True
    return match.group()[0].isupper() if prefix.endswith("-") \
        else prefix.endswith("s") or "-" in prefix


def _places_in(line: str) -> list[tuple[int, int]]:
    """Spans of the places on one card line."""
    spans: list[tuple[int, int]] = []
    places = gazetteer.load().places
    for pattern in (_ROUTE, _ROUTE_FIELD):
        for match in pattern.finditer(line):
            # "Geldig: Ma - Vr" says when, not where: towns only after "Geldig:".
            if _VALID.match(match.group()) and not all(
                    match[end].casefold() in places for end in ("a", "b")):
                continue
            spans += [match.span("a"), match.span("b")]
    for match in _BORN_DIED.finditer(line):
        spans.append(match.span("a"))
    spans += [match.span() for match in _POSTCODE_TOWN.finditer(line)]
    # "Ophaalpunt: Vismarkt Mechelen", "Zone: Leuven – Tienen": a labelled field of a receipt
    # or a form the writer may have typed; only a card's bare lines are read for towns and
    # schools (a route field is read above), and the fields of its holder, school or placement
    # (_CARD_ROLE, _CARD_PLACE_FIELD: "School: Sint-Jozefsinstituut Aalst").
    position = 0
    # A time's colons ("1:52:08") label nothing.
    if _FIELD_COLON.search(line):
        field = re.match(r"[ \t\W]*(?P<label>[^\W\d][\w'’ .]{1,30}?)[ \t]*:[ \t]*", line)
        # A biodata's or a roster's family field ("Family: Father <name>, diamond trade,
        # Wilrijk") is the card's own line too, read after its label.
        label = field["label"].strip() if field is not None else ""
        if field is None or not (_CARD_ROLE.fullmatch(label) or _CARD_PLACE_FIELD.fullmatch(label)
                                 or re.fullmatch(rf"(?i:{_FAMILY})", label)) \
                or _FIELD_COLON.search(line, field.end()):
            return spans
        position = field.end()
    segments = []
    for piece in _SEGMENT_SPLIT.split(line[position:]):
        start = line.find(piece, position)
        position = start + len(piece)
        segments.append((start, piece))
    after_institution = False
    for start, piece in segments:
        if not piece.strip() or not _card_like(piece):
            after_institution = False
            continue
        for run in _RUN_PATTERN.finditer(piece):
            words = re.split(r"[ \t]+", run.group())
            span = (start + run.start(), start + run.end())
            if _HOSPITAL_RUN.match(run.group()):
                spans.append(span)  # (its ward, "Pédiatrie", is no town: no run after it)
                continue
            if any(_institution(word) for word in words) \
                    or (len(words) > 1 and words[0] in _CLUB_LETTERS):
                after_institution = True
                # "SPONSORLOOP OBS De Wilgen": the school from its kind on, the card's own
                # words before it kept.
                kind = next((word for word in words if word.casefold() in _INSTITUTION_KIND), None)
                if kind is not None:
                    span = (start + run.start() + run.group().find(kind), span[1])
                    # (Its town, if any, is in the run: "VBS De Linde Tielt"; the fields after
                    # it, a ward or a room, are read as the card's other fields are.)
                    after_institution = False
                elif words[0] in _CLUB_LETTERS and not any(_institution(w) for w in words):
                    # "TC Tielt", "AC Hasselt": the club's name goes, its letters (what kind
                    # of club) stay, as a word of the card's text.
                    span = (start + run.start() + run.group().find(words[1], len(words[0])),
                            span[1])
                spans.append(span)
                # "Sint-Lodewijkscollege Brugge": a known town after the school's name.
                if len(words) > 1 and words[-1].casefold() in places \
                        and not _institution(words[-1]):
                    last = run.group().rfind(words[-1])
                    spans.append((start + run.start() + last, span[1]))
                continue
            if run.group().casefold() in places or after_institution:
                spans.append(span)
            else:
                for word in re.finditer(_CAP, run.group()):
                    if word.group().casefold() in places:
                        spans.append((span[0] + word.start(), span[0] + word.end()))
    return spans


def _card_lines(lines: list[str], name: str, with_addressees: bool) -> list[int]:
    """The indices of the lines a pasted card carrying `name` spans (_WINDOW around each line
    naming its holder; with_addressees: also the lines under a letter's or a card's addressee),
    in order, without the writer's own sentences and quoted lines: what the card rules read."""
    cards = [index for index, line in enumerate(lines) if _card_name_line(line, name)
             or _ticket_name_line(lines, index, name)]
    addressed = [index for index, line in enumerate(lines)
                 if with_addressees and _addressee_line(line, name)]
    near = sorted({index for card in cards
                   for index in range(max(0, card - _WINDOW), min(len(lines), card + _WINDOW + 1))}
                  | {index for card in addressed
                     for index in range(card, min(len(lines), card + _WINDOW + 1))})
    return [index for index in near if not _IN_THE_WRITERS_VOICE.search(lines[index])
            and not lines[index].lstrip().startswith(">")]


# "Une pensée pour <name> à Liège", "aan de hele familie <name> in Jette en Al Hoceima" in a
# family's pasted greeting, "Bro. <name> (Ledeberg)" on a church's list: a known town said of
# the one named, right after the name ("à", "in", "uit", "from" or in brackets), and a second
# place joined to it by "and".
_TOWN_AFTER_NAME = (r"{name}[ \t]*(?:(?i:à|in|uit|van|from)[ \t]+|\([ \t]*)"
                    rf"(?P<town>{_CAP}(?:[ \t]+{_CAP}){{{{0,2}}}})"
                    rf"(?P<more>[ \t]+(?i:en|et|and|&)[ \t]+{_CAP}(?:[ \t]+{_CAP})?)?"
                    r"(?P<close>[ \t]*\))?")


# "2. <name> (rue Josaphat) ❌ pas encore payé" on a group's list: the street in brackets after
# the name, without its number, is where that one lives.
_STREET_IN_BRACKETS = (
    r"{name}[ \t]*\([ \t]*(?P<street>(?i:rue|avenue|boulevard|chauss[ée]e|place|chemin|clos"
    r"|all[ée]e|impasse|square|quai)[ \t]+(?:(?i:de[ \t]+la|du|des|de)[ \t]+|(?i:de[ \t]+l|d)['’])?"
    rf"{_CAP}(?:[ \t]+{_CAP})?|{_CAP}(?i:straat|laan|lei|steenweg|dreef))[ \t]*\)")


def _towns_after_name(line: str, name: str) -> list[tuple[int, int]]:
    """Spans of the known towns said of `name` on `line` (_TOWN_AFTER_NAME); in brackets only
    when the bracket closes after the town; and a street in brackets after it
    (_STREET_IN_BRACKETS)."""
    places = gazetteer.load().places
    spans = [match.span("street") for match in
             re.finditer(_STREET_IN_BRACKETS.format(name=re.escape(name)), line)]
    for match in re.finditer(_TOWN_AFTER_NAME.format(name=re.escape(name)), line):
        bracketed = "(" in line[match.start():match.start("town")]
        if match["town"].casefold() not in places or bracketed and match["close"] is None:
            continue
        spans.append(match.span("town"))
        if match["more"] is not None:
            more = match["more"]
            joined = re.match(r"[ \t]+\S+[ \t]+", more)
            spans.append((match.start("more") + (joined.end() if joined else 0),
                          match.end("more")))
    return spans


# "<name> WORDT 13!", "<name> turns 12!", "<name> fête ses 10 ans !": an invitation to the
# writer's party, headed with their name and the age they turn. Its paragraph's "Bij mij thuis
# in Wevelgem", "at my house in Leeds" is the invitation's, written in the first person for
# every guest: the town where they live.
_INVITATION_AGE = r"(?i:[ \t]+(?:wordt|turns|is[ \t]+turning|viert|f[êe]te[ \t]+ses)[ \t]+\d{1,2})"
_WHERE_ON_INVITATION = re.compile(rf"(?<![\w'’-])(?i:in|te|à|at)[ \t]+(?P<town>{_CAP})")
_INVITATION_LINE_WORDS = 8
_INVITATION_LINES = 6  # an invitation is short: the lines read under its heading


def _replace_invitation_places(lines: list[str], name: str, placeholder: str) -> None:
    """The towns (gazetteer places) on the short lines of an invitation's paragraph under its
    heading (_INVITATION_AGE after `name`), replaced in place in `lines`."""
    heading = re.compile(rf"[ \t]*{re.escape(name)}{_INVITATION_AGE}")
    places = gazetteer.load().places
    for index, line in enumerate(lines):
        if heading.match(line) is None:
            continue
        below = index + 1
        while below < min(len(lines), index + 1 + _INVITATION_LINES) and lines[below].strip() \
                and not lines[below].lstrip().startswith(">"):
            if len(lines[below].split()) <= _INVITATION_LINE_WORDS:
                lines[below] = _WHERE_ON_INVITATION.sub(
                    lambda match: match.group()[:match.start("town") - match.start()]
                    + placeholder if match["town"].casefold() in places else match.group(),
                    lines[below])
            below += 1


def replace_pasted_places(text: str, name: str, placeholder: str) -> str:
    """`text` with the places on a pasted card that carries `name` (the pseudonym put in place
    of the writer's name) replaced by `placeholder`, the rest of each line kept; and a known
    town in brackets right after the name on a line that is no sentence of the writer's."""
    if not name or name not in text and not re.search(rf"(?i){_FAMILY}", text):
        return text
    lines = text.split("\n")
    _replace_invitation_places(lines, name, placeholder)
    cards = set(_card_lines(lines, name, with_addressees=True))
    bracketed = {index for index, line in enumerate(lines)
                 if name and f"{name} (" in line and index not in cards
                 and not _IN_THE_WRITERS_VOICE.search(line) and not line.lstrip().startswith(">")}
    for index in sorted(cards | bracketed):
        line = lines[index]
        towns = _towns_after_name(line, name)
        if index not in cards:
            towns = [span for span in towns if line[span[1]:].lstrip(" \t").startswith(")")]
        spans = sorted(set((_places_in(line) if index in cards else []) + towns))
        if not spans:
            continue
        merged: list[list[int]] = []
        for start, end in spans:
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        for start, end in reversed(merged):
            if placeholder in line[start:end] or name in line[start:end]:
                continue
            line = line[:start] + placeholder + line[end:]
        lines[index] = line
    return "\n".join(lines)


# ---------------------------------------------------------------- postcode after a street

# "[…], 3360 Bierbeek" on a CV's or a card's line, "Adres: […], 3817 KL Amersfoort" on a
# delivery note, "[…], 1040 Brussels" in a signature: the postcode and town that end an address
# line whose street the contact rules replaced are that address's rest, and they locate its
# owner as the street did. Only on a short line that is no sentence of the writer's ("mijn
# adres is […], 2660 Hoboken" keeps the town, content as a town in their own words is). The
# line may close a quoted letter ('Veel kusjes van <name> / […], 3010 Kessel-Lo"': the
# sender's address under its signature), the quote's end after the town.
_POSTCODE_AFTER_STREET = (
    # "[…], 13003 MARSEILLE": a French postcode has five digits (a leading 0 too: "06000").
    r"(?P<lead>{placeholder}[ \t]*,[ \t]*)(?:[1-9]\d{{3}}|\d{{5}})(?:[ \t]?[A-Z]{{2}})?[ \t]+"
    r"[A-ZÀ-Ý][\w'’-]*(?:[ \t]+[A-ZÀ-Ý][\w'’-]*){{0,2}}[ \t]*(?P<end>[\"”»]?)[ \t]*\r?$")
_MAX_ADDRESS_LINE = 80
# "[…] / 6990 Hotton": the same address written over two lines, as on an envelope, a camp's
# or a parcel's address; a line of only the postcode and town, right under a line that is only
# the replaced street.
_POSTCODE_TOWN_LINE = re.compile(
    r"(?P<lead>[ \t]*)[1-9]\d{3}(?:[ \t]?[A-Z]{2})?[ \t]+[A-ZÀ-Ý][\w'’-]*"
    r"(?:[ \t]+[A-ZÀ-Ý][\w'’-]*){0,2}[ \t]*\r?")


# "Mag die naar dit adres? / <name> / <street> / 2800 Mechelen": the writer's own line asking
# to be sent something at their address, right above the block (no blank line between).
_ADDRESS_WORD = re.compile(r"(?i)(?<![\w'’-])(?:adres|address|adresse)(?![\w'’-])")
_OFFER_REACH = 3


def _offered_above(lines: list[str], street: int) -> bool:
    """Whether the writer offers the address whose street line is `street` in their own words:
    the line right above says so ("mijn adres is:", "stuur het naar mij:"), or a line of theirs
    naming an address stands above the block without a blank line between ("Mag die naar dit
    adres?" over their name). Such an address keeps its town, as in one sentence."""
    above = street - 1
    if above >= 0 and _IN_THE_WRITERS_VOICE.search(lines[above]) is not None \
            and lines[above].rstrip().endswith(":"):
        return True
    for index in range(above, max(-1, street - 1 - _OFFER_REACH), -1):
        if not lines[index].strip():
            return False
        if _IN_THE_WRITERS_VOICE.search(lines[index]) and _ADDRESS_WORD.search(lines[index]):
            return True
    return False


def _named_block_above(lines: list[str], street: int, name: str) -> bool:
    """Whether `name` (the pseudonym in place of the writer's name) stands on one of the lines
    of the block above the street line `street` (no blank line between): an envelope's, a
    label's or a letter's address block carrying the writer's name (P2). An address block
    without it ("l'étiquette disait : / <street> / 4020 Liège") keeps its town."""
    for index in range(street - 1, max(-1, street - 1 - _OFFER_REACH), -1):
        if not lines[index].strip():
            return False
        if name and name in lines[index]:
            return True
    return False


def replace_postcode_after_street(text: str, placeholder: str, name: str = "") -> str:
    """`text` with the postcode and town after a replaced street, on an address line that is
    not the writer's own sentence or on the line of their own right under it, replaced by
    `placeholder`."""
    if placeholder not in text:
        return text
    pattern = re.compile(_POSTCODE_AFTER_STREET.format(placeholder=re.escape(placeholder)))
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if index and lines[index - 1].strip() == placeholder \
                and (town := _POSTCODE_TOWN_LINE.fullmatch(line)) is not None \
                and _named_block_above(lines, index - 1, name) \
                and not _offered_above(lines, index - 1):
            lines[index] = town["lead"] + placeholder + ("\r" if line.endswith("\r") else "")
            continue
        if placeholder not in line or len(line) > _MAX_ADDRESS_LINE \
                or _IN_THE_WRITERS_VOICE.search(line) or line.lstrip().startswith(">"):
            continue
        lines[index] = pattern.sub(lambda match: match["lead"] + placeholder + match["end"],
                                   line)
    return "\n".join(lines)


# --------------------------------------------------------------------------- references

# The number a card files its holder under: "BON DE DÉPÔT N° R-24117", "Boekingsbevestiging
# #HB-7730415", "Commande n° 58214" over "Client : <name>", and the code the shop took with the
# phone ("Code : 171106"). A number sign (or "Code :") and five digits at least, perhaps after
# a few capitals: "N° 3" of a list or "ch. 412" stay.
# A loan receipt's card: "kaart 2178 0045 19", "carte 0087 2231", "card: 4417 0092".
_CARD_REFERENCE = re.compile(
    r"(?P<lead>(?<![\w'’])(?:[Nn]°|No\.?|Nr\.?|nr\.?|#)[ \t]{0,2}"
    r"|(?<![\w'’])(?i:code|pin)[ \t]*:[ \t]*|(?<![\w'’])(?i:kaart|card|carte)[ \t]*:?[ \t]*)"
    r"(?P<ref>(?:[A-Z]{1,4}-?)?\d(?:[ \t/-]?\d){4,14})(?![\w/-])"
    # A runner's number on their result line, however few its digits (_RESULT_LINE).
    rf"|(?P<bib>(?<![\w'’])(?:{_BIB})[ \t]*(?:[Nn]°|[Nn]r\.?|#)?[ \t]*:?[ \t]*)\d{{1,6}}"
    r"(?=[ \t]+[–—|-][ \t]+)")


# The number of the writer's (or their family's) own record, wherever it stands (the corpus
# README's label policy P6): "Bestelling #BX-40213", "order 55120", "Ticketnr: 4410-2291-0085",
# "bestelnummer 0478 2231 90", "my student number is 2025-2026-0412", "ticket #482113", and
# the id in a link to the record ("strava.example/activities/11823457690"). The
# record's word says what the number is; the word and what was ordered or booked stay. Five
# digits at least, written in groups of digits (a date's slashes are no record's): a service
# number (1712) or a year has fewer, and "code 4471 9921" of a locker is no record.
_RECORD_WORD = (
    r"(?:order|bestelling|commande|booking|boeking|reservering|reservatie|r[ée]servation"
    r"|ticket|e-ticket|case|dossier|appointment|afspraak|rendez-vous"
    r"|(?:order|bestel|boekings?|reserverings?|ticket|dossier|klant|lid|studenten|leerlingen"
    r"|leerling|afspraak|paspoort|case)(?:nummer|nr\.?)"
    r"|(?:order|booking|ticket|case|file|customer|member|membership|student|passport"
    r"|appointment|reservation)[ \t]+(?:number|no\.?|nr\.?|id)"
    r"|num[ée]ro[ \t]+d['’ ][ \t]*(?:[ée]tudiant|client|dossier|commande|membre|passeport"
    r"|r[ée]servation)"
    # "Numéro de suivi (MTCN) : 418 552 9071", "tracking number 3SABC…": a money transfer's
    # or a parcel's tracking number finds the transfer, its sender and receiver by name.
    r"|num[ée]ro[ \t]+de[ \t]+suivi(?:[ \t]*\((?:mtcn)\))?|mtcn|tracking[ \t]+(?:number|no\.?)"
    r"|zendingnummer)")
_RECORD_NUMBER = re.compile(
    rf"(?P<lead>(?<![\w'’-])(?i:{_RECORD_WORD})(?:[ \t]+(?i:is|was|est))?[ \t]*:?[ \t]*"
    r"(?:(?i:n[°o]\.?|nr\.?|#)[ \t]?)?"
    # ".../activities/11823457690", ".../orders/4471209": the record's id in a link to it.
    r"|/(?i:activit(?:y|ies)|orders?|bestellingen|tickets?|bookings?|reservations?|dossiers?"
    r"|cases?)/)"
    r"(?P<ref>(?:[A-Z]{1,4}-?)?\d(?:[ \t-]?\d){4,14})(?![\w/-])")


def replace_pasted_references(text: str, name: str, placeholder: str) -> str:
    """`text` with the reference numbers on a pasted card that carries `name` (see
    replace_pasted_places: the same cards, the same window), and the number a record's word
    names anywhere (_RECORD_NUMBER), replaced by `placeholder`, the words naming them kept."""
    if _RECORD_NUMBER.search(text):
        text = _RECORD_NUMBER.sub(lambda match: match["lead"] + placeholder, text)
    if not name or name not in text or not _CARD_REFERENCE.search(text):
        return text
    lines = text.split("\n")
    for index in _card_lines(lines, name, with_addressees=False):
        lines[index] = _CARD_REFERENCE.sub(
            lambda match: (match["lead"] or match["bib"]) + placeholder, lines[index])
    return "\n".join(lines)


# --------------------------------------------------------------------------- relatives

# "Bart, Inge, <name> & Tuur" signing an invitation, "Kristel en Luc, <name>, Jorre en Lowie"
# under a death notice's "kleinkinderen", "Familie <name>-Thijssen 💕 Mama, Jo, <name>, Lars &
# Nore" describing a family group: the writer's name (the pseudonym in its place) as one item
# of a list of first names is a family signing or listed on something pasted, and the other
# names on it locate that family (the corpus README's label policy P7). They are replaced on
# that card (its lines up to a blank line), with a list line right under or above it and the
# other half of a double family name; kin words ("Mama") stay, and so does every line in the
# writer's own voice outside quotation marks, where relatives are their story.
_LIST_ITEM = r"[A-ZÀ-Ý][\w'’]*(?:-[A-ZÀ-Ý][\w'’]*)?"
_LIST_JOIN = r"(?:[ \t]*[,&+][ \t]*|[ \t]+(?:en|and|et|und|y)[ \t]+)"
_NAME_LIST = re.compile(rf"(?<![\w'’-]){_LIST_ITEM}(?:{_LIST_JOIN}{_LIST_ITEM}){{1,11}}(?![\w'’-])")
_LIST_ITEMS = re.compile(_LIST_ITEM)
_KIN_ITEMS = frozenset((
    "mama", "papa", "mam", "pap", "ma", "pa", "oma", "opa", "mum", "mom", "dad", "mummy",
    "daddy", "maman", "papy", "papi", "mamie", "mami", "nana", "grandma", "grandpa", "granny",
    "bomma", "bompa", "meme", "mémé", "pépé", "moeke", "vake", "tante", "nonkel", "oom",
    "baby", "bébé"))
# What tells a family's list from a class photo's, a room's or a team's ("achteraan: Stan, Bas,
# <name>, Lowie", "Kamer 12: Aline, <name>, Lisa"), whose names are classmates in passing: a
# family or kin word on the card ("kleinkinderen", "Familie", "Mama"), or the list standing
# alone on its line as the card's signing line, on a card that names no class, room or team.
# A youth team's age category ("U13", "u9") and a carpool's schedule ("rijschema", "carpool",
# "covoiturage") name a team too: "fam. Claes (4 pl.: <name>, Jana, Lotte)" on a carpool
# schedule lists the girls in a car, teammates in passing; no family card names either.
_FAMILY_CUE = re.compile(
    rf"(?i)(?<![\w'’-])(?:{_FAMILY}|{_KIN}|{_SIBLING}|kinderen|children|enfants|ouders|parents"
    r"|"
    + "|".join(sorted(_KIN_ITEMS)) + r")(?![\w'’-])")
_GROUP_CUE = re.compile(
    r"(?i)(?<![\w'’-])(?:klas|klasfoto|class|classe|kamer|room|chambre|team|ploeg|groep|[ée]quipe"
    r"|v\.l\.n\.r|achteraan|vooraan|u\d{1,2}|rijschema|carpool|covoiturage)(?![\w'’-])")
_QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|«[^»\n]*»|„[^“”\n]*[“”]")
_MIN_LIST_OTHERS = 2


def _outside_quotes_in_voice(line: str) -> bool:
    return _IN_THE_WRITERS_VOICE.search(_QUOTED.sub(" ", line)) is not None


def _list_names(line: str, name: str | None) -> list[str] | None:
    """The first names other than `name` and kin words in the list of names on `line` that
    holds `name` as one item (with `name` None: a line that is only such a list), or None."""
    for match in _NAME_LIST.finditer(line):
        items = _LIST_ITEMS.findall(match.group())
        others = [item for item in items if item != name and item.casefold() not in _KIN_ITEMS]
        if name is not None and name in items and len(items) > _MIN_LIST_OTHERS \
                and len(others) >= _MIN_LIST_OTHERS:
            return others
        rest = line[:match.start()] + line[match.end():]
        if name is None and not re.search(r"[^\W\d_]", rest) and others:
            return others
    return None


def _card_rows(lines: list[str], index: int) -> range:
    """The indexes of the lines around `index` up to a blank line on either side: one card."""
    first = index
    while first > 0 and lines[first - 1].strip():
        first -= 1
    end = index
    while end + 1 < len(lines) and lines[end + 1].strip():
        end += 1
    return range(first, end + 1)


def _card_block(lines: list[str], index: int) -> list[str]:
    """The lines around `index` up to a blank line on either side."""
    return [lines[row] for row in _card_rows(lines, index)]


def _family_card(lines: list[str], index: int, name: str) -> bool:
    """Whether the list holding `name` on line `index` is a family's (_FAMILY_CUE)."""
    block = [line for line in _card_block(lines, index) if not _outside_quotes_in_voice(line)]
    if any(_GROUP_CUE.search(line) for line in block):
        return False
    return _FAMILY_CUE.search(lines[index]) is not None \
        or any(_FAMILY_CUE.search(line) for line in block) \
        or _list_names(lines[index], None) is not None


# "HUISHOUDSCHEMA FAMILIE <name> / <name>: afwassen / Pablo: vuilbakken / mama: koken": a
# family's roster (a chore chart, a birthday list on the fridge), one row per member, a first
# name before the colon. With the writer's name heading one row on a card with a family word
# (_FAMILY_CUE) and no class or team (_GROUP_CUE), the other rows' first names are the
# family's (P7); kin words ("mama") and days or chores ("Maandag:") are no first names.
_ROW_HEAD = re.compile(r"[ \t]*(?P<head>[A-ZÀ-Ý][\w'’-]*)[ \t]*:")


def _roster_heads(lines: list[str], index: int) -> list[tuple[int, int, int]]:
    """The first names heading the other rows of the roster whose row `index` the writer's
    name heads, as (line, start, end), or nothing when it is no family's roster."""
    block = _card_rows(lines, index)
    texts = [lines[row] for row in block]
    if any(_GROUP_CUE.search(line) for line in texts) \
            or not any(_FAMILY_CUE.search(line) for line in texts) \
            or any(_outside_quotes_in_voice(line) for line in texts):
        return []
    words = gazetteer.load()
    heads = []
    for row in block:
        match = _ROW_HEAD.match(lines[row])
        if row == index or match is None:
            continue
        folded = match["head"].casefold()
        if folded in words.first_names and folded not in _KIN_ITEMS \
                and folded not in words.places and not _CALENDAR_WORD.fullmatch(folded):
            heads.append((row, *match.span("head")))
    return heads


# A roster's row may be a day's or a month's ("Monday:" is a first name in the lists too).
_CALENDAR_WORD = re.compile(
    r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november"
    r"|december|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre"
    r"|novembre|d[ée]cembre|january|february|march|may|june|july|august|october")


# "Welkom <name>! … / Liefs, familie Desmet": a note greeting the writer by name (the pseudonym
# in its place) and signed by a family, their host or foster family, on the same pasted card:
# the family's surname says which household the writer lives in, as a family's first names
# on a card do (P7). Only a line that is nothing but a closing and the family word with one
# surname, on a card (no blank line between) holding the writer's name on a line not in their
# own voice; "de familie Desmet is lief" in their own words stays.
_FAMILY_SIGNED = re.compile(
    r"(?i)^[\W_]*(?:(?:liefs|groetjes|groeten|kusjes|hartelijke[ \t]+groeten|warme[ \t]+groeten"
    r"|love|best[ \t]+wishes|bisous|amiti[ée]s|bien[ \t]+[àa][ \t]+(?:toi|vous))[ \t]*[,.]?[ \t]+)?"
    rf"{_FAMILY}[ \t]+(?-i:(?P<surname>{_LIST_ITEM}))[\W_]*$")


def _family_signers(lines: list[str], index: int, name: str) -> list[tuple[int, str]]:
    """The family surnames signing the card around line `index` (_FAMILY_SIGNED above)."""
    found: list[tuple[int, str]] = []
    for near in _card_rows(lines, index):
        signed = _FAMILY_SIGNED.match(lines[near].strip())
        # "Fam. Goossens-<name>": the other half of a double name only.
        surnames = [part for part in signed["surname"].split("-") if part != name] \
            if signed is not None and not lines[near].lstrip().startswith(">") else []
        found.extend((near, surname) for surname in surnames)
    return found


# "3 jan – Opa Roger / 17 mrt – <name> 🎂 / 2 mei – Mama (Ingrid) / 9 mei – Tuur & Fien":
# a family's birthday calendar or roster, one dated entry a line, the writer's name (the
# pseudonym) one of them. The first names of the other entries are the family's (P7), on a
# card that says it is a family's (_FAMILY_CUE: "Fam. …", "Opa", "Mama") and has two other
# dated entries at least; only words in the lists of first names that are no place, and no
# word of the language unless a kin word stands before them, are taken ("3 jan – Toets
# Wiskunde", "Oma Gent bezoeken" on a school planning name no one); kin words stay.
_DATED_ENTRY = re.compile(
    r"^[ \t\"“„]*\d{1,2}(?:[ \t]*[./-][ \t]*\d{1,2}|[ \t]+[^\W\d_]{3,9}\.?)[ \t]*[–—:-][ \t]*"
    r"(?P<entry>\S.*)$")
_MIN_DATED_OTHERS = 2
# "Opa Roger", "Papa (Dirk)": right after a kin word, a first name that is also a word
# ("roger", "dirk") is that relative's name.
_KIN_THEN_NAME = re.compile(
    r"(?<![\w'’])(?i:" + "|".join(re.escape(word) for word in sorted(_KIN_ITEMS))
    + rf")[ \t]+\(?(?P<name>{_LIST_ITEM})")


def _dated_family_names(lines: list[str], index: int, name: str) -> list[tuple[int, list[str]]]:
    """The first names of the other dated entries on the card around line `index` whose
    entry holds `name` (_DATED_ENTRY above), each with its line."""
    if _DATED_ENTRY.match(lines[index]) is None:
        return []
    rows: list[tuple[int, list[str]]] = []
    cue = False
    words = gazetteer.load()
    for near in _card_rows(lines, index):
        cue = cue or _FAMILY_CUE.search(lines[near]) is not None
        entry = _DATED_ENTRY.match(lines[near])
        if entry is None or near == index or _outside_quotes_in_voice(lines[near]):
            continue
        after_kin = {match["name"] for match in _KIN_THEN_NAME.finditer(entry["entry"])}
        names = [word for word in _LIST_ITEMS.findall(entry["entry"])
                 if word != name and word.casefold() not in _KIN_ITEMS
                 and word.casefold() in words.first_names and word.casefold() not in words.places
                 and (word in after_kin or word.casefold() not in words.ordinary)]
        rows.append((near, names))
    if not cue or len(rows) < _MIN_DATED_OTHERS:
        return []
    return [(near, names) for near, names in rows if names]


def replace_pasted_relatives(text: str, name: str, placeholder: str) -> str:
    """`text` with the relatives listed with `name` (the pseudonym) on a pasted card replaced
    by `placeholder` on that card's lines."""
    if not name or name not in text:
        return text
    lines = text.split("\n")
    double = re.compile(rf"(?i:{_FAMILY})[ \t]+(?:{re.escape(name)}-(?P<a>[A-ZÀ-Ý][\w'’]*)"
                        rf"|(?P<b>[A-ZÀ-Ý][\w'’]*)-{re.escape(name)})(?![\w'’-])")
    found: list[str] = []
    cards: set[int] = set()
    for index, line in enumerate(lines):
        if name not in line or line.lstrip().startswith(">") or _outside_quotes_in_voice(line):
            continue
        for signed_line, surname in _family_signers(lines, index, name):
            found.append(surname)
            cards.add(signed_line)
        for dated_line, names in _dated_family_names(lines, index, name):
            found += names
            cards.add(dated_line)
        listed = _list_names(line, name)
        family = double.search(line)
        if listed is not None and family is None and not _family_card(lines, index, name):
            listed = None
        if listed is None and family is None:
            continue
        found += listed or []
        found += [family["a"] or family["b"]] if family else []
        cards.add(index)
        for step in (-1, 1):
            near = index + step
            while 0 <= near < len(lines) and not _outside_quotes_in_voice(lines[near]) \
                    and (more := _list_names(lines[near], None)) is not None:
                found += more
                cards.add(near)
                near += step
    for index, line in enumerate(lines):
        if (row_head := _ROW_HEAD.match(line)) is not None and row_head["head"] == name:
            heads = _roster_heads(lines, index)
            if heads:
                found += [lines[row][start:end] for row, start, end in heads]
                cards.update(row for row, _, _ in heads)
    if not found:
        return text
    block: set[int] = set()
    for index in cards:
        for step in (-1, 1):
            near = index
            while 0 <= near < len(lines) and lines[near].strip() \
                    and not lines[near].lstrip().startswith(">"):
                if near in cards or not _outside_quotes_in_voice(lines[near]):
                    block.add(near)
                near += step
    # (after a hyphen too: "<name>-Thijssen")
    pattern = re.compile(r"(?<![\w'’])(?:" + "|".join(
        re.escape(word) for word in sorted(set(found), key=len, reverse=True)) + r")(?![\w'’-])")
    # 'ik lees elke dag "Papa (Dirk)"': an entry of the card quoted word for word in the
    # writer's own lines is the card again, its names the same family's.
    entries = {(entry["entry"] if (entry := _DATED_ENTRY.match(lines[index])) else
                lines[index]).strip(" \t\r\"“”„") for index in cards}
    for index in sorted(block):
        lines[index] = pattern.sub(placeholder, lines[index])
    for index, line in enumerate(lines):
        if index not in block and not line.lstrip().startswith(">"):
            lines[index] = _QUOTED.sub(
                lambda quote: pattern.sub(placeholder, quote.group())
                if quote.group()[1:-1].strip() in entries else quote.group(), line)
    return "\n".join(lines)
