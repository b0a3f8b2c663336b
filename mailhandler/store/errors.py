"""What the store raises that callers outside store/ catch, under one roof.

Outside store/ nothing imports SQLAlchemy or the Vault (issue 15); these names let a
command still tell "the key is gone" or "the database cannot be used" apart.
"""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError as DatabaseFailure

from mailhandler.store.vault import KeyDestroyed, KeyMissing

# DatabaseFailure: the driver's error, wrapped (exc.orig); store.db.database_problem
# turns it into one line an admin can act on.
__all__ = ["DatabaseFailure", "KeyDestroyed", "KeyMissing"]
