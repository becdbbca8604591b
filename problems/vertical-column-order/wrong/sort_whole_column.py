# verdict: Wrong Answer
# Sorts every column by value, ignoring rows.
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
    return [sorted(columns[c]) for c in sorted(columns)]
