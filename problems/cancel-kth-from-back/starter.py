# ruff: noqa: F821  (ListNode is provided by the judge)
def cancel_from_back(head: ListNode | None, k: int) -> ListNode | None:
    # Unlink the k-th node counted from the end (the last node is number 1).
    raise NotImplementedError
