# Merkle-style: a branch's key is the short text "left id|code|right id", never the whole
# branch; preorder numbers come from an explicit stack.
def repeated_branches(root):
    if root is None:
        return []
    numbered, stack = [], [root]
    while stack:
        node = stack.pop()
        numbered.append(node)
        for child in (node.right, node.left):
            if child is not None:
                stack.append(child)
    ident = {None: "-"}
    key_ids = {}
    members = {}
    for number in reversed(range(len(numbered))):
        node = numbered[number]
        key = f"{ident[node.left]}|{node.val}|{ident[node.right]}"
        ident[node] = key_ids.setdefault(key, str(len(key_ids)))
        members.setdefault(ident[node], []).append(number)
    return sorted(sorted(m) for m in members.values() if len(m) > 1)
