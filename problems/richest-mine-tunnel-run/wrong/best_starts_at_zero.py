# verdict: Wrong Answer
# Starts the running best at 0, as if the crew could take no chamber at all: when every
# chamber is negative it answers 0.
def richest_run(root):
    best = 0

    def gain(node):
        nonlocal best
        if node is None:
            return 0
        left = max(gain(node.left), 0)
        right = max(gain(node.right), 0)
        best = max(best, node.val + left + right)
        return node.val + max(left, right)

    gain(root)
    return best
