# verdict: Wrong Answer
# Describes a branch in order (left, room, right) with markers: a room with a left leaf and a
# room with the same leaf on the right both read "#,1,#,1,#".
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
        left = walk(node.left)
        right = walk(node.right)
        key = left + "," + str(node.val) + "," + right
        where.setdefault(key, []).append(number)
        return key

    walk(root)
    return sorted(numbers for numbers in where.values() if len(numbers) > 1)
