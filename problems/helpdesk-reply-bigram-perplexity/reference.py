import math
from collections import Counter


def bigram_perplexity(train: list[list[str]], test: list[list[str]], k: float) -> float:
    pairs: Counter = Counter()
    history: Counter = Counter()
    words = set()
    for sentence in train:
        words.update(sentence)
        tokens = ["<s>", *sentence, "</s>"]
        for v, w in zip(tokens, tokens[1:]):
            pairs[v, w] += 1
            history[v] += 1
    V = len(words) + 2  # the training words, </s> and <unk>
    log_sum = 0.0
    n = 0
    for sentence in test:
        # an unseen word has no counts, exactly like <unk>, so it need not be renamed
        tokens = ["<s>", *sentence, "</s>"]
        for v, w in zip(tokens, tokens[1:]):
            log_sum += math.log((pairs[v, w] + k) / (history[v] + k * V))
            n += 1
    return math.exp(-log_sum / n)
