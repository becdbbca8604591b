# verdict: Wrong Answer
# After swapping a larger value to the back, also advances mid, so the value that came from
# the back is never examined.
def partition_around(nums, pivot):
    values = list(nums)
    low, mid, high = 0, 0, len(values) - 1
    while mid <= high:
        if values[mid] < pivot:
            values[low], values[mid] = values[mid], values[low]
            low += 1
        elif values[mid] > pivot:
            values[mid], values[high] = values[high], values[mid]
            high -= 1
        mid += 1
    return values
