def ipw_ate(treatment, y, propensity, clip, normalized):
    num_t = den_t = num_c = den_c = 0.0
    for t, v, p in zip(treatment, y, propensity):
        e = min(max(float(p), clip), 1.0 - clip)
        if t == 1:
            num_t += float(v) / e
            den_t += 1.0 / e
        else:
            num_c += float(v) / (1.0 - e)
            den_c += 1.0 / (1.0 - e)
    n = len(y)
    if normalized:
        return num_t / den_t - num_c / den_c
    return num_t / n - num_c / n
