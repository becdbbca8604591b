# verdict: Wrong Answer
# Always extends the run into the better child branch even when that branch is worth less
# than nothing, and always bends through both children.
def richest_run(root):
    best = root.val

    def gain(node):
        nonlocal best
        left = gain(node.left) if node.left else 0
        right = gain(node.right) if node.right else 0
        best = max(best, node.val + left + right)
        if node.left and node.right:
            return node.val + max(left, right)
        return node.val + (left if node.left else right)

    gain(root)
    return best
