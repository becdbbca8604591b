# verdict: Time Limit Exceeded
# Correct, but walks down from the root measuring both subtrees' heights afresh at every
# step: O(n * height) when the answer lies deep.
def nearest_forebear(root):
    def height(top):
        if top is None:
            return 0
        best, stack = 0, [(top, 1)]
        while stack:
            node, depth = stack.pop()
            best = max(best, depth)
            for c in (node.left, node.right):
                if c is not None:
                    stack.append((c, depth + 1))
        return best

    node = root
    while True:
        left, right = height(node.left), height(node.right)
        if left == right:
            return node.val
        node = node.left if left > right else node.right
