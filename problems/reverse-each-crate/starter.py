# ruff: noqa: F821  (ListNode is provided by the judge)
def reverse_full_crates(head: ListNode | None, k: int) -> ListNode | None:
    # Reverse every full run of k nodes; leave a shorter last run as it is.
    raise NotImplementedError
