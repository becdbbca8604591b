def best_trail_comfort(marks: list[int], comfort: list[int], min_day: int, max_day: int) -> int | None:
    # Highest total comfort from hostel 0 to hostel n - 1, or None when it cannot be reached.
    raise NotImplementedError
