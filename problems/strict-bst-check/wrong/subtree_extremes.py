# verdict: Time Limit Exceeded
# Correct, but for every node it walks both subtrees to find their largest and smallest
# values: O(n * height).
def is_search_tree(root):
    def values(node):
        out, stack = [], [node] if node else []
        while stack:
            current = stack.pop()
            out.append(current.val)
            stack += [child for child in (current.left, current.right) if child]
        return out

    stack = [root] if root else []
    while stack:
        node = stack.pop()
        left, right = values(node.left), values(node.right)
        if (left and max(left) >= node.val) or (right and min(right) <= node.val):
            return False
        stack += [child for child in (node.left, node.right) if child]
    return True
