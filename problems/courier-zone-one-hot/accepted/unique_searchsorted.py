import numpy as np


def one_hot_zones(train_zones, test_zones):
    known = [z for z in train_zones if z is not None]
    categories = sorted(set(known))
    k = len(categories)
    if k == 0 or not test_zones:
        return categories, np.zeros((len(test_zones), k))
    cats = np.array(categories, dtype=object)
    test = np.array(["" if z is None else z for z in test_zones], dtype=object)
    present = np.array([z is not None for z in test_zones])
    pos = np.searchsorted(cats, test)
    pos_clipped = np.minimum(pos, k - 1)
    hit = present & (cats[pos_clipped] == test)
    encoded = (np.arange(k)[None, :] == pos_clipped[:, None]) & hit[:, None]
    return categories, encoded.astype(np.float64)
