# A recursive post-order walk; a branch's key is (code, left id, right id).
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
        cls = ids.setdefault(key, len(ids) + 1)
        where.setdefault(cls, []).append(number)
        return cls

    walk(root)
    return sorted(sorted(numbers) for numbers in where.values() if len(numbers) > 1)
