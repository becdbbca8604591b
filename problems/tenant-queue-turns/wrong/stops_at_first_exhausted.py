# verdict: Wrong Answer
# Walks the tenants in a circle but stops everything the first time it reaches a tenant
# whose queue has run out, instead of skipping that tenant.
class TurnTaker:
    def __init__(self, queues):
        self.queues = queues
        self.tenant = 0
        self.round = 0
        self.done = not queues or not queues[0]

    def has_next(self):
        return not self.done

    def next(self):
        value = self.queues[self.tenant][self.round]
        self.tenant += 1
        if self.tenant == len(self.queues):
            self.tenant = 0
            self.round += 1
        self.done = self.round >= len(self.queues[self.tenant])
        return value
