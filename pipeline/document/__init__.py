"""The first stage: fresh result lists and the publication date of each Doc."""
