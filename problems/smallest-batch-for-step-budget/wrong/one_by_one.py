# verdict: Time Limit Exceeded
# Correct, but tries b = 1, 2, 3, ... with a full pass each time.
def min_batch_size(dataset_sizes: list[int], max_steps: int) -> int:
    batch = 1
    while sum((size + batch - 1) // batch for size in dataset_sizes) > max_steps:
        batch += 1
    return batch
