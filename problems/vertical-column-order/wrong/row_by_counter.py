# verdict: Wrong Answer
# the row is counted per column (how many nodes were already there), not the depth
from collections import deque, defaultdict
def column_order(root):
    if root is None:
        return []
    cols = defaultdict(list)
    q = deque([(root, 0)])
    while q:
        node, c = q.popleft()
        cols[c].append((len(cols[c]), node.val))
        if node.left: q.append((node.left, c - 1))
        if node.right: q.append((node.right, c + 1))
    return [[v for _, v in sorted(cols[c])] for c in sorted(cols)]
