# verdict: Time Limit Exceeded
# Correct, but adds up every label of every batch: O(total batch length), about 10**11 label
# counts on the largest cases.
def ink_for_batches(batches: list[list[int]]) -> list[int]:
    return [sum(bin(x).count("1") for x in range(lo, hi + 1)) for lo, hi in batches]
