"""Render the later rounds of DEV cases of the relay-text corpus, one subfolder each.

- "more" (tests/fixtures/relay_text/dev/more/): written after issue 12's held-out figures showed
  the relay's rules fitted to the first dev set: volunteer signatures of many shapes and
  help-seekers naming themselves in many ways.
- "round3" (dev/round3/): written as an adversarial tester of the relay after the "more" round
  all passed while the held-out set still let names through: identity hidden in URL-like
  tokens, old signatures in quoted history, device-owner client lines, names in disclaimers,
  nicknames/typos/initials of help-seekers, family members' names.
- "round4" (dev/round4/): written after round3 passed while the held-out set still let 6
  help-seeker and 11 volunteer identity strings through, knowing only the tags of the leaking
  held-out mails (never their text): volunteer signatures with nl/fr/en disclaimers above and
  below, Outlook blocks in many layouts (pipes, tabs, one line, two columns), BlackBerry /
  Workspace ONE / Nine / Samsung / Outlook-for-Android lines, logos, no display name, short
  forms of first names; help-seekers naming themselves in running text, English writers,
  parent accounts with the parent's signature, kids signing with name, age and town.
- "round5" (dev/round5/): written after dev/heldout-v1 became dev data, for the shapes its
  last leaks showed with only one or two dev cases: a surname following a first name the
  writer introduces themselves with, a labelled disclaimer ("Disclaimer: … dit bericht") closing
  a signature above Outlook's quoted header block, a two-letter short form signing an answer;
  then the same shapes written otherwise: a lower-case surname the address holds, "Ava Nguyen
  here", an "El" particle, a closing greeting inside a disclaimer paragraph, an unlabelled
  legal sentence about the mail, two letters with a kiss.
- "round6" (dev/round6/): written as an outside tryer after round5 passed while the held-out set
  still let 4 help-seeker and 2 volunteer identity strings through, knowing nothing of the
  held-out mails: signatures without a delimiter in many clients, short forms and diminutives
  (-ke, -tje, -ou, Liz, Jef for Jozef), double first names, particles and hyphenated surnames,
  initials, "sam 15" lines, Instagram/Snapchat/TikTok/Discord handles that hold no name, phone
  numbers in Belgian/Dutch/French/British forms, streets in lower case and in French, addresses
  written with (at)/[at]/arobase, reply chains quoting the writer's old signature, a forward of
  the writer's own mail, parents' work signatures, and volunteers' cards with mobile numbers,
  LinkedIn and website lines, reversed display names and client lines.
- "round7" (dev/round7/): a fourth outside try after round6, knowing nothing of the held-out mails:
  HTML-only help-seekers (names in spans, emoji images, table signatures with logo alt text),
  identity only in Sender/Reply-To/"Last, First"/encoded-word/NFD headers, attachments named
  after the writer, mixed-language and tussentaal mails; volunteers' signatures in Outlook tables,
  only in HTML, with pronouns, initials, LinkedIn/Calendly/Teams links, vCards, their own quoted
  earlier mails, nl/fr/en closings, device lines and names with diacritics and particles.
- "round8" (dev/round8/): a fifth outside try after round7, knowing nothing of the held-out mails:
  voice-to-text run-on mails (dictated "punt"/"vraagteken"), full names with a class ("emma claes
  2B", "Ethan Murphy, Year 9", "Chloé MARTIN 5ème B"), names in emoji-decorated lines, lower-case
  surnames with particles, Turkish/Polish/Arabic names (diacritics, ASCII forms, Arabic script),
  notes-app pastes, replies quoting Lumi's confirmation in fr/en/nl, WhatsApp numbers as
  +32/04xx/0032/slashes-and-dots/wa.me, parents' accounts with the kid signing, "Galaxy"/"Get
  Outlook for iOS"/"Mail voor Windows"/Huawei/German iPad client lines, delimiters with extra
  spaces or underscores, pronoun lines; volunteers' answers under an external-sender banner at
  the top, Teams/LinkedIn-style cards, helpdesk/Google-Groups/Zimbra footers, German/Spanish
  disclaimers, their own earlier reply pasted back (with its signature or Outlook header), table
  and image-only signatures, office-hours and out-of-office lines, initials and mottos.
- "round9" (dev/round9/): a sixth outside try after round8, on help-seekers, knowing nothing of the
  held-out mails: names spelled out or decorated ("N.O.O.R", "n o o r", "noor_xx", caps, an emoji
  inside, stretched letters), nicknames made from the surname ("Vdb", "Peetie", "Lefeb"), names
  after "x"/"xoxo"/"-"/"greetz"/"grtjs", lower-case full names in running text, apostrophes
  (D'Hondt, t'Kindt, O'Brien), double first names and their initials, Moroccan/Turkish/Congolese/
  Polish/Ukrainian names (a diminutive, Cyrillic), family accounts ("Gezin Peeters-Claes", "Fam.
  Janssens", "Marc & Ann"), a sibling's account, school accounts with student numbers, names only
  in Subject, Reply-To or Sender, the writer's own earlier mail quoted or forwarded back, a
  signature image's alt text, gaming/Discord/TikTok/Instagram/Snapchat names without the app,
  phone numbers split over lines, spelled digit by digit or written in words (nl/fr/en), "O" for 0,
  streets in French/English/Dutch running text, mail addresses offered in the text, friends' names
  in messages the writer quotes (content); volunteers signing with caps, initials, a dash or xoxo.
- "round10" (dev/round10/): an adversary of content loss after round8's rules: the writer's own
  words shaped like what those rules remove: "---"/"———"/"___" between parts of a story, "a | b |
  c" and "a · b · c" lines of feelings or apps, a song/petition/video/resource link alone on a
  line, an external-sender banner a kid quotes, German/Spanish/Italian closings used as words,
  "SOS"/"IDK"/"OMG"/"LOL" lines that are the writer's initials, Arabic words that are not the
  name (شكرا, سلام), "wil Hij genoemd worden", "(mama van Febe)" about a friend's mother, words
  after a comma or bracket on a sign-off line, absence sentences, quoted list footers, mottos,
  "sole responsibility"/"does not necessarily reflect" in running text; volunteers likewise.
- "round11" (dev/round11/): help-seekers written as a seventh outside try, knowing nothing of the
  held-out mails nor of the relay's rules: Dutch and Flemish kids of 11-19 (tussentaal, Antwerp,
  West-Flemish, Limburg "ich/neet", Brussels Dutch mixed with French, Netherlands Dutch) on phones
  and laptops: one-liners without punctuation, one phrase a line, long rambling and voice-to-text
  mails (a misheard name), "ik ben X" introductions, sign-offs by name, nickname, initials, handle,
  name with age or class; replies to Lumi's confirmation above and under the quote; friends,
  siblings, parents and teachers named in the story; phones, a street, a second address, a Signal
  number and an Instagram handle offered in the text; kids on a parent's account under the parent's
  work signature, a family iPad, school accounts (Microsoft 365 "Surname First", a student number,
  Smartschool), a gamer handle as display name; parents, an older sister and brother, a teacher and
  a CLB worker writing on a kid's behalf with their work signatures.
- "round12" (dev/round12/): help-seekers written from what young people, and those who write for
  them, really send, knowing nothing of the relay's rules: French from Brussels, Wallonia and
  France (SMS style, "moi c'est", "jsuis"), English from expats, international schools and UK/
  Irish/US kids ("it's Liv here", "hiya"), and nl/fr/en code-switching with Arabic, Darija,
  Turkish, Kabyle, Polish and Lingala words and names (one in Arabic script); a friend, a mother,
  an older brother, a youth worker, an animatrice and a school counsellor writing for a young
  person; mails from a parent's, sibling's, family or school account (a parent's work signature
  under the kid's words); HTML-only mails; phones, Snap/Insta/TikTok/Discord handles and a second
  address (plain or "at ... dot") offered in the text; sign-offs (bisous, bsx, xx, cimer, thx,
  cheers, "-Pri", "— A.", initials, emoji); replies to Lumi's confirmation above and below the
  quote; friends, siblings, teachers and pastors named in the story (content).
- "round13" (dev/round13/): 43 volunteers' answers in Dutch/Flemish, French and English, written
  from work or private accounts by social workers (CAW, AMO, CPAS, OCMW), teachers, school
  counsellors, nurses, psychologists, students, a corporate HR/compliance employee and retired
  people, in Outlook desktop/web/mobile, Gmail, Apple Mail, iPhone, Samsung, BlackBerry, Yahoo,
  Proton and Thunderbird: work signatures in many layouts (lines, pipes, tabs, only in the HTML,
  bilingual, an Outlook table with a photo's alt text, a vCard), nl/fr/en disclaimers, pronouns,
  mottos, office hours, LinkedIn and website lines, logos inline or attached, reversed and encoded
  display names, short forms of the first name (Jo, Kris, Nath, Tine, Lotte, Steph, Fred, Isa,
  Ann-So, Shiv, Bob, Jay, Liz), initials (KDW, JP, NJ, "K. Benali"), a P.S. under the name, top-
  and bottom-posting, a deleted quote, a second address or phone offered in a sentence; and 8
  help-seekers answering the answer they got (the answer quoted above or below, a parent's or
  school account, a chosen name that is not the one in From, a phone, a second address or a
  Snapchat handle offered for the reply).
- "round14" (dev/round14/): 44 Dutch and Flemish help-seekers in shapes real people use and that
  are easy to overlook: kids of 9-13 with spelling mistakes and dyslexic spelling (one in capitals),
  a kid asking "for a friend" who turns out to be them or is a short form of their own name, pet
  names the family uses as sign-offs (Muisje, Bolleke, Prinsesje, Poekie, Lientje), names only in
  the Subject, "Emma hier." as first line, "ja dus ik ben dus jens" in lower case mid-sentence,
  initials with dots (L.V., K. V. D., J.), nicknames made from the surname (Vdv, Veldeke, Pitte);
  parents, a stepmother and a grandmother in Outlook/Word style with a formal signature block
  (name, street, postcode, phones, a company with VAT number) pasting or quoting the kid's words
  (in quotes, between dashes, as "> " lines, as a WhatsApp chat), a kid typing on a father's
  BlackBerry or a family iPad; kids replying several times in one thread, quoting their own earlier
  mail and Lumi's answer (Gmail, Apple, Outlook and Samsung header blocks, inline answers, a school
  account); Instagram, Snapchat, TikTok, Discord, Roblox and Fortnite names and a WhatsApp number
  offered in the text; a home address and a school given to be picked up or written to.
- "round15" (dev/round15/): 40 help-seekers in French, English and both mixed with Dutch, written
  from the shapes real young people use and that are easy to overlook: long mails in paragraphs
  signed in the middle ("bon voilà c'est moi …", "anyway that's me, …", "bref moi c'est …"), formal
  surname-first introductions ("Je m'appelle Mukendi Ornella", "Nowak Zofia (Zosia)"), first name
  with a surname initial, hyphenated first names and their parts or initials (Marie-Lou/ML/Lou,
  Jean-Baptiste/JB/Jean-Ba), a nickname in quotes or a chosen short form (Jojo, Sonya, Chris), a
  scouts totem; school, university, sport-club and scouts-section accounts with their signature
  blocks or a school disclaimer, a Microsoft 365 "Surname, First" name, a family iPad; pasted
  WhatsApp/Messenger/SMS chats with the writer's own name as a chat author; a parent's address
  given with "don't use it"; Snapchat/Instagram/Discord handles with and without "@" and a
  WhatsApp number offered; Lumi's answer forwarded to a friend who then writes (Gmail and Apple
  forward blocks); HTML-only mails with the name in a coloured span or bold, a signature only in
  the HTML; Apple "Hide My Email" addresses signed with the real name; Congolese, Moroccan,
  Turkish, Polish, Romanian, Syrian, Afghan, Eritrean and Ukrainian names with and without their
  diacritics; replies to Lumi's confirmation above and below the quote.
- "round16" (dev/round16/): 56 Dutch and Flemish help-seekers of 11-19 (tussentaal, Antwerp,
  West-Flemish, Limburg, Brussels Dutch, Netherlands Dutch) in shapes that are easy to overlook,
  written knowing nothing of the relay's rules: the name only in a P.S. or mid-story ("btw ik ben
  X", "(ik ben X trouwens, 15)"), "met X hier", what others call them ("op school noemen ze mij",
  "mijn klas zegt"), trans kids with a deadname and a chosen name, names as hashtags, in emoji or
  regional-indicator lines, in the Subject and first line, nicknames made from both names or the
  initials, name + age + town run together ("kato 14 uit mechelen": town and age content), one
  word a line, voice-to-text with a misheard name; Chiro, KSA, scouts (a totem), hockey-club and
  school accounts with their signatures, a mother's work Outlook with a disclaimer, a father's
  Telenet webmail (HTML only), a brother's Gmail, a family iPad, a mother's Yahoo pasting the
  child's words; replies quoting their own earlier mails (Gmail, Apple, Outlook blocks, nested
  with Lumi's answer); a second address, phones in words, spaced digits and "+32 (0)" form,
  Snapchat/Instagram/TikTok/Discord handles offered in the text.
- "round17" (dev/round17/): 57 help-seekers in French (Brussels, Wallonia, France: SMS style,
  verlan, "jsuis", "slt"), English (expats, international schools, UK/Irish/US teens) and both
  mixed with Dutch, in shapes that are easy to overlook: the name only in a P.S. or mid-story ("ps
  au fait c Inès", "btw it's Liv", "P.P.S. je préfère Cam"), what others call them ("en classe on
  m'appelle Medz", "my mates call me Sully"), trans kids with a deadname in From and a chosen name
  in the text (both identity), compound first names and particles (Marie-Claire de la Vallée,
  Jean-Pierre/JP Van den Berghe, Lotte Van Acker), a name in the Subject and as first line or only
  in the Subject, initials (A.B., TJ), names in emoji lines and hashtags ("#TeamLou",
  "#RowanTheyThem"), name, age and town run together ("léo13charleroi", "alfie 13 leuven"); an
  athénée, a French lycée (Thunderbird), a university, an international school (Microsoft 365
  "Surname, First (Student)") and a football club account with their signatures; a mother's
  notary-office signature, an AMO street worker, a PMS psychologist, an older brother and an older
  sister writing for a young person (whose name is identity too); replies in a thread quoting
  their own earlier mail and Lumi's answer (Gmail, Outlook.com header block, iPhone nested
  quotes), replies to the confirmation; pasted WhatsApp and Instagram chats with their own name or
  handle as author; a second address (plain and "dot ... at"), phones in odd forms ("zero quatre
  sept six / 12 34 56", "04.76-12.34.56", "+32 (0)487 …", French 06), Snap/Insta/TikTok/Discord
  handles; Outlook.com, Yahoo, Orange webmail, Gmail app, iPhone, Samsung, Proton, Thunderbird.
- "round18" (dev/round18/): 50 volunteers' answers in Dutch/Flemish, French and English, written
  as an outside writer in the shapes real volunteers use and that are easy to overlook: naming
  themselves in the body ("ik ben Jef, een van de vrijwilligers", "Moi c'est Nath de l'équipe",
  "it's Becca here"), short forms of their own first name (Trien, Staf, Fien, Miel, Lowie, Cécé,
  Zaza, Ced, Kat, Mags, Dee...), lower case, on the last sentence's line, initials (KVdB, D.H.,
  D.O.), first name + pronouns, a motto, a role only; work signatures of a CAW, CLB, OCMW, CPAS,
  AMO, hospitals, schools, universities, municipalities and companies in Outlook desktop/web/
  mobile, Gmail, Apple Mail, iPhone, Samsung, Thunderbird, Proton, BlackBerry and HTML-only
  webmail, with and without "-- ", nl/fr/en and bilingual disclaimers below, above the name and
  prepended, logos inline and attached, a signature only in the HTML, a vCard, LinkedIn/website/
  Teams/Calendly lines, office hours, an Organization header, an employer in the display name;
  "sent from" lines of many apps (Fairphone, Mail voor Windows, Outlook voor iOS, Mail Orange,
  Workspace ONE Boxer, K-9 Mail, Yahoo for iPhone); a phone, a Signal number and a work address
  offered in a sentence; a colleague named in the text (content) and in an absence line of the
  signature (identity); the help-seeker quoted with ">" between the answer and in running text,
  bottom-posting, hand-written Outlook headers with an external-sender banner naming the employer;
  theme tags, one at the end of a sentence; the pseudonym in greetings.
- "round19" (dev/round19/): 48 help-seekers in Dutch, French and English in the technical and
  family shapes that are easy to overlook: HTML-only mails (the name in bold, in a coloured span or
  a Word-style font, a pros/cons table, a table signature or a Gmail signature only in the HTML),
  inline answers between the quoted lines of Lumi's answer (Thunderbird, Gmail "-->", iPhone caps),
  long Outlook/Samsung/Gmail threads quoting the writer's own earlier mails and Lumi's answers, a
  pasted WhatsApp export and Instagram DMs with the writer as author, an SMS thread with a parent,
  Lumi's confirmation forwarded by a friend who then writes (the friend's address in the forward
  headers labelled as identity) and by the writer from their school address; Word pastes with tabs,
  bullets, numbered lists and form fields, Notes checklists, Docs headings, iPhone/Android dictation
  with spoken punctuation and misheard names; "Familie"/"Famille" and parents' accounts with the
  kid signing, a mother's work signature only in the HTML, a grandmother, a foster mother, a youth
  worker and a counsellor writing for a young person with formal signatures (street, phone,
  organisation, logo, disclaimer); Microsoft 365 "Surname First (number)" and Smartschool accounts;
  Polish, Congolese, Ukrainian (Cyrillic), Syrian (Arabic script), Afghan (Dari script), Turkish and
  Moroccan names with and without diacritics; Snapchat/Discord handles, phones and a second address
  offered in the text; iCloud Hide-My-Email and alias addresses signed with the real name.
- "round20" (dev/round20/): 55 help-seekers, mostly Dutch and Flemish with some Brussels
  French/Dutch mixing, by young people of 10-19 and those who write for them, in shapes that are
  easy to overlook, written knowing nothing of the relay's rules: borrowed accounts (a cousin's,
  friend's, aunt's, sister's, grandmother's, stepfather's with his work signature, a library PC, a
  school PC with a classmate still logged in, a youth-house PC) where the writer says whose account
  it is and who they are; letter-style mails ("Beste Lumi, … Hoogachtend," with name, class and
  school below); a pasted school reflection and a talk's title page with the name in form fields;
  names quoted from an Instagram or TikTok bio; song lyrics and a quote under the name; the name as
  the first word ("Noor. 13. Gent."); names that are also words (Roos, Storm, Lente, Zee, Jade, Bo)
  beside related words that must arrive (rozen, stormweer, lentekriebels, zeeziek); a grandparent's
  nickname; a kid writing in the third person; twins and sisters sharing an account;
  self-corrections ("ik bedoel Lotte niet Lot", a typo); surnames with particles written many
  ways; nested forwards with the name only in an attribution or a subject; two or three contact
  details offered; a street address for folders; a teacher writing with a student.
- "round21" (dev/round21/): 44 volunteers' answers in Dutch/Flemish, French and English in the
  shapes that are easy to overlook: very short answers typed on a phone (typos, no punctuation, a
  lower-case name), an answer cut off under time pressure that ends mid-thought with the name and
  the second answer that follows it quoting the first with its signature, the name inside the text
  ("groetjes van mij, Sofie", "bises de la part de Karim", "x from Meg", "ik ben joris en ..."), an
  answer written in a colleague's mailbox ("ik ben niet Els maar haar collega Bart", under Els's
  work signature), autocorrected names and their correction ("xx Lotto / *Lotte"), initials and
  emoji or a heart as sign-offs, pronouns and languages lines, a podcast, Instagram and website for
  work, the volunteer's own phone offered for emergencies (identity) beside helpline numbers (1712,
  1813, 107, 116 111: content), a signature as an image with alt text, a vCard, a signature table
  only in the HTML, nl/fr/en confidentiality footers naming the employer; Outlook
  desktop/web/iOS/Android, Gmail web/Android/iOS, Apple Mail, iPhone, Samsung, Proton, Tutanota,
  Yahoo, GMX, Thunderbird, Spark, Edison and BlueMail.
- "round22" (dev/round22/): help-seekers of 10-19 in French (Brussels, Wallonia, France, Québec,
  West/Central African diaspora), English (UK, Irish, US, international schools) and both mixed
  with Dutch, Arabic, Darija and Lingala, and people writing for them, in shapes that are easy to
  overlook: borrowed accounts (a friend's, a cousin's, a library or school computer) where the
  writer says whose account it is and who they are; letter-style mails ("Madame, Monsieur, …
  Cordialement", "Dear Sir or Madam") signed with name, class and school; surnames in capitals
  before or after the first name; the name as first word ("Yanis. 14 ans. Liège."); Instagram and
  TikTok bios quoted; kids writing about themselves in the third person; names that are also words
  (Chance, Victoire, Prince, Storm, Jade, Merveille: the word use marked <<…>>, neither content nor
  identity, since the scoring cannot tell it from the name; Hope/hoping, Rose/roses, Océane/océan
  as content); chosen names beside deadnames; corrected names ("c'est Maëlle pas Maëlys", an
  autocorrect); Arabic, Tigrinya, Lingala and Wolof names in several spellings and scripts; two or
  more contact details offered; replies in threads where the name is only in an old quoted part; an
  éducatrice, a mother and a big sister writing for a young person; SMS French and Québec French.
- "round23" (dev/round23/): 44 volunteers' answers in Dutch/Flemish, French and English by
  volunteers from students to retirees, in shapes that are easy to overlook: signatures joined
  on one line with " · ", " • " or tabs, name lines in capitals or Unicode small caps, titles
  (dr., mr., prof. dr. ir., Lic., Dr.), middle names and initials, a maiden name (Peeters-Wouters),
  pronouns ("(zij/haar)", "(iel/hen)", she/her), a first name with the employer's logo alt text,
  "Met vriendelijke groet" over long legal footers with KBO/BCE and BTW/TVA numbers, the
  volunteer's own landline, GSM, Signal number and second address in running text, "sent from"
  lines in the volunteer's language (Galaxy, iPad, Outlook for Android), the help-seeker quoted
  inline with answers between the quoted lines, a P.S. under the name, shared team mailboxes
  signed "team Lumi" and a first name, the signature below the quoted history; Flemish, Walloon,
  Congolese, Vietnamese, Moroccan, Indian, Irish, Greek, Brazilian, Ghanaian, Turkish and
  Lebanese and Ukrainian names.
- "round24" (dev/round24/): 48 help-seekers of 10-19 in Dutch/Flemish, French and English, in
  shapes earlier rounds may not have tried, written knowing nothing of the relay's rules: the name
  inside a greeting to Lumi ("Hallo Lumi, Jana hier", "coucou c'est Inès de Namur"); the name after
  a dash ending a sentence ("dat is alles - mats"); the name in a question about the name ("is Lotte
  een rare naam voor een jongen?"); signatures generated by a school platform (Smartschool, a
  collège's platform, an international school), a sports club app (Twizzit, Sportlink) or a
  parent's company with a disclaimer; the name in an emoticon line or ASCII art; nicknames made by
  doubling (Jojo, Lulu, Didi) or shortening (Lex, Xan, Sacha); a first name with a typo once and
  right once; the name only in the HTML title or a selfie's alt text; lower-case initials ("gr,
  lv"); "Peeters, Lien"; a reply address in words ("lien2011 at telenet punt be", "arobase");
  the birth year and age (content); Instagram handles with dots and underscores; WhatsApp numbers
  in international form with spaces. (round23 is written apart, at the same time.)
- "round25" (dev/round25/): 40 Dutch and Flemish help-seekers of 10-19 and those who write for
  them, as they write when upset, in a hurry or on a phone, written knowing nothing of the relay's
  rules: everything in one long line with commas; a subject and one word; capitals; emoji between
  words; voice-to-text; one word a line; three short messages quoted in one reply (the earlier
  ones neither content nor identity, their names identity); pasted Snapchat/WhatsApp chats with
  timestamps and the writer as author; school M365 accounts ("Wouters Jonas (leerling)") signed
  with a nickname; a parent's phone or work signature with "dit is niet mama"; an older sibling
  forwarding the kid's message with their own signature; Flemish, Moroccan, Turkish, Polish,
  Congolese, Syrian, Afghan, Ukrainian (also in Cyrillic) and Roma names with and without
  diacritics. (round26-28 are written apart, at the same time.)
- "round26" (dev/round26/): 41 help-seekers of 10-19 in French, English and both mixed (with
  Dutch and Wolof words), and those who write for them, as people write when upset, in a hurry or
  on a phone, written knowing nothing of the relay's rules: everything in one long line, only a
  subject and one word in the body, all capitals, emoji between words, a transcribed voice message
  (the transcription app's line is neither), chat style with a line break after each word, three
  short messages sent again in one mail, pasted Snapchat/WhatsApp/Discord/Instagram conversations
  with timestamps where the writer's name or handle is the chat author (identity; the other
  people in the chat are content), school Google Workspace and M365 accounts ("LUKUSA Thierry",
  "Bianchi, Nicolò (Student)", "El Amrani, Youssef (Élève)") signed with a nickname, a parent's
  phone with the parent's name in From and the kid writing "c'est pas maman", older siblings
  forwarding the kid's message with their own signature (both the sibling's and the kid's names
  are identity); Belgian, French, Moroccan, Algerian, Congolese, Cameroonian, Senegalese,
  Portuguese, Italian, Romanian, Syrian, Afghan and Ukrainian names (one in Cyrillic), with and
  without diacritics. (round25, 27 and 28 are written apart, at the same time.)
- "round27" (dev/round27/): volunteers' answers in Dutch/Flemish, French and English written the
  way volunteers answer after a long day, knowing nothing of the relay's rules: warm answers of
  several paragraphs with the volunteer's first name in the middle of a sentence; their own
  experience with the school, village and club they grew up in (content, not identity); a
  colleague named in the text (content); employer accounts whose Outlook adds a forgotten
  signature and an nl/fr/en disclaimer; the help-seeker's words quoted in the middle; a resource
  link and a public helpline number (content) beside the volunteer's own mobile (identity);
  sign-offs with nicknames, initials and a heart. (round25, 26 and 28 are written apart.)
- "round28" (dev/round28/): help-seekers in Dutch/Flemish, French and English written as an
  adversary of content loss: the writer's OWN WORDS in the shapes name-finding rules look for
  ("ze noemen mij flikker", "on m'appelle gouine", "they call her Jojo" about a friend), pet
  forms and doubled syllables of friends, pets and family ("Lulu", "Jojo", "tata", "baba"),
  "X aka Y", "(of gewoon FN)", "(MC really)" about games and friends, "*" correction lines,
  words after "merci"/"bedankt"/"thanks" ("merci encore", "thanks anyway", "thanks jade" about a
  stone), "wij zijn Marokkanen en moslims", "Bang ben ik", quoted Instagram bios of a friend or a
  celebrity, "vroeger heette het …" about a school or street, initials of schools and clubs
  ("KTA", "KVM", "OK", "EL"), class and team codes ("4B", "U15"), towns after "van"/"uit"/"de",
  bands in capitals, small-capital and emoji-decorated words, dates with hours, times and scores,
  long links and role words opening a line ("coach van ons team"). Only the writer's own name is
  identity. (round25-27 are written apart, at the same time.)
- "round29" (dev/round29/): help-seekers in Dutch/Flemish, French and English written as an
  adversary of content loss: the writer's OWN WORDS in the shapes identity rules look for
  ("ik ben moe", "je suis Perdue", "I'm Will-ing", "ik ben Marokkaans"), one capitalised word on
  the last line ("Help", "Hoop", "Merci", "Sorry", "Cheers", an emoji word), a word in brackets
  after a friend's name ("Sara (mijn lief)"), "c'est Netflix"/"c'est Bruxelles", "Gent
  hier"/"London here", game, Discord and YouTube handles in a story, numbers that are not phones
  (order numbers, a locker code, a bus line, scores, school years "2025-2026"), streets in a song
  title or a story ("Kerkstraat 12", "rue Neuve", "de Meir"), postcodes in a story about moving,
  client-like lines ("Verzonden vanuit de les", "sent from my bed at 3am"), "--" lines inside the
  writer's text, a P.S. with a friend's name, "groetjes uit Gent"/"bisous à tous", text in
  capitals and initials of schools and clubs. Only the writer's own name is identity. (round30
  is written apart, at the same time.)
- "round30" (dev/round30/): volunteers' answers in Dutch/Flemish, French and English written as
  an adversary of content loss: the volunteer's OWN WORDS for the young person in the shapes
  signature rules look for: advice as short unpunctuated lines, ideas joined with " | " or " · ",
  resources as "organisation – what they do – website", helpline numbers, a role word opening a
  sentence ("Coördinator van je school kan helpen"), "host of a podcast you might like: …",
  "Sent from …"/"Verzonden vanaf …" inside the story, a confidentiality paragraph that reads like
  a disclaimer, "Warm regards from all of us" followed by more advice, a "--" line before a P.S.,
  capitals and small capitals for emphasis, a poem with its poet, book titles with authors. Only
  the volunteer's own name, employer and contact details are identity. (round29 is written apart,
  at the same time.)
- "round31" (dev/round31/): 40 volunteers' answers, mostly Dutch/Flemish (with French and
  English), written as an outside try knowing nothing of the relay's rules, from work accounts of
  many kinds of employers (a CAW, a sociaal huis, a CPAS, a mutualiteit, a CLB, a JAC, secondary,
  primary, French-speaking and international schools, hospitals, the police, banks, a Flemish
  agency, a city, a Dutch municipality, the VDAB, a pharma company, a building firm, a
  hairdresser, an accountant, a notary's office, a photographer, a designer and a coach) and from
  private Gmail, iCloud, Telenet, Skynet, Hotmail, Outlook, Yahoo and Proton accounts: Outlook
  tables with a photo's alt text, one-line " · " signatures, cards with two or three phones,
  legal footers with KBO/BTW/TVA, RPR/RPM, FSMA and ITAA numbers, social links and booking links,
  logos inline and attached, a vCard, marketing banners and office-closed notices, disclaimers
  above and below the name, a classification label, a client line above a server-side signature,
  reversed and "(employer)" display names, a shop mailbox, short forms (Trien, Jef, Fien, Dan,
  Manu, Mie), initials (KV, J., MJ), an answer from a colleague's mailbox, a P.S. under the
  signature, the name in the middle of the text; and answers whose own advice looks like a
  signature or a card (an organisation's address and hours, helpline numbers, a letter to parents
  and a Smartschool message signed "(jouw naam)", a closing without a name), which stay.
- "round32" (dev/round32/): 41 volunteers' answers in French (Brussels, Wallonia) and English
  (expats, international organisations, UK/US/Irish/Nigerian/Ghanaian volunteers), some mixed
  with Dutch, written by an outside writer knowing nothing of the relay's rules: work accounts of
  a CPAS, an AMO, a youth house, a municipality, the SAJ, a family planning centre, a mutualité,
  hospitals, universities, the Commission (a "CLAES Anne-Sophie (EMPL)" display name), the
  Parliament, Eurocontrol, NGOs, companies, law firms and schools, and private accounts; bilingual
  blocks, " | " one-liners, cards with several phones and a pager, HTML tables with photo and logo
  alt text (one only in the HTML), legal footers with BCE/TVA/VAT, IBAN, LLP/SRA and ORCID numbers,
  social handles, logos, a vCard, external-sender banners in a hand-written Outlook quote,
  disclaimers above and below the name; short forms, initials, nicknames, titles, pronouns, a P.S.
  under the signature, the name in the text; and advice shaped like a signature, a header block or
  a client line (a model mail ending "Merci, / (ton prénom) – 3e C", an address card in a P.S.,
  "Envoyé de mon iPhone" alone on a line, "Sent from my sofa, …"), which is content.
- "round33" (dev/round33/): 49 help-seekers (25 Dutch/Flemish, 13 French, 11 English) of 11-17 and
  a grandmother, mother, father, older sister and teacher writing for them, written as an outside
  writer knowing nothing of the relay's rules, in shapes that are easy to overlook: the name said
  once in a long mail inside a parent's quoted words, in a question about the name ("is Robin een
  jongensnaam?", "is Quentin a gay name?"), as the author of a pasted WhatsApp or Discord log or
  in a friend's message in the text of an Instagram/Snapchat screenshot, nicknames made from the
  surname (Claeske, Dédé, Fitzy, Kaddie), footers a school or club platform adds ("Leerling: Van
  Damme Sara", "Élève : KABONGO Grâce", a safeguarding footer, "X via Clubplein" with a Reply-To),
  only in an HTML-only mail's markup (Word's <o:Author> and <o:Company>, a mailto: or Instagram
  href behind plain words, Unicode script letters in a styled heading, a name split into coloured
  letters, a Bitmoji alt text), only in a mother's display name; other people's accounts with
  their signatures and disclaimers (a father's company Outlook with a logo, a brother's Gmail, a
  sister's university, a grandmother's iPad, a youth centre, a public library PC, a father's
  bilingual federal signature); contact details in odd forms (digits and words mixed, keycap emoji
  digits, "DOT … AT", "arobase … point", a spoken UK number, a spelled handle); Gmail, Outlook and
  Apple replies quoting Lumi's answer and the writer's own earlier mail with its name or old
  signature; and the writer's own words shaped like a signature, header block or form ("Met
  vriendelijke groeten, / iemand die het ook niet weet", "Aan: mama / Onderwerp: …", "Name: rather
  not say", "Pièce jointe : aucune (…)"). Only the writer's (and the account holder's) names and
  contact details are identity; a child's name in an adult's text is identity when the adult
  writes for that child (the Format's policy, since 2026-12-07; content before).
- "round34" (dev/round34/): 32 volunteers' answers in Dutch/Flemish, written by an outside writer
  knowing nothing of the relay's rules, in shapes that are easy to overlook: answers typed on a
  phone or tablet (Outlook for iOS and Android, Gmail iOS/Android, Samsung with a "Galaxy Tab" line,
  a Huawei line under BlueMail, iPad, Spark, Yahoo; WhatsApp-style short lines with "x liesje" or
  "Mo" as the last line), HTML-only answers whose signature is an image with alt text (a URL or a
  cid: logo), an Outlook table or coloured text, a Gmail signature only in the HTML; signatures the
  volunteers set up themselves (a quote, pronouns, a nickname like "Joske" or "Saar", a gymnastics
  club, a choir, a personal website, Instagram); a second job in the signature (a bike shop with
  street and phone, a speech-therapy practice, yoga lessons, a hospital); a family account ("Fam.
  Peeters - De Smet") and a couple's account ("Koen & Lotte") where the partner's name is identity
  too; answers from a school account and an old Hotmail with a handle as display name and the usual
  address offered in a P.S.; the volunteer's own number "als het echt dringend is" (identity) beside
  1712 and 102; a colleague-volunteer, the volunteer's own town, school and university named in the
  text (content); and advice shaped like a signature or client line (a helpline card list, a model
  note ending "Dank u, / [nieuwe naam], 4B", a quote with "– mijn oma" under it, iPhone settings
  paths, "Verstuurd vanaf de trein tussen Mechelen en Brussel"), which is content.
- "round35" (dev/round35/): 30 volunteers' answers (16 French, 14 English, some mixed with
  Dutch) written by an outside writer knowing nothing of the relay's rules, in shapes that are
  easy to overlook: answers typed on a phone or tablet (typos, no punctuation, "Sent from Bex's
  iPad", "Envoyé de l'iPad de Josiane"), HTML-only answers whose signature is an image with the
  name and a mobile in its alt text, an Outlook table with a photo or logo, or coloured text with
  a quote; signatures the volunteer set up themselves (a quote, pronouns "(she/they)"/"(iel)", a
  nickname, a hockey, basketball or running club, a blog or personal website only in the HTML,
  Instagram, a podcast); a student or second job in the signature (barista, Decathlon, scouts,
  a ceramics workshop); a shared family account ("The Hendersons", "Famille Dupont-Leclercq")
  with the writing parent named in the text; a retired doctor's and school head's old work
  signature with its disclaimer; the name in the greeting line or first sentence ("C'est Lucie,
  bénévole…", "Ruth here", "I'm Wout"); a volunteer's own phone or WhatsApp number for
  emergencies beside 112/102/103 (identity); and advice that looks like a signature or client
  line (helpline lines after "Take care of yourself,", an organisation's address card, a model
  school signature "Sam (he/him) / Year 9", Snapchat's report steps), which is content.
- "round36" (dev/round36/): 34 help-seekers (17 Dutch/Flemish, 8 French, 9 English) of 12-17 and
  adults writing for them, by an outside writer knowing nothing of the relay's rules, in shapes
  easy to overlook: a kid on a mother's, stepfather's, father's, stepdad's, brother's or
  grandmother's account with the holder's name, title, employer, VAT number and disclaimer under
  the kid's words (an Outlook logo, BlackBerry, a one-line " | " card, a "-- " student card, "Veel
  liefs van oma Rita en opa Fons" on an iPad); a grandfather, a grandad, a stepmother, an older
  sister and an older brother writing for a child (the child's name identity since the Format's
  policy of 2026-12-07; content before); sign-offs by
  nickname (kiki, bean), an emoji-framed name ("🦋 ly 🦋", "☁️ sky ☁️", "💜 yas 💜"), initials
  (J.D.V., EH), name + class + school, the name in a P.S., in brackets or only in the Subject;
  second addresses, phones and handles in words ("apenstaartje … punt", "(at) … (punt)", "arobase
  … point", "dot … at", numbers in nl/fr/ en words, Discord/TikTok/Snapchat); replies to Lumi's
  answer whose only name or signature (a mother's notary-office card) is in the hand-quoted
  earlier mails (Gmail "> >", Outlook header blocks, Apple nested quotes); and the writer's own
  words shaped like name/role lines, sign-off blocks and client lines ("meneer Claes – leerkracht
  LO", "Signed, / a kid who is tired of pretending / Year 9 / Brussels", "Envoyé depuis les
  toilettes du lycée …"), which are content.
- "round37" (dev/round37/): 40 volunteers' answers (18 Dutch/Flemish, 11 French, 11 English) by
  an outside writer knowing nothing of the relay's rules, in shapes easy to overlook: volunteers who
  sign with another name than the registered nickname (a roepnaam "Hans" for Johannes, a middle
  name "Griet", "Sjef", "Dries", "Nele", "Sien", "Maïté", "Seun", "Tom", "Mo", "Ju", "Cél"); answers
  from a shared family Thunderbird (the children in the family signature) and from a partner's
  account under the partner's work card (a zaakvoerder, a gérant, a surveyor; once the partner
  named in the text); teachers (Google Workspace for Education footers, one only in the HTML),
  nurses (hospital EPD/DPI/EPR lines), police officers (BlackBerry, "101" in the card), priests
  (mass times, a Bible verse, "meneer pastoor"), coaches, a union, a mutualiteit, "Stad"/"Ville"
  footers, a ZZP card with KvK number, Etsy and Shopify shops; two-column signatures (tabs with an
  HTML table naming a co-owner, spaces); an emoji sign-off ("🌻 Ine", "🌸 Lou", "🌼 Mo"), dialect
  sign-offs (groetn, salukes, houdoe, a+, bisous, A r'vèy, Mind how you go), the name only in a
  P.S. greeting, a teacher's "mevr. Wouters" corrected to the first name, an answer that quotes
  the help-seeker and signs right under a quote; Superhuman (its link holding the address),
  Mailspring, Canary, Outlook Lite and French Yahoo lines, a client line above a server footer;
  out-of-office remnants naming a colleague (identity); a colleague's forwarded advice with the
  colleague's card (the advice content, the card and the forward header not, the colleague's
  names identity); and advice shaped like a card, a form or a sign-off ("Naam in de klas: …",
  "Date : / Heure : / Témoins :", "Head up. / Mouth shut. / Tell me after. / – Coach", "– me,
  happily single"), which is content.
- "round38" (dev/round38/): 40 help-seekers (18 Dutch/Flemish, 11 French, 11 English, some
  mixed) of 12-18 and adults writing for them, by an outside writer knowing nothing of the relay's
  rules, in shapes earlier rounds had not tried: the name given while explaining a problem with it
  ("mijn naam is Kim en daarom pesten ze", Kévin, Ashley, Aoife) with the mocking variants others
  make of it (Kimberly, Kévina, Ashleyyy, Oeffie); the name only in a pasted message from a teacher
  or parent addressed to the writer ("Beste Noor," from Smartschool with the teacher's
  signature-shaped lines, « Bonjour Anaïs, » from Pronote, a WhatsApp to "Lieve Jasper"/"Jas", a
  text from Dad to "Ellie"); "ik heet officieel X maar iedereen zegt Y" and its fr/en forms
  (Mohammed-Amine/Amine/Mimo, Mathis/Maëlle, Alexandra/Sasha/Sashenka/Sasa); hyphen and apostrophe
  variants of one name (Lou-Anne/Lou Anne/LouAnne/U+2010/Lou, N'Diaye/N’Diaye/Ndiaye/Diaye,
  O'Sullivan/O’Sullivan/OSullivan/O Sullivan); kids on a KSA's, a patro's, a swimming club's and a
  football team's shared mailbox whose footer names the club (a logo, a disclaimer, a Reply-To);
  addresses holding the full name signed with a nickname (lolo, Mxm, Teddy); names spelled with
  words ("S zoals Sofie, …", "N comme Nicolas, …", NATO "Romeo India Lima Echo Yankee") or letter
  by letter ("m i l a n"); mails that are only a subject line ("zie onderwerp", "pls", "voir
  objet", a phone in the Subject); a story cut off mid-sentence and its "deel 2" quoting it, a
  "suite" under the quoted confirmation, a "part 2" above it; youth workers' anonymised intros ("de
  jongere noem ik J.", « Y. », "K.") over their work signatures (one only in the HTML); +tag
  addresses in From and in the text; phones with a country code in text-speak ("plus32 vier7zes 12
  34 56", "+33 six 12 trente4 56 78", "+44 77double0 9OO one2three"); and the writer's own words
  shaped like signatures, lists and quotes (a draft letter signed with the name, age and height, a
  timetable, quotes attributed to a teacher, classmates and a doctor, joke signatures with a
  "Service" and "Ext. 0" line), which are content.
- "round39" (dev/round39/): 36 volunteers' answers (16 Dutch/Flemish, 10 French, 10 English) by
  an outside writer knowing nothing of the relay's rules, in shapes earlier rounds had not tried: a
  second answer the next day quoting the volunteer's own first answer with its signature and phone
  (Gmail "> " quotes, a hand-pasted Outlook "De : / Envoyé : / À : / Objet :" block); old
  employers' cards pasted as plain text with a job title in another language (an "Avocate |
  Collaboratrice senior" card under English, "Senior HR Business Partner" under French, "Senior
  Project Manager" under Dutch), with the volunteer's apology for it in the text; titles before or
  after the name in the text and the card ("Dr Okafor here", "Dokter Goossens hier", "Ici la Dre
  Lambert", « Maître Delvaux », "Mtr. Van Damme", "Ms Brennan", "Me", "Prof. dr.", "PhD", "RN",
  RIZIV/INAMI numbers); cards with ▪, ‖, ⎮ and ― separators, ASCII and box-drawing boxes, ASCII
  art; bilingual nl/fr cards one column after the other; voice-dictated answers with "punt",
  "komma", "virgule", "full stop" typed out and the name said at the end; "J. Peeters", "K.
  Mensah", a surname only, "meneer Peeters", "mevrouw Jacobs", "Mme Verstraete"; Mastodon,
  Bluesky, Matrix, Signal and Threema handles offered in the text and the card; a personal website
  in a sentence; the name in the greeting ("Hoi, Lotte hier van Lumi"); a name that is a word
  (Wren); and advice shaped like a card or contact lines (helpline numbers joined with ▪ or in a
  box, a school's vertrouwenspersoon with a room and hours but no name), which is content.
- "round40" (dev/round40/): 36 help-seekers (16 Dutch/Flemish, 10 French, 10 English, some
  mixed) of 11-19 and adults writing for them, by an outside writer knowing nothing of the relay's
  rules, in shapes earlier rounds had not tried: the name only in a file name the writer refers to
  (also the attachment's filename), a Google Docs title with its share link, a padlet URL, a blog
  subdomain; names run together in hashtags (#noorisraar, #titilatapette); a name sung into a
  rewritten song (Happy Birthday, Frère Jacques, Twinkle Twinkle); nicknames explained by their
  origin (Bibi for Bianca, Rainy for Xiaoyu); third-person mails signed with a made-up name
  (content) then the real one; two friends writing in turns ("- hier is Yasmine nu"), both names
  identity; school accounts named "Leerling 4B", "ETU 20230456", "S20231234" with name, class and
  student number in the signature; names with and without diacritics in one mail (Zoë/Zoe,
  Ștefan/Ştefan/Stefan, Yılmaz/Yilmaz, Trần/Tran); Polish, Turkish, Romanian, Eritrean (ሰላም),
  Vietnamese and Chinese (王小雨) names; phones with "00" for "+", spaces inside groups or split
  over two lines; a street where something happened (content) beside the writer's own (identity);
  and own words shaped like sign-offs (a letter to a future self, a locker note, a poem of
  "Yours sincerely," lines, a "From:" line), which are content.
- "round41" (dev/round41/): 36 help-seekers (16 Dutch/Flemish, 10 French, 10 English, some
  mixed) of 10-19 and adults writing for them, by an outside writer knowing nothing of the relay's
  rules, on what newer devices, apps and tools add to a mail and on identity outside From: dictated
  on a smartwatch with the name misheard ("wanneer's", "mais ouène") and the commands "stop /
  verzenden", "Point / Envoyer" as content; SMS-to-mail gateways (the number in From, Subject and
  the gateway's footer, "(1/3)" part markers); a shared family tablet with the family in the
  Organization header; a youth house PC with the kid's address only in Reply-To; the full name only
  in Disposition-Notification-To or Return-Receipt-To; the writer's own second address or a parent
  in Cc; pasted school-platform text (a submission header and the teacher's feedback, a class
  stream with classmates' names as content, an absences screenshot's text, a timetable headed
  with the name), pasted Life360 and parental-control notifications, a one-page profile and a
  filled-in letter template with its field labels and "[Signature]"/"[Uw naam]" left in (content);
  translation tools that translate the name as a word ("Hoop" for Надія, "Espoir" for Umut) with
  the original beside it; accessibility tools (a reading-software footer with the licence holder's
  name, a pictogram app's message copied by a mother, Voice Control's "new line"/"comma" typed out);
  a school-managed Chromebook footer with the assigned user; an app's share mail with a personal
  note; a letterhead above the text; mails written together (a school's rainbow group on a
  teacher's laptop, a couple signing with their ship name) or passed on (a paper letter typed over
  by a cousin, a little sister's words copied by the older one), every writer identity; and own
  words shaped like what a relay cuts (greentext lines starting with ">", a fake forward header to
  oneself, a confidentiality notice below the name, an AI-polished draft above the kid's own),
  which are content.
- "round42" (dev/round42/): 36 volunteers' answers (16 Dutch/Flemish, 10 French, 10 English) by
  an outside writer knowing nothing of the relay's rules, as an adversary of content loss that also
  carries identity: the volunteer's own words placed where signature rules look, beside their real
  identity (work cards of a CAW, a CPAS, a hospital, a municipality, a ministry, a school, a
  university, a law firm, a dentist, architects and a joinery with disclaimers, logos, extensions
  and a VAT number; private, family and couple accounts; short forms and initials): a P.S. after a
  card's disclaimer or between a disclaimer and a BlackBerry line; a second thought between the name
  and a "-- " card; steps under the name or under initials; advice after a client line typed in the
  body (Samsung, Galaxy, Outlook for iOS); a P.S. under a "-- " family signature with the partner's
  and children's names; a school's and helplines' contact lines shaped like a card between the name
  and the real card; a poem, a proverb or a quote under a card or under the name; helplines and a
  model text in an HTML table; a message to the young person inside a self-made box signature; a
  P.S. below a hand-quoted forward; voice-to-text going on after a misheard name ("wannes goed
  gebeur", identity); advice between two sign-offs in West-Flemish; a warm closing and a "#thema:"
  line after a card. The advice, resources, model messages, poems and P.S. lines are content.
- "round43" (dev/round43/): 36 help-seekers (16 Dutch/Flemish, 10 French, 10 English) of 11-18,
  by an outside writer knowing nothing of the relay's rules, on where identity hides in what
  devices, apps, schools and services add or what the writer pastes, and with their own words
  shaped like what a relay cuts: the name only in a Received header's hostname, in the To display
  name the kid saved the helpline under, in their own second address in To, in an HTML link's href
  and title, in a Google link's "authuser=" parameter, in an OpenPGP header's key URL, in the
  Subject Delta Chat writes ("Message from …") with an Autocrypt header; in attachments (a calendar
  invite's ORGANIZER, the writer's own vCard); in pasted or forwarded things (a Tikkie request with
  an IBAN, a Venmo feed line, a delivery notice and a Vinted/Mondial Relay label with the street, a
  Gmail print header, a bounce with the original headers and text, a Google Forms receipt that
  recorded the address, a forwarded class mail with the writer among classmates in "Pour :", an
  École Directe note, a library reminder with a card number, a Notion page title and "Last edited
  by", a poetry-competition entry form, a Wattpad byline and copyright line, a lock screen text, an
  AirDrop device name, a website form's fields); a scouts totem name; the name in regional-indicator
  letters; and own words shaped like what a relay cuts (diary entries headed "Op … schreef ik:", a
  mother's letter under "Le … maman a écrit :", Gmail indent blockquotes in HTML-only mail, a
  parent's Outlook signature and disclaimer inserted in the middle with the kid's words under it,
  "Wat:/Wanneer:/Waar:/Wie:/Bijlage:" and "TW:/CW:/Re:" lines, profile cards with "Name: not
  telling"/"Prénom : pas envie", age, class and town as a signature without a name, "Signé : moi",
  PGP armor around the text, "Sent from my brain at 2am"), which are content.
- "round44" (dev/round44/): 36 volunteers' answers (16 Dutch/Flemish, 10 French, 10 English) by an
  outside writer knowing nothing of the relay's rules, as an adversary of content loss that also
  carries identity where devices, employers, mail tools and habits put it: a TL;DR after an
  antivirus "scanned by <employer>" line; a model mail with "To:/Subject:" lines, a role-play script
  ("toi :", "ta mère :"), a model chat with "[21:14] jij:" timestamps and a "knip hier" scissors
  line followed by a text for a sister; footnotes ("[1]", "*") and a glossary ("aro = ...") after
  the name; "V:/A:" lines, a mock business card for the reader ("Naam: jij / Functie: ..."), opening
  hours and street addresses of resources, a week plan and checkbox/emoji lists after the sign-off;
  a notary's letter with a dateline, ending in "Bijlage:" and "Kopie aan:" under the name;
  "Aan:/Over:/Van:" lines typed at the top; a "#thema:" line in the middle; advice after a DeepL
  line, an Avast line and a Mailtrack line; a watch-dictated caps one-liner with the name at its
  end; a P.S. inside Gmail's and Outlook web's signature divs and inside a couple's moz-signature; a
  model text in a Gmail indent blockquote; a "▎" bar before the volunteer's own phrases; a
  voice-message transcript under "Spraakbericht van <name>". Identity in new places: a sensitivity
  label naming the employer above the greeting and in Organization, the device's host name in a
  Received header (iMac, PC, iPad, ThinkPad), a Reply-To to another address, Sender of a partner's
  account, Disposition-Notification-To/Return-Receipt-To, the account name inside a Google
  Docs/Drive or Spotify link, a tracking pixel's user id, a signature image's file name, a Bitmoji's
  alt text, "Sent from my Apple Watch", a family domain, "Mr." before a notary's name.
- "round45" (dev/round45/): 5 help-seekers (nl, fr, en) on a parent's or a school's account whose
  client inserted the account's signature template (name, role, employer, phone, a disclaimer or a
  client line) in the middle of the text, with the kid's words under it in short unpunctuated
  lines only; written by the fixer of that loss.
- "round46" (dev/round46/): 5 help-seekers (nl, fr, en) who write a line, paste something that
  names them (a school platform's note, a lock screen, a payment line) and then write one short
  unpunctuated last line only ("help me aub", "aidez moi svp", "what do I do"); written by the
  fixer of that loss.
- "round47" (dev/round47/): 36 help-seekers (24 Dutch/Flemish, 6 French, 6 English) of 11-17 and
  a parent, a sister and a grandmother's account, by an outside writer knowing nothing of the
  relay's rules, as an adversary of content loss that also carries identity in forms and places
  earlier rounds do not name: the name written backwards, in leetspeak, without its vowels
  ("jsr"), with a phonetic respelling and a mispronounced variant, in Arabizi with a digit
  ("Sa3id"), in verlan ("Rimka"), in combining strikethrough letters, a chosen name in Morse code;
  pasted or forwarded things that name the writer: a Strava activity with the father's full name in
  the kudos, a Duolingo streak share with a handle in the invite link, a newsletter whose footer
  holds a second own address, an e-ticket's holder, order number and barcode, a name-change form
  with the national register number, WhatsApp's number-change notice with the new number, Google
  Docs comment authors, an Outlook recall report, Life360 arrival notices with the home street, a
  birthday card with the deadname, a group chat renamed after the writer, a chatbot's answer
  addressing the writer, a time-capsule confirmation with a second address, a club's results list,
  an Apple "Ask to Buy" request with the child's Apple ID, a petition confirmation and its public
  signers list, a radio dedication, an OCR-copied notebook cover with name, class and school, a
  crowdfunding page and its link, a quiz result with a handle, a shared wish list, a Screen Time
  report, a theatre programme's cast list; a home given as map coordinates, a Plus Code or
  what3words; a game friend code; a hostname in the References of a reply to the writer's own sent
  mail. Own words shaped like what a relay cuts (all content): short last lines ("gg", "sorry",
  "x", "ajuus", "mo ja / ewa / salam", "Relou. / Chelou."), a "DISCLAIMER:" line, a
  card-shaped game character sheet, "+"/"-" lists, a letter to the future self with "Van:/Aan:/
  Onderwerp:" lines and "Van mij", sign-offs inside pasted cards and letters with the writer's
  words under them, a chatbot's disclaimer followed by the writer's words, capitals lines, band,
  app, brand, game-character, idol, friend and teacher names, streets and places that are not the
  writer's, helpline numbers, prices, times, distances and ids that are not phones.
- "round48" (dev/round48/): 36 help-seekers (14 French, 12 English, 10 Dutch/Flemish), most mixing
  in a family language, by an outside writer knowing nothing of the relay's rules: identity in the
  forms of the family's languages, scripts, apps and services (a mother's kunya "Oum Rayane" /
  "أم ريان" as display name and signature; phones in Arabic-Indic and Persian digits; a Persian
  surname with a zero-width non-joiner, an Arabic name stretched with tatweel, one with harakat, one
  in Tifinagh; the name declined or suffixed by the family's grammar (Polish "Kasiu/Kaśka/Kasię",
  Ukrainian "Сашуню/Сашенько", Turkish "Elif'e/Elif'in/Elifçim", Romanian "Ștefania/Ştefania/
  Stefania"), family diminutives ("Hamoudi/حمودي", "Biazinha", "Joãozinho/Joãozito", "Amir-joon",
  "Jawad-jan"), transliterations of one name (Yevhenii/Jevgeni/Євгеній/Zhenya/Zjenja/Женя), a
  Congolese postnom in "NOM POSTNOM Prénom" order, an Eritrean patronymic ("wedi Tesfay", "ወዲ
  ተስፋይ"), an Akan day name beside a church name, Spanish double names and two surnames ("Majo",
  "MJ", "Ortega"), a foster family's surname beside the birth surname; national and file numbers (a
  mutualiteit sticker with INSZ and the father as titular, a Registre national number without dots,
  a Brazilian CPF as Pix key, an asylum "OV" number and a reception-centre room); a Doctolib
  confirmation with birth date and a masked phone, Life360, Family Link (a parent's full name, a
  device "Galaxy A14 van …"), a Ukrainian online school's e-diary, a ChatGPT chat with its saved
  memories, a Lebara top-up SMS, a WhatsApp export with mentions in Unicode isolates, an address
  and phone between bidi marks, an uncle's "c/o" address; forward headers and a reply attribution
  in Arabic, Polish and Portuguese) and own words a relay might cut (Arabizi with digits, last lines
  in Cyrillic, Arabic, Ge'ez, Tifinagh, Lingala, Pular, Twi, Albanian, Kabyle and Turkish, "Sabır"
  alone, Turkish capitals with "İ", RTL paragraphs in HTML-only mail, a text in Arabic and again
  in machine translation, pasted Viber and Messenger lines with the kid's translation, a mother's
  Polish letter under a forward header, client lines in the family's language).
- "round49" (dev/round49/): 36 help-seekers (20 Dutch/Flemish, 8 French, 8 English) of 13-18, by an
  outside writer knowing nothing of the relay's rules, as an adversary of content loss in long and
  layered mails that also carry identity in places and forms earlier rounds do not name. The
  writer's own words inside or after what a relay might cut as a block: a letter to a dead
  grandfather, to a mother, to an ex and to a crush signed with the writer's name mid-mail (with
  P.S. lines inside the letter and the writer's own P.S. after it), a draft mail to a father under
  an "Aan:" line, an acrostic poem, a poem in Roman-numeral stanzas ending "EINDE" with more text
  after, rap lyrics with [Intro]/[Couplet]/[Refrain]/[Outro] tags, a dinner conversation written as
  a script with capitalised speaker labels, a self-interview in "V:/A:" lines, a dated incident log,
  a mood journal, diary pages headed "Day 1" closed by "— end of diary —", parts headed by the hour
  they were written, a numbered "1/7 … 7/7" thread, a recipe (ingredients, steps, cooking time), an
  exposé's footnotes and "Sources :" list, a personal-statement paragraph, commit messages in a
  pasted git log, label-parody lines, Wordle and Connections emoji grids, a playlist's track list,
  an HTML table of "what they say / what I think", a confession in small grey HTML text, Gmail's
  "[afbeelding: …]" placeholders between paragraphs, the writer's words after a "Verstuurd vanaf
  mijn iPhone" line they typed under, a P.S./P.P.S./P.P.P.S. chain, one letter a line, dictation
  with "punt"/"vraagteken", and words after the signatures, client lines and disclaimers of others
  (a manager's group message, a father's forwarded mail with the daughter's words between his text
  and his card, a prefect's and a youth-protection counsellor's letters, a head of sixth form's
  mail, a youth leader's "Sent from my iPhone"), after an envelope's address block, a flyer, a
  certificate, a bus pass and a payslip. Identity in new places and forms: the writer among the
  grandchildren on a funeral card with the grandparents' full names, a communion invitation signed
  by the family with the home address and a parent's phone, a father's full name and work address in
  a draft's "Aan:" line, a bus pass holder and card number, a family business's lettering, phone and
  licence plate on a van, a payslip's employee number and "bus 2" address, the writer's own lost-cat
  poster with phone and street, a map review's byline and the owner's reply, a class photo caption,
  a voicemail greeting in the writer's voice, a babysitting flyer, a shirt's back name and a
  football federation number, an envelope to a parent, a playlist title, a course certificate
  number, a Teams "has left the meeting" line and initials in a chat, a school trip's room list with
  a deadname, a parent's social post tagging the writer, a godmother's book dedication with the
  family name, a farm's name as home, a rap stage name, a pharmacy label with title and deadname, an
  app referral code made from the name, the writer's own article cited in a bibliography, a father's
  INAMI number, a Québec permanent code on an exam copy, a youth-protection file reference and a
  guardian aunt's full name, a mailbox nameplate, an Irish house name and Eircode on a ride receipt,
  a music Blend title, a university application ID in a forwarded subject, a Secret Santa draw, a
  shared photo album's title, parish notices naming the vicar and his son, git author lines with a
  family domain.
- "round50" (dev/round50/): 36 volunteers' answers (24 Dutch/Flemish, 7 French, 5 English) by an
  outside writer knowing nothing of the relay's rules, from private, work, family and shared
  accounts, with the volunteer's identity in places and forms earlier rounds do not name: Word
  comment markers with the volunteer's initials ("[LVH1]") in the text and the comments pasted
  under the name; the volunteer's own work address in Cc; a family address and display name named
  after the volunteer's children ("Mama van Noor & Lars"); the town in the display name and local
  part ("Maarten - Zottegem"); an employer's eco print line ("Denk aan het milieu … Bij <employer>
  …", "Pensez à l'environnement … L'<school> …"); a personal Zoom or Webex room link and meeting id;
  a Microsoft Safe Links URL pasted from a work mail with the work address in its "data="
  parameter; the volunteer's own draft mailed from the work account to the private one and pasted
  with its forward header, work card and Outlook line; a "tel:" link and an Instagram link only in
  the HTML signature; a child's drawing in the signature with the child's and the volunteer's name
  in its alt text; Linktree, Substack, Vinted, Ko-fi, Goodreads, Letterboxd, Twitch and GitHub
  links in self-made signatures; a scouts totem and a louveteaux name ("Trouwe Das", "Akela",
  "Bison Serviable") as the signature; a spouse's or partner's full name in the text; a son who
  types the dictated answer named in it; a volunteer number ("vrijwilliger nr. 214"); a retired
  pharmacist's card with "Tel. en fax"; a law firm's moving notice with the new address; and the
  volunteer's own advice in shapes a relay might cut (all content): the Word comments' notes to
  self, a model message as "> " lines and as guillemet lines ("« … / » … / » … »"), a model message
  in ``` code fences, resources as a markdown table with a "|---|" line, "1/4 … 4/4" thread
  numbering, a flow with "↓" and "→" arrows, a list lettered "a) … d)" in West-Flemish, "EDIT:",
  "EDIT 2:", "Update:", "Edit:", "N.B.", "Naschrift:", "NB :", "PS :" and "PPS :" lines after the
  name, a closing wish in capitals after the name, book and film lists, the draft's words under a
  forward header and a sentence added after it; written in tussentaal, West-Flemish, text-speak,
  all capitals and one phrase a line.
- "round51" (dev/round51/): 36 help-seekers (18 Dutch/Flemish, 10 French, 8 English) of 11-17,
  by an outside writer knowing nothing of the relay's rules, whose words must survive unusual
  technical shapes and whose identity sits where the HTML, the headers, link targets and alt texts
  put it: mails forwarded as attachments (message/rfc822: the writer's own earlier mail to the
  school with name, address and class in its headers and signature, a mother's mail with her full
  name, street and phone, a CPE's summons with the pupil's and the mother's names in encoded To and
  Cc, an anonymous threat addressed to the writer's school account); HTML-only mails from apps and
  web forms (a Notes share with a heading, a list and a checklist and the phone also in a data
  detector's "tel:" link with "%20", a WordPress form in a table with a "logged in as" row and the
  IP, an AMO form whose "sent from" link carries the address as "%40" in a tracking parameter, a
  mood app's weekly share with the name in the avatar's alt text, the user name in the image URL and
  an ESP header (X-Mailgun-Variables), words in table cells, styled spans and a hidden preheader, a
  journal app's share with the home street in its location line and the user in the footer link);
  text and HTML parts that differ (an Outlook web link preview with the channel name and handle only
  in the HTML, a deadname struck through with <s> only in the HTML); identity only in a link target
  (a wa.me link behind "WhatsApp", a OneDrive personal URL "lars_claes_leerling_…"), only in an
  Instagram avatar's alt text after the writer removed the name from the pasted comments, in
  Outlook's Thread-Topic of a club's mail reused, in an SRS envelope sender
  ("…=gezin-dewilde.example=jonas@…") of an old address that forwards; replies with the writer's
  answers between Lumi's quoted questions (the name, the phone given there), a bottom post under a
  hand-quoted answer with the phone in the nested quote, top and bottom posts on the confirmation;
  very short mails (a subject and "help"/"voilà", emoji and one word, one word over a quote, a
  subject and one line); all capitals and no spaces after punctuation with the name, phone, address
  and handle glued to commas; mixed scripts and right-to-left text (Dari with a zero-width
  non-joiner, Hebrew, Armenian, Hangul for a K-pop fan's own name).
- "round52" (dev/round52/): 40 help-seekers (20 Dutch/Flemish, 10 French, 10 English; eight mixing
  in Turkish, Polish, Darija, Lingala, Portuguese, Tagalog, Somali or Vietnamese) of 12-19 and a
  grandmother and two mothers writing for them, by an outside writer knowing nothing of the relay's
  rules, with identity in what phones, apps, paperwork, families and hobbies put into a mail: an
  AirDrop device name ("iPhone van Kobe"), a home Wi-Fi name with the surname and a friend's hotspot
  named after the writer, a pharmacy label typed over, a national register number and a mutuality
  member number, an NHS number, a higher-education student number, a supermarket staff number, a
  hospital SMS with a patient number, a football licence number, a deadname on a kids-ID holding the
  chosen name, a school lanyard with year group, a basketball jersey's surname, the name in the NATO
  and in the French telephone spelling alphabet, a what3words address, GPS coordinates and a Google
  plus code, a Strava share with the start street, a music academy's and a church choir's programme,
  a named concert ticket, a parcel pickup SMS, Apple family-sharing purchase requests in Dutch and
  French, a Spotify blend and a Duolingo profile, a father's and a brother's registration plate, and
  family businesses named after the surname (a frituur, a garage, a nail salon); and the writer's
  own words in shapes a relay might cut: a self-typed form ("Naam: zeg ik liever niet", "Tel: …",
  "Adres: nee", "Einde formulier"), a "Disclaimer:" paragraph the kid wrote and a line after it, a
  fake client line ("Verzonden vanaf mijn hoofd"), words after the signed name, a "--" line between
  parts, a notes-app list quoted whole, "TL;DR:" and "résumé :" last lines, "x", "bye", "cest tout"
  and emoji as last lines.

- "round53" (dev/round53/): 40 help-seekers (15 French, 15 English, 10 Dutch/Flemish; most mixing in
  a family language) by an outside writer knowing nothing of the relay: identity in school portals
  (Pronote, École Directe, Smartschool), payment apps (Lydia, Monzo.me, Tikkie), a MOBIB card, a
  Doctolib confirmation, a Vinted user name, a scout totem and unit, a chiro member number, console
  friend codes and parental-control reports, a Fitbit family profile, payslips and shift apps,
  library and student cards, half-hidden names (verlan, stars, an acrostic, dashes), siblings,
  friends, youth workers and foster parents writing; the writer's words after sign-offs, in lists
  and in signature-like lines.
- "round54" (dev/round54/): 40 volunteers' answers (25 Dutch/Flemish, 10 French, 5 English) by
  volunteers of 19-75 from private, work, family, shared and borrowed accounts, by an outside writer
  knowing nothing of the relay: identity in device lines naming the owner ("Verzonden vanaf de
  Galaxy A54 van Mieke", "Envoyé de l'iPhone de Sophie L.", "Sent from Dave's Pixel 8"), tool lines
  with a name or licence (Gboard and Windows dictation, Dragon with a user id, LanguageTool,
  Antidote, an Outlook work profile), an S/MIME "Digitaal ondertekend door" line, a working-hours
  notice, Keywords/Comments/Errors-To headers, a changed Subject, a calendar attachment's file name,
  a QR code's alt text and URL, a pasted Teams status and volunteer roster line, an
  initials-and-date stamp, initials "N.B.", a name's French form and pronunciation, the own
  street in running text, a second address written out with "arobase", staff and registration
  numbers, a shift team, a retirement home's, a choir's, a shop's, a flat's, a daughter's school
  and a brother-in-law's account; the volunteer's advice after the name, device and tool lines
  and signatures.
- "round55" (dev/round55/): 40 help-seekers of 10 to 19 and people writing for them (18
  Dutch/Flemish, 12 French, 10 English; a third mixing in a family language) by an outside writer
  knowing nothing of the relay: identity in what the writer pastes from their life in 2026 (a
  newspaper headline, a waiting-list letter and SMS, ride and food-delivery receipts, doorbell-
  camera notices, a police report and crime reference, a driving-lesson and a tutoring app, an
  iPhone Check In, a hairdresser, cinema and gym booking, a party invitation, a student lease, a
  school-photo order, an address-change notice, a child-allowance letter, a second-hand ad, a
  correspondence notebook, a bike-share account, a smart-speaker shopping list, a parcel order), a
  neighbour, an aunt, a grandmother, a godfather, a boarding-school supervisor, a form tutor, a
  sister and a step-sister writing; the writer's words in short unpunctuated last lines, after the
  name and in signature-like own lines.
- "round56" (dev/round56/): 40 help-seekers of 10 to 19 and people writing for them (18
  Dutch/Flemish, 12 French, 10 English; 15 mixing in a family language) by an outside writer
  knowing nothing of the relay: identity in tickets, receipts, letters, app screens, invitations,
  certificates and rosters pasted from their lives with a name beside a town, postcode, station,
  school or class (a school train pass and two train tickets with stations, death notices and an
  order of service with the grandchildren and the town, a birth card, a parent-teacher invitation,
  a suspension letter, a disciplinary summons, an enrolment confirmation, a report card, a CEB
  result, a swimming, a first-aid and a Duke of Edinburgh certificate, a school-card top-up receipt,
  a spring-party invitation, a prom ticket, a detention slip, a parents' evening booking, a trip
  app's room notice, a family chores and a babysitting roster); a grandfather, a mother, a coach,
  a foster mother, a brother, an aunt, a grandmother, a stepfather and a lola naming the young
  person in many forms (diminutives, surnames as nicknames, initials, mocking variants); class
  codes beside signed names in many forms ("arne 4B", "– 1ste jaar A", "· 1.2", "(6e A)", "rhéto B",
  "Year 11 (11S)", "(Y10 set 3)", a dictated "twee B a"); the writer's own class, town and
  friends in running text as content.
- "round57" (dev/round57/): 40 volunteers' answers (25 Dutch/Flemish, 10 French, 5 English) by
  volunteers of 18-80 from private, work, family and shared accounts, by an outside writer knowing
  nothing of the relay: the volunteer's own relatives named as identity (a partner, son, daughter,
  stepchild, twin, sister, brother, mother, mother- and son-in-law, nephew, grandchildren) in a
  story, a quote, a greeting after the name ("ook van Jorrit", "Wim doet de groeten"), a P.S., a
  sign-off ("Ingrid (mama van Daan en Lucas)"), a family signature listing every member, a proud
  grandmother's Yahoo signature and a family account's display name; the volunteer's town, school,
  club, youth movement, library, bank and family business as content in the running text and as
  identity in the signature, often the same town in both; the volunteer's advice after the name,
  in lists and numbered steps, model messages and letters with "[jouw naam]" placeholders, P.S.
  lines after a card, and one-word lines after the name or between the name and the signature.

Same markup and client shapes as tests/tools/relay_corpus_dev.py; the bodies are hand-written
in relay_corpus_<round>_cases/*.txt and every case is tagged with its round besides its own tags.

    python3 -m tests.tools.relay_corpus_rounds more            # writes dev/more/*.eml, labels.toml
    python3 -m tests.tools.relay_corpus_rounds round3 --check  # verifies what is on disk
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.tools import relay_corpus_dev as dev

ROUNDS = ("more", "round3", "round4", "round5", "round6", "round7", "round8", "round9",
          "round10", "round11", "round12", "round13", "round14", "round15", "round16",
          "round17", "round18", "round19", "round20", "round21", "round22",
          "round23", "round24", "round25", "round26", "round27", "round28", "round29",
          "round30", "round31", "round32", "round33", "round34", "round35", "round36",
          "round37", "round38", "round39", "round40", "round41", "round42", "round43", "round44",
          "round45", "round46", "round47", "round48", "round49", "round50", "round51",
          "round52", "round53", "round54", "round55", "round56", "round57")
HERE = Path(__file__).resolve().parent


def round_cases(name: str) -> list[dev.Case]:
    cases: list[dev.Case] = []
    for path in sorted((HERE / f"relay_corpus_{name}_cases").glob("*.txt")):
        cases.extend(dev.parse_cases(path.read_text(encoding="utf-8")))
    names = [case.name for case in cases]
    dupes = {case_name for case_name in names if names.count(case_name) > 1}
    if dupes:
        raise SystemExit(f"duplicate case names: {sorted(dupes)}")
    for case in cases:
        case.meta["tags"] = ", ".join([name, *filter(None, [case.meta.get("tags", "")])])
    return cases


def main() -> int:
    rounds = [arg for arg in sys.argv[1:] if arg in ROUNDS]
    if len(rounds) != 1:
        raise SystemExit(f"usage: relay_corpus_rounds {{{'|'.join(ROUNDS)}}} [--check]")
    name = rounds[0]
    out = dev.OUT / name
    if "--check" not in sys.argv:
        dev.all_cases = lambda: round_cases(name)  # type: ignore[assignment]
        dev.build(out)
    return dev.report(out)


if __name__ == "__main__":
    raise SystemExit(main())
