class ClusterRegistry:
    def __init__(self, n):
        self.parent = list(range(n))
        self.sz = [1] * n
        self.clusters = n
    def find(self, a):
        if self.parent[a] != a:
            self.parent[a] = self.find(self.parent[a])
        return self.parent[a]
    def link(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.sz[ra] > self.sz[rb]:
            ra, rb = rb, ra
        self.parent[ra] = rb
        self.sz[rb] += self.sz[ra]
        self.clusters -= 1
        return True
    def connected(self, a, b):
        return self.find(a) == self.find(b)
    def size(self, a):
        return self.sz[self.find(a)]
    def count(self):
        return self.clusters
