# verdict: Wrong Answer
# Treats the chart as a binary search tree and steers by comparing ids.
def common_ancestors(root, queries):
    out = []
    for a, b in queries:
        low, high, node = min(a, b), max(a, b), root
        while True:
            if high < node.val and node.left is not None:
                node = node.left
            elif low > node.val and node.right is not None:
                node = node.right
            else:
                break
        out.append(node.val)
    return out
