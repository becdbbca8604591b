# verdict: Time Limit Exceeded
# ruff: noqa: F821  (TreeNode is provided by the judge)
# Correct, but decode scans for the first larger value to split each subtree: O(n * height)
# when the spine runs left.
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
        def build(lo, hi):
            if lo >= hi:
                return None
            node = TreeNode(values[lo])
            split = lo + 1
            while split < hi and values[split] < values[lo]:
                split += 1
            node.left = build(lo + 1, split)
            node.right = build(split, hi)
            return node
        return build(0, len(values))
