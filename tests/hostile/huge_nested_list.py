# expect: Wrong Answer, Runtime Error
# Returns a list nested 10**4 deep.


def insert_positions(nums, queries):
    value = []
    for _ in range(10**4):
        value = [value]
    return value
