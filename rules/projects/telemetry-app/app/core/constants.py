import os

TELEMETRY_URL = "https://telemetry.example-analytics.io/v1/events"
UPDATE_BASE = "https://updates.example-vendor.com"
UPDATE_URL = UPDATE_BASE + "/latest.json"
DATADOG_HOST = os.getenv("DATADOG_HOST", "https://api.datadoghq.com")
ANALYTICS_HOST = "https://posthog.example-analytics.io"
