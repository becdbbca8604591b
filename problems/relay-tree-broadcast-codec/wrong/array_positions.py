# verdict: Wrong Answer
# ruff: noqa: F821  (TreeNode is provided by the judge)
# Writes the tree like a heap array: node i has children 2i+1 and 2i+2, so missing relays also
# get marker "children". Not the stated format (and exponential on a chain).
class RelayCodec:
    def serialize(self, root):
        slots = {}
        stack = [(root, 0)]
        while stack:
            node, index = stack.pop()
            if node is not None:
                slots[index] = str(node.val)
                stack.append((node.left, 2 * index + 1))
                stack.append((node.right, 2 * index + 2))
        if not slots:
            return ""
        return " ".join(slots.get(i, "*") for i in range(max(slots) + 1))

    def deserialize(self, text):
        if not text:
            return None
        tokens = text.split(" ")
        nodes = [None if t == "*" else TreeNode(int(t)) for t in tokens]
        for i, node in enumerate(nodes):
            if node is not None:
                if 2 * i + 1 < len(nodes):
                    node.left = nodes[2 * i + 1]
                if 2 * i + 2 < len(nodes):
                    node.right = nodes[2 * i + 2]
        return nodes[0]
