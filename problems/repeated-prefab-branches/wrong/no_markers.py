# verdict: Wrong Answer
# Leaves out the markers for missing children: a room with a left child and a room with the
# same child on the right get the same text.
def repeated_branches(root):
    where = {}
    counter = 0

    def walk(node):
        nonlocal counter
        if node is None:
            return 0
        number = counter
        counter += 1
        key = (node.val,) + walk_tuple(node)
        where.setdefault(key, []).append(number)
        return key

    def walk_tuple(node):
        left = walk(node.left)
        right = walk(node.right)
        return (left if left else ()) + (right if right else ())

    walk(root)
    return sorted(numbers for numbers in where.values() if len(numbers) > 1)
