# verdict: Time Limit Exceeded
# Correct, but stores a cluster label per server and relabels by scanning all n servers on
# every merge: O(n) per link.
class ClusterRegistry:
    def __init__(self, n):
        self.label = list(range(n))
        self.clusters = n

    def link(self, a, b):
        la, lb = self.label[a], self.label[b]
        if la == lb:
            return False
        label = self.label
        for server in range(len(label)):
            if label[server] == lb:
                label[server] = la
        self.clusters -= 1
        return True

    def connected(self, a, b):
        return self.label[a] == self.label[b]

    def size(self, a):
        return self.label.count(self.label[a])

    def count(self):
        return self.clusters
