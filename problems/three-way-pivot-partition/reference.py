def partition_around(nums: list[int], pivot: int) -> list[int]:
    values = list(nums)
    # values[:low] < pivot, values[low:mid] == pivot, values[mid:high + 1] unseen,
    # values[high + 1:] > pivot
    low, mid, high = 0, 0, len(values) - 1
    while mid <= high:
        value = values[mid]
        if value < pivot:
            values[low], values[mid] = value, values[low]
            low += 1
            mid += 1
        elif value > pivot:
            values[mid], values[high] = values[high], value
            high -= 1
        else:
            mid += 1
    return values
