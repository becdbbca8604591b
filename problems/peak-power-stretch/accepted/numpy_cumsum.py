import numpy as np


def peak_power_stretch(jobs: list[list[int]]) -> list[int]:
    if not jobs:
        return []
    arr = np.array(jobs, dtype=np.int64)
    points = np.concatenate([arr[:, 0], arr[:, 1]])
    deltas = np.concatenate([arr[:, 2], -arr[:, 2]])
    times, where = np.unique(points, return_inverse=True)
    net = np.zeros(len(times), dtype=np.int64)
    np.add.at(net, where, deltas)
    keep = net != 0
    times, net = times[keep], net[keep]
    draw = np.cumsum(net)[:-1]
    k = int(np.argmax(draw))
    # with zero net changes removed, neighbouring pieces always differ: each piece is maximal
    return [int(draw[k]), int(times[k]), int(times[k + 1])]
