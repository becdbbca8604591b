# verdict: Wrong Answer
# Follows every rule but forgets to lowercase.
import re


def tokenize(text):
    word = r"[A-Za-z0-9]+(?:(?:['-](?=[A-Za-z0-9])|(?<=[0-9])\.(?=[0-9]))[A-Za-z0-9]+)*"
    return re.findall(word + r"|\S", text)
