"""Results kept per application object, so a changed plan redoes only what it changed.

Usage::

    _SCHEDULES: KeptPerApplication[Schedule] = KeptPerApplication(1024)
    schedule = _SCHEDULES.get(application, (today,), lambda: build(application, today))
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

from advisor.models import Application

__all__ = ["KeptPerApplication"]

_T = TypeVar("_T")


class KeptPerApplication(Generic[_T]):
    """The last `size` results, each for one application object and key. By identity, as an
    application holds a dict (its ratings) and cannot be hashed; the object is kept with its
    result, so its id stays its own. Applications are frozen: an edit makes a new object."""

    def __init__(self, size: int) -> None:
        self._kept: OrderedDict[tuple[object, ...], tuple[Application, _T]] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()  # sessions run in threads of one server

    def get(self, application: Application, key: tuple[object, ...], build: Callable[[], _T]) -> _T:
        full_key = (id(application), *key)
        with self._lock:
            kept = self._kept.get(full_key)
            if kept is not None and kept[0] is application:
                self._kept.move_to_end(full_key)
                return kept[1]
        result = build()
        with self._lock:
            self._kept[full_key] = (application, result)
            if len(self._kept) > self._size:
                self._kept.popitem(last=False)
        return result
