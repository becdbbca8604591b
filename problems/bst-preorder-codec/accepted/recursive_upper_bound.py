# ruff: noqa: F821  (TreeNode is provided by the judge)
class BSTCodec:
    def encode(self, root):
        out = []
        def walk(node):
            if node is not None:
                out.append(str(node.val))
                walk(node.left)
                walk(node.right)
        walk(root)
        return " ".join(out)

    def decode(self, data):
        values = [int(t) for t in data.split()]
        pos = 0
        def build(hi):
            # the next value belongs here when it is below the bound set by an ancestor
            nonlocal pos
            if pos == len(values) or values[pos] > hi:
                return None
            node = TreeNode(values[pos])
            pos += 1
            node.left = build(node.val)
            node.right = build(hi)
            return node
        return build(float("inf"))
