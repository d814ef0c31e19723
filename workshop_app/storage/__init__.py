"""Storage: tables, migrations, the workshop repository, backups and the instance lock."""
