# ruff: noqa: F821  (ListNode is provided by the judge)
def sort_returns(head: ListNode | None) -> ListNode | None:
    # Return the head of the list sorted by non-decreasing value.
    raise NotImplementedError
