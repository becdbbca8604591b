# verdict: Wrong Answer
# Records a group when its second copy turns up and never adds later copies.
def repeated_branches(root):
    ids = {}
    first = {}
    groups = []
    counter = 0

    def walk(node):
        nonlocal counter
        if node is None:
            return 0
        number = counter
        counter += 1
        key = (node.val, walk(node.left), walk(node.right))
        cls = ids.setdefault(key, len(ids) + 1)
        if cls not in first:
            first[cls] = number
        elif first[cls] is not None:
            groups.append(sorted([first[cls], number]))
            first[cls] = None
        return cls

    walk(root)
    return sorted(groups)
