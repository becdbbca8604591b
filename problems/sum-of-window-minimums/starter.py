def sum_window_minimums(throughput: list[int]) -> int:
    # Sum of min(throughput[i..j]) over all 0 <= i <= j < n, as an exact int.
    raise NotImplementedError
