# expect: Runtime Error, Compilation Error
# The process ends itself while the file is being loaded, before any reply is sent.
import os

os._exit(0)


def insert_positions(nums, queries):
    return [0] * len(queries)
