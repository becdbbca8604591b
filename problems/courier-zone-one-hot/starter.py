import numpy as np


def one_hot_zones(train_zones: list[str | None], test_zones: list[str | None]):
    # categories: sorted distinct training strings (None excluded);
    # encoded: one row per test value, all zeros for unseen zones and None.
    raise NotImplementedError
