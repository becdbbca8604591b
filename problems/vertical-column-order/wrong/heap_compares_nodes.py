# verdict: Runtime Error
# heap entries (column, row, value, node) compare TreeNodes when the first three tie
import heapq
def column_order(root):
    if root is None:
        return []
    heap, stack = [], [(root, 0, 0)]
    while stack:
        node, r, c = stack.pop()
        heapq.heappush(heap, (c, r, node.val, node))
        if node.left: stack.append((node.left, r + 1, c - 1))
        if node.right: stack.append((node.right, r + 1, c + 1))
    out, last = [], None
    while heap:
        c, r, v, _ = heapq.heappop(heap)
        if c != last:
            out.append([]); last = c
        out[-1].append(v)
    return out
