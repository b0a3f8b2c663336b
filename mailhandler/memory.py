"""Giving the memory of a big mail back to the operating system.

CPython frees a 25 MB mail's buffers when the mail is done, but glibc keeps the
freed pages in its heap for the next allocation: after six such mails the daemon
stayed at 620 MB. malloc_trim(0) hands the free pages back. It is called for a few
seconds after a big mail went through (its buffers are freed at different moments
by different threads: the SMTP session, the committer, the delivery lanes), not
for small mail, which costs nothing. Elsewhere than glibc (musl, macOS) there is no
malloc_trim: nothing is done, and memory is only what it was before.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import time
from collections.abc import Callable

# A mail of this size or more is "big": its buffers are worth giving back.
BIG_MAIL_BYTES = 2 * 1024 * 1024

# How long after a big mail the callers' trims take effect.
LINGER_SECONDS = 5.0

_trim_until = 0.0


def _find_malloc_trim() -> Callable[[int], int] | None:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim  # type: ignore[no-any-return]


_malloc_trim = _find_malloc_trim()

# mallopt(M_MMAP_THRESHOLD): allocations of this size or more get pages of their own
# (mmap), which go back to the system the moment they are freed. glibc raises the
# threshold by itself after the first big free, up to 32 MiB, and from then on a 25 MB
# mail's buffers come from the heap and stay there; a fixed threshold stops that.
_M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD_BYTES = 1024 * 1024


def return_big_buffers_at_once() -> bool:
    """Make big buffers (a mail, its parts) mapped on their own; whether it could be set.

    Called once when a process starts (the daemon, its processing worker).
    """
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # not glibc
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES))


def note_mail(size: int) -> None:
    """Remember that a big mail went through (called where mail is accepted or processed)."""
    global _trim_until
    if size >= BIG_MAIL_BYTES:
        _trim_until = time.monotonic() + LINGER_SECONDS


def give_back_if_big_mail_seen() -> bool:
    """Shortly after a big mail: return the freed heap to the system. Whether it was done."""
    if _malloc_trim is None or time.monotonic() > _trim_until:
        return False
    _malloc_trim(0)
    return True
