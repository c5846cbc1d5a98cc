import aws_xray_sdk.core
import aws_xray_sdk.core as xray
from aws_xray_sdk.core import xray_recorder, patch_all, patch
from aws_xray_sdk.ext.flask.middleware import XRayMiddleware

# ok: telemetry.aws-xray
xray_recorder.configure(service="api", daemon_address="10.0.0.7:2000")
# ruleid: telemetry.aws-xray
patch_all()
# ruleid: telemetry.aws-xray
xray.patch(("requests", "boto3"))
# ruleid: telemetry.aws-xray
aws_xray_sdk.core.patch_all(double_patch=True)


def create_app(app):
    # ruleid: telemetry.aws-xray
    XRayMiddleware(app, xray_recorder)
    return app


def job(body):
    # ruleid: telemetry.aws-xray
    with xray_recorder.in_segment("job") as segment:
        segment.put_metadata("payload", body)
    xray_recorder.begin_segment("manual")
    # ruleid: telemetry.aws-xray
    xray_recorder.end_segment()


# ruleid: telemetry.aws-xray
@xray_recorder.capture("charge")
def charge(card):
    return card


class Recorder:
    def end_segment(self):
        return None


def look_alikes(cfg):
    # ok: telemetry.aws-xray
    Recorder().end_segment()
    # ok: telemetry.aws-xray
    cfg.get("patch_all")
    # ok: telemetry.aws-xray
    print("aws_xray_sdk.core.patch_all() runs in lambda init")
