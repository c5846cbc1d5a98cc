import neptune
import neptune as npt
from neptune import init_run, init_model_version

# ruleid: ai.neptune host=app.neptune.ai creds=NEPTUNE_API_TOKEN
run = neptune.init_run(project="acme/churn", api_token="tok")
run["params"] = {"lr": 0.01}

# ruleid: ai.neptune
model_version = init_model_version(model="CHURN-MOD")


class Trainer:
    def __init__(self):
        # ruleid: ai.neptune
        self.run = init_run(project="acme/ranker", capture_stdout=False)

    def step(self, loss):
        self.run["train/loss"].append(loss)


# ruleid: ai.neptune
project = npt.init_project(project="acme/churn")


def init_run_local(name):
    return name


def look_alikes(cfg):
    # ok: ai.neptune
    init_run_local("x")
    # ok: ai.neptune
    cfg.get("init_run")
    # ok: ai.neptune
    print("neptune.init_run(project) syncs to app.neptune.ai")


def typed(r: neptune.Run) -> None:
    try:
        pass
    except neptune.exceptions.NeptuneException:
        pass
