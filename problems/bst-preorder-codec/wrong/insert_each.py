# verdict: Time Limit Exceeded
# ruff: noqa: F821  (TreeNode is provided by the judge)
# Correct, but decodes by inserting every value from the root: O(n * height).
class BSTCodec:
    def encode(self, root):
        out, stack = [], [root] if root else []
        while stack:
            node = stack.pop()
            out.append(str(node.val))
            stack += [child for child in (node.right, node.left) if child]
        return " ".join(out)

    def decode(self, data):
        root = None
        for token in data.split():
            value = int(token)
            if root is None:
                root = TreeNode(value)
                continue
            node = root
            while True:
                if value < node.val:
                    if node.left is None:
                        node.left = TreeNode(value)
                        break
                    node = node.left
                else:
                    if node.right is None:
                        node.right = TreeNode(value)
                        break
                    node = node.right
        return root
