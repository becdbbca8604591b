# verdict: Wrong Answer
# Compares the two ancestor chains but skips the nodes themselves: when one node is an
# ancestor of the other (or a == b) it answers a node one level too high.
def common_ancestors(root, queries):
    parent = {root.val: None}
    stack = [root]
    while stack:
        node = stack.pop()
        for child in (node.left, node.right):
            if child is not None:
                parent[child.val] = node.val
                stack.append(child)

    def chain(v):
        out = []
        v = parent[v]
        while v is not None:
            out.append(v)
            v = parent[v]
        return out

    answers = []
    for a, b in queries:
        seen = set(chain(a))
        answers.append(next((v for v in chain(b) if v in seen), root.val))
    return answers
