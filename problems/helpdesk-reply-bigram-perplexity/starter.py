def bigram_perplexity(train: list[list[str]], test: list[list[str]], k: float) -> float:
    # Count bigrams of "<s> w1 ... wn </s>" over the training sentences, smooth with add-k
    # (V = distinct training words + 2 for </s> and <unk>), and return
    # exp(-(1/N) * sum of ln P) over every predicted test token, </s> included.
    raise NotImplementedError
