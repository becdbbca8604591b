# verdict: Wrong Answer
# ruff: noqa: F821  (TreeNode is provided by the judge)
# Saves space by writing a leaf without its two '#' markers: not the stated format.
class Codec:
    def serialize(self, root):
        tokens, stack = [], [root]
        while stack:
            node = stack.pop()
            if node is None:
                tokens.append("#")
            elif node.left is None and node.right is None:
                tokens.append(str(node.val))
            else:
                tokens.append(str(node.val))
                stack += [node.right, node.left]
        return ",".join(tokens)

    def deserialize(self, data):
        tokens = data.split(",")
        position = 0

        def build():
            nonlocal position
            token = tokens[position]
            position += 1
            if token == "#":
                return None
            node = TreeNode(int(token))
            node.left = build()
            node.right = build()
            return node

        return build()
