# verdict: Wrong Answer
import numpy as np


def one_hot_zones(train_zones, test_zones):
    # "Cleans" the zones by stripping spaces, merging zones the statement keeps apart.
    categories = sorted({z.strip() for z in train_zones if z is not None})
    column = {z: j for j, z in enumerate(categories)}
    encoded = np.zeros((len(test_zones), len(categories)))
    for i, z in enumerate(test_zones):
        if z is not None and z.strip() in column:
            encoded[i, column[z.strip()]] = 1.0
    return categories, encoded
