# verdict: Time Limit Exceeded
# Correct, but count() recomputes the roots of all n servers: O(n) per count.
class ClusterRegistry:
    def __init__(self, n):
        self.parent = list(range(n))
        self.sz = [1] * n
    def find(self, a):
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a
    def link(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.sz[ra] > self.sz[rb]:
            ra, rb = rb, ra
        self.parent[ra] = rb
        self.sz[rb] += self.sz[ra]
        return True
    def connected(self, a, b):
        return self.find(a) == self.find(b)
    def size(self, a):
        return self.sz[self.find(a)]
    def count(self):
        return sum(1 for i in range(len(self.parent)) if self.parent[i] == i)
