# verdict: Wrong Answer
# Counts steps with floor division, forgetting the final partial batch of each dataset.
def min_batch_size(dataset_sizes: list[int], max_steps: int) -> int:
    def fits(batch: int) -> bool:
        return sum(size // batch for size in dataset_sizes) <= max_steps

    low, high = 1, max(dataset_sizes, default=1)
    while low < high:
        middle = (low + high) // 2
        if fits(middle):
            high = middle
        else:
            low = middle + 1
    return low
