# verdict: Wrong Answer
# Counts a tenant as pending until its turn comes round and it is found empty, so has_next
# says True when only empty queues are left.
from collections import deque


class TurnTaker:
    def __init__(self, queues):
        self.turns = deque((queue, 0) for queue in queues)

    def has_next(self):
        return bool(self.turns)

    def next(self):
        while True:
            queue, position = self.turns.popleft()
            if position < len(queue):
                break
        if position + 1 < len(queue):
            self.turns.append((queue, position + 1))
        return queue[position]
