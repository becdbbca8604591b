# verdict: Time Limit Exceeded
# Correct, but answers each query by climbing parent links: O(height) per query.
def common_ancestors(root, queries):
    parent, depth = {root.val: None}, {root.val: 0}
    stack = [root]
    while stack:
        node = stack.pop()
        for child in (node.left, node.right):
            if child is not None:
                parent[child.val] = node.val
                depth[child.val] = depth[node.val] + 1
                stack.append(child)
    answers = []
    for a, b in queries:
        while depth[a] > depth[b]:
            a = parent[a]
        while depth[b] > depth[a]:
            b = parent[b]
        while a != b:
            a, b = parent[a], parent[b]
        answers.append(a)
    return answers
