"""Languages the extractor reads. Each lives in its own package (`id/` for Indonesian) and holds
every word list the pipeline needs for it, so the pipeline's code holds none."""
