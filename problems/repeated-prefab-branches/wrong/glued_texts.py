# verdict: Memory Limit Exceeded
# Right answers: the classic bottom-up version that glues the children's texts into the
# parent's text. Every branch's whole text is kept as a dict key, so a deep path holds
# O(n * height) characters.
def repeated_branches(root):
    where = {}
    counter = 0

    def walk(node):
        nonlocal counter
        if node is None:
            return "#"
        number = counter
        counter += 1
        text = str(node.val) + "," + walk(node.left) + "," + walk(node.right)
        where.setdefault(text, []).append(number)
        return text

    walk(root)
    groups = [sorted(numbers) for numbers in where.values() if len(numbers) > 1]
    return sorted(groups)
