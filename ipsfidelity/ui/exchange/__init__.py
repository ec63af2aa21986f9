"""Moving reviews between computers and the regional server: import, export, sync."""
