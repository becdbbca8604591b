import math
from collections import defaultdict


def bigram_perplexity(train, test, k):
    vocab = {w for s in train for w in s}
    follow = defaultdict(lambda: defaultdict(int))
    for sentence in train:
        tokens = ["<s>"] + sentence + ["</s>"]
        for i in range(1, len(tokens)):
            follow[tokens[i - 1]][tokens[i]] += 1
    V = len(vocab | {"</s>", "<unk>"})
    total = {v: sum(nxt.values()) for v, nxt in follow.items()}
    logs = []
    for sentence in test:
        tokens = ["<s>"] + [w if w in vocab else "<unk>" for w in sentence] + ["</s>"]
        for i in range(1, len(tokens)):
            v, w = tokens[i - 1], tokens[i]
            c_vw = follow[v][w] if v in follow else 0
            logs.append(math.log(c_vw + k) - math.log(total.get(v, 0) + k * V))
    return math.exp(-math.fsum(logs) / len(logs))
