# verdict: Wrong Answer
# A two-stack attempt that always pushes the left child before the right one: depth 1 is
# right to left as it should be, but depth 2 then comes out right to left as well.
def snake_levels(root):
    if root is None:
        return []
    out, current, left_to_right = [], [root], True
    while current:
        values, following = [], []
        while current:
            node = current.pop()
            values.append(node.val)
            for child in (node.left, node.right):
                if child:
                    following.append(child)
        out.append(values)
        current = following
        left_to_right = not left_to_right
    return out
