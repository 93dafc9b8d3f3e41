"""Counsel's tool: review a report received from the IND and fill in corrections, without the case."""
