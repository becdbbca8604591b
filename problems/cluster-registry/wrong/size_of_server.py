# verdict: Wrong Answer
# Reads the size stored at the server itself, which is only kept up to date at the root.
class ClusterRegistry:
    def __init__(self, n):
        self.parent = list(range(n))
        self.members = [1] * n
        self.clusters = n

    def _root(self, a):
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def link(self, a, b):
        ra, rb = self._root(a), self._root(b)
        if ra == rb:
            return False
        if self.members[ra] < self.members[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] += self.members[rb]
        self.clusters -= 1
        return True

    def connected(self, a, b):
        return self._root(a) == self._root(b)

    def size(self, a):
        return self.members[a]

    def count(self):
        return self.clusters
