from collections import deque, defaultdict
def column_order(root):
    if root is None:
        return []
    cols = defaultdict(list)
    q = deque([(root, 0, 0)])
    while q:
        node, r, c = q.popleft()
        cols[c].append((r, node.val))
        if node.left: q.append((node.left, r + 1, c - 1))
        if node.right: q.append((node.right, r + 1, c + 1))
    return [[v for _, v in sorted(cols[c])] for c in range(min(cols), max(cols) + 1)]
