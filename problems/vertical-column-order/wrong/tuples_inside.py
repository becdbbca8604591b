# verdict: Wrong Answer
# returns each column as a tuple
from collections import defaultdict
def column_order(root):
    cols = defaultdict(list)
    stack = [(root, 0, 0)] if root else []
    while stack:
        node, r, c = stack.pop()
        cols[c].append((r, node.val))
        if node.left: stack.append((node.left, r + 1, c - 1))
        if node.right: stack.append((node.right, r + 1, c + 1))
    return [tuple(v for _, v in sorted(cols[c])) for c in sorted(cols)]
