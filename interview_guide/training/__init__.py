"""Workshop material without Qt: the review of a practice hearing, scenarios, comparisons, curriculum."""
