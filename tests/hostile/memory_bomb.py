# expect: Memory Limit Exceeded
# Allocates (and touches) 16 MiB blocks until something stops it.


def insert_positions(nums, queries):
    hoard = []
    while True:
        hoard.append(bytearray(b"\x01" * (16 << 20)))
