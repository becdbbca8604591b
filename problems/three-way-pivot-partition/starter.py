def partition_around(nums: list[int], pivot: int) -> list[int]:
    # Rearrange nums into: values < pivot, then == pivot, then > pivot.
    raise NotImplementedError
