# ruff: noqa: F821  (ListNode is provided by the judge)
def board_from_both_ends(head: ListNode | None) -> ListNode | None:
    # First, last, second, second-to-last, ...
    raise NotImplementedError
