def largest_banner(heights: list[int]) -> int:
    # Largest area of a rectangle under the facades, standing on the pavement.
    raise NotImplementedError
