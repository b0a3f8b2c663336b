"""Make the text of a relayed mail name nobody but the helpline.

The relay promises that a help-seeker and a volunteer never learn each other's address or
name. Headers are rebuilt from an allowlist elsewhere; what leaks in practice is the body:
the quoted "On …, Jan <jan@…> wrote:" line, Outlook's quoted From:/To: block, a signature
with a phone number, a name typed by hand. These functions remove all of that from plain
text (and from the text nodes of HTML, once entities are decoded). They are pure: no I/O,
no logging, nothing that could copy a body somewhere.

Line endings are preserved: every function splits on "\\n" only and puts back exactly the
"\\r\\n" or "\\n" each line had, so a signed or quoted-printable re-encoding downstream sees
the same shape it would have seen without us.

Which module holds what, from the bottom up (each imports only modules before it in this list):
lines (line helpers, quoted header lines), name_variants (the writer's name written otherwise:
backwards, in digits, inflected; asked by identity), identity (Identity, replace_identity),
addresses (addresses written out), attributions (attribution lines, header blocks),
signature_lines (line kinds), signatures (delimited), boxes (framed cards), undelimited
(signature blocks), names_words, names_scripts, names_short_forms, names_signed, names_called,
names_introduced, names_full, names_others,
names (learn_names, learn_subject_names), names_more (learn_more_names, learn_partner_names),
names_cosigned (learn_co_signers), names_labelled (learn_labelled_names),
names_own_script (the name in the writer's own script), letterheads (a sender's block opening
a letter),
contacts_more (map positions, what3words, file numbers, logins, numbers in other digits),
contacts (handles, phone numbers, streets), banners (banners, the pseudonym in greetings),
themes, sign_offs, employers, family (family forwards), colleagues (advice a volunteer
forwards), pipeline (scrub_text: the order of the steps).
"""

from __future__ import annotations

from mailhandler.core.scrub.addresses import (
    is_at_domains as is_at_domains,
)
from mailhandler.core.scrub.addresses import (
    replace_written_addresses as replace_written_addresses,
)
from mailhandler.core.scrub.attributions import (
    rewrite_attributions,
)
from mailhandler.core.scrub.banners import (
    drop_external_banner,
    drop_pseudonym_from_greetings,
)
from mailhandler.core.scrub.banners import (
    drop_prepended_disclaimer as drop_prepended_disclaimer,
)
from mailhandler.core.scrub.banners import (
    replace_banner_organisation as replace_banner_organisation,
)
from mailhandler.core.scrub.banners import (
    replace_label_organisation as replace_label_organisation,
)
from mailhandler.core.scrub.colleagues import (
    forwarded_sender_names as forwarded_sender_names,
)
from mailhandler.core.scrub.contacts import (
    replace_contact_details,
    replace_handles,
)
from mailhandler.core.scrub.employers import (
    replace_employer_after_name,
)
from mailhandler.core.scrub.family import (
    forwarded_family_names as forwarded_family_names,
)
from mailhandler.core.scrub.family import (
    replace_in_forwarded_part as replace_in_forwarded_part,
)
from mailhandler.core.scrub.identity import (
    Identity,
    WordName,
    replace_identity,
    with_word_names,
)
from mailhandler.core.scrub.identity import (
    names_written_otherwise as names_written_otherwise,
)
from mailhandler.core.scrub.letterheads import (
    replace_address_block_town as replace_address_block_town,
)
from mailhandler.core.scrub.letterheads import (
    replace_letterhead_town as replace_letterhead_town,
)
from mailhandler.core.scrub.names import (
    learn_names,
    learn_subject_names,
)
from mailhandler.core.scrub.names import (
    without_class_beside_name as without_class_beside_name,
)
from mailhandler.core.scrub.names_cosigned import (
    learn_co_signers,
)
from mailhandler.core.scrub.names_labelled import (
    learn_labelled_names,
)
from mailhandler.core.scrub.names_more import (
    learn_more_names,
    learn_partner_names,
)
from mailhandler.core.scrub.pipeline import (
    scrub_text,
)
from mailhandler.core.scrub.sign_offs import (
    closed_by_client_line as closed_by_client_line,
)
from mailhandler.core.scrub.sign_offs import (
    replace_bare_initials_sign_off as replace_bare_initials_sign_off,
)
from mailhandler.core.scrub.sign_offs import (
    replace_chat_word_sign_off as replace_chat_word_sign_off,
)
from mailhandler.core.scrub.sign_offs import (
    replace_initial_sign_off as replace_initial_sign_off,
)
from mailhandler.core.scrub.sign_offs import (
    replace_initials_labels as replace_initials_labels,
)
from mailhandler.core.scrub.sign_offs import (
    replace_seeker_sign_off as replace_seeker_sign_off,
)
from mailhandler.core.scrub.sign_offs import (
    replace_sign_off_name as replace_sign_off_name,
)
from mailhandler.core.scrub.sign_offs import (
    without_helpline_origin as without_helpline_origin,
)
from mailhandler.core.scrub.sign_offs import (
    without_learned_words as without_learned_words,
)
from mailhandler.core.scrub.sign_offs import (
    without_pronouns_by_sign_off as without_pronouns_by_sign_off,
)
from mailhandler.core.scrub.signatures import (
    SignatureCut,
    remove_delimited_signature,
    strip_signature,
)
from mailhandler.core.scrub.themes import (
    extract_themes,
)
from mailhandler.core.scrub.undelimited import (
    remove_signature_blocks,
    strip_signature_block,
)

__all__ = [
    "Identity",
    "WordName",
    "with_word_names",
    "SignatureCut",
    "drop_external_banner",
    "drop_pseudonym_from_greetings",
    "learn_co_signers",
    "learn_labelled_names",
    "learn_more_names",
    "learn_partner_names",
    "learn_names",
    "learn_subject_names",
    "remove_delimited_signature",
    "remove_signature_blocks",
    "replace_contact_details",
    "replace_handles",
    "replace_employer_after_name",
    "extract_themes",
    "replace_identity",
    "rewrite_attributions",
    "scrub_text",
    "strip_signature",
    "strip_signature_block",
]
