def count_net_change_windows(changes: list[int], target: int) -> int:
    # Number of non-empty contiguous stretches whose sum equals target.
    raise NotImplementedError
