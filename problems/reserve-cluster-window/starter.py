def reserve_window(booked: list[list[int]], new: list[int]) -> list[list[int]]:
    # Add the half-open window `new` to the tidy calendar `booked`; fuse what overlaps or touches.
    raise NotImplementedError
