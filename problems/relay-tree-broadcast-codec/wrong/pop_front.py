# verdict: Time Limit Exceeded
# ruff: noqa: F821  (TreeNode is provided by the judge)
# Correct, but the queue is a list emptied with pop(0), which shifts every remaining item:
# O(n * width) on a wide tree.
class RelayCodec:
    def serialize(self, root):
        tokens, queue = [], [root]
        while queue:
            node = queue.pop(0)
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
        tokens = text.split(" ")
        root = TreeNode(int(tokens[0]))
        queue, i = [root], 1
        while queue and i < len(tokens):
            node = queue.pop(0)
            for side in ("left", "right"):
                if i < len(tokens) and tokens[i] != "*":
                    child = TreeNode(int(tokens[i]))
                    setattr(node, side, child)
                    queue.append(child)
                i += 1
        return root
