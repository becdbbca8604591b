# expect: Compilation Error
# Defines the wrong function name.


def insert_position(nums, queries):
    return [0 for q in queries]
