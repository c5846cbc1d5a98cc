import wandb
import wandb as wb
import weave
from wandb import init as wandb_init, log

# ruleid: ai.wandb host=wandb.internal.example creds=WANDB_API_KEY
wandb.login(key="k", host="https://wandb.internal.example")
# ruleid: ai.wandb
# todoruleid: ai.wandb host=wandb.internal.example
run = wandb.init(project="churn", config={"lr": 0.01})
# ruleid: ai.wandb
log({"loss": 0.3})
# ruleid: ai.wandb
run.log_artifact("data/customers.parquet", type="dataset")
# ruleid: ai.wandb
weave.init("support-bot")


class Trainer:
    def __init__(self):
        # ruleid: ai.wandb
        self.run = wandb_init(project="ranker", mode="online")

    def step(self, metrics):
        # ruleid: ai.wandb
        self.run.log(metrics)


def save_model():
    # ruleid: ai.wandb
    wb.save("model.pt")
    # ok: ai.wandb
    wb.Artifact("model", type="model")
    # ok: ai.wandb
    wb.Table(columns=["a"])


class Logger:
    def log(self, metrics):
        return metrics


def look_alikes(cfg):
    # ok: ai.wandb
    Logger().log({"loss": 1})
    # ok: ai.wandb
    cfg.get("log")
    # ok: ai.wandb
    print("wandb.init(project) uploads to api.wandb.ai")


def typed(r: wandb.sdk.wandb_run.Run) -> None:
    pass
