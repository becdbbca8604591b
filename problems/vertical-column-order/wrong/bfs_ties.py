# verdict: Wrong Answer
# Breadth-first order inside each column: nodes on the same square come out in left-to-right
# tree order instead of by value.
from collections import defaultdict


def column_order(root):
    if root is None:
        return []
    columns = defaultdict(list)
    level = [(root, 0)]
    while level:
        following = []
        for node, column in level:
            columns[column].append(node.val)
            if node.left:
                following.append((node.left, column - 1))
            if node.right:
                following.append((node.right, column + 1))
        level = following
    return [columns[c] for c in sorted(columns)]
