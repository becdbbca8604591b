def lone_reading(log: list[int]) -> int:
    return (3 * sum(set(log)) - sum(log)) // 2
