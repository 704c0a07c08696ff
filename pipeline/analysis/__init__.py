"""The analysis stage (``trnews_analysis``): the Turkish language layer's reading of each Doc, once."""
