"""A cap on the event streams one user holds open: each is a connection and a polling loop,
and 150 from one user once slowed every other request twentyfold."""

import threading
from collections import Counter


class StreamSlots:
    """Open streams per user, in this process (each API process counts its own)."""

    def __init__(self, per_user: int) -> None:
        self.per_user = per_user
        self._open: Counter[int] = Counter()
        self._lock = threading.Lock()

    def acquire(self, user_id: int) -> bool:
        with self._lock:
            if self._open[user_id] >= self.per_user:
                return False
            self._open[user_id] += 1
            return True

    def release(self, user_id: int) -> None:
        with self._lock:
            self._open[user_id] -= 1
            if self._open[user_id] <= 0:
                del self._open[user_id]

    def open_for(self, user_id: int) -> int:
        with self._lock:
            return self._open[user_id]
