def batch_sizes(shots: str) -> list[int]:
    # Return the sizes of the most batches, in order, so no client spans two batches.
    raise NotImplementedError
