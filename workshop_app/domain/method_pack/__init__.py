"""The method pack: the editable content of Brå's method (step guides, indicators, scales …)."""
