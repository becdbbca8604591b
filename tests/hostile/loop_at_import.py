# expect: Time Limit Exceeded
# Never finishes loading: the loop runs at import time.
while True:
    pass


def insert_positions(nums, queries):
    return [0] * len(queries)
