# verdict: Time Limit Exceeded
# Correct, but hangs one root under the other without path compression or union by size:
# a chain of n servers makes every lookup walk O(n) links.
class ClusterRegistry:
    def __init__(self, n):
        self.parent = list(range(n))
        self.members = [1] * n
        self.clusters = n

    def _root(self, a):
        while self.parent[a] != a:
            a = self.parent[a]
        return a

    def link(self, a, b):
        ra, rb = self._root(a), self._root(b)
        if ra == rb:
            return False
        self.parent[ra] = rb
        self.members[rb] += self.members[ra]
        self.clusters -= 1
        return True

    def connected(self, a, b):
        return self._root(a) == self._root(b)

    def size(self, a):
        return self.members[self._root(a)]

    def count(self):
        return self.clusters
