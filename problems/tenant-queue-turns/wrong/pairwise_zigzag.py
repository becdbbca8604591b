# verdict: Wrong Answer
# Generalises a two-queue alternation by folding it: alternate queue 0 with queue 1, then
# alternate that result with queue 2, and so on. Right for two queues, not for three or more.
class TurnTaker:
    def __init__(self, queues):
        merged = []
        for queue in queues:
            out = []
            for i in range(max(len(merged), len(queue))):
                if i < len(merged):
                    out.append(merged[i])
                if i < len(queue):
                    out.append(queue[i])
            merged = out
        self.order = merged
        self.i = 0

    def has_next(self):
        return self.i < len(self.order)

    def next(self):
        self.i += 1
        return self.order[self.i - 1]
