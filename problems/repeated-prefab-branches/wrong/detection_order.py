# verdict: Wrong Answer
# Right groups, but in the order a post-order walk first meets a second copy, not ordered by
# their first number.
def repeated_branches(root):
    ids = {}
    where = {}
    counter = 0

    def walk(node):
        nonlocal counter
        if node is None:
            return 0
        number = counter
        counter += 1
        key = (node.val, walk(node.left), walk(node.right))
        where.setdefault(ids.setdefault(key, len(ids) + 1), []).append(number)
        return ids[key]

    walk(root)
    return [numbers for numbers in where.values() if len(numbers) > 1]
