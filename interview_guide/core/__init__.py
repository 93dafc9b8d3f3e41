"""The domain: question banks, the hearing record and the rules on them. No Qt, no file I/O."""
