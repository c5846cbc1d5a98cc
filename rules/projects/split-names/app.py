import tools


def sync():
    # ruleid: covert.process-egress host=sync.example.net
    tools.compat.sp.run(["curl", "-s", "https://sync.example.net/s"], check=True)
