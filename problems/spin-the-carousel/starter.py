# ruff: noqa: F821  (ListNode is provided by the judge)
def spin_carousel(head: ListNode | None, k: int) -> ListNode | None:
    # Each click moves the last node to the front; return the head after k clicks.
    raise NotImplementedError
