# verdict: Time Limit Exceeded
# Right order, but walks past every tenant on the way to the next one with jobs left
# (exhausted tenants included): O(number of queues) per call.
class TurnTaker:
    def __init__(self, queues):
        self.queues = queues
        self.positions = [0] * len(queues)
        self.left = sum(len(queue) for queue in queues)
        self.tenant = 0

    def has_next(self):
        return self.left > 0

    def next(self):
        k = len(self.queues)
        while self.positions[self.tenant] >= len(self.queues[self.tenant]):
            self.tenant = (self.tenant + 1) % k
        tenant = self.tenant
        value = self.queues[tenant][self.positions[tenant]]
        self.positions[tenant] += 1
        self.left -= 1
        self.tenant = (tenant + 1) % k
        return value
