from collections import defaultdict
def column_order(root):
    cols = defaultdict(list)
    def walk(node, r, c):
        if node is None:
            return
        cols[c].append((r, node.val))
        walk(node.left, r + 1, c - 1)
        walk(node.right, r + 1, c + 1)
    walk(root, 0, 0)
    return [[v for _, v in sorted(cols[c])] for c in sorted(cols)]
