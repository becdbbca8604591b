# One post-order recursion (as deep as the tree, at most 10**4 levels) that counts how many
# of the two badges each subtree holds and keeps the first node that holds both.
def shared_manager(root, a, b):
    answer = None

    def count(node):
        nonlocal answer
        if node is None:
            return 0
        here = count(node.left) + count(node.right) + (node.val == a) + (node.val == b)
        if here == 2 and answer is None:
            answer = node.val
        return here

    count(root)
    return answer
