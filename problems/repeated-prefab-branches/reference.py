def repeated_branches(root):
    # Nodes in preorder: a node's number is its position in this list.
    order, stack = [], [root] if root is not None else []
    while stack:
        node = stack.pop()
        order.append(node)
        if node.right is not None:
            stack.append(node.right)
        if node.left is not None:
            stack.append(node.left)

    # Children come after their parent in preorder, so walking the list backwards sees both
    # children of a node before the node. Two subtrees are identical exactly when their
    # (value, left class, right class) triples are equal: each class gets a small integer
    # (-1 for the empty tree).
    class_of_node = {id(None): -1}
    class_of_triple = {}
    size = []  # how many rooms belong to each class
    node_class = []  # the class of each room, last preorder number first
    for node in reversed(order):
        triple = (node.val, class_of_node[id(node.left)], class_of_node[id(node.right)])
        cls = class_of_triple.setdefault(triple, len(size))
        if cls == len(size):
            size.append(0)
        size[cls] += 1
        class_of_node[id(node)] = cls
        node_class.append(cls)
    node_class.reverse()

    groups = {}  # filled in preorder, so groups come out ordered by their first number
    for number, cls in enumerate(node_class):
        if size[cls] > 1:
            groups.setdefault(cls, []).append(number)
    return list(groups.values())
