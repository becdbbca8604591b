# verdict: Wrong Answer
# ruff: noqa: F821  (TreeNode is provided by the judge)
# `if value:` after parsing, so a node holding 0 is read back as a missing child
from collections import deque
class Codec:
    def serialize(self, root):
        out, stack = [], [root]
        while stack:
            node = stack.pop()
            if node is None:
                out.append("#")
            else:
                out.append(str(node.val))
                stack += [node.right, node.left]
        return ",".join(out)

    def deserialize(self, data):
        tokens = deque(None if t == "#" else int(t) for t in data.split(","))
        def build():
            value = tokens.popleft()
            if not value:
                return None
            node = TreeNode(value)
            node.left = build()
            node.right = build()
            return node
        return build()
