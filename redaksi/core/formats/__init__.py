"""Date and number formats the admin uses, ahead of Django's own (FORMAT_MODULE_PATH)."""
