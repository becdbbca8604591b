def glyph_order(words: list[str]) -> str:
    # Return the alphabetically smallest glyph order under which words is sorted, or "".
    raise NotImplementedError
