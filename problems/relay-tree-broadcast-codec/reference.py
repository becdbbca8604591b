# ruff: noqa: F821  (TreeNode is provided by the judge)
class RelayCodec:
    def serialize(self, root):
        tokens, queue, head = [], [root], 0
        while head < len(queue):
            node = queue[head]
            head += 1
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
        if text == "":
            return None
        tokens = text.split(" ")
        root = TreeNode(int(tokens[0]))
        parents, head, i = [root], 0, 1
        while i < len(tokens):
            parent = parents[head]
            head += 1
            if tokens[i] != "*":
                parent.left = TreeNode(int(tokens[i]))
                parents.append(parent.left)
            i += 1
            if i < len(tokens) and tokens[i] != "*":
                parent.right = TreeNode(int(tokens[i]))
                parents.append(parent.right)
            i += 1
        return root
