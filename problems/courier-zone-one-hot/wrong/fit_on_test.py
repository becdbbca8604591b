# verdict: Wrong Answer
import numpy as np


def one_hot_zones(train_zones, test_zones):
    # Learns the categories from the column being transformed.
    categories = sorted({z for z in test_zones if z is not None})
    column = {z: j for j, z in enumerate(categories)}
    encoded = np.zeros((len(test_zones), len(categories)))
    for i, z in enumerate(test_zones):
        if z in column:
            encoded[i, column[z]] = 1.0
    return categories, encoded
