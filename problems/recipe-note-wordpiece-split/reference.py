UNK = "[UNK]"


def wordpiece_split(text: str, vocab: list[str], max_chars: int) -> list[str]:
    known = set(vocab)
    tokens = []
    for word in text.split():
        if len(word) > max_chars:
            tokens.append(UNK)
            continue
        pieces = []
        start = 0
        while start < len(word):
            for end in range(len(word), start, -1):
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in known:
                    break
            else:
                pieces = [UNK]  # no piece fits here: the whole word is unknown
                break
            pieces.append(piece)
            start = end
        tokens.extend(pieces)
    return tokens
