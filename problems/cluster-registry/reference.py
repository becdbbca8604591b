class ClusterRegistry:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.members = [1] * n
        self.clusters = n

    def _root(self, a: int) -> int:
        root = a
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[a] != root:
            self.parent[a], a = root, self.parent[a]
        return root

    def link(self, a: int, b: int) -> bool:
        ra, rb = self._root(a), self._root(b)
        if ra == rb:
            return False
        if self.members[ra] < self.members[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] += self.members[rb]
        self.clusters -= 1
        return True

    def connected(self, a: int, b: int) -> bool:
        return self._root(a) == self._root(b)

    def size(self, a: int) -> int:
        return self.members[self._root(a)]

    def count(self) -> int:
        return self.clusters
