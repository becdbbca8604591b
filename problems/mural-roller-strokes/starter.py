def fewest_strokes(pattern: str) -> int:
    # Return the fewest one-colour strokes over contiguous tiles (later strokes cover
    # earlier ones) that paint a blank row into `pattern`.
    raise NotImplementedError
