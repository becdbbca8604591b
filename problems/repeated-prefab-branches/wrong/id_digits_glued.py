# verdict: Wrong Answer
# Builds the keys from small ids (fast), but glues the code and the two child ids without a
# separator: code 1 over child id 12 and code 11 over child id 2 make the same key "112".
def repeated_branches(root):
    ids = {}
    where = {}
    counter = 0

    def walk(node):
        nonlocal counter
        if node is None:
            return "#"
        number = counter
        counter += 1
        key = str(node.val) + walk(node.left) + walk(node.right)
        where.setdefault(key, []).append(number)
        return ids.setdefault(key, str(len(ids)))

    walk(root)
    return sorted(numbers for numbers in where.values() if len(numbers) > 1)
