# verdict: Wrong Answer
# Keeps a list of iterators and deletes one when it runs out, but then still moves the
# index on, so the tenant that slid into the deleted one's place loses its turn.
class TurnTaker:
    def __init__(self, queues):
        self.active = [[iter(queue), len(queue)] for queue in queues if queue]
        self.i = 0

    def has_next(self):
        return bool(self.active)

    def next(self):
        self.i %= len(self.active)
        entry = self.active[self.i]
        value = next(entry[0])
        entry[1] -= 1
        if entry[1] == 0:
            del self.active[self.i]
        self.i += 1
        return value
