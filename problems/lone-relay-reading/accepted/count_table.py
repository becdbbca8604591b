from collections import Counter


def lone_reading(log: list[int]) -> int:
    for value, count in Counter(log).items():
        if count == 1:
            return value
    raise ValueError("no lone reading")
