class TurnTaker:
    # the tenants still holding jobs, refiltered at the end of every round
    def __init__(self, queues):
        self.queues = queues
        self.active = [t for t, q in enumerate(queues) if q]
        self.round = 0
        self.i = 0

    def has_next(self):
        return bool(self.active)

    def next(self):
        t = self.active[self.i]
        value = self.queues[t][self.round]
        self.i += 1
        if self.i == len(self.active):
            self.round += 1
            self.active = [t for t in self.active if len(self.queues[t]) > self.round]
            self.i = 0
        return value
