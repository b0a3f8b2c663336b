"""mailhandler: an email-first processor for anonymous helplines."""

__version__ = "0.1.0"
