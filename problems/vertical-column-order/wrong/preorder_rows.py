# verdict: Wrong Answer
# Collects columns in depth-first (preorder) order, so a deep node of the left subtree comes
# before a shallower node of the right subtree in the same column.
from collections import defaultdict


def column_order(root):
    columns = defaultdict(list)
    stack = [(root, 0)] if root else []
    while stack:
        node, column = stack.pop()
        columns[column].append(node.val)
        if node.right:
            stack.append((node.right, column + 1))
        if node.left:
            stack.append((node.left, column - 1))
    return [columns[c] for c in sorted(columns)]
