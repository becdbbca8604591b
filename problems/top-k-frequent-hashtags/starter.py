def trending(tags: list[str], k: int) -> list[str]:
    # The k most used hashtags: most uses first, ties in ascending string order.
    raise NotImplementedError
