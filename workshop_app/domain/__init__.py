"""Pure-Python domain: entities, rules, the workshop file and the method pack (standard library only)."""
