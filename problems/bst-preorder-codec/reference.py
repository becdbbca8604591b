# ruff: noqa: F821  (TreeNode is provided by the judge)
class BSTCodec:
    def encode(self, root):
        out, stack = [], [root] if root is not None else []
        while stack:
            node = stack.pop()
            out.append(str(node.val))
            if node.right is not None:
                stack.append(node.right)
            if node.left is not None:
                stack.append(node.left)
        return " ".join(out)

    def decode(self, data):
        values = [int(token) for token in data.split()]
        if not values:
            return None
        root = TreeNode(values[0])
        # the path of nodes that may still get a right child, values decreasing upwards
        stack = [root]
        for value in values[1:]:
            node = TreeNode(value)
            if value < stack[-1].val:
                stack[-1].left = node
            else:
                parent = stack.pop()
                while stack and stack[-1].val < value:
                    parent = stack.pop()
                parent.right = node
            stack.append(node)
        return root
