"""The relay's one call for a body, `scrub_text`: the order in which the rules run.

The top of the package: it imports the rules, and nothing imports it but the package.
"""

from __future__ import annotations

from mailhandler.core.scrub.attributions import (
    rewrite_attributions,
)
from mailhandler.core.scrub.contacts import (
    replace_contact_details,
)
from mailhandler.core.scrub.identity import (
    Identity,
    replace_identity,
)
from mailhandler.core.scrub.names import (
    without_class_beside_name,
)
from mailhandler.core.scrub.names_own_script import (
    replace_own_script_names,
)
from mailhandler.core.scrub.names_spelled import (
    replace_spelling_alphabet,
)
from mailhandler.core.scrub.places_pasted import (
    replace_pasted_places,
    replace_pasted_references,
    replace_pasted_relatives,
    replace_postcode_after_street,
)
from mailhandler.core.scrub.sign_offs import (
    replace_comment_markers,
    replace_initial_sign_off,
    replace_initials_sign_off,
)

# --------------------------------------------------------------------------- all of it


def scrub_text(
    text: str, who: Identity, address_replacement: str, name_replacement: str,
    placeholder: str | None = None, *, keep_introduced: bool = False,
) -> str:
    """The relay's one call for a body: attribution lines and header blocks first (they
    name people `who` does not list), then `who`'s addresses and names everywhere else,
    and, with a `placeholder`, phone numbers and street addresses (but those of a place
    the writer introduces as advice, with `keep_introduced`: see replace_contact_details)."""
    rewritten = rewrite_attributions(text, who, address_replacement, name_replacement)
    rewritten = replace_initial_sign_off(rewritten, who, name_replacement)
    rewritten = replace_initials_sign_off(rewritten, who, name_replacement)
    rewritten = replace_comment_markers(rewritten, who)
    replaced = replace_identity(rewritten, who, address_replacement, name_replacement)
    replaced = replace_spelling_alphabet(replaced, name_replacement, who.names)
    replaced = replace_own_script_names(replaced, name_replacement)
    if placeholder is not None:
        replaced = replace_contact_details(replaced, placeholder,
                                           keep_introduced=keep_introduced,
                                           writer=name_replacement)
        # After the contact rules: a pupil's card ("Inès Dupont / Classe 3C / Athénée …") is
        # told by its class line, whose code this replaces.
        replaced = without_class_beside_name(replaced, name_replacement, placeholder)
        # Last: a card's places are told by the name the rules above put in place.
        replaced = replace_pasted_places(replaced, name_replacement, placeholder)
        replaced = replace_postcode_after_street(replaced, placeholder, name_replacement)
        replaced = replace_pasted_references(replaced, name_replacement, placeholder)
        replaced = replace_pasted_relatives(replaced, name_replacement, placeholder)
    return replaced
