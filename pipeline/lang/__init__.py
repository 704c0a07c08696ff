"""Language layers: what the stages know about the language of the text, in one place."""
