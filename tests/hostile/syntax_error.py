# expect: Compilation Error
def insert_positions(nums, queries)
    return [0 for q in queries]
