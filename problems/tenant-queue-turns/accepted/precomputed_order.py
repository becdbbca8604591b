class TurnTaker:
    # the whole order up front: sort the (round, tenant, id) triples
    def __init__(self, queues):
        triples = [(r, t, v) for t, q in enumerate(queues) for r, v in enumerate(q)]
        triples.sort(key=lambda x: (x[0], x[1]))
        self.order = [v for _, _, v in triples]
        self.i = 0

    def has_next(self):
        return self.i < len(self.order)

    def next(self):
        self.i += 1
        return self.order[self.i - 1]
