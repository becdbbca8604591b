def yard_silhouette(stacks: list[list[int]]) -> list[list[int]]:
    raise NotImplementedError
