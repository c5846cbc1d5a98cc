import comet_ml
import comet_ml as cm
from comet_ml import Experiment, OfflineExperiment

# ruleid: ai.comet host=www.comet.com creds=COMET_API_KEY
exp = Experiment(api_key="k", project_name="churn", workspace="acme")
# ruleid: ai.comet
exp.log_asset("data/customers.csv")
# ruleid: ai.comet
exp.log_parameters({"lr": 0.01})

# ok: ai.comet
offline = OfflineExperiment(offline_directory="/tmp/comet")
# ok: ai.comet
offline.log_metric("loss", 0.3)


class Trainer:
    def __init__(self):
        # ruleid: ai.comet
        self.exp = comet_ml.start(project_name="ranker")

    def step(self, loss):
        # ruleid: ai.comet
        self.exp.log_metric("loss", loss)


# ruleid: ai.comet
resumed = cm.ExistingExperiment(previous_experiment="abc123")


class LocalExperiment:
    def log_metric(self, name, value):
        return name, value


def look_alikes(cfg):
    # ok: ai.comet
    LocalExperiment().log_metric("a", 1)
    # ok: ai.comet
    cfg.get("log_asset")
    # ok: ai.comet
    print("comet_ml.Experiment(api_key) streams to comet.com")


def typed(e: Experiment) -> None:
    pass
