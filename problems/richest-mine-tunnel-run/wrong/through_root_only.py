# verdict: Wrong Answer
# Finds the best downward route on each side of the root and joins them at the root: right
# only when the best run happens to pass through the entrance.
def richest_run(root):
    def gain(node):
        if node is None:
            return 0
        return node.val + max(gain(node.left), gain(node.right), 0)

    return root.val + max(gain(root.left), 0) + max(gain(root.right), 0)
