# verdict: Wrong Answer
# Decrements the cluster count (and answers True) for every cable, even one inside a cluster.
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
        self.clusters -= 1
        if ra != rb:
            self.parent[rb] = ra
            self.members[ra] += self.members[rb]
        return True

    def connected(self, a, b):
        return self._root(a) == self._root(b)

    def size(self, a):
        return self.members[self._root(a)]

    def count(self):
        return self.clusters
