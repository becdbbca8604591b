def sawtooth_skyline(heights: list[int]) -> list[int]:
    # Rearrange so that h[0] < h[1] > h[2] < h[3] > ... (strict).
    raise NotImplementedError
