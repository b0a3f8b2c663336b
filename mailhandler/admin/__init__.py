"""What an admin and the coordinators do on the server: installing, running as the
right user, who is reading and why. Called from cli.py; no mail handling here."""
