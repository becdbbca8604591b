# verdict: Wrong Answer
# ruff: noqa: F821  (TreeNode is provided by the judge)
# Tells a value from a marker with str.isdigit(), which is False for "-2": negative relays are
# read back as missing children.
from collections import deque


class RelayCodec:
    def serialize(self, root):
        tokens, queue = [], deque([root])
        while queue:
            node = queue.popleft()
            if node is None:
                tokens.append("*")
            else:
                tokens.append(str(node.val))
                queue.append(node.left)
                queue.append(node.right)
        while tokens and tokens[-1] == "*":
            tokens.pop()
        return " ".join(tokens)

    def deserialize(self, text):
        if not text:
            return None
        tokens = text.split()
        root = TreeNode(int(tokens[0]))
        queue, i = deque([root]), 1
        while queue and i < len(tokens):
            node = queue.popleft()
            for side in ("left", "right"):
                if i < len(tokens) and tokens[i].isdigit():
                    child = TreeNode(int(tokens[i]))
                    setattr(node, side, child)
                    queue.append(child)
                i += 1
        return root
