def shared_manager(root, a, b):
    # every badge's manager, found with an explicit stack
    manager = {}
    if root is not None:
        manager[root.val] = None
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        for child in (node.left, node.right):
            if child is not None:
                manager[child.val] = node.val
                stack.append(child)
    if a not in manager or b not in manager:
        return None
    above_a = set()
    badge = a
    while badge is not None:
        above_a.add(badge)
        badge = manager[badge]
    badge = b
    while badge not in above_a:
        badge = manager[badge]
    return badge
