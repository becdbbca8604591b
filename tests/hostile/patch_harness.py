# expect: Wrong Answer, Runtime Error
# Reaches into the harness (the __main__ module) at import time and replaces its encoder
# so every reply claims the value [0]. Whatever the harness says is at most a return value.
import sys

harness = sys.modules.get("__main__")
if harness is not None and hasattr(harness, "encode"):
    harness.encode = lambda value, depth=0: [0]


def insert_positions(nums, queries):
    return [-1] * (len(queries) + 1)
