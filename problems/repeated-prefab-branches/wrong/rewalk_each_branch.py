# verdict: Time Limit Exceeded
# Right answers: writes each branch's full preorder text (with markers and separators) by
# walking the whole branch again for every room, O(sum of branch sizes) = O(n * height).
def repeated_branches(root):
    rooms, stack = [], [root] if root else []
    while stack:
        node = stack.pop()
        rooms.append(node)
        if node.right:
            stack.append(node.right)
        if node.left:
            stack.append(node.left)

    def text(branch):
        parts, todo = [], [branch]
        while todo:
            node = todo.pop()
            if node is None:
                parts.append("#")
            else:
                parts.append(str(node.val))
                todo.append(node.right)
                todo.append(node.left)
        return ",".join(parts)

    where = {}
    for number, node in enumerate(rooms):
        where.setdefault(text(node), []).append(number)
    groups = [numbers for numbers in where.values() if len(numbers) > 1]
    return sorted(groups)
