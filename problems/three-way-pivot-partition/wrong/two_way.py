# verdict: Wrong Answer
# A two-way (Lomuto) partition: values below the pivot first, then everything else, so the
# values equal to the pivot end up mixed with the larger ones.
def partition_around(nums, pivot):
    values = list(nums)
    low = 0
    for i, value in enumerate(values):
        if value < pivot:
            values[low], values[i] = values[i], values[low]
            low += 1
    return values
