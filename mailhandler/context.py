"""The composition root: configuration → store → texts, put together in one place.

Every command and every process (the daemon, its processing worker) that works on the
helpline's data gets its Store and its Context here, so how the database, the key
vault and the mail templates are opened is decided once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mailhandler.config import Config
from mailhandler.store import opening
from mailhandler.store.repository import Store

if TYPE_CHECKING:  # imported where used: a command that only needs the store starts faster
    from mailhandler.handlers import Context
    from mailhandler.texts import Texts


def open_store(cfg: Config) -> Store:
    """The configured database with its keys (store/opening)."""
    return opening.open_store(cfg.storage.database, cfg.helpline.secret,
                              cfg.storage.data_dir / "keys", cfg.helpline.tz)


def open_plain_store(cfg: Config) -> Store:
    """The configured database without the start-up upkeep (store/opening)."""
    return opening.open_plain_store(cfg.storage.database, cfg.helpline.secret, cfg.helpline.tz)


def open_texts(cfg: Config) -> Texts:
    """The mail templates in the helpline's language, checked complete."""
    from mailhandler.texts import MAIL_TEMPLATES, Texts

    texts = Texts(cfg.helpline.language, cfg.helpline.templates_dir)
    texts.check(MAIL_TEMPLATES)
    return texts


def open_context(cfg: Config) -> Context:
    """What handling mail needs: the configuration, the store and the texts."""
    from mailhandler.handlers import Context

    return Context(cfg=cfg, store=open_store(cfg), texts=open_texts(cfg))
