# ruff: noqa: F821  (TreeNode is provided by the judge)
class Codec:
    def serialize(self, root):
        tokens, stack = [], [root]
        while stack:
            node = stack.pop()
            if node is None:
                tokens.append("#")
                continue
            tokens.append(str(node.val))
            stack.append(node.right)
            stack.append(node.left)
        return ",".join(tokens)

    def deserialize(self, data):
        tokens = data.split(",")
        if tokens[0] == "#":
            return None
        root = TreeNode(int(tokens[0]))
        stack = [[root, False]]  # a node and whether its left child is already set
        for token in tokens[1:]:
            node = None if token == "#" else TreeNode(int(token))
            top = stack[-1]
            if not top[1]:
                top[0].left = node
                top[1] = True
            else:
                top[0].right = node
                stack.pop()
            if node is not None:
                stack.append([node, False])
        return root
