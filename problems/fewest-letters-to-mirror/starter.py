def fewest_insertions(motto: str) -> int:
    # Return the fewest letters to add anywhere so that motto reads the same both ways.
    raise NotImplementedError
