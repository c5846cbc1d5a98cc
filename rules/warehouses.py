import snowflake.connector
import snowflake.connector as sf
from snowflake.connector.pandas_tools import write_pandas
from snowflake.snowpark import Session
from databricks import sql as dbsql
from databricks.sdk import WorkspaceClient
import clickhouse_connect
from clickhouse_driver import Client as CHClient

# ruleid: cloud.snowflake
conn = snowflake.connector.connect(account="xy12345", user="u", password="p")
# ruleid: cloud.snowflake host=xy12345.eu-central-1.snowflakecomputing.com creds=-
sf.connect(host="xy12345.eu-central-1.snowflakecomputing.com", user="u", password="p")
# ruleid: cloud.snowflake
write_pandas(conn, None, "USERS")
# ruleid: cloud.snowflake
session = Session.builder.configs({"account": "xy12345"}).create()

# ruleid: cloud.databricks
db = dbsql.connect(server_hostname="adb-1.azuredatabricks.net", http_path="/sql/1.0/warehouses/x", access_token="t")
# ok: cloud.databricks
w = WorkspaceClient(host="https://dbc-1.cloud.databricks.com")
# ruleid: cloud.databricks
w.files.upload("/Volumes/main/raw/users.csv", b"data")
# ruleid: cloud.databricks
w.dbutils.fs.put("/tmp/x", "data")

# ruleid: cloud.clickhouse
ch = clickhouse_connect.get_client(host="abc.eu-west-1.aws.clickhouse.cloud", password="p", secure=True)


class Loader:
    def __init__(self):
        # ok: cloud.clickhouse
        self.client = CHClient("clickhouse.internal")

    def load(self, rows):
        # ruleid: cloud.clickhouse
        self.client.execute("INSERT INTO events VALUES", rows)


def connect(**kw):
    return kw


def look_alikes(cfg):
    # ok: cloud.snowflake
    connect(account="xy12345")
    # ok: cloud.clickhouse
    cfg.get("get_client")
    # ok: cloud.snowflake
    print("snowflake.connector.connect(account=...)")
    # dbsql.connect(server_hostname=h) commented out
    try:
        pass
    except snowflake.connector.errors.ProgrammingError:
        pass
