# verdict: Runtime Error
# ruff: noqa: F821  (TreeNode is provided by the judge)
# Reads two child tokens for every relay, forgetting that the trimmed line may stop after the
# left one: tokens[i + 1] is out of range.
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
            left, right = tokens[i], tokens[i + 1]
            if left != "*":
                node.left = TreeNode(int(left))
                queue.append(node.left)
            if right != "*":
                node.right = TreeNode(int(right))
                queue.append(node.right)
            i += 2
        return root
