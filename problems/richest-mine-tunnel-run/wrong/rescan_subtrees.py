# verdict: Time Limit Exceeded
# Correct, but for every chamber it walks the whole subtree of each child again to find the
# best downward route: O(n * height), hopeless on the deep mines.
def richest_run(root):
    def best_down(top):
        # best sum of a route that starts at top and goes down
        if top is None:
            return 0
        best = top.val
        stack = [(top, top.val)]
        while stack:
            node, total = stack.pop()
            best = max(best, total)
            for child in (node.left, node.right):
                if child is not None:
                    stack.append((child, total + child.val))
        return best

    best = root.val
    stack = [root]
    while stack:
        node = stack.pop()
        total = node.val + max(best_down(node.left), 0) + max(best_down(node.right), 0)
        best = max(best, total)
        stack += [c for c in (node.left, node.right) if c is not None]
    return best
