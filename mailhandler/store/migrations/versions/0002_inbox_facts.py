"""The inbox's facts from the outcome text, once: behaviour no longer reads that text.

Earlier versions decided from `inbound.outcome`, a log code cut to 40 characters: a
mail's first step opened a conversation if it began with "new", its sender was
unverified if it held "unverified", a quarantined answer was held for failed
authentication if it began with "auth-held", and it was the help-seeker's own mail of
its conversation if it began with "new" or "follow-up". These facts are columns now
(new_conversation, sender_unverified, held_answer, seeker_mail: added by the additive upgrade,
which runs first); this revision fills them for the rows written before, so the code
reads the columns only.
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Only mails a step has decided (outcome set); a mail still new has no facts yet.
    op.execute("UPDATE inbound SET new_conversation = (outcome LIKE 'new%') "
               "WHERE new_conversation IS NULL AND outcome IS NOT NULL")
    op.execute("UPDATE inbound SET sender_unverified = (outcome LIKE '%unverified%') "
               "WHERE sender_unverified IS NULL AND outcome IS NOT NULL")
    op.execute("UPDATE inbound SET held_answer = (status = 'quarantined' "
               "AND outcome LIKE 'auth-held%') WHERE held_answer IS NULL AND outcome IS NOT NULL")
    op.execute("UPDATE inbound SET seeker_mail = (outcome LIKE 'new%' "
               "OR outcome LIKE 'follow-up%') WHERE seeker_mail IS NULL AND outcome IS NOT NULL")


def downgrade() -> None:
    pass  # the columns stay; earlier versions ignore them
