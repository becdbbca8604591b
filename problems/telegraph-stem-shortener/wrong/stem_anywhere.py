# verdict: Wrong Answer
# Lets a stem fit when it appears anywhere inside the word (`stem in word`), not only at its
# start.
def shorten_message(stems, message):
    by_length = sorted(set(stems), key=len)
    out = []
    for word in message.split(" "):
        for stem in by_length:
            if stem in word:
                word = stem
                break
        out.append(word)
    return " ".join(out)
