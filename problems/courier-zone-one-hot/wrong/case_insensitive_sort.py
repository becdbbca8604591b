# verdict: Wrong Answer
import numpy as np


def one_hot_zones(train_zones, test_zones):
    # Sorts the columns alphabetically ignoring case, not by code point.
    categories = sorted({z for z in train_zones if z is not None}, key=str.lower)
    column = {z: j for j, z in enumerate(categories)}
    encoded = np.zeros((len(test_zones), len(categories)))
    for i, z in enumerate(test_zones):
        if z in column:
            encoded[i, column[z]] = 1.0
    return categories, encoded
