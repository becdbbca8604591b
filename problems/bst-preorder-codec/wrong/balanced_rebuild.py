# verdict: Wrong Answer
# ruff: noqa: F821  (TreeNode is provided by the judge)
# Sorts the values and builds a balanced BST: a valid search tree, but not the encoded one.
class BSTCodec:
    def encode(self, root):
        out, stack = [], [root] if root else []
        while stack:
            node = stack.pop()
            out.append(str(node.val))
            stack += [child for child in (node.right, node.left) if child]
        return " ".join(out)

    def decode(self, data):
        values = sorted(int(token) for token in data.split())

        def build(low, high):
            if low > high:
                return None
            middle = (low + high) // 2
            return TreeNode(values[middle], build(low, middle - 1), build(middle + 1, high))

        return build(0, len(values) - 1)
