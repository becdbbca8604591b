# Copies the values, sorts them with sorted() and writes them back into the same nodes.
def sort_returns(head):
    values = []
    node = head
    while node is not None:
        values.append(node.val)
        node = node.next
    node = head
    for value in sorted(values):
        node.val = value
        node = node.next
    return head
