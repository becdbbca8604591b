def fewest_trips(crates: list[int], capacity: int) -> int:
    # Return the fewest cabin loads (each weighing at most capacity) that carry every crate.
    raise NotImplementedError
