# verdict: Wrong Answer
# Builds the three blocks but writes the pivot once instead of once per copy.
def partition_around(nums, pivot):
    smaller = [v for v in nums if v < pivot]
    larger = [v for v in nums if v > pivot]
    middle = [pivot] if pivot in nums else []
    return smaller + middle + larger
