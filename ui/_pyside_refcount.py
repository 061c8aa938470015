"""Work-around for a PySide6 6.12 bug on CPython 3.11: many bindings return None (every
void method: QPainter.save(), setClipRect(), ...), True or False without taking a new
reference. Since CPython 3.12 these singletons are immortal and nothing happens; on 3.11
each call steals one reference, and after some hundred thousand calls (a few minutes of
scrolling) Python aborts with "none_dealloc: deallocating None".

We give the three singletons a reference count no program can exhaust, which is what
3.12 does. Pure CPython object layout: ob_refcnt is the first field of every object.
"""
from __future__ import annotations

import sys

_BOOST = 1 << 40


def pin_singletons() -> bool:
    """Make None/True/False effectively immortal on CPython < 3.12; True if applied."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    import ctypes

    for obj in (None, True, False, Ellipsis, NotImplemented):
        refcount = ctypes.c_ssize_t.from_address(id(obj))
        if refcount.value < _BOOST:
            refcount.value += _BOOST
    return True
