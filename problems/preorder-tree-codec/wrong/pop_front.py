# verdict: Time Limit Exceeded
# ruff: noqa: F821  (TreeNode is provided by the judge)
# Correct, but deserialize takes tokens with list.pop(0), which shifts the whole list every
# time: O(n^2) for a tree of n nodes.
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
        tokens = data.split(",")

        def build():
            token = tokens.pop(0)
            if token == "#":
                return None
            node = TreeNode(int(token))
            node.left = build()
            node.right = build()
            return node

        return build()
