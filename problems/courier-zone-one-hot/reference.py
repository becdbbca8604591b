import numpy as np


def one_hot_zones(train_zones, test_zones):
    categories = sorted({zone for zone in train_zones if zone is not None})
    column = {zone: j for j, zone in enumerate(categories)}
    encoded = np.zeros((len(test_zones), len(categories)), dtype=np.int64)
    for i, zone in enumerate(test_zones):
        j = column.get(zone)
        if j is not None:
            encoded[i, j] = 1
    return categories, encoded
