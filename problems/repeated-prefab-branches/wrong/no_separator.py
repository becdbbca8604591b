# verdict: Wrong Answer
# The glued-text version with markers but no separator between tokens: "1" over a leaf "12"
# reads "1" + "12##" + "#" and "11" over a leaf "2" reads "11" + "2##" + "#", both "112###".
def repeated_branches(root):
    where = {}
    counter = 0

    def walk(node):
        nonlocal counter
        if node is None:
            return "#"
        number = counter
        counter += 1
        text = str(node.val) + walk(node.left) + walk(node.right)
        where.setdefault(text, []).append(number)
        return text

    walk(root)
    return sorted(numbers for numbers in where.values() if len(numbers) > 1)
