from collections import deque


class TurnTaker:
    """A queue of the tenants still holding jobs, in turn order, each with the position of
    its next job: take from the front, and send the tenant to the back if it has more."""

    def __init__(self, queues):
        self.queues = queues
        self.turns = deque((tenant, 0) for tenant, queue in enumerate(queues) if queue)

    def has_next(self):
        return bool(self.turns)

    def next(self):
        tenant, position = self.turns.popleft()
        queue = self.queues[tenant]
        if position + 1 < len(queue):
            self.turns.append((tenant, position + 1))
        return queue[position]
