"""Pure-Python domain: entities, rules, the workshop file and the method pack (stdlib only)."""
