# expect: Runtime Error
# Calls sys.exit(0) from inside the entry point.
import sys


def insert_positions(nums, queries):
    sys.exit(0)
