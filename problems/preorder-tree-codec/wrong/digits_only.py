# verdict: Wrong Answer
# ruff: noqa: F821  (TreeNode is provided by the judge)
# Tells values from markers with str.isdigit(), which is False for "-7": negative values are
# read back as missing children.
class Codec:
    def serialize(self, root):
        tokens, stack = [], [root]
        while stack:
            node = stack.pop()
            if node is None:
                tokens.append("#")
            else:
                tokens.append(str(node.val))
                stack += [node.right, node.left]
        return ",".join(tokens)

    def deserialize(self, data):
        tokens = iter(data.split(","))

        def build():
            token = next(tokens)
            if not token.isdigit():
                return None
            node = TreeNode(int(token))
            node.left = build()
            node.right = build()
            return node

        return build()
