# ruff: noqa: F821  (TreeNode is provided by the judge)
# serialize gathers each depth's slots with a recursive walk, deserialize uses a deque.
from collections import deque


class RelayCodec:
    def serialize(self, root):
        levels = []

        def walk(node, depth):
            if depth == len(levels):
                levels.append([])
            if node is None:
                levels[depth].append("*")
                return
            levels[depth].append(str(node.val))
            walk(node.left, depth + 1)
            walk(node.right, depth + 1)

        walk(root, 0)
        tokens = [token for level in levels for token in level]
        while tokens and tokens[-1] == "*":
            tokens.pop()
        return " ".join(tokens)

    def deserialize(self, text):
        if not text:
            return None
        tokens = deque(text.split())
        root = TreeNode(int(tokens.popleft()))
        queue = deque([root])
        while tokens:
            node = queue.popleft()
            token = tokens.popleft()
            if token != "*":
                node.left = TreeNode(int(token))
                queue.append(node.left)
            if tokens:
                token = tokens.popleft()
                if token != "*":
                    node.right = TreeNode(int(token))
                    queue.append(node.right)
        return root
