from bisect import bisect_left
def min_batch_size(dataset_sizes, max_steps):
    hi = max(dataset_sizes, default=1)
    fits = lambda b: sum(-(-s // b) for s in dataset_sizes) <= max_steps
    return 1 + bisect_left(range(1, hi + 1), True, key=fits)
