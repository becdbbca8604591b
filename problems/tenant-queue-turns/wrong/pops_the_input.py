# verdict: Wrong Answer
# Hands out the right jobs in the right order, but empties the caller's queues as it goes
# (the statement says not to modify them).
from collections import deque


class TurnTaker:
    def __init__(self, queues):
        for queue in queues:
            queue.reverse()
        self.turns = deque(queue for queue in queues if queue)

    def has_next(self):
        return bool(self.turns)

    def next(self):
        queue = self.turns.popleft()
        value = queue.pop()
        if queue:
            self.turns.append(queue)
        return value
