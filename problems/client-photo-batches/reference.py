def batch_sizes(shots: str) -> list[int]:
    last = {client: i for i, client in enumerate(shots)}  # later pictures overwrite
    sizes = []
    start = 0
    end = 0  # the batch that starts at `start` cannot close before picture `end`
    for i, client in enumerate(shots):
        end = max(end, last[client])
        if i == end:
            sizes.append(end - start + 1)
            start = i + 1
    return sizes
