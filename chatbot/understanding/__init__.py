"""Understanding a message: English words, typos, synonyms, stories and the matcher."""
