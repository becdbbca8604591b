# verdict: Wrong Answer
import numpy as np


def one_hot_zones(train_zones, test_zones):
    # Treats a missing zone as one more category (like dummy_na=True), listed last.
    categories = sorted(set(train_zones), key=lambda z: (z is None, z or ""))
    column = {z: j for j, z in enumerate(categories)}
    encoded = np.zeros((len(test_zones), len(categories)))
    for i, z in enumerate(test_zones):
        if z in column:
            encoded[i, column[z]] = 1.0
    return categories, encoded
