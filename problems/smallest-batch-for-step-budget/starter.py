def min_batch_size(dataset_sizes: list[int], max_steps: int) -> int:
    # Return the smallest b >= 1 with sum(ceil(size / b)) <= max_steps.
    raise NotImplementedError
