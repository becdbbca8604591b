def count_payments(coins: list[int], amount: int) -> int:
    # Return the number of multisets of coins summing to amount, modulo 1_000_000_007.
    raise NotImplementedError
