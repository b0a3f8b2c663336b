"""A training fragment shows as the help-seeker's words only the help-seeker's own mails.

Which stored mail is theirs is a fact recorded when the mail is first processed
(inbound.seeker_mail), not read back from its outcome text: an answer held because it
failed authentication belongs to the conversation, but it is not the young person's,
and a fragment never shows it as theirs.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests import queries
from tests.conftest import Daemon, Smarthost, add_volunteers, pseudonym_of, wait_for
from tests.test_spine import first_mail, volunteer_reply
from tests.test_status import LIEN

REASON = "supervision: second reading asked by the team"
HELD_WORDS = "Dit antwoord kwam niet door de controle"


@pytest.mark.slow
def test_a_held_answer_is_not_shown_as_the_help_seekers_words_in_a_fragment(
        make_daemon: Callable[..., Daemon], smarthost: Smarthost) -> None:
    daemon = make_daemon()
    add_volunteers(daemon.config)
    daemon.cli("volunteer", "add", LIEN, "--nickname", "Lien")
    daemon.start()
    _, to_vera = first_mail(daemon, smarthost)
    pseudonym = pseudonym_of(to_vera)
    daemon.cli("queue", "assign", pseudonym, LIEN)
    forward = [d for d in smarthost.wait_to(LIEN, count=2) if d.message["Reply-To"]][0]
    alias = forward.message["Reply-To"].addresses[0].addr_spec
    daemon.send(LIEN, [alias], volunteer_reply(forward, sender=LIEN, display="Lien",
                                                body=f"{HELD_WORDS}.\n"))
    wait_for(lambda: queries.inbox_count(daemon, "quarantined") == 1,
             what="the unauthenticated answer to be held")

    whole = daemon.cli("fragment", pseudonym, "--reason", REASON).stdout
    assert "--- 1 (help-seeker)" in whole  # the young person's own mail is there
    assert whole.count("(help-seeker)") == 1
    assert HELD_WORDS not in whole
    assert daemon.stop() == 0
