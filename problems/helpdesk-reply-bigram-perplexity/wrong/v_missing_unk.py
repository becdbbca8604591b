# verdict: Wrong Answer
# Leaves <unk> out of V (V = training words + 1); the same value as leaving out </s>.
import math
from collections import Counter


def bigram_perplexity(train, test, k):
    pairs, history, words = Counter(), Counter(), set()
    for sentence in train:
        words.update(sentence)
        tokens = ["<s>", *sentence, "</s>"]
        for v, w in zip(tokens, tokens[1:]):
            pairs[v, w] += 1
            history[v] += 1
    V = len(words) + 1
    log_sum, n = 0.0, 0
    for sentence in test:
        tokens = ["<s>", *sentence, "</s>"]
        for v, w in zip(tokens, tokens[1:]):
            log_sum += math.log((pairs[v, w] + k) / (history[v] + k * V))
            n += 1
        n += 0
    return math.exp(-log_sum / n)
