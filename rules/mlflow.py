import mlflow
import mlflow as mf
import mlflow.sklearn
from mlflow import log_metric, MlflowClient

# ok: ai.mlflow
mlflow.set_tracking_uri("https://mlflow.example.com")
# ruleid: ai.mlflow
mlflow.autolog()
# ruleid: ai.mlflow
mlflow.log_param("lr", 0.01)
# ruleid: ai.mlflow
mf.log_artifact("data/train.csv")
# ruleid: ai.mlflow
log_metric("auc", 0.91)


def train(model):
    with mlflow.start_run():
        # ruleid: ai.mlflow
        mlflow.sklearn.log_model(model, "model")
        # ruleid: ai.mlflow
        mf.set_tags({"owner": "ml-team"})


class Registry:
    def __init__(self):
        # ok: ai.mlflow
        self.client = MlflowClient(tracking_uri="https://mlflow.internal:5000")

    def record(self, run_id):
        # ruleid: ai.mlflow host=mlflow.internal:5000
        self.client.log_metric(run_id, "loss", 0.2)
        # ok: ai.mlflow
        self.client.get_run(run_id)


class Tracker:
    def log_param(self, key, value):
        return key, value


def look_alikes(cfg):
    # ok: ai.mlflow
    Tracker().log_param("a", 1)
    # ok: ai.mlflow
    cfg.get("log_metric")
    # ok: ai.mlflow
    print("mlflow.log_artifact(path) uploads to the tracking server")


def typed(c: MlflowClient) -> None:
    try:
        pass
    except mlflow.exceptions.MlflowException:
        pass
