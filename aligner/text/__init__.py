"""Reading texts: encodings, boilerplate, segmentation, tokenization, folding."""
