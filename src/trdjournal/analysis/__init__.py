"""Treatment analysis: trials, adequacy, response, staging, period summaries. Pure Python, no Qt."""
