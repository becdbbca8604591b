# verdict: Wrong Answer
# ruff: noqa: F821  (TreeNode is provided by the judge)
# bounds start at -10**9 and 10**9 and are compared strictly, so an extreme value never fits
class BSTCodec:
    def encode(self, root):
        out, stack = [], [root] if root else []
        while stack:
            node = stack.pop()
            out.append(str(node.val))
            stack += [c for c in (node.right, node.left) if c]
        return " ".join(out)

    def decode(self, data):
        values = [int(t) for t in data.split()]
        pos = 0
        def build(lo, hi):
            nonlocal pos
            if pos == len(values) or not lo < values[pos] < hi:
                return None
            node = TreeNode(values[pos])
            pos += 1
            node.left = build(lo, node.val)
            node.right = build(node.val, hi)
            return node
        return build(-10**9, 10**9)
