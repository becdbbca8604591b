# verdict: Runtime Error
import numpy as np


def one_hot_zones(train_zones, test_zones):
    categories = sorted({z for z in train_zones if z is not None})
    column = {z: j for j, z in enumerate(categories)}
    encoded = np.zeros((len(test_zones), len(categories)))
    for i, z in enumerate(test_zones):
        if z is None:
            continue
        encoded[i, column[z]] = 1.0  # KeyError on a zone never seen in training
    return categories, encoded
