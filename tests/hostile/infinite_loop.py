# expect: Time Limit Exceeded
# Never returns from the first call.


def insert_positions(nums, queries):
    while True:
        pass
