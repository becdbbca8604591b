import pandas as pd


def diff_in_diff(unit, treated, post, y):
    frame = pd.DataFrame({"t": treated, "p": post, "y": y})
    means = frame.groupby(["t", "p"])["y"].mean()
    if len(means) < 4:
        return None
    return float((means[1, 1] - means[1, 0]) - (means[0, 1] - means[0, 0]))
