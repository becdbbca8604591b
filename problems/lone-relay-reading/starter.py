def lone_reading(log: list[int]) -> int:
    # Return the reading that appears once; every other reading appears three times.
    raise NotImplementedError
