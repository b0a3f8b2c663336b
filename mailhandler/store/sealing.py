"""What intake needs of the store's chunked encryption, without importing the vault.

Outside store/ nothing imports the vault (issue 15); the SMTP edge still seals a big
mail into its spool file as it arrives (inbound.spool), with a Sealer the store hands
out (Store.sealer) and a SealedFile it takes back (Store.accept_many).
"""

from __future__ import annotations

from mailhandler.store.vault import SealedFile, Sealer

__all__ = ["SealedFile", "Sealer"]
