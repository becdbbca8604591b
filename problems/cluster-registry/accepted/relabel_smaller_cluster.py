class ClusterRegistry:
    def __init__(self, n):
        self.label = list(range(n))
        self.members = {i: [i] for i in range(n)}
        self.clusters = n
    def link(self, a, b):
        la, lb = self.label[a], self.label[b]
        if la == lb:
            return False
        if len(self.members[la]) < len(self.members[lb]):
            la, lb = lb, la
        moved = self.members.pop(lb)
        for s in moved:
            self.label[s] = la
        self.members[la].extend(moved)
        self.clusters -= 1
        return True
    def connected(self, a, b):
        return self.label[a] == self.label[b]
    def size(self, a):
        return len(self.members[self.label[a]])
    def count(self):
        return self.clusters
