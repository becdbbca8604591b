# verdict: Wrong Answer
# ruff: noqa: F821  (TreeNode is provided by the judge)
# Writes the values in level order. Inserting them in that order does rebuild the same BST,
# but the text is not the stated preorder format.
class BSTCodec:
    def encode(self, root):
        out, level = [], [root] if root else []
        while level:
            out += [str(node.val) for node in level]
            level = [child for node in level for child in (node.left, node.right) if child]
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
                side = "left" if value < node.val else "right"
                if getattr(node, side) is None:
                    setattr(node, side, TreeNode(value))
                    break
                node = getattr(node, side)
        return root
