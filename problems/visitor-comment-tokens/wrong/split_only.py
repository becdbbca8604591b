# verdict: Wrong Answer
# Lowercases and splits on whitespace, leaving punctuation glued to the words.
def tokenize(text):
    return text.lower().split()
